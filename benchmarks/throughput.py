"""Throughput and peak memory of ``python -m analysis export`` (called ``report`` before 0.2.0), beside a floor.

Usage (from the project root, with the project's environment)::

    .venv/bin/python benchmarks/throughput.py            # the full run recorded in benchmarks/README.md
    .venv/bin/python benchmarks/throughput.py --smoke    # tiny N, checks that everything runs (CI)

What it does:

1. Builds N distinct articles from the seed (:func:`make_corpus`): each copy
   swaps two words in every sentence for other words with the same
   part-of-speech tag from the seed, chosen by a seeded random generator, and the script
   checks that no sentence occurs twice in the corpus (or equals a seed
   sentence), so no cache in spaCy, textstat or the package can help.
2. Times ``python -m analysis export DIR --out OUT --no-figures --jobs J``
   for each N and J, and with figures for the figure N, each in a fresh
   process (start-up and model loading included), sampling the resident
   memory of the whole process tree (main process and workers) every 20 ms.
3. Times the floor the same way: a fresh process that sends the same texts
   through spaCy ``nlp.pipe`` (the plain model), textstat's formulas on each
   paragraph and the body, and VADER on each sentence, called directly with
   nothing else (:func:`floor`).

Results go to ``benchmarks/results.json`` and, with ``--record``, into the
table in ``benchmarks/README.md``. Benchmarks are not tests: nothing here
fails on a slow machine; ``--smoke`` only checks that the runs complete and
write what they should.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_2f6ad82b80b65921.txt"
README = ROOT / "benchmarks" / "README.md"
RESULTS = ROOT / "benchmarks" / "results.json"
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"
SWAPS_PER_SENTENCE = 2
SWAP_POS = ("NOUN", "VERB", "ADJ", "ADV")
SAMPLE_SECONDS = 0.25
"""Memory sampling interval: reading a process's PSS walks its page tables, so sampling more often slows
the processes measured (at 20 ms it cost two workers about a fifth of their speed)."""


# --- corpus -----------------------------------------------------------------------------------------------------

def _slots(article) -> list[list[tuple[int, int, str, str]]]:
    """Per seed sentence, the swappable words: ``(start, end, text, tag)`` of lower-case content words."""
    by_sentence: list[list[tuple[int, int, str, str]]] = [[] for _ in article.sentences]
    for para, doc in zip(article.paragraphs, article.docs, strict=True):
        for tok in doc:
            start = para.start + tok.idx
            if tok.pos_ in SWAP_POS and tok.is_alpha and tok.text.islower() and len(tok.text) > 3:
                for s in article.sentences:
                    if s.start <= start < s.end:
                        by_sentence[s.index - 1].append((start, start + len(tok.text), tok.text, tok.tag_))
                        break
    return by_sentence


def make_corpus(n: int, folder: Path, seed_path: Path = SEED) -> list[Path]:
    """Write ``n`` perturbed copies of the seed to ``folder``; every sentence in the corpus is distinct."""
    from analysis.text.article import load_article

    seed = load_article(seed_path)
    slots = _slots(seed)
    pool: dict[str, list[str]] = {}
    for sentence in slots:
        for _s, _e, text, tag in sentence:
            if text not in pool.setdefault(tag, []):
                pool[tag].append(text)
    slots = [[c for c in sentence if len(pool[c[3]]) > 1] for sentence in slots]  # a tag with one word cannot swap
    seen = {seed.raw[s.start:s.end] for s in seed.sentences}
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        rng = random.Random(i)
        pieces, cursor = [], 0
        for sentence, candidates in zip(seed.sentences, slots, strict=True):
            # two swaps; more only for a short sentence whose two-swap variants are used up (N in the thousands)
            tries = [k for k in range(SWAPS_PER_SENTENCE, max(len(candidates), SWAPS_PER_SENTENCE) + 1)
                     for _attempt in range(1000)]
            for swaps in tries:
                chosen = sorted(rng.sample(candidates, min(swaps, len(candidates))))
                text, pos_in = [], sentence.start
                for start, end, word, tag in chosen:
                    others = [w for w in pool[tag] if w != word]
                    text += [seed.raw[pos_in:start], rng.choice(others)]
                    pos_in = end
                text.append(seed.raw[pos_in:sentence.end])
                new = "".join(text)
                if new not in seen:
                    break
            else:
                raise RuntimeError(f"could not make sentence {sentence.index} of copy {i} distinct")
            seen.add(new)
            pieces += [seed.raw[cursor:sentence.start], new]
            cursor = sentence.end
        pieces.append(seed.raw[cursor:])
        path = folder / f"bench_{i:05d}.txt"
        path.write_text("".join(pieces), encoding="utf-8")
        paths.append(path)
    return paths


# --- floor ------------------------------------------------------------------------------------------------------

_HEADER = re.compile(r"\A\s*date\s+\S+")
_BLANK = re.compile(r"\n\s*\n")


def _paragraphs(raw: str) -> list[str]:
    paras = [p.strip() for p in _BLANK.split(_HEADER.sub("", raw)) if p.strip()]
    return paras[:-1] if len(paras) > 1 and paras[-1].startswith("(") else paras


def floor(folder: Path) -> int:
    """The libraries alone on every article of ``folder``: spaCy pipe, textstat per paragraph and body, VADER."""
    import spacy
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis.measures.readability import SCORES, textstat_scorer
    from analysis.text.nlp import model_name

    nlp = spacy.load(model_name())
    vader = SentimentIntensityAnalyzer()
    ts = textstat_scorer()
    files = sorted(folder.glob("*.txt"))

    def stream():
        for i, path in enumerate(files):
            for para in _paragraphs(path.read_text(encoding="utf-8")):
                yield para, i

    current, paras, sink = -1, [], 0.0

    def finish(paras: list) -> float:
        total = 0.0
        texts = [doc.text for doc in paras] + ["\n\n".join(doc.text for doc in paras)]
        for text in texts:
            total += sum(float(getattr(ts, name)(text)) for name in SCORES)
            total += len(ts.text_standard(text))
        for doc in paras:
            for sent in doc.sents:
                total += vader.polarity_scores(sent.text)["compound"]
        return total

    for doc, i in nlp.pipe(stream(), as_tuples=True):
        if i != current and paras:
            sink += finish(paras)
            paras = []
        current = i
        paras.append(doc)
    if paras:
        sink += finish(paras)
    print(f"floor: {len(files)} articles (checksum {sink:.3f})", file=sys.stderr)
    return 0


# --- where the time goes (one process, per article) ---------------------------------------------------------------

def stopwatch(clock: dict[str, float]):
    """``timed(name, func, *args, **kwargs)``: call ``func`` and add its seconds to ``clock[name]``."""
    def timed(name: str, func, *args, **kwargs):
        start = time.perf_counter()
        value = func(*args, **kwargs)
        clock[name] = clock.get(name, 0.0) + time.perf_counter() - start
        return value

    return timed


def floor_stages(timed, nlp, vader, ts, path: Path) -> None:
    """The floor's three stages on one article, each timed: spaCy ``nlp.pipe`` over its body paragraphs,
    textstat's scores of each paragraph and the body, VADER on each sentence."""
    from analysis.measures.readability import SCORES

    paras = _paragraphs(path.read_text(encoding="utf-8"))
    docs = timed("floor: spaCy nlp.pipe", lambda: list(nlp.pipe(paras)))
    timed("floor: textstat", lambda: [getattr(ts, n)(t) for t in [*paras, "\n\n".join(paras)]
                                      for n in (*SCORES, "text_standard")])
    timed("floor: VADER", lambda: [vader.polarity_scores(s.text) for doc in docs for s in doc.sents])


