from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.text.article import load_article
from analysis.output.cli import main
from analysis.paths import ROOT
from analysis.output.export import DICTIONARY, FIGURES, data_dictionary
from analysis.output.summary import summarize

FIXTURES = ROOT / "tests" / "fixtures" / "articles"


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    bad = out.parent / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    code = main(["report", str(FIXTURES), str(bad), "--out", str(out / "r"), "--no-figures"])
    return out / "r", code


def test_exit_code_and_bad_file_does_not_stop_the_rest(report_dir, capsys):
    out, code = report_dir
    assert code == 2
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["harbour_talks", "quiet_day"]


def test_every_documented_file_with_documented_columns(report_dir):
    out, _ = report_dir
    for article in ("harbour_talks", "quiet_day"):
        for name, (_, columns) in DICTIONARY.items():
            df = pd.read_csv(out / article / name)
            assert list(df.columns) == list(columns), f"{article}/{name}"
        assert not (out / article / "figures").exists()  # --no-figures


def test_summary_json_equals_summarize(report_dir):
    out, _ = report_dir
    path = FIXTURES / "harbour_talks.txt"
    written = json.loads((out / "harbour_talks" / "summary.json").read_text(encoding="utf-8"))
    assert written == json.loads(json.dumps(summarize(load_article(path))))


def test_data_dictionary_lists_every_file_and_column(report_dir):
    out, _ = report_dir
    text = (out / "README.md").read_text(encoding="utf-8")
    assert text == data_dictionary()
    for name, (_, columns) in DICTIONARY.items():
        assert f"## `{name}`" in text
        for c in columns:
            assert f"| `{c}` |" in text


def test_fixture_content_is_sensible(report_dir):
    out, _ = report_dir
    quotes = pd.read_csv(out / "harbour_talks" / "quotes.csv")
    direct = quotes[quotes["kind"] == "direct"]
    assert set(direct["speaker"]) == {"Ilse Brandt"}
    claims = quotes[quotes["cue"] == "claim"]
    assert claims["cue_class"].tolist() == ["distancing"]
    quiet = pd.read_csv(out / "quiet_day" / "quotes.csv")
    assert (quiet["kind"] != "direct").all()


def test_deterministic_bytes(tmp_path):
    path = str(FIXTURES / "harbour_talks.txt")
    assert main(["report", path, "--out", str(tmp_path / "a"), "--no-figures"]) == 0
    assert main(["report", path, "--out", str(tmp_path / "b"), "--no-figures"]) == 0
    for f in sorted((tmp_path / "a" / "harbour_talks").iterdir()):
        assert f.read_bytes() == (tmp_path / "b" / "harbour_talks" / f.name).read_bytes(), f.name


def test_figures_written(tmp_path):
    assert main(["report", str(FIXTURES / "quiet_day.txt"), "--out", str(tmp_path)]) == 0
    names = sorted(p.name for p in (tmp_path / "quiet_day" / "figures").iterdir())
    assert names == sorted(f"{n}.{ext}" for n, _, _ in FIGURES for ext in ("png", "svg"))
