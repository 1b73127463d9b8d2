"""Shared fixtures: the seed article and its analysis (parsed once per test run), and a writer for small
test articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.measures.analysed import Analysis, analyse
from analysis.output.cli import main
from analysis.paths import COMPARE_FIXTURES, ROOT, SEED_ARTICLE
from analysis.text.article import Article, load_article

SEED_SHA256 = "d802305d37ad492a9a1a16139d07b6141b4e6ee73ee14679bc19cc99488ff692"


@pytest.fixture(scope="session")
def seed() -> Article:
    return load_article(SEED_ARTICLE)


@pytest.fixture(scope="session")
def seed_analysis(seed: Article) -> Analysis:
    """The seed's analysis, shared by every test (its tables are read-only)."""
    return analyse(seed)


@pytest.fixture(scope="session")
def seed_rel() -> str:
    return SEED_ARTICLE.relative_to(ROOT).as_posix()


@pytest.fixture
def write(tmp_path: Path):
    """Write ``content`` (str or bytes) to a file in a temporary folder and return its path."""

    def _write(content: str | bytes, name: str = "article.txt") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))
        return path

    return _write


@pytest.fixture
def cluster_export(tmp_path: Path, capsys):
    """Check that ``export --format parquet`` on the Dask scheduler at an address writes the bytes one local job
    writes, and reports a missing file among the inputs once (``tests/test_distributed.py`` on an in-process
    cluster, ``tests/e2e/test_cluster_processes.py`` on worker processes)."""

    def _check(address: str) -> None:
        inputs = [str(COMPARE_FIXTURES), str(tmp_path / "missing.txt"), str(SEED_ARTICLE)]
        local, remote = tmp_path / "local", tmp_path / "remote"
        assert main(["export", *inputs, "--out", str(local), "--format", "parquet"]) == 2
        capsys.readouterr()
        assert main(["export", *inputs, "--out", str(remote), "--format", "parquet", "--scheduler", address]) == 2
        err = capsys.readouterr().err
        assert err.count("missing.txt: file not found") == 1
        assert {p.name: p.read_bytes() for p in local.iterdir()} == {p.name: p.read_bytes() for p in remote.iterdir()}

    return _check


LONGEST_FILES = ("tests/test_batch.py",)
"""Unit-test files that take longest (worker pools; benchmarks/README.md has the breakdown)."""


def pytest_collection_modifyitems(items):
    """Longest units first, so that with parallel workers (pytest-xdist, ``--dist loadfile``, which keeps a
    file's tests, and a notebook's cells, together in one worker and kernel) neither worker idles at the end:
    the :data:`LONGEST_FILES`, then the notebooks under nbval, then the other unit tests. The sort is stable,
    so each notebook's cells keep their order."""
    def weight(item) -> int:
        if item.nodeid.startswith(LONGEST_FILES):
            return 0
        return 1 if ".ipynb::" in item.nodeid else 2

    items.sort(key=weight)
