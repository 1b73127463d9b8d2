from __future__ import annotations

import json
import subprocess
import sys

import pytest

from analysis.output.cli import main
from analysis.paths import ROOT

ARTICLE_KEYS = [
    "path", "outlet", "date", "date_precision", "paragraphs", "sentences",
    "words", "quoted_words", "credit", "headline", "byline", "text_source", "set_aside", "warnings", "body", "text",
]
META_KEYS = ["schema_version", "analysis", "textstat", "vaderSentiment", "spacy", "spacy_model", "spacy_model_version",
             "codebook"]


def run_json(capsys, *args):
    code = main(["summarize", *args, "--json"])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_seed_json_summary(capsys, monkeypatch, seed_rel):
    monkeypatch.chdir(ROOT)
    code, objs, err = run_json(capsys, seed_rel)
    assert code == 0 and err == ""
    (obj,) = objs
    assert list(obj["meta"]) == META_KEYS
    assert obj["meta"]["textstat"] and obj["meta"]["spacy_model_version"] == "3.8.0"
    a = obj["article"]
    assert list(a) == ARTICLE_KEYS
    assert a["path"] == seed_rel  # as given, never made absolute
    assert (a["date"], a["date_precision"], a["paragraphs"]) == ("2021-10-20", "day", 8)
    assert a["credit"] == "(With agency inputs)"
    assert a["outlet"] == "Hindustan Times"
    assert 0 < a["quoted_words"] < a["words"]
    assert a["sentences"] == 16
    assert a["warnings"] == []


def test_bad_file_among_several_is_reported_and_the_rest_processed(capsys, write, tmp_path):
    good = write("Russia hosted talks. The Taliban came.", "good.txt")
    bad = write(b"\xff\xfe bad", "bad.txt")
    code, objs, err = run_json(capsys, str(bad), str(tmp_path / "missing.txt"), str(good))
    assert code == 2
    assert [o["article"]["path"] for o in objs] == [str(good)]
    lines = err.strip().splitlines()
    assert lines == [
        f"error: {bad}: not valid UTF-8 (byte 0xff at byte 0); save the file as UTF-8",
        f"error: {tmp_path / 'missing.txt'}: file not found",
    ]


def test_folder_expands_to_its_txt_files_sorted(capsys, tmp_path):
    (tmp_path / "b.txt").write_text("Second article here.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First article here.", encoding="utf-8")
    code, objs, _ = run_json(capsys, str(tmp_path))
    assert code == 0
    assert [o["article"]["path"] for o in objs] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_readable_output(capsys, monkeypatch, seed_rel):
    monkeypatch.chdir(ROOT)
    assert main(["summarize", seed_rel]) == 0
    out = capsys.readouterr().out
    assert out.startswith(seed_rel) and "paragraphs  8" in out and "(With agency inputs)" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "file is empty"), (b" date 2021-13-45 Text", "malformed date header '2021-13-45'")],
)
def test_cli_exit_2_one_line_no_traceback(capsys, write, content, message):
    path = write(content)
    code, objs, err = run_json(capsys, str(path))
    assert code == 2 and objs == []
    (line,) = err.strip().splitlines()
    assert line.startswith(f"error: {path}: {message}")
    assert "Traceback" not in err


def test_the_process_exits_2_with_one_line_and_no_traceback(write):
    # The same as above through a real process (python -m analysis): its exit status and streams.
    path = write(" date 2021-13-45 Text")
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "summarize", str(path), "--json"], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith(f"error: {path}: malformed date header '2021-13-45'")
    assert "Traceback" not in proc.stderr


def test_max_bytes_option(capsys, write):
    path = write("Russia hosted talks in Moscow on Wednesday.")
    code, objs, err = run_json(capsys, str(path), "--max-bytes", "5")
    assert code == 2 and objs == [] and "over the 5-byte limit" in err
    with pytest.raises(SystemExit) as exc:
        main(["summarize", str(path), "--max-bytes", "lots"])
    assert exc.value.code == 2


def test_empty_directory_is_reported(capsys, tmp_path):
    code, objs, err = run_json(capsys, str(tmp_path))
    assert code == 2 and objs == [] and err.strip() == f"error: {tmp_path}: directory has no .txt or .html files"


def test_the_command_line_loads_no_plotting_or_cluster_library_it_does_not_use():
    # Start-up is paid on every run of the command (one article or a thousand): matplotlib's pyplot and dask's
    # cluster client load only when figures are drawn or --scheduler is given (benchmarks/README.md).
    code = ("import sys, analysis.output.cli; "
            "print(' '.join(m for m in ('matplotlib.pyplot', 'distributed') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.strip() == ""
