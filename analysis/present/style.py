"""One style and one export helper for every figure.

:func:`save_figure` writes PNG and SVG with byte-stable settings (fixed
``svg.hashsalt``, no dates or software versions in metadata, fixed size and
dpi), so the same input gives byte-identical files and figure diffs in git
mean real changes.
"""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt

from analysis.files import partial_path
from analysis.paths import FIGURES

DPI = 150
SIZE = (8.0, 4.5)  # inches: a report's column width at 16:9
HASHSALT = "framing-analysis"

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]

STYLE = {
    "figure.figsize": SIZE,
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "axes.grid": True,
    "grid.alpha": 0.3,
    "legend.frameon": False,
    "svg.hashsalt": HASHSALT,
    "svg.fonttype": "path",
    "path.simplify": True,
}


def apply_style() -> None:
    """Use the project style for every following figure (also sets ``svg.hashsalt``)."""
    matplotlib.rcParams.update(STYLE)


def new_figure(figsize: tuple[float, float] = SIZE, **kwargs):
    """A figure and axes in the project style."""
    apply_style()
    return plt.subplots(figsize=figsize, **kwargs)


SOURCE_CHARS_PER_INCH = 15.0
"""About how many characters of the source line fit in one inch of figure width at 8 points."""


def add_source(fig, text: str) -> None:
    """Put the source line in the bottom-left corner of the figure, in a smaller type (down to 5 points) when
    a long line (many outlets, a note) would otherwise run past the right edge."""
    fits = fig.get_figwidth() * SOURCE_CHARS_PER_INCH
    size = max(5.0, min(8.0, 8.0 * fits / max(len(text), 1)))
    fig.text(0.01, 0.01, text, ha="left", va="bottom", fontsize=size, color="#555555")


def save_figure(fig, name: str, outdir: str | Path | None = None) -> list[Path]:
    """Write ``fig`` as ``<outdir>/<name>.png`` and ``.svg``; return both paths.

    ``name`` reuses the notebook's prefix (``01-paragraph-lengths``) so every
    file traces back to its notebook. ``outdir`` defaults to ``figures/``.
    Output is byte-identical for the same figure. Each file is written beside
    its target and then renamed over it, so a reader (another process, an
    interrupted run) never sees a half-written figure.
    """
    if not name or "/" in name or name.endswith((".png", ".svg")):
        raise ValueError(f"figure name {name!r}: give a bare name such as '01-paragraph-lengths'")
    out = Path(outdir) if outdir is not None else FIGURES
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / f"{name}.png", out / f"{name}.svg"]
    with matplotlib.rc_context({"svg.hashsalt": HASHSALT}):
        formats = ((paths[0], "png", {"Software": None}), (paths[1], "svg", {"Date": None, "Creator": None}))
        for path, fmt, meta in formats:
            partial = partial_path(path)
            fig.savefig(partial, format=fmt, dpi=DPI, metadata=meta)
            os.replace(partial, path)
    return paths
