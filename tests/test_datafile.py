from __future__ import annotations

import pytest

from analysis.errors import ConfigError
from analysis.text.datafile import header_version, read_rows


def test_comments_blank_lines_and_quoted_commas(tmp_path):
    p = tmp_path / "d.csv"
    p.write_text('# comment\n\nword,why\n  # indented comment\ncrisis,"names an event, not stance"\n', encoding="utf-8")
    assert read_rows(p, ["word", "why"]) == [(5, ["crisis", "names an event, not stance"])]


@pytest.mark.parametrize(
    ("content", "required", "message"),
    [
        ("a,b\n1\n", None, r"d\.csv:2: expected 2 columns \(a,b\), found 1"),
        ("a,b\n1,\n", None, r"d\.csv:2: empty 'b'"),
        ("b,a\n", None, r"d\.csv: the header must be a,b"),
        ("", None, r"d\.csv: the header must be a,b"),
    ],
)
def test_errors_name_file_and_line(tmp_path, content, required, message):
    p = tmp_path / "d.csv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        read_rows(p, ["a", "b"], required)


def test_required_prefix_allows_empty_trailing_cells(tmp_path):
    p = tmp_path / "d.csv"
    p.write_text("type,label,descriptors\nperson,PERSON,\n", encoding="utf-8")
    assert read_rows(p, ["type", "label", "descriptors"], required=2) == [(2, ["person", "PERSON", ""])]


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read data file"):
        read_rows(tmp_path / "nope.csv", ["a"])


def test_a_lexicon_states_its_version_on_its_first_line(tmp_path):
    good = tmp_path / "cues.csv"
    good.write_text("# Reporting cues of our own. Version 7, 2030-01-01\nverb,class\n", encoding="utf-8")
    assert header_version(good) == "7"
    bad = tmp_path / "bare.csv"
    bad.write_text("verb,class\n# Version 2 below the header does not count\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bare\.csv:1"):
        header_version(bad)
