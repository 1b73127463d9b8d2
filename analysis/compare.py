"""Several articles on one event, side by side.

``python -m analysis compare PATH [PATH ...] --out DIR`` loads each article,
runs the per-article analyses, and writes comparison tables (one CSV each,
documented in :data:`TABLES`, which also generates ``DIR/README.md``),
``compare.json`` with the differences highlighted (actors heard in some
articles and not others, actors one article alone mentions, labels for an
actor that only one article uses) and the :data:`FIGURES`. Articles are keyed
by file stem.

The per-article part is :func:`record`, a pure function of one article
returning a small picklable :class:`Record`; the CLI computes records in
worker processes with ``--jobs``. Every table and figure function accepts
articles or records.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.article import Article

# file -> (what one row is, {column: (type, meaning)}); "<article>" stands for one column per article
TABLES: dict[str, tuple[str, dict[str, tuple[str, str]]]] = {
    "overview.csv": ("article", {
        "article": ("str", "the article's key: its file name without .txt"),
        "outlet": ("str", "outlet from sources.csv beside the file (else the file name)"),
        "date": ("str", "date from the header, YYYY-MM-DD or YYYY-MM (empty without a header)"),
        "paragraphs": ("int", "body paragraphs (date header and credit line excluded)"),
        "words": ("int", "body words (spaCy tokens with a letter or digit, clitics excluded)"),
        "quoted_words": ("int", "words inside direct quotations"),
        "quoted_share": ("float", "quoted_words / words (0-1)"),
        "flesch_reading_ease": ("float", "textstat on the body; higher = easier"),
        "flesch_kincaid_grade": ("float", "textstat on the body; US grade, higher = harder"),
        "mean_compound": ("float", "mean VADER compound over the body's sentences (-1 ... +1)"),
        "narration_mean_compound": ("float", "the same for the writer's narration (empty if none)"),
        "quoted_mean_compound": ("float", "the same for direct-quotation text (empty if none)"),
    }),
    "sentiment_arc.csv": ("article and body paragraph", {
        "article": ("str", "article key"),
        "paragraph": ("int", "1-based body paragraph"),
        "compound": ("float", "mean VADER compound of the paragraph's sentences"),
        "label": ("str", "positive (>= 0.05), negative (<= -0.05) or neutral"),
    }),
    "actor_mentions.csv": ("actor (most mentioned over all articles first, ties by name)", {
        "actor": ("str", "canonical name (project codebook) or the name as written"),
        "<article>": ("int", "mentions in that article; one column per article, in input order"),
        "articles": ("int", "articles that mention the actor"),
    }),
    "labels.csv": ("phrase naming an actor in one article", {
        "actor": ("str", "canonical name"),
        "article": ("str", "article key"),
        "voice": ("str", "writer (narration) or quoted (inside a direct quotation)"),
        "kind": ("str", "name_phrase, title, apposition, copula or descriptor"),
        "text": ("str", "the phrase as written"),
        "unique": ("bool", "no other article uses this phrase (case-insensitive) for this actor"),
    }),
    "voices.csv": ("article and speaker", {
        "article": ("str", "article key"),
        "speaker": ("str", "canonical actor or the subject phrase"),
        "direct": ("int", "direct quotations"),
        "indirect": ("int", "reported statements"),
        "words_quoted": ("int", "words in the speaker's direct quotations"),
        "share_of_voice": ("float", "words_quoted / the article's body words"),
    }),
    "cues.csv": ("article and reporting verb", {
        "article": ("str", "article key"),
        "cue": ("str", "reporting verb lemma (or 'express <noun>')"),
        "class": ("str", "neutral, assertive, distancing, tentative or emotive (verbs the lexicon classes only)"),
        "count": ("int", "quotations and statements it introduces"),
    }),
    "frames.csv": ("frame (all sixteen, lexicon order)", {
        "frame": ("str", "frame id"),
        "name": ("str", "display name"),
        "<article>": ("float", "frame-lexicon hits per 100 body words in that article; one column per article"),
    }),
    "distance.csv": ("article: the writer's distance markers", {
        "article": ("str", "article key"),
        "hedges": ("int", "hedging words in the narration"),
        "distancing": ("int", "distancing words in the narration"),
        "distancing_cues": ("int", "distancing reporting verbs (claim, allege ...)"),
        "scare_quotes": ("int", "short marked phrases (scare quotes)"),
    }),
}


@dataclass(frozen=True)
class Record:
    """What the comparison needs from one article: small tables, picklable, computed once per article.

    Made by :func:`record`, in a worker process when ``--jobs`` asks for several; the article itself
    (text, spaCy docs) is not kept, so comparing many articles holds little in memory.
    """

    key: str
    outlet: str
    overview: dict[str, Any]
    arc: pd.DataFrame
    mentions: pd.Series
    labels: pd.DataFrame
    voices: pd.DataFrame
    cues: pd.DataFrame
    frames: pd.DataFrame
    distance: dict[str, int]


def record(article: Article) -> Record:
    """The per-article part of the comparison (pure function of the article)."""
    from analysis.actors import actor_labels
    from analysis.entities import actor_mentions
    from analysis.framing import distance_json, frame_scores
    from analysis.quotes import quotes_table, voices_table
    from analysis.readability import body_readability
    from analysis.sentiment import article_sentiment, paragraph_sentiment

    key = Path(article.path).stem
    r, s = body_readability(article), article_sentiment(article)
    words = len(article.words)
    overview_row = {"article": key, "outlet": article.outlet, "date": article.date,
                    "paragraphs": len(article.paragraphs), "words": words, "quoted_words": article.quoted_words,
                    "quoted_share": article.quoted_words / words if words else 0.0,
                    "flesch_reading_ease": r["flesch_reading_ease"], "flesch_kincaid_grade": r["flesch_kincaid_grade"],
                    "mean_compound": s["mean_compound"], "narration_mean_compound": s["narration_mean_compound"],
                    "quoted_mean_compound": s["quoted_mean_compound"]}
    q = quotes_table(article).dropna(subset=["cue"])
    cues = pd.DataFrame([{"article": key, "cue": cue, "class": cls, "count": int(n)}
                         for (cue, cls), n in q.groupby(["cue", "cue_class"]).size().items()],
                        columns=["article", "cue", "class", "count"])
    w = distance_json(article).get("writer", {})
    return Record(
        key=key, outlet=article.outlet, overview=overview_row,
        arc=paragraph_sentiment(article)[["paragraph", "compound", "label"]].assign(article=key),
        mentions=actor_mentions(article)["name"].value_counts(),
        labels=actor_labels(article).assign(article=key),
        voices=voices_table(article).assign(article=key),
        cues=cues,
        frames=frame_scores(article)[["frame", "name", "score"]],
        distance={k: w.get(k, 0) for k in ("hedges", "distancing", "distancing_cues", "scare_quotes")},
    )


def records(items: Sequence[Article | Record]) -> list[Record]:
    """Records for a mix of articles and records (articles are turned into records)."""
    return [x if isinstance(x, Record) else record(x) for x in items]


def overview(articles: Sequence[Article | Record]) -> pd.DataFrame:
    """One row per article: the columns of ``TABLES["overview.csv"]``."""
    return pd.DataFrame([r.overview for r in records(articles)], columns=list(TABLES["overview.csv"][1]))


def sentiment_arc(articles: Sequence[Article | Record]) -> pd.DataFrame:
    """One row per article and paragraph: mean compound and label."""
    frames = [r.arc for r in records(articles)]
    return pd.concat(frames, ignore_index=True)[["article", "paragraph", "compound", "label"]]


def actor_mentions_table(articles: Sequence[Article | Record]) -> pd.DataFrame:
    """One row per actor: mentions per article (a column each) and the number of articles mentioning it."""
    recs = records(articles)
    keys = [r.key for r in recs]
    table = pd.DataFrame({r.key: r.mentions for r in recs}).fillna(0).astype(int)
    table["articles"] = (table > 0).sum(axis=1)
    table = table.reset_index(names="actor")
    total = table[keys].sum(axis=1)
    return table.assign(_t=total).sort_values(["_t", "actor"], ascending=[False, True]).drop(columns="_t") \
        .reset_index(drop=True)


def labels_table(articles: Sequence[Article | Record]) -> pd.DataFrame:
    """One row per naming phrase per article, with ``unique``: no other article uses it for that actor."""
    recs = records(articles)
    cols = list(TABLES["labels.csv"][1])
    t = pd.concat([r.labels for r in recs], ignore_index=True) if recs else pd.DataFrame()
    if t.empty:
        return pd.DataFrame(columns=cols)
    norm = t["text"].str.lower()
    users = t.assign(_n=norm).groupby(["actor", "_n"])["article"].transform("nunique")
    t["unique"] = (users == 1) & (len(recs) > 1)
    return t[cols].sort_values(["actor", "article", "text"]).reset_index(drop=True)


def voices_compare(articles: Sequence[Article | Record]) -> pd.DataFrame:
    """One row per article and speaker: direct, indirect, words quoted, share of voice."""
    cols = list(TABLES["voices.csv"][1])
    rows = [r.voices for r in records(articles) if len(r.voices)]
    t = pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=cols)
    return t[cols].sort_values(["article", "speaker"]).reset_index(drop=True)


def cues_compare(articles: Sequence[Article | Record]) -> pd.DataFrame:
    """One row per article and reporting verb: its class and how often it is used."""
    rows = [r.cues for r in records(articles) if len(r.cues)]
    cols = list(TABLES["cues.csv"][1])
    return pd.concat(rows, ignore_index=True)[cols] if rows else pd.DataFrame(columns=cols)


def frames_compare(articles: Sequence[Article | Record]) -> pd.DataFrame:
    """One row per frame: hits per 100 words in each article (a column each)."""
    recs = records(articles)
    base = recs[0].frames[["frame", "name"]].copy() if recs else pd.DataFrame(columns=["frame", "name"])
    for r in recs:
        base[r.key] = r.frames["score"].to_numpy()
    return base


def distance_compare(articles: Sequence[Article | Record]) -> pd.DataFrame:
    """One row per article: the writer's hedges, distancing words, distancing cues and scare quotes."""
    cols = list(TABLES["distance.csv"][1])
    return pd.DataFrame([{"article": r.key, **r.distance} for r in records(articles)], columns=cols)


