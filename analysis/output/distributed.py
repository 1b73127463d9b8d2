"""The per-article work on an existing Dask distributed cluster (``export --scheduler ADDRESS``).

When one machine is not enough, start a scheduler and workers (``dask scheduler`` on one machine,
``dask worker ADDRESS`` on each, all with this project's environment and the articles at the same paths,
for example on a shared file system) and point ``export`` at the scheduler. The main process submits
the articles in bounded batches (at most :data:`WINDOW_PER_WORKER` per worker thread in flight, so memory
stays flat however many articles there are), and yields the results in input order, so the corpus tables
are written exactly as with ``--jobs``: byte for byte the same.

* Each worker process loads the spaCy model and the lexicons once (they are cached per process) and keeps
  them for every article it is given.
* An input problem (a missing or unreadable file) comes back as a one-line error for that article; an
  unexpected failure of one article is reported the same way, and the rest go on.
* A worker lost mid-run: the scheduler gives its articles to another worker (``retries`` covers a task
  that fails because its worker died), and the main process writes each article once, when its result
  arrives in order, so nothing is lost or written twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from distributed import Client

from analysis.errors import AnalysisError
from analysis.output.batch import Outcome, load_and_apply, reported

WINDOW_PER_WORKER = 4
"""Articles in flight per worker thread: enough to keep workers busy, few enough to keep memory flat."""
RETRIES = 3
"""How many times the scheduler may rerun an article whose worker died."""
CONNECT_TIMEOUT = "10s"
"""How long to wait for the scheduler before giving up with a one-line error."""


def connect(address: str) -> Client:
    """A client of the scheduler at ``address``; a one-line error when it cannot be reached."""
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise AnalysisError(f"cannot reach the Dask scheduler at {address} ({exc})") from None


def map_on_cluster(files: Sequence[Path], func: Callable[..., Any], address: str | Client, *,
                   max_bytes: int, progress: bool = False) -> Iterator[Outcome]:
    """``func(article)`` for each file on the cluster, in input order, as :class:`Outcome` values; errors on
    stderr and, with ``progress``, a progress bar (:func:`analysis.output.batch.reported`)."""
    yield from reported(_on_cluster(files, func, address, max_bytes=max_bytes), len(files), progress=progress)


def _on_cluster(files: Sequence[Path], func: Callable[..., Any], address: str | Client, *,
                max_bytes: int) -> Iterator[Outcome]:
    client = address if isinstance(address, Client) else connect(address)
    try:
        threads = max(1, sum(client.nthreads().values()))
        window = WINDOW_PER_WORKER * threads
        tasks = [(Path(f), max_bytes, func) for f in files]
        run = f"article-{uuid.uuid4().hex}"  # task keys unique to this run (the scheduler may serve others)
        pending: dict[int, Any] = {}
        submitted = 0
        for i in range(len(tasks)):
            while submitted < len(tasks) and submitted - i < window:
                pending[submitted] = client.submit(load_and_apply, tasks[submitted], key=f"{run}-{submitted}",
                                                   retries=RETRIES, pure=False)
                submitted += 1
            future = pending.pop(i)
            try:
                outcome = future.result()
            except Exception as exc:  # one article's unexpected failure: reported, the rest go on
                outcome = Outcome(tasks[i][0], error=f"{tasks[i][0]}: analysis failed on the cluster "
                                                     f"({type(exc).__name__}: {exc})")
            finally:
                future.release()
            yield outcome
    finally:
        if not isinstance(address, Client):
            client.close()
