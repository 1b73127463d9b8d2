from __future__ import annotations

import math
import re

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer, normalize

from analysis.errors import ConfigError
from analysis.measures.analysed import analyse
from analysis.measures.sentiment import (
    analyzer,
    described,
    event_neutral_analyzer,
    explain,
    label,
    load_event_words,
    punctuation_emphasis,
)

PLAIN = SentimentIntensityAnalyzer()


def test_sentence_scores_are_vaders_own(seed, seed_analysis):
    s = seed_analysis.sentence_sentiment
    for row, sent in zip(s.itertuples(), seed.sentences, strict=True):
        ref = PLAIN.polarity_scores(sent.text)
        assert (row.neg, row.neu, row.pos, row.compound) == (ref["neg"], ref["neu"], ref["pos"], ref["compound"])


@pytest.mark.parametrize(
    "text",
    [
        "The talks were not very good, but the mood was GREAT!!",
        "Russia is hardly happy about it?",
        "This is a crisis.",
        "Nothing here.",
        "",
        "I love it 🙂",
        "They did not kind of like it at all.",
    ],
)
def test_explanation_reconciles_with_the_analyzers_score(text):
    scores, words = explain(text)
    assert scores == PLAIN.polarity_scores(text)
    total = sum(w["valence"] for w in words)
    emph = punctuation_emphasis(text)
    total += emph if total > 0 else -emph if total < 0 else 0
    expected = round(normalize(total), 4) if words else 0.0
    assert scores["compound"] == expected


def test_explanation_names_the_rules():
    _, words = explain("The talks were not good, but the mood was very positive.")
    by_word = {w["word"]: w for w in words}
    assert "negation: 'not'" in by_word["good"]["rule"]
    assert "before 'but'" in by_word["good"]["rule"]
    assert "booster/dampener: 'very'" in by_word["positive"]["rule"]
    assert by_word["positive"]["lexicon"] == PLAIN.lexicon["positive"]


def test_paragraph_score_is_mean_of_sentence_scores(seed, seed_analysis):
    s = seed_analysis.sentence_sentiment
    p = seed_analysis.paragraph_sentiment
    for row in p.itertuples():
        assert math.isclose(row.compound, s.loc[s["paragraph"] == row.paragraph, "compound"].mean())
        assert row.label == label(row.compound)


def test_article_json(seed, seed_analysis):
    j = seed_analysis.article_sentiment
    assert set(j) >= {
        "sentences", "mean_compound", "paragraphs", "narration_mean_compound",
        "quoted_mean_compound", "event_neutral_mean_compound",
    }
    assert j["sentences"] == len(seed.sentences)
    assert [p["paragraph"] for p in j["paragraphs"]] == list(range(1, 9))
    assert math.isclose(j["mean_compound"], sum(PLAIN.polarity_scores(s.text)["compound"] for s in seed.sentences) / 16)


def test_narration_and_quotation_are_scored_apart(seed, seed_analysis):
    s = seed_analysis.sentence_sentiment
    # sentence 9 is mostly Lavrov's quotation: its quoted part carries the positive words
    row = s[s["sentence"] == 9].iloc[0]
    quote = next(q for q in seed.direct_quotes if q.first_paragraph == 5)
    assert row["quoted_compound"] == PLAIN.polarity_scores(quote.text)["compound"]
    # sentences without quotations have no quoted score
    assert math.isnan(s[s["sentence"] == 1].iloc[0]["quoted_compound"])


def test_scare_quoted_words_stay_in_narration(seed, seed_analysis):
    s = seed_analysis.sentence_sentiment
    assert not math.isnan(s[s["sentence"] == 1].iloc[0]["narration_compound"])


@pytest.mark.parametrize(
    ("value", "expected"), [(0.05, "positive"), (0.0499, "neutral"), (-0.05, "negative"), (-0.0499, "neutral")]
)
def test_label_convention(value, expected):
    assert label(value) == expected


def test_event_neutral_analyzer_only_changes_a_lexicon_copy():
    events = load_event_words()
    assert "crisis" in events and "violent" in events
    neutral = event_neutral_analyzer()
    assert "crisis" not in neutral.lexicon
    assert "crisis" in analyzer().lexicon  # the shared analyzer is untouched
    assert neutral.polarity_scores("This is a crisis.")["compound"] == 0.0
    assert analyzer().polarity_scores("This is a crisis.")["compound"] < 0


