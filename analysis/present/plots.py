"""Every figure of the project: the notebook series' per-article figures and the comparison's.

Each function reads tables from an :class:`~analysis.measures.analysed.Analysis`
(or a list of comparison :class:`~analysis.measures.compare.Record`) and
returns a matplotlib figure in the project style (:mod:`analysis.present.style`);
it computes no new measure. Titles state a computed fact about the figure's
own table. :data:`FIGURES` and :data:`COMPARE_FIGURES` register them, by
reference, under the file names they are saved as (the notebook's number
first), and :func:`write_figures` / :func:`write_compare_figures` save them all.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from importlib.metadata import version as _version
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Patch

from analysis.measures.analysed import Analysis
from analysis.measures.attribution import REPORTING_VERBS_FILE
from analysis.measures.compare import Record, frames_compare, sentiment_arc, voices_compare
from analysis.measures.framing import FRAMES, lexicon_version
from analysis.measures.readability import FLESCH_BANDS, flesch_band
from analysis.measures.sentiment import HANDFUL, NEGATIVE, POSITIVE, described, signed
from analysis.present.key import KINDS, voice_key
from analysis.present.style import PALETTE, add_source, new_figure, save_figure
from analysis.text.datafile import header_version


def plot_lengths(a: Analysis):
    """Figure: words per paragraph (bars, quoted part shaded) and words per sentence (dots).

    Returns the matplotlib figure.
    """
    paras = a.paragraph_table
    sents = a.sentence_table
    fig, ax = new_figure()
    own = paras["words"] - paras["quoted_words"]
    ax.bar(paras["paragraph"], own, color=PALETTE[0], label="words in the writer's narration")
    ax.bar(
        paras["paragraph"], paras["quoted_words"], bottom=own, color=PALETTE[1], label="words in direct quotations"
    )
    ax.scatter(
        sents["paragraph"], sents["words"], color=PALETTE[7], s=18, zorder=3, label="one sentence (its word count)"
    )
    ax.set_xticks(paras["paragraph"])
    ax.set_xlabel("body paragraph")
    ax.set_ylabel("words")
    longest = paras.loc[paras["words"].idxmax()]
    ax.set_title(
        f"Paragraph {longest['paragraph']} is the longest ({longest['words']} words); "
        f"{a.article.quoted_words / len(a.article.words):.0%} of all words are quoted"
    )
    ax.set_ylim(0, max(paras["words"].max(), sents["words"].max()) * 1.25)
    ax.legend(loc="upper left", ncol=3, fontsize=8)
    fig.subplots_adjust(bottom=0.18)
    add_source(fig, a.article.source_line("paragraphs: blank lines; sentences and words: spaCy"))
    return fig

def plot_paragraph_readability(a: Analysis):
    """Figure: Flesch reading ease per paragraph, the body value, and Flesch's bands for reference."""
    table = a.readability_table
    body = table[table["unit"] == "body"].iloc[0]
    paras = table[table["unit"] == "paragraph"]
    fig, ax = new_figure()
    shades = ["#f7f7f7", "#eeeeee"]
    for i, (low, high, band) in enumerate(FLESCH_BANDS):
        ax.axhspan(low, high, color=shades[i % 2], zorder=0)
        ax.text(len(paras) + 0.62, (low + high) / 2, band, va="center", fontsize=7, color="#666666")
    values = paras["flesch_reading_ease"]
    ax.bar(paras["index"], values, color=PALETTE[0], zorder=2)
    for r in paras.itertuples():
        ax.text(r.index, max(r.flesch_reading_ease, 0) + 1.5, f"{r.flesch_reading_ease:.1f}\n{r.sentences} sent.",
                ha="center", va="bottom", fontsize=7, zorder=4)
    ax.axhline(body["flesch_reading_ease"], color=PALETTE[7], linestyle="--", zorder=3)
    ax.text(0.45, body["flesch_reading_ease"] + 1.5, f"whole body: {body['flesch_reading_ease']:.1f}", fontsize=8)
    ax.set_xlim(0.4, len(paras) + 0.6)
    ax.set_ylim(min(0.0, float(values.min()) - 5), 100)
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.set_xticks(paras["index"])
    ax.set_xlabel("body paragraph (labels: score and textstat sentences; under 3 sentences a score is unstable)")
    ax.set_ylabel("Flesch reading ease (higher = easier)")
    hardest = paras.loc[paras["flesch_reading_ease"].idxmin()]
    ax.set_title(
        f"The body reads as '{flesch_band(body['flesch_reading_ease'])}'; "
        f"paragraph {hardest['index']} is hardest ({hardest['flesch_reading_ease']:.1f})"
    )
    fig.subplots_adjust(bottom=0.2, right=0.86)
    add_source(fig, a.article.source_line("textstat with the CMU dictionary; bands: Flesch (1948)"))
    return fig

