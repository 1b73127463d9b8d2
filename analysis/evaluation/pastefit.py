"""Fit the paste-line model on the labelled invented pastes and the Zyte pages' stories.

``python -m analysis.evaluation train-pastes tests/fixtures/pastes --webpages EVAL/webpages --out
analysis/data/paste_model.json`` (``make train-pastes EVAL=DIR``).

Two kinds of text are fitted on, each segmented as the package does it, with the furniture rules and without the
paste-line model (:func:`analysis.text.article.segment_parts`), and used only when the rules found a page in it
(:func:`analysis.text.pastelines.judged`, on the rules' spans as the package applies it):

* each paste of the folder's parts (:data:`FIT_PARTS`), a paragraph labelled by the paste's labelled line that
  covers most of it (``P``: a line of the page, 1; ``S``: the story, 0; ``N`` or less than half covered: not
  used);
* each fitting page of the Zyte folder (:func:`analysis.evaluation.blockfit.held_out` keeps the others apart)
  cut down to its story and three lines of its page above and below it, as a person selects an article
  (:func:`analysis.evaluation.blockfit.story_with_page_lines`): the story's lines 0, the page's lines 1. Invented
  pastes alone made a model that took real stories' first and last paragraphs.

A logistic regression (lbfgs, class weights balanced) over :data:`analysis.text.pastelines.FEATURES` (degree 1,
or with their pairwise products, degree 2) is chosen with its degree, its inverse regularisation ``C`` and its
threshold by 5-fold cross-validation grouped by text: the threshold is the lowest whose cross-validated share of
story lines set apart (as the package applies the model, :func:`analysis.text.pastelines.page_lines`: over the
threshold, ending no sentence, no item of a list, in a run of at most six at a text's margin that set-apart lines
or a button mark; the share-of-words limit aside) stays at or under :data:`MAX_REMOVED`, and the setting that
sets apart the most page lines wins. The model is refitted on every text and written as sorted JSON (weights
rounded to 6 decimals, the pastes' and the pages' sha256, counts, the chosen settings and their cross-validated
figures). Nothing is random.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from analysis.errors import AnalysisError
from analysis.evaluation import blockfit
from analysis.evaluation.pastes import read_paste
from analysis.text import blocks, pastelines
from analysis.text.article import parse_header, segment_parts

FIT_PARTS = ("develop", "develop2", "develop3", "develop4", "develop5", "check", "check2")
"""The folders of pastes the model is fitted on (a set written after the fit is the blind check)."""
MAX_REMOVED = 0.002
"""The share of story lines the cross-validated model may set apart: removing the story costs more than leaving a
line of the page in."""
C_GRID = (0.03, 0.1, 0.3, 1.0)
DEGREES = (1, 2)
THRESHOLDS = tuple(round(x, 3) for x in np.arange(0.5, 0.9951, 0.005))


def _label(labels: list[tuple[str, int, int]], s: int, e: int) -> int | None:
    best, tag = 0, None
    for t, a, b in labels:
        overlap = max(0, min(b, e) - max(a, s))
        if overlap > best:
            best, tag = overlap, t
    if tag not in ("P", "S") or best * 2 < e - s:
        return None
    return int(tag == "P")


def _example(name: str, text: str, labels: list[tuple[str, int, int]]) -> dict[str, Any] | None:
    """One text's features and labels (-1: not used) of the paragraphs the rules keep; None when the text is not
    judged (:func:`analysis.text.pastelines.judged`)."""
    _, _, begin = parse_header(text, name)
    body, pages, rules, _ = segment_parts(text, begin, path=name)
    if not pastelines.judged([a.kind for a in rules]):  # the gate as the package applies it
        return None
    between = [(a.start, a.end) for a in pages + rules if not any(s <= a.start < e for s, e in body)]
    y = [_label(labels, s, e) for s, e in body]
    items = pastelines.list_items([text[s:e] for s, e in body])
    return {"name": name, "x": pastelines.features(text, body, between),
            "y": np.array([-1 if v is None else v for v in y], dtype=int),
            "eligible": np.array([pastelines.eligible(text[s:e]) and i not in items
                                  for i, (s, e) in enumerate(body)], dtype=bool),
            "button": np.array([pastelines.button(text[s:e]) for s, e in body], dtype=bool)}


def webpage_labels(text: str, story: list[int], outside: list[int]) -> list[tuple[str, int, int]]:
    """The labelled lines of a Zyte page's story cut (:func:`analysis.evaluation.blockfit.story_with_page_lines`):
    the story's lines ``S``, the page's lines around it ``P``."""
    starts = np.cumsum([0] + [len(line) + 1 for line in text.split("\n")])
    tags = {**{i: "S" for i in story}, **{i: "P" for i in outside}}
    return [(tag, int(starts[i]), int(starts[i + 1]) - 1) for i, tag in sorted(tags.items())]


def paste_data(folder: Path, parts=FIT_PARTS, webpages: Path | None = None) -> list[dict[str, Any]]:
    """Each judged paste's features and labels of the paragraphs the rules keep, and (``webpages``: a Zyte
    folder) each fitting page's story cut with three lines of its page above and below it."""
    out = []
    for part in parts:
        for path in sorted((Path(folder) / part).glob("*.src")):
            text, labels = read_paste(path)
            out.append(_example(f"{part}/{path.name}", text, labels))
    if webpages is not None:
        for page in blockfit.part_pages(blockfit.load_pages(webpages), "fitting"):
            cut = blockfit.story_with_page_lines(page)
            if cut is not None:
                out.append(_example(f"webpages/{page['id']}", cut[0], webpage_labels(*cut)))
    out = [x for x in out if x is not None]
    if not out:
        raise AnalysisError(f"{folder}: no labelled paste to fit on (folders {', '.join(parts)} of NAME.src)")
    return out


