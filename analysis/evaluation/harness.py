"""The accuracy harness: run the package on public annotated data, print and record the figures.

``python -m analysis.evaluation polnear PATH [--record] [--limit N]`` scores
attribution on a PolNeAR split folder (``PATH/text``, ``PATH/attributions``);
``make accuracy EVAL=DIR`` runs it on ``DIR/polnear/dev`` and records the
results in ``benchmarks/accuracy.json`` and the table of
``benchmarks/ACCURACY.md``, and the headline figures the package quotes in
``analysis/data/accuracy.json`` (shipped with the package: :func:`headline`).
Every figure carries its sample size and a 95% bootstrap interval over articles. The results hold numbers and cue lemmas
only, never dataset text. A missing or malformed data folder is a one-line
error and exit status 2.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from analysis import __version__
from analysis.errors import AnalysisError
from analysis.evaluation import (
    blockfit,
    cuefit,
    cues,
    frac,
    framefit,
    frametrain,
    gum,
    newsmtsc,
    pastefit,
    pastes,
    polnear,
    pronoun_quotes,
    stats,
    tonefit,
    turns,
)
from analysis.paths import ACCURACY, ROOT
from analysis.schema import SCHEMA_VERSION

RESULTS_JSON = ROOT / "benchmarks" / "accuracy.json"
RESULTS_MD = ROOT / "benchmarks" / "ACCURACY.md"
BLOCKS = {"polnear": ("<!-- accuracy:begin -->", "<!-- accuracy:end -->"),
          "newsmtsc": ("<!-- tone:begin -->", "<!-- tone:end -->"),
          "frac": ("<!-- frames:begin -->", "<!-- frames:end -->"),
          "webpages": ("<!-- webpages:begin -->", "<!-- webpages:end -->"),
          "semeval": ("<!-- semeval:begin -->", "<!-- semeval:end -->"),
          "gum": ("<!-- gum:begin -->", "<!-- gum:end -->"),
          "pronoun_quotes": ("<!-- pronoun-quotes:begin -->", "<!-- pronoun-quotes:end -->"),
          "turns": ("<!-- turns:begin -->", "<!-- turns:end -->"),
          "pastes": ("<!-- pastes:begin -->", "<!-- pastes:end -->")}
"""The generated block of ``ACCURACY.md`` each dataset's table goes into."""
DETAIL_KEYS = frozenset({"by_file", "most_missed_reported_cues", "reported_false_alarms", "distinguished", "labels",
                         "predicted_other"})
"""Diagnostics of a dataset's results that stay in ``benchmarks/accuracy.json`` and are not shipped."""


def headline(everything: dict[str, Any]) -> dict[str, Any]:
    """The results the package quotes (:mod:`analysis.present.accuracy`): each dataset's record without its
    :data:`DETAIL_KEYS`; what it scored (split, sizes, data digest, package version) and every metric stay."""
    return {key: {k: v for k, v in results.items() if k not in DETAIL_KEYS}
            for key, results in sorted(everything.items())}


RECORD_HELP = "write benchmarks/accuracy.json and ACCURACY.md, and analysis/data/accuracy.json"


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _digest(paths: Sequence[Path]) -> str:
    """sha256 over the names and bytes of the files used, in order: which version of the data was scored."""
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode("utf-8") + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def polnear_results(folder: Path, limit: int | None = None) -> dict[str, Any]:
    """Every attribution figure on one PolNeAR split folder, with intervals, sizes and the most-missed cues."""
    files = polnear.split_files(folder)[:limit]
    scores = polnear.run(folder, limit)

    def prf(attr: str) -> dict:
        counts = [getattr(s, attr) for s in scores]
        return stats.prf([c.correct for c in counts], [c.predicted for c in counts],
                         [c.found for c in counts], [c.gold for c in counts])

    speaker = stats.ratio([s.speaker_right for s in scores], [s.speaker_total for s in scores])
    speaker["missing"] = sum(s.speaker_missing for s in scores)
    return {
        "dataset": "PolNeAR",
        "split": folder.name,
        "articles": len(scores),
        "data_sha256": _digest([p for _, t, a in files for p in (t, a)]),
        "metrics": {
            "direct_any_overlap": prf("direct_any"),
            "direct_coverage": prf("direct_coverage"),
            "speaker_accuracy": speaker,
            "reported_speech": prf("reported"),
        },
        "most_missed_reported_cues": [{"lemma": lemma, "count": n}
                                      for lemma, n in polnear.missed_cue_lemmas(scores)],
        "reported_false_alarms": {"all": sum(s.reported.predicted - s.reported.correct for s in scores),
                                  "mixed_quotations": sum(s.reported_mixed for s in scores)},
    }


