"""Worker processes (``--jobs``) change nothing but speed; inputs named alike are refused, not overwritten."""

from __future__ import annotations

import shutil
from operator import attrgetter
from pathlib import Path

import pytest

from analysis.output.batch import map_files
from analysis.output.cli import input_files, main
from analysis.paths import ROOT

ARTICLES = ROOT / "tests" / "fixtures" / "articles"
COMPARE = ROOT / "tests" / "fixtures" / "compare"
SEED = ROOT / "seeds" / "000_2f6ad82b80b65921.txt"


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def mixed_inputs(tmp_path_factory) -> list[str]:
    """Six good articles from three folders and one bad file in the middle."""
    bad = tmp_path_factory.mktemp("bad") / "broken.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    return [str(ARTICLES), str(bad), str(SEED), str(COMPARE / "01_meridian_post.txt"),
            str(COMPARE / "03_valley_wire.txt"), str(COMPARE / "04_coastal_herald.txt")]


def test_export_with_two_jobs_is_byte_identical_to_one(tmp_path, mixed_inputs, capsys):
    outs = {}
    for jobs in (1, 2):
        out = tmp_path / f"j{jobs}"
        assert main(["export", *mixed_inputs, "--out", str(out), "--no-figures", "--jobs", str(jobs)]) == 2
        outs[jobs] = tree_bytes(out)
        err = capsys.readouterr().err
        assert err.count("broken.txt: not valid UTF-8") == 1  # the bad file is reported once, the rest written
    assert len([k for k in outs[1] if k.endswith("summary.json")]) == 6
    assert outs[1] == outs[2]


def test_figures_with_two_jobs_are_byte_identical_to_one(tmp_path):
    for jobs in (1, 2):
        assert main(["export", str(ARTICLES), "--out", str(tmp_path / f"j{jobs}"), "--jobs", str(jobs)]) == 0
    one, two = tree_bytes(tmp_path / "j1"), tree_bytes(tmp_path / "j2")
    assert any(k.endswith(".png") for k in one) and any(k.endswith(".svg") for k in one)
    assert one == two


def test_compare_with_two_jobs_is_byte_identical_to_one(tmp_path):
    for jobs in (1, 2):
        assert main(["compare", str(COMPARE), "--out", str(tmp_path / f"j{jobs}"), "--jobs", str(jobs)]) == 0
    assert tree_bytes(tmp_path / "j1") == tree_bytes(tmp_path / "j2")


def test_outcomes_come_back_in_input_order(mixed_inputs):

    files = input_files(mixed_inputs, [])
    outcomes = list(map_files(files, attrgetter("path"), jobs=2, max_bytes=5_000_000))
    assert [o.path for o in outcomes] == files
    assert [o.error is not None for o in outcomes] == [f.name == "broken.txt" for f in files]
    assert [o.value for o in outcomes if not o.error] == [str(f) for f in files if f.name != "broken.txt"]


def test_inputs_with_the_same_file_name_are_refused(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    shutil.copy(ARTICLES / "quiet_day.txt", a / "story.txt")
    shutil.copy(ARTICLES / "harbour_talks.txt", b / "story.txt")
    out = tmp_path / "out"
    assert main(["export", str(a), str(b), "--out", str(out), "--no-figures"]) == 2
    err = capsys.readouterr().err
    assert f"{b / 'story.txt'}: same file name as {a / 'story.txt'}" in err
    summary = (out / "story" / "summary.json").read_text(encoding="utf-8")
    assert str(a / "story.txt") in summary  # the first is kept, not overwritten by the second


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_whole_number(value, tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["export", str(SEED), "--out", str(tmp_path), "--jobs", value])
    assert exc.value.code == 2
    assert "worker processes" in capsys.readouterr().err