def digest(folder: Path, parts=FIT_PARTS) -> str:
    """The sha256 over every paste of the fitted parts (names and bytes, in order)."""
    h = hashlib.sha256()
    for part in parts:
        for path in sorted((Path(folder) / part).glob("*.src")):
            h.update(f"{part}/{path.name}".encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _fit(x: np.ndarray, y: np.ndarray, degree: int, c: float) -> tuple[StandardScaler, LogisticRegression]:
    z = blocks.expand(x, degree)
    scaler = StandardScaler().fit(z)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=10000, tol=1e-6, solver="lbfgs")
    return scaler, model.fit(scaler.transform(z), y)


def _set_apart(prob: np.ndarray, eligible: np.ndarray, groups: np.ndarray, threshold: float,
               x: np.ndarray, button: np.ndarray) -> np.ndarray:
    """Which paragraphs the model sets apart at ``threshold``, as :func:`analysis.text.pastelines.page_lines` does:
    over it, eligible (ending no sentence, no item of a list) and in a run at a text's margins that the page marks
    as its own (:func:`analysis.text.pastelines.edges`)."""
    out = np.zeros(len(prob), bool)
    col = {name: x[:, pastelines.FEATURES.index(name)] > 0 for name in ("log_aside_before", "log_aside_after")}
    for g in np.unique(groups):
        at = np.flatnonzero(groups == g)
        found = pastelines.edges(list((prob[at] >= threshold) & eligible[at]), list(col["log_aside_before"][at]),
                                 list(col["log_aside_after"][at]), list(button[at]))
        out[at[found]] = True
    return out


def choose(data: list[dict[str, Any]]) -> dict[str, Any]:
    """The cross-validated choice of degree, ``C`` and threshold (see the module's docstring)."""
    groups = np.concatenate([[i] * len(d["y"]) for i, d in enumerate(data)])
    x = np.vstack([d["x"] for d in data])
    y = np.concatenate([d["y"] for d in data])
    eligible = np.concatenate([d["eligible"] for d in data])
    button = np.concatenate([d["button"] for d in data])
    best: dict[str, Any] | None = None
    for degree, c in ((d, c) for d in DEGREES for c in C_GRID):
        prob = np.zeros(len(y))
        for train, test in GroupKFold(n_splits=5).split(x, y, groups):
            used = train[y[train] >= 0]
            scaler, model = _fit(x[used], y[used], degree, c)
            prob[test] = model.predict_proba(scaler.transform(blocks.expand(x[test], degree)))[:, 1]
        for threshold in THRESHOLDS:
            apart = _set_apart(prob, eligible, groups, threshold, x, button)
            removed = int((apart & (y == 0)).sum())
            if removed <= MAX_REMOVED * int((y == 0).sum()):
                caught = int((apart & (y == 1)).sum())
                if best is None or caught > best["cv"]["page_lines_set_apart"]:
                    best = {"degree": degree, "C": c, "threshold": threshold,
                            "cv": {"page_lines_set_apart": caught, "page_lines": int((y == 1).sum()),
                                   "story_lines_set_apart": removed, "story_lines": int((y == 0).sum())}}
                break
    if best is None:
        raise AnalysisError(f"no setting keeps the cross-validated story lines set apart under {MAX_REMOVED}")
    return best


def fit(folder: Path, webpages: Path | None = None) -> dict[str, Any]:
    """The paste-line model fitted on the pastes of ``folder`` and the fitting pages' story cuts of ``webpages``
    (plain data, see the module's docstring)."""
    data = paste_data(folder, webpages=webpages)
    chosen = choose(data)
    x = np.vstack([d["x"] for d in data])
    y = np.concatenate([d["y"] for d in data])
    x, y = x[y >= 0], y[y >= 0]
    scaler, model = _fit(x, y, chosen["degree"], chosen["C"])
    return {
        "about": "Paste-line model of analysis/text/pastelines.py: logistic regression over the features of the "
                 "paragraphs the furniture rules keep in a pasted story; weights only, no text.",
        "features": list(pastelines.FEATURES), "degree": chosen["degree"], "C": chosen["C"],
        "threshold": chosen["threshold"],
        "cross_validated": chosen["cv"], "max_removed": MAX_REMOVED,
        "mean": [round(float(v), 6) for v in scaler.mean_], "scale": [round(float(v), 6) for v in scaler.scale_],
        "coef": [round(float(v), 6) for v in model.coef_[0]], "intercept": round(float(model.intercept_[0]), 6),
        "parts": list(FIT_PARTS), "texts_judged": len(data), "paragraphs": len(y), "page_paragraphs": int(y.sum()),
        "data_sha256": digest(folder), "sklearn": sklearn.__version__,
        "webpages_sha256": blockfit.data_digest(webpages) if webpages is not None else None,
        "webpages_judged": sum(d["name"].startswith("webpages/") for d in data),
    }


def train_main(folder: Path, out: Path, webpages: Path | None = None) -> int:
    model = fit(folder, webpages)
    out.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}: degree {model['degree']}, C {model['C']}, threshold {model['threshold']}, "
          f"cross-validated {model['cross_validated']}")
    return 0
