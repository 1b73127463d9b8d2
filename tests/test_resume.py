"""An interrupted export can be resumed: finished articles are not redone, no row is written twice, and the
result is byte for byte that of one uninterrupted run (issue 18, part 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import analysis.output.cli as cli
import analysis.output.corpus as corpus
from analysis.output.cli import main
from analysis.output.corpus import ARTICLE_ID, ARTICLES_FILE, PARTS
from analysis.output.export import finished
from analysis.paths import COMPARE_FIXTURES, SEED_ARTICLE

INPUTS = [str(COMPARE_FIXTURES), str(SEED_ARTICLE)]  # five articles


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


class Interrupt:
    """``article_tables`` that counts the articles it analyses and raises Ctrl-C before the ``stop``-th."""

    def __init__(self, stop: int | None = None) -> None:
        self.stop, self.seen = stop, []
        self.real = corpus.article_tables

    def __call__(self, article, codebook=None):
        if self.stop is not None and len(self.seen) + 1 == self.stop:
            raise KeyboardInterrupt
        self.seen.append(Path(article.path).name)
        return self.real(article, codebook)


@pytest.fixture(scope="module")
def whole(tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("whole")
    assert main(["export", *INPUTS, "--out", str(out), "--format", "parquet"]) == 0
    return files_of(out)


@pytest.fixture
def small_shards(monkeypatch):
    monkeypatch.setattr(corpus, "SHARD_ARTICLES", 2)
    monkeypatch.setattr(corpus, "ROW_GROUP_ROWS", 7)  # several row groups, boundaries inside articles


def test_an_interrupted_run_resumes_without_redoing_or_duplicating_articles(tmp_path, monkeypatch, capsys,
                                                                            small_shards):
    out = tmp_path / "out"
    first = Interrupt(stop=4)
    monkeypatch.setattr(cli, "article_tables", first)
    assert main(["export", *INPUTS, "--out", str(out), "--format", "parquet"]) == 130
    assert first.seen == ["01_meridian_post.txt", "02_northgate_daily.txt", "03_valley_wire.txt"]
    assert not (out / ARTICLES_FILE).exists()  # nothing final until the run ends
    shards = sorted(p.name for p in (out / PARTS).iterdir() if p.is_dir())
    assert shards == ["00000", "00001"]  # two full... and the third article kept when Ctrl-C came

    capsys.readouterr()
    assert main(["export", *INPUTS, "--out", str(out), "--format", "parquet"]) == 2
    err = capsys.readouterr().err
    assert "holds an unfinished run" in err and "--resume" in err and len(err.strip().splitlines()) == 1

    second = Interrupt()
    monkeypatch.setattr(cli, "article_tables", second)
    assert main(["export", *INPUTS, "--out", str(out), "--format", "parquet", "--resume"]) == 0
    assert second.seen == ["04_coastal_herald.txt", "000_2f6ad82b80b65921.txt"]
    assert "resuming: 3 article(s) already" in capsys.readouterr().err
    assert not (out / PARTS).exists()
    ids = pq.read_table(out / ARTICLES_FILE).column(ARTICLE_ID).to_pylist()
    assert len(ids) == len(set(ids)) == 5


def test_a_resumed_run_writes_the_bytes_of_one_uninterrupted_run(tmp_path, monkeypatch, small_shards):
    whole = tmp_path / "whole"
    assert main(["export", *INPUTS, "--out", str(whole), "--format", "parquet"]) == 0
    out = tmp_path / "out"
    monkeypatch.setattr(cli, "article_tables", Interrupt(stop=2))
    main(["export", *INPUTS, "--out", str(out), "--format", "parquet"])
    monkeypatch.setattr(cli, "article_tables", Interrupt(stop=2))  # interrupted again, one article later
    main(["export", *INPUTS, "--out", str(out), "--format", "parquet", "--resume"])
    monkeypatch.setattr(cli, "article_tables", Interrupt())
    assert main(["export", *INPUTS, "--out", str(out), "--format", "parquet", "--resume"]) == 0
    assert files_of(out) == files_of(whole)
    assert pq.ParquetFile(out / "sentences.parquet").num_row_groups > 2


def test_a_shard_being_written_when_the_run_was_killed_is_dropped(tmp_path, monkeypatch, whole):
    out = tmp_path / "out"
    monkeypatch.setattr(cli, "article_tables", Interrupt(stop=3))
    main(["export", *INPUTS, "--out", str(out), "--format", "parquet"])
    killed = out / PARTS / ".00001.4242.partial"  # what a killed process leaves: a half-written shard
    killed.mkdir()
    (killed / ARTICLES_FILE).write_bytes(b"PAR1 half")
    monkeypatch.setattr(cli, "article_tables", Interrupt())
    assert main(["export", *INPUTS, "--out", str(out), "--format", "parquet", "--resume"]) == 0
    assert files_of(out) == whole


def test_resume_adds_new_articles_to_finished_tables(tmp_path, monkeypatch, whole):
    out = tmp_path / "out"
    assert main(["export", str(COMPARE_FIXTURES), "--out", str(out), "--format", "parquet"]) == 0
    counted = Interrupt()
    monkeypatch.setattr(cli, "article_tables", counted)
    assert main(["export", *INPUTS, "--out", str(out), "--format", "parquet", "--resume"]) == 0
    assert counted.seen == ["000_2f6ad82b80b65921.txt"]
    assert files_of(out) == whole


def test_resume_refuses_a_run_with_another_codebook(tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    monkeypatch.setattr(cli, "article_tables", Interrupt(stop=2))
    main(["export", *INPUTS, "--out", str(out), "--format", "parquet"])
    book = tmp_path / "actors.csv"
    book.write_text("name,type,aliases\nHarbour Board,organisation,harbour board\n", encoding="utf-8")
    capsys.readouterr()
    code = main(["export", *INPUTS, "--out", str(out), "--format", "parquet", "--resume", "--codebook", str(book)])
    err = capsys.readouterr().err
    assert code == 2 and "cannot resume" in err and "codebook" in err and len(err.strip().splitlines()) == 1
    assert (out / PARTS).is_dir()  # the unfinished run is kept for a resume with its own settings


def test_resume_skips_finished_article_folders(tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    assert main(["export", str(COMPARE_FIXTURES), "--out", str(out), "--no-figures"]) == 0
    before = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    unfinished = out / "04_coastal_herald" / "summary.json"
    unfinished.unlink()  # a run stopped while writing this article's files
    written = []
    real = cli.write_article
    monkeypatch.setattr(cli, "write_article", lambda article, **kw: written.append(article.path) or real(article, **kw))
    assert main(["export", str(COMPARE_FIXTURES), "--out", str(out), "--no-figures", "--resume"]) == 0
    assert [Path(p).name for p in written] == ["04_coastal_herald.txt"]
    assert "resuming: 3 article folder(s) already" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} == before
    # a run asking for figures does not take folders written without them as finished
    meta = json.loads(unfinished.read_text(encoding="utf-8"))["meta"]
    assert finished(unfinished.parent, meta, figures=False) and not finished(unfinished.parent, meta, figures=True)
    assert not finished(unfinished.parent, {**meta, "analysis": "0.0.1"}, figures=False)
