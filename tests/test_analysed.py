"""The per-article Analysis object: each table computed once, lazily, with no state outside the object."""

from __future__ import annotations

import gc
import weakref

import pandas as pd

from analysis.measures import analysed
from analysis.measures.analysed import Analysis, analyse
from analysis.tables import none_if_missing, row_dicts, rows_by
from analysis.text.article import load_article
from analysis.text.codebook import default_codebook, load_codebook


def test_each_table_is_computed_once_and_only_when_asked(seed, monkeypatch):
    calls = []
    real = analysed.attribution.quotes_table

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(analysed.attribution, "quotes_table", counting)
    a = analyse(seed)
    assert calls == []  # nothing computed up front
    first = a.voices_table
    assert a.quotes_table is a.quotes_table
    a.distance_markers, a.stance_table  # noqa: B018 - both read the quotes table
    assert len(calls) == 1
    assert first is a.voices_table
    analyse(seed).quotes_table  # noqa: B018 - a new object computes its own
    assert len(calls) == 2


def test_nothing_outlives_the_object(seed):
    a = analyse(seed)
    a.stance_table  # noqa: B018
    ref = weakref.ref(a)
    del a
    gc.collect()
    assert ref() is None


def test_default_codebook_reuses_the_loaders_parse_and_another_codebook_reparses(seed, tmp_path):
    assert analyse(seed).docs is seed.docs
    actors, types = tmp_path / "actors.csv", tmp_path / "types.csv"
    types.write_text("type,label,descriptors\nperson,PERSON,minister\n", encoding="utf-8")
    actors.write_text("name,type,aliases\nThe Diplomat,person,Lavrov|Sergei Lavrov\n", encoding="utf-8")
    other = Analysis(seed, load_codebook(actors, types))
    assert other.docs is not seed.docs
    assert "The Diplomat" in set(other.entity_table["name"])
    assert "Taliban" not in set(other.mentions.loc[other.mentions["codebook"], "name"])
    assert Analysis(seed).codebook is default_codebook()


def test_same_article_text_gives_equal_tables(write):
    path = write("Minister Ana Ruiz said the port would reopen. \"It is safe,\" she said.")
    a, b = analyse(load_article(path)), analyse(load_article(path))
    pd.testing.assert_frame_equal(a.quotes_table, b.quotes_table)
    pd.testing.assert_frame_equal(a.stance_table, b.stance_table)


def test_row_helpers_give_plain_values_grouped_in_table_order():
    df = pd.DataFrame({"actor": ["B", "A", "B"], "n": [1, 2, 3], "x": [0.5, float("nan"), 1.5]})
    assert row_dicts(df)[0] == {"actor": "B", "n": 1, "x": 0.5}
    assert type(row_dicts(df)[0]["n"]) is int  # not a numpy scalar: JSON-ready
    assert [r["n"] for r in rows_by(df, "actor")["B"]] == [1, 3]
    assert list(rows_by(df, "actor")) == ["B", "A"]


def test_none_if_missing():
    assert none_if_missing(float("nan")) is None
    assert none_if_missing(None) is None
    assert none_if_missing(pd.NA) is None
    assert none_if_missing("x") == "x"
    assert none_if_missing(0.25) == 0.25 and type(none_if_missing(0.25)) is float
