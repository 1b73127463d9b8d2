"""Who said what, scored on PolNeAR (Newell, Margolin and Ruths, LREC 2018).

A PolNeAR split is a folder with ``text/<doc>.txt`` (the article) and
``attributions/<doc>_<annotator>.ann`` (brat standoff: ``Source``, ``Cue`` and
``Content`` spans joined by ``Attribution`` events). One annotation file per
article is used: the first in name order.

The figures, defined so they can be compared from one run to the next:

* **Gold direct quotations**: attributions with a source whose content
  contains a double quotation mark (straight ``"``, curly ``“ ”``, or two
  apostrophes ``''`` used as one). **Predicted**: the package's quotations of
  kind ``direct`` or ``partial``. Matches are character overlaps.

  - *Any overlap*: a gold item is found when a prediction overlaps it; a
    prediction is correct when it overlaps a gold item.
  - *Coverage*: a gold item is found when the predictions overlapping it
    together cover at least half of the characters of its content that lie
    inside quotation marks; a prediction is correct when it overlaps such an item.

* **Speaker accuracy**, over gold direct quotations found (any overlap) whose
  gold source is not only a pronoun: the prediction overlapping most is right
  when the last word of its speaker (case-insensitive) is a word of the gold
  source text; a missing speaker is wrong.
* **Gold reported speech**: attributions with a cue and no double quotation
  mark in the content. **Predicted**: quotations of kind ``indirect``. A match
  is an overlap of the cue spans. Reported beside it, not in it: how many false
  alarms hold a quoted phrase and have the cue of an annotated attribution whose
  content holds a mark ("called the plan “a disaster”": the package reports the
  statement and its partial quotation; PolNeAR annotates one mixed quotation,
  scored with the direct ones).

The article text is given to the loader with every newline made a paragraph
break (PolNeAR separates paragraphs with one or two newlines), and the
predicted offsets are mapped back to the original text.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analysis.errors import ConfigError
from analysis.evaluation.brat import Document, read_ann
from analysis.measures.analysed import Analysis, analyse
from analysis.tables import none_if_missing
from analysis.text.article import load_article
from analysis.text.nlp import get_nlp

DOUBLE_MARKS = re.compile(r"''|[\"“”]")
"""A double quotation mark: straight, curly, or two apostrophes used as one."""

PRONOUNS = frozenset({
    "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "hers", "it", "its",
    "they", "them", "their", "who", "whom", "that", "which", "this", "these", "those",
})
"""A gold source made only of these words is a pronoun: its speaker cannot be checked by name."""

Segments = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: its content, source and cue spans (offsets into the original text)."""

    content: Segments
    source: Segments
    cue: Segments
    content_text: str
    source_text: str
    cue_text: str

    @property
    def quoted(self) -> bool:
        return bool(DOUBLE_MARKS.search(self.content_text))

    @property
    def direct(self) -> bool:
        """A direct quotation in the scoring's sense: a source, and a double mark in the content."""
        return bool(self.source) and self.quoted

    @property
    def reported(self) -> bool:
        """Reported speech in the scoring's sense: a cue, and no double mark in the content."""
        return bool(self.cue) and bool(self.content) and not self.quoted


@dataclass(frozen=True)
class Predicted:
    """One quotation the package found, offsets mapped to the original text."""

    kind: str
    start: int
    end: int
    speaker: str | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker_start: int | None = None
    """Where the words naming the speaker are (None when the speaker is carried over or unknown)."""
    speaker_end: int | None = None


@dataclass
class Counts:
    """Per-article counts behind one precision/recall pair: correct predictions of all, found gold of all."""

    correct: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0


@dataclass
class ArticleScore:
    """Everything scored for one article."""

    doc: str
    direct_any: Counts = field(default_factory=Counts)
    direct_coverage: Counts = field(default_factory=Counts)
    speaker_right: int = 0
    speaker_total: int = 0
    speaker_missing: int = 0
    reported: Counts = field(default_factory=Counts)
    reported_mixed: int = 0
    """False alarms of reported speech holding a quoted phrase whose cue is an annotated quotation's (mixed)."""
    missed_cues: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------------------ reading

def _segments_text(text: str, segments: Segments) -> str:
    return " ".join(text[s:e] for s, e in segments)


