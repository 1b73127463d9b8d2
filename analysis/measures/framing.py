"""Frames with word evidence, and distance and certainty markers.

* Frames: a documented lexicon (``analysis/data/frames.csv``) covering the
  fourteen dimensions of the Media Frames Corpus (Card et al. 2015) plus
  ``humanitarian`` and ``diplomacy_legitimacy``. Terms are matched on spaCy
  lemmas (lower-cased), multi-word terms included, with British and American
  spellings (:mod:`analysis.text.spelling`). Within one frame overlapping matches
  keep the longest ("humanitarian crisis", not also "humanitarian"); a word
  may be evidence for two frames ("recognise": legality and diplomacy).
  Words inside names ("Islamic State", "European Union") are not evidence.
  Every hit keeps its words and offsets: frame evidence, not only a number.
* Scores are hits per 100 body words (higher = the frame's vocabulary is
  denser), for the body and per paragraph; the lede (paragraph 1) is
  reported on its own because it frames the rest.
* Distance markers: hedges and attribution-distance words
  (``analysis/data/distance_markers.csv``), the scare quotes and the
  distancing reporting verbs of :mod:`analysis.measures.quotes`, per voice: ``writer``
  for the narration, the speaker for words inside a direct quotation.

A lexicon counts vocabulary, not meaning: "security" in "security vacuum"
and in "security guarantees" count alike, and a frame can be present in words
the writer quotes to criticise it.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import product
from typing import Any

import pandas as pd
from spacy.matcher import Matcher
from spacy.tokens import Token

from analysis.errors import ConfigError
from analysis.measures.quotes import enclosing_speech
from analysis.paths import DATA
from analysis.tables import rows_by
from analysis.text.article import Article
from analysis.text.datafile import read_rows
from analysis.text.spelling import variants

FRAMES_FILE = DATA / "frames.csv"
MARKERS_FILE = DATA / "distance_markers.csv"

FRAMES = {
    "economic": "Economic",
    "capacity_resources": "Capacity and resources",
    "morality": "Morality",
    "fairness_equality": "Fairness and equality",
    "legality": "Legality",
    "policy_prescription": "Policy prescription and evaluation",
    "crime_punishment": "Crime and punishment",
    "security_defence": "Security and defence",
    "health_safety": "Health and safety",
    "quality_of_life": "Quality of life",
    "cultural_identity": "Cultural identity",
    "public_opinion": "Public opinion",
    "political": "Political",
    "external_regulation": "External regulation and reputation",
    "humanitarian": "Humanitarian",
    "diplomacy_legitimacy": "Diplomacy and legitimacy",
}
"""Frame ids (snake_case) and display names, in the MFC codebook's order, then the two added frames."""

MARKER_KINDS = ("distancing", "hedge")
NAME_LABELS = {"PERSON", "ORG", "GPE", "FAC", "LOC"}
"""Words inside names with these spaCy labels are not frame or marker evidence."""
EVIDENCE_COLUMNS = ["frame", "text", "lemma", "paragraph", "sentence", "start", "end", "voice"]


@lru_cache(maxsize=4)
def load_frame_lexicon(path=FRAMES_FILE) -> dict[str, tuple[tuple[str, str], ...]]:
    """``{frame: ((term, source), ...)}`` for every frame in :data:`FRAMES` (validated)."""
    out: dict[str, list[tuple[str, str]]] = {f: [] for f in FRAMES}
    seen: dict[tuple[str, str], int] = {}
    for n, (frame, term, source) in read_rows(path, ["frame", "term", "source"]):
        if frame not in FRAMES:
            raise ConfigError(f"{path}:{n}: unknown frame {frame!r} (expected one of {', '.join(FRAMES)})")
        key = (frame, " ".join(term.lower().split()))
        if key in seen:
            raise ConfigError(f"{path}:{n}: term {term!r} is listed twice for {frame!r} (line {seen[key]})")
        seen[key] = n
        out[frame].append((key[1], source))
    return {f: tuple(v) for f, v in out.items()}


@lru_cache(maxsize=4)
def load_markers(path=MARKERS_FILE) -> dict[str, str]:
    """``{term: kind}`` of the distance-marker lexicon (validated)."""
    out: dict[str, str] = {}
    for n, (term, kind) in read_rows(path, ["term", "kind"]):
        if kind not in MARKER_KINDS:
            raise ConfigError(f"{path}:{n}: unknown kind {kind!r} (expected one of {', '.join(MARKER_KINDS)})")
        t = " ".join(term.lower().split())
        if t in out:
            raise ConfigError(f"{path}:{n}: term {term!r} is listed twice")
        out[t] = kind
    return out


def _patterns(term: str) -> list[list[dict]]:
    options = [sorted(variants(tok)) for tok in term.split()]
    return [[{"_": {"lower_lemma": v}} for v in combo] for combo in product(*options)]


@lru_cache(maxsize=8)
def _matcher(entries: tuple[tuple[str, str], ...], vocab):
    """A spaCy Matcher on ``vocab`` (that of the docs it runs on) with one rule per frame (or marker kind),
    longest match kept within a rule."""
    if not Token.has_extension("lower_lemma"):
        Token.set_extension("lower_lemma", getter=lambda t: t.lemma_.lower())
    matcher = Matcher(vocab)
    groups: dict[str, list] = {}
    for rule, term in entries:
        groups.setdefault(rule, []).extend(_patterns(term))
    for rule, pats in groups.items():
        matcher.add(rule, pats, greedy="LONGEST")
    return matcher


