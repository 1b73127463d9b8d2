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
  distancing reporting verbs of :mod:`analysis.measures.attribution`, per voice: ``writer``
  for the narration, the speaker for words inside a direct quotation.

A lexicon counts vocabulary, not meaning: "security" in "security vacuum"
and in "security guarantees" count alike, and a frame can be present in words
the writer quotes to criticise it.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from functools import lru_cache
from itertools import product
from typing import Any

import pandas as pd
from spacy.matcher import Matcher
from spacy.tokens import Token

from analysis.errors import ConfigError
from analysis.measures import framemodel
from analysis.measures.attribution import enclosing_speech
from analysis.paths import DATA
from analysis.tables import rows_by
from analysis.text.article import Article
from analysis.text.datafile import header_version, read_rows
from analysis.text.spelling import variants

FRAMES_FILE = DATA / "frames.csv"
BACKGROUND_FILE = DATA / "frame_background.csv"
BACKGROUND_SEMEVAL_FILE = DATA / "frame_background_semeval.csv"
REFERENCES = {"salience": "US political news of 2015-2016 (PolNeAR train)",
              "salience_semeval": "online news of 2019-2022 (SemEval-2023 train)"}
"""The salience columns and the news each compares with, as the findings name it: a rate says as much about
the genre as about the article, so a frame is never "far above typical news" without saying which news."""
BACKGROUND_HEADER = ["frame", "hits", "articles_with_hits", "words", "articles"]
PRIOR_WORDS = 500
"""Weight of the informative prior in the log-odds, in words: the background's rates count as much as 500
words of typical news (about one short article), so a short text's salience does not swing on one word."""
PRESENCE_MIN_WEIGHT = 2
"""Distinct lemmas of evidence a present frame needs (a lemma in the lede counts twice)."""
PRESENCE_MIN_Z = -1.96
"""A frame used significantly less than typical news uses it (salience below this) is not present, however
many words it has: two incidental money words in a long article do not make an economic frame."""
LEXICON_METHOD_MIN_Z = 1.96
"""The frames nobody annotated (decided by the lexicon) are present only when their vocabulary is also clearly
denser than in both references of news: two everyday words ("a meeting", "talk to your provider") do not make
a diplomatic frame in a health story."""
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
def lexicon_version(path=FRAMES_FILE) -> str:
    """The frame lexicon's version, as its header states it ("Version 2, ..."), for figures' source lines."""
    return header_version(path)


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


TITLE_DEPS = frozenset({"compound", "amod", "appos", "poss"})
"""Dependencies that tie a word to the name it qualifies ("foreign minister Sergei Lavrov", "Lavrov, Russia's
foreign minister")."""
RECOGNISED_OBJECTS = frozenset({"government", "regime", "state", "independence", "sovereignty", "administration",
                                "authority", "legitimacy", "border", "right", "marriage", "union", "country",
                                "election", "result", "claim", "annexation", "status"})
"""What "recognise" / "recognition" takes in its legal and diplomatic sense (besides a named country, group or
organisation): "recognised the government", not "recognised the efforts"."""
RECOGNISED_ENTITIES = frozenset({"GPE", "ORG", "NORP"})


def in_job_title(span) -> bool:
    """Whether every word of ``span`` only qualifies a person's name: a job title ("foreign minister Sergei
    Lavrov", "Lavrov, the foreign minister"), which names the person, not a frame."""
    def names_person(tok) -> bool:
        return tok.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)

    def person_above(tok) -> bool:
        seen = 0
        while seen < 6:
            if names_person(tok):  # the hit itself is never inside a name (those are left out before)
                return True
            if tok.dep_ not in TITLE_DEPS or tok.head is tok:
                return False
            tok, seen = tok.head, seen + 1
        return False
    return all(person_above(t) for t in span)


def recognition_misread(span) -> bool:
    """Whether a "recognise"/"recognition" hit is the word's everyday sense ("recognised the efforts",
    "recognition of her work"): its object is neither a named country, group or organisation nor one of
    :data:`RECOGNISED_OBJECTS`. Other words: never."""
    head = span[-1]
    if head.lemma_.lower() not in ("recognise", "recognize", "recognition"):
        return False
    if head.pos_ == "VERB":
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        objects = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
    return bool(objects) and not any(o.ent_type_ in RECOGNISED_ENTITIES or o.lemma_.lower() in RECOGNISED_OBJECTS
                                     for o in objects)