def gold_attributions(doc: Document, text: str) -> list[GoldAttribution]:
    """The attributions of one annotation file (``Attribution`` and ``Attribution-no-source`` events)."""
    def segs(ev, role: str) -> Segments:
        return tuple(sorted(seg for sid in ev.role(role) if sid in doc.spans for seg in doc.spans[sid].segments))

    out = []
    for ev in doc.events:
        if not ev.type.startswith("Attribution"):
            continue
        content, source, cue = segs(ev, "Content"), segs(ev, "Source"), segs(ev, "Cue")
        out.append(GoldAttribution(content, source, cue, _segments_text(text, content),
                                   _segments_text(text, source), _segments_text(text, cue)))
    return out


def split_files(folder: Path) -> list[tuple[str, Path, Path]]:
    """``(doc, text file, annotation file)`` per article of a PolNeAR split, the first annotator in name order."""
    texts, anns = folder / "text", folder / "attributions"
    if not texts.is_dir() or not anns.is_dir():
        raise ConfigError(f"{folder}: not a PolNeAR split (expected text/ and attributions/ folders)")
    by_doc: dict[str, Path] = {}
    for ann in sorted(anns.glob("*.ann")):
        doc = ann.stem.rsplit("_", 1)[0]
        by_doc.setdefault(doc, ann)
    out = [(doc, texts / f"{doc}.txt", ann) for doc, ann in sorted(by_doc.items()) if (texts / f"{doc}.txt").is_file()]
    if not out:
        raise ConfigError(f"{folder}: no article has both a text and an annotation file")
    return out


def paragraph_text(text: str) -> tuple[str, list[int]]:
    """``text`` with every newline run made a blank line, and for each character of it its original offset
    (``len(text)`` at the end), so that ``orig[i]`` maps a converted offset back."""
    out: list[str] = []
    orig: list[int] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] == "\n":
            j = i
            while j < n and text[j] in "\r\n":
                j += 1
            out.append("\n\n")
            orig += [i, i]
            i = j
            continue
        out.append(text[i])
        orig.append(i)
        i += 1
    orig.append(n)
    return "".join(out), orig


def back_offsets(orig: list[int], start: int, end: int) -> tuple[int, int]:
    """Offsets in the original text of a span of :func:`paragraph_text`'s converted text."""
    return orig[start], (orig[end - 1] + 1 if end > start else orig[start])


def analysed(text: str, workdir: Path, name: str = "article.txt") -> tuple[Analysis, list[int]]:
    """The package's analysis of ``text`` (loaded with every newline a paragraph break, from ``workdir/name``),
    and the map of :func:`paragraph_text` back to offsets in ``text``."""
    converted, orig = paragraph_text(text)
    path = workdir / name
    path.write_text(converted, encoding="utf-8")
    return analyse(load_article(path)), orig


def quotations(analysis: Analysis, orig: list[int]) -> list[Predicted]:
    """The quotations of an :func:`analysed` article, offsets in the original text."""
    out = []
    for r in analysis.quotes_table.itertuples():
        start, end = back_offsets(orig, r.start, r.end)
        cue_start = cue_end = speaker_start = speaker_end = None
        if none_if_missing(r.cue_start) is not None:
            cue_start, cue_end = back_offsets(orig, int(r.cue_start), int(r.cue_end))
        if none_if_missing(r.speaker_start) is not None:
            speaker_start, speaker_end = back_offsets(orig, int(r.speaker_start), int(r.speaker_end))
        out.append(Predicted(r.kind, start, end, none_if_missing(r.speaker), none_if_missing(r.cue),
                             cue_start, cue_end, speaker_start, speaker_end))
    return out


def predictions(text: str, workdir: Path, name: str = "article.txt") -> list[Predicted]:
    """Run the package on ``text`` and return its quotations, offsets in ``text``."""
    return quotations(*analysed(text, workdir, name))


# ------------------------------------------------------------------------------------------ scoring

def overlap(a: Segments, start: int, end: int) -> int:
    return sum(max(0, min(e, end) - max(s, start)) for s, e in a)


def quoted_chars(text: str, segments: Segments) -> set[int]:
    """Offsets of the content's characters inside double quotation marks (marks paired in order; an unclosed
    mark runs to the end of its segment). All content characters when it has no mark."""
    inside: set[int] = set()
    for s, e in segments:
        marks = [(m.start() + s, m.end() + s) for m in DOUBLE_MARKS.finditer(text[s:e])]
        for k in range(0, len(marks), 2):
            open_end = marks[k][1]
            close_start = marks[k + 1][0] if k + 1 < len(marks) else e
            inside.update(range(open_end, close_start))
    if not inside:
        inside = {i for s, e in segments for i in range(s, e)}
    return inside


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def is_pronoun(source_text: str) -> bool:
    """Whether a gold source is only pronouns (its speaker cannot be checked by name)."""
    words = _words(source_text)
    return bool(words) and all(w in PRONOUNS for w in words)


