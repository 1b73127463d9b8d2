"""Command line: ``python -m analysis summarize|export|compare PATH [PATH ...]``.

* ``summarize PATH ... [--json]``: a readable summary, or one JSON object per line.
* ``export PATH ... --out DIR [--no-figures] [--jobs N]``: summary.json, tidy
  CSVs and figures per article in ``DIR/<file stem>/``, and ``DIR/README.md``
  (:mod:`analysis.output.export`).
* ``compare PATH ... --out DIR [--no-figures] [--jobs N]``: several articles
  side by side, tables, JSON and figures (:mod:`analysis.output.comparison`);
  ``compare --corpus DIR`` reads the articles' corpus tables instead.
* ``export ... --format parquet [--scheduler ADDRESS]``: corpus tables, one Parquet
  file per concern (:mod:`analysis.output.corpus`), optionally on a Dask cluster
  (:mod:`analysis.output.distributed`).
* ``export ... --resume``: continue an interrupted run into the same ``--out``
  without redoing the articles it finished.

``--jobs N`` analyses articles in N worker processes (:mod:`analysis.output.batch`);
the output is the same, byte for byte, whatever N is.

A user's mistake (bad file, bad option) is one line on stderr and exit
status 2, never a traceback. With several inputs, a bad one is reported and
the others are still processed; the exit status is 2 at the end if any failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path

import matplotlib

from analysis.errors import AnalysisError
from analysis.files import write_text
from analysis.output.batch import default_jobs, map_files
from analysis.output.comparison import article_record, write_comparison
from analysis.output.corpus import CorpusRun, article_tables, corpus_dictionary, read_records, write_corpus
from analysis.output.export import finished, write_article, write_dictionary
from analysis.output.summary import run_meta, summarize
from analysis.text.article import MAX_BYTES, expand_paths
from analysis.text.codebook import open_codebook


def _positive(what: str):
    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number of {what}, got {value!r}") from None
        if n <= 0:
            raise argparse.ArgumentTypeError(f"expected a positive number of {what}, got {value!r}")
        return n

    return parse


def _inputs(parser: argparse.ArgumentParser, out: bool, optional: bool = False) -> None:
    """The arguments every subcommand shares: input paths, the size limit, and (for writers) --out."""
    parser.add_argument("paths", nargs="*" if optional else "+", metavar="PATH",
                        help="article file (.txt, or a saved web page .html/.htm), or a folder of them")
    if out:
        parser.add_argument("--out", required=True, metavar="DIR", help="output folder (created if needed)")
        parser.add_argument("--jobs", type=_positive("worker processes"), default=1, metavar="N",
                            help=f"worker processes (default 1; this machine has {default_jobs()} CPUs)")
    parser.add_argument(
        "--max-bytes", type=_positive("bytes"), default=MAX_BYTES, help=f"size limit per file (default {MAX_BYTES:,})"
    )
    parser.add_argument("--codebook", metavar="CSV", default=None,
                        help="your own actors file (name,type,aliases,affiliation; docs/codebook.md); "
                             "default: the project's")
    parser.add_argument("--codebook-types", metavar="CSV", default=None,
                        help="your own actor types file (type,label,descriptors); default: the project's")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    summ = sub.add_parser("summarize", help="summarise one or more articles")
    _inputs(summ, out=False)
    summ.add_argument("--json", action="store_true", help="one JSON object per article, one per line")
    summ.add_argument("--with-text", action="store_true",
                      help="include the analysed text in the JSON (article.text), to rebuild the body from its offsets")
    rep = sub.add_parser("export", help="write JSON, CSV tables and figures for each article")
    _inputs(rep, out=True)
    rep.add_argument("--no-figures", action="store_true", help="skip rendering figures (large batches)")
    rep.add_argument("--format", choices=("folders", "parquet"), default="folders",
                     help="folders: a folder of CSVs, JSON and figures per article (default); parquet: one "
                          "Parquet file per concern over all articles, rows keyed by article_id (no figures)")
    rep.add_argument("--resume", action="store_true",
                     help="continue an interrupted run into the same --out without redoing finished articles "
                          "(folders: skips articles whose summary.json this version wrote; parquet: also adds "
                          "new inputs to finished corpus tables)")
    rep.add_argument("--scheduler", metavar="ADDRESS", default=None,
                     help="run the per-article work on the Dask cluster at ADDRESS (tcp://host:8786); needs "
                          "--format parquet; workers must see the input paths")
    cmp = sub.add_parser("compare", help="several articles on one event, side by side")
    _inputs(cmp, out=True, optional=True)
    cmp.add_argument("--corpus", metavar="DIR", default=None,
                     help="compare the articles of corpus tables (export --format parquet) instead of re-analysing")
    cmp.add_argument("--no-figures", action="store_true", help="skip rendering the comparison figures")
    return parser


def input_files(paths: Sequence[str], failures: list[str], ids: dict[Path, str] | None = None) -> list[Path]:
    """Every input file, folders expanded (as the user wrote them); bad folders reported and recorded.

    ``ids`` receives each file's article id: its path relative to the folder given, or as written."""
    out: list[Path] = []
    for given in paths:
        try:
            files = expand_paths([given])
        except AnalysisError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failures.append(given)
            continue
        # keep the path as the user wrote it (a folder's files under that folder)
        found = [path if Path(given) == path else Path(given) / path.name for path in files]
        if ids is not None:
            for path in found:
                ids[path] = given if Path(given) == path else path.name
        out += found
    return out


