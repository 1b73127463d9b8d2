"""Export: every analysis of each article as JSON, tidy CSVs and figures.

``python -m analysis export PATH [PATH ...] --out DIR`` writes, per article,
``DIR/<file stem>/summary.json`` (the same object as ``summarize --json``),
one CSV per table of :data:`analysis.schema.EXPORT_TABLES` (columns in the
declared order), and ``figures/``; ``DIR/README.md`` is the data dictionary,
generated from the same declaration. List-valued cells are joined with
``" | "`` in CSVs. Output is deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.files import write_text
from analysis.measures.analysed import Analysis, analyse
from analysis.output.summary import summarize
from analysis.present.html import ANNOTATED, write_annotated
from analysis.schema import EXPORT_TABLES, export_dictionary
from analysis.text.article import Article
from analysis.text.codebook import Codebook

SEP = " | "

SOURCES: dict[str, str] = {
    "paragraphs.csv": "paragraph_table", "sentences.csv": "sentence_table",
    "readability.csv": "readability_table", "sentiment.csv": "sentence_sentiment",
    "sentiment_words.csv": "word_contributions", "entities.csv": "entity_table", "mentions.csv": "mentions",
    "actors.csv": "actor_table", "actor_labels.csv": "actor_labels", "mention_tone.csv": "mention_tone",
    "quotes.csv": "quotes_table",
    "voices.csv": "voices_table", "voices_by_affiliation.csv": "voices_by_affiliation",
    "frames.csv": "frame_scores", "frame_evidence.csv": "frame_evidence",
    "distance.csv": "distance_markers", "stance.csv": "stance_table",
}
"""Which :class:`~analysis.measures.analysed.Analysis` table each exported file is written from."""


def list_items(value: list) -> list[str]:
    """A list cell's items as strings: a dict or tuple item as its values joined by ':'."""
    out = []
    for v in value:
        if isinstance(v, dict):
            out.append(":".join(str(x) for x in v.values()))
        elif isinstance(v, tuple):
            out.append(":".join(str(x) for x in v))
        else:
            out.append(str(v))
    return out


def _flat(value: Any) -> Any:
    return SEP.join(list_items(value)) if isinstance(value, list) else value


def tables(a: Analysis, joined: bool = True) -> dict[str, pd.DataFrame]:
    """Every exported table for one article, columns in the declared order; list cells joined with ' | '
    (``joined``, for CSV) or kept as lists of strings (for Parquet)."""
    out = {}
    for spec in EXPORT_TABLES:
        cols = spec.names()
        df = getattr(a, SOURCES[spec.file])
        df = pd.DataFrame(df, columns=cols) if df.empty else df[cols]
        if len(df):
            listed = [c for c in cols if df[c].dtype == object and any(isinstance(v, list) for v in df[c])]
            convert = _flat if joined else list_items
            df = df.assign(**{c: [convert(v) if isinstance(v, list) else v for v in df[c]] for c in listed})
        out[spec.file] = df
    return out


def write_article(article: Article, out_dir: Path, figures: bool = True, codebook: Codebook | None = None) -> Path:
    """Write one article's tables, figures and summary into ``out_dir/<file stem>/``; return that folder.
    ``codebook``: the actors to use (default: the project's). ``summary.json`` is written last (whole or not
    at all), so its presence marks a finished article (:func:`finished`)."""
    a = analyse(article, codebook)
    folder = out_dir / Path(article.path).stem
    summary = summarize(a)
    save_tables(folder, tables(a))
    if article.text_source == "extracted":  # the text every offset counts from, so each span can be checked
        (folder / "article.txt").write_text(article.raw, encoding="utf-8")
    if figures:
        from analysis.present.plots import write_figures  # the plotting library loads only when figures are drawn

        write_figures(a, folder / "figures")
        write_annotated(a, folder / "figures")
    save_summary(folder, summary)
    return folder


def save(folder: Path, summary: dict[str, Any], csv_tables: dict[str, pd.DataFrame]) -> None:
    """Write one CSV per table and ``summary.json`` into ``folder`` (created if needed)."""
    save_tables(folder, csv_tables)
    save_summary(folder, summary)


def save_tables(folder: Path, csv_tables: dict[str, pd.DataFrame]) -> None:
    """One CSV per table into ``folder`` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, df in csv_tables.items():
        df.to_csv(folder / name, index=False, lineterminator="\n")


def save_summary(folder: Path, summary: dict[str, Any]) -> None:
    """``summary.json`` into ``folder``, through a temporary file renamed over it."""
    write_text(folder / "summary.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")


def finished(folder: Path, meta: dict[str, Any], figures: bool) -> bool:
    """Whether ``folder`` holds an article written by a finished :func:`write_article` with the same package,
    schema and codebook (``meta``, :func:`analysis.output.summary.run_meta`), and its figures when they are
    asked for: what ``export --resume`` skips."""
    try:
        written = json.loads((folder / "summary.json").read_text(encoding="utf-8"))["meta"]
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return written == meta and (not figures or (folder / "figures" / ANNOTATED).is_file())


def write_dictionary(out_dir: Path) -> Path:
    """Write the data dictionary ``README.md`` into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "README.md"
    path.write_text(export_dictionary(), encoding="utf-8")
    return path
