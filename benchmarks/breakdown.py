"""Where the time of one article goes: every table of the analysis, the outputs, each figure.

Usage (from the project root, with the project's environment)::

    .venv/bin/python benchmarks/breakdown.py --n 40 --record   # records benchmarks/breakdown.json and README section
    .venv/bin/python benchmarks/breakdown.py --smoke           # N = 2: checks that it runs (CI)

In one warm process (the model, lexicons and matplotlib loaded before the clock starts), over N perturbed
copies of the seed (:func:`throughput.make_corpus`), the same stages as the floor of ``throughput.py``
(spaCy ``nlp.pipe``, textstat, VADER on the same texts) and then what ``export`` does, per article:

* ``load``: reading the file, furniture rules, paragraphs and sentences, the spaCy parse;
* every table of :class:`analysis.measures.analysed.Analysis`, each timed *exclusively* (the time of the
  tables it asks for is counted under those tables, once, where they are first computed);
* the summary's and the tables' assembly beyond those tables (``summary: assembly``, ``tables: assembly``),
  converting to Parquet rows, writing the CSVs and the JSON;
* with figures, each figure's drawing, its PNG and its SVG, and the annotated article page.

This is the profile the issue asks for before optimising: it says where the remaining time goes. It is a
benchmark, not a test: the numbers depend on the machine and what else runs on it.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from collections import defaultdict
from functools import cached_property
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import ROOT, SEED, _cpus, floor_stages, make_corpus, record_results, stopwatch

RESULTS = ROOT / "benchmarks" / "breakdown.json"
BEGIN, END = "<!-- breakdown:begin -->", "<!-- breakdown:end -->"


def _instrument(cls: type, clock: dict[str, float]) -> None:
    """Time every cached property of ``cls`` exclusively: a property's time minus the properties it asks for."""
    stack: list[float] = []
    for name, attr in list(vars(cls).items()):
        if not isinstance(attr, cached_property):
            continue

        def timed(self, func=attr.func, name=name):
            start = time.perf_counter()
            stack.append(0.0)
            try:
                return func(self)
            finally:
                elapsed = time.perf_counter() - start
                inner = stack.pop()
                clock[f"table: {name}"] += elapsed - inner
                if stack:
                    stack[-1] += elapsed

        prop = cached_property(timed)
        prop.__set_name__(cls, name)
        setattr(cls, name, prop)


def profile(n: int, figures: bool) -> dict:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import spacy
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis.measures.analysed import Analysis, analyse
    from analysis.measures.readability import textstat_scorer
    from analysis.output.corpus import _arrow, arrow_schema, content_schema, with_article_id
    from analysis.output.export import save, tables
    from analysis.output.summary import summarize
    from analysis.present.html import annotated_page
    from analysis.present.plots import FIGURES
    from analysis.present.style import DPI
    from analysis.schema import EXPORT_TABLES
    from analysis.text.article import load_article
    from analysis.text.nlp import get_nlp, model_name

    clock: dict[str, float] = defaultdict(float)
    nlp, vader, ts = spacy.load(model_name()), SentimentIntensityAnalyzer(), textstat_scorer()
    get_nlp()
    warm = analyse(load_article(SEED))
    summarize(warm)
    if figures:
        for _name, plot in FIGURES:
            plt.close(plot(warm))
    _instrument(Analysis, clock)
    schemas = {spec.file: arrow_schema(spec) for spec in EXPORT_TABLES}

    timed = stopwatch(clock)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        files = make_corpus(n, folder)
        for path in files:
            floor_stages(timed, nlp, vader, ts, path)
            a = analyse(timed("export: load (file, furniture, segmentation, spaCy parse)", load_article, path))
            before = sum(v for k, v in clock.items() if k.startswith("table: "))
            summary = timed("summary", summarize, a)
            middle = sum(v for k, v in clock.items() if k.startswith("table: "))
            clock["summary: assembly"] += clock.pop("summary") - (middle - before)
            csvs = timed("tables", tables, a)
            clock["tables: assembly"] += clock.pop("tables") - (sum(v for k, v in clock.items()
                                                                    if k.startswith("table: ")) - middle)
            lists = tables(a, joined=False)
            timed("output: Parquet rows", lambda lists=lists, key=path.name: [
                with_article_id(_arrow(df, content_schema(name)), key, schemas[name])
                for name, df in lists.items() if len(df)])
            timed("output: writing CSVs and JSON", save, Path(tmp) / "out" / path.stem, summary, csvs)
            if figures:
                for name, plot in FIGURES:
                    fig = timed(f"figure: {name}, building", plot, a)
                    timed(f"figure: {name}, drawing + PNG", fig.savefig, io.BytesIO(), format="png", dpi=DPI)
                    timed(f"figure: {name}, SVG", fig.savefig, io.BytesIO(), format="svg", dpi=DPI)
                    plt.close(fig)
                timed("figure: annotated article page", annotated_page, a)
    per = {k: round(v / n, 5) for k, v in clock.items()}
    return {"n": n, "cpus": _cpus(), "figures": figures, "seconds_per_article": per}