def unique_ids(files: list[Path], ids: dict[Path, str], failures: list[str]) -> list[Path]:
    """The files whose article id no earlier input has (corpus rows are keyed by it); the others reported."""
    seen: dict[str, Path] = {}
    out = []
    for path in files:
        if ids[path] in seen:
            print(f"error: {path}: same article id {ids[path]!r} as {seen[ids[path]]}; corpus rows are keyed by "
                  "the path inside the folder given (rename one)", file=sys.stderr)
            failures.append(str(path))
            continue
        seen[ids[path]] = path
        out.append(path)
    return out


def unique_stems(files: list[Path], failures: list[str]) -> list[Path]:
    """The files whose stem no earlier input has (outputs are keyed by stem); the others reported and recorded."""
    seen: dict[str, Path] = {}
    out = []
    for path in files:
        if path.stem in seen:
            print(f"error: {path}: same file name as {seen[path.stem]}; outputs are named by file name "
                  f"(rename one)", file=sys.stderr)
            failures.append(str(path))
            continue
        seen[path.stem] = path
        out.append(path)
    return out


def format_text(summary: dict) -> str:
    """A readable multi-line summary."""
    a = summary["article"]
    lines = [
        f"{a['path']}",
        f"  outlet      {a['outlet']}",
        f"  date        {a['date'] or '-'}" + (f" ({a['date_precision']} precision)" if a["date"] else ""),
        f"  paragraphs  {a['paragraphs']}",
        f"  sentences   {a['sentences']}",
        f"  words       {a['words']}",
        f"  quoted      {a['quoted_words']} words in direct quotations"
        + (f" ({a['quoted_words'] / a['words']:.1%})" if a["words"] else ""),
        f"  credit      {a['credit'] or '-'}",
        f"  headline    {a['headline'] or '-'}",
        f"  byline      {a['byline'] or '-'}",
    ]
    lines += [f"  set apart   {x['kind']}: {x['text']}" for x in a["set_aside"]]
    lines += [f"  warning     {w}" for w in a["warnings"]]
    return "\n".join(lines)


