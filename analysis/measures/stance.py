"""Stance synthesis: one row per actor joining what the other capabilities measured.

No new score: every column is read off a table that keeps its evidence
(mentions and labels: :mod:`analysis.measures.actors`; voices and cue verbs:
:mod:`analysis.measures.attribution`; tone: :mod:`analysis.measures.sentiment`; frames and distance
markers: :mod:`analysis.measures.framing`). ``frames`` are the frames whose vocabulary
occurs in the sentences that mention the actor; ``distance_markers`` counts
hedges, distancing words and scare quotes in those sentences plus distancing
reporting verbs used for the actor's own statements. ``factive_cues`` and ``side_labels`` read the cue verbs and
the writer's labels against ``analysis/data/side_taking.csv``: verbs that present a claim as fact, and labels
that grant or deny an actor standing.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from analysis.errors import ConfigError
from analysis.measures.actors import WRITERS_WORDS
from analysis.measures.framing import FRAMES
from analysis.paths import DATA
from analysis.tables import row_dicts, rows_by
from analysis.text.article import Article
from analysis.text.datafile import read_rows

TOP_FRAMES = 3

COLUMNS = ["actor", "mentions", "writer_labels", "quoted_labels", "voice_share", "direct_quotes", "indirect",
           "cues", "narration_sentiment", "quoted_sentiment", "mention_tone", "frames", "distance_markers",
           "factive_cues", "side_labels"]

SIDE_TAKING_FILE = DATA / "side_taking.csv"
SIDE_CATEGORIES = {"verb": ("factive",), "label": ("delegitimising", "legitimising", "title")}


LOW_CONFIDENCE = " (?)"
"""The end of a label of low confidence in :func:`stance_table`: a descriptor chosen among several actors it could
mean."""


@lru_cache(maxsize=2)
def side_taking(path=SIDE_TAKING_FILE) -> dict[str, dict[str, str]]:
    """The words that take sides (``analysis/data/side_taking.csv``): ``{"verb": {cue: category},
    "label": {phrase: category}}``; validated (file and line named on error)."""
    out: dict[str, dict[str, str]] = {"verb": {}, "label": {}}
    for n, (word, kind, category) in read_rows(path, ["word", "kind", "category"]):
        if kind not in SIDE_CATEGORIES or category not in SIDE_CATEGORIES[kind]:
            raise ConfigError(f"{path}:{n}: {kind!r} {category!r} is not a kind and category of "
                              f"{SIDE_CATEGORIES}")
        out[kind][" ".join(word.lower().split())] = category
    return out


@lru_cache(maxsize=1)
def _longest_first() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(side_taking()["label"].items(), key=lambda kv: (-len(kv[0].split()), kv[0])))


def label_sides(label: str) -> list[tuple[str, str]]:
    """The side-taking words of a label, longest phrase first, each word used once: ``[(phrase,
    category)]`` ("Deputy Prime Minister" is a title once, not also "minister"; "the militants" is
    delegitimising; a plural s is dropped)."""
    words = re.findall(r"[a-z]+", label.lower())
    used = [False] * len(words)
    out = []
    for phrase, category in _longest_first():
        parts = phrase.split()
        for i in range(len(words) - len(parts) + 1):
            span = words[i:i + len(parts)]
            if any(used[i:i + len(parts)]):
                continue
            if all(w in (p, p + "s", p + "es") or (p.endswith("y") and w == p[:-1] + "ies")
                   for w, p in zip(span, parts, strict=True)):
                out.append((phrase, category))
                used[i:i + len(parts)] = [True] * len(parts)
    return out


def _paraphrased(label: dict) -> str:
    """" (in paraphrase of X)" for a label the writer gives in paraphrase of speaker X's words, else ""."""
    return (f" (in paraphrase of {label['speaker']})" if label["voice"] == "paraphrase"
            and isinstance(label["speaker"], str) else "")


