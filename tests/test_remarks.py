"""Whose words a label is (quoted, paraphrase, writer) and remarks counted once (the quotes table's
``statement``), on articles of our own: a conflict story with a state and its minister, a sports federation, a
council story and a company story."""

from __future__ import annotations

import pytest

from analysis.measures.analysed import Analysis, analyse
from analysis.measures.attribution.grouping import same_content
from analysis.present import findings
from analysis.text.article import load_article
from analysis.text.codebook import load_codebook


@pytest.fixture
def ruritania(tmp_path):
    types = tmp_path / "types.csv"
    types.write_text("type,label,descriptors\nstate,GPE,country|nation\nperson,PERSON,\n"
                     "armed_group,ORG,group|militant|insurgent|fighter\n", encoding="utf-8")
    actors = tmp_path / "actors.csv"
    actors.write_text("name,type,aliases,affiliation\nRuritania,state,Ruritania,\n"
                      "Valley Front,armed_group,Valley Front,\nAnn Lee,person,Ann Lee|Lee,Ruritania\n",
                      encoding="utf-8")
    return load_codebook(actors, types)


CONFLICT = ("Valley Front leaves Ostra\n\n"
            "The Valley Front withdrew from Ostra on Monday. Ruritania said on Tuesday that the militants had left "
            "the town and would face trial. “The militants are finished,” Interior Minister Ann Lee said.\n\n"
            "Residents began to return, and the Valley Front said the group would regroup.")


def test_a_label_in_paraphrase_is_the_writers_word_and_one_in_quotation_marks_the_speakers(write, ruritania):
    a = Analysis(load_article(write(CONFLICT)), ruritania)
    labels = {(r.text, r.voice, r.speaker) for r in a.actor_labels.itertuples()}
    assert ("the militants", "paraphrase", "Ruritania") in labels  # outside the marks: the writer's wording
    assert ("The militants", "quoted", "Ann Lee") in labels  # inside the marks: the minister's own word
    row = a.actor_table.set_index("actor").loc["Valley Front"]
    assert "the militants" in row["writer_labels"].split(" | ")
    assert row["quoted_labels"] == "The militants"
    stance = a.stance_table.set_index("actor").loc["Valley Front"]
    assert "the militants (in paraphrase of Ruritania)" in stance["writer_labels"]
    lines = findings.entities_and_actors(a)
    assert "*the militants* (in paraphrase of Ruritania)" in lines
    assert "1 sit inside quotation marks" in lines and "2 in the writer's paraphrase" in lines


def test_the_voice_of_a_mention_in_paraphrase_is_paraphrase_in_the_json(write):
    from analysis.output.summary import summarize

    text = ("Federation opens inquiry into match fixing\n\n"
            "The Continental Football Federation said on Friday that the organisation would investigate claims of "
            "match fixing in its second division. “The federation will not tolerate cheating,” its president Ilse "
            "Marten said.\n\nTwo clubs deny wrongdoing.")
    s = summarize(load_article(write(text)))
    spans = [m for actor in s["actors"].values() for m in actor["labels"]]
    assert {"text": "the organisation", "voice": "paraphrase",
            "speaker": "Continental Football Federation"}.items() <= next(
        m for m in spans if m["text"] == "the organisation").items()
    assert {m["voice"] for actor in s["actors"].values() for m in actor["mention_spans"]} <= {
        "writer", "quoted", "paraphrase"}


def test_a_remark_told_by_a_state_and_its_minister_counts_once(write, ruritania):
    text = ("Border talks\n\n"
            "Ruritania said on Monday that the border crossing at Kell would reopen to lorries next week. Interior "
            "Minister Ann Lee said the crossing at Kell would reopen to lorries and buses.\n\n"
            "“We will reopen the crossing at Kell next week,” Lee told reporters. “Trade must flow again.”\n\n"
            "Lee also said the army budget would rise.")
    a = Analysis(load_article(write(text)), ruritania)
    q = a.quotes_table
    spoken = q[q["kind"] != "scare"]
    first = spoken[spoken["paragraph"] <= 2]
    assert first["statement"].nunique() == 1  # the state, the minister and her quotation: one remark
    assert len(first) == 4  # ... while every cue keeps its row
    later = spoken[spoken["paragraph"] == 3]
    assert later["statement"].iloc[0] != first["statement"].iloc[0]  # another remark (other words)
    side = a.voices_by_affiliation.set_index("affiliation").loc["Ruritania"]
    assert (side["remarks_direct"], side["remarks_reported"]) == (1, 1)
    assert "tell **2 distinct remark(s)**" in findings.quotes_and_voices(a)
    line = findings.stance_and_framing(a, ["Ann Lee"])
    assert "quoted directly 2 time(s)" in line and "reported in the writer's words 2 time(s)" in line
    assert "(in all, it speaks in 2 remark(s), each counted once)" in line  # the quoted one is paraphrased too


def test_two_cues_of_one_sentence_are_one_remark_and_distant_repeats_are_not(write):
    text = ("Council votes on the harbour\n\n"
            "Expressing concern over flooding on the quay, the Harbour Board urged the council to raise the sea "
            "wall.\n\n"
            "The council met on Tuesday. Its members discussed the budget for schools and roads.\n\n"
            "The Harbour Board said the council should raise the sea wall before the winter storms.\n\n"
            "Councillor Ada Brill said the sea wall would cost too much.")
    q = analyse(load_article(write(text))).quotes_table
    board = q[q["speaker"].astype(str).str.contains("Harbour Board")]
    assert len(board) == 3
    one_sentence = board[board["paragraph"] == 1]
    assert one_sentence["statement"].nunique() == 1  # "expressing concern ..., urged ...": one remark
    assert board[board["paragraph"] == 3]["statement"].iloc[0] != one_sentence["statement"].iloc[0]  # two apart
    brill = q[q["speaker"].astype(str).str.contains("Brill")]
    assert not set(brill["statement"]) & set(board["statement"])  # another speaker is another remark


