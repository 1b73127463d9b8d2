"""Command line: ``python -m analysis summarize PATH [PATH ...] [--json]``.

A user's mistake (bad file, bad option) is one line on stderr and exit
status 2, never a traceback. With several inputs, a bad one is reported and
the others are still processed; the exit status is 2 at the end if any failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from analysis.article import MAX_BYTES, Article, expand_paths, load_article
from analysis.errors import AnalysisError


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of bytes, got {value!r}") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive number of bytes, got {value!r}")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    summ = sub.add_parser("summarize", help="summarise one or more articles")
    summ.add_argument("paths", nargs="+", metavar="PATH", help="article .txt file, or a folder of them")
    summ.add_argument("--json", action="store_true", help="one JSON object per article, one per line")
    summ.add_argument(
        "--max-bytes", type=_positive_int, default=MAX_BYTES, help=f"size limit per file (default {MAX_BYTES:,})"
    )
    return parser


def iter_articles(paths: Sequence[str], max_bytes: int, failures: list[str]) -> Iterator[Article]:
    """Load each input in turn; a bad one is reported on stderr and recorded in ``failures``."""
    for given in paths:
        try:
            files = expand_paths([given])
        except AnalysisError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failures.append(given)
            continue
        for path in files:
            # keep the path as the user wrote it (a folder's files under that folder)
            shown = path if Path(given) == path else Path(given) / path.name
            try:
                yield load_article(shown, max_bytes=max_bytes)
            except AnalysisError as exc:
                print(f"error: {exc}", file=sys.stderr)
                failures.append(str(shown))


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
    ]
    lines += [f"  warning     {w}" for w in a["warnings"]]
    return "\n".join(lines)


def cmd_summarize(args: argparse.Namespace) -> int:
    from analysis.summary import summarize

    failures: list[str] = []
    first = True
    for article in iter_articles(args.paths, args.max_bytes, failures):
        summary = summarize(article)
        if args.json:
            print(json.dumps(summary, ensure_ascii=False, sort_keys=False))
        else:
            print(("" if first else "\n") + format_text(summary))
        first = False
        sys.stdout.flush()
    return 2 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return cmd_summarize(args)
    except AnalysisError as exc:  # settings problems (e.g. a missing spaCy model)
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