def plot_arc(a: Analysis):
    """Figure: paragraph sentiment (line) with each sentence as a dot, and the ±0.05 neutral band."""
    sents = a.sentence_sentiment
    paras = a.paragraph_sentiment
    fig, ax = new_figure()
    ax.axhspan(NEGATIVE, POSITIVE, color="#eeeeee", zorder=0, label="neutral band (±0.05)")
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.scatter(sents["paragraph"], sents["compound"], color=PALETTE[5], s=22, zorder=3, label="one sentence")
    ax.plot(paras["paragraph"], paras["compound"], color=PALETTE[0], marker="o", zorder=4,
            label="paragraph (mean of its sentences)")
    ax.plot(paras["paragraph"], paras["corrected_compound"], color=PALETTE[3], linestyle="--", marker="x",
            zorder=4, label="corrected: event words and misread uses given no valence")
    ax.set_ylim(-1, 1)
    ax.set_xticks(paras["paragraph"])
    ax.set_xlabel("body paragraph")
    ax.set_ylabel("VADER compound (-1 negative … +1 positive)")
    mean = sents["compound"].mean()
    scored = int(sents["scored_words"].sum())
    ax.set_title(f"Article mean {described(mean)}"
                 + (f", from only {scored} scored words" if scored < HANDFUL
                    else f"; sentences from {signed(sents['compound'].min())} to {signed(sents['compound'].max())}"))
    ax.legend(loc="lower left", fontsize=8, ncol=2)
    fig.subplots_adjust(bottom=0.18)
    add_source(fig, a.article.source_line(f"VADER {_version('vaderSentiment')}, sentence scores"))
    return fig


def plot_drivers(a: Analysis, n: int = 12):
    """Figure: the words that moved the scores most (summed valence per word), marked by kind."""
    words = a.word_contributions
    words = words.assign(key=words["word"].str.lower())
    agg = (
        words.groupby("key", sort=True)
        .agg(valence=("valence", "sum"), count=("valence", "size"), quoted=("in_quote", "all"),
             event=("event_word", "any"), artefact=("artefact", "max"))
        .reset_index()
    )
    agg["magnitude"] = agg["valence"].abs()
    agg = agg.sort_values(["magnitude", "key"], ascending=[False, True]).head(n).iloc[::-1]
    colours = [PALETTE[3] if v < 0 else PALETTE[0] for v in agg["valence"]]
    fig, ax = new_figure(figsize=(8.0, 5.0))
    ax.barh(range(len(agg)), agg["valence"], color=colours)
    labels = []
    for r in agg.itertuples():
        tags = [t for t, on in (("quoted", r.quoted), ("event word", r.event), (r.artefact, bool(r.artefact))) if on]
        labels.append(f"{r.key} ×{r.count}" + (f" ({', '.join(tags)})" if tags else ""))
    ax.set_yticks(range(len(agg)), labels)
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.set_xlabel("summed VADER valence after VADER's rules (negative … positive)")
    ax.grid(axis="y", visible=False)
    top = agg.iloc[-1]
    ax.set_title(f"'{top['key']}' moves the scores most ({top['valence']:+.1f})")
    fig.subplots_adjust(left=0.3, bottom=0.16)
    add_source(fig, a.article.source_line(f"VADER {_version('vaderSentiment')} lexicon"))
    return fig