def format_table(results: dict[str, Any]) -> str:
    """The Markdown table of one PolNeAR result."""
    m = results["metrics"]
    lines = [
        f"PolNeAR `{results['split']}`: {results['articles']} articles (one annotator each); "
        f"{stats.provenance(results)}",
        "",
        "| figure | precision | recall | F1 | n (predicted / gold) |",
        "|---|---|---|---|---|",
    ]
    for key, name in (("direct_any_overlap", "direct quotations, any overlap"),
                      ("direct_coverage", "direct quotations, coverage >= 50%"),
                      ("reported_speech", "reported speech (cue overlap)")):
        x = m[key]
        cells = " | ".join(stats.interval(x[k]) for k in ("precision", "recall", "f1"))
        lines.append(f"| {name} | {cells} | {x['precision']['n']} / {x['recall']['n']} |")
    s = m["speaker_accuracy"]
    lines += ["", f"Speaker accuracy (missing counts as wrong): {stats.interval(s)} over {s['n']} found direct "
              f"quotations whose source is not only a pronoun; {s['missing']} had no speaker.", ""]
    cues = ", ".join(f"{c['lemma']} ({c['count']})" for c in results["most_missed_reported_cues"])
    lines.append(f"Most missed reported-speech cues (lemma, count): {cues}.")
    fa = results["reported_false_alarms"]
    lines += ["", f"Of the {fa['all']} false alarms of reported speech, {fa['mixed_quotations']} are statements "
                  "with a quoted phrase whose cue the annotators gave to a mixed quotation (scored with the direct "
                  "quotations); the package reports the statement and its partial quotation."]
    return "\n".join(lines)


