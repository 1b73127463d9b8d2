"""Corpus tables: one Parquet file per concern over many articles, every row keyed by the article.

``python -m analysis export PATH ... --out DIR --format parquet`` writes ``DIR/<concern>.parquet`` for every
table of :data:`analysis.schema.EXPORT_TABLES` (``quotes.parquet``, ``voices.parquet``, ...) and
``DIR/articles.parquet`` (one row per article: its source, counts and the whole JSON summary), instead of a
folder per article. Every row starts with ``article_id``: the input path relative to the folder given on
the command line (a file given directly keeps its path as written), so the tables join on it. Columns and
types are the schema's: ``str`` -> string, ``int`` -> int64, ``float`` -> float64 (missing values are
null), ``bool`` -> bool, ``list`` -> list of strings (the items the CSVs join with ``' | '``).

Articles are written as they finish, in input order (whatever ``--jobs`` is), into shards of an unfinished
run (``DIR/.parts/``), which the end of the run streams into one Parquet file per table (written with
pyarrow, row groups of a fixed number of rows), so memory stays flat, an interrupted run can be resumed
(``--resume``, :class:`CorpusRun`) and the bytes are the same for the same inputs, interrupted or not.
``DIR/README.md`` is the data dictionary.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.errors import AnalysisError, ArticleError
from analysis.files import partial_path, write_text
from analysis.measures.analysed import analyse
from analysis.measures.compare import Record, record_from_tables
from analysis.output.export import tables
from analysis.output.summary import summarize
from analysis.schema import EXPORT_TABLES, SCHEMA_VERSION, Table
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


def _file_name(name: str) -> str:
    return ARTICLES_FILE if name == ARTICLES_FILE else Path(name).with_suffix(".parquet").name


def parquet_name(spec: Table) -> str:
    """``quotes.csv`` -> ``quotes.parquet``."""
    return _file_name(spec.file)


def arrow_schema(spec: Table) -> pa.Schema:
    """The Arrow schema of one concern's table: ``article_id`` and the declared columns and types."""
    return pa.schema([(ARTICLE_ID, pa.string()), *((c.name, ARROW_TYPES[c.type]) for c in spec.columns)])


ARTICLES_SCHEMA = pa.schema([(ARTICLE_ID, pa.string()), *((n, t) for n, t, _ in ARTICLE_COLUMNS)])


ARROW_NAMES = {k: f"list<{v.value_type}>" if pa.types.is_list(v) else str(v) for k, v in ARROW_TYPES.items()}
"""How the data dictionary names each schema type's Arrow type (``list<string>``, ``int64``, ...)."""
EXAMPLE_QUERY = """SELECT a.outlet, v.speaker, sum(v.share_of_voice) AS share
FROM 'corpus/voices.parquet' AS v JOIN 'corpus/articles.parquet' AS a USING (article_id)
GROUP BY a.outlet, v.speaker ORDER BY a.outlet, share DESC"""
"""Share of voice by outlet, the documented DuckDB example (a test runs it against pandas)."""


def corpus_dictionary() -> str:
    """``README.md`` for a corpus folder (``export --format parquet``) and ``docs/corpus.md``: every file and
    column with its Arrow type and meaning, generated from :mod:`analysis.schema`."""
    lines = [
        "# Corpus tables data dictionary",
        "",
        f"Written by `python -m analysis export ... --format parquet` (schema {SCHEMA_VERSION}): one Parquet file",
        "per table over every article, instead of a folder per article. Every row starts with `article_id`, the",
        "input file's path inside the folder given on the command line (a file given directly keeps its path as",
        "written), so the tables join on it. Rows are in input order. The columns and their meanings are those of",
        "the per-article CSVs (`docs/schema.md`); a `list<string>` cell holds the items a CSV joins with `' | '`;",
        "a missing value is null. Offsets (`start`, `end`) index the raw file; paragraphs and sentences are",
        "1-based over the body.",
        "",
        "Example, share of voice by outlet, with DuckDB (installed with the project) or pandas:",
        "",
        "```python",
        "import duckdb",
        "",
        f'duckdb.sql("""\n{EXAMPLE_QUERY}\n""").df()',
        "```",
        "",
        "```python",
        "import pandas as pd",
        "",
        'voices = pd.read_parquet("corpus/voices.parquet")',
        'articles = pd.read_parquet("corpus/articles.parquet")',
        'share = (voices.merge(articles[["article_id", "outlet"]], on="article_id")',
        '         .groupby(["outlet", "speaker"])["share_of_voice"].sum().unstack(fill_value=0))',
        "```",
        "",
        f"## `{ARTICLES_FILE}`",
        "",
        "One row per article.",
        "",
        "| column | Arrow type | meaning |",
        "|---|---|---|",
        "| `article_id` | string | the input path inside the folder given on the command line |",
        *(f"| `{n}` | {t} | {m} |" for n, t, m in ARTICLE_COLUMNS),
        "",
    ]
    for spec in EXPORT_TABLES:
        lines += [f"## `{parquet_name(spec)}`", "", f"One row per {spec.row}.", "",
                  "| column | Arrow type | meaning |", "|---|---|---|",
                  "| `article_id` | string | the article (joins every table) |",
                  *(f"| `{c.name}` | {ARROW_NAMES[c.type]} | {c.meaning} |" for c in spec.columns), ""]
    return "\n".join(lines)


