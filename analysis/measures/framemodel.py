"""The learned presence decision for frames, and the words that pushed it.

A logistic regression per frame (one-vs-rest), fitted on the English training articles of SemEval-2023
Task 3, subtask 2 (Piskorski et al. 2023) by :mod:`analysis.evaluation.frametrain` (``make train-frames``)
and stored as plain numbers in ``analysis/data/frame_model.json`` (no pickle). Its features are things a
reader can check in the article:

* **words and two-word phrases** of the body (lower-cased, letters only, English stop words left out; a
  phrase is two neighbouring kept words of one sentence), weighted by TF-IDF: ``(1 + log count) * idf``
  with the training articles' ``idf``, the article's vector scaled to unit length. Only words and phrases
  found in at least ``min_df`` training articles are in the vocabulary;
* **the frame lexicon's hits** (:func:`analysis.measures.framing.frame_evidence`) per frame, in the body,
  in the lede (paragraph 1) and inside direct quotations, each as ``log(1 + hits)`` times the model's
  ``lexicon_scale``.

Each frame's ``probability`` is the logistic of intercept + weights · features (higher = more likely
that annotators would mark the frame); the frame is ``present`` when the probability reaches the frame's
threshold (one threshold for all fourteen frames, chosen with the regularisation by grouped cross-validation
for micro-F1 on the training articles; the file keeps one per frame) *and* the article uses the
codebook's vocabulary at all: at least :data:`MIN_CODEBOOK_LEMMAS` distinct lemmas of the frame lexicon's
evidence, over all frames. Every training article is news with at least one annotated frame, so the model
has never seen a text without one; a recipe or a weather forecast shares everyday words with the news
("minutes", "early", "held") and would get probabilities near the frames' base rates, some above their
thresholds. Below the vocabulary floor no frame is present, whichever method decides it. The model file
(``analysis/data/frame_model.json``) records how many training articles fall under the floor, and its
cross-validated and held-out scores are measured with the floor applied. The two frames the project adds
(``humanitarian``, ``diplomacy_legitimacy``) have no annotations; they keep the
lexicon's decision (:func:`analysis.measures.framing.frame_scores`).

The evidence for a decision is the features of this article with the largest ``weight * value``: what
pushed the probability up most.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from analysis.errors import ConfigError
from analysis.paths import DATA
from analysis.text.article import Article
from analysis.text.datafile import read_model

MODEL_FILE = DATA / "frame_model.json"
WORD = re.compile(r"[a-z](?:[a-z'\-]*[a-z])?")
"""A vocabulary word: lower-case letters, inner apostrophes and hyphens allowed."""
LEXICON_PARTS = ("lexicon", "lede", "quoted")
"""The lexicon features per frame: hits in the body, in paragraph 1, inside direct quotations."""
MIN_CODEBOOK_LEMMAS = 3
"""Distinct lemmas of frame-lexicon evidence (any frame) an article needs before any frame can be present."""
EXPLAIN_TOP = 6
"""Words and phrases listed as the evidence of one decision."""
DECISION_COLUMNS = ["frame", "method", "probability", "threshold", "present", "words"]


def lexicon_feature(part: str, frame: str) -> str:
    """The name of a lexicon feature: ``"[lexicon] economic"`` (brackets: never a vocabulary word)."""
    return f"[{part}] {frame}"


def word_counts(article: Article) -> Counter:
    """Counts of the body's vocabulary candidates: words (lower-cased, letters only, no English stop word)
    and two-word phrases of neighbouring kept words in one sentence."""
    out: Counter = Counter()
    prev, prev_sentence = None, None
    for w in article.words:
        t = w.text.lower().replace("\u2019", "'")
        if not WORD.fullmatch(t) or t in ENGLISH_STOP_WORDS:
            prev = None
            continue
        out[t] += 1
        if prev is not None and prev_sentence == w.sentence:
            out[f"{prev} {t}"] += 1
        prev, prev_sentence = t, w.sentence
    return out


def lexicon_counts(evidence: pd.DataFrame) -> dict[str, int]:
    """The lexicon's hits per frame: ``{"[lexicon] f": hits, "[lede] f": hits in paragraph 1,
    "[quoted] f": hits inside direct quotations}`` (zeros left out)."""
    out: Counter = Counter()
    for f, para, voice in zip(evidence["frame"], evidence["paragraph"], evidence["voice"], strict=True):
        out[lexicon_feature("lexicon", f)] += 1
        if para == 1:
            out[lexicon_feature("lede", f)] += 1
        if voice == "quoted":
            out[lexicon_feature("quoted", f)] += 1
    return dict(out)


def codebook_lemmas(evidence: pd.DataFrame) -> int:
    """Distinct lemmas among the frame lexicon's hits, all frames together (the vocabulary floor's count)."""
    return int(evidence["lemma"].nunique())


def vectorise(words: Counter, lexicon: dict[str, int], idf: dict[str, float],
              lexicon_scale: float) -> dict[str, float]:
    """The feature values: TF-IDF of the words in ``idf`` (unit length), ``log(1 + hits) * lexicon_scale``
    for the lexicon features."""
    x = {k: (1 + math.log(c)) * idf[k] for k, c in sorted(words.items()) if k in idf}
    norm = math.sqrt(sum(v * v for v in x.values()))
    if norm > 0:
        x = {k: v / norm for k, v in x.items()}
    x.update({k: math.log1p(n) * lexicon_scale for k, n in sorted(lexicon.items()) if n > 0})
    return x


class FrameModel:
    """The fitted weights of :data:`MODEL_FILE` with their provenance."""

    def __init__(self, data: dict[str, Any], source: str = "<model>") -> None:
        try:
            if not isinstance(data["frames"], list):
                raise TypeError("frames must be a list of frame ids")
            self.frames = tuple(data["frames"])
            self.idf = {k: float(v) for k, v in data["idf"].items()}
            if any(len(v) != len(self.frames) for v in data["weights"].values()):
                raise ValueError("a feature without one weight per frame")
            columns = {f: j for j, f in enumerate(self.frames)}
            self.weights = {f: {k: float(v[columns[f]]) for k, v in data["weights"].items()} for f in self.frames}
            self.intercept = {f: float(data["intercept"][f]) for f in self.frames}
            self.thresholds = {f: float(data["thresholds"][f]) for f in self.frames}
            self.lexicon_scale = float(data["lexicon_scale"])
            self.provenance = {k: v for k, v in data.items() if k not in ("weights", "idf", "intercept")}
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"{source}: not a frame model file ({exc})") from exc
        if not self.frames or any(not 0 < t < 1 for t in self.thresholds.values()):
            raise ConfigError(f"{source}: frame model needs frames and thresholds between 0 and 1")

    def decide(self, x: dict[str, float], enough_vocabulary: bool = True) -> list[dict[str, Any]]:
        """Per frame: ``probability``, ``threshold``, ``present`` (probability at least threshold, and
        ``enough_vocabulary``) and ``contributions`` (``(weight * value, feature)`` above zero, largest first,
        ties by name)."""
        out = []
        for f in self.frames:
            w = self.weights[f]
            parts = [(w[k] * v, k) for k, v in x.items() if k in w]
            z = self.intercept[f] + sum(p for p, _ in parts)
            probability = 1 / (1 + math.exp(-z)) if z > -700 else 0.0
            up = sorted(((p, k) for p, k in parts if p > 0), key=lambda t: (-t[0], t[1]))
            out.append({"frame": f, "probability": probability, "threshold": self.thresholds[f],
                        "present": bool(enough_vocabulary and probability >= self.thresholds[f]),
                        "contributions": up})
        return out


def load_model(path: Path = MODEL_FILE) -> FrameModel:
    """The frame model in ``path``; a clear error when it is missing or malformed."""
    return FrameModel(read_model(path, "frame model", "train-frames"), str(path))


@lru_cache(maxsize=1)
def model() -> FrameModel:
    """The package's frame model (loaded once per process)."""
    return load_model()


