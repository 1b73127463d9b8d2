from __future__ import annotations

import pytest

from analysis.errors import ConfigError
from analysis.measures.analysed import analyse
from analysis.measures.attribution import (
    load_reporting_verbs,
)
from analysis.output.summary import quotes_section, voices_section
from analysis.present.html import render_quotes
from analysis.text.article import load_article


def direct(write, text):
    q = analyse(load_article(write(text))).quotes_table
    return q[q["kind"] == "direct"].reset_index(drop=True)


def test_quotation_before_attribution(write):
    q = direct(write, "“We will not leave Kabul under any circumstances,” Lavrov said on Monday.")
    assert (q.loc[0, "speaker"], q.loc[0, "cue"], q.loc[0, "channel"]) == ("Sergei Lavrov", "say", None)


def test_quotation_after_attribution(write):
    q = direct(write, "Vladimir Putin told reporters: “The situation in Afghanistan worries all of us deeply.”")
    assert (q.loc[0, "speaker"], q.loc[0, "cue"]) == ("Vladimir Putin", "tell")


def test_was_quoted_as_saying(write):
    q = direct(write, "Lavrov was quoted as saying, “The new administration must keep its promises to everyone.”")
    assert (q.loc[0, "speaker"], q.loc[0, "cue"]) == ("Sergei Lavrov", "say")


def test_agency_quoted_x_as_saying_gives_speaker_and_channel(write):
    q = direct(write, "“A new administration is in power now,” news agency AFP quoted Lavrov as saying.")
    assert (q.loc[0, "speaker"], q.loc[0, "channel"], q.loc[0, "cue"]) == ("Sergei Lavrov", "AFP", "say")


def test_pronoun_speaker_resolves_to_latest_named_speaker(write):
    text = (
        "“The talks were useful for everyone involved,” Lavrov said. "
        "“We will meet again next month in Moscow,” he added."
    )
    q = direct(write, text)
    assert q["speaker"].tolist() == ["Sergei Lavrov", "Sergei Lavrov"]
    assert q["cue"].tolist() == ["say", "add"]


def test_quotation_with_no_speaker(write):
    q = direct(write, "The sign at the border read: “Closed until further notice for all travellers.”")
    assert q.loc[0, "speaker"] is None or q.loc[0, "speaker"] != q.loc[0, "speaker"]


def test_two_speakers_in_one_paragraph(write):
    text = (
        "“We want recognition from the world now,” Zabihullah Mujahid said, "
        "while Lavrov said: “Recognition is not on the agenda at this stage.”"
    )
    q = direct(write, text)
    assert q["speaker"].tolist() == ["Zabihullah Mujahid", "Sergei Lavrov"]


def test_title_instead_of_a_name(write):
    q = direct(write, "“We are ready to help the Afghan people this winter,” the top Russian diplomat said.")
    assert q.loc[0, "speaker"] == "the top Russian diplomat"
    assert q.loc[0, "cue"] == "say"


def test_distancing_verb_is_classed(write):
    q = analyse(load_article(write("The group claimed that the attack was carried out by its fighters."))).quotes_table
    row = q[q["kind"] == "indirect"].iloc[0]
    assert (row["cue"], row["cue_class"], row["speaker"]) == ("claim", "distancing", "The group")


def test_seed_direct_quotations_and_speakers(seed, seed_analysis):
    q = seed_analysis.quotes_table
    d = q[q["kind"] == "direct"]
    assert d["speaker"].tolist() == ["Sergei Lavrov"] * 3
    assert d["channel"].tolist() == ["AFP", "AFP", "Reuters"]
    assert d["speaker_text"].tolist() == ["Lavrov", "he", "Lavrov"]
    # the two marked words are sources' words: 'stabilise' inside Russia's reported statement,
    # 'humanitarian crisis' inside the EU's pledge; the writer's scare quotes: none
    p = q[q["kind"] == "partial"]
    assert list(zip(p["text"], p["speaker"], strict=True)) == [("stabilise", "Russia"),
                                                                ("humanitarian crisis", "European Union")]
    assert not (q["kind"] == "scare").any()


