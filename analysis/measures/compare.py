"""Several articles on one event, side by side: the tables.

The per-article part is :func:`record`, a pure function of one article's
:class:`~analysis.measures.analysed.Analysis` returning a small picklable
:class:`Record` (the CLI computes records in worker processes with
``--jobs``). Every table function takes a sequence of records; articles are
keyed by file stem. Columns are declared in :data:`analysis.schema.COMPARE_TABLES`.
The files, JSON and figures are written by :mod:`analysis.output.comparison`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.measures.analysed import Analysis
from analysis.measures.sentiment import analyzer
from analysis.schema import COMPARE_TABLES, table

DISTANCE_KEYS = ("hedges", "distancing", "distancing_cues", "scare_quotes")


def _columns(file: str) -> list[str]:
    return table(COMPARE_TABLES, file).names()


@dataclass(frozen=True)
class Record:
    """What the comparison needs from one article: small tables, picklable, computed once per article.

    Made by :func:`record`, in a worker process when ``--jobs`` asks for several; the article itself
    (text, spaCy docs) is not kept, so comparing many articles holds little in memory.
    """

    key: str
    outlet: str
    overview: dict[str, Any]
    arc: pd.DataFrame
    mentions: pd.Series
    labels: pd.DataFrame
    voices: pd.DataFrame
    cues: pd.DataFrame
    frames: pd.DataFrame
    distance: dict[str, int]
    note: str | None = None
    """The article's ``sources.csv`` note ("invented article"), for the figures' source lines."""


def record(analysis: Analysis) -> Record:
    """The per-article part of the comparison (a pure function of the article's analysis)."""
    article = analysis.article
    return record_from_tables(
        key=Path(article.path).stem, note=article.note,
        summary={"article": {"outlet": article.outlet, "date": article.date, "paragraphs": len(article.paragraphs),
                             "words": len(article.words), "quoted_words": article.quoted_words},
                 "readability": analysis.body_readability, "sentiment": analysis.article_sentiment},
        mentions=analysis.actor_mentions["name"].value_counts(), labels=analysis.actor_labels,
        voices=analysis.voices_table, quotes=analysis.quotes_table, frames=analysis.frame_scores,
        distance=analysis.distance_markers)


KINDS = {"hedges": "hedge", "distancing": "distancing", "distancing_cues": "distancing_cue",
         "scare_quotes": "scare_quote"}


def record_from_tables(key: str, summary: dict[str, Any], note: str | None, mentions: pd.Series,
                       labels: pd.DataFrame, voices: pd.DataFrame, quotes: pd.DataFrame, frames: pd.DataFrame,
                       distance: pd.DataFrame) -> Record:
    """A :class:`Record` from one article's summary (its ``article``, ``readability`` and ``sentiment``
    objects) and tables: the same whether they come from a fresh analysis or from corpus tables."""
    a, r, s = summary["article"], summary["readability"], summary["sentiment"]
    words = a["words"]
    overview_row = {"article": key, "outlet": a["outlet"], "date": a["date"],
                    "paragraphs": a["paragraphs"], "words": words, "quoted_words": a["quoted_words"],
                    "quoted_share": a["quoted_words"] / words if words else 0.0,
                    "flesch_reading_ease": r["flesch_reading_ease"], "flesch_kincaid_grade": r["flesch_kincaid_grade"],
                    "mean_compound": s["mean_compound"], "narration_mean_compound": s["narration_mean_compound"],
                    "quoted_mean_compound": s["quoted_mean_compound"]}
    q = quotes.dropna(subset=["cue"])
    cues = pd.DataFrame([{"article": key, "cue": cue, "class": cls, "count": int(n)}
                         for (cue, cls), n in q.groupby(["cue", "cue_class"]).size().items()],
                        columns=_columns("cues.csv"))
    writer = distance[distance["voice"] == "writer"]
    arc = pd.DataFrame(s["paragraphs"], columns=["paragraph", "compound", "label"]).assign(article=key)
    return Record(
        key=key, outlet=a["outlet"], note=note, overview=overview_row, arc=arc, mentions=mentions,
        labels=labels.assign(article=key), voices=voices.assign(article=key), cues=cues,
        frames=frames[["frame", "name", "score"]].reset_index(drop=True),
        distance={k: int((writer["kind"] == KINDS[k]).sum()) for k in DISTANCE_KEYS},
    )


def overview(articles: Sequence[Record]) -> pd.DataFrame:
    """One row per article: the columns of ``overview.csv`` in :data:`analysis.schema.COMPARE_TABLES`."""
    return pd.DataFrame([r.overview for r in articles], columns=_columns("overview.csv"))


def sentiment_arc(articles: Sequence[Record]) -> pd.DataFrame:
    """One row per article and paragraph: mean compound and label."""
    frames = [r.arc for r in articles]
    return pd.concat(frames, ignore_index=True)[["article", "paragraph", "compound", "label"]]


def actor_mentions_table(articles: Sequence[Record]) -> pd.DataFrame:
    """One row per actor: mentions per article (a column each) and the number of articles mentioning it."""
    recs = list(articles)
    keys = [r.key for r in recs]
    table = pd.DataFrame({r.key: r.mentions for r in recs}).fillna(0).astype(int)
    table["articles"] = (table > 0).sum(axis=1)
    table = table.reset_index(names="actor")
    total = table[keys].sum(axis=1)
    return table.assign(_t=total).sort_values(["_t", "actor"], ascending=[False, True]).drop(columns="_t") \
        .reset_index(drop=True)


def labels_table(articles: Sequence[Record]) -> pd.DataFrame:
    """One row per naming phrase per article, with ``unique``: no other article uses it for that actor."""
    recs = list(articles)
    cols = _columns("labels.csv")
    t = pd.concat([r.labels for r in recs], ignore_index=True) if recs else pd.DataFrame()
    if t.empty:
        return pd.DataFrame(columns=cols)
    texts = list(t["text"])
    unique = []
    for i, (actor, article) in enumerate(zip(t["actor"], t["article"], strict=True)):
        shared = any(t["actor"].iat[j] == actor and t["article"].iat[j] != article
                     and _same_label(texts[i], texts[j]) for j in range(len(t)))
        unique.append(not shared and len(recs) > 1)
    t["unique"] = unique
    return t[cols].sort_values(["actor", "article", "text"]).reset_index(drop=True)


def _label_forms(text: str) -> dict[str, str]:
    """A label's words for comparing outlets, in lower case (without articles and possessive endings), each with
    the form it has in the text."""
    words = (w.removesuffix("\u2019s").removesuffix("'s") for w in text.split())
    return {w.lower(): w for w in words if w.lower() not in ("the", "a", "an")}


def _same_label(a: str, b: str) -> bool:
    """Whether two labels name an actor alike: one is the other with only names or nationalities added ("water
    minister", "the Ostravian water minister"), never a lower-case word that may carry a judgement ("the Kesh
    government", "Kesh's hardline government": not alike), nor a capitalised word that VADER scores ("the mayor",
    "Disgraced mayor": capitalised only by opening the label)."""
    fa, fb = _label_forms(a), _label_forms(b)
    small, big = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    judging = analyzer().lexicon  # "Disgraced mayor": a capital of the sentence on a word that judges
    return set(small) <= set(big) and all(big[w][:1].isupper() and w not in judging for w in set(big) - set(small))


def voices_compare(articles: Sequence[Record]) -> pd.DataFrame:
    """One row per article and speaker: direct, indirect, words quoted, share of voice."""
    cols = _columns("voices.csv")
    rows = [r.voices for r in articles if len(r.voices)]
    t = pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=cols)
    return t[cols].sort_values(["article", "speaker"]).reset_index(drop=True)


