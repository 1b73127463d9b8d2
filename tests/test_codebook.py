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


def test_affiliation_names_the_side_an_actor_speaks_for(tmp_path):
    a, t = write_pair(tmp_path, "name,type,aliases,affiliation\nRuritania,state,Ruritania,\n"
                                "Ann Lee,person,Ann Lee|Lee,Ruritania\n")
    book = load_codebook(a, t)
    assert book.side("Ann Lee") == "Ruritania" and book.side("Ruritania") == "Ruritania"
    assert book.side("Someone Else") == "Someone Else"  # not in the codebook: speaks for itself
    assert default_codebook().side("Sergei Lavrov") == "Russia"
    assert default_codebook().side("Zabihullah Mujahid") == "Taliban"


def test_a_codebook_without_the_affiliation_column_still_loads(tmp_path):
    a, t = write_pair(tmp_path, "name,type,aliases\nAnn Lee,person,Ann Lee\n")
    assert load_codebook(a, t).side("Ann Lee") == "Ann Lee"


@pytest.mark.parametrize("text, message", [
    ("name,type,aliases,affiliation\nAnn Lee,person,Ann Lee,Ruritania\n",
     r"actors\.csv:2: affiliation 'Ruritania' is not an actor of the file"),
    ("name,type,alias\nAnn Lee,person,Ann Lee\n", r"actors\.csv: the header must be name,type,aliases,affiliation"),
])
def test_bad_affiliations_and_headers_are_named_with_file_and_line(tmp_path, text, message):
    a, t = write_pair(tmp_path, text)
    with pytest.raises(ConfigError, match=message):
        load_codebook(a, t)