def stages(folder: Path) -> int:
    """Seconds per article of each stage, the floor's and the export's, printed as one JSON object."""
    import spacy
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis.measures.analysed import analyse
    from analysis.measures.readability import textstat_scorer
    from analysis.output.export import save, tables
    from analysis.output.summary import summarize
    from analysis.text.article import load_article
    from analysis.text.nlp import get_nlp, model_name

    files = sorted(folder.glob("*.txt"))
    nlp, vader, ts = spacy.load(model_name()), SentimentIntensityAnalyzer(), textstat_scorer()
    get_nlp()
    summarize(load_article(SEED))  # warm every lazy load (lexicons, matchers) outside the timings
    clock: dict[str, float] = {}
    timed = stopwatch(clock)

    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            floor_stages(timed, nlp, vader, ts, path)
            article = timed("export: load (spaCy + segmentation)", load_article, path)
            analysis = analyse(article)
            summary = timed("export: summary.json content", summarize, analysis)
            csvs = timed("export: CSV tables", tables, analysis)
            timed("export: writing files", save, Path(tmp) / path.stem, summary, csvs)
    print(json.dumps({name: round(seconds / len(files), 4) for name, seconds in clock.items()}))
    return 0


# --- measuring --------------------------------------------------------------------------------------------------

def _pss(process) -> int:
    """Proportional set size (shared pages divided among their sharers); resident size where unavailable."""
    try:
        return process.memory_full_info().pss
    except AttributeError:  # not Linux
        return process.memory_info().rss


