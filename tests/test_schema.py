"""One schema, declared in analysis/schema.py: the summaries validate against the JSON Schema generated from it,
and the committed documents are exactly what it generates."""

from __future__ import annotations

import copy
import json

import jsonschema
import pandas as pd
import pytest

from analysis.measures.analysed import analyse
from analysis.output.export import tables
from analysis.output.summary import summarize
from analysis.paths import DOCS, ROOT
from analysis.schema import (
    EXPORT_TABLES,
    SCHEMA_VERSION,
    SUMMARY,
    json_schema,
    json_schema_text,
    schema_markdown,
)
from analysis.text.article import load_article

FIXTURES = sorted([*(ROOT / "tests" / "fixtures" / "articles").glob("*.txt"),
                   *(ROOT / "tests" / "fixtures" / "compare").glob("*.txt")])
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


@pytest.fixture(scope="module")
def seed_summary(seed_analysis):
    return json.loads(json.dumps(summarize(seed_analysis)))


def test_the_json_schema_is_valid_and_committed_as_generated():
    jsonschema.Draft202012Validator.check_schema(json_schema())
    assert (DOCS / "summary.schema.json").read_text(encoding="utf-8") == json_schema_text(), \
        "docs/summary.schema.json is stale: run `make docs`"


def test_the_schema_document_is_committed_as_generated():
    assert (DOCS / "schema.md").read_text(encoding="utf-8") == schema_markdown(), \
        "docs/schema.md is stale: run `make docs`"


def test_the_seed_summary_validates(seed_summary):
    VALIDATOR.validate(seed_summary)
    assert seed_summary["meta"]["schema_version"] == SCHEMA_VERSION
    assert list(seed_summary) == [k.name for k in SUMMARY]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_every_fixture_summary_validates(path):
    VALIDATOR.validate(json.loads(json.dumps(summarize(analyse(load_article(path))))))


@pytest.mark.parametrize("change", ["extra key", "missing key", "wrong type", "bad enum"])
def test_a_summary_that_drifts_from_the_schema_fails(seed_summary, change):
    bad = copy.deepcopy(seed_summary)
    if change == "extra key":
        bad["quotes"][0]["undeclared"] = 1
    elif change == "missing key":
        del bad["article"]["words"]
    elif change == "wrong type":
        bad["actors"]["Taliban"]["mentions"] = "seven"
    else:
        bad["quotes"][0]["kind"] = "rumour"
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(bad)


def test_semantic_version():
    major, minor, patch = SCHEMA_VERSION.split(".")
    assert all(x.isdigit() for x in (major, minor, patch))


KINDS = {"int": "integer", "float": "floating", "bool": "boolean", "str": "string", "list": "string"}


def test_exported_tables_have_the_declared_columns_and_types(seed_analysis):
    out = tables(seed_analysis)
    assert list(out) == [t.file for t in EXPORT_TABLES]
    for table in EXPORT_TABLES:
        df = out[table.file]
        assert list(df.columns) == table.names(), table.file
        for col in table.columns:
            values = df[col.name].dropna()
            if len(values) == 0:
                continue
            inferred = pd.api.types.infer_dtype(values, skipna=True)
            expected = KINDS[col.type]
            if expected == "floating":
                assert inferred in ("floating", "integer", "mixed-integer-float"), (table.file, col.name, inferred)
            else:
                assert inferred == expected, (table.file, col.name, inferred)