def differences(articles: Sequence[Article | Record]) -> dict[str, Any]:
    """What differs: who is heard where, who is mentioned in one article only, labels one article alone uses."""
    articles = records(articles)
    voices = voices_compare(articles)
    heard = voices[voices["direct"] > 0].groupby("speaker")["article"].agg(sorted)
    keys = [r.key for r in articles]
    mentions = actor_mentions_table(articles)
    labels = labels_table(articles)
    return {
        "heard_directly": {s: {"in": arts, "not_in": [k for k in keys if k not in arts]} for s, arts in heard.items()},
        "mentioned_in_one_article_only": {row["actor"]: next(k for k in keys if row[k] > 0)
                                          for _, row in mentions[mentions["articles"] == 1].iterrows()},
        "labels_used_by_one_article": [{"actor": r.actor, "article": r.article, "text": r.text, "voice": r.voice}
                                       for r in labels[labels["unique"]].itertuples()],
    }


def compare(articles: Sequence[Article | Record], out_dir: Path, figures: bool = True) -> dict[str, Any]:
    """Write the comparison tables, ``compare.json``, the data dictionary ``README.md`` and (unless
    ``figures`` is false) ``figures/`` into ``out_dir``.

    Returns the JSON object. Takes articles or their :func:`record` (the CLI computes records in workers).
    """
    recs = records(articles)
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = {
        "overview.csv": overview(recs), "sentiment_arc.csv": sentiment_arc(recs),
        "actor_mentions.csv": actor_mentions_table(recs), "labels.csv": labels_table(recs),
        "voices.csv": voices_compare(recs), "cues.csv": cues_compare(recs),
        "frames.csv": frames_compare(recs), "distance.csv": distance_compare(recs),
    }
    for name, df in tables.items():
        df.to_csv(out_dir / name, index=False, lineterminator="\n")
    result = {"articles": json.loads(tables["overview.csv"].to_json(orient="records")),
              "differences": differences(recs)}
    (out_dir / "compare.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out_dir / "README.md").write_text(data_dictionary(), encoding="utf-8")
    if figures:
        write_figures(recs, out_dir / "figures")
    return result


def data_dictionary() -> str:
    """``README.md`` for a comparison folder: every file and column, its type and meaning."""
    from analysis.report import dictionary_markdown

    intro = [
        "# Comparison data dictionary",
        "",
        "Written by `python -m analysis compare`. Each article is keyed by its file name without `.txt`;",
        "articles appear in the order given (a folder: by file name). Every number comes from the same",
        "per-article analyses as `python -m analysis report` (see the project README for methods).",
        "",
        "- `compare.json`: `articles` (the rows of `overview.csv`) and `differences`: `heard_directly`",
        "  (speaker -> articles that quote them directly, `in`, and those that do not, `not_in`),",
        "  `mentioned_in_one_article_only` (actor -> article) and `labels_used_by_one_article`",
        "  (the rows of `labels.csv` with `unique` true).",
        "- `figures/`: " + ", ".join(f"`{name}`" for name, _ in FIGURES) + " as PNG and SVG (absent with",
        "  `--no-figures`): frame profiles, sentiment arcs and shares of voice, article by article.",
        "- one CSV per table below. Empty cells are missing values. Numbers are unrounded.",
        "",
    ]
    return dictionary_markdown(intro, TABLES)


def plot_frames(articles: Sequence[Article | Record]):
    """Figure: frame vocabulary (hits per 100 words) per article, frames that any article uses."""
    import numpy as np

    from analysis.figures import add_source, new_figure

    recs = records(articles)
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
    ax.set_title(f"{len(set(top))} different leading frames across {len(keys)} articles")
    fig.colorbar(im, ax=ax, label="hits per 100 words", shrink=0.8)
    fig.subplots_adjust(left=0.34, bottom=0.24)
    add_source(fig, "Source: " + "; ".join(sorted({r.outlet for r in recs})) + "; frame lexicon v1")
    return fig


def plot_arcs(articles: Sequence[Article | Record]):
    """Figure: each article's sentiment arc (mean VADER compound per body paragraph), one line per outlet."""
    from analysis.figures import PALETTE, add_source, new_figure

    recs = records(articles)
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
        ax.set_title(f"Mean tone: {low:+.2f} ({low_outlet}) to {high:+.2f} ({high_outlet})")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), fontsize=8, ncol=3)
    fig.subplots_adjust(bottom=0.34)
    add_source(fig, "Source: " + "; ".join(sorted({r.outlet for r in recs})) + "; VADER sentence scores")
    return fig


