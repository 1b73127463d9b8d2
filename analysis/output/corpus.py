"""Corpus tables: one Parquet file per concern over many articles, every row keyed by the article.

``python -m analysis export PATH ... --out DIR --format parquet`` writes ``DIR/<concern>.parquet`` for every
table of :data:`analysis.schema.EXPORT_TABLES` (``quotes.parquet``, ``voices.parquet``, ...) and
``DIR/articles.parquet`` (one row per article: its source, counts and the whole JSON summary), instead of a
folder per article. Every row starts with ``article_id``: the input path relative to the folder given on
the command line (a file given directly keeps its path as written), so the tables join on it. Columns and
types are the schema's: ``str`` -> string, ``int`` -> int64, ``float`` -> float64 (missing values are
null), ``bool`` -> bool, ``list`` -> list of strings (the items the CSVs join with ``' | '``).

Each table is written with pyarrow as one Parquet file whose row groups are appended as articles finish,
in input order (whatever ``--jobs`` is), so memory stays flat and the bytes are the same for the same
inputs. ``DIR/README.md`` is the data dictionary.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.errors import ArticleError
from analysis.measures.analysed import analyse
from analysis.measures.compare import Record, record_from_tables
from analysis.output.export import tables
from analysis.output.summary import summarize
from analysis.schema import EXPORT_TABLES, Table
from analysis.text.article import Article
from analysis.text.codebook import Codebook

ARTICLE_ID = "article_id"
ARTICLES_FILE = "articles.parquet"
ARROW_TYPES = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
               "list": pa.list_(pa.string())}
ARTICLE_COLUMNS: tuple[tuple[str, pa.DataType, str], ...] = (
    ("path", pa.string(), "the path as given"),
    ("outlet", pa.string(), "outlet (sources.csv, page metadata or file name)"),
    ("date", pa.string(), "ISO date, or null"),
    ("headline", pa.string(), "headline, or null"),
    ("byline", pa.string(), "byline, or null"),
    ("text_source", pa.string(), "file or extracted (a saved web page)"),
    ("paragraphs", pa.int64(), "body paragraphs"),
    ("sentences", pa.int64(), "body sentences"),
    ("words", pa.int64(), "body words"),
    ("quoted_words", pa.int64(), "words inside direct quotations"),
    ("note", pa.string(), "sources.csv's note (\"invented article\"), or null"),
    ("summary", pa.string(), "the whole JSON summary (the object `summarize --json` prints)"),
)
"""``articles.parquet``: one row per article, after ``article_id``."""


def parquet_name(spec: Table) -> str:
    """``quotes.csv`` -> ``quotes.parquet``."""
    return Path(spec.file).with_suffix(".parquet").name


def arrow_schema(spec: Table) -> pa.Schema:
    """The Arrow schema of one concern's table: ``article_id`` and the declared columns and types."""
    return pa.schema([(ARTICLE_ID, pa.string()), *((c.name, ARROW_TYPES[c.type]) for c in spec.columns)])


ARTICLES_SCHEMA = pa.schema([(ARTICLE_ID, pa.string()), *((n, t) for n, t, _ in ARTICLE_COLUMNS)])


def article_tables(article: Article, codebook: Codebook | None = None) -> dict[str, Any]:
    """What one article adds to the corpus (computed in a worker): every concern's rows, lists kept as lists
    of strings, and the summary. Plain pandas frames and dicts, so they pickle between processes."""
    a = analyse(article, codebook)
    return {"tables": tables(a, joined=False), "summary": summarize(a), "note": article.note}


def _frame(df: pd.DataFrame, article_id: str, schema: pa.Schema) -> pa.Table:
    df = df.assign(**{ARTICLE_ID: article_id})[schema.names]
    return pa.Table.from_pandas(df, schema=schema, preserve_index=False)


def _articles_row(article_id: str, summary: dict[str, Any], note: str | None) -> pa.Table:
    a = summary["article"]
    row = {ARTICLE_ID: article_id, **{n: a.get(n) for n, _, _ in ARTICLE_COLUMNS if n not in ("summary", "note")},
           "note": note,
           "summary": json.dumps(summary, ensure_ascii=False, sort_keys=False)}
    return pa.Table.from_pylist([row], schema=ARTICLES_SCHEMA)


class CorpusWriter:
    """One Parquet writer per concern; :meth:`add` appends one article's rows as a row group of each."""

    def __init__(self, out_dir: Path) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.schemas = {spec.file: arrow_schema(spec) for spec in EXPORT_TABLES}
        self.writers = {spec.file: pq.ParquetWriter(out_dir / parquet_name(spec), self.schemas[spec.file])
                        for spec in EXPORT_TABLES}
        self.writers[ARTICLES_FILE] = pq.ParquetWriter(out_dir / ARTICLES_FILE, ARTICLES_SCHEMA)

    def add(self, article_id: str, result: dict[str, Any]) -> None:
        for name, df in result["tables"].items():
            if len(df):
                self.writers[name].write_table(_frame(df, article_id, self.schemas[name]))
        self.writers[ARTICLES_FILE].write_table(_articles_row(article_id, result["summary"], result.get("note")))

    def close(self) -> None:
        for w in self.writers.values():
            w.close()

    def __enter__(self) -> CorpusWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_corpus(results: Iterable[tuple[str, dict[str, Any]]], out_dir: Path) -> int:
    """Write ``(article_id, article_tables(...))`` pairs, in order, as corpus tables; the number written."""
    n = 0
    with CorpusWriter(out_dir) as writer:
        for article_id, result in results:
            writer.add(article_id, result)
            n += 1
    return n


def read_records(folder: Path) -> list[Record]:
    """The comparison records of every article in a corpus folder (``export --format parquet``), in the order
    they were written: what ``compare --corpus`` reads instead of re-analysing the articles."""
    folder = Path(folder)
    path = folder / ARTICLES_FILE
    if not path.is_file():
        raise ArticleError(folder, f"no {ARTICLES_FILE}: not a corpus folder (write one with export --format parquet)")
    articles = pd.read_parquet(path)
    by_id = {name: dict(tuple(pd.read_parquet(folder / name).groupby(ARTICLE_ID, sort=False)))
             for name in ("actors.parquet", "actor_labels.parquet", "voices.parquet", "quotes.parquet",
                          "frames.parquet", "distance.parquet")}

    def rows(name: str, article_id: str, like: str) -> pd.DataFrame:
        spec = next(t for t in EXPORT_TABLES if t.file == like)
        empty = pd.DataFrame(columns=spec.names())
        return by_id[name].get(article_id, empty).drop(columns=ARTICLE_ID, errors="ignore").reset_index(drop=True)

    out = []
    for row in articles.itertuples():
        summary = json.loads(row.summary)
        actors = rows("actors.parquet", row.article_id, "actors.csv")
        mentions = pd.Series(actors["mentions"].astype(int).to_numpy(), index=actors["actor"].to_numpy())
        out.append(record_from_tables(
            key=Path(row.article_id).stem, summary=summary, note=row.note if isinstance(row.note, str) else None,
            mentions=mentions, labels=rows("actor_labels.parquet", row.article_id, "actor_labels.csv"),
            voices=rows("voices.parquet", row.article_id, "voices.csv"),
            quotes=rows("quotes.parquet", row.article_id, "quotes.csv"),
            frames=rows("frames.parquet", row.article_id, "frames.csv"),
            distance=rows("distance.parquet", row.article_id, "distance.csv")))
    return out