def measure(cmd: list[str], cwd: Path = ROOT) -> dict:
    """Wall time and peak memory of ``cmd`` run in ``cwd``: PSS summed over the process tree, sampled every
    0.25 s."""
    import psutil

    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as log:  # a file, not a pipe: stderr cannot block
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=log, text=True)
        root = psutil.Process(proc.pid)
        peak = 0
        while proc.poll() is None:
            total = 0
            try:
                tree = [root, *root.children(recursive=True)]
            except psutil.Error:
                tree = []
            for p in tree:
                with contextlib.suppress(psutil.Error):  # a worker that just ended
                    total += _pss(p)
            peak = max(peak, total)
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - start
        log.seek(0)
        stderr = log.read()
    if proc.returncode != 0:
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{stderr[-2000:]}")
    return {"seconds": round(seconds, 2), "peak_mib": round(peak / 2**20, 1)}


def _best(samples: list[dict]) -> dict:
    """The fastest of repeated runs (the one least disturbed by other work on the machine), with every time."""
    best = dict(min(samples, key=lambda m: m["seconds"]))
    best["peak_mib"] = max(m["peak_mib"] for m in samples)
    best["all_seconds"] = [m["seconds"] for m in samples]
    return best


def run(ns: list[int], jobs: list[int], figures_n: int, work: Path, repeat: int = 1) -> dict:
    """Measure every configuration; the no-figure runs ``repeat`` times, interleaved, keeping the fastest."""
    results: dict = {"machine": {"python": platform.python_version(), "platform": platform.platform(),
                                 "cpus": _cpus()}, "repeat": repeat, "runs": []}
    corpus = work / "corpus"
    for n in sorted(set(ns) | ({figures_n} if figures_n else set())):
        folder = corpus / f"n{n}"
        make_corpus(n, folder)
        print(f"corpus of {n} articles in {folder}", file=sys.stderr)
        samples: dict[str, list[dict]] = {}
        for _ in range(repeat):  # interleaved, so a slow spell of the machine does not favour one configuration
            samples.setdefault("floor", []).append(measure([sys.executable, __file__, "floor", str(folder)]))
            for j in jobs if n in ns else []:
                out = work / f"out-n{n}-j{j}"
                shutil.rmtree(out, ignore_errors=True)
                samples.setdefault(f"report_j{j}", []).append(measure(
                    [sys.executable, "-m", "analysis", "export", str(folder), "--out", str(out), "--no-figures",
                     "--jobs", str(j)]))
                _check(out, n, figures=False)
        row: dict = {"n": n, **{key: _best(values) for key, values in samples.items()}}
        if n == figures_n:
            out = work / f"out-n{n}-figures"
            for j in jobs:
                shutil.rmtree(out, ignore_errors=True)
                row[f"report_figures_j{j}"] = _best([measure([sys.executable, "-m", "analysis", "export",
                                                              str(folder), "--out", str(out), "--jobs", str(j)])])
                _check(out, n, figures=True)
        for value in row.values():
            if isinstance(value, dict):
                value["articles_per_s"] = round(n / value["seconds"], 2)
        results["runs"].append(row)
        print(json.dumps(row), file=sys.stderr)
        if n == min(ns) and "stages" not in results:
            out = subprocess.run([sys.executable, __file__, "stages", str(folder)], cwd=ROOT, check=True,
                                 capture_output=True, text=True).stdout
            results["stages"] = {"n": n, "seconds_per_article": json.loads(out)}
    return results


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _check(out: Path, n: int, figures: bool) -> None:
    """The report wrote every article's folder (and figures when asked)."""
    folders = [p for p in out.iterdir() if p.is_dir()]
    if len(folders) != n:
        raise SystemExit(f"{out}: expected {n} article folders, found {len(folders)}")
    if any(not (f / "summary.json").is_file() for f in folders):
        raise SystemExit(f"{out}: an article folder has no summary.json")
    if figures and any(not (f / "figures").is_dir() for f in folders):
        raise SystemExit(f"{out}: an article folder has no figures/")


