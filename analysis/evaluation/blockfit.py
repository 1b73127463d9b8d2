"""The article body of web pages: fit the block model on part of the Zyte pages, and measure every path.

``python -m analysis.evaluation train-blocks FOLDER --out analysis/data/block_model.json``
(``make train-blocks EVAL=DIR`` with ``DIR/webpages``) and
``python -m analysis.evaluation webpages FOLDER [--part held_out|fitting|all] [--record]`` (part of ``make accuracy``;
``--part fitting`` measures the fitting pages alone, to develop on without reading a held-out page).

``FOLDER`` holds ``ground-truth.jsonl`` (``id``, ``articleBody``), ``pasted/<id>.txt`` (a browser's *select
all* of the page) and ``html/<id>.html.gz`` (the saved page). The pages split by a hash of their id
(:func:`held_out`): about two in three to fit and tune, the rest to record. Nothing else is random.

Fitting (:func:`fit`): each line of a pasted page (:func:`analysis.text.blocks.page_lines`) is labelled
*article* when half or more of its token 4-grams occur in the page's gold body (a line of one to three tokens:
when its tokens occur in that order in the gold body); the labels are used to fit and are never kept. A
logistic regression (lbfgs, one thread, class weights balanced) over :data:`~analysis.text.blocks.FEATURES`
(degree 1, or with their pairwise products, degree 2) is chosen with its inverse regularisation ``C`` and its
threshold by 5-fold cross-validation over the fitting pages, folds grouped by page: the threshold is the
highest whose cross-validated body recall stays at or above :data:`MIN_RECALL`, and among the settings the one
with the best cross-validated F1 wins; the neighbours' weight of the smoothing
(:data:`SMOOTHING`) is chosen the same way. The model is refitted on every fitting page and written as sorted JSON
(weights rounded to 6 decimals, the data's sha256, sizes, the chosen settings and their scores).

Measuring (:func:`webpages_results`): the upstream metric (token 4-gram shingles; precision averaged over pages
with a prediction, recall over all pages, F1 their harmonic mean; :func:`score`) with 95% bootstrap intervals
over pages, on the held-out pages (and, apart, the fitting pages), for: the package on the pasted text (its
whole segmentation: block model and furniture rules), the raw paste, the package on the saved HTML, and
trafilatura's calls on the same HTML (defaults; ``include_comments=False``; ``favor_precision``;
``favor_recall``); and how many actors of the package's analysis of the held-out pasted pages are made of
furniture (:func:`furniture_actors`). Results hold numbers only, never page text.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
import trafilatura
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from analysis.errors import AnalysisError
from analysis.measures.analysed import analyse
from analysis.text import blocks
from analysis.text.article import load_article, read_html, segment

MIN_RECALL = 0.95
"""The body recall (cross-validated) the threshold must keep: removing article text costs more than leaving
furniture in."""
C_GRID = (0.1, 1.0, 10.0)
DEGREES = (1, 2)
THRESHOLDS = tuple(round(x, 2) for x in np.arange(0.05, 0.96, 0.025))
SMOOTHING = (0.0, 0.15, 0.25)
"""Weights of the two neighbours' probabilities (:func:`analysis.text.blocks.smooth`) tried."""
HELD_OUT_SHARE = 3
"""One page in this many (by the hash of its id) is held out for recording."""
BOOTSTRAP = 1000
_TOKEN = re.compile(r"\w+")


def held_out(page_id: str) -> bool:
    """Whether a page is kept for recording (the sha256 of its id, read as a number, divisible by 3)."""
    return int(hashlib.sha256(page_id.encode("utf-8")).hexdigest(), 16) % HELD_OUT_SHARE == 0


def shingles(text: str) -> Counter:
    """The token 4-grams of ``text`` as a multiset (a text of 1-3 tokens is one shorter shingle)."""
    tokens = _TOKEN.findall(text)
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def page_scores(predicted: str, gold: str) -> tuple[float | None, float]:
    """``(precision or None without a prediction, recall)`` of one page, as upstream's evaluate.py."""
    a, b = shingles(predicted), shingles(gold)
    tp, fp, fn = sum((a & b).values()), sum((a - b).values()), sum((b - a).values())
    precision = tp / (tp + fp) if tp + fp else None
    return precision, (tp / (tp + fn) if tp + fn else 0.0)


def score(pairs: Sequence[tuple[str, str]]) -> dict[str, float]:
    """Precision (mean over pages with a prediction), recall (mean over pages) and their harmonic mean F1."""
    per = [page_scores(p, g) for p, g in pairs]
    return _prf([p for p, _ in per], [r for _, r in per])


