"""Frames in a sentence, scored on FrAC's news-article sentences (one frame each, merged categories).

FrAC (Guida, Otmakhova, Hovy and Frermann 2025; CC BY 4.0) labels sentences from news articles and reader
comments with one of nine merged Media Frames Corpus categories or ``Other``. Only the news-article
sentences are scored here. Each sentence goes through the package as a one-sentence article (loader,
frame lexicon, salience against the reference corpus), and its profile is mapped to one label by a rule
fixed before scoring:

* the frame with the highest salience among the frames with at least one hit (ties: more hits, then the
  lexicon's order) names the label: the FrAC category whose ``frames_package`` holds it;
* a frame no FrAC category holds (capacity, quality of life, external regulation, humanitarian,
  diplomacy), or a sentence with no hit, is ``Other``.

Figures: top-1 accuracy and macro-F1 over the categories present in the gold labels, each with a 95%
bootstrap interval over sentences, next to always answering the most common category. Numbers only.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from analysis.errors import AnalysisError, ArticleError
from analysis.evaluation import stats
from analysis.evaluation.tonefit import file_sha256
from analysis.measures.analysed import analyse
from analysis.measures.framing import FRAMES
from analysis.text.article import load_article

OTHER = "Other"


def read_frac(path: Path) -> list[dict[str, Any]]:
    """The news-article sentences: ``sentence``, ``label_name``, ``frames_package``; a one-line error naming
    the file and line when malformed."""
    out = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise AnalysisError(f"{path}: cannot read ({exc.strerror}); expected FrAC's sentences.jsonl") from None
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            record = {"sentence": str(row["sentence"]), "label": str(row["label_name"]),
                      "frames": [str(f) for f in row["frames_package"]], "type": row.get("type")}
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise AnalysisError(f"{path}: line {n}: not a FrAC record ({exc})") from None
        if record["type"] == "article":
            out.append(record)
    if not out:
        raise AnalysisError(f"{path}: no news-article sentences (type 'article')")
    return out


def categories(rows: list[dict[str, Any]]) -> dict[str, str]:
    """``{package frame id: FrAC category}`` from the records' ``frames_package``."""
    return {f: r["label"] for r in rows for f in r["frames"]}


def top_frame(scores) -> str | None:
    """The most salient frame with at least one hit (ties: more hits, then lexicon order); None without hits."""
    hit = scores[scores["hits"] > 0]
    if hit.empty:
        return None
    order = {f: i for i, f in enumerate(FRAMES)}
    best = sorted(hit.itertuples(), key=lambda r: (-r.salience, -r.hits, order[r.frame]))[0]
    return best.frame


def predict(sentences: list[str], mapping: dict[str, str]) -> list[str]:
    """The FrAC category the package's frame profile gives each sentence."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sentence.txt"
        for text in sentences:
            path.write_text(text + "\n", encoding="utf-8")
            try:
                frame = top_frame(analyse(load_article(path)).frame_scores)
            except ArticleError:
                frame = None
            out.append(mapping.get(frame, OTHER) if frame else OTHER)
    return out


def frac_results(path: Path) -> dict[str, Any]:
    rows = read_frac(path)
    mapping = categories(rows)
    gold = [r["label"] for r in rows]
    predicted = predict([r["sentence"] for r in rows], mapping)
    labels = sorted(set(gold))
    majority = Counter(gold).most_common(1)[0][0]
    one = [[g] for g in gold]
    package = stats.classification(one, [[p] for p in predicted], labels)
    baseline = stats.classification(one, [[majority] for _ in gold], labels)
    return {"dataset": "FrAC", "split": "news-article sentences", "sentences": len(rows),
            "data_sha256": file_sha256(path), "labels": labels, "majority_label": majority,
            "metrics": {"package": {k: package[k] for k in ("accuracy", "macro_f1")},
                        "majority": {k: baseline[k] for k in ("accuracy", "macro_f1")}},
            "predicted_other": sum(p == OTHER for p in predicted)}


def format_table(results: dict[str, Any]) -> str:
    m = results["metrics"]

    return "\n".join([
        f"FrAC, {results['split']}: {results['sentences']} sentences, {len(results['labels'])} categories; "
        f"{stats.provenance(results)}",
        "",
        "| rule | top-1 accuracy | macro-F1 |",
        "|---|---|---|",
        f"| package: the most salient frame with a hit | {stats.interval(m['package']['accuracy'])} | "
        f"{stats.interval(m['package']['macro_f1'])} |",
        f"| always '{results['majority_label']}' (the most common) | {stats.interval(m['majority']['accuracy'])} | "
        f"{stats.interval(m['majority']['macro_f1'])} |",
        "",
        f"The package answered {OTHER} (no hit, or a frame no FrAC category holds) for "
        f"{results['predicted_other']} of {results['sentences']} sentences.",
    ])
