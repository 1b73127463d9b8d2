"""Statements counted once: which cue rows of the quotes table tell the same remark.

A remark is often told more than once: a lede's "the ministry said it would act" and, a paragraph later, the
minister's "We will act", or "Voicing concern over the floods, the council urged residents to leave" (two cues,
one remark). The quotes table keeps one row per cue (the accuracy measures count cues); the ``statement`` column
gives the rows of one remark the same number, so that counts in findings and figures count remarks.

Two rows tell the same remark when they are spoken for the same side (the same speaker, or speakers the
codebook puts on one side: a minister and her state) and one of these holds:

* one row lies inside the other (a partial quotation inside the statement that carries it);
* their cues stand in the same sentence ("denied the report and said ...");
* a direct quotation with no cue of its own continues the side's previous direct quotation in the same or the
  previous paragraph ("“We won,” Lee said. “Now we rest.”");
* they are in the same or adjacent paragraphs and their contents share at least :data:`MIN_SHARED` content
  words (lemmas of nouns, verbs, adjectives and numbers that are not stop words nor part of a name), at least
  :data:`MIN_SHARE` of the smaller content's.

A statement is a connected group of such pairs, numbered from 1 in text order. A row nobody speaks (no speaker)
joins the rows it lies inside or holds when they are all of one side, else it stays a remark of its own; scare
quotes are nobody's statement (no number).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any

import pandas as pd

from analysis.text.article import Article

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "NUM"})
"""Parts of speech of content words. Names are left out, with every word of a named entity: two remarks about
the same people and places ("food for Vesta", "an embassy in Vesta") are not one remark for that."""
MIN_SHARED = 2
"""Content words two contents must share to be one remark."""
MIN_SHARE = 0.3
"""...and the share of the smaller content's words they must be."""
SPOKEN = ("direct", "indirect", "partial", "turn")


def _content_words(article: Article, docs: tuple) -> Callable[[int, int], frozenset[str]]:
    """A lookup ``(start, end) -> content lemmas`` of the body tokens in that span of the raw text (read only
    for the rows a comparison needs)."""
    paragraphs = list(zip(article.paragraphs, docs, strict=True))

    def lookup(start: int, end: int) -> frozenset[str]:
        out = set()
        for para, doc in paragraphs:
            if para.end <= start or para.start >= end:
                continue
            span = doc.char_span(max(start, para.start) - para.start, min(end, para.end) - para.start,
                                 alignment_mode="expand")
            for t in span if span is not None else ():
                if t.pos_ in CONTENT_POS and not t.ent_type_ and not t.is_stop and any(ch.isalnum() for ch in t.text):
                    out.add(t.lemma_.lower())
        return frozenset(out)

    return lookup


def _sentence_of(article: Article) -> Callable[[int], int]:
    bounds = [s.start for s in article.sentences]
    return lambda offset: bisect_right(bounds, offset) - 1


def same_content(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two contents share enough words to be one remark told twice."""
    shared = len(a & b)
    return shared >= MIN_SHARED and shared >= MIN_SHARE * min(len(a), len(b))


def statement_ids(rows: list[dict[str, Any]], article: Article, docs: tuple,
                  side: Callable[[str], str] = lambda name: name) -> list[int | None]:
    """The statement number of each row of the quotes table (``rows``, in table order), None for a scare quote.
    ``side`` maps a speaker to the side it speaks for (:meth:`analysis.text.codebook.Codebook.side`)."""
    words = _content_words(article, docs)
    sentence = _sentence_of(article)
    spoken = [i for i, r in enumerate(rows) if r["kind"] in SPOKEN]
    parent = {i: i for i in spoken}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    info = {}
    for i in spoken:
        r = rows[i]
        who = r["speaker"] if isinstance(r["speaker"], str) else None
        cue = r["start"] if pd.isna(r["cue_start"]) else r["cue_start"]
        info[i] = (side(who) if who else None, int(r["paragraph"]), sentence(int(cue)))
    content: dict[int, frozenset[str]] = {}

    def words_of(i: int) -> frozenset[str]:
        if i not in content:
            content[i] = words(int(rows[i]["start"]), int(rows[i]["end"]))
        return content[i]

    previous: dict[str, int] = {}  # the side's latest direct quotation
    for i in spoken:
        r, (side_i, para_i, _) = rows[i], info[i]
        if r["kind"] != "direct" or side_i is None:
            continue
        if not isinstance(r["cue"], str) and side_i in previous and para_i - info[previous[side_i]][1] <= 1:
            union(i, previous[side_i])  # "“...,” Lee said. “...”": a quotation with no cue of its own continues
        previous[side_i] = i
    around_nobody: dict[int, list[int]] = {}  # a row with no speaker -> the spoken rows it holds or lies in
    for x, i in enumerate(spoken):
        ri, (side_i, para_i, sent_i) = rows[i], info[i]
        for j in spoken[x + 1:]:
            rj, (side_j, para_j, sent_j) = rows[j], info[j]
            inside = (ri["start"] <= rj["start"] and rj["end"] <= ri["end"]) or (
                rj["start"] <= ri["start"] and ri["end"] <= rj["end"])
            one_side = side_i is not None and side_i == side_j
            told_again = one_side and (sent_i == sent_j or (
                abs(para_i - para_j) <= 1 and same_content(words_of(i), words_of(j))))
            if (inside and one_side) or told_again:
                union(i, j)
            elif inside and (side_i is None) != (side_j is None):
                nobody, other = (i, j) if side_i is None else (j, i)
                around_nobody.setdefault(nobody, []).append(other)
    for nobody, others in around_nobody.items():  # a row nobody speaks joins the one side around or inside it
        if len({info[j][0] for j in others}) == 1:
            for j in others:
                union(nobody, j)
    numbers: dict[int, int] = {}
    out: list[int | None] = []
    for i in range(len(rows)):
        if i not in parent:
            out.append(None)
            continue
        root = find(i)
        numbers.setdefault(root, len(numbers) + 1)
        out.append(numbers[root])
    return out
