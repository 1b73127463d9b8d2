"""How often each verb, with each kind of complement, is an annotated attribution cue in a PolNeAR split.

``python -m analysis.evaluation cues PATH [--min N]`` prints, per cue
candidate (a verb lemma, or a verb with its particle) and complement kind
(:func:`analysis.measures.attribution.complements`), how many times it occurs and
how many of those times its token lies inside an annotated cue. The
reporting-cue lexicon (``analysis/data/reporting_verbs.csv``) records these
counts from the train split in its ``basis`` column; this is how they are
made again. Only counts are printed, never text.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from analysis.evaluation import polnear
from analysis.evaluation.brat import read_ann
from analysis.measures.attribution import complements
from analysis.text.nlp import get_nlp

CONTENT_PREPOSITIONS = frozenset(("about", "of", "on", "for", "against", "to", "as", "over", "at"))
"""Prepositions that can carry what was said ("talked about ..."), not a time or a place ("said on Monday")."""


def cue_counts(folder: Path, limit: int | None = None) -> dict[tuple[str, str], list[int]]:
    """``{(cue candidate, complement kind): [occurrences, inside an annotated cue]}`` over a split."""
    nlp = get_nlp()
    out: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for _, text_path, ann_path in polnear.split_files(folder)[:limit]:
        text = text_path.read_text(encoding="utf-8")
        cue_chars = {i for g in polnear.gold_attributions(read_ann(ann_path), text) for s, e in g.cue
                     for i in range(s, e)}
        converted, orig = polnear.paragraph_text(text)
        for t in nlp(converted):
            if t.pos_ not in ("VERB", "AUX") and t.lower_ != "according":
                continue
            name = t.lemma_.lower()
            prt = [c.lower_ for c in t.children if c.dep_ == "prt"]
            if prt:
                name = f"{name} {prt[0]}"
            kinds = list(complements(t))
            hit = orig[t.idx] in cue_chars
            for kind in kinds:
                out[name, kind][0] += 1
                out[name, kind][1] += hit
    return dict(out)


def main(folder: Path, minimum: int = 3, limit: int | None = None) -> int:
    rows = [(h, n, name, kind) for (name, kind), (n, h) in cue_counts(folder, limit).items() if h >= minimum]
    rows.sort(key=lambda r: (-r[0], r[2], r[3]))
    print("cue\tcomplement\tin a cue\toccurrences\tshare")
    for h, n, name, kind in rows:
        print(f"{name}\t{kind}\t{h}\t{n}\t{h / n:.2f}")
    return 0