def test_seed_reported_speech(seed, seed_analysis):
    q = seed_analysis.quotes_table
    ind = q[q["kind"] == "indirect"]
    pairs = set(zip(ind["speaker"], ind["cue"], strict=True))
    assert {("Russia", "express regret"), ("Russia", "urge"), ("Sergei Lavrov", "note"),
            ("United States", "say"), ("United Nations", "warn"), ("Vladimir Putin", "express concern")} <= pairs
    us = ind[ind["speaker"] == "United States"]
    assert set(us["channel"]) == {"Reuters"}
    # "his country noted" is part of what Lavrov said, not a statement of its own
    assert not ((ind["cue"] == "note") & (ind["paragraph"] == 1)).any()


def test_offsets_slice_back(seed, seed_analysis):
    for r in seed_analysis.quotes_table.itertuples():
        assert seed.raw[r.start : r.end] == r.text or r.kind == "direct"
        if r.kind == "direct":
            assert seed.raw[r.start : r.end].startswith(r.text[:20])


def test_voices_and_share(seed, seed_analysis):
    v = seed_analysis.voices_table
    lavrov = v.iloc[0]
    assert (lavrov["speaker"], lavrov["direct"], lavrov["words_quoted"]) == ("Sergei Lavrov", 3, seed.quoted_words)
    assert lavrov["share_of_voice"] == seed.quoted_words / len(seed.words)
    assert {"verb": "say", "class": "neutral", "count": 4} in lavrov["cues"]


def test_taliban_mentioned_but_never_heard(seed, seed_analysis):
    u = seed_analysis.unheard_actors
    tal = u[u["actor"] == "Taliban"].iloc[0]
    assert (tal["mentions"], tal["indirect"]) == (7, 0)
    assert "Sergei Lavrov" not in set(u["actor"])


def test_channels_include_the_credit_line(seed, seed_analysis):
    c = seed_analysis.channels_table
    assert "(With agency inputs)" in set(c["channel"])
    assert set(c["channel"]) >= {"AFP", "Reuters"}


def test_json_shapes(seed, seed_analysis):
    q = quotes_section(seed_analysis)
    assert {"text", "kind", "speaker", "channel", "cue", "paragraph", "start", "end"} <= set(q[0])
    assert all(x["speaker"] is None for x in q if x["kind"] == "scare")
    assert all(x["channel"] is None or isinstance(x["channel"], str) for x in q)
    v = voices_section(seed_analysis)
    assert {"speaker", "direct", "indirect", "words_quoted", "first_paragraph", "cues"} <= set(v[0])


def test_html_is_deterministic_and_escaped(seed, seed_analysis, write):
    assert render_quotes(seed_analysis) == render_quotes(analyse(seed))
    html = render_quotes(analyse(load_article(write('He said: "<b>bold</b> claims are not evidence," to us.'))))
    assert "<b>bold</b>" not in html and "&lt;b&gt;" in html


def test_reporting_verb_lexicon_is_validated(tmp_path):
    assert load_reporting_verbs()["claim"] == "distancing"
    bad = tmp_path / "v.csv"
    head = "cue,class,complements,basis\n"
    bad.write_text(head + "say,neutral,ccomp,x\nsay,neutral,ccomp,x\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"v\.csv:3: cue 'say' is listed twice"):
        load_reporting_verbs(bad)
    bad.write_text(head + "say,friendly,ccomp,x\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"v\.csv:2: unknown class 'friendly'"):
        load_reporting_verbs(bad)
    bad.write_text(head + "say,neutral,ccomp|object,x\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"v\.csv:2: unknown complement 'object'"):
        load_reporting_verbs(bad)


def test_follow_up_quotation_continues_the_previous_speaker(write):
    text = ("“We came here to find a fair deal,” the minister Ilse Brandt told reporters. "
            "“Nobody wants another summer of empty harbours.”")
    q = direct(write, text)
    assert q["speaker"].tolist() == ["Ilse Brandt", "Ilse Brandt"]
    assert q.loc[1, "speaker_text"] == "" and q.loc[1, "cue"] != q.loc[1, "cue"]  # NaN: no cue of its own