def speaker_matches(predicted: str | None, source_text: str) -> bool:
    """The last word of the predicted speaker is a word of the gold source text (case-insensitive)."""
    if not predicted:
        return False
    words = _words(predicted)
    return bool(words) and words[-1] in set(_words(source_text))


def best_match(content: Segments, candidates: Sequence[Predicted]) -> Predicted:
    """The prediction overlapping ``content`` most (ties: the earliest); ``candidates`` must not be empty."""
    return max(candidates, key=lambda p: (overlap(content, p.start, p.end), -p.start))


def score_article(doc: str, text: str, gold: Sequence[GoldAttribution], pred: Sequence[Predicted]) -> ArticleScore:
    """Every figure's counts for one article (definitions in the module docstring)."""
    out = ArticleScore(doc)
    direct_gold = [g for g in gold if g.direct]
    direct_pred = [p for p in pred if p.kind in ("direct", "partial")]

    # any overlap
    hits = {i: [p for p in direct_pred if overlap(g.content, p.start, p.end) > 0] for i, g in enumerate(direct_gold)}
    out.direct_any = Counts(
        correct=sum(1 for p in direct_pred if any(overlap(g.content, p.start, p.end) > 0 for g in direct_gold)),
        predicted=len(direct_pred), found=sum(1 for v in hits.values() if v), gold=len(direct_gold))

    # coverage
    covered = []
    for i, g in enumerate(direct_gold):
        inside = quoted_chars(text, g.content)
        got = {c for p in hits[i] for c in range(p.start, p.end)} & inside
        covered.append(len(got) >= 0.5 * len(inside))
    found_items = [g for g, ok in zip(direct_gold, covered, strict=True) if ok]
    out.direct_coverage = Counts(
        correct=sum(1 for p in direct_pred if any(overlap(g.content, p.start, p.end) > 0 for g in found_items)),
        predicted=len(direct_pred), found=len(found_items), gold=len(direct_gold))

    # speakers
    for i, g in enumerate(direct_gold):
        if not hits[i] or is_pronoun(g.source_text):
            continue
        best = best_match(g.content, hits[i])
        out.speaker_total += 1
        out.speaker_missing += best.speaker is None
        out.speaker_right += speaker_matches(best.speaker, g.source_text)

    # reported speech
    reported_gold = [g for g in gold if g.reported]
    # a transcript's turn ("GREEN: I think ...") is scored as the labelled statement it was before turns had a kind
    reported_pred = [p for p in pred if p.kind in ("indirect", "turn") and p.cue_start is not None]

    def cue_hit(g: GoldAttribution, p: Predicted) -> bool:
        return overlap(g.cue, p.cue_start, p.cue_end) > 0  # type: ignore[arg-type]

    found = [any(cue_hit(g, p) for p in reported_pred) for g in reported_gold]
    out.reported = Counts(correct=sum(1 for p in reported_pred if any(cue_hit(g, p) for g in reported_gold)),
                          predicted=len(reported_pred), found=sum(found), gold=len(reported_gold))
    out.missed_cues = [g.cue_text for g, ok in zip(reported_gold, found, strict=True) if not ok]
    quoted_cues = [g for g in gold if g.cue and g.quoted]
    out.reported_mixed = sum(1 for p in reported_pred if not any(cue_hit(g, p) for g in reported_gold)
                             and DOUBLE_MARKS.search(text[p.start:p.end]) and any(cue_hit(g, p) for g in quoted_cues))
    return out


def missed_cue_lemmas(scores: Iterable[ArticleScore], top: int = 20) -> list[tuple[str, int]]:
    """The cue lemmas of the gold reported speech most often missed, with counts (ties by lemma)."""
    nlp = get_nlp()
    counts: Counter[str] = Counter()
    for s in scores:
        for cue in s.missed_cues:
            doc = nlp(cue)
            counts[" ".join(t.lemma_.lower() for t in doc if not t.is_punct) or cue.lower()] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]


def run(folder: Path, limit: int | None = None) -> list[ArticleScore]:
    """Score the package on every article of a PolNeAR split folder (the first ``limit`` articles if given)."""
    files = split_files(folder)[:limit]
    scores = []
    with tempfile.TemporaryDirectory() as tmp:
        for doc, text_path, ann_path in files:
            text = text_path.read_text(encoding="utf-8")
            gold = gold_attributions(read_ann(ann_path), text)
            scores.append(score_article(doc, text, gold, predictions(text, Path(tmp))))
    return scores