def _hits(article: Article, docs: tuple, entries: tuple[tuple[str, str], ...],
          misread=None) -> list[dict[str, Any]]:
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
            if misread is not None and misread(span):
                continue
            start, end = para.start + span.start_char, para.start + span.end_char
            k = bisect_right(starts, start) - 1  # the last sentence starting at or before the hit
            sentence = article.sentences[k].index if k >= 0 and start < article.sentences[k].end else 0
            out.append({"rule": rule, "text": article.raw[start:end],
                        "lemma": " ".join(t.lemma_.lower() for t in span), "paragraph": para.index,
                        "sentence": sentence, "start": start, "end": end,
                        "voice": "quoted" if article.in_direct_quote(start, end) else "writer"})
    return out


def _outranked(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The hits left when a multi-word term outranks the words inside it across frames: a hit strictly
    inside a longer hit of another frame is dropped ("security council" is diplomacy, not also security).
    Hits of the same span in two frames both stay (a word may be evidence for two frames)."""
    spans = [(r["start"], r["end"]) for r in rows]
    return [r for r in rows if not any(s <= r["start"] and r["end"] <= e and (e - s) > (r["end"] - r["start"])
                                       for s, e in spans)]


def misread_sense(span) -> bool:
    """A hit in a sense the lexicon does not mean, not counted as frame evidence: a job title
    (:func:`in_job_title`) or recognition in its everyday sense (:func:`recognition_misread`)."""
    return in_job_title(span) or recognition_misread(span)


def frame_evidence(article: Article, docs: tuple) -> pd.DataFrame:
    """One row per frame hit: ``frame, text, lemma, paragraph, sentence, start, end, voice``.

    ``docs`` are the article's parsed paragraphs. Sorted by position, then frame.
    """
    lex = load_frame_lexicon()
    entries = tuple((f, term) for f, terms in lex.items() for term, _ in terms)
    rows = _outranked([{"frame": h.pop("rule"), **h} for h in _hits(article, docs, entries, misread_sense)])
    out = pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)
    order = {f: i for i, f in enumerate(FRAMES)}
    return out.assign(_o=out["frame"].map(order)).sort_values(["start", "_o"]).drop(columns="_o").reset_index(drop=True)


@lru_cache(maxsize=4)
def load_background(path=BACKGROUND_FILE) -> tuple[dict[str, int], int]:
    """``({frame: hits}, words)`` of the reference corpus (validated: every frame once, whole numbers, the same
    word total on every row)."""
    hits: dict[str, int] = {}
    totals = set()
    for n, (frame, h, _articles_with_hits, words, _articles) in read_rows(path, BACKGROUND_HEADER):
        if frame not in FRAMES:
            raise ConfigError(f"{path}:{n}: unknown frame {frame!r}")
        if frame in hits:
            raise ConfigError(f"{path}:{n}: frame {frame!r} is listed twice")
        try:
            hits[frame], total = int(h), int(words)
        except ValueError:
            raise ConfigError(f"{path}:{n}: hits and words must be whole numbers") from None
        totals.add(total)
    missing = [f for f in FRAMES if f not in hits]
    if missing or len(totals) != 1 or min(totals) <= 0:
        raise ConfigError(f"{path}: needs every frame once with one positive word total (missing: "
                          f"{', '.join(missing) or 'none'})")
    return hits, totals.pop()


def salience(hits: int, words: int, background_hits: int, background_words: int,
             prior_words: float = PRIOR_WORDS) -> float:
    """How much more (z > 0) or less (z < 0) a text uses a frame's vocabulary than the reference corpus:
    the weighted log-odds ratio with an informative Dirichlet prior, divided by its standard deviation
    (Monroe, Colaresi and Quinn 2008, "Fightin' Words", eq. 16 and 18), the prior being the corpus's own
    rate weighted as ``prior_words`` words. 0 for a text without words."""
    if words <= 0:
        return 0.0
    alpha = prior_words * background_hits / background_words
    a = max(alpha, 1e-9)

    def log_odds(y: float, n: float) -> float:
        return math.log((y + a) / (n + prior_words - y - a))

    delta = log_odds(hits, words) - log_odds(background_hits, background_words)
    return delta / math.sqrt(1 / (hits + a) + 1 / (background_hits + a))


SCORE_COLUMNS = ["frame", "name", "hits", "score", "lede_hits", "writer_hits", "quoted_hits", "lemmas",
                 "lede_lemmas", "salience", "lede_salience", "salience_semeval", "lexicon_present", "method",
                 "probability", "threshold", "present", "words"]


def lexicon_decision(lemmas: int, lede_lemmas: int, z: float) -> bool:
    """The lexicon's presence decision: at least :data:`PRESENCE_MIN_WEIGHT` distinct lemmas of evidence, a
    lede lemma counting twice, and salience at least :data:`PRESENCE_MIN_Z`."""
    return bool(lemmas + lede_lemmas >= PRESENCE_MIN_WEIGHT and z >= PRESENCE_MIN_Z)


def frame_scores(article: Article, evidence: pd.DataFrame) -> pd.DataFrame:
    """One row per frame (every frame, zeros included), in :data:`FRAMES` order: ``frame, name, hits, score,
    lede_hits, writer_hits, quoted_hits, lemmas, lede_lemmas, salience, lede_salience, salience_semeval,
    lexicon_present, method, probability, threshold, present, words``.

    ``score`` = hits per 100 body words; ``lemmas`` = distinct lemmas of the evidence (``lede_lemmas`` in
    paragraph 1); ``salience`` = :func:`salience` of the body against PolNeAR's rates
    (:data:`BACKGROUND_FILE`; ``lede_salience``: of the lede), ``salience_semeval`` against SemEval's
    (:data:`BACKGROUND_SEMEVAL_FILE`; :data:`REFERENCES` names both); ``lexicon_present`` =
    :func:`lexicon_decision`. ``present`` is the decision of the frame model
    (:mod:`analysis.measures.framemodel`, ``method`` = ``model``: ``probability`` reaches ``threshold`` and the
    article is over the vocabulary floor) for the fourteen annotated frames, and ``lexicon_present`` with
    both saliences at least :data:`LEXICON_METHOD_MIN_Z`, over the same floor (``method`` = ``lexicon``, no
    probability), for the two frames the project adds; ``words``
    are the article's words and phrases that pushed the model's probability up most.
    """
    by_frame = rows_by(evidence, "frame")
    background, background_words = load_background()
    semeval, semeval_words = load_background(BACKGROUND_SEMEVAL_FILE)
    words = len(article.words)
    lede_words = sum(1 for w in article.words if w.paragraph == 1)
    rows = []
    for f, name in FRAMES.items():
        e = by_frame.get(f, [])
        lede = [r for r in e if r["paragraph"] == 1]
        lemmas, lede_lemmas = len({r["lemma"] for r in e}), len({r["lemma"] for r in lede})
        z = salience(len(e), words, background[f], background_words)
        rows.append({"frame": f, "name": name, "hits": len(e), "score": 100 * len(e) / words if words else 0.0,
                     "lede_hits": len(lede),
                     "writer_hits": sum(1 for r in e if r["voice"] == "writer"),
                     "quoted_hits": sum(1 for r in e if r["voice"] == "quoted"),
                     "lemmas": lemmas, "lede_lemmas": lede_lemmas, "salience": round(z, 4),
                     "lede_salience": round(salience(len(lede), lede_words, background[f], background_words), 4),
                     "salience_semeval": round(salience(len(e), words, semeval[f], semeval_words), 4),
                     "lexicon_present": lexicon_decision(lemmas, lede_lemmas, z)})
    unlabelled = {r["frame"]: bool(r["lexicon_present"] and min(r["salience"], r["salience_semeval"])
                                   >= LEXICON_METHOD_MIN_Z) for r in rows}
    decisions = framemodel.frame_decisions(article, evidence, unlabelled, list(FRAMES))
    for r, d in zip(rows, decisions.to_dict("records"), strict=True):
        r.update({k: d[k] for k in ("method", "probability", "threshold", "present", "words")})
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)


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
    ``quotes`` is the :func:`analysis.measures.attribution.quotes_table`.
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
