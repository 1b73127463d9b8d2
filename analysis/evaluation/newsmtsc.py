"""Tone towards a person, scored on the held-out part of NewsMTSC's train file.

Each held-out sentence (:func:`analysis.evaluation.tonefit.is_dev`; the model never saw these
articles) is run through the package as a one-sentence article: the loader, the entity and actor
mentions, the pronoun resolver and the tone model, exactly as for any article. An annotated target
takes the label of the package mention that overlaps it most; a target no mention overlaps is a
*missed* target and counts as ``neutral`` (the package says nothing about it). Figures:

* ``package``: macro-F1, accuracy and the mean F1 of negative and positive (NewsMTSC's F1pn) over all
  held-out targets, missed ones included;
* ``package_found``: the same over the targets a mention overlaps;
* ``vader_sentence``: VADER's compound on the whole sentence, with its documented thresholds, the
  baseline the issue names (today's ``actors[...].sentiment.narration`` is that, averaged);
* ``*_multi_target``: the same on sentences with two or more annotated targets; ``distinguished``:
  of the sentences whose targets have different gold labels, how many get different labels.

Intervals resample whole articles (2,000 times, fixed seed). The results hold numbers only.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from analysis.errors import ArticleError
from analysis.evaluation import stats, tonefit
from analysis.measures import tone
from analysis.measures.analysed import analyse
from analysis.text.article import load_article

MISSED = "neutral"
"""The label a target no mention overlaps counts as."""


def package_labels(sentences: dict[int, str]) -> dict[int, list[tuple[int, int, str]]]:
    """Per sentence index: the package's mentions ``(start, end, tone)``, each sentence analysed alone."""
    out: dict[int, list[tuple[int, int, str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sentence.txt"
        for i, text in sorted(sentences.items()):
            path.write_text(text, encoding="utf-8")
            try:
                m = analyse(load_article(path)).mention_tone
            except ArticleError:
                out[i] = []
                continue
            out[i] = list(zip(m["start"].tolist(), m["end"].tolist(), m["tone"].tolist(), strict=True))
    return out


def _overlapping(mentions: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    best = max(((min(e, end) - max(s, start), -s, label) for s, e, label in mentions if s < end and start < e),
               default=None)
    return best[2] if best else None


def tone_results(path: Path) -> dict[str, Any]:
    """Every tone figure on the held-out part of one NewsMTSC train file."""
    sentences, targets = tonefit.read_newsmtsc(path)
    held = [t for t in targets if tonefit.is_dev(t.article)]
    found = package_labels({t.sentence: sentences[t.sentence] for t in held})
    vader = {i: tonefit.vader_label(sentences[i]) for i in {t.sentence for t in held}}
    units: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    by_sentence: dict[int, list[tuple[str, str]]] = defaultdict(list)
    missed = 0
    for t in held:
        label = _overlapping(found[t.sentence], t.start, t.end)
        missed += label is None
        predicted = label or MISSED
        u = units[t.article]
        multi = t.targets_in_sentence > 1
        for name, p in (("package", predicted), ("vader_sentence", vader[t.sentence])):
            u[name].append((t.label, p))
            if multi:
                u[name + "_multi_target"].append((t.label, p))
        if label is not None:
            u["package_found"].append((t.label, label))
        if multi:
            by_sentence[t.sentence].append((t.label, predicted))
    order = sorted(units)
    metrics = {}
    for name in ("package", "package_found", "vader_sentence", "package_multi_target",
                 "vader_sentence_multi_target"):
        pairs = [units[a][name] for a in order]
        metrics[name] = stats.classification([[g for g, _ in p] for p in pairs], [[x for _, x in p] for p in pairs],
                                             tone.CLASSES)
    differing = [pairs for pairs in by_sentence.values() if len({g for g, _ in pairs}) > 1]
    return {
        "dataset": "NewsMTSC",
        "split": f"held-out part of {Path(path).name} ({tonefit.DEV_SHARE:.0%} of articles by sha256 of their id)",
        "data_sha256": tonefit.file_sha256(path),
        "articles": len(order),
        "targets": len(held),
        "missed_targets": missed,
        "metrics": metrics,
        "distinguished": {"sentences": len(differing),
                          "different_labels": sum(len({p for _, p in pairs}) > 1 for pairs in differing)},
    }


def format_table(results: dict[str, Any]) -> str:
    """The Markdown table of one NewsMTSC result."""
    m = results["metrics"]
    lines = [
        f"NewsMTSC, {results['split']}: {results['targets']} targets in {results['articles']} articles; "
        f"{stats.provenance(results)}",
        "",
        "| figure | macro-F1 | accuracy | F1 of negative and positive | n |",
        "|---|---|---|---|---|",
    ]
    names = (("package", "package, tone per mention (missed targets count as neutral)"),
             ("package_found", "package, targets a mention overlaps"),
             ("vader_sentence", "VADER on the whole sentence (baseline)"),
             ("package_multi_target", "package, sentences with 2+ targets"),
             ("vader_sentence_multi_target", "VADER on the whole sentence, 2+ targets"))
    for key, name in names:
        x = m[key]
        cells = " | ".join(stats.interval(x[k]) for k in ("macro_f1", "accuracy", "f1_pos_neg"))
        lines.append(f"| {name} | {cells} | {x['macro_f1']['n']} |")
    d = results["distinguished"]
    lines += ["", f"Targets no package mention overlaps: {results['missed_targets']} of {results['targets']}. "
              f"Sentences whose targets the annotators labelled differently: {d['sentences']}; the package gives "
              f"them different labels in {d['different_labels']}."]
    return "\n".join(lines)
