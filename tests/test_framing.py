from __future__ import annotations

import pytest

from analysis.errors import ConfigError
from analysis.measures.analysed import analyse
from analysis.measures.framing import (
    FRAMES,
    frames_by_paragraph,
    load_frame_lexicon,
    load_markers,
)
from analysis.output.summary import distance_section, frames_section
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
    assert "security_defence" in frames_of(write, "They tried to stabilize the region.")
    assert "security_defence" in frames_of(write, "They tried to stabilise the region.")
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
