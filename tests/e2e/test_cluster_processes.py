"""The per-article work on a Dask cluster of worker processes: the same bytes as one local job when each
article is analysed in another process, and a worker lost mid-run loses no article.

Part of ``make e2e`` (which CI runs after ``make test``), not of ``make test``: two worker processes each load
the spaCy model and the lexicons, and a killed worker is restarted by its nanny (about 10 s of the 2-core
machine). ``tests/test_distributed.py`` runs the same engine on an in-process cluster in ``make test``.
"""

from __future__ import annotations

import contextlib
import os
import shutil

import pytest
from distributed import Client, LocalCluster

from analysis.output.corpus import article_tables
from analysis.output.distributed import map_on_cluster
from analysis.paths import COMPARE_FIXTURES
from analysis.text.article import MAX_BYTES

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as c:
        yield c


def test_the_cluster_writes_the_same_bytes_as_one_local_job_and_reports_a_bad_file(cluster, cluster_export):
    cluster_export(cluster.scheduler_address)


def test_a_worker_lost_mid_run_loses_no_article_and_writes_none_twice(cluster, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    sources = sorted(COMPARE_FIXTURES.glob("*.txt"))
    files = []
    for i in range(10):
        target = folder / f"{i:02d}_{sources[i % len(sources)].name}"
        shutil.copy(sources[i % len(sources)], target)
        files.append(target)
    client = Client(cluster.scheduler_address, set_as_default=False)
    try:
        seen = []
        for k, outcome in enumerate(map_on_cluster(files, article_tables, client, max_bytes=MAX_BYTES)):
            assert outcome.error is None
            seen.append(outcome.path)
            if k == 0:  # kill one worker process while the others' articles are in flight
                victim = sorted(client.scheduler_info()["workers"])[0]
                with contextlib.suppress(Exception):  # the worker dies before it can answer
                    client.run(os._exit, 1, workers=[victim])
        assert seen == files  # every article once, in input order
        assert victim not in client.scheduler_info()["workers"]  # the worker really was lost (its nanny restarts it)
    finally:
        client.close()