def plot_heatmap(a: Analysis, top: int = 15):
    """Figure: mentions of the ``top`` actors in each paragraph."""
    table = a.mentions_by_paragraph.head(top)
    fig, ax = new_figure(figsize=(8.0, 0.6 + 0.32 * max(len(table), 4) + 1.0))
    values = table.to_numpy()
    im = ax.imshow(values, cmap="Blues", aspect="auto", vmin=0, vmax=max(1, int(values.max())))
    ax.set_xticks(range(table.shape[1]), [str(c) for c in table.columns])
    ax.set_yticks(range(table.shape[0]), list(table.index))
    ax.grid(False)
    for (i, j), v in np.ndenumerate(values):
        if v:
            ax.text(j, i, str(v), ha="center", va="center", fontsize=8,
                    color="white" if v > values.max() / 2 else "black")
    ax.set_xlabel("body paragraph")
    lead = table.index[0] if len(table) else "-"
    present = int((table.loc[lead] > 0).sum()) if len(table) else 0
    ax.set_title(f"{lead} is named most often, in {present} of {table.shape[1]} paragraphs")
    vmax = max(1, int(values.max())) if values.size else 1
    fig.colorbar(im, ax=ax, label="mentions", shrink=0.8, ticks=range(0, vmax + 1))
    fig.subplots_adjust(left=0.25, bottom=0.2)
    add_source(fig, a.article.source_line("spaCy NER with the project codebook"))
    return fig

def plot_voices(a: Analysis):
    """Figure: remarks per actor that speaks or could, grouped under the side it speaks for.

    One row per actor of :attr:`~analysis.measures.analysed.Analysis.voice_bars`, under a header row per side;
    an actor never heard is drawn at zero ("not heard"). The two channels of the one key
    (:mod:`analysis.present.key`) stay apart: colour is the side, pattern the kind of speech (a solid bar for
    remarks quoted directly, a hatched one for remarks only reported). A remark told twice (paraphrased, then
    quoted; or by a state and its minister) is one remark (:func:`analysis.measures.attribution.remarks`)."""
    bars = a.voice_bars
    key = voice_key(a)
    labels, colours, rows, bold = [], [], [], []  # top to bottom; bold: the row names a side
    for side, group in bars.groupby("side", sort=False):
        alone = len(group) == 1 and group.iloc[0]["actor"] == side  # a side that is one actor: no header row
        if not alone:
            labels.append(textwrap.shorten(side, 26, placeholder="…"))
            colours.append(key.colour(side))
            rows.append(None)
            bold.append(True)
        for r in group.itertuples():
            labels.append(textwrap.shorten(r.actor, 26, placeholder="…") if alone
                          else "    " + textwrap.shorten(r.actor, 24, placeholder="…"))
            colours.append(key.colour(side) if alone else "#222222")
            rows.append(r)
            bold.append(alone)
    title = voices_title(bars, a.actor_order)
    extra = 0.3 * title.count("\n")  # room for the unnamed speakers' second title line
    fig, ax = new_figure(figsize=(8.0, 1.4 + extra + 0.26 * max(len(labels), 6)))
    ys = list(range(len(labels)))[::-1]
    most = max([r.remarks_direct + r.remarks_turn + r.remarks_reported for r in rows if r is not None] or [0])
    for y, r in zip(ys, rows, strict=True):
        if r is None:
            continue
        colour = key.colour(r.side)
        left = 0
        for kind, n in (("direct", r.remarks_direct), ("turn", r.remarks_turn), ("indirect", r.remarks_reported)):
            if n:
                style = KINDS[kind]
                ax.barh(y, n, left=left, height=0.7, color=colour if style.solid else "white", edgecolor=colour,
                        hatch=style.hatch, linewidth=1.2)
                left += n
        note = (f"{r.words_quoted} words quoted" if r.words_quoted else "") + (
            f"{'; ' if r.words_quoted else ''}{r.partial} partial" if r.partial else "")
        if not r.heard:
            note = f"not heard ({r.mentions} mention{'s' if r.mentions != 1 else ''})"
        if note:
            ax.text(left + 0.1, y, note, va="center", fontsize=7.5, color="#222222" if r.heard else "#777777",
                    style="normal" if r.heard else "italic")
    ax.set_yticks(ys, labels)
    for tick, colour, side_name in zip(ax.get_yticklabels(), colours, bold, strict=True):
        tick.set_color(colour)
        if side_name:
            tick.set_fontweight("bold")
    ax.set_xlim(0, most + 3)
    ax.set_ylim(-0.7, len(labels) - 0.3)
    ax.xaxis.get_major_locator().set_params(integer=True)
    turns = any(r is not None and r.remarks_turn for r in rows)
    ax.set_xlabel("remarks, each counted once: quoted directly (solid), turns of the interview (crossed), only "
                  "reported (hatched)" if turns else
                  "remarks, each counted once: quoted directly (solid) or only reported (hatched)")
    ax.grid(axis="y", visible=False)
    shown = ("direct", "turn", "indirect") if turns else ("direct", "indirect")
    handles = [Patch(facecolor="#777777" if v.solid else "white", edgecolor="#777777", hatch=v.hatch,
                     label=v.label) for k, v in KINDS.items() if k in shown]
    ax.legend(handles=handles, loc="lower right", fontsize=8, title="kind of speech (colour: side)",
              title_fontsize=8)
    ax.set_title(title)
    fig.subplots_adjust(left=0.34, bottom=0.1 + 0.5 / fig.get_size_inches()[1],
                        top=1 - (0.45 + extra) / fig.get_size_inches()[1])
    add_source(fig, a.article.source_line("quotation spans and spaCy parse; reporting-verb lexicon "
                                          f"v{header_version(REPORTING_VERBS_FILE)}; "
                                          "sides from the codebook"))
    return fig