def _prf(precisions: Sequence[float | None], recalls: Sequence[float]) -> dict[str, float]:
    ps = [p for p in precisions if p is not None]
    p = float(np.mean(ps)) if ps else 0.0
    r = float(np.mean(recalls)) if len(recalls) else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def scored(pairs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """:func:`score` with a 95% bootstrap interval for each figure (resampling pages, seed 0) and ``n``."""
    per = [page_scores(p, g) for p, g in pairs]
    point = _prf([p for p, _ in per], [r for _, r in per])
    rng = np.random.default_rng(0)
    draws = [_prf(*zip(*[per[i] for i in rng.integers(0, len(per), len(per))], strict=True))
             for _ in range(BOOTSTRAP)] if per else []
    out: dict[str, Any] = {"pages": len(per)}
    for key, value in point.items():
        values = sorted(d[key] for d in draws)
        out[key] = {"value": round(value, 4),
                    "low": round(values[int(0.025 * len(values))], 4) if values else None,
                    "high": round(values[int(0.975 * len(values)) - 1], 4) if values else None}
    return out


def load_pages(folder: Path) -> list[dict[str, str]]:
    """Every page with its id, gold body and pasted text, in id order (a clear error for a bad folder)."""
    truth = Path(folder) / "ground-truth.jsonl"
    if not truth.is_file() or not (Path(folder) / "pasted").is_dir():
        raise AnalysisError(f"{folder}: not a webpages folder (ground-truth.jsonl and pasted/ expected)")
    pages = []
    for line in truth.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        pasted = Path(folder) / "pasted" / f"{row['id']}.txt"
        if pasted.is_file():
            pages.append({"id": row["id"], "gold": row["articleBody"], "pasted": pasted.read_text(encoding="utf-8")})
    if not pages:
        raise AnalysisError(f"{folder}: no page has both a gold body and a pasted text")
    return sorted(pages, key=lambda p: p["id"])


def _digest(pages: Sequence[dict[str, str]]) -> str:
    h = hashlib.sha256()
    for p in pages:
        h.update(p["id"].encode() + b"\0" + p["gold"].encode() + b"\0" + p["pasted"].encode() + b"\0")
    return h.hexdigest()


def data_digest(folder: Path) -> str:
    """The sha256 of every page of a webpages folder (ids, gold bodies and pasted texts)."""
    return _digest(load_pages(folder))


def line_labels(raw: str, lines: Sequence[tuple[int, int]], gold: str) -> list[int]:
    """1 for a line of the article (half or more of its 4-grams in the gold body; a short line: its tokens in
    order in the gold body), else 0."""
    tokens = _TOKEN.findall(gold)
    grams = set(shingles(gold))
    joined = " " + " ".join(tokens) + " "
    out = []
    for s, e in lines:
        mine = _TOKEN.findall(raw[s:e])
        if len(mine) < 4:
            out.append(int(bool(mine) and f" {' '.join(mine)} " in joined))
            continue
        g = shingles(raw[s:e])
        out.append(int(sum(v for k, v in g.items() if k in grams) * 2 >= sum(g.values())))
    return out


def _page_data(pages: Sequence[dict[str, str]]) -> list[dict[str, Any]]:
    out = []
    for p in pages:
        lines = blocks.page_lines(p["pasted"])
        out.append({**p, "lines": lines, "page": blocks.looks_like_page(p["pasted"], lines),
                    "x": blocks.features(p["pasted"], lines), "y": line_labels(p["pasted"], lines, p["gold"])})
    return out


def _body(page: dict[str, Any], keep: np.ndarray) -> str:
    raw = page["pasted"]
    return "\n".join(raw[s:e] for (s, e), k in zip(page["lines"], keep, strict=True) if k or not page["page"])


def _fit(x: np.ndarray, y: np.ndarray, degree: int, c: float) -> tuple[StandardScaler, LogisticRegression]:
    z = blocks.expand(x, degree)
    scaler = StandardScaler().fit(z)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, tol=1e-6, solver="lbfgs")
    return scaler, model.fit(scaler.transform(z), y)