def _hits(article: Article, docs: tuple, entries: tuple[tuple[str, str], ...]) -> list[dict[str, Any]]:
    if not docs:
        return []
    matcher = _matcher(entries, docs[0].vocab)
    out = []
    starts = [x.start for x in article.sentences]
    for para, doc in zip(article.paragraphs, docs, strict=True):
        for match_id, s, e in matcher(doc):
            rule = doc.vocab.strings[match_id]
            span = doc[s:e]
            if any(t.ent_type_ in NAME_LABELS for t in span):
                continue  # part of a name: the "State" of "Islamic State" is not political vocabulary
            start, end = para.start + span.start_char, para.start + span.end_char
            k = bisect_right(starts, start) - 1  # the last sentence starting at or before the hit
            sentence = article.sentences[k].index if k >= 0 and start < article.sentences[k].end else 0
            out.append({"rule": rule, "text": article.raw[start:end],
                        "lemma": " ".join(t.lemma_.lower() for t in span), "paragraph": para.index,
                        "sentence": sentence, "start": start, "end": end,
                        "voice": "quoted" if article.in_direct_quote(start, end) else "writer"})
    return out


def frame_evidence(article: Article, docs: tuple) -> pd.DataFrame:
    """One row per frame hit: ``frame, text, lemma, paragraph, sentence, start, end, voice``.

    ``docs`` are the article's parsed paragraphs. Sorted by position, then frame.
    """
    lex = load_frame_lexicon()
    entries = tuple((f, term) for f, terms in lex.items() for term, _ in terms)
    rows = [{"frame": h.pop("rule"), **h} for h in _hits(article, docs, entries)]
    out = pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)
    order = {f: i for i, f in enumerate(FRAMES)}
    return out.assign(_o=out["frame"].map(order)).sort_values(["start", "_o"]).drop(columns="_o").reset_index(drop=True)


def frame_scores(article: Article, evidence: pd.DataFrame) -> pd.DataFrame:
    """One row per frame (every frame, zeros included): ``frame, name, hits, score, lede_hits, writer_hits,
    quoted_hits``. ``score`` = hits per 100 body words. In :data:`FRAMES` order."""
    by_frame = rows_by(evidence, "frame")
    words = len(article.words)
    rows = []
    for f, name in FRAMES.items():
        e = by_frame.get(f, [])
        rows.append({"frame": f, "name": name, "hits": len(e), "score": 100 * len(e) / words if words else 0.0,
                     "lede_hits": sum(1 for r in e if r["paragraph"] == 1),
                     "writer_hits": sum(1 for r in e if r["voice"] == "writer"),
                     "quoted_hits": sum(1 for r in e if r["voice"] == "quoted")})
    return pd.DataFrame(rows, columns=["frame", "name", "hits", "score", "lede_hits", "writer_hits", "quoted_hits"])


def frames_by_paragraph(article: Article, evidence: pd.DataFrame, per_100_words: bool = True) -> pd.DataFrame:
    """Frame × paragraph: hits per 100 words of the paragraph (or raw hits)."""
    ev = evidence
    paras = [p.index for p in article.paragraphs]
    table = pd.crosstab(ev["frame"], ev["paragraph"]).reindex(index=list(FRAMES), columns=paras, fill_value=0)
    if per_100_words:
        lengths = pd.Series({p: sum(1 for w in article.words if w.paragraph == p) for p in paras})
        table = table.astype(float).div(lengths.where(lengths > 0), axis=1).fillna(0.0) * 100
    table.index.name, table.columns.name = "frame", "paragraph"
    return table


def distance_markers(article: Article, docs: tuple, quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per distance marker: ``voice, kind, text, target, paragraph, start, end``.

    ``kind`` is ``hedge`` or ``distancing`` (lexicon words), ``scare_quote``
    (the writer's marked words) or ``distancing_cue`` (a distancing reporting
    verb the writer uses for ``target``). ``voice`` is ``writer`` for the
    narration, or the speaker of the innermost quotation, partial quotation or reported statement the
    word sits in ("Putin expressed concern that a spillover was possible": Putin's hedge, not the writer's).
    ``quotes`` is the :func:`analysis.measures.quotes.quotes_table`.
    """
    q = quotes
    speech = enclosing_speech(q)

    def voice_at(start: int, end: int) -> str:
        inside, speaker = speech(start, end)
        return (speaker or "unattributed quotation") if inside else "writer"

    entries = tuple((kind, term) for term, kind in load_markers().items())
    rows = [{"voice": voice_at(h["start"], h["end"]), "kind": h["rule"], "text": h["text"], "target": None,
             "paragraph": h["paragraph"], "start": h["start"], "end": h["end"]}
            for h in _hits(article, docs, entries)]
    for r in q[q["kind"] == "scare"].itertuples():
        rows.append({"voice": "writer", "kind": "scare_quote", "text": r.text, "target": None,
                     "paragraph": r.paragraph, "start": r.start, "end": r.end})
    for r in q[q["cue_class"] == "distancing"].itertuples():
        rows.append({"voice": "writer", "kind": "distancing_cue", "text": r.cue,
                     "target": r.speaker if isinstance(r.speaker, str) else None,
                     "paragraph": r.paragraph, "start": r.start, "end": r.end})
    out = pd.DataFrame(rows, columns=["voice", "kind", "text", "target", "paragraph", "start", "end"])
    return out.sort_values(["start", "kind"]).reset_index(drop=True)
