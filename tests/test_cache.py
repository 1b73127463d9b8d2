from __future__ import annotations

import gc

import pandas as pd

from analysis import cache
from analysis.tables import per_article


class Thing:
    pass


def test_computed_once_per_object_and_copies_handed_out():
    calls = []

    @per_article
    def table(obj, n=1):
        calls.append(n)
        return pd.DataFrame({"x": [n]})

    a = Thing()
    first = table(a)
    first.loc[0, "x"] = 99  # callers may modify what they get
    assert table(a).loc[0, "x"] == 1
    assert calls == [1]
    table(a, n=2)
    table(Thing())
    assert calls == [1, 2, 1]


def test_entries_dropped_with_the_object():
    @per_article
    def value(obj):
        return 1

    a = Thing()
    value(a)
    key = id(a)
    assert key in cache._store
    del a
    gc.collect()
    assert key not in cache._store


def test_one_entry_however_the_arguments_are_written():
    from analysis.text.codebook import default_codebook

    calls = []

    @per_article
    def table(obj, codebook=None, n=1):
        calls.append((codebook, n))
        return n

    a = Thing()
    table(a)
    table(a, None)
    table(a, default_codebook(), n=1)
    table(a, codebook=None, n=1)
    assert len(calls) == 1
    table(a, n=3)
    assert len(calls) == 2


def test_dicts_are_copied_out_too():
    @per_article
    def summary(obj):
        return {"labels": ["a"]}

    a = Thing()
    summary(a)["labels"].append("changed by a caller")
    assert summary(a) == {"labels": ["a"]}


def test_row_helpers_give_plain_values_grouped_in_table_order():
    from analysis.tables import row_dicts, rows_by

    df = pd.DataFrame({"actor": ["B", "A", "B"], "n": [1, 2, 3], "x": [0.5, float("nan"), 1.5]})
    assert row_dicts(df)[0] == {"actor": "B", "n": 1, "x": 0.5}
    assert type(row_dicts(df)[0]["n"]) is int  # not a numpy scalar: JSON-ready
    assert [r["n"] for r in rows_by(df, "actor")["B"]] == [1, 3]
    assert list(rows_by(df, "actor")) == ["B", "A"]
