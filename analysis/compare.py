"""Several articles on one event, side by side.

``python -m analysis compare PATH [PATH ...] --out DIR`` loads each article,
runs the per-article analyses, and writes comparison tables (one CSV each,
documented in :data:`TABLES`) and ``compare.json`` with the differences
highlighted: actors heard in some articles and not others, and labels for an
actor that only one article uses. Articles are keyed by file stem.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.article import Article

TABLES: dict[str, str] = {
    "overview.csv": "one row per article: outlet, date, length, quotation share, readability, sentiment",
    "sentiment_arc.csv": "one row per article and paragraph: mean VADER compound of its sentences",
    "actor_mentions.csv": "one row per actor: mentions per article (a column each) and articles mentioning it",
    "labels.csv": "one row per naming phrase: actor, article, voice, kind, text, unique (used by this article only)",
    "voices.csv": "one row per article and speaker: direct, indirect, words quoted, share of voice",
    "cues.csv": "one row per article and reporting verb: class and count",
    "frames.csv": "one row per frame: hits per 100 words in each article (one column per article)",
    "distance.csv": "one row per article: the writer's hedges, distancing words, distancing cues and scare quotes",
}


def _key(article: Article) -> str:
    return Path(article.path).stem


def overview(articles: list[Article]) -> pd.DataFrame:
    from analysis.readability import body_readability
    from analysis.sentiment import article_sentiment

    rows = []
    for a in articles:
        r, s = body_readability(a), article_sentiment(a)
        rows.append({"article": _key(a), "outlet": a.outlet, "date": a.date, "paragraphs": len(a.paragraphs),
                     "words": len(a.words), "quoted_words": a.quoted_words,
                     "quoted_share": a.quoted_words / len(a.words) if a.words else 0.0,
                     "flesch_reading_ease": r["flesch_reading_ease"], "flesch_kincaid_grade": r["flesch_kincaid_grade"],
                     "mean_compound": s["mean_compound"], "narration_mean_compound": s["narration_mean_compound"],
                     "quoted_mean_compound": s["quoted_mean_compound"]})
    return pd.DataFrame(rows)


def sentiment_arc(articles: list[Article]) -> pd.DataFrame:
    from analysis.sentiment import paragraph_sentiment

    frames = [paragraph_sentiment(a)[["paragraph", "compound", "label"]].assign(article=_key(a)) for a in articles]
    return pd.concat(frames, ignore_index=True)[["article", "paragraph", "compound", "label"]]


def actor_mentions_table(articles: list[Article]) -> pd.DataFrame:
    from analysis.entities import actor_mentions

    counts = {_key(a): actor_mentions(a)["name"].value_counts() for a in articles}
    table = pd.DataFrame(counts).fillna(0).astype(int)
    table["articles"] = (table > 0).sum(axis=1)
    table = table.reset_index(names="actor")
    total = table[[_key(a) for a in articles]].sum(axis=1)
    return table.assign(_t=total).sort_values(["_t", "actor"], ascending=[False, True]).drop(columns="_t") \
        .reset_index(drop=True)


def labels_table(articles: list[Article]) -> pd.DataFrame:
    from analysis.actors import actor_labels

    rows = [actor_labels(a).assign(article=_key(a)) for a in articles]
    t = pd.concat(rows, ignore_index=True) if rows else pd.DataFrame()
    if t.empty:
        return pd.DataFrame(columns=["actor", "article", "voice", "kind", "text", "unique"])
    norm = t["text"].str.lower()
    users = t.assign(_n=norm).groupby(["actor", "_n"])["article"].transform("nunique")
    t["unique"] = (users == 1) & (len(articles) > 1)
    return t[["actor", "article", "voice", "kind", "text", "unique"]].sort_values(
        ["actor", "article", "text"]).reset_index(drop=True)


def voices_compare(articles: list[Article]) -> pd.DataFrame:
    from analysis.quotes import voices_table

    rows = [voices_table(a).assign(article=_key(a)) for a in articles]
    t = pd.concat([r for r in rows if len(r)], ignore_index=True) if any(len(r) for r in rows) else pd.DataFrame(
        columns=["article", "speaker", "direct", "indirect", "words_quoted", "share_of_voice"])
    return t[["article", "speaker", "direct", "indirect", "words_quoted", "share_of_voice"]].sort_values(
        ["article", "speaker"]).reset_index(drop=True)


def cues_compare(articles: list[Article]) -> pd.DataFrame:
    from analysis.quotes import quotes_table

    rows = []
    for a in articles:
        q = quotes_table(a).dropna(subset=["cue"])
        for (cue, cls), n in q.groupby(["cue", "cue_class"]).size().items():
            rows.append({"article": _key(a), "cue": cue, "class": cls, "count": int(n)})
    return pd.DataFrame(rows, columns=["article", "cue", "class", "count"])


def frames_compare(articles: list[Article]) -> pd.DataFrame:
    from analysis.framing import frame_scores

    base = frame_scores(articles[0])[["frame", "name"]] if articles else pd.DataFrame(columns=["frame", "name"])
    for a in articles:
        base[_key(a)] = frame_scores(a)["score"].to_numpy()
    return base


def distance_compare(articles: list[Article]) -> pd.DataFrame:
    from analysis.framing import distance_json

    rows = []
    for a in articles:
        w = distance_json(a).get("writer", {})
        rows.append({"article": _key(a), **{k: w.get(k, 0) for k in
                                            ("hedges", "distancing", "distancing_cues", "scare_quotes")}})
    return pd.DataFrame(rows, columns=["article", "hedges", "distancing", "distancing_cues", "scare_quotes"])


def differences(articles: list[Article]) -> dict[str, Any]:
    """What differs: who is heard where, who is mentioned in one article only, labels one article alone uses."""
    voices = voices_compare(articles)
    heard = voices[voices["direct"] > 0].groupby("speaker")["article"].agg(sorted)
    keys = [_key(a) for a in articles]
    mentions = actor_mentions_table(articles)
    labels = labels_table(articles)
    return {
        "heard_directly": {s: {"in": arts, "not_in": [k for k in keys if k not in arts]} for s, arts in heard.items()},
        "mentioned_in_one_article_only": {row["actor"]: next(k for k in keys if row[k] > 0)
                                          for _, row in mentions[mentions["articles"] == 1].iterrows()},
        "labels_used_by_one_article": [{"actor": r.actor, "article": r.article, "text": r.text, "voice": r.voice}
                                       for r in labels[labels["unique"]].itertuples()],
    }


def compare(articles: list[Article], out_dir: Path) -> dict[str, Any]:
    """Write the comparison tables and ``compare.json`` into ``out_dir``; return the JSON object."""
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = {
        "overview.csv": overview(articles), "sentiment_arc.csv": sentiment_arc(articles),
        "actor_mentions.csv": actor_mentions_table(articles), "labels.csv": labels_table(articles),
        "voices.csv": voices_compare(articles), "cues.csv": cues_compare(articles),
        "frames.csv": frames_compare(articles), "distance.csv": distance_compare(articles),
    }
    for name, df in tables.items():
        df.to_csv(out_dir / name, index=False, lineterminator="\n")
    result = {"articles": json.loads(tables["overview.csv"].to_json(orient="records")),
              "differences": differences(articles)}
    (out_dir / "compare.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    readme = ["# Comparison tables", "", "Written by `python -m analysis compare`. Articles are keyed by file stem.",
              "`compare.json` holds the overview rows and the highlighted differences.", ""]
    readme += [f"- `{name}`: {what}." for name, what in TABLES.items()]
    (out_dir / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    return result


def plot_frames(articles: list[Article]):
    """Figure: frame vocabulary (hits per 100 words) per article, frames that any article uses."""
    import numpy as np

    from analysis.figures import add_source, new_figure

    t = frames_compare(articles)
    keys = [_key(a) for a in articles]
    t = t[t[keys].sum(axis=1) > 0]
    values = t[keys].to_numpy()
    fig, ax = new_figure(figsize=(8.0, 0.8 + 0.38 * max(len(t), 4) + 1.2))
    im = ax.imshow(values, cmap="Oranges", aspect="auto", vmin=0)
    ax.set_xticks(range(len(keys)), [a.outlet for a in articles], rotation=20, ha="right")
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
    add_source(fig, "Source: " + "; ".join(sorted({a.outlet for a in articles})) + "; frame lexicon v1")
    return fig
