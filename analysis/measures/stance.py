"""Stance synthesis: one row per actor joining what the other capabilities measured.

No new score: every column is read off a table that keeps its evidence
(mentions and labels: :mod:`analysis.measures.actors`; voices and cue verbs:
:mod:`analysis.measures.attribution`; tone: :mod:`analysis.measures.sentiment`; frames and distance
markers: :mod:`analysis.measures.framing`). ``frames`` are the frames whose vocabulary
occurs in the sentences that mention the actor; ``distance_markers`` counts
hedges, distancing words and scare quotes in those sentences plus distancing
reporting verbs used for the actor's own statements.
"""

from __future__ import annotations

import pandas as pd

from analysis.measures.framing import FRAMES
from analysis.tables import row_dicts, rows_by
from analysis.text.article import Article

TOP_FRAMES = 3

COLUMNS = ["actor", "mentions", "writer_labels", "quoted_labels", "voice_share", "direct_quotes", "indirect",
           "cues", "narration_sentiment", "quoted_sentiment", "mention_tone", "frames", "distance_markers"]


def stance_table(article: Article, actor_mentions: pd.DataFrame, order: list[str], labels: pd.DataFrame,
                 voices: pd.DataFrame, targeted: pd.DataFrame, evidence: pd.DataFrame,
                 markers: pd.DataFrame, top_frames: int = TOP_FRAMES) -> pd.DataFrame:
    """One row per actor (in ``order``, most mentioned first) with the columns of :data:`COLUMNS`.

    The inputs are the tables of the other measures (actor mentions and labels, voices, targeted
    sentiment, frame evidence, distance markers). ``writer_labels``/``quoted_labels``/``cues`` are
    lists; a label of low confidence (a descriptor chosen among several candidate actors) ends in " (?)";
    ``frames`` is a list of ``(frame, hits)`` for the top frames of the sentences mentioning
    the actor (ties by frame order); sentiment values are NaN where no sentence.
    """
    sentences_of = actor_mentions.groupby("name")["sentence"].agg(list).to_dict()
    labelled = rows_by(labels, "actor")
    voice_of = voices.set_index("speaker").to_dict("index")
    tone = targeted.set_index("actor").to_dict("index")
    frame_hits = list(zip(evidence["sentence"], evidence["frame"], strict=True))
    marker_rows = row_dicts(markers)
    sentence_of = {s.index: (s.start, s.end) for s in article.sentences}
    frame_rank = {f: i for i, f in enumerate(FRAMES)}
    rows = []
    for actor in order:
        mentioned_in = sentences_of[actor]
        sents = set(mentioned_in) - {0}
        counts: dict[str, int] = {}
        for sentence, frame in frame_hits:
            if sentence in sents:
                counts[frame] = counts.get(frame, 0) + 1
        frames = sorted(counts.items(), key=lambda kv: (-kv[1], frame_rank[kv[0]]))[:top_frames]
        spans = [sentence_of[s] for s in sorted(sents)]
        near = sum(1 for r in marker_rows if any(a <= r["start"] < b for a, b in spans))
        cues_against = sum(1 for r in marker_rows if r["kind"] == "distancing_cue" and r["target"] == actor
                           and not any(a <= r["start"] < b for a, b in spans))
        labels = labelled.get(actor, [])
        voice = voice_of.get(actor)
        rows.append({
            "actor": actor,
            "mentions": len(mentioned_in),
            "writer_labels": [r["text"] + (" (?)" if r["confidence"] == "low" else "")
                              for r in labels if r["voice"] == "writer"],
            "quoted_labels": [r["text"] + (" (?)" if r["confidence"] == "low" else "")
                              for r in labels if r["voice"] == "quoted"],
            "voice_share": float(voice["share_of_voice"]) if voice else 0.0,
            "direct_quotes": int(voice["direct"]) + int(voice["turns"]) if voice else 0,
            "indirect": int(voice["indirect"]) if voice else 0,
            "cues": list(voice["cues"]) if voice else [],
            "narration_sentiment": tone[actor]["narration"],
            "quoted_sentiment": tone[actor]["quoted"],
            "mention_tone": tone[actor]["mentions"],
            "frames": [(f, int(n)) for f, n in frames],
            "distance_markers": near + cues_against,
        })
    return pd.DataFrame(rows, columns=COLUMNS)
