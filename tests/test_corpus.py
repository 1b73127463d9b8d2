"""Corpus tables: one Parquet file per concern over many articles, keyed by article id (issue 18, part 1)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis.output.cli import main
from analysis.output.corpus import (
    ARTICLE_ID,
    ARTICLES_FILE,
    EXAMPLE_QUERY,
    arrow_schema,
    corpus_dictionary,
    parquet_name,
)
from analysis.paths import COMPARE_FIXTURES, DOCS, SEED_ARTICLE
from analysis.schema import EXPORT_TABLES


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    bad = tmp_path_factory.mktemp("bad") / "broken.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    return [str(COMPARE_FIXTURES), str(bad), str(SEED_ARTICLE)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, inputs) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    assert main(["export", *inputs, "--out", str(out), "--format", "parquet"]) == 2  # the bad file fails alone
    return out


@pytest.fixture(scope="module")
def folders(tmp_path_factory, inputs) -> Path:
    out = tmp_path_factory.mktemp("folders")
    main(["export", *inputs, "--out", str(out), "--no-figures"])
    return out


def test_every_concern_has_one_table_with_the_declared_columns_and_the_article_id(corpus):
    for spec in EXPORT_TABLES:
        table = pq.read_table(corpus / parquet_name(spec))
        assert table.schema.equals(arrow_schema(spec), check_metadata=False)
        assert table.column_names[0] == ARTICLE_ID
    articles = pd.read_parquet(corpus / ARTICLES_FILE)
    names = sorted(p.name for p in COMPARE_FIXTURES.glob("*.txt"))
    assert articles[ARTICLE_ID].tolist() == [*names, str(SEED_ARTICLE)]  # inside a folder: relative to it


def test_the_rows_are_those_of_the_per_article_csvs(corpus, folders):
    articles = pd.read_parquet(corpus / ARTICLES_FILE)
    for spec in EXPORT_TABLES:
        rows = pd.read_parquet(corpus / parquet_name(spec))
        for article_id in articles[ARTICLE_ID]:
            csv = pd.read_csv(folders / Path(article_id).stem / spec.file, keep_default_na=False)
            mine = rows[rows[ARTICLE_ID] == article_id]
            assert len(mine) == len(csv), (spec.file, article_id)
            if len(csv) and "start" in csv:
                assert mine["start"].tolist() == csv["start"].tolist()


def test_share_of_voice_by_outlet_with_pandas(corpus, folders):
    voices = pd.read_parquet(corpus / "voices.parquet")
    articles = pd.read_parquet(corpus / ARTICLES_FILE)
    by_outlet = voices.merge(articles[[ARTICLE_ID, "outlet"]], on=ARTICLE_ID).groupby("outlet")["share_of_voice"].sum()
    seed = json.loads((folders / SEED_ARTICLE.stem / "summary.json").read_text(encoding="utf-8"))
    expected = sum(v["share_of_voice"] for v in seed["voices"])
    assert by_outlet[seed["article"]["outlet"]] == pytest.approx(expected)


def test_lists_stay_lists_and_the_summary_is_the_json_object(corpus, folders):
    voices = pd.read_parquet(corpus / "voices.parquet")
    assert all(isinstance(list(c), list) for c in voices["cues"])
    articles = pd.read_parquet(corpus / ARTICLES_FILE).set_index(ARTICLE_ID)
    summary = json.loads(articles.loc[str(SEED_ARTICLE), "summary"])
    assert summary == json.loads((folders / SEED_ARTICLE.stem / "summary.json").read_text(encoding="utf-8"))


def test_two_jobs_write_the_same_bytes_as_one(tmp_path, inputs):
    outs = []
    for jobs in (1, 2):
        out = tmp_path / f"j{jobs}"
        main(["export", *inputs, "--out", str(out), "--format", "parquet", "--jobs", str(jobs)])
        outs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outs[0] == outs[1]


def test_two_inputs_with_one_article_id_are_refused(tmp_path, capsys):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "story.txt").write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    code = main(["export", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "out"),
                 "--format", "parquet"])
    assert code == 2 and "same article id 'story.txt'" in capsys.readouterr().err
    assert len(pd.read_parquet(tmp_path / "out" / ARTICLES_FILE)) == 1


def test_the_documented_duckdb_query_gives_the_pandas_answer(corpus):
    assert EXAMPLE_QUERY in (corpus / "README.md").read_text(encoding="utf-8")  # the query the folder documents
    got = duckdb.sql(EXAMPLE_QUERY.replace("'corpus/", f"'{corpus}/")).df()
    voices = pd.read_parquet(corpus / "voices.parquet")
    articles = pd.read_parquet(corpus / ARTICLES_FILE)
    want = voices.merge(articles[[ARTICLE_ID, "outlet"]], on=ARTICLE_ID).groupby(["outlet", "speaker"])[
        "share_of_voice"].sum()
    assert len(got) == len(want)
    for r in got.itertuples():
        assert r.share == pytest.approx(want[(r.outlet, r.speaker)])


def test_compare_reads_the_corpus_tables_and_writes_what_it_writes_from_the_articles(tmp_path, capsys):
    corpus, direct, read = tmp_path / "corpus", tmp_path / "direct", tmp_path / "read"
    assert main(["export", str(COMPARE_FIXTURES), "--out", str(corpus), "--format", "parquet"]) == 0
    assert main(["compare", str(COMPARE_FIXTURES), "--out", str(direct), "--no-figures"]) == 0
    assert main(["compare", "--corpus", str(corpus), "--out", str(read), "--no-figures"]) == 0
    tree = {p.relative_to(direct): p.read_bytes() for p in sorted(direct.rglob("*")) if p.is_file()}
    assert tree == {p.relative_to(read): p.read_bytes() for p in sorted(read.rglob("*")) if p.is_file()}
    capsys.readouterr()
    assert main(["compare", "--out", str(tmp_path / "x")]) == 2
    assert "article paths or --corpus DIR" in capsys.readouterr().err
    assert main(["compare", "--corpus", str(COMPARE_FIXTURES), "--out", str(tmp_path / "y")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a corpus folder" in err


def test_the_corpus_data_dictionary_is_generated_from_the_schema(corpus):
    text = corpus_dictionary()
    assert (corpus / "README.md").read_text(encoding="utf-8") == text
    assert (DOCS / "corpus.md").read_text(encoding="utf-8") == text, "docs/corpus.md is stale: run `make docs`"
    for spec in EXPORT_TABLES:  # every file and every column documented with the type it is written with
        schema = pq.read_schema(corpus / parquet_name(spec))
        section = text.split(f"## `{parquet_name(spec)}`", 1)[1].split("\n## ", 1)[0]
        for field in schema:
            written = (f"list<{field.type.value_type}>" if pa.types.is_list(field.type) else str(field.type))
            assert f"| `{field.name}` | {written} |" in section
