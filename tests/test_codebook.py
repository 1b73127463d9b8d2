from __future__ import annotations

import pytest

from analysis.errors import ConfigError
from analysis.text.codebook import default_codebook, load_codebook

TYPES = "type,label,descriptors\nstate,GPE,country|nation\nperson,PERSON,\n"


def write_pair(tmp_path, actors: str, types: str = TYPES):
    a, t = tmp_path / "actors.csv", tmp_path / "types.csv"
    a.write_text(actors, encoding="utf-8")
    t.write_text(types, encoding="utf-8")
    return a, t


def test_project_codebook_is_valid_and_has_the_seed_actors():
    book = default_codebook().by_name()
    assert {"Taliban", "Islamic State", "United States", "Sergei Lavrov", "Russia", "Moscow"} <= set(book)
    assert "IS" in book["Islamic State"].aliases
    assert book["Sergei Lavrov"].label == "PERSON"
    assert "regime" in book["Taliban"].descriptors


def test_comments_and_blank_lines_are_skipped(tmp_path):
    a, t = write_pair(tmp_path, "# comment\nname,type,aliases\n\nRussia,state,Russia|Russian Federation\n")
    book = load_codebook(a, t)
    assert book.actors[0].aliases == ("Russia", "Russian Federation")


@pytest.mark.parametrize(
    ("actors", "message"),
    [
        (
            "name,type,aliases\nRussia,state,Russia\nRussian Fed,state,Russia\n",
            r"actors\.csv:3: alias 'Russia' is already used by 'Russia' \(line 2\)",
        ),
        ("name,type,aliases\nRussia,country,Russia\n", r"actors\.csv:2: unknown type 'country'"),
        ("name,type,aliases\nRussia,state\n", r"actors\.csv:2: expected 3 columns"),
        ("name,type,aliases\nRussia,state,\n", r"actors\.csv:2: actor 'Russia' has no aliases"),
        ("name,type,aliases\n,state,Russia\n", r"actors\.csv:2: empty actor name"),
        ("name,type,aliases\nRussia,state,Russia\nRussia,state,RF\n", r"actors\.csv:3: actor 'Russia' is listed twice"),
        ("actor,kind\n", r"actors\.csv: the header must be name,type,aliases"),
    ],
)
def test_codebook_errors_name_file_and_line(tmp_path, actors, message):
    a, t = write_pair(tmp_path, actors)
    with pytest.raises(ConfigError, match=message):
        load_codebook(a, t)


def test_type_file_errors(tmp_path):
    a, t = write_pair(tmp_path, "name,type,aliases\n", "type,label,descriptors\nstate,COUNTRY,x\n")
    with pytest.raises(ConfigError, match=r"types\.csv:2: unknown label 'COUNTRY'"):
        load_codebook(a, t)
    _, good_types = write_pair(tmp_path, "name,type,aliases\n")
    with pytest.raises(ConfigError, match=r"missing\.csv: cannot read data file"):
        load_codebook(tmp_path / "missing.csv", good_types)