def voices_title(bars, actors) -> str:
    """The voices figure's title: named actors heard, on how many sides, and never heard. A speaker the text
    describes but does not name ("top officials") is not an actor and has no side of the codebook: it is
    counted apart, never as a side of its own."""
    is_named, is_heard = bars["actor"].isin(actors).astype(bool), bars["heard"].astype(bool)
    named, heard, quiet = int(is_named.sum()), bars.loc[is_named & is_heard], int((is_named & ~is_heard).sum())
    unnamed = int((~is_named & is_heard).sum())
    sides = len(dict.fromkeys(heard["side"]))
    title = (f"{len(heard)} of {named} actor{'s' if named != 1 else ''} {'is' if len(heard) == 1 else 'are'} "
             f"heard, on {sides} side{'s' if sides != 1 else ''}; {quiet} never" if len(heard) else
             f"None of {named} actors is heard" if named > 1 else "The one actor is not heard" if named else
             "No actor is named")
    return title + (f"\n(and {unnamed} unnamed speaker{'s' if unnamed != 1 else ''}, on no side)" if unnamed else "")


def plot_frame_profile(a: Analysis):
    """Figure: hits per 100 body words for every frame, the lede's hits marked."""
    ranked = a.frame_scores.sort_values(["score", "name"], ascending=[False, True], kind="mergesort")
    s = ranked.iloc[::-1]  # densest at the top
    fig, ax = new_figure(figsize=(8.0, 5.5))
    ax.barh(s["name"], s["score"], color=PALETTE[0], label="whole body")
    lede_words = sum(1 for w in a.article.words if w.paragraph == 1) or 1
    ax.scatter(100 * s["lede_hits"] / lede_words, s["name"], color=PALETTE[3], zorder=3, s=20,
               label="lede (paragraph 1) alone")
    ax.set_xlabel("frame vocabulary: hits per 100 words")
    ax.grid(axis="y", visible=False)
    best = ranked.iloc[0]["score"] if len(ranked) else 0.0
    top = ranked[ranked["score"] == best]["name"].tolist()
    if not len(ranked) or best == 0:
        title = "No frame vocabulary in the body"
    elif len(top) == 1:
        title = f"{top[0]} vocabulary is densest ({best:.1f} hits per 100 words)"
    else:
        names = " and ".join(top) if len(top) == 2 else f"{len(top)} frames"
        title = f"{names} tie as the densest vocabulary ({best:.1f} hits per 100 words each)"
    ax.set_title(textwrap.fill(title, 52), fontsize=11)
    # the legend sits below the axes, where it covers no bar
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, fontsize=8, frameon=False)
    fig.subplots_adjust(left=0.36, right=0.97, top=0.88, bottom=0.2)
    add_source(fig, a.article.source_line(f"frame lexicon v{lexicon_version()} after Card et al. (2015); spaCy lemmas"))
    return fig