def article_tables(article: Article, codebook: Codebook | None = None) -> dict[str, pa.Table]:
    """What one article adds to the corpus, computed where the article is analysed (a worker process or a
    Dask worker, so the conversion is spread over them too): every concern's rows and the ``articles.parquet``
    row, as Arrow tables with every column but ``article_id`` (which the writer adds, as only it knows the
    folder given on the command line). Tables without rows are left out. Arrow tables pickle between
    processes."""
    a = analyse(article, codebook)
    out = {name: _arrow(df, content_schema(name)) for name, df in tables(a, joined=False).items() if len(df)}
    summary = summarize(a)
    row = {**{n: summary["article"].get(n) for n, _, _ in ARTICLE_COLUMNS if n not in ("summary", "note")},
           "note": article.note, "summary": json.dumps(summary, ensure_ascii=False, sort_keys=False)}
    out[ARTICLES_FILE] = pa.Table.from_pylist([row], schema=content_schema(ARTICLES_FILE))
    return out


@cache
def content_schema(name: str) -> pa.Schema:
    """A corpus file's Arrow schema without its first column, ``article_id``."""
    full = ARTICLES_SCHEMA if name == ARTICLES_FILE else arrow_schema(next(t for t in EXPORT_TABLES if t.file == name))
    return full.remove(0)


def _arrow(df: pd.DataFrame, schema: pa.Schema) -> pa.Table:
    """One article's rows of one table in Arrow, column by column (a missing value, None or NaN, is null)."""
    return pa.Table.from_arrays([pa.array(df[f.name], type=f.type, from_pandas=True) for f in schema], schema=schema)


def with_article_id(rows: pa.Table, article_id: str, schema: pa.Schema) -> pa.Table:
    """``rows`` with ``article_id`` as its first column."""
    return pa.Table.from_arrays([pa.array([article_id] * rows.num_rows, type=pa.string()), *rows.columns],
                                schema=schema)


SHARD_ARTICLES = 100
"""A shard of an unfinished run is closed after this many articles ..."""
SHARD_SECONDS = 60.0
"""... or this many seconds after its first article, whichever comes first: an interruption loses at most that."""
ROW_GROUP_ROWS = 65_536
"""Rows per row group in the finished tables (the last group holds the rest) ..."""
ARTICLES_ROW_GROUP_ROWS = 256
"""... and in ``articles.parquet``, whose rows carry whole JSON summaries."""
PARTS = ".parts"
"""The folder inside the output folder where an unfinished run keeps its shards."""
MANIFEST = "manifest.json"


def table_names() -> list[str]:
    """Every corpus file: one per concern, then ``articles.parquet``."""
    return [spec.file for spec in EXPORT_TABLES] + [ARTICLES_FILE]