def table(results: dict) -> str:
    per = results["seconds_per_article"]
    floor = sum(v for k, v in per.items() if k.startswith("floor"))
    export = sum(v for k, v in per.items() if k.startswith(("export", "table", "summary", "tables", "output")))
    figures = sum(v for k, v in per.items() if k.startswith("figure"))
    load = per["export: load (file, furniture, segmentation, spaCy parse)"]
    parse_floor = per["floor: spaCy nlp.pipe"]
    ranked = sorted(((k, v) for k, v in per.items() if not k.startswith(("floor", "figure"))), key=lambda kv: -kv[1])
    lines = [f"One warm process, mean ms per article over N = {results['n']:,} perturbed copies of the seed "
             f"({results['cpus']} CPUs).", "", "| stage | ms per article | share of the export |", "|---|---:|---:|"]
    lines += [f"| {k} | {v * 1000:.1f} | |" for k, v in per.items() if k.startswith("floor")]
    lines += [f"| **floor, total** | **{floor * 1000:.1f}** | |"]
    lines += [f"| {k} | {v * 1000:.1f} | {v / export:.0%} |" for k, v in ranked]
    lines += [f"| **export without figures, total** | **{export * 1000:.1f}** | 100% |"]
    if figures:
        lines += [f"| {k} | {v * 1000:.1f} | |" for k, v in per.items() if k.startswith("figure")]
        lines += [f"| **figures, total** | **{figures * 1000:.1f}** | |"]
    beyond = export - load
    lines += ["", f"- Without figures the export takes {export / floor:.2f}x the floor's time in one warm process. "
              f"Loading (the spaCy parse with the project's pipeline) is {load * 1000:.0f} ms against the floor's "
              f"{parse_floor * 1000:.0f} ms of `nlp.pipe`; everything after it, {beyond * 1000:.0f} ms, is the "
              f"analysis and its outputs (the floor's textstat and VADER: "
              f"{(floor - parse_floor) * 1000:.0f} ms)."]
    top = ranked[:5]
    lines += ["- The five largest stages: " + "; ".join(f"{k.split(': ', 1)[-1]} {v * 1000:.0f} ms" for k, v in top)
              + "."]
    if figures:
        draw = sum(v for k, v in per.items() if k.endswith("drawing + PNG"))
        svg = sum(v for k, v in per.items() if k.endswith(", SVG"))
        build = sum(v for k, v in per.items() if k.endswith(", building"))
        lines += [f"- Figures: {figures * 1000:.0f} ms per article, of which drawing and PNG {draw * 1000:.0f} ms, "
                  f"SVG {svg * 1000:.0f} ms, building the figures {build * 1000:.0f} ms."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--no-figures", action="store_true")
    parser.add_argument("--record", action="store_true")
    parser.add_argument("--smoke", action="store_true", help="N = 2: checks that it runs")
    args = parser.parse_args(argv)
    if args.smoke:
        args.n, args.record = 2, False
    results = profile(args.n, figures=not args.no_figures)
    print(table(results))
    if args.record:
        record_results(RESULTS, results, table(results), BEGIN, END)
    return 0


if __name__ == "__main__":
    sys.exit(main())