def _choose(data: list[dict[str, Any]]) -> dict[str, Any]:
    """The cross-validated choice of degree, C and threshold (see the module's docstring)."""
    pages = [d for d in data if d["page"]]
    groups = np.concatenate([[i] * len(d["lines"]) for i, d in enumerate(pages)])
    x = np.vstack([d["x"] for d in pages])
    y = np.concatenate([d["y"] for d in pages])
    best: dict[str, Any] | None = None
    for degree in DEGREES:
        for c in C_GRID:
            prob = np.zeros(len(y))
            for train, test in GroupKFold(n_splits=5).split(x, y, groups):
                scaler, model = _fit(x[train], y[train], degree, c)
                prob[test] = model.predict_proba(scaler.transform(blocks.expand(x[test], degree)))[:, 1]
            for weight in SMOOTHING:
                smoothed = np.concatenate([blocks.smooth(prob[groups == i], weight) for i in range(len(pages))])
                for threshold in sorted(THRESHOLDS, reverse=True):
                    pairs, at = [], 0
                    for d in data:
                        k = len(d["lines"]) if d["page"] else 0
                        keep = smoothed[at:at + k] >= threshold if d["page"] else np.ones(len(d["lines"]), bool)
                        at += k
                        pairs.append((_body(d, keep), d["gold"]))
                    s = score(pairs)
                    if s["recall"] >= MIN_RECALL:
                        if best is None or s["f1"] > best["cv"]["f1"]:
                            best = {"degree": degree, "C": c, "smoothing": weight, "threshold": threshold,
                                    "cv": {k: round(v, 4) for k, v in s.items()}}
                        break
    if best is None:
        raise AnalysisError(f"no setting keeps a cross-validated recall of {MIN_RECALL}")
    return best


def fit(folder: Path) -> dict[str, Any]:
    """The block model fitted on the fitting pages of ``folder`` (plain data, see the module's docstring)."""
    pages = load_pages(folder)
    fitting = [p for p in pages if not held_out(p["id"])]
    data = _page_data(fitting)
    chosen = _choose(data)
    used = [d for d in data if d["page"]]
    x = np.vstack([d["x"] for d in used])
    y = np.concatenate([d["y"] for d in used])
    scaler, model = _fit(x, y, chosen["degree"], chosen["C"])
    return {
        "about": "Block model of analysis/text/blocks.py: logistic regression over the line features and, for "
                 "degree 2, their pairwise products; weights only, no page text.",
        "features": list(blocks.FEATURES),
        "degree": chosen["degree"], "C": chosen["C"], "threshold": chosen["threshold"],
        "smoothing": chosen["smoothing"],
        "cross_validated": chosen["cv"], "min_recall": MIN_RECALL,
        "mean": [round(float(v), 6) for v in scaler.mean_], "scale": [round(float(v), 6) for v in scaler.scale_],
        "coef": [round(float(v), 6) for v in model.coef_[0]], "intercept": round(float(model.intercept_[0]), 6),
        "fitting_pages": len(fitting), "pages_judged": len(used), "lines": len(y),
        "article_lines": int(y.sum()), "data_sha256": _digest(pages), "split": "sha256(id) % 3 != 0 fits",
        "sklearn": sklearn.__version__,
    }


def train_main(folder: Path, out: Path) -> int:
    model = fit(folder)
    out.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}: degree {model['degree']}, C {model['C']}, threshold {model['threshold']}, "
          f"cross-validated {model['cross_validated']}")
    return 0


def _html(folder: Path, page_id: str) -> bytes | None:
    """The saved page's bytes (decompressed), or None when the folder has no page of that id."""
    path = Path(folder) / "html" / f"{page_id}.html.gz"
    return gzip.decompress(path.read_bytes()) if path.is_file() else None


def _package_html(folder: Path, page_id: str) -> str:
    """The package's body of a saved page: extraction, then its furniture rules."""
    html = _html(folder, page_id)
    if html is None:
        return ""
    try:
        with tempfile.TemporaryDirectory() as d:
            saved = Path(d) / "page.html"
            saved.write_bytes(html)
            raw, meta = read_html(saved, 50_000_000)
    except AnalysisError:
        return ""
    spans, _, _ = segment(raw, 0, title=meta.title, pasted_page=False)
    return "\n".join(raw[s:e] for s, e in spans)


def _package_pasted(raw: str) -> str:
    """The package's body of a pasted page ('' when it finds no article: the page then scores recall 0)."""
    try:
        spans, _, _ = segment(raw, 0)
    except AnalysisError:
        return ""
    return "\n".join(raw[s:e] for s, e in spans)


TRAFILATURA_CALLS: dict[str, dict[str, Any]] = {
    "trafilatura defaults": {},
    "trafilatura include_comments=False": {"include_comments": False},
    "trafilatura favor_precision=True": {"favor_precision": True},
    "trafilatura favor_recall=True": {"favor_recall": True},
}


