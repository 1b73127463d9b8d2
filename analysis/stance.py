"""Stance synthesis: one row per actor joining what the other capabilities measured.

No new score: every column is read off a table that keeps its evidence
(mentions and labels: :mod:`analysis.actors`; voices and cue verbs:
:mod:`analysis.quotes`; tone: :mod:`analysis.sentiment`; frames and distance
markers: :mod:`analysis.framing`). ``frames`` are the frames whose vocabulary
occurs in the sentences that mention the actor; ``distance_markers`` counts
hedges, distancing words and scare quotes in those sentences plus distancing
reporting verbs used for the actor's own statements.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.actors import actor_labels, targeted_sentiment
from analysis.article import Article
from analysis.cache import per_article, row_dicts, rows_by
from analysis.entities import actor_mentions, actor_order
from analysis.framing import FRAMES, distance_markers, frame_evidence
from analysis.quotes import voices_table

TOP_FRAMES = 3

COLUMNS = ["actor", "mentions", "writer_labels", "quoted_labels", "voice_share", "direct_quotes", "indirect",
           "cues", "narration_sentiment", "quoted_sentiment", "frames", "distance_markers"]


@per_article
def stance_table(article: Article, top_frames: int = TOP_FRAMES) -> pd.DataFrame:
    """One row per actor (most mentioned first) with the columns of :data:`COLUMNS`.

    ``writer_labels``/``quoted_labels``/``cues`` are lists; ``frames`` is a
    list of ``(frame, hits)`` for the top frames of the sentences mentioning
    the actor (ties by frame order); sentiment values are NaN where no sentence.
    """
    sentences_of = actor_mentions(article).groupby("name")["sentence"].agg(list).to_dict()
    labelled = rows_by(actor_labels(article), "actor")
    voices = voices_table(article).set_index("speaker").to_dict("index")
    tone = targeted_sentiment(article).set_index("actor").to_dict("index")
    evidence = frame_evidence(article)
    frame_hits = list(zip(evidence["sentence"], evidence["frame"], strict=True))
    markers = row_dicts(distance_markers(article))
    sentence_of = {s.index: (s.start, s.end) for s in article.sentences}
    order = {f: i for i, f in enumerate(FRAMES)}
    rows = []
    for actor in actor_order(article):
        mentioned_in = sentences_of[actor]
        sents = set(mentioned_in) - {0}
        counts: dict[str, int] = {}
        for sentence, frame in frame_hits:
            if sentence in sents:
                counts[frame] = counts.get(frame, 0) + 1
        frames = sorted(counts.items(), key=lambda kv: (-kv[1], order[kv[0]]))[:top_frames]
        spans = [sentence_of[s] for s in sorted(sents)]
        near = sum(1 for r in markers if any(a <= r["start"] < b for a, b in spans))
        cues_against = sum(1 for r in markers if r["kind"] == "distancing_cue" and r["target"] == actor
                           and not any(a <= r["start"] < b for a, b in spans))
        labels = labelled.get(actor, [])
        voice = voices.get(actor)
        rows.append({
            "actor": actor,
            "mentions": len(mentioned_in),
            "writer_labels": [r["text"] for r in labels if r["voice"] == "writer"],
            "quoted_labels": [r["text"] for r in labels if r["voice"] == "quoted"],
            "voice_share": float(voice["share_of_voice"]) if voice else 0.0,
            "direct_quotes": int(voice["direct"]) if voice else 0,
            "indirect": int(voice["indirect"]) if voice else 0,
            "cues": list(voice["cues"]) if voice else [],
            "narration_sentiment": tone[actor]["narration"],
            "quoted_sentiment": tone[actor]["quoted"],
            "frames": [(f, int(n)) for f, n in frames],
            "distance_markers": near + cues_against,
        })
    return pd.DataFrame(rows, columns=COLUMNS)


def _nan_none(x) -> float | None:
    return None if pd.isna(x) else float(x)


def stance_json(article: Article) -> dict[str, Any]:
    """The JSON ``stance`` object keyed by canonical actor."""
    out = {}
    for r in stance_table(article).itertuples():
        out[r.actor] = {
            "mentions": r.mentions,
            "writer_labels": r.writer_labels,
            "quoted_labels": r.quoted_labels,
            "voice_share": r.voice_share,
            "direct_quotes": r.direct_quotes,
            "cues": r.cues,
            "sentiment": {"narration": _nan_none(r.narration_sentiment), "quoted": _nan_none(r.quoted_sentiment)},
            "frames": [{"frame": f, "hits": n} for f, n in r.frames],
            "distance_markers": r.distance_markers,
        }
    return out