def plot_frame_heatmap(a: Analysis):
    """Figure: frame × paragraph, hits per 100 words of each paragraph."""
    table = a.frames_by_paragraph
    fig, ax = new_figure(figsize=(8.0, 6.0))
    values = table.to_numpy()
    im = ax.imshow(values, cmap="Oranges", aspect="auto", vmin=0)
    ax.set_xticks(range(table.shape[1]), [str(c) for c in table.columns])
    ax.set_yticks(range(table.shape[0]), [FRAMES[f] for f in table.index])
    ax.grid(False)
    for (i, j), v in np.ndenumerate(values):
        if v:
            ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=7,
                    color="white" if v > values.max() / 2 else "black")
    ax.set_xlabel("body paragraph")
    peak = np.unravel_index(values.argmax(), values.shape) if values.size else (0, 0)
    ties = int((values == values.max()).sum()) if values.size and values.max() > 0 else 0
    frame, paragraph = (table.index[peak[0]], table.columns[peak[1]]) if values.size else (None, None)
    e = a.frame_evidence
    hits = int(((e["frame"] == frame) & (e["paragraph"] == paragraph)).sum())
    title = (f"Densest: {FRAMES[frame]} in paragraph {paragraph} ({values.max():.0f} per 100 words: {hits} "
             f"hit{'s' if hits != 1 else ''})" if ties == 1
             else f"{ties} frame-paragraph cells tie as densest ({values.max():.0f} per 100 words)" if ties
             else "No frame vocabulary in the body")
    ax.set_title(textwrap.fill(title, 48))
    fig.colorbar(im, ax=ax, label="hits per 100 words", shrink=0.8)
    fig.subplots_adjust(left=0.36, bottom=0.14)
    add_source(fig, a.article.source_line(f"frame lexicon v{lexicon_version()} after Card et al. (2015)"))
    return fig



def _titled(ax, title: str, recs) -> None:
    """Set a comparison figure's title, with the articles' shared ``sources.csv`` note ("invented for the
    tests") on a second line, so a figure cut from its source line still says what its articles are; when only
    some articles carry a note, the line says how many."""
    notes = [r.note for r in recs if r.note]
    distinct = sorted(set(notes))
    if not notes:
        ax.set_title(title)
        return
    note = distinct[0].split(",")[0] if len(distinct) == 1 else "notes in the source line"
    share = "all articles" if len(notes) == len(recs) else f"{len(notes)} of {len(recs)} articles"
    ax.set_title(f"{title}\n({share}: {note})", linespacing=1.4)
    ax.figure.subplots_adjust(top=min(ax.figure.subplotpars.top, 1 - 0.75 / ax.figure.get_size_inches()[1]))


def _outlets(recs) -> str:
    """The comparison figures' source: the outlets, and their sources.csv notes ("invented article")."""
    notes = sorted({r.note for r in recs if r.note})
    return ("Source: " + "; ".join(sorted({r.outlet for r in recs}))
            + (f" ({'; '.join(notes)})" if notes else ""))


def plot_frames(articles: Sequence[Record]):
    """Figure: frame vocabulary (hits per 100 words) per article, frames that any article uses."""
    recs = list(articles)
    t = frames_compare(recs)
    keys = [r.key for r in recs]
    t = t[t[keys].sum(axis=1) > 0]
    values = t[keys].to_numpy()
    fig, ax = new_figure(figsize=(8.0, 0.8 + 0.38 * max(len(t), 4) + 1.2))
    im = ax.imshow(values, cmap="Oranges", aspect="auto", vmin=0)
    ax.set_xticks(range(len(keys)), [r.outlet for r in recs], rotation=20, ha="right")
    ax.set_yticks(range(len(t)), list(t["name"]))
    ax.grid(False)
    for (i, j), v in np.ndenumerate(values):
        if v:
            ax.text(j, i, f"{v:.1f}", ha="center", va="center", fontsize=7,
                    color="white" if v > values.max() / 2 else "black")
    top = [t.iloc[int(values[:, j].argmax())]["name"] if values[:, j].max() > 0 else "-" for j in range(len(keys))]
    _titled(ax, f"{len(set(top))} different leading frames across {len(keys)} articles", recs)
    fig.colorbar(im, ax=ax, label="hits per 100 words", shrink=0.8)
    fig.subplots_adjust(left=0.34, bottom=0.24)
    add_source(fig, _outlets(recs) + f"; frame lexicon v{lexicon_version()}")
    return fig


