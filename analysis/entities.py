"""Named entities and actor mentions, with the project codebook.

The pinned spaCy model's NER runs with an entity ruler in front of it, fed by
the codebook (:mod:`analysis.codebook`): every alias of a canonical actor is
labelled with the actor's label and counted under its canonical name, so
"Lavrov" and "Sergei Lavrov" are one PERSON and "IS" is the Islamic State.
Entities outside the codebook still count, under the model's label and their
surface form (a leading "the" and a trailing possessive removed).

Only body text counts: the date header and the credit line are not parsed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pandas as pd

from analysis.article import Article
from analysis.cache import per_article
from analysis.codebook import Codebook, default_codebook

ACTOR_LABELS = ("PERSON", "ORG", "GPE")
"""Entities with these labels are actors (besides every codebook actor)."""

MENTION_COLUMNS = ["name", "label", "text", "paragraph", "sentence", "start", "end", "voice", "codebook"]


@lru_cache(maxsize=4)
def entity_nlp(codebook: Codebook):
    """The spaCy pipeline with the codebook's entity ruler before the NER (loaded once per codebook)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from analysis.nlp import fresh_model, model_name

    nlp = fresh_model(model_name())
    ruler = nlp.add_pipe("entity_ruler", name="codebook_ruler", before="ner")
    patterns = []
    for actor in codebook.actors:
        for alias in actor.aliases:
            tokens = [t.text for t in nlp.make_doc(alias)]
            pattern = [{"ORTH": t} for t in tokens]
            if len(tokens) == 1 and alias.isupper() and alias.lower() in STOP_WORDS:
                # "IS", "US": only where the tagger does not read an English verb or pronoun
                pattern = [{"ORTH": alias, "POS": {"NOT_IN": ["AUX", "VERB", "PRON"]}}]
            patterns.append({"label": actor.label, "pattern": pattern, "id": actor.name})
    ruler.add_patterns(patterns)
    return nlp


@lru_cache(maxsize=32)
def _parse(texts: tuple[str, ...], codebook: Codebook) -> tuple:
    return tuple(entity_nlp(codebook).pipe(texts))


def entity_docs(article: Article, codebook: Codebook | None = None) -> tuple:
    """One spaCy ``Doc`` per body paragraph, with codebook-corrected entities.

    With the project codebook these are the loader's own docs (parsed once); another codebook re-parses.
    """
    book = codebook or default_codebook()
    if book is default_codebook() and len(article.docs) == len(article.paragraphs):
        return article.docs
    return _parse(tuple(p.text for p in article.paragraphs), book)


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


@per_article
def mentions(article: Article, codebook: Codebook | None = None) -> pd.DataFrame:
    """One row per entity mention in the body, in text order.

    Columns: ``name`` (canonical for codebook actors, else the cleaned surface
    form), ``label``, ``text`` (as in the article), ``paragraph``, ``sentence``,
    ``start``, ``end`` (offsets into the raw file), ``voice`` (``"quoted"``
    inside a direct quotation, else ``"writer"``), ``codebook`` (bool).
    """
    rows = []
    sentences = article.sentences
    for para, doc in zip(article.paragraphs, entity_docs(article, codebook), strict=True):
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


@per_article
def entity_table(article: Article, codebook: Codebook | None = None) -> pd.DataFrame:
    """Entity counts: ``name, label, count, aliases, first_paragraph, codebook``.

    ``aliases`` lists the surface forms seen (sorted). Sorted by count
    (descending), ties by name, then label.
    """
    cols = ["name", "label", "count", "aliases", "first_paragraph", "codebook"]
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for r in mentions(article, codebook).itertuples():
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


def actor_mentions(article: Article, codebook: Codebook | None = None) -> pd.DataFrame:
    """The mentions that are actors: every codebook actor, and other PERSON, ORG and GPE entities."""
    m = mentions(article, codebook)
    return m[m["codebook"] | m["label"].isin(ACTOR_LABELS)].reset_index(drop=True)


def actor_order(article: Article, codebook: Codebook | None = None) -> list[str]:
    """Actors by number of mentions (descending), ties by name."""
    m = actor_mentions(article, codebook)
    counts = m.groupby("name").size()
    return sorted(counts.index, key=lambda n: (-counts[n], n))


def mentions_by_paragraph(article: Article, codebook: Codebook | None = None) -> pd.DataFrame:
    """Actor × paragraph mention counts (rows in :func:`actor_order`, all body paragraphs as columns)."""
    m = actor_mentions(article, codebook)
    paragraphs = [p.index for p in article.paragraphs]
    table = pd.crosstab(m["name"], m["paragraph"]).reindex(
        index=actor_order(article, codebook), columns=paragraphs, fill_value=0
    )
    table.index.name, table.columns.name = "actor", "paragraph"
    return table


def cooccurrence(article: Article, codebook: Codebook | None = None) -> pd.DataFrame:
    """Actor × actor: the number of sentences that mention both (the diagonal: sentences mentioning the actor)."""
    m = actor_mentions(article, codebook)
    order = actor_order(article, codebook)
    per_sentence = m.groupby("sentence")["name"].agg(lambda s: sorted(set(s)))
    table = pd.DataFrame(0, index=order, columns=order)
    for names in per_sentence:
        for a in names:
            for b in names:
                table.loc[a, b] += 1
    table.index.name = table.columns.name = "actor"
    return table


def plot_heatmap(article: Article, codebook: Codebook | None = None, top: int = 15):
    """Figure: mentions of the ``top`` actors in each paragraph."""
    import numpy as np

    from analysis.figures import add_source, new_figure

    table = mentions_by_paragraph(article, codebook).head(top)
    fig, ax = new_figure(figsize=(8.0, 0.6 + 0.32 * max(len(table), 4) + 1.0))
    values = table.to_numpy()
    im = ax.imshow(values, cmap="Blues", aspect="auto", vmin=0, vmax=max(1, int(values.max())))
    ax.set_xticks(range(table.shape[1]), [str(c) for c in table.columns])
    ax.set_yticks(range(table.shape[0]), list(table.index))
    ax.grid(False)
    for (i, j), v in np.ndenumerate(values):
        if v:
            ax.text(j, i, str(v), ha="center", va="center", fontsize=8,
                    color="white" if v > values.max() / 2 else "black")
    ax.set_xlabel("body paragraph")
    lead = table.index[0] if len(table) else "-"
    present = int((table.loc[lead] > 0).sum()) if len(table) else 0
    ax.set_title(f"{lead} is mentioned most, in {present} of {table.shape[1]} paragraphs")
    vmax = max(1, int(values.max())) if values.size else 1
    fig.colorbar(im, ax=ax, label="mentions", shrink=0.8, ticks=range(0, vmax + 1))
    fig.subplots_adjust(left=0.25, bottom=0.2)
    add_source(fig, article.source_line("spaCy NER with the project codebook"))
    return fig