def test_event_words_file_is_validated(tmp_path):
    bad = tmp_path / "e.csv"
    bad.write_text("word,rationale\ncrisis,names an event\ncrisis,again\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"e\.csv:3: 'crisis' is listed twice"):
        load_event_words(bad)
    bad.write_text("term,why\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="the header must be word,rationale"):
        load_event_words(bad)


def test_word_contributions_mark_preposition_like(seed, seed_analysis):
    w = seed_analysis.word_contributions
    like = w[w["word"] == "like"].iloc[0]
    assert like["pos"] == "ADP" and like["valence"] > 0 and not like["in_quote"]
    quoted = w[w["in_quote"]]
    assert set(quoted["word"]) >= {"convinced", "effective", "support"}


@pytest.mark.parametrize("text", ["Yes.", "ALL CAPITALS ARE GREAT.", "🙂🙂", "1 2 3", "Das ist gut und schön."])
def test_edge_cases(write, text):
    from analysis.text.article import load_article

    article = load_article(write(text))
    j = analyse(article).article_sentiment
    assert j["sentences"] == len(article.sentences)
    for p in j["paragraphs"]:
        assert -1 <= p["compound"] <= 1


def test_spelling_gaps(write):
    from analysis.text.article import load_article

    article = load_article(write("My favourite colour is blue, they said, and raised a glass."))
    gaps = analyse(article).spelling_gaps
    assert "raised" not in set(gaps["word"])
    fav = gaps[gaps["word"] == "favourite"].iloc[0]
    assert fav["american"] == "favorite"
    assert fav["british_valence"] is None and fav["american_valence"] == PLAIN.lexicon["favorite"]


ARTEFACT_ARTICLE = (
    "Armed groups like the Northern Front could exploit the vacuum, officials said.\n\n"
    "Most farmers like the new plan.\n\n"
    "The meeting ended.\n"
)


def test_corrected_line_gives_a_preposition_no_valence(write):
    """*like* parsed as a preposition is approval to VADER only; the corrected line drops it, a verb *like* stays."""
    from analysis.text.article import load_article

    a = analyse(load_article(write(ARTEFACT_ARTICLE)))
    s = a.sentence_sentiment.set_index("sentence")
    w = a.word_contributions
    likes = w[w["word"] == "like"].set_index("sentence")
    prep, verb = likes.loc[1], likes.loc[2]
    assert prep["artefact"] == "a preposition" and verb["artefact"] == ""
    assert s.loc[1, "compound"] > 0 > s.loc[1, "corrected_compound"]  # only *exploit* is left
    assert s.loc[2, "corrected_compound"] == s.loc[2, "compound"] > 0
    assert s.loc[1, "scored_words"] == 2 and s.loc[3, "scored_words"] == 0
    p = a.paragraph_sentiment.set_index("paragraph")
    assert p.loc[1, "label_changes"] and p.loc[1, "corrected_label"] == "negative"
    assert math.isclose(a.article_sentiment["corrected_mean_compound"], s["corrected_compound"].mean())


@pytest.mark.parametrize(("value", "words"), [
    (0.0, "+0.00 (neutral)"), (-0.0004, "+0.00 (neutral)"), (0.0665, "+0.07 (borderline positive)"),
    (-0.2214, "-0.22 (negative)"), (0.5423, "+0.54 (strongly positive)"), (-0.099, "-0.10 (negative)"),
    (0.0949, "+0.09 (borderline positive)"), (0.0449, "+0.04 (neutral)"),
])
def test_compounds_are_described_with_two_decimals_and_words(value, words):
    assert described(value) == words


def test_sentiment_findings_use_two_decimals_name_paraphrase_and_count_scored_words(write):
    from analysis.present import findings
    from analysis.text.article import load_article

    text = findings.sentiment(analyse(load_article(write(ARTEFACT_ARTICLE))))
    assert not re.search(r"\d\.\d{3,}", text)
    assert "only 3 scored words, a handful" in text
    assert "the writer's narration and paraphrase" in text
    assert "In the corrected line it reads" not in text  # the top paragraph (a verb *like*) keeps its label
    assert "1 (positive → negative; without *like* what remains is *exploit*)" in text


def test_a_label_change_between_close_means_is_called_marginal():
    from analysis.present.findings import _margin

    assert "changes at the margin" in _margin(0.04, 0.057)
    assert _margin(0.04, 0.2) == "" and _margin(0.06, 0.07) == ""


def test_the_corrected_line_drops_top_as_a_rank(write):
    """*top* before a noun is a rank, not praise ("top officials"); as a verb ("topped") VADER's own reading is
    left alone; the data file is validated."""
    from analysis.text.article import load_article

    a = analyse(load_article(write("Top officials met the envoys.\n\nThe plan is not in progress.\n")))
    w = a.word_contributions.set_index("word")
    assert w.loc["Top", "artefact"] == "a rank"
    s = a.sentence_sentiment.set_index("sentence")
    assert s.loc[1, "compound"] > 0 and s.loc[1, "corrected_compound"] == 0


def test_pos_artefacts_file_is_validated(tmp_path):
    from analysis.measures.sentiment import load_pos_artefacts

    bad = tmp_path / "a.csv"
    bad.write_text("word,pos,dep,label,reason\ntop,ADJECTIVE,amod,a rank,why\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"a\.csv:2: 'ADJECTIVE' is not a spaCy part of speech"):
        load_pos_artefacts(bad)


def test_in_progress_is_an_idiom_the_corrected_line_gives_no_valence(write):
    """"Talks are in progress" says they are under way, not that anything improves; "made good progress" keeps its
    valence."""
    from analysis.text.article import load_article

    a = analyse(load_article(write("Kell talks\n\nThe mayor said talks are currently in progress between the two "
                                   "towns.\n\nThe council made progress on the budget.\n")))
    s = a.sentence_sentiment.set_index("sentence")
    idiom, made = s.iloc[0], s.iloc[1]
    assert idiom["compound"] > 0 and idiom["corrected_compound"] == 0.0
    assert made["corrected_compound"] == made["compound"] > 0
