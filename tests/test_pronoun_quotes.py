"""The scorer of pronoun-sourced quotations (issue 27) on a tiny invented article: no dataset text, no parse."""

from __future__ import annotations

import json
import re

import pytest

from analysis.errors import ConfigError
from analysis.evaluation import harness, pronoun_quotes
from analysis.evaluation.polnear import Predicted
from analysis.evaluation.pronoun_quotes import Answer, GoldItem, judge, names_referent, part_of

TEXT = ("Mayor Ada Quist opened the Lenn bridge on Monday. Her deputy, Tom Brell, stood beside her.\n\n"
        "\u201cIt is open at last,\u201d she said.\n")
DOC = "invented_bridge_opens"


def at(sub: str) -> tuple[int, int]:
    i = TEXT.index(sub)
    return i, i + len(sub)


QUOTE = at("It is open at last,")
SOURCE = at("she")
REFERENT = at("Quist")


def quote(speaker: str | None) -> Predicted:
    return Predicted("direct", QUOTE[0], QUOTE[1], speaker, "say", None, None)


def gold_file(tmp_path, *rows: str):
    path = tmp_path / "referents.csv"
    path.write_text("# invented\n" + ",".join(pronoun_quotes.HEADER) + "\n" + "".join(r + "\n" for r in rows),
                    encoding="utf-8")
    return path


def row(reason: str = "", referent: tuple[int, int] | None = REFERENT, part: str | None = None) -> str:
    ref = f"{referent[0]},{referent[1]}" if referent else ","
    return (f"{DOC},{SOURCE[0]},{SOURCE[1]},{QUOTE[0] - 1},{QUOTE[1] + 1},{ref},{reason},"
            f"{part or part_of(DOC)}")


def test_the_last_word_of_the_speaker_or_of_an_alias_must_be_a_word_of_the_referent():
    referent = TEXT[REFERENT[0]:REFERENT[1]]
    assert names_referent(["Ada Quist"], referent) and names_referent(["QUIST"], referent)
    assert not names_referent(["Tom Brell"], referent) and not names_referent(["Quist Brell"], referent)
    assert names_referent(["the mayor", "Ada Quist"], referent)  # an alias of the speaker's actor
    assert not names_referent(["", "Ada"], referent)  # a first name alone is not the surname


def test_outcomes_of_one_item():
    referent = TEXT[REFERENT[0]:REFERENT[1]]
    assert judge(Answer(None), referent) == "not_found"
    assert judge(Answer(quote(None)), referent) == "no_speaker"
    assert judge(Answer(quote("Ada Quist"), ("Quist",), True), referent) == "right"
    assert judge(Answer(quote("Mayor"), ("Ada Quist", "Mayor"), True), referent) == "right"
    assert judge(Answer(quote("Tom Brell"), ("Brell",), True), referent) == "swap"  # another named actor
    assert judge(Answer(quote("Her deputy")), referent) == "wrong"  # a phrase, no actor


def test_gold_rows_are_checked(tmp_path):
    items = pronoun_quotes.read_gold(gold_file(tmp_path, row(), row("unnamed", None)))
    assert items[0] == GoldItem(DOC, SOURCE, (QUOTE[0] - 1, QUOTE[1] + 1), REFERENT, "", part_of(DOC))
    assert items[1].referent is None and items[1].reason == "unnamed"
    other = "held_out" if part_of(DOC) == "develop" else "develop"
    for bad, message in ((row("unclear"), "reason"), (row("ambiguous"), "needs an empty reason"),
                         (row(part=other), "hash of the document name")):
        with pytest.raises(ConfigError, match=message):
            pronoun_quotes.read_gold(gold_file(tmp_path, bad))
    pronoun_quotes.check_item(items[0], TEXT)
    with pytest.raises(ConfigError, match="not a pronoun"):
        pronoun_quotes.check_item(items[0], "X" * len(TEXT))


def test_scoring_reads_the_referent_from_the_article_and_counts_per_part(tmp_path, monkeypatch):
    (tmp_path / "train" / "text").mkdir(parents=True)
    (tmp_path / "train" / "text" / f"{DOC}.txt").write_text(TEXT, encoding="utf-8")
    path = gold_file(tmp_path, row(), row(), row("ambiguous", None))
    said = iter([Answer(quote("Ada Quist"), (), True), Answer(quote("Tom Brell"), (), True)])
    monkeypatch.setattr(pronoun_quotes, "package_answers", lambda text, items, workdir: [next(said) for _ in items])
    results = pronoun_quotes.pronoun_results(tmp_path / "train", path)
    p = results["parts"][part_of(DOC)]
    assert (p["items"], p["answered"], p["right"], p["swaps"], p["not_scored"]["ambiguous"]) == (2, 2, 1, 1, 1)
    assert p["accuracy"]["value"] == p["precision"]["value"] == 0.5 and p["coverage"]["value"] == 1.0
    assert results["swaps"] == {"all_parts": 1, "items": 2, "target_at_most": 0}
    assert pronoun_quotes.swap_bound(160) == 15 and pronoun_quotes.swap_bound(300) == 28
    listed = results["develop_items"]
    assert len(listed) == (3 if part_of(DOC) == "develop" else 0)
    assert "open at last" not in json.dumps(results)  # offsets and names, never the quotation


def test_harness_subcommand_reports_a_missing_folder(tmp_path, capsys):
    assert harness.main(["pronoun-quotes", str(tmp_path / "nowhere"), "--out", str(tmp_path / "x.json")]) == 2
    assert "not a PolNeAR split" in capsys.readouterr().err


def test_the_shipped_referent_file_is_consistent():
    items = pronoun_quotes.read_gold()
    stated = re.search(r"the first (\d+) \((\d+) articles;", pronoun_quotes.GOLD.read_text(encoding="utf-8")
                       .replace("\n#  ", ""))
    assert stated, "the header states how many items and articles the file holds"
    assert len(items) == int(stated.group(1)) and len({i.doc for i in items}) == int(stated.group(2))
    assert all((i.referent is None) == bool(i.reason) for i in items)
    assert {i.part for i in items} == set(pronoun_quotes.PARTS)
