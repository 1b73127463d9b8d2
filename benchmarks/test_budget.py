"""Warm ``make test`` against an earlier commit, in turn, and where its time goes: the standing test budget.

Usage (from the project root, with the project's environment set up)::

    .venv/bin/python benchmarks/test_budget.py --commit 36ee1e8 --runs 3 --record   # about 8 minutes
    .venv/bin/python benchmarks/test_budget.py --smoke     # checks that the parsing and the table work (CI)

The earlier commit is checked out into a temporary git worktree. Both sides run the same command, ``make test``
with this environment (``VENV=`` this environment, its set-up stamp taken as done, ``PYTHONPATH`` the side's
tree so that notebook kernels import that side's package), after one warm-up run each, old and new in turn
``--runs`` times, so that a slow spell of this shared machine does not favour one side. The figure is the median
of the wall seconds. Each run also prints pytest's ``--durations=0``; the breakdown adds them up per test file
and per kind (notebooks under nbval, unit and property tests), and the rest of the wall time is start-up,
collection (every worker imports every test module) and waiting between files. ``--record`` writes
``benchmarks/test_budget.json`` and the table in ``benchmarks/README.md``.

Commits before the set-up issue need NLTK's ``cmudict`` corpus: :func:`against.legacy_nltk_data` writes it.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent))
from against import git, legacy_nltk_data
from throughput import ROOT, _cpus, record_results

RESULTS = ROOT / "benchmarks" / "test_budget.json"
BEGIN, END = "<!-- test-budget:begin -->", "<!-- test-budget:end -->"
BUDGET_SECONDS = 60
"""The standing budget of a warm ``make test`` on the project's 2-core machine (median of three): the limit the
issues set. It was 50 s until the learned frame model, the page-block model and their tests came in (median
48.5 s at c74aaad, 52.5 s after, measured in turn)."""
DURATION = re.compile(r"^(?P<seconds>\d+\.\d+)s (?:call|setup|teardown)\s+(?P<node>\S+)", re.M)


def breakdown(output: str) -> dict[str, float]:
    """Seconds per test file (setup, call and teardown added up) from pytest's ``--durations=0`` report."""
    files: Counter[str] = Counter()
    for match in DURATION.finditer(output):
        files[match["node"].split("::")[0]] += float(match["seconds"])
    return {name: round(seconds, 2) for name, seconds in sorted(files.items())}


def kinds(files: dict[str, float]) -> dict[str, float]:
    """The file totals added up by kind: ``notebooks`` (nbval cells) and ``unit`` (everything else)."""
    out = {"notebooks": 0.0, "unit": 0.0}
    for name, seconds in files.items():
        out["notebooks" if name.endswith(".ipynb") else "unit"] += seconds
    return {k: round(v, 2) for k, v in out.items()}


def run_once(tree: Path) -> tuple[float, str]:
    """Wall seconds and output of one warm ``make test`` in ``tree`` with this environment."""
    venv = Path(sys.prefix)
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTEST_ADDOPTS": "--durations=0"}
    cmd = ["make", "--no-print-directory", "-o", str(venv / ".installed"), f"VENV={venv}", "test"]
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"make test failed in {tree} ({proc.returncode}):\n{proc.stdout[-3000:]}{proc.stderr[-2000:]}")
    return seconds, proc.stdout


def run(commit: str, runs: int, work: Path) -> dict:
    """Each side's wall seconds over ``runs`` turns (after a warm-up each) and the breakdown of its last run."""
    old = work / "old"
    sha = git("rev-parse", "--short", commit)
    os.environ["NLTK_DATA"] = str(legacy_nltk_data(work / "nltk_data"))
    git("worktree", "add", "--detach", str(old), sha)
    try:
        sides = {"old": old, "new": ROOT}
        for tree in sides.values():
            run_once(tree)  # warm-up: caches, compiled files, the kernel specs
        seconds: dict[str, list[float]] = {"old": [], "new": []}
        last: dict[str, str] = {}
        for _ in range(runs):
            for side, tree in sides.items():
                wall, last[side] = run_once(tree)
                seconds[side].append(round(wall, 2))
    finally:
        git("worktree", "remove", "--force", str(old))
    files = {side: breakdown(out) for side, out in last.items()}
    dirty = git("status", "--porcelain", "--untracked-files=no")
    new = git("rev-parse", "--short", "HEAD") + ("+dirty" if dirty else "")
    return {"old_commit": sha, "new_commit": new, "runs": runs, "cpus": _cpus(),
            "budget_seconds": BUDGET_SECONDS, "seconds": seconds, "files": files,
            "kinds": {side: kinds(f) for side, f in files.items()}}


def table(results: dict, top: int = 8) -> str:
    """The README block: wall seconds per run and the median per side, then the breakdown of the last run."""
    s, runs = results["seconds"], results["runs"]
    head = " | ".join(f"run {i + 1}" for i in range(runs))
    lines = [f"| commit | {head} | median |", "|---|" + "---:|" * (runs + 1)]
    for side in ("old", "new"):
        cells = " | ".join(f"{x:.1f}" for x in s[side])
        lines.append(f"| {results[side + '_commit']} warm `make test` | {cells} | {median(s[side]):.1f} |")
    lines += ["", f"Budget: {results['budget_seconds']} s (median of {runs}, {results['cpus']} CPUs); "
              f"{results['new_commit']} takes {median(s['new']):.1f} s.", "",
              "Where the time goes (seconds of test time in the last run, both workers added up; the rest of the "
              "wall time is start-up, collection and waiting):", "",
              "| | " + " | ".join(results[f"{side}_commit"] for side in ("old", "new")) + " |", "|---|---:|---:|"]
    k = results["kinds"]
    for kind in ("notebooks", "unit"):
        lines.append(f"| {kind} | {k['old'][kind]:.1f} | {k['new'][kind]:.1f} |")
    f = results["files"]
    names = sorted(set(f["old"]) | set(f["new"]), key=lambda n: (-max(f["old"].get(n, 0), f["new"].get(n, 0)), n))
    for name in names[:top]:
        cells = " | ".join(f"{f[side][name]:.1f}" if name in f[side] else "-" for side in ("old", "new"))
        lines.append(f"| `{name}` | {cells} |")
    return "\n".join(lines)


SMOKE_OUTPUT = """\
2.50s call     tests/test_a.py::test_x
0.50s setup    tests/test_a.py::test_x
1.25s call     notebooks/01-x.ipynb::Cell 0
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commit", default="HEAD~1", help="the earlier commit (default HEAD~1)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--record", action="store_true", help="write test_budget.json and the README table")
    parser.add_argument("--smoke", action="store_true", help="parse a fixed report and print the table; no run")
    args = parser.parse_args(argv)
    if args.smoke:
        files = breakdown(SMOKE_OUTPUT)
        fake = {"old_commit": "a", "new_commit": "b", "runs": 1, "cpus": _cpus(), "budget_seconds": BUDGET_SECONDS,
                "seconds": {"old": [1.0], "new": [1.0]}, "files": {"old": files, "new": files},
                "kinds": {"old": kinds(files), "new": kinds(files)}}
        print(table(fake))
        return 0
    with tempfile.TemporaryDirectory(prefix="test-budget-") as tmp:
        results = run(args.commit, args.runs, Path(tmp))
    print(table(results))
    if args.record:
        record_results(RESULTS, results, table(results), BEGIN, END)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