def cmd_summarize(args: argparse.Namespace) -> int:
    failures: list[str] = []
    first = True
    work = partial(summarize, codebook=args.book, with_text=args.with_text)
    for outcome in map_files(input_files(args.paths, failures), work, max_bytes=args.max_bytes):
        if outcome.error:
            failures.append(str(outcome.path))
            continue
        summary = outcome.value
        if args.json:
            print(json.dumps(summary, ensure_ascii=False, sort_keys=False))
        else:
            print(("" if first else "\n") + format_text(summary))
        first = False
        sys.stdout.flush()
    return 2 if failures else 0


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if args.format == "parquet":
        write_text(out / "README.md", corpus_dictionary())
    else:
        write_dictionary(out)
    failures: list[str] = []
    if args.scheduler and args.format != "parquet":
        print("error: --scheduler needs --format parquet (the corpus tables are written where the command runs)",
              file=sys.stderr)
        return 2
    if args.format == "parquet":
        ids: dict[Path, str] = {}
        files = unique_ids(input_files(args.paths, failures, ids), ids, failures)
        client = None
        if args.scheduler:
            from analysis.output import distributed  # dask's cluster client loads only for --scheduler

            client = distributed.connect(args.scheduler)  # fails before any table is written
        try:
            run = CorpusRun(out, run_meta(args.book), resume=args.resume)
        except AnalysisError:
            if client is not None:
                client.close()
            raise
        if run.done:
            files = [f for f in files if ids[f] not in run.done]
            print(f"resuming: {len(run.done)} article(s) already in {out}; {len(files)} to analyse", file=sys.stderr)
        work = partial(article_tables, codebook=args.book)
        if client is not None:
            outcomes = distributed.map_on_cluster(files, work, client, max_bytes=args.max_bytes, progress=True)
        else:
            outcomes = map_files(files, work, jobs=args.jobs, max_bytes=args.max_bytes, progress=True)

        def results():
            for outcome in outcomes:
                if outcome.error:
                    failures.append(str(outcome.path))
                else:
                    yield ids[outcome.path], outcome.value

        try:
            written = write_corpus(results(), run)
        finally:
            if client is not None:
                client.close()
        print(f"wrote corpus tables of {written + len(run.done)} article(s) to {out}"
              + (f" ({written} new)" if run.done else "")
              + (f"; {len(failures)} input(s) failed" if failures else ""), file=sys.stderr)
        return 2 if failures else 0
    files = unique_stems(input_files(args.paths, failures), failures)
    if args.resume:
        meta = run_meta(args.book)
        done = [f for f in files if finished(out / f.stem, meta, figures=not args.no_figures)]
        if done:
            files = [f for f in files if f not in set(done)]
            print(f"resuming: {len(done)} article folder(s) already in {out}; {len(files)} to analyse",
                  file=sys.stderr)
    work = partial(write_article, out_dir=out, figures=not args.no_figures, codebook=args.book)
    written = 0
    for outcome in map_files(files, work, jobs=args.jobs, max_bytes=args.max_bytes, progress=True):
        if outcome.error:
            failures.append(str(outcome.path))
        else:
            written += 1
    print(f"wrote {written} article folder(s) to {out}" + (f"; {len(failures)} input(s) failed" if failures else ""),
          file=sys.stderr)
    return 2 if failures else 0


def cmd_compare(args: argparse.Namespace) -> int:
    failures: list[str] = []
    if bool(args.corpus) == bool(args.paths):
        print("error: compare takes article paths or --corpus DIR (one of them)", file=sys.stderr)
        return 2
    if args.corpus:
        records = read_records(Path(args.corpus))
        write_comparison(records, Path(args.out), figures=not args.no_figures)
        print(f"compared {len(records)} article(s) from the corpus tables in {args.corpus}", file=sys.stderr)
        return 0
    files = unique_stems(input_files(args.paths, failures), failures)
    records = []
    work = partial(article_record, codebook=args.book)
    for outcome in map_files(files, work, jobs=args.jobs, max_bytes=args.max_bytes, progress=True):
        if outcome.error:
            failures.append(str(outcome.path))
        else:
            records.append(outcome.value)
    if not records:
        print("error: no article could be loaded; nothing to compare", file=sys.stderr)
        return 2
    write_comparison(records, Path(args.out), figures=not args.no_figures)
    print(f"compared {len(records)} article(s) in {args.out}" + (f"; {len(failures)} input(s) failed" if failures
                                                                   else ""), file=sys.stderr)
    return 2 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    matplotlib.use("Agg")  # a command-line run draws figures into files only
    args = build_parser().parse_args(argv)
    commands = {"export": cmd_export, "compare": cmd_compare, "summarize": cmd_summarize}
    try:
        # None (the project's) unless the user names one: workers then use the codebook they already hold
        given = args.codebook is not None or args.codebook_types is not None
        args.book = open_codebook(args.codebook, args.codebook_types) if given else None
        return commands[args.command](args)
    except AnalysisError as exc:  # settings problems (e.g. a missing spaCy model)
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
