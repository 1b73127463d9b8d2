"""Fit the tone-per-mention model on NewsMTSC's train file, deterministically, and score it on a held-out part.

``python -m analysis.evaluation train-tone FILE --out analysis/data/tone_model.json``
(``make train-tone EVAL=DIR`` with ``DIR/newsmtsc/train.jsonl``):

1. Read the JSONL file (``sentence_normalized``; ``targets`` with ``from``, ``to``, ``polarity`` 2/4/6).
2. Split by *article*: the article id is the first three ``_``-separated parts of ``primary_gid``
   (source, article, revision: sentences of one article never fall on both sides); an article is in
   the held-out dev part when the sha256 of its id, read as a number, is below :data:`DEV_SHARE` of
   the range (about 15% of the sentences). No randomness anywhere.
3. Parse each sentence with the package's spaCy pipeline and compute
   :func:`analysis.measures.tone.features` on the annotated mention.
4. Keep features seen at least :data:`MIN_COUNT` times in the training part; choose the inverse
   regularisation ``C`` among :data:`C_GRID` by macro-F1 in a 5-fold cross-validation over the training
   part's articles (``GroupKFold``); fit a multinomial ``LogisticRegression`` (``class_weight``
   balanced, lbfgs to a tolerance of 1e-6 on one thread) on the whole training part.
5. Score the dev part (macro-F1, accuracy, mean F1 of positive and negative), next to VADER on the
   whole sentence, and write the weights, rounded to 6 decimals, with the training file's sha256,
   the sizes, the split rule, the chosen ``C`` and the scores, as sorted JSON.

The file holds weights and numbers, never dataset text (feature names are single words and
grammatical roles).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import GroupKFold
from threadpoolctl import threadpool_limits

from analysis.errors import AnalysisError, ConfigError
from analysis.measures import sentiment, tone
from analysis.text.nlp import get_nlp, model_name

POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
DEV_SHARE = 0.15
MIN_COUNT = 2
C_GRID = (0.03, 0.1, 0.3, 1.0)
FOLDS = 5


@dataclass(frozen=True)
class Target:
    """One annotated mention: the sentence's index, the mention's slice, its gold label, its article."""

    sentence: int
    start: int
    end: int
    label: str
    article: str
    targets_in_sentence: int


def article_id(gid: str) -> str:
    """The article a NewsMTSC sentence comes from: the first three ``_``-separated parts of its id."""
    return "_".join(gid.split("_")[:3])


def is_dev(article: str) -> bool:
    """Whether an article is in the held-out dev part (sha256 of its id below :data:`DEV_SHARE`)."""
    return int(hashlib.sha256(article.encode("utf-8")).hexdigest(), 16) < DEV_SHARE * 16 ** 64


def read_newsmtsc(path: Path) -> tuple[list[str], list[Target]]:
    """The sentences and their annotated targets; a one-line error naming the file and line when malformed."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise AnalysisError(f"{path}: no such file (expected NewsMTSC's train.jsonl)") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise AnalysisError(f"{path}: unreadable ({exc})") from exc
    sentences: list[str] = []
    targets: list[Target] = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text = row["sentence_normalized"]
            art = article_id(row["primary_gid"])
            found = row["targets"]
            for t in found:
                start, end, label = int(t["from"]), int(t["to"]), POLARITY[float(t["polarity"])]
                if not 0 <= start < end <= len(text):
                    raise ValueError(f"target {start}:{end} outside the sentence")
                targets.append(Target(len(sentences), start, end, label, art, len(found)))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise AnalysisError(f"{path}: line {n}: not a NewsMTSC record ({exc})") from exc
        sentences.append(text)
    if not targets:
        raise AnalysisError(f"{path}: no annotated targets")
    return sentences, targets


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes: which version of the data was used."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def vader_label(text: str) -> str:
    """The whole-sentence baseline: VADER's compound with its documented thresholds."""
    return sentiment.label(sentiment.analyzer().polarity_scores(text)["compound"])


def scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Macro-F1, accuracy and the mean F1 of positive and negative (NewsMTSC's F1pn), with the sample size."""
    per = f1_score(gold, predicted, labels=list(tone.CLASSES), average=None, zero_division=0)
    return {"n": len(gold), "macro_f1": round(float(np.mean(per)), 4),
            "accuracy": round(float(accuracy_score(gold, predicted)), 4),
            "f1_pos_neg": round(float((per[0] + per[2]) / 2), 4)}


def target_features(sentences: Sequence[str], targets: Sequence[Target]) -> list[dict[str, float] | None]:
    """The features of every target (``None`` when its slice does not align with the parse's tokens)."""
    docs = list(get_nlp().pipe(sentences, batch_size=256))
    out = []
    for t in targets:
        span = docs[t.sentence].char_span(t.start, t.end, alignment_mode="expand")
        out.append(tone.features(span) if span is not None and len(span) else None)
    return out


def fit(path: Path) -> dict[str, Any]:
    """The model file's content: weights, provenance and held-out scores.

    The solver runs on one BLAS thread: with several, the order of floating-point sums changes from run to
    run and so do the last digits of the weights.
    """
    with threadpool_limits(limits=1):
        return _fit(path)


def _fit(path: Path) -> dict[str, Any]:
    sentences, targets = read_newsmtsc(path)
    feats = target_features(sentences, targets)
    keep = [i for i, f in enumerate(feats) if f is not None]
    train = [i for i in keep if not is_dev(targets[i].article)]
    dev = [i for i in keep if is_dev(targets[i].article)]
    if len({targets[i].label for i in train}) < len(tone.CLASSES) or not dev:
        raise AnalysisError(f"{path}: the training part needs all three labels and the dev part one target")
    seen = Counter(k for i in train for k in feats[i])
    vocab = {k for k, n in seen.items() if n >= MIN_COUNT}

    def pruned(i: int) -> dict[str, float]:
        return {k: v for k, v in feats[i].items() if k in vocab}

    vec = DictVectorizer(sort=True)
    x_train = vec.fit_transform([pruned(i) for i in train])
    y_train = np.array([targets[i].label for i in train])
    groups = [targets[i].article for i in train]

    def model(c: float) -> LogisticRegression:
        return LogisticRegression(C=c, class_weight="balanced", max_iter=5000, tol=1e-6)

    folds = min(FOLDS, len(set(groups)))
    cv: dict[str, float] = {}
    for c in C_GRID:
        predicted = np.empty(len(train), dtype=object)
        for a, b in GroupKFold(n_splits=folds).split(x_train, y_train, groups):
            predicted[b] = model(c).fit(x_train[a], y_train[a]).predict(x_train[b])
        cv[str(c)] = round(float(f1_score(y_train, predicted.astype(str), average="macro")), 4)
    best = max(C_GRID, key=lambda c: (cv[str(c)], -c))
    lr = model(best).fit(x_train, y_train)
    if tuple(lr.classes_) != tone.CLASSES:
        raise AnalysisError(f"{path}: unexpected classes {tuple(lr.classes_)}")
    predicted = lr.predict(vec.transform([pruned(i) for i in dev]))
    gold = [targets[i].label for i in dev]
    multi = [k for k, i in enumerate(dev) if targets[i].targets_in_sentence > 1]
    baseline = [vader_label(sentences[targets[i].sentence]) for i in dev]
    names = vec.get_feature_names_out()
    return {
        "model": "multinomial logistic regression over analysis.measures.tone.features",
        "classes": list(tone.CLASSES),
        "intercept": [round(float(v), 6) for v in lr.intercept_],
        "weights": {str(n): [round(float(lr.coef_[k, j]), 6) for k in range(len(tone.CLASSES))]
                    for j, n in enumerate(names)},
        "training_file": {"name": Path(path).name, "sha256": file_sha256(path),
                          "sentences": len(sentences), "targets": len(targets),
                          "unaligned_targets": len(targets) - len(keep)},
        "split": {"rule": f"article id = first three '_' parts of primary_gid; dev when sha256(id) < "
                          f"{DEV_SHARE} of its range", "train_targets": len(train), "dev_targets": len(dev)},
        "fit": {"C_grid": list(C_GRID), "cv_macro_f1": cv, "C": best, "class_weight": "balanced",
                "min_feature_count": MIN_COUNT, "features": len(names), "scikit_learn": sklearn.__version__,
                "spacy_model": model_name()},
        "dev": {"model": scores(gold, list(predicted)), "vader_sentence": scores(gold, baseline),
                "model_multi_target": scores([gold[k] for k in multi], [str(predicted[k]) for k in multi]),
                "vader_sentence_multi_target": scores([gold[k] for k in multi], [baseline[k] for k in multi])},
    }


def write(result: dict[str, Any], out: Path) -> None:
    """Sorted, indented JSON, one feature's three weights a line: the same input gives the same bytes."""
    text = json.dumps(result, indent=1, sort_keys=True, ensure_ascii=False)
    text = re.sub(r"\[\n\s*(\S+),\n\s*(\S+),\n\s*(\S+)\n\s*\]", r"[\1, \2, \3]", text)
    Path(out).write_text(text + "\n", encoding="utf-8")


def main(path: Path, out: Path) -> int:
    result = fit(path)
    write(result, out)
    try:
        tone.load_model(out)
    except ConfigError as exc:  # what was written must load
        raise AnalysisError(f"{out}: written model does not load ({exc})") from exc
    d = result["dev"]
    print(f"dev part ({d['model']['n']} targets): macro-F1 {d['model']['macro_f1']:.3f}, accuracy "
          f"{d['model']['accuracy']:.3f}; VADER on the sentence {d['vader_sentence']['macro_f1']:.3f}; "
          f"C = {result['fit']['C']} (cross-validated on the training part); wrote {out}")
    return 0
