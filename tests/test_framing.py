from __future__ import annotations

import hashlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.errors import AnalysisError, ConfigError
from analysis.evaluation import frac
from analysis.measures.analysed import analyse
from analysis.measures.framing import (
    BACKGROUND_FILE,
    BACKGROUND_SEMEVAL_FILE,
    FRAMES,
    FRAMES_FILE,
    frames_by_paragraph,
    load_background,
    load_frame_lexicon,
    load_markers,
    salience,
)
from analysis.output.summary import distance_section, frames_section
from analysis.paths import ROOT
from analysis.text.article import load_article
from analysis.text.spelling import variants


def frames_of(write, text):
    return set(analyse(load_article(write(text))).frame_evidence["frame"])


def test_lexicon_loads_every_frame_with_sources():
    lex = load_frame_lexicon()
    assert set(lex) == set(FRAMES)
    assert all(source for terms in lex.values() for _, source in terms)
    assert len(FRAMES) == 16


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "frame,term,source\nsecurity_defence,war,MFC\nsecurity_defence,war,MFC\n",
            r"f\.csv:3: term 'war' is listed twice",
        ),
        ("frame,term,source\nwarfare,war,MFC\n", r"f\.csv:2: unknown frame 'warfare'"),
        ("frame,term,source\nsecurity_defence,war\n", r"f\.csv:2: expected 3 columns"),
        ("term,frame\n", "the header must be frame,term,source"),
    ],
)
def test_lexicon_errors(tmp_path, content, message):
    path = tmp_path / "f.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_frame_lexicon(path)


def test_marker_lexicon_errors(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("term,kind\nreportedly,vague\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"m\.csv:2: unknown kind 'vague'"):
        load_markers(path)


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("Militants attacked an army post near the border.", "security_defence"),
        ("The EU pledged humanitarian aid to the country.", "humanitarian"),
        ("Moscow hosted talks with a delegation from Kabul.", "diplomacy_legitimacy"),
        ("The court ruled the ban illegal.", "legality"),
        ("Sanctions cost the economy billions of dollars.", "economic"),
    ],
)
def test_known_sentences_hit_expected_frames(write, text, frame):
    assert frame in frames_of(write, text)


def test_both_spellings_match(write):
    assert "capacity_resources" in frames_of(write, "They tried to mobilize the reserves.")
    assert "capacity_resources" in frames_of(write, "They tried to mobilise the reserves.")
    assert variants("defence") == {"defence", "defense"}


def test_longest_match_within_a_frame_and_names_excluded(write):
    ev = analyse(load_article(write("The Islamic State worsened the humanitarian crisis in the state."))).frame_evidence
    hum = ev[ev["frame"] == "humanitarian"]
    assert hum["text"].tolist() == ["humanitarian crisis"]
    political = ev[ev["frame"] == "political"]
    assert political["text"].tolist() == ["state"]  # the lower-case word, not the State of Islamic State


def test_every_evidence_word_is_in_the_text_at_its_position(seed, seed_analysis):
    for r in seed_analysis.frame_evidence.itertuples():
        assert seed.raw[r.start : r.end] == r.text
        assert r.voice == ("quoted" if seed.in_direct_quote(r.start, r.end) else "writer")


def test_scores_are_hits_per_100_words_and_every_frame_present(seed, seed_analysis):
    s = seed_analysis.frame_scores
    assert list(s["frame"]) == list(FRAMES)
    for r in s.itertuples():
        assert r.score == pytest.approx(100 * r.hits / len(seed.words))
    j = frames_section(seed_analysis)
    assert set(j) == set(FRAMES)
    assert j["health_safety"]["hits"] == 0 and j["health_safety"]["evidence"] == []
    assert j["security_defence"]["hits"] == len(j["security_defence"]["evidence"]) > 0
    assert j["security_defence"]["lede_hits"] >= 1


def test_paragraph_table(seed, seed_analysis):
    t = frames_by_paragraph(seed, seed_analysis.frame_evidence, per_100_words=False)
    assert t.to_numpy().sum() == len(seed_analysis.frame_evidence)


def test_distance_markers_per_voice(seed, write, seed_analysis):
    m = seed_analysis.distance_markers
    # the seed's two marked words are its sources' words (partial quotations), not the writer's distance
    assert not (m["kind"] == "scare_quote").any()
    assert distance_section(seed_analysis)["writer"]["scare_quotes"] == 0
    scare = analyse(load_article(write("The so-called 'reform' cut pensions by a fifth across the country.")))
    rows = scare.distance_markers[["voice", "kind", "text"]].values.tolist()
    assert ["writer", "scare_quote", "reform"] in rows and ["writer", "distancing", "so-called"] in rows
    art = load_article(write('Officials reportedly met. "It may rain on everyone tomorrow," Putin said.'))
    dm = analyse(art).distance_markers
    assert set(zip(dm["voice"], dm["text"], strict=True)) == {("writer", "reportedly"), ("Vladimir Putin", "may")}