def cues_compare(articles: Sequence[Record]) -> pd.DataFrame:
    """One row per article and reporting verb: its class and how often it is used."""
    rows = [r.cues for r in articles if len(r.cues)]
    cols = _columns("cues.csv")
    return pd.concat(rows, ignore_index=True)[cols] if rows else pd.DataFrame(columns=cols)


def frames_compare(articles: Sequence[Record]) -> pd.DataFrame:
    """One row per frame: hits per 100 words in each article (a column each)."""
    recs = list(articles)
    base = recs[0].frames[["frame", "name"]].copy() if recs else pd.DataFrame(columns=["frame", "name"])
    for r in recs:
        base[r.key] = r.frames["score"].to_numpy()
    return base


def distance_compare(articles: Sequence[Record]) -> pd.DataFrame:
    """One row per article: the writer's hedges, distancing words, distancing cues and scare quotes."""
    cols = _columns("distance.csv")
    return pd.DataFrame([{"article": r.key, **r.distance} for r in articles], columns=cols)


def shared_labels(articles: Sequence[Record]) -> list[dict[str, Any]]:
    """Labels two or more articles use for one actor, each in its own words.

    Labels match as in :func:`labels_table` (one's words within the other's: "chief negotiator" and "Kesh's
    chief negotiator"). One dict per actor and set of articles: ``actor``, ``text`` (the shortest form),
    ``in`` (per article using it: ``article``, its own ``text`` and ``voice``, so a longer form's extra words
    and a label inside a reported statement stay visible) and ``not_in`` (the articles that mention the actor
    without it; empty when every one uses it). Sorted by actor and text.
    """
    recs = list(articles)
    labels = labels_table(recs)
    mentions = actor_mentions_table(recs)
    keys = [r.key for r in recs]
    mentioning = {row["actor"]: [k for k in keys if row[k] > 0] for _, row in mentions.iterrows()}
    texts = list(labels["text"])
    groups: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    for i, actor in enumerate(labels["actor"]):
        near = [j for j in range(len(labels)) if labels["actor"].iat[j] == actor
                and _same_label(texts[i], texts[j])]
        using = tuple(sorted({labels["article"].iat[j] for j in near}))
        if len(using) >= 2:
            groups.setdefault((actor, using), []).extend(near)
    out = []
    for (actor, using), rows in groups.items():
        rows = sorted(set(rows))
        forms = {}
        for j in rows:  # each article's first form, in text order
            forms.setdefault(labels["article"].iat[j], (labels["text"].iat[j], labels["voice"].iat[j]))
        shortest = min((labels["text"].iat[j] for j in rows), key=lambda t: (len(t), t))
        out.append({"actor": actor, "text": shortest,
                    "in": [{"article": k, "text": forms[k][0], "voice": forms[k][1]} for k in using],
                    "not_in": [k for k in mentioning.get(actor, []) if k not in using]})
    return sorted(out, key=lambda x: (x["actor"], x["text"], [a["article"] for a in x["in"]]))


def differences(articles: Sequence[Record]) -> dict[str, Any]:
    """What differs: who is heard where, who is mentioned in one article only, labels one article alone uses
    and labels several articles share, each in its own words (:func:`shared_labels`)."""
    voices = voices_compare(articles)
    heard = voices[(voices["direct"] + voices["turns"]) > 0].groupby("speaker")["article"].agg(sorted)
    keys = [r.key for r in articles]
    mentions = actor_mentions_table(articles)
    labels = labels_table(articles)
    return {
        "heard_directly": {s: {"in": arts, "not_in": [k for k in keys if k not in arts]} for s, arts in heard.items()},
        "mentioned_in_one_article_only": {row["actor"]: next(k for k in keys if row[k] > 0)
                                          for _, row in mentions[mentions["articles"] == 1].iterrows()},
        "labels_used_by_one_article": [{"actor": r.actor, "article": r.article, "text": r.text, "voice": r.voice}
                                       for r in labels[labels["unique"]].itertuples()],
        "labels_used_by_several_articles": shared_labels(articles),
    }