def markers_about(marker_rows: list[dict], spans: list[tuple[int, int]], actor: str) -> list[dict]:
    """The distance markers counted for an actor: those in the sentences that mention it (``spans``: their
    offsets), and the distancing reporting verbs used for its own statements elsewhere, a word listed both as a
    distancing word and as the distancing verb of the statement right after it ("claimed that ...") once; each
    row keeps its ``voice`` (whose marker it is:
    the writer or a speaker)."""
    inside = [r for r in marker_rows if any(a <= r["start"] < b for a, b in spans)]
    found = inside + [r for r in marker_rows if r["kind"] == "distancing_cue" and r["target"] == actor
                      and r not in inside]
    words = [r for r in found if r["kind"] == "distancing"]
    return [r for r in found if not (r["kind"] == "distancing_cue" and any(  # "claimed": a word and a verb, once
        0 <= int(r["start"]) - int(w["end"]) <= 6 and str(w["text"]).lower().startswith(str(r["text"]).lower()[:4])
        for w in words))]


def stance_table(article: Article, actor_mentions: pd.DataFrame, order: list[str], labels: pd.DataFrame,
                 voices: pd.DataFrame, targeted: pd.DataFrame, evidence: pd.DataFrame,
                 markers: pd.DataFrame, top_frames: int = TOP_FRAMES) -> pd.DataFrame:
    """One row per actor (in ``order``, most mentioned first) with the columns of :data:`COLUMNS`.

    The inputs are the tables of the other measures (actor mentions and labels, voices, targeted
    sentiment, frame evidence, distance markers). ``writer_labels``/``quoted_labels``/``cues`` are
    lists; a label of low confidence (a descriptor chosen among several candidate actors) ends in " (?)";
    ``writer_labels`` are the writer's words, the narration's and the paraphrase's (a label in paraphrase ends in
    " (in paraphrase of X)"), ``quoted_labels`` the speakers' own words inside quotation marks;
    ``frames`` is a list of ``(frame, hits)`` for the top frames of the sentences mentioning
    the actor (ties by frame order); sentiment values are NaN where no sentence. ``factive_cues`` counts the
    actor's statements reported with a verb that presents them as fact (*noted*, *revealed*, *admitted*:
    :func:`side_taking`); ``side_labels`` lists ``(phrase, category)`` of the words in the writer's labels for
    it that grant or deny standing or give an office (:func:`label_sides`), delegitimising first, a phrase
    from a paraphrase marked as such ("administration (in paraphrase of X)": the speaker's word, reported).
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
        about = markers_about(marker_rows, [sentence_of[s] for s in sorted(sents)], actor)
        labels = labelled.get(actor, [])
        voice = voice_of.get(actor)
        factive = side_taking()["verb"]
        sides = sorted({(phrase + _paraphrased(r), category) for r in labels if r["voice"] in WRITERS_WORDS
                        for phrase, category in label_sides(r["text"])},
                       key=lambda x: (SIDE_CATEGORIES["label"].index(x[1]), x[0]))
        rows.append({
            "actor": actor,
            "mentions": len(mentioned_in),
            "writer_labels": [r["text"] + (LOW_CONFIDENCE if r["confidence"] == "low" else "") + _paraphrased(r)
                              for r in labels if r["voice"] in WRITERS_WORDS],
            "quoted_labels": [r["text"] + (LOW_CONFIDENCE if r["confidence"] == "low" else "")
                              for r in labels if r["voice"] == "quoted"],
            "voice_share": float(voice["share_of_voice"]) if voice else 0.0,
            "direct_quotes": int(voice["direct"]) + int(voice["turns"]) if voice else 0,
            "indirect": int(voice["indirect"]) if voice else 0,
            "cues": list(voice["cues"]) if voice else [],
            "narration_sentiment": tone[actor]["narration"],
            "quoted_sentiment": tone[actor]["quoted"],
            "mention_tone": tone[actor]["mentions"],
            "frames": [(f, int(n)) for f, n in frames],
            "distance_markers": len(about),
            "factive_cues": sum(int(c["count"]) for c in (voice["cues"] if voice else []) if c["verb"] in factive),
            "side_labels": sides,
        })
    return pd.DataFrame(rows, columns=COLUMNS)