def table(results: dict) -> str:
    """The markdown table for ``benchmarks/README.md``: articles/s, peak memory and the ratios."""
    lines = ["| N | run | seconds | articles/s | peak MiB | x floor time |", "|---:|---|---:|---:|---:|---:|"]
    for row in results["runs"]:
        n, base = row["n"], row["floor"]["seconds"]
        for key, value in row.items():
            if not isinstance(value, dict):
                continue
            names = {"floor": "floor (spaCy pipe + textstat + VADER)", "report_figures_j1": "export, figures, 1 job",
                     "report_figures_j2": "export, figures, 2 jobs"}
            name = names.get(key, f"export --no-figures, {key.removeprefix('report_j')} job(s)")
            lines.append(f"| {n:,} | {name} | {value['seconds']:.1f} | {value['articles_per_s']:.2f} | "
                         f"{value['peak_mib']:.0f} | {value['seconds'] / base:.2f} |")
    speedups = [f"N = {row['n']:,}: 2 jobs are {row['report_j1']['seconds'] / row['report_j2']['seconds']:.2f}x "
                f"faster than 1" for row in results["runs"] if "report_j1" in row and "report_j2" in row]
    speedups += [f"With figures (N = {row['n']:,}): "
                 + ", ".join(f"{row[k]['seconds'] / row['n']:.2f} s per article with {k[-1]} job(s)"
                             for k in ("report_figures_j1", "report_figures_j2") if k in row)
                 + " (target 1 s)" for row in results["runs"] if "report_figures_j1" in row]
    m = results["machine"]
    lines += ["", *[f"- {s}" for s in speedups], f"- Machine: {m['cpus']} CPUs, Python {m['python']}, {m['platform']}.",
              f"- Each no-figure configuration ran {results.get('repeat', 1)} time(s), interleaved; the table shows "
              "the fastest run (every run's seconds are in `results.json`); peak memory is the highest of the runs."]
    if "stages" in results:
        per = results["stages"]["seconds_per_article"]
        floor_total = sum(v for k, v in per.items() if k.startswith("floor"))
        report_total = sum(v for k, v in per.items() if k.startswith(("export", "report")))
        lines += ["", f"Where the time goes, in one warm process (mean ms per article over the N = "
                      f"{results['stages']['n']:,} corpus, start-up excluded):", "",
                  "| stage | ms per article |", "|---|---:|"]
        lines += [f"| {k} | {v * 1000:.1f} |" for k, v in per.items()]
        lines += [f"| floor, total | {floor_total * 1000:.1f} |", f"| export, total | {report_total * 1000:.1f} |",
                  "", f"- In one warm process the export takes {report_total / floor_total:.2f}x the floor's time."]
    return "\n".join(lines)


def record_block(block: str, begin: str, end: str, readme: Path = README) -> None:
    """Replace what stands between the markers ``begin`` and ``end`` in ``readme`` with ``block``."""
    text = readme.read_text(encoding="utf-8")
    if begin not in text or end not in text:
        raise SystemExit(f"{readme}: no {begin} ... {end} block to record into")
    head, rest = text.split(begin, 1)
    _old, tail = rest.split(end, 1)
    readme.write_text(f"{head}{begin}\n{block}\n{end}{tail}", encoding="utf-8")


def record_results(path: Path, results: dict, block: str, begin: str, end: str) -> None:
    """Write ``results`` to the JSON file ``path`` and ``block`` between ``begin`` and ``end`` in the README."""
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    record_block(block, begin, end)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    fl = sub.add_parser("floor", help="(internal) the floor on one corpus folder")
    fl.add_argument("folder", type=Path)
    st = sub.add_parser("stages", help="seconds per article of each stage, floor and report, in one process")
    st.add_argument("folder", type=Path)
    mk = sub.add_parser("corpus", help="write N perturbed copies of the seed to a folder")
    mk.add_argument("n", type=int)
    mk.add_argument("folder", type=Path)
    parser.add_argument("--n", type=int, nargs="+", default=[100, 1000], help="corpus sizes (default 100 1000)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="worker counts (default 1 2)")
    parser.add_argument("--figures-n", type=int, default=100, help="N for the run with figures (default 100; 0: none)")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary folder)")
    parser.add_argument("--record", action="store_true", help="write results.json and the README table")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each no-figure configuration (default 2)")
    parser.add_argument("--smoke", action="store_true", help="N = 4 and 2 with figures: a quick check for CI")
    args = parser.parse_args(argv)
    if args.command == "floor":
        return floor(args.folder)
    if args.command == "stages":
        return stages(args.folder)
    if args.command == "corpus":
        make_corpus(args.n, args.folder)
        return 0
    if args.smoke:
        args.n, args.figures_n, args.record, args.repeat = [4], 2, False, 1
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        results = run(args.n, args.jobs, args.figures_n, args.work or Path(tmp), args.repeat)
    print(table(results))
    if args.record:
        record_results(RESULTS, results, table(results), BEGIN, END)
    return 0


if __name__ == "__main__":
    sys.exit(main())
