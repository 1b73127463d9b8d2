"""Named entities and actor mentions, with the project codebook.

The pinned spaCy model's NER runs with an entity ruler in front of it, fed by
the codebook (:mod:`analysis.text.codebook`, :mod:`analysis.text.nlp`): every alias of a canonical actor is
labelled with the actor's label and counted under its canonical name, so
"Lavrov" and "Sergei Lavrov" are one PERSON and "IS" is the Islamic State.
Entities outside the codebook still count, under the model's label and their
surface form (a leading "the" and a trailing possessive removed).

Only body text counts: the date header and the credit line are not parsed.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.text.article import Article
from analysis.text.codebook import Codebook, default_codebook
from analysis.text.nlp import parse

ACTOR_LABELS = ("PERSON", "ORG", "GPE")
"""Entities with these labels are actors (besides every codebook actor)."""

MENTION_COLUMNS = ["name", "label", "text", "paragraph", "sentence", "start", "end", "voice", "codebook"]


def entity_docs(article: Article, codebook: Codebook) -> tuple:
    """One spaCy ``Doc`` per body paragraph, with ``codebook``-corrected entities.

    With the project codebook these are the loader's own docs (parsed once); another codebook re-parses.
    """
    if codebook is default_codebook() and len(article.docs) == len(article.paragraphs):
        return article.docs
    return parse(tuple(p.text for p in article.paragraphs), codebook)


def _clean(text: str) -> tuple[str, int, int]:
    """A non-codebook surface form without a leading 'the' or a trailing possessive, and the trim."""
    lead = 0
    for article_word in ("the ", "The "):
        if text.startswith(article_word):
            lead = len(article_word)
    trail = 0
    for poss in ("’s", "'s"):
        if text.endswith(poss):
            trail = len(poss)
    return text[lead : len(text) - trail], lead, trail


def mentions(article: Article, docs: tuple) -> pd.DataFrame:
    """One row per entity mention in the body, in text order.

    Columns: ``name`` (canonical for codebook actors, else the cleaned surface
    form), ``label``, ``text`` (as in the article), ``paragraph``, ``sentence``,
    ``start``, ``end`` (offsets into the raw file), ``voice`` (``"quoted"``
    inside a direct quotation, else ``"writer"``), ``codebook`` (bool).
    """
    rows = []
    sentences = article.sentences
    for para, doc in zip(article.paragraphs, docs, strict=True):
        for ent in doc.ents:
            in_book = bool(ent.ent_id_)
            text = ent.text
            lead = trail = 0
            if not in_book:
                text, lead, trail = _clean(text)
            start = para.start + ent.start_char + lead
            end = para.start + ent.end_char - trail
            sentence = next((s.index for s in sentences if s.start <= start < s.end), 0)
            rows.append({
                "name": ent.ent_id_ if in_book else " ".join(text.split()),
                "label": ent.label_,
                "text": article.raw[start:end],
                "paragraph": para.index,
                "sentence": sentence,
                "start": start,
                "end": end,
                "voice": "quoted" if article.in_direct_quote(start, end) else "writer",
                "codebook": in_book,
            })
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def entity_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """Entity counts: ``name, label, count, aliases, first_paragraph, codebook``.

    ``aliases`` lists the surface forms seen (sorted). Sorted by count
    (descending), ties by name, then label.
    """
    cols = ["name", "label", "count", "aliases", "first_paragraph", "codebook"]
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for r in mentions.itertuples():
        g = groups.setdefault((r.name, r.label), {"count": 0, "aliases": set(), "first_paragraph": r.paragraph,
                                                  "codebook": False})
        g["count"] += 1
        g["aliases"].add(r.text)
        g["first_paragraph"] = min(g["first_paragraph"], r.paragraph)
        g["codebook"] = g["codebook"] or bool(r.codebook)
    rows = [{"name": name, "label": label, "count": g["count"], "aliases": sorted(g["aliases"]),
             "first_paragraph": g["first_paragraph"], "codebook": g["codebook"]}
            for (name, label), g in sorted(groups.items(), key=lambda kv: (-kv[1]["count"], kv[0][0], kv[0][1]))]
    return pd.DataFrame(rows, columns=cols)


def actor_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions that are actors: every codebook actor, and other PERSON, ORG and GPE entities."""
    m = mentions
    return m[m["codebook"] | m["label"].isin(ACTOR_LABELS)].reset_index(drop=True)


def actor_order(actor_mentions: pd.DataFrame) -> list[str]:
    """Actors by number of mentions (descending), ties by name."""
    counts = actor_mentions.groupby("name").size()
    return sorted(counts.index, key=lambda n: (-counts[n], n))


def mentions_by_paragraph(article: Article, actor_mentions: pd.DataFrame, order: list[str]) -> pd.DataFrame:
    """Actor × paragraph mention counts (rows in actor ``order``, all body paragraphs as columns)."""
    m = actor_mentions
    paragraphs = [p.index for p in article.paragraphs]
    table = pd.crosstab(m["name"], m["paragraph"]).reindex(
        index=order, columns=paragraphs, fill_value=0
    )
    table.index.name, table.columns.name = "actor", "paragraph"
    return table


def cooccurrence(actor_mentions: pd.DataFrame, order: list[str]) -> pd.DataFrame:
    """Actor × actor: the number of sentences that mention both (the diagonal: sentences mentioning the actor)."""
    m = actor_mentions
    per_sentence = m.groupby("sentence")["name"].agg(lambda s: sorted(set(s)))
    table = pd.DataFrame(0, index=order, columns=order)
    for names in per_sentence:
        for a in names:
            for b in names:
                table.loc[a, b] += 1
    table.index.name = table.columns.name = "actor"
    return table