PARTS = ("held_out", "fitting", "all")
"""The pages :func:`webpages_results` measures: the held-out ones (recorded; the fitting ones shown beside them),
the fitting ones alone (to develop rules and features on, never recorded) or every page."""


def part_pages(pages: Sequence[dict[str, str]], which: str) -> list[dict[str, str]]:
    """The pages of one part (:data:`PARTS`; a clear error for another name)."""
    if which not in PARTS:
        raise AnalysisError(f"part {which!r} is not one of {', '.join(PARTS)}")
    return [p for p in pages if which == "all" or held_out(p["id"]) == (which == "held_out")]


def webpages_results(folder: Path, part: str = "held_out") -> dict[str, Any]:
    """Body F1, precision and recall with intervals for every path, and the actors made of furniture.

    ``part`` ``held_out`` (what is recorded): the figures on the held-out pages and, apart, on the fitting pages,
    the actors on the held-out pages; ``fitting`` or ``all``: the figures and the actors on those pages only (the
    fitting part reads no held-out page)."""
    pages = load_pages(folder)
    chosen = part_pages(pages, part)
    systems: dict[str, Callable[[dict[str, str]], str]] = {
        "package, pasted text": lambda p: _package_pasted(p["pasted"]),
        "pasted text, nothing removed": lambda p: p["pasted"],
        "package, saved HTML": lambda p: _package_html(folder, p["id"]),
    }
    for name, kwargs in TRAFILATURA_CALLS.items():
        systems[name] = (lambda kw: lambda p: trafilatura.extract(_html(folder, p["id"]) or b"", **kw) or "")(kwargs)
    out: dict[str, Any] = {"dataset": "Zyte article-extraction benchmark (webpages)", "pages": len(pages),
                           "data_sha256": _digest(pages), "split": "held out: sha256(id) % 3 == 0",
                           "trafilatura": trafilatura.__version__, "metrics": {}}
    parts = (("held_out", chosen), ("fitting", part_pages(pages, "fitting"))) if part == "held_out" else \
        ((part, chosen),)
    for name_of_part, those in parts:
        out["metrics"][name_of_part] = {name: scored([(run(p), p["gold"]) for p in those])
                                        for name, run in systems.items()}
    out["furniture_actors"] = furniture_actors(chosen)
    out["story_with_page_lines"] = story_results(chosen)
    if part != "held_out":
        out["part"] = part  # never recorded (the harness refuses --record with another part)
    return out


def _actors_of_furniture(a, gold_text: str) -> tuple[int, int]:
    """The actors of analysis ``a`` and how many of them have no mention whose words occur in ``gold_text``."""
    gold = " ".join(_TOKEN.findall(gold_text))
    texts: dict[str, list[str]] = {}
    for r in a.actor_mentions.itertuples():
        texts.setdefault(r.name, []).append(" ".join(_TOKEN.findall(r.text)))
    return len(texts), sum(all(f" {t} " not in f" {gold} " for t in ts) for ts in texts.values())


def furniture_actors(pages: Sequence[dict[str, str]]) -> dict[str, Any]:
    """Actors of the package's analysis of each pasted page whose every mention's words are missing from the
    page's gold body (actors made of furniture: a menu's country names, an editor's signature), with all the
    actors found, over ``pages``."""
    found = furniture = 0
    with tempfile.TemporaryDirectory() as d:
        for p in pages:
            path = Path(d) / f"{p['id']}.txt"
            path.write_text(p["pasted"], encoding="utf-8")
            try:
                a = analyse(load_article(path))
            except AnalysisError:
                continue
            actors, made = _actors_of_furniture(a, p["gold"])
            found += actors
            furniture += made
    return {"pages": len(pages), "actors": found, "made_of_furniture": furniture}


AROUND = 3
"""Lines of the page kept above and below the story by :func:`story_with_page_lines`."""
STORY_LINE_TOKENS = 5


