"""Ratios with 95% bootstrap intervals, resampling articles (the unit the annotations come in).

Quotations in one article are not independent (one speaker, one writer's habits), so the intervals
resample whole articles with replacement, a fixed number of times from a fixed seed: the same
counts always give the same interval.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

RESAMPLES = 2000
SEED = 20211020


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    return np.divide(num, den, out=np.zeros_like(num, dtype=float), where=den > 0)


def _resample(n_units: int, resamples: int, seed: int) -> np.ndarray:
    """Indices of ``resamples`` bootstrap samples of ``n_units`` units (one row per sample)."""
    return np.random.default_rng(seed).integers(0, n_units, size=(resamples, n_units))


def ratio(num: Sequence[int], den: Sequence[int], resamples: int = RESAMPLES, seed: int = SEED) -> dict:
    """``sum(num) / sum(den)`` with its 95% interval: ``{"value", "ci": [low, high], "n": sum(den)}``."""
    a, b = np.asarray(num, dtype=float), np.asarray(den, dtype=float)
    value = float(a.sum() / b.sum()) if b.sum() else 0.0
    if len(a) == 0:
        return {"value": value, "ci": [value, value], "n": 0}
    idx = _resample(len(a), resamples, seed)
    boot = _ratio(a[idx].sum(axis=1), b[idx].sum(axis=1))
    low, high = np.percentile(boot, [2.5, 97.5])
    return {"value": value, "ci": [float(low), float(high)], "n": int(b.sum())}


def prf(correct: Sequence[int], predicted: Sequence[int], found: Sequence[int], gold: Sequence[int],
        resamples: int = RESAMPLES, seed: int = SEED) -> dict:
    """Precision (correct / predicted), recall (found / gold) and F1, each with a 95% interval, from
    per-article counts; the three intervals come from the same resamples."""
    c, p, f, g = (np.asarray(x, dtype=float) for x in (correct, predicted, found, gold))

    def f1(prec, rec):
        return np.divide(2 * prec * rec, prec + rec, out=np.zeros_like(prec, dtype=float), where=(prec + rec) > 0)

    P = c.sum() / p.sum() if p.sum() else 0.0
    R = f.sum() / g.sum() if g.sum() else 0.0
    F = float(f1(np.array([P]), np.array([R]))[0])
    out = {"precision": {"value": float(P), "n": int(p.sum())}, "recall": {"value": float(R), "n": int(g.sum())},
           "f1": {"value": F, "n": int(g.sum())}}
    if len(c) == 0:
        for k in out:
            out[k]["ci"] = [out[k]["value"]] * 2
        return out
    idx = _resample(len(c), resamples, seed)
    bp = _ratio(c[idx].sum(axis=1), p[idx].sum(axis=1))
    br = _ratio(f[idx].sum(axis=1), g[idx].sum(axis=1))
    for key, boot in (("precision", bp), ("recall", br), ("f1", f1(bp, br))):
        low, high = np.percentile(boot, [2.5, 97.5])
        out[key]["ci"] = [float(low), float(high)]
    return {k: {"value": v["value"], "ci": v["ci"], "n": v["n"]} for k, v in out.items()}


def _macro_f1(counts: np.ndarray) -> np.ndarray:
    """Macro-F1 from summed per-class counts ``[..., class, (tp, fp, fn)]``."""
    tp, fp, fn = counts[..., 0], counts[..., 1], counts[..., 2]
    denominator = 2 * tp + fp + fn
    f1 = np.divide(2 * tp, denominator, out=np.zeros_like(tp, dtype=float), where=denominator > 0)
    return f1.mean(axis=-1)


def classification(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]], classes: Sequence[str],
                   resamples: int = RESAMPLES, seed: int = SEED) -> dict:
    """Macro-F1, accuracy and the mean F1 of the first and last class (for tone: negative and positive), each
    with a 95% interval, from labels grouped by unit (article): ``gold[u]`` and ``predicted[u]`` are the
    labels of unit ``u``'s items, in the same order."""
    k = len(classes)
    counts = np.zeros((len(gold), k, 3), dtype=float)  # tp, fp, fn per unit and class
    right = np.zeros(len(gold), dtype=float)
    size = np.zeros(len(gold), dtype=float)
    index = {c: i for i, c in enumerate(classes)}
    for u, (g_unit, p_unit) in enumerate(zip(gold, predicted, strict=True)):
        for g, p in zip(g_unit, p_unit, strict=True):
            size[u] += 1
            if g == p:
                counts[u, index[g], 0] += 1
                right[u] += 1
            else:
                counts[u, index[p], 1] += 1
                counts[u, index[g], 2] += 1

    def pos_neg(c: np.ndarray) -> np.ndarray:
        return _macro_f1(c[..., [0, k - 1], :])

    total = counts.sum(axis=0)
    n = int(size.sum())
    out = {"macro_f1": {"value": float(_macro_f1(total)), "n": n},
           "accuracy": {"value": float(right.sum() / n) if n else 0.0, "n": n},
           "f1_pos_neg": {"value": float(pos_neg(total)), "n": n}}
    if len(gold) == 0:
        for key in out:
            out[key]["ci"] = [out[key]["value"]] * 2
        return out
    idx = _resample(len(gold), resamples, seed)
    boot_counts = counts[idx].sum(axis=1)
    for key, boot in (("macro_f1", _macro_f1(boot_counts)), ("accuracy", _ratio(right[idx].sum(axis=1),
                                                                                   size[idx].sum(axis=1))),
                      ("f1_pos_neg", pos_neg(boot_counts))):
        low, high = np.percentile(boot, [2.5, 97.5])
        out[key]["ci"] = [float(low), float(high)]
    return out


def interval(m: dict) -> str:
    """A figure with its 95% interval, as the results tables print it: ``0.952 [0.937, 0.965]``."""
    low, high = m["ci"]
    return f"{m['value']:.3f} [{low:.3f}, {high:.3f}]"


def provenance(results: dict) -> str:
    """Which package, schema and data a recorded result comes from, as its table's heading ends."""
    return (f"package {results['package']}, schema {results['schema_version']}; "
            f"data sha256 `{results['data_sha256'][:12]}`.")