def test_deterministic(seed, seed_analysis):
    assert seed_analysis.frame_evidence.equals(seed_analysis.frame_evidence)


def test_salience_is_zero_at_the_typical_rate_positive_above_and_negative_below():
    assert salience(10, 1000, 1000, 100_000) == pytest.approx(0.0, abs=0.05)
    assert salience(30, 1000, 1000, 100_000) > 1.96  # three times the typical rate: a clear difference
    assert salience(0, 1000, 1000, 100_000) < -1.96  # none where ten are expected
    assert salience(0, 0, 1000, 100_000) == 0.0


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 50), st.integers(100, 3000), st.integers(1, 5000))
def test_salience_grows_with_use(hits, words, background_hits):
    hits = min(hits, words - 1)
    assert salience(hits + 1, words, background_hits, 600_000) > salience(hits, words, background_hits, 600_000)


def _scores(write, text):
    return analyse(load_article(write(text))).frame_scores.set_index("frame")


def test_the_lexicon_rule_needs_two_different_words_and_a_word_in_the_lede_counts_twice(write):
    lede = "Delegates from two harbour towns met on Monday to talk about the quotas.\n\n"
    repeated = lede + "The court was busy. The court was full. The court closed late.\n"
    assert not _scores(write, repeated).loc["legality", "lexicon_present"]  # one word, three times
    varied = lede + "The court said the ban was illegal.\n"
    assert _scores(write, varied).loc["legality", "lexicon_present"]
    in_lede = "The court in the harbour town met on Monday.\n\nDelegates talked about the quotas.\n"
    assert _scores(write, in_lede).loc["legality", "lexicon_present"]


def test_a_multi_word_term_outranks_the_words_inside_it_across_frames(write):
    ev = analyse(load_article(write("Envoys from both towns will ask the security council to act.\n"))).frame_evidence
    assert ev.loc[ev["text"] == "security council", "frame"].tolist() == ["diplomacy_legitimacy"]
    assert "security_defence" not in set(ev["frame"])


@pytest.mark.parametrize("path", [BACKGROUND_FILE, BACKGROUND_SEMEVAL_FILE])
def test_the_committed_reference_rates_were_counted_with_the_committed_lexicon(path):
    header = path.read_text(encoding="utf-8")
    m = re.search(r"# lexicon sha256: ([0-9a-f]{64})", header)
    assert m, f"{path.name} does not record the lexicon it was counted with"
    assert m.group(1) == hashlib.sha256(FRAMES_FILE.read_bytes()).hexdigest(), \
        "the frame lexicon changed: recount the reference rates with `make frame-background`"
    assert re.search(r"# corpus: .* sha256 [0-9a-f]{64}", header), f"{path.name} does not record its corpus's sha256"
    hits, words = load_background(path)
    assert set(hits) == set(FRAMES) and words > 0


def test_bad_reference_rates_name_the_problem(tmp_path):
    bad = tmp_path / "frame_background.csv"
    bad.write_text("frame,hits,articles_with_hits,words,articles\neconomic,x,1,100,2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"frame_background\.csv:2: hits and words must be whole numbers"):
        load_background(bad)
    bad.write_text("frame,hits,articles_with_hits,words,articles\neconomic,3,1,100,2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="missing: capacity_resources"):
        load_background(bad)


def test_frac_scoring_on_sentences_of_our_own():
    path = ROOT / "tests" / "fixtures" / "frac" / "sentences.jsonl"
    rows = frac.read_frac(path)
    assert len(rows) == 5  # the reader comment is left out
    predicted = frac.predict([r["sentence"] for r in rows], frac.categories(rows))
    assert predicted[0] == "Legality and Crime" and predicted[2] == "Security and Defense"
    assert predicted[4] == "Other"  # no frame vocabulary
    result = frac.frac_results(path)
    assert result["metrics"]["package"]["accuracy"]["n"] == 5
    assert result["metrics"]["package"]["accuracy"]["value"] >= result["metrics"]["majority"]["accuracy"]["value"]


def test_a_malformed_frac_line_names_the_file_and_line(tmp_path):
    bad = tmp_path / "sentences.jsonl"
    bad.write_text('{"sentence": "x", "type": "article"}\n', encoding="utf-8")
    with pytest.raises(AnalysisError, match=r"sentences\.jsonl: line 1: not a FrAC record"):
        frac.read_frac(bad)


@pytest.mark.parametrize("text, frame, counted", [
    ("The foreign minister Anna Berg arrived in the harbour town on Monday.\n", "political", False),
    ("The minister said the harbour would stay closed.\n", "political", True),
    ("The council recognised the efforts of the volunteers after the flood.\n", "legality", False),
    ("The council voted to recognise the new government of the island.\n", "legality", True),
])
def test_job_titles_and_the_everyday_sense_of_recognise_are_not_frame_evidence(write, text, frame, counted):
    assert (frame in frames_of(write, text)) == counted