def story_with_page_lines(page: dict[str, str], around: int = AROUND) -> tuple[str, list[int], list[int]] | None:
    """The pasted page cut down to its story and ``around`` lines of the page above and below it, as a person who
    selects an article from about its headline to about its end copies it; with the indices (in the cut text's
    lines) of the story's lines (:data:`STORY_LINE_TOKENS` or more tokens, all in order in the gold body) and of
    the non-blank page lines around it. None when no line is the story's."""
    lines = page["pasted"].split("\n")
    gold = " " + " ".join(_TOKEN.findall(page["gold"])) + " "
    story = [i for i, line in enumerate(lines) if len(tokens := _TOKEN.findall(line)) >= STORY_LINE_TOKENS
             and f" {' '.join(tokens)} " in gold]
    if not story:
        return None
    low, high = max(0, story[0] - around), min(len(lines), story[-1] + around + 1)
    outside = [i - low for i in range(low, high) if (i < story[0] or i > story[-1]) and lines[i].strip()]
    return "\n".join(lines[low:high]), [i - low for i in story], outside


def story_results(pages: Sequence[dict[str, str]], around: int = AROUND) -> dict[str, Any]:
    """The package on each page's story with ``around`` lines of its page (:func:`story_with_page_lines`): the
    page lines set apart (a line none of whose characters stays in a body paragraph), the story's lines removed
    whole, the body F1 with intervals, and the actors made of furniture (as :func:`furniture_actors`)."""
    lines_around = set_apart = story_lines = removed = found = furniture = 0
    pairs = []
    with tempfile.TemporaryDirectory() as d:
        for p in pages:
            cut = story_with_page_lines(p, around)
            if cut is None:
                continue
            text, story, outside = cut
            path = Path(d) / f"{p['id']}.txt"
            path.write_text(text, encoding="utf-8")
            try:
                a = analyse(load_article(path))
            except AnalysisError:
                pairs.append(("", p["gold"]))
                continue
            starts = np.cumsum([0] + [len(line) + 1 for line in text.split("\n")])
            body = [(q.start, q.end) for q in a.article.paragraphs]
            kept = [any(s < starts[i + 1] - 1 and starts[i] < e for s, e in body) for i in range(len(starts) - 1)]
            lines_around += len(outside)
            set_apart += sum(not kept[i] for i in outside)
            story_lines += len(story)
            removed += sum(not kept[i] for i in story)
            pairs.append(("\n".join(q.text for q in a.article.paragraphs), p["gold"]))
            actors, made = _actors_of_furniture(a, p["gold"])
            found += actors
            furniture += made
    return {"pages": len(pairs), "around": around, "page_lines": lines_around, "page_lines_set_apart": set_apart,
            "story_lines": story_lines, "story_lines_removed": removed, "actors": found,
            "made_of_furniture": furniture, "body": scored(pairs)}


def format_table(results: dict[str, Any]) -> str:
    """The Markdown table of the webpages results."""
    def cell(x: dict[str, Any]) -> str:
        return f"{x['value']:.3f} [{x['low']:.3f}, {x['high']:.3f}]"

    lines = [f"{results['dataset']}: {results['pages']} shared pages, {results['split']} "
             f"(trafilatura {results['trafilatura']}; data sha256 {results['data_sha256'][:12]}).", ""]
    titles = {"held_out": "held-out pages (recorded)", "fitting": "fitting pages", "all": "all pages"}
    for part, rows in results["metrics"].items():
        title = titles[part]
        n = next(iter(rows.values()))["pages"]
        lines += [f"**{title}**, {n} pages", "", "| body from | F1 | precision | recall |", "|---|---|---|---|"]
        lines += [f"| {name} | {cell(x['f1'])} | {cell(x['precision'])} | {cell(x['recall'])} |"
                  for name, x in rows.items()]
        lines.append("")
    f = results["furniture_actors"]
    which = titles[results.get("part", "held_out")].split(" (")[0]
    lines.append(f"Actors made of furniture (every mention's words missing from the gold body), package on the "
                 f"pasted text of the {f['pages']} {which}: {f['made_of_furniture']} of {f['actors']} actors "
                 f"({f['made_of_furniture'] / max(1, f['actors']):.0%}). "
                 "The share of the gold body removed is one minus the recall above.")
    w = results.get("story_with_page_lines")
    if w is not None:
        b = w["body"]
        lines += ["", f"A story pasted with {w['around']} lines of its page above and below it (the pasted page cut "
                  f"down, {w['pages']} {which}): {w['page_lines_set_apart']} of {w['page_lines']} page lines set "
                  f"apart; {w['story_lines_removed']} of {w['story_lines']} lines of the story removed; body F1 "
                  f"{cell(b['f1'])}, recall {cell(b['recall'])}; {w['made_of_furniture']} of {w['actors']} actors "
                  f"made of furniture ({w['made_of_furniture'] / max(1, w['actors']):.0%})."]
    return "\n".join(lines).rstrip()