class CorpusRun:
    """Corpus tables written so that a run can be interrupted and resumed.

    While a run is going, finished articles are kept in shards, ``DIR/.parts/00000/``, ``00001/``, ... (each
    holding every table's rows for up to :data:`SHARD_ARTICLES` consecutive articles, written to a hidden
    folder and renamed when complete, so a shard on disk is never half-written). :meth:`finish` streams the
    shards, in order, into one Parquet file per table (row groups of :data:`ROW_GROUP_ROWS` rows, whatever the
    shards were) and removes ``.parts``. So an interrupted run keeps every article of its closed shards (and,
    when it is stopped by Ctrl-C or an error rather than killed, every article it finished), and the tables of
    a resumed run are byte for byte those of one uninterrupted run over the same inputs.

    ``resume``: keep the shards of an earlier run of the same package, schema and codebook (``meta``), and
    when the folder holds finished tables, keep those too and add to them; :attr:`done` is the article ids
    already written, which the caller skips. Without ``resume``, a folder holding an unfinished run is refused
    (rather than mixed or silently thrown away), and finished tables already there are replaced at the end.
    """

    def __init__(self, out_dir: Path, meta: dict[str, Any], *, resume: bool = False) -> None:
        self.out = Path(out_dir)
        self.parts = self.out / PARTS
        self.meta = meta
        if self.parts.is_dir():
            if not resume:
                raise AnalysisError(f"{self.out}: holds an unfinished run ({PARTS}); add --resume to continue it, "
                                    f"or remove {self.parts} to start again")
            try:
                manifest = json.loads((self.parts / MANIFEST).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                raise AnalysisError(f"{self.parts}: no readable {MANIFEST}; remove it to start again") from None
            self._check(manifest["meta"], f"the unfinished run in {self.parts}")
            for partial in self.parts.glob(".*"):  # a shard being written when the run was killed
                shutil.rmtree(partial)
        else:
            self.parts.mkdir(parents=True)
            write_text(self.parts / MANIFEST, json.dumps({"meta": meta}, indent=2) + "\n")
            if resume and (self.out / ARTICLES_FILE).is_file():
                self._keep_finished_tables()
        self.shards = sorted(p for p in self.parts.iterdir() if p.is_dir() and not p.name.startswith("."))
        self.done: set[str] = set()
        """The article ids already written (finished tables being extended, closed shards)."""
        for shard in self.shards:
            self.done |= set(pq.read_table(shard / ARTICLES_FILE, columns=[ARTICLE_ID]).column(0).to_pylist())
        self.schemas = {spec.file: arrow_schema(spec) for spec in EXPORT_TABLES} | {ARTICLES_FILE: ARTICLES_SCHEMA}
        self._rows: dict[str, list[pa.Table]] = {name: [] for name in self.schemas}
        self._articles = 0
        self._opened = 0.0

    def _keep_finished_tables(self) -> None:
        """Resuming into a folder of finished tables: they become the first shard (``00000``, linked, not
        moved), so the run adds to them and the files stay whole until :meth:`finish` replaces them."""
        first = next(pq.ParquetFile(self.out / ARTICLES_FILE).iter_batches(batch_size=1, columns=["summary"]), None)
        if first is not None:
            self._check(json.loads(first.column(0)[0].as_py())["meta"], f"the tables in {self.out}")
        partial = self.parts / f".00000.{os.getpid()}.partial"
        partial.mkdir()
        for name in table_names():
            try:
                os.link(self.out / _file_name(name), partial / _file_name(name))
            except FileNotFoundError:
                raise AnalysisError(f"{self.out}: {_file_name(name)} is missing; not a whole corpus folder") from None
            except OSError:  # a file system without hard links
                shutil.copyfile(self.out / _file_name(name), partial / _file_name(name))
        os.replace(partial, self.parts / "00000")

    def _check(self, meta: dict[str, Any], what: str) -> None:
        differ = [k for k in sorted(set(meta) | set(self.meta)) if meta.get(k) != self.meta.get(k)]
        if differ:
            k = differ[0]
            raise AnalysisError(f"{self.out}: cannot resume: {what} was written with {k} {meta.get(k)!r}, "
                                f"this run has {self.meta.get(k)!r}; write to a new folder")

    def add(self, article_id: str, result: dict[str, pa.Table]) -> None:
        """Keep one article's rows; close the shard when it is full or old enough."""
        if self._articles == 0:
            self._opened = time.monotonic()
        for name, rows in result.items():
            self._rows[name].append(with_article_id(rows, article_id, self.schemas[name]))
        self._articles += 1
        if self._articles >= SHARD_ARTICLES or time.monotonic() - self._opened >= SHARD_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write the articles kept so far as the next shard (nothing when there are none)."""
        if not self._articles:
            return
        shard = self.parts / f"{len(self.shards):05d}"
        partial = self.parts / f".{shard.name}.{os.getpid()}.partial"
        partial.mkdir()
        for name, schema in self.schemas.items():
            table = pa.concat_tables(self._rows[name]) if self._rows[name] else schema.empty_table()
            pq.write_table(table.combine_chunks(), partial / _file_name(name))
            self._rows[name] = []
        os.replace(partial, shard)
        self.shards.append(shard)
        self._articles = 0

    def finish(self) -> None:
        """Stream every shard (after the finished tables being extended) into the final files; remove ``.parts``."""
        self.flush()
        for name, schema in self.schemas.items():
            target = self.out / _file_name(name)
            partial = partial_path(target)
            rows = ARTICLES_ROW_GROUP_ROWS if name == ARTICLES_FILE else ROW_GROUP_ROWS
            with pq.ParquetWriter(partial, schema) as writer:
                pending: list[pa.Table] = []
                count = 0
                for source in self.shards:
                    f = pq.ParquetFile(source / _file_name(name))
                    for i in range(f.num_row_groups):
                        group = f.read_row_group(i)
                        pending.append(group)
                        count += group.num_rows
                        while count >= rows:
                            table = pa.concat_tables(pending).combine_chunks()
                            writer.write_table(table.slice(0, rows), row_group_size=rows)
                            pending, count = [table.slice(rows)], count - rows
                if count:
                    writer.write_table(pa.concat_tables(pending).combine_chunks(), row_group_size=rows)
            os.replace(partial, target)
        shutil.rmtree(self.parts)


def write_corpus(results: Iterable[tuple[str, dict[str, pa.Table]]], run: CorpusRun) -> int:
    """Write ``(article_id, article_tables(...))`` pairs, in order, into ``run`` and finish it; the number
    written. When the results stop with an exception (Ctrl-C, a bug), the articles finished so far are kept
    as a shard for ``--resume`` and the exception goes on."""
    n = 0
    try:
        for article_id, result in results:
            run.add(article_id, result)
            n += 1
    except BaseException:
        run.flush()
        raise
    run.finish()
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