def frame_decisions(article: Article, evidence: pd.DataFrame, lexicon_present: dict[str, bool],
                    frames, fitted: FrameModel | None = None) -> pd.DataFrame:
    """One row per frame of ``frames`` (in that order): ``frame, method, probability, threshold, present,
    words``.

    ``method`` is ``model`` for the frames the model was fitted on and ``lexicon`` for the others, whose
    ``present`` is ``lexicon_present[frame]`` and whose probability and threshold are empty (NaN). Under the
    vocabulary floor (:data:`MIN_CODEBOOK_LEMMAS`) no frame is present.
    ``words`` are the article's words and phrases that pushed the model's decision up most (at most
    :data:`EXPLAIN_TOP`, largest contribution first), for every frame the model decides.
    """
    m = fitted if fitted is not None else model()
    x = vectorise(word_counts(article), lexicon_counts(evidence), m.idf, m.lexicon_scale)
    enough = codebook_lemmas(evidence) >= MIN_CODEBOOK_LEMMAS
    decided = {d["frame"]: d for d in m.decide(x, enough)}
    rows = []
    for f in frames:
        d = decided.get(f)
        if d is None:
            rows.append({"frame": f, "method": "lexicon", "probability": math.nan, "threshold": math.nan,
                         "present": bool(enough and lexicon_present.get(f, False)), "words": []})
            continue
        words = [k for _, k in d["contributions"] if not k.startswith("[")][:EXPLAIN_TOP]
        rows.append({"frame": f, "method": "model", "probability": round(d["probability"], 4),
                     "threshold": d["threshold"], "present": d["present"],
                     "words": words})
    return pd.DataFrame(rows, columns=DECISION_COLUMNS)
