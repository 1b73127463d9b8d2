"""The per-article work on a Dask distributed cluster, in ``make test`` on an in-process cluster (one worker
thread in this process, which has the model loaded already): the engine's window, order and errors.
``tests/e2e/test_cluster_processes.py`` (``make e2e``) runs it on worker processes, one of them killed mid-run."""

from __future__ import annotations

import pytest
from distributed import LocalCluster

from analysis.output import distributed as distributed_engine
from analysis.output.cli import main
from analysis.output.corpus import ARTICLES_FILE
from analysis.paths import SEED_ARTICLE


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as c:
        yield c


def test_the_cluster_writes_the_same_bytes_as_one_local_job_and_reports_a_bad_file(cluster, cluster_export):
    cluster_export(cluster.scheduler_address)


def test_scheduler_needs_the_corpus_format(tmp_path, capsys):
    assert main(["export", str(SEED_ARTICLE), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--scheduler needs --format parquet" in capsys.readouterr().err


def test_an_unreachable_scheduler_is_one_line_and_nothing_is_written(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(distributed_engine, "CONNECT_TIMEOUT", "0.5s")
    code = main(["export", str(SEED_ARTICLE), "--out", str(tmp_path / "o"), "--format", "parquet",
                 "--scheduler", "tcp://127.0.0.1:9"])
    err = capsys.readouterr().err
    assert code == 2 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err
    assert "Traceback" not in err
    assert not (tmp_path / "o" / ARTICLES_FILE).exists()
