"""The accuracy harness: readers and scorers on small files of our own in PolNeAR's format."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.errors import ConfigError
from analysis.evaluation import harness, polnear, stats
from analysis.evaluation.brat import read_ann
from analysis.evaluation.polnear import Predicted, score_article
from analysis.paths import ROOT

SPLIT = ROOT / "tests" / "fixtures" / "polnear" / "dev"
DOC = "invented_port_reopens"
TEXT = (SPLIT / "text" / f"{DOC}.txt").read_text(encoding="utf-8")


def gold():
    return polnear.gold_attributions(read_ann(SPLIT / "attributions" / f"{DOC}_b.ann"), TEXT)


def at(sub: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(sub, i + 1)
    return i, i + len(sub)


def test_brat_reader_spans_events_and_discontinuous_content():
    doc = read_ann(SPLIT / "attributions" / f"{DOC}_b.ann")
    assert doc.spans["T7"].segments == (at("“We have cleared the channel,”"), at("“Ships can come in again.”"))
    assert doc.events[1].role("Content") == ["T7"] and doc.events[1].role("Source") == ["T5"]
    assert doc.events[4].type == "Attribution-no-source"
    assert "T99" in doc.spans and len(doc.events) == 5  # notes and Discuss spans are read but make no event


def test_brat_reader_names_file_and_line_of_a_bad_line(tmp_path):
    bad = tmp_path / "x.ann"
    bad.write_text("T1\tSource 0 4\tPort\nT2\tCue four 9\tsaid\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"x\.ann:2: not a brat standoff line"):
        read_ann(bad)


def test_gold_kinds_follow_the_definitions():
    g = gold()
    assert [x.direct for x in g] == [False, True, False, True, False]  # '' counts as a double mark
    assert [x.reported for x in g] == [True, False, True, False, True]  # no source is still reported speech
    assert g[1].source_text == "Varga" and g[3].source_text == "He"


def test_first_annotator_in_name_order_and_bad_folders(tmp_path):
    assert polnear.split_files(SPLIT) == [(DOC, SPLIT / "text" / f"{DOC}.txt",
                                           SPLIT / "attributions" / f"{DOC}_b.ann")]
    with pytest.raises(ConfigError, match="not a PolNeAR split"):
        polnear.split_files(tmp_path)


@given(st.text(alphabet="ab \n\r.", max_size=60))
def test_paragraph_text_maps_every_offset_back(text):
    converted, orig = polnear.paragraph_text(text)
    assert "\n" not in converted.replace("\n\n", "")
    for i, ch in enumerate(converted):
        if ch != "\n":
            assert text[orig[i]] == ch
    assert orig[len(converted)] == len(text)


def test_quoted_chars_pairs_marks_and_runs_an_unclosed_one_to_the_end():
    assert polnear.quoted_chars('say "ab" x', ((0, 10),)) == {5, 6}
    assert polnear.quoted_chars("x ''ab", ((0, 6),)) == {4, 5}
    assert polnear.quoted_chars("no marks", ((0, 8),)) == set(range(8))


def test_pronouns_and_speaker_matching():
    assert polnear.is_pronoun("He") and polnear.is_pronoun("they") and not polnear.is_pronoun("the mayor")
    assert polnear.speaker_matches("Ilse Varga", "Harbour master Varga's office")
    assert not polnear.speaker_matches("Ilse Varga", "the mayor") and not polnear.speaker_matches(None, "Varga")


def pred(kind, span, speaker=None, cue=None):
    return Predicted(kind, span[0], span[1], speaker, None, *(cue or (None, None)))


def test_scores_on_hand_made_predictions():
    g = gold()
    first, second = at("We have cleared the channel,"), at("Ships can come in again.")
    p = [
        pred("direct", second, "Ilse Varga"),                       # the shorter part of a two-part quotation
        pred("direct", at("Port reopens")),                         # a false alarm
        pred("indirect", at("the port would reopen by Friday"), "Ilse Varga", at("said")),
        pred("indirect", at("of higher prices"), None, at("warned")),
        pred("indirect", at("lost a week"), None, at("fishing")),   # cue does not overlap the gold cue
    ]
    s = score_article(DOC, TEXT, g, p)
    assert (s.direct_any.correct, s.direct_any.predicted, s.direct_any.found, s.direct_any.gold) == (1, 2, 1, 2)
    inside = len(polnear.quoted_chars(TEXT, g[1].content))
    assert len(range(*second)) < 0.5 * inside < len(range(*first))  # the second part alone is under half
    assert (s.direct_coverage.found, s.direct_coverage.correct) == (0, 0)
    both = score_article(DOC, TEXT, g, [pred("direct", first, "Ilse Varga"), pred("direct", second)])
    assert both.direct_coverage.found == 1 and both.direct_coverage.correct == 2
    assert (s.speaker_right, s.speaker_total) == (1, 1)  # "He" is a pronoun source: not scored
    assert (s.reported.correct, s.reported.predicted, s.reported.found, s.reported.gold) == (2, 3, 2, 3)
    assert s.missed_cues == ["according to"]


def test_false_alarms_that_are_mixed_quotations_are_counted_apart():
    p = [pred("indirect", at("that ''insurance will not cover it''"), "Ilse Varga", at("added")),  # mixed
         pred("indirect", at("insurance will not cover it"), "Ilse Varga", at("He")),  # no annotated cue there
         pred("indirect", at("lost a week"), None, at("fishing"))]  # an ordinary false alarm
    s = score_article(DOC, TEXT, gold(), p)
    assert (s.reported.correct, s.reported.predicted) == (0, 3)
    assert s.reported_mixed == 1


def test_a_missing_speaker_is_wrong():
    s = score_article(DOC, TEXT, gold(), [pred("direct", at("Ships can come in again."))])
    assert (s.speaker_right, s.speaker_total, s.speaker_missing) == (0, 1, 1)


def test_bootstrap_intervals_are_deterministic_and_contain_the_value():
    r1 = stats.ratio([3, 5, 0, 9], [4, 5, 2, 10])
    assert r1 == stats.ratio([3, 5, 0, 9], [4, 5, 2, 10])
    assert r1["ci"][0] <= r1["value"] <= r1["ci"][1] and r1["n"] == 21
    out = stats.prf([1, 2], [2, 2], [1, 1], [2, 3])
    assert out["precision"]["value"] == 0.75 and out["recall"]["value"] == 0.4
    assert abs(out["f1"]["value"] - 2 * 0.75 * 0.4 / 1.15) < 1e-12
    assert stats.prf([], [], [], [])["f1"] == {"value": 0.0, "ci": [0.0, 0.0], "n": 0}


def test_harness_runs_the_package_on_the_fixture(capsys):
    assert harness.main(["polnear", str(SPLIT)]) == 0
    out = capsys.readouterr().out
    assert "PolNeAR `dev`: 1 articles" in out and "| direct quotations, any overlap |" in out
    result = harness.polnear_results(SPLIT)
    m = result["metrics"]
    assert m["direct_any_overlap"]["recall"]["n"] == 2 and m["reported_speech"]["recall"]["n"] == 3
    fa = result["reported_false_alarms"]
    assert 0 <= fa["mixed_quotations"] <= fa["all"] == m["reported_speech"]["precision"]["n"] - round(
        m["reported_speech"]["precision"]["value"] * m["reported_speech"]["precision"]["n"])
    json.dumps(result)  # numbers and lemmas only, JSON-ready


def test_harness_errors_are_one_line_exit_2(tmp_path, capsys):
    assert harness.main(["polnear", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    assert harness.main(["polnear", str(SPLIT), "--limit", "1", "--record"]) == 2


def test_recorded_accuracy_reads_back_for_notebooks(tmp_path):
    from analysis.present import accuracy

    missing = tmp_path / "none.json"
    assert "has not been recorded" in accuracy.attribution_sentence(missing)
    assert accuracy.attribution_table(missing).empty
    result = {"polnear": {**harness.polnear_results(SPLIT), "package": "x", "schema_version": "y"}}
    path = tmp_path / "accuracy.json"
    path.write_text(json.dumps(result), encoding="utf-8")
    table = accuracy.attribution_table(path)
    assert list(table["n_gold"]) == [2, 2, 3]
    assert "PolNeAR `dev` (1 US political news articles" in accuracy.attribution_sentence(path)


def test_a_labelled_paste_is_scored_line_by_line(tmp_path):
    """The invented pastes' measure (analysis/evaluation/pastes.py): labels are read off, page lines set apart,
    story lines removed and actors made of furniture counted; a line without a label is a clear error."""
    from analysis.evaluation import pastes

    src = tmp_path / "paste.src"
    src.write_text("P|By Ida Marr\nP|Published 9:15 AM EST Mar 3, 2026\n\n"
                   "S|The council of Kell voted on Tuesday to close two of the town's four libraries by the end of "
                   "the year.\n\n"
                   "S|\u201cWe had no other choice,\u201d Mayor Ana Lind said after the vote, adding that the budget "
                   "had shrunk.\n\nN|Share\nP|Reporting by Tom Hill; Editing by Ana Ruiz\n", encoding="utf-8")
    text, labels = pastes.read_paste(src)
    assert text.startswith("By Ida Marr\n") and [t for t, _, _ in labels] == ["P", "P", "S", "S", "N", "P"]
    scored = pastes.score_paste(src)
    assert (scored["page_lines"], scored["set_apart"], scored["story_lines"], scored["removed"]) == (3, 3, 2, 0)
    assert scored["actors"] >= 1 and scored["furniture_actors"] == []
    src.write_text("P|By Ida Marr\nThe council voted.\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"paste.src:2: .*needs a label"):
        pastes.read_paste(src)