def plot_arcs(articles: Sequence[Record]):
    """Figure: each article's sentiment arc (mean VADER compound per body paragraph), one line per outlet."""
    recs = list(articles)
    arc = sentiment_arc(recs)
    fig, ax = new_figure()
    ax.axhspan(-0.05, 0.05, color="#eeeeee", zorder=0, label="neutral band (±0.05)")
    ax.axhline(0, color="#999999", linewidth=0.8)
    markers = "osD^v<>p"
    for i, r in enumerate(recs):
        sub = arc[arc["article"] == r.key]
        ax.plot(sub["paragraph"], sub["compound"], color=PALETTE[i % len(PALETTE)], marker=markers[i % len(markers)],
                label=r.outlet, zorder=3)
    ax.set_ylim(-1, 1)
    if len(arc):
        ax.set_xticks(range(1, int(arc["paragraph"].max()) + 1))
    ax.set_xlabel("body paragraph")
    ax.set_ylabel("VADER compound, paragraph mean")
    means = [(r.overview["mean_compound"], r.outlet) for r in recs if r.overview["mean_compound"] is not None]
    if means:
        (low, low_outlet), (high, high_outlet) = min(means), max(means)
        _titled(ax, f"Mean tone: {signed(low)} ({low_outlet}) to {signed(high)} ({high_outlet})", recs)
    else:
        _titled(ax, "No article has a sentence to score", recs)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), fontsize=8, ncol=3)
    fig.subplots_adjust(bottom=0.34)
    add_source(fig, _outlets(recs) + "; VADER sentence scores")
    return fig


def plot_voices_by_article(articles: Sequence[Record]):
    """Figure: share of each article's words quoted directly from each speaker (speakers quoted anywhere)."""
    recs = list(articles)
    keys = [r.key for r in recs]
    v = voices_compare(recs)
    v = v[(v["direct"] + v["turns"]) > 0]
    table = v.pivot_table(index="speaker", columns="article", values="share_of_voice", aggfunc="sum", fill_value=0.0)
    table = table.reindex(columns=keys, fill_value=0.0)
    table = table.loc[sorted(table.index, key=lambda s: (-table.loc[s].sum(), s))] if len(table) else table
    values = table.to_numpy() * 100
    fig, ax = new_figure(figsize=(8.0, 0.8 + 0.38 * max(len(table), 4) + 1.2))
    if len(table):
        im = ax.imshow(values, cmap="Greens", aspect="auto", vmin=0)
        for (i, j), x in np.ndenumerate(values):
            ax.text(j, i, f"{x:.0f}%" if x else "-", ha="center", va="center", fontsize=7,
                    color="white" if x > values.max() / 2 else "black")
        fig.colorbar(im, ax=ax, label="% of the article's words", shrink=0.8)
        heard = int((values > 0).sum(axis=1).max())
        _titled(ax, f"No speaker is quoted directly in more than {heard} of {len(keys)} articles", recs)
    else:
        ax.text(0.5, 0.5, "No direct quotations in these articles", ha="center", va="center",
                transform=ax.transAxes)
        _titled(ax, "Nobody is quoted directly", recs)
    ax.set_xticks(range(len(keys)), [r.outlet for r in recs], rotation=20, ha="right")
    ax.set_yticks(range(len(table)), list(table.index))
    ax.grid(False)
    fig.subplots_adjust(left=0.3, bottom=0.24)
    add_source(fig, _outlets(recs) + "; direct quotations, parse-based "
               "attribution")
    return fig


FIGURES: tuple[tuple[str, Callable[[Analysis], object]], ...] = (
    ("01-paragraph-lengths", plot_lengths),
    ("02-readability-by-paragraph", plot_paragraph_readability),
    ("03-sentiment-arc", plot_arc),
    ("03-sentiment-drivers", plot_drivers),
    ("04-actor-mentions", plot_heatmap),
    ("05-voices", plot_voices),
    ("06-frame-profile", plot_frame_profile),
    ("06-frames-by-paragraph", plot_frame_heatmap),
)
"""The per-article figures, by file name, in the order of the notebook series."""

COMPARE_FIGURES: tuple[tuple[str, Callable[[Sequence[Record]], object]], ...] = (
    ("07-frames-by-article", plot_frames),
    ("07-sentiment-arcs", plot_arcs),
    ("07-voices-by-article", plot_voices_by_article),
)
"""The comparison's figures, as ``compare`` writes them into ``DIR/figures/`` and notebook 07 into ``figures/``."""


def _save_all(registry, data, folder: Path) -> list[Path]:
    paths: list[Path] = []
    for name, plot in registry:
        fig = plot(data)
        paths += save_figure(fig, name, folder)
        plt.close(fig)
    return paths


def write_figures(a: Analysis, folder: Path) -> list[Path]:
    """Every figure of the notebook series for one article, PNG and SVG, into ``folder``."""
    return _save_all(FIGURES, a, folder)


def write_compare_figures(records: Sequence[Record], folder: Path) -> list[Path]:
    """Every comparison figure, PNG and SVG, into ``folder``."""
    return _save_all(COMPARE_FIGURES, list(records), folder)
