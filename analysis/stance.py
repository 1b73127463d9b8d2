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
from analysis.entities import actor_mentions, actor_order
from analysis.framing import FRAMES, distance_markers, frame_evidence
from analysis.quotes import voices_table

TOP_FRAMES = 3

COLUMNS = ["actor", "mentions", "writer_labels", "quoted_labels", "voice_share", "direct_quotes", "indirect",
           "cues", "narration_sentiment", "quoted_sentiment", "frames", "distance_markers"]


def stance_table(article: Article, top_frames: int = TOP_FRAMES) -> pd.DataFrame:
    """One row per actor (most mentioned first) with the columns of :data:`COLUMNS`.

    ``writer_labels``/``quoted_labels``/``cues`` are lists; ``frames`` is a
    list of ``(frame, hits)`` for the top frames of the sentences mentioning
    the actor (ties by frame order); sentiment values are NaN where no sentence.
    """
    m = actor_mentions(article)
    labels = actor_labels(article)
    voices = voices_table(article).set_index("speaker")
    tone = targeted_sentiment(article).set_index("actor")
    ev = frame_evidence(article)
    markers = distance_markers(article)
    sentence_of = {s.index: (s.start, s.end) for s in article.sentences}
    order = {f: i for i, f in enumerate(FRAMES)}
    rows = []
    for actor in actor_order(article):
        sents = sorted(set(m.loc[m["name"] == actor, "sentence"]) - {0})
        in_sents = ev[ev["sentence"].isin(sents)]
        counts = in_sents.groupby("frame").size()
        frames = sorted(counts.items(), key=lambda kv: (-kv[1], order[kv[0]]))[:top_frames]
        spans = [sentence_of[s] for s in sents]
        near = markers[[any(a <= r.start < b for a, b in spans) for r in markers.itertuples()]] \
            if len(markers) else markers
        cues_against = markers[(markers["kind"] == "distancing_cue") & (markers["target"] == actor)] \
            if len(markers) else markers
        al = labels[labels["actor"] == actor]
        has_voice = actor in voices.index
        rows.append({
            "actor": actor,
            "mentions": int((m["name"] == actor).sum()),
            "writer_labels": list(al.loc[al["voice"] == "writer", "text"]),
            "quoted_labels": list(al.loc[al["voice"] == "quoted", "text"]),
            "voice_share": float(voices.loc[actor, "share_of_voice"]) if has_voice else 0.0,
            "direct_quotes": int(voices.loc[actor, "direct"]) if has_voice else 0,
            "indirect": int(voices.loc[actor, "indirect"]) if has_voice else 0,
            "cues": list(voices.loc[actor, "cues"]) if has_voice else [],
            "narration_sentiment": tone.loc[actor, "narration"],
            "quoted_sentiment": tone.loc[actor, "quoted"],
            "frames": [(f, int(n)) for f, n in frames],
            "distance_markers": int(len(near) + len(cues_against[~cues_against.index.isin(near.index)])),
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
