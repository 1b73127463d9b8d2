from __future__ import annotations

from analysis.measures import pronouns
from analysis.text.nlp import get_nlp

CANDIDATES = [(0, "Canada", "GPE"), (10, "Jon Berg", "PERSON"), (20, "the union leaders", None)]


def test_each_pronoun_takes_the_latest_compatible_candidate():
    assert pronouns.resolve("he", 30, CANDIDATES) == "Jon Berg"
    assert pronouns.resolve("they", 30, CANDIDATES) == "the union leaders"
    assert pronouns.resolve("it", 30, CANDIDATES) == "Canada"
    assert pronouns.resolve("she", 5, CANDIDATES) is None  # nothing before fits and no phrase to fall back on
    assert pronouns.resolve("he", 30, [(0, "the spokesman", None)]) == "the spokesman"  # fallback: a phrase


def test_only_candidates_before_the_pronoun_count():
    assert pronouns.resolve("he", 9, CANDIDATES) is None
    assert pronouns.resolve("it", 9, CANDIDATES) == "Canada"


def test_kinds():
    assert pronouns.kind("She") == "person" and pronouns.kind("their") == "group" and pronouns.kind("its") == "thing"
    assert pronouns.kind("who") is None


def test_a_pronoun_in_a_governed_clause_refers_to_the_governing_subject():
    nlp = get_nlp()
    doc = nlp("Mayor Tom Hill spoke first. Senator Maria Lopez condemned what she called a breach of the treaty.")
    she = next(t for t in doc if t.lower_ == "she")
    assert pronouns.governing_subject(she).text == "Lopez"
    # a main-clause pronoun has no governing clause; a subject after the pronoun does not bind it
    doc = nlp("She left early. When she arrived, Lopez spoke.")
    assert all(pronouns.governing_subject(t) is None for t in doc if t.lower_ == "she")
