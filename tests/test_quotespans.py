from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.text.article import load_article, split_paragraphs
from analysis.text.quotespans import find_quote_spans


def spans_of(raw: str):
    return find_quote_spans(raw, split_paragraphs(raw))


def test_quotation_before_attribution():
    raw = "“We will stay in Kabul for now,” the envoy said."
    spans, warnings = spans_of(raw)
    assert [s.text for s in spans] == ["We will stay in Kabul for now,"]
    assert spans[0].direct and spans[0].marks == "double" and warnings == []
    assert raw[spans[0].start : spans[0].end] == spans[0].text


def test_quotation_after_attribution_straight_marks():
    raw = 'The envoy said: "We will stay in Kabul for as long as it is safe."'
    spans, warnings = spans_of(raw)
    assert [s.text for s in spans] == ["We will stay in Kabul for as long as it is safe."]
    assert warnings == []


def test_multi_paragraph_quotation_continues_when_next_paragraph_opens_with_a_mark():
    raw = (
        "The minister said: “We have seen the reports and we take them seriously.\n\n"
        "“We will respond in due course,” he added.\n\nNo one else spoke."
    )
    spans, warnings = spans_of(raw)
    assert warnings == []
    assert len(spans) == 1
    q = spans[0]
    assert (q.first_paragraph, q.last_paragraph) == (1, 2)
    assert q.text == "We have seen the reports and we take them seriously. We will respond in due course,"
    assert len(q.segments) == 2
    for s, e in q.segments:
        assert "“" not in raw[s:e] and "”" not in raw[s:e]


def test_unclosed_quotation_is_a_warning_not_a_crash():
    raw = "He said “this never ends.\n\nThe next paragraph is narration."
    spans, warnings = spans_of(raw)
    assert spans == []
    assert len(warnings) == 1 and "unclosed double quotation mark at offset 8" in warnings[0]


def test_stray_closing_mark_is_a_warning():
    spans, warnings = spans_of("Nobody opened this” quotation.")
    assert spans == [] and "has no opening mark" in warnings[0]


def test_straight_and_curly_marks_mixed():
    raw = "“Curly quotation with several words here,” he said, and \"a straight one with words too,\" she replied."
    spans, warnings = spans_of(raw)
    assert [s.text for s in spans] == [
        "Curly quotation with several words here,",
        "a straight one with words too,",
    ]
    assert warnings == []


def test_apostrophes_are_not_quotation_marks():
    raw = "Russia’s envoy and Afghanistan's minister didn't meet the countries’ delegates in the ’90s or '90s."
    spans, warnings = spans_of(raw)
    assert spans == [] and warnings == []


def test_single_marked_words_are_scare_quote_candidates():
    raw = "Russia backed the Taliban's efforts to 'stabilise' the country and avert a ‘humanitarian crisis’."
    spans, warnings = spans_of(raw)
    assert [(s.text, s.marks, s.short) for s in spans] == [
        ("stabilise", "single", True),
        ("humanitarian crisis", "single", True),
    ]
    assert warnings == []


def test_short_double_marked_phrase_is_a_candidate_but_a_sentence_is_not():
    spans, _ = spans_of('The so-called "peace process" stalled. "We are not leaving," he said.')
    assert [(s.text, s.short) for s in spans] == [("peace process", True), ("We are not leaving,", False)]


def test_seed_quotation_spans(seed):
    direct = [q for q in seed.quotes if q.direct]
    short = [q.text for q in seed.quotes if q.short]
    assert len(direct) == 3
    assert direct[0].text == "A new administration is in power now,"
    assert short == ["stabilise", "humanitarian crisis"]
    assert seed.quoted_words == 7 + 19 + 33


MARKS = st.sampled_from(["“", "”", '"', "‘", "’", "'", "\n\n", " ", "a", "b", "Z", "9", ",", ".", "\r\n"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(MARKS, st.text(max_size=6)), max_size=60).map("".join))
def test_random_marks_never_crash_and_offsets_slice_back(raw):
    spans, warnings = spans_of(raw)
    assert all(isinstance(w, str) and "\n" not in w for w in warnings)
    for q in spans:
        assert 0 <= q.start <= q.end <= len(raw)
        joined = " ".join(raw[s:e].strip() for s, e in q.segments)
        assert joined == q.text
        for s, e in q.segments:
            assert s <= e


WORDS = st.sampled_from(["Russia", "said", "the", "Taliban", "’s", "'s", "talks", "“", "”", '"', "'", "‘", "’"])


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=15).map(" ".join), min_size=1, max_size=4))
def test_loader_never_crashes_on_random_quotation_marks(write, paragraphs):
    raw = "\n\n".join(paragraphs)
    article = load_article(write(raw))
    for unit in (*article.paragraphs, *article.sentences, *article.words):
        assert article.raw[unit.start : unit.end] == unit.text
    for q in article.quotes:
        for s, e in q.segments:
            assert article.raw[s:e].strip() in q.text


def test_two_apostrophes_are_one_double_mark():
    text = "He said: ''We will win the county,'' and left. It's 'fine' by her."
    spans, warnings = find_quote_spans(text, [(0, len(text))])
    assert [(s.marks, s.text) for s in spans] == [("double", "We will win the county,"), ("single", "fine")]
    assert warnings == []
