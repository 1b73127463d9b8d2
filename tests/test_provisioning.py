"""textstat must count syllables with the CMU dictionary, offline."""

from __future__ import annotations

import importlib.util

import textstat

from analysis.paths import ROOT, SEED_ARTICLE

spec = importlib.util.spec_from_file_location("provision_cmudict", ROOT / "scripts" / "provision_cmudict.py")
provision = importlib.util.module_from_spec(spec)
spec.loader.exec_module(provision)


def test_cmudict_lines_convert_to_nltk_format():
    src = "a AH0\na(2) EY1\naalborg AO1 L B AO0 R G # place, danish\n\n"
    assert provision.nltk_lines(src) == ["A 1 AH0", "A 2 EY1", "AALBORG 1 AO1 L B AO0 R G"]


def test_whole_seed_file_matches_the_cmu_dictionary_reference():
    # The foundation issue's reference values for the whole seed file as it is:
    # pyphen alone would give 709 syllables / 41.40 / 13.75.
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    assert textstat.syllable_count(text) == 769
    assert textstat.flesch_reading_ease(text) == 29.572225421637228
    assert textstat.flesch_kincaid_grade(text) == 15.40374605786371


def test_corpus_is_found_without_download():
    import nltk

    assert nltk.data.find("corpora/cmudict")
