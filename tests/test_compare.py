from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.output.cli import main
from analysis.paths import ROOT
from analysis.present.plots import COMPARE_FIGURES as FIGURES
from analysis.schema import COMPARE_TABLES, PER_ARTICLE

FIXTURES = ROOT / "tests" / "fixtures" / "compare"
KEYS = ["01_meridian_post", "02_northgate_daily", "03_valley_wire", "04_coastal_herald"]


@pytest.fixture(scope="module")
def compared(tmp_path_factory):
    """One `compare` run (with figures) on the fixtures plus a bad file, shared by the tests below."""
    tmp = tmp_path_factory.mktemp("compare")
    bad = tmp / "bad.txt"
    bad.write_bytes(b"")
    out = tmp / "cmp"
    code = main(["compare", str(FIXTURES), str(bad), "--out", str(out)])
    return out, code


def test_compare_fixture_folder_with_a_bad_file(compared):
    out, code = compared
    assert code == 2  # a bad file does not stop the rest
    for table in COMPARE_TABLES:
        assert (out / table.file).is_file(), table.file
    result = json.loads((out / "compare.json").read_text(encoding="utf-8"))
    assert [a["article"] for a in result["articles"]] == KEYS
    assert result["articles"][0]["outlet"] == "The Meridian Post"
    diff = result["differences"]
    assert diff["heard_directly"]["Mira Olenska"] == {"in": ["03_valley_wire"],
                                                      "not_in": ["01_meridian_post", "02_northgate_daily",
                                                                 "04_coastal_herald"]}
    assert diff["mentioned_in_one_article_only"]["United Nations"] == "01_meridian_post"
    # "chief negotiator" and "Kesh's chief negotiator": one label, used by both articles that mention him
    assert not any(x["actor"] == "Arman Tesh" for x in diff["labels_used_by_one_article"])
    shared = {x["actor"]: x for x in diff["labels_used_by_several_articles"]}
    assert shared["Arman Tesh"]["in"] == [
        {"article": "01_meridian_post", "text": "Kesh's chief negotiator", "voice": "writer"},
        {"article": "02_northgate_daily", "text": "chief negotiator", "voice": "writer"}]
    # "the Kesh government" and "Kesh's hardline government": a judgement added, so each is one article's own
    assert "Kesh" not in shared
    alone = {(x["article"], x["text"]) for x in diff["labels_used_by_one_article"] if x["actor"] == "Kesh"}
    assert {("03_valley_wire", "the Kesh government"), ("04_coastal_herald", "Kesh's hardline government")} <= alone
    assert "Republic of Kesh" not in diff["mentioned_in_one_article_only"]
    mentions = pd.read_csv(out / "actor_mentions.csv")
    assert list(mentions.columns) == ["actor", *KEYS, "articles"]
    frames = pd.read_csv(out / "frames.csv")
    assert list(frames.columns) == ["frame", "name", *KEYS] and len(frames) == 16
    overview = pd.read_csv(out / "overview.csv")
    assert overview.loc[overview["article"] == "03_valley_wire", "date"].isna().all()  # no date header
    assert sorted(p.name for p in (out / "figures").iterdir()) == sorted(
        f"{name}.{ext}" for name, _ in FIGURES for ext in ("png", "svg"))


def test_no_figures_option(tmp_path):
    out = tmp_path / "cmp"
    assert main(["compare", str(FIXTURES), "--out", str(out), "--no-figures"]) == 0
    assert (out / "overview.csv").is_file() and not (out / "figures").exists()


def test_figures_of_the_committed_notebook_match_the_compare_command(compared):
    """Notebook 07 (committed run on the fixtures) and `compare` draw the same figures, byte for byte."""
    out, _ = compared
    for name, _ in FIGURES:
        assert (out / "figures" / f"{name}.png").read_bytes() == (ROOT / "figures" / f"{name}.png").read_bytes()


def test_nothing_loadable_is_exit_2(tmp_path, capsys):
    assert main(["compare", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o")]) == 2
    assert "nothing to compare" in capsys.readouterr().err


def test_data_dictionary_documents_every_column(compared):
    out, _ = compared
    readme = (out / "README.md").read_text(encoding="utf-8")
    for table in COMPARE_TABLES:
        documented = [c for col in table.names() for c in (KEYS if col == PER_ARTICLE else [col])]
        assert list(pd.read_csv(out / table.file).columns) == documented, table.file
        assert f"## `{table.file}`" in readme
        for col in table.columns:
            assert f"| `{col.name}` | {col.type} | {col.meaning} |" in readme


def test_a_label_with_a_modifier_is_not_unique_to_one_outlet():
    from analysis.measures.compare import _same_label
    assert _same_label("water minister", "the Ostravian water minister")  # a nationality added: alike
    assert _same_label("Kesh's government", "the Kesh government")
    assert not _same_label("water minister", "the foreign minister")
    assert not _same_label("the Kesh government", "Kesh's hardline government")  # a judgement added: not alike
    assert not _same_label("the mayor", "Disgraced mayor")  # capitalised only by opening the label
    assert _same_label("water minister", "Ostravian water minister")  # a nationality opening the label
    assert _same_label("Ana Ruiz", "Mayor Ana Ruiz") and _same_label("mayor", "Kell mayor")
