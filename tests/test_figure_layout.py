"""Figures checked, not only hashed: every figure of the series, on the seed and on the test fixtures, keeps
its text inside the canvas, its legend off the plotted data, numbers to two decimals at most, and a title whose
claim its table bears out."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import re
from functools import cache

import matplotlib.pyplot as plt
import pytest
from matplotlib.collections import PathCollection
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from analysis.measures.analysed import analyse
from analysis.measures.compare import record
from analysis.paths import COMPARE_FIXTURES, SEED_ARTICLE
from analysis.present import plots
from analysis.text.article import expand_paths, load_article

ARTICLES = [SEED_ARTICLE, *sorted(expand_paths([COMPARE_FIXTURES]))]


@cache
def analysed(path):
    """Each article analysed once for both tests of this file (the same worker runs the whole file)."""
    return analyse(load_article(path))


LONG_DECIMALS = re.compile(r"\d\.\d{3,}")


def _problems(fig) -> list[str]:
    fig.draw_without_rendering()  # lays out every artist, rasterises nothing
    renderer = fig.canvas.get_renderer()
    out = [f"more than two decimals in {t.get_text()[:60]!r}" for t in fig.findobj(Text)
           if t.get_visible() and LONG_DECIMALS.search(t.get_text())]
    drawn = fig.get_tightbbox(renderer)  # everything drawn, in inches
    canvas = fig.bbox_inches
    if drawn.x0 < -0.01 or drawn.y0 < -0.01 or drawn.x1 > canvas.x1 + 0.01 or drawn.y1 > canvas.y1 + 0.01:
        texts = [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]
        cut = [t.get_text()[:60] for t in texts
               if not all(fig.bbox.contains(*corner) for corner in t.get_window_extent(renderer).corners())]
        out.append(f"drawn beyond the canvas ({drawn.x0:.2f}, {drawn.y0:.2f}, {drawn.x1:.2f}, {drawn.y1:.2f} "
                   f"inches on {canvas.x1:.2f} x {canvas.y1:.2f}): {cut[:3]}")
    for ax in fig.axes:
        legend = ax.get_legend()
        if legend is None:
            continue
        lbox = legend.get_window_extent(renderer)
        for artist in ax.patches:
            solid = isinstance(artist, Rectangle) and artist.get_width() and artist.get_height()
            if solid and lbox.overlaps(artist.get_window_extent(renderer)):
                out.append(f"legend covers a bar in {ax.get_title()[:40]!r}")
                break
        for coll in ax.collections:
            if isinstance(coll, PathCollection):
                points = ax.transData.transform(coll.get_offsets())
                if any(lbox.contains(x, y) for x, y in points):
                    out.append(f"legend covers a point in {ax.get_title()[:40]!r}")
                    break
    return out


def _check(registry, data) -> None:
    problems = []
    for name, plot in registry:
        fig = plot(data)
        problems += [f"{name}: {p}" for p in _problems(fig)]
        plt.close(fig)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_every_article_figure_keeps_its_text_and_legend_clear(path):
    _check(plots.FIGURES, analysed(path))


def test_every_comparison_figure_keeps_its_text_and_legend_clear():
    _check(plots.COMPARE_FIGURES, [record(analysed(p)) for p in ARTICLES[1:]])


def test_the_frame_profile_title_names_the_densest_frames_and_their_ties(seed_analysis):
    fig = plots.plot_frame_profile(seed_analysis)
    title = " ".join(fig.axes[0].get_title(loc="left").split() + fig.axes[0].get_title().split())
    plt.close(fig)
    scores = seed_analysis.frame_scores
    best = scores["score"].max()
    top = scores.loc[scores["score"] == best, "name"].tolist()
    assert f"{best:.1f} hits per 100 words" in title
    assert all(name in title for name in top) or f"{len(top)} frames tie" in title
    assert (len(top) > 1) == ("tie" in title)


def test_every_comparison_figure_title_says_what_its_articles_are():
    """The invented fixtures' note is in every comparison figure's title, not only its source line."""
    recs = [record(analysed(p)) for p in ARTICLES[1:]]
    assert {r.note for r in recs} == {"invented for the tests, not real coverage"}
    for name, plot in plots.COMPARE_FIGURES:
        fig = plot(recs)
        title = fig.axes[0].get_title(loc="left") + fig.axes[0].get_title()
        plt.close(fig)
        assert title.endswith("(all articles: invented for the tests)"), name
