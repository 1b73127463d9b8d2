"""Corpus tables against the floor: one job, two jobs, two Dask workers, and two floors side by side.

Usage (from the project root, with the project's environment)::

    .venv/bin/python benchmarks/corpus.py --n 200 --record   # records benchmarks/corpus.json and README section
    .venv/bin/python benchmarks/corpus.py --smoke            # N = 4: checks that every run completes (CI)

The corpus is :func:`throughput.make_corpus` (N perturbed copies of the seed, no sentence twice). Every run
is a fresh process timed with :func:`throughput.measure` (start-up and model loading included); the
configurations run ``--repeat`` times, interleaved, and the fastest of each is kept:

* ``floor``: spaCy ``nlp.pipe`` + textstat + VADER on the same texts, one process;
* ``two floors``: the floor on each half of the corpus, two processes side by side: what two cores give
  the libraries alone, the yardstick for the two-job speed-ups;
* ``corpus, 1 job`` / ``2 jobs``: ``export --format parquet --jobs J``;
* ``corpus, 2 Dask workers``: the same with ``--scheduler``, on a scheduler and two single-thread worker
  processes started on loopback before the run (their start-up and the model loading in each worker are
  inside the timed run, as the fork of ``--jobs`` is).

Memory (``--memory 1000 10000``): peak PSS of the whole process tree (main process and workers) of
``export --format parquet --jobs 2`` at each N, once each; the target is a peak that stays flat as N grows
tenfold. (Run alone it takes about as long as N articles at two jobs: about half an hour at N = 10,000.)

Targets (issue 18): one job within 1.5x of the floor; two jobs or two workers at least 95% of the speed-up
two floors reach; memory flat from N = 1,000 to N = 10,000. Benchmarks are not tests: nothing fails on a
slow machine.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import ROOT, _best, _cpus, make_corpus, measure, record_results

RESULTS = ROOT / "benchmarks" / "corpus.json"
BEGIN, END = "<!-- corpus:begin -->", "<!-- corpus:end -->"
MEMORY = ROOT / "benchmarks" / "memory.json"
MEMORY_BEGIN, MEMORY_END = "<!-- memory:begin -->", "<!-- memory:end -->"
PY = sys.executable


def _split(folder: Path, work: Path) -> tuple[Path, Path]:
    halves = (work / "half-a", work / "half-b")
    for h in halves:
        shutil.rmtree(h, ignore_errors=True)
        h.mkdir(parents=True)
    for i, f in enumerate(sorted(folder.glob("*.txt"))):
        shutil.copy(f, halves[i % 2] / f.name)
    return halves


def two_floors(a: Path, b: Path) -> dict:
    """Two floor processes side by side, timed together."""
    start = time.perf_counter()
    procs = [subprocess.Popen([PY, str(ROOT / "benchmarks" / "throughput.py"), "floor", str(h)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for h in (a, b)]
    codes = [p.wait() for p in procs]
    if any(codes):
        raise SystemExit(f"floor failed: {codes}")
    return {"seconds": round(time.perf_counter() - start, 2), "peak_mib": 0.0}


class Cluster:
    """A Dask scheduler and two single-thread workers on loopback, as separate processes (any free port: the
    scheduler writes its address to a scheduler file the workers read)."""

    def __init__(self, work: Path) -> None:
        dask = str(Path(PY).parent / "dask")
        info = work / "scheduler.json"
        info.unlink(missing_ok=True)
        self.procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", "0",
                                        "--dashboard-address", ":0", "--scheduler-file", str(info)], cwd=work,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
        for _ in range(120):
            if info.is_file() and info.read_text(encoding="utf-8").strip():
                break
            time.sleep(0.25)
        self.address = json.loads(info.read_text(encoding="utf-8"))["address"]
        self.procs += [subprocess.Popen([dask, "worker", "--scheduler-file", str(info), "--nthreads", "1",
                                         "--nworkers", "1", "--no-dashboard"], cwd=ROOT, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL) for _ in range(2)]
        time.sleep(5)

    def close(self) -> None:
        for p in reversed(self.procs):
            p.terminate()
        for p in self.procs:
            p.wait(timeout=30)


def run(n: int, work: Path, repeat: int) -> dict:
    folder = work / f"n{n}"
    make_corpus(n, folder)
    a, b = _split(folder, work)
    samples: dict[str, list[dict]] = {}
    cluster = Cluster(work)
    try:
        for _ in range(repeat):
            samples.setdefault("floor", []).append(measure([PY, str(ROOT / "benchmarks" / "throughput.py"),
                                                            "floor", str(folder)]))
            samples.setdefault("two_floors", []).append(two_floors(a, b))
            for key, extra in (("corpus_j1", ["--jobs", "1"]), ("corpus_j2", ["--jobs", "2"]),
                               ("corpus_dask2", ["--scheduler", cluster.address])):
                out = work / f"out-{key}"
                shutil.rmtree(out, ignore_errors=True)
                samples.setdefault(key, []).append(measure([PY, "-m", "analysis", "export", str(folder), "--out",
                                                            str(out), "--format", "parquet", *extra]))
                if len(pd.read_parquet(out / "articles.parquet")) != n:
                    raise SystemExit(f"{out}: not every article was written")
    finally:
        cluster.close()
    row = {key: _best(values) for key, values in samples.items()}
    for value in row.values():
        value["articles_per_s"] = round(n / value["seconds"], 2)
    return {"n": n, "repeat": repeat, "cpus": _cpus(), "runs": row}


def table(results: dict) -> str:
    r, n = results["runs"], results["n"]
    floor, two = r["floor"]["seconds"], r["two_floors"]["seconds"]
    names = {"floor": "floor (spaCy pipe + textstat + VADER), 1 process", "two_floors": "two floors side by side",
             "corpus_j1": "export --format parquet, 1 job", "corpus_j2": "export --format parquet, 2 jobs",
             "corpus_dask2": "export --format parquet, 2 Dask workers"}
    lines = ["| N | run | seconds | articles/s | x floor time |", "|---:|---|---:|---:|---:|"]
    lines += [f"| {n:,} | {names[k]} | {v['seconds']:.1f} | {v['articles_per_s']:.2f} | {v['seconds'] / floor:.2f} |"
              for k, v in r.items()]
    floor_gain = floor / two
    j1 = r["corpus_j1"]["seconds"]
    lines += ["", f"- One job: {j1 / floor:.2f}x the floor's time (target 1.5x).",
              f"- Two floors side by side are {floor_gain:.2f}x faster than one.",
              f"- Two jobs are {j1 / r['corpus_j2']['seconds']:.2f}x faster than one job: "
              f"{(j1 / r['corpus_j2']['seconds']) / floor_gain:.1%} of the floors' gain (target 95%).",
              f"- Two Dask workers are {j1 / r['corpus_dask2']['seconds']:.2f}x faster than one job: "
              f"{(j1 / r['corpus_dask2']['seconds']) / floor_gain:.1%} of the floors' gain (target 95%).",
              f"- {results['cpus']} CPUs; each configuration ran {results['repeat']} time(s), interleaved; the "
              "fastest is shown (every run in `corpus.json`)."]
    return "\n".join(lines)


def memory(ns: list[int], work: Path) -> dict:
    """Peak memory (and time) of ``export --format parquet --jobs 2`` at each N."""
    runs = []
    for n in ns:
        folder = work / f"m{n}"
        make_corpus(n, folder)
        out = work / f"out-m{n}"
        shutil.rmtree(out, ignore_errors=True)
        m = measure([PY, "-m", "analysis", "export", str(folder), "--out", str(out), "--format", "parquet",
                     "--jobs", "2"])
        if len(pd.read_parquet(out / "articles.parquet", columns=["article_id"])) != n:
            raise SystemExit(f"{out}: not every article was written")
        runs.append({"n": n, **m, "articles_per_s": round(n / m["seconds"], 2)})
        shutil.rmtree(folder)
        shutil.rmtree(out)
    return {"cpus": _cpus(), "command": "export --format parquet --jobs 2", "runs": runs}


def memory_table(results: dict) -> str:
    runs = results["runs"]
    lines = ["| N | seconds | articles/s | peak MiB (PSS, all processes) |", "|---:|---:|---:|---:|"]
    lines += [f"| {r['n']:,} | {r['seconds']:.0f} | {r['articles_per_s']:.2f} | {r['peak_mib']:.0f} |" for r in runs]
    if len(runs) > 1:
        first, last = runs[0], runs[-1]
        lines += ["", f"- From N = {first['n']:,} to N = {last['n']:,} ({last['n'] / first['n']:.0f}x the articles) "
                  f"the peak changes by {last['peak_mib'] - first['peak_mib']:+.0f} MiB "
                  f"({last['peak_mib'] / first['peak_mib'] - 1:+.1%})."]
    lines += [f"- `{results['command']}`, {results['cpus']} CPUs, one run per N; PSS summed over the main process and "
              "its workers, sampled every 0.25 s (every figure in `memory.json`)."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--record", action="store_true")
    parser.add_argument("--memory", type=int, nargs="*", default=None, metavar="N",
                        help="measure only the peak memory of export --format parquet --jobs 2 at each N")
    parser.add_argument("--smoke", action="store_true", help="N = 4, once: checks that every run completes")
    args = parser.parse_args(argv)
    if args.smoke:
        args.n, args.repeat, args.record = 4, 1, False
        args.memory = [2, 4] if args.memory is not None else None
    with tempfile.TemporaryDirectory(prefix="corpus-bench-") as tmp:
        if args.memory is not None:
            results = memory(args.memory or [1000, 10000], Path(tmp))
            print(memory_table(results))
            if args.record:
                record_results(MEMORY, results, memory_table(results), MEMORY_BEGIN, MEMORY_END)
            return 0
        results = run(args.n, Path(tmp), args.repeat)
    print(table(results))
    if args.record:
        record_results(RESULTS, results, table(results), BEGIN, END)
    return 0


if __name__ == "__main__":
    sys.exit(main())
