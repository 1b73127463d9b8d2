from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.output.cli import main
from analysis.output.summary import summarize
from analysis.paths import ROOT
from analysis.present.plots import FIGURES
from analysis.schema import EXPORT_TABLES, export_dictionary
from analysis.text.article import load_article

FIXTURES = ROOT / "tests" / "fixtures" / "articles"


@pytest.fixture(scope="module")
def export_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    bad = out.parent / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    code = main(["export", str(FIXTURES), str(bad), "--out", str(out / "r"), "--no-figures"])
    return out / "r", code


def test_exit_code_and_bad_file_does_not_stop_the_rest(export_dir, capsys):
    out, code = export_dir
    assert code == 2
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["harbour_talks", "quiet_day"]


def test_every_documented_file_with_documented_columns(export_dir):
    out, _ = export_dir
    for article in ("harbour_talks", "quiet_day"):
        for table in EXPORT_TABLES:
            df = pd.read_csv(out / article / table.file)
            assert list(df.columns) == table.names(), f"{article}/{table.file}"
        assert not (out / article / "figures").exists()  # --no-figures


def test_summary_json_equals_summarize(export_dir):
    out, _ = export_dir
    path = FIXTURES / "harbour_talks.txt"
    written = json.loads((out / "harbour_talks" / "summary.json").read_text(encoding="utf-8"))
    assert written == json.loads(json.dumps(summarize(load_article(path))))


def test_data_dictionary_lists_every_file_and_column(export_dir):
    out, _ = export_dir
    text = (out / "README.md").read_text(encoding="utf-8")
    assert text == export_dictionary()
    for table in EXPORT_TABLES:
        assert f"## `{table.file}`" in text
        for c in table.names():
            assert f"| `{c}` |" in text


def test_fixture_content_is_sensible(export_dir):
    out, _ = export_dir
    quotes = pd.read_csv(out / "harbour_talks" / "quotes.csv")
    direct = quotes[quotes["kind"] == "direct"]
    assert set(direct["speaker"]) == {"Ilse Brandt"}
    claims = quotes[quotes["cue"] == "claim"]
    assert claims["cue_class"].tolist() == ["distancing"]
    quiet = pd.read_csv(out / "quiet_day" / "quotes.csv")
    assert (quiet["kind"] != "direct").all()


def test_deterministic_bytes(tmp_path):
    path = str(FIXTURES / "harbour_talks.txt")
    assert main(["export", path, "--out", str(tmp_path / "a"), "--no-figures"]) == 0
    assert main(["export", path, "--out", str(tmp_path / "b"), "--no-figures"]) == 0
    for f in sorted((tmp_path / "a" / "harbour_talks").iterdir()):
        assert f.read_bytes() == (tmp_path / "b" / "harbour_talks" / f.name).read_bytes(), f.name


def test_figures_written(tmp_path):
    assert main(["export", str(FIXTURES / "quiet_day.txt"), "--out", str(tmp_path)]) == 0
    names = sorted(p.name for p in (tmp_path / "quiet_day" / "figures").iterdir())
    assert names == sorted([*(f"{n}.{ext}" for n, _ in FIGURES for ext in ("png", "svg")), "05-annotated-article.html"])