def plot_voices(articles: Sequence[Article | Record]):
    """Figure: share of each article's words quoted directly from each speaker (speakers quoted anywhere)."""
    import numpy as np

    from analysis.figures import add_source, new_figure

    recs = records(articles)
    keys = [r.key for r in recs]
    v = voices_compare(recs)
    v = v[v["direct"] > 0]
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
        ax.set_title(f"No speaker is quoted directly in more than {heard} of {len(keys)} articles")
    else:
        ax.text(0.5, 0.5, "No direct quotations in these articles", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_title("Nobody is quoted directly")
    ax.set_xticks(range(len(keys)), [r.outlet for r in recs], rotation=20, ha="right")
    ax.set_yticks(range(len(table)), list(table.index))
    ax.grid(False)
    fig.subplots_adjust(left=0.3, bottom=0.24)
    add_source(fig, "Source: " + "; ".join(sorted({r.outlet for r in recs})) + "; direct quotations, parse-based "
               "attribution")
    return fig


FIGURES = [("07-frames-by-article", plot_frames), ("07-sentiment-arcs", plot_arcs),
           ("07-voices-by-article", plot_voices)]
"""The comparison's figures, as ``compare`` writes them into ``DIR/figures/`` and notebook 07 into ``figures/``."""


def write_figures(articles: Sequence[Article | Record], folder: Path) -> list[Path]:
    """Every comparison figure, PNG and SVG, into ``folder``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.figures import save_figure

    recs = records(articles)
    paths: list[Path] = []
    for name, plot in FIGURES:
        fig = plot(recs)
        paths += save_figure(fig, name, folder)
        plt.close(fig)
    return paths