def record(key: str, results: dict[str, Any], table: str) -> None:
    """Update ``key`` in ``benchmarks/accuracy.json`` (other datasets' results kept), its block of
    ``benchmarks/ACCURACY.md``, and the shipped headline in ``analysis/data/accuracy.json``."""
    everything = json.loads(RESULTS_JSON.read_text(encoding="utf-8")) if RESULTS_JSON.exists() else {}
    everything[key] = results
    _write_json(RESULTS_JSON, dict(sorted(everything.items())))
    _write_json(ACCURACY, headline(everything))
    begin, end = BLOCKS[key]
    text = RESULTS_MD.read_text(encoding="utf-8")
    if begin not in text or end not in text:
        raise AnalysisError(f"{RESULTS_MD}: no {begin} ... {end} block to write the results into")
    block = f"{begin}\n{table}\n{end}"
    RESULTS_MD.write_text(re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: block, text, flags=re.S),
                          encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluation", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    pn = sub.add_parser("polnear", help="attribution on a PolNeAR split folder (text/ and attributions/)")
    pn.add_argument("folder", type=Path)
    pn.add_argument("--limit", type=int, default=None, help="score only the first N articles (a quick check)")
    pn.add_argument("--record", action="store_true", help=RECORD_HELP)
    cu = sub.add_parser("cues", help="how often each verb and complement is an annotated cue (counts only)")
    cu.add_argument("folder", type=Path)
    cu.add_argument("--min", type=int, default=3, help="list candidates inside a cue at least this often")
    cu.add_argument("--limit", type=int, default=None)
    fit = sub.add_parser("cue-fit", help="refit the cue lexicon's complements on a train split (counts only)")
    fit.add_argument("folder", type=Path)
    fit.add_argument("--out", type=Path, required=True, help="where to write the fitted lexicon")
    fit.add_argument("--limit", type=int, default=None)
    nm = sub.add_parser("newsmtsc", help="tone per mention on the held-out part of NewsMTSC's train.jsonl")
    nm.add_argument("file", type=Path)
    nm.add_argument("--record", action="store_true", help=RECORD_HELP)
    tt = sub.add_parser("train-tone", help="fit the tone-per-mention model on NewsMTSC's train.jsonl")
    tt.add_argument("file", type=Path)
    tt.add_argument("--out", type=Path, required=True, help="where to write the model (analysis/data/tone_model.json)")
    tf = sub.add_parser("train-frames", help="fit the frame model on SemEval's semeval/train.jsonl")
    tf.add_argument("file", type=Path)
    tf.add_argument("--out", type=Path, required=True, help="where to write the model (analysis/data/frame_model.json)")
    fr = sub.add_parser("frac", help="frames on FrAC's news-article sentences (sentences.jsonl)")
    fr.add_argument("file", type=Path)
    fr.add_argument("--record", action="store_true", help=RECORD_HELP)
    se = sub.add_parser("semeval", help="frame presence on the held-out part of SemEval's semeval/train.jsonl")
    se.add_argument("file", type=Path)
    se.add_argument("--record", action="store_true", help=RECORD_HELP)
    fb = sub.add_parser("frame-background", help="frame-lexicon hits over a news corpus (the salience reference)")
    fb.add_argument("folder", type=Path)
    fb.add_argument("--out", type=Path, required=True, help="where to write (analysis/data/frame_background.csv)")
    tb = sub.add_parser("train-blocks", help="fit the block model of pasted pages on a webpages folder")
    tb.add_argument("folder", type=Path)
    tb.add_argument("--out", type=Path, required=True, help="where to write (analysis/data/block_model.json)")
    tp = sub.add_parser("train-pastes", help="fit the paste-line model on invented labelled pastes "
                        "(tests/fixtures/pastes; needs no dataset)")
    tp.add_argument("folder", type=Path)
    tp.add_argument("--out", type=Path, required=True, help="where to write (analysis/data/paste_model.json)")
    tp.add_argument("--webpages", type=Path, help="a Zyte webpages folder: its fitting pages' story cuts join the fit")
    wp = sub.add_parser("webpages", help="the article body of pasted and saved pages (webpages folder)")
    wp.add_argument("folder", type=Path)
    wp.add_argument("--part", choices=blockfit.PARTS, default="held_out",
                    help="the pages measured: held_out (recorded, the fitting pages shown beside them), fitting "
                         "(the fitting pages alone: rules and the block model are built on them) or all")
    wp.add_argument("--record", action="store_true", help=RECORD_HELP)
    gm = sub.add_parser("gum", help="who he, she and they are, on GUM's coreference chains (train.jsonl)")
    gm.add_argument("file", type=Path)
    gm.add_argument("--part", choices=gum.PARTS, default="held_out",
                    help="the documents scored: develop (rules were built on it), held_out (recorded) or all")
    gm.add_argument("--record", action="store_true", help=RECORD_HELP)
    pq = sub.add_parser("pronoun-quotes", help="speakers of pronoun-sourced quotations, resolved by hand on PolNeAR "
                        "train (analysis/data/polnear_pronoun_referents.csv)")
    pq.add_argument("folder", type=Path, help="the PolNeAR train folder (text/)")
    pq.add_argument("--out", type=Path, default=pronoun_quotes.RESULTS,
                    help="where to write the results (default benchmarks/pronoun_quotes.json)")
    pq.add_argument("--record", action="store_true", help=RECORD_HELP)
    sc = sub.add_parser("statement-cues", help="the package's reported-statement precision by cue on a PolNeAR "
                        "train split (writes benchmarks/statement_cues.json)")
    sc.add_argument("folder", type=Path)
    sc.add_argument("--limit", type=int, default=None)
    tu = sub.add_parser("turns", help="who speaks each turn of invented transcripts with gold turns "
                        "(tests/fixtures/transcripts; needs no dataset)")
    tu.add_argument("folder", type=Path)
    tu.add_argument("--record", action="store_true", help=RECORD_HELP)
    pa = sub.add_parser("pastes", help="page lines set apart around stories pasted from pages, on invented labelled "
                        "pastes (tests/fixtures/pastes; needs no dataset)")
    pa.add_argument("folder", type=Path)
    pa.add_argument("--record", action="store_true", help=RECORD_HELP)
    args = parser.parse_args(argv)
    try:
        if args.command == "train-blocks":
            return blockfit.train_main(args.folder, args.out)
        if args.command == "train-pastes":
            return pastefit.train_main(args.folder, args.out, args.webpages)
        if args.command == "statement-cues":
            return cuefit.statement_cues(args.folder, limit=args.limit)
        if args.command == "frame-background":
            return framefit.main(args.folder, args.out)
        if args.command == "train-frames":
            return frametrain.main(args.file, args.out)
        if args.command == "train-tone":
            return tonefit.main(args.file, args.out)
        if args.command == "cues":
            return cues.main(args.folder, args.min, args.limit)
        if args.command == "cue-fit":
            return cuefit.main(args.folder, args.out, args.limit)
        if args.command == "newsmtsc":
            key, result = "newsmtsc", newsmtsc.tone_results(args.file)
            limited = False
        elif args.command == "semeval":
            key, result = "semeval", frametrain.semeval_results(args.file)
            limited = False
        elif args.command == "frac":
            key, result = "frac", frac.frac_results(args.file)
            limited = False
        elif args.command == "pronoun-quotes":
            full = pronoun_quotes.pronoun_results(args.folder)
            pronoun_quotes.write(full, args.out)
            key, result = "pronoun_quotes", {k: v for k, v in full.items() if k != "develop_items"}
            limited = False
        elif args.command == "gum":
            key, result = "gum", gum.gum_results(args.file, args.part)
            limited = args.part != "held_out"
        elif args.command == "turns":
            key, result = "turns", turns.turn_results(args.folder)
            limited = False
        elif args.command == "pastes":
            key, result = "pastes", pastes.paste_results(args.folder)
            limited = False
        elif args.command == "webpages":
            key, result = "webpages", blockfit.webpages_results(args.folder, args.part)
            limited = args.part != "held_out"
        else:
            key, result = "polnear", polnear_results(args.folder, args.limit)
            limited = args.limit is not None
        result = {**result, "package": __version__, "schema_version": SCHEMA_VERSION}
        table = {"newsmtsc": newsmtsc.format_table, "frac": frac.format_table,
                 "webpages": blockfit.format_table, "semeval": frametrain.format_table,
                 "gum": gum.format_table, "pronoun_quotes": pronoun_quotes.format_table,
                 "turns": turns.format_table, "pastes": pastes.format_table}.get(key, format_table)(result)
        print(table)
        if args.record:
            if limited:
                print("error: --record needs the whole recorded part (no --limit, no --part)", file=sys.stderr)
                return 2
            record(key, result, table)
            print(f"recorded in {RESULTS_JSON.relative_to(ROOT)}, {RESULTS_MD.relative_to(ROOT)} and "
                  f"{ACCURACY.relative_to(ROOT)}", file=sys.stderr)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0