def test_a_quotation_that_runs_on_without_a_cue_is_the_same_remark(write):
    text = ("Plant closes\n\n"
            "“We are closing the plant in March,” said Dara Voss, the chief executive of Helmfield Steel. “Demand "
            "has fallen for two years.”\n\nThe union said workers had not been told.")
    q = analyse(load_article(write(text))).quotes_table
    direct = q[q["kind"] == "direct"]
    assert len(direct) == 2 and direct["statement"].nunique() == 1


def test_same_content_needs_shared_words_not_one_topic_word():
    assert same_content(frozenset({"wall", "raise", "council", "winter"}), frozenset({"wall", "raise", "storm"}))
    assert not same_content(frozenset({"wall", "cost"}), frozenset({"wall", "raise", "council", "storm"}))
    assert not same_content(frozenset({"a", "b"} | {f"w{i}" for i in range(20)}),
                            frozenset({"a", "b"} | {f"v{i}" for i in range(20)}))  # 2 of 22: chance


def test_scare_quotes_tell_no_remark(write):
    text = ("Town plans a 'smart' bus lane\n\nThe town will open a so-called 'smart' bus lane in May. The mayor, "
            "Ines Dorr, said the lane would cut journey times.")
    q = analyse(load_article(write(text))).quotes_table
    assert q.loc[q["kind"] == "scare", "statement"].isna().all()
    assert q.loc[q["kind"] != "scare", "statement"].notna().all()


def test_a_clause_of_time_hung_on_the_cue_is_the_writers_scene_not_the_statement(write, ruritania):
    text = ("Ostra after the siege\n\n"
            "The Valley Front seized Ostra in May. Ruritania had warned of food shortages after the militants "
            "took over the town.\n\nAid convoys arrived on Monday.")
    a = Analysis(load_article(write(text)), ruritania)
    q = a.quotes_table
    warned = q[q["cue"] == "warn"].iloc[0]
    assert warned["text"] == "of food shortages"  # not "... after the militants took over the town"
    labels = {(r.text, r.voice) for r in a.actor_labels.itertuples()}
    assert ("the militants", "writer") in labels


def test_unnamed_speakers_are_no_side_in_the_findings_and_stay_grey(write, ruritania):
    from analysis.present.key import NO_SIDE, voice_key

    text = ("Border talks\n\n"
            "Ruritania said on Monday that the crossing at Kell would reopen. Interior Minister Ann Lee said the "
            "army would guard it.\n\n"
            "The council is yet to approve the budget and senior officials have hinted that no money is available.")
    a = Analysis(load_article(write(text)), ruritania)
    line = findings.quotes_and_voices(a)
    assert "by speakers the text describes but does not name, whom the package ties to no side (*senior " \
           "officials*)" in line
    assert "**Ruritania** (Ann Lee, Ruritania) carries 2 of 3 remark(s)" in line
    assert voice_key(a).colour("senior officials") == NO_SIDE


def test_an_unnamed_speaker_in_a_sentence_about_an_actor_gets_a_hint_not_a_side(write, ruritania):
    text = ("Border talks\n\n"
            "Ruritania said on Monday that the crossing at Kell would reopen. Interior Minister Ann Lee said the "
            "army would guard it.\n\n"
            "However, Ruritania is yet to approve the budget and senior officials have hinted that no money is "
            "available.")
    a = Analysis(load_article(write(text)), ruritania)
    line = findings.quotes_and_voices(a)
    assert "(*senior officials*, in a sentence whose subject is Ruritania: perhaps its side)" in line
    assert "**Ruritania** (Ann Lee, Ruritania) carries 2 of 3 remark(s)" in line  # a hint, never counted


def test_remarks_about_the_same_people_and_places_are_not_one_remark_for_that(write):
    text = ("Aid talks\n\n"
            "Minister Ana Lind said Norland would send food to Vesta next week.\n\n"
            "Lind said Norland had closed its embassy in Vesta in March.")
    q = analyse(load_article(write(text))).quotes_table
    said = q[q["kind"] == "indirect"]
    assert len(said) == 2 and said["statement"].nunique() == 2  # only names in common


def test_a_row_nobody_speaks_does_not_join_two_sides(write):
    from analysis.measures.attribution.grouping import statement_ids

    rows = [{"kind": "indirect", "speaker": None, "cue": None, "cue_start": None, "paragraph": 1, "start": 0,
             "end": 100},
            {"kind": "partial", "speaker": "Ana Lind", "cue": "say", "cue_start": 10, "paragraph": 1, "start": 20,
             "end": 30},
            {"kind": "partial", "speaker": "Tom Hale", "cue": "say", "cue_start": 60, "paragraph": 1, "start": 70,
             "end": 80}]
    article = load_article(write("A sentence long enough to stand as the body of a test article, nothing more."))
    ids = statement_ids(rows, article, analyse(article).docs)
    assert ids[1] != ids[2]  # two speakers' words stay two remarks
