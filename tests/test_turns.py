"""Turns of interviews and transcripts (analysis/measures/attribution/turns.py), on texts of our own: labels,
who speaks them, how far a turn runs, datelines with a colon, and turns in the voices."""

from __future__ import annotations

import pytest

from analysis.evaluation.turns import turn_results
from analysis.measures.analysed import analyse
from analysis.measures.attribution.turns import match_actor, ordinary_case
from analysis.paths import ROOT
from analysis.text.article import load_article

TRANSCRIPTS = ROOT / "tests" / "fixtures" / "transcripts"


def turns(write, text):
    a = analyse(load_article(write(text)))
    q = a.quotes_table
    return a, q[q["kind"] == "turn"].reset_index(drop=True)


def test_the_invented_transcripts_get_their_turns_and_speakers():
    r = turn_results(TRANSCRIPTS)
    assert r["articles"] >= 16 and r["metrics"]["turn_speaker_accuracy"]["n"] >= 120
    assert r["metrics"]["turn_speaker_accuracy"]["value"] >= 0.9
    assert r["metrics"]["turn_precision"]["value"] == 1.0  # datelines with a colon are no turns
    misses = [m for f in r["by_file"] for m in f["misses"]]
    assert len(misses) <= 0.1 * r["metrics"]["turn_speaker_accuracy"]["n"]


@pytest.mark.parametrize("label, expected", [
    ("De VALLIER", "Bill de Vallier"), ("MS. LEE", "Ana Lee"), ("CHIEF OKAFOR", "Dayo Okafor"),
    ("ana lee", "Ana Lee"), ("Okafor", "Dayo Okafor"), ("HILL", None),  # two Hills: neither
])
def test_a_label_names_an_actor_whole_or_by_surname(label, expected):
    people = [("Bill de Vallier", "PERSON"), ("Ana Lee", "PERSON"), ("Dayo Okafor", "PERSON"),
              ("Tom Hill", "PERSON"), ("Rosa Hill", "PERSON"), ("Kesh", "GPE")]
    assert match_actor(label, people) == expected


def test_a_label_in_capitals_is_written_as_a_name():
    assert ordinary_case("MAYOR ODA VALE") == "Oda Vale" and ordinary_case("De VALLIER") == "De Vallier"


def test_q_and_a_are_the_interviewer_and_interviewee_the_introduction_names(write):
    text = ("Our food writer, Lena Marsh, interviewed the baker Piet Molenaar about his bread.\n\n"
            "Q: Why rye?\n\nA: Because the valley grows nothing else.\n\nQ: And the ovens?\n\n"
            "A: Wood-fired, as my grandfather built them.")
    _, t = turns(write, text)
    assert t["speaker"].tolist() == ["Lena Marsh", "Piet Molenaar"] * 2


def test_a_passive_interview_puts_the_asker_after_by(write):
    text = ("The ferry captain Oona Brek was interviewed by the reporter Sam Adeyemi on the quay.\n\n"
            "Q: How long was the crossing?\n\nA: Nine hours, with the engine failing twice.")
    _, t = turns(write, text)
    assert t["speaker"].tolist() == ["Sam Adeyemi", "Oona Brek"]


def test_someone_who_spoke_to_an_outlet_answers_and_nobody_named_asks(write):
    text = ("Governor Ines Falk spoke to the Hilltown Courier about the drought on Monday.\n\n"
            "Q: Will there be rationing?\n\nA: Not this summer, if the reservoirs hold.")
    _, t = turns(write, text)
    assert t["speaker"].tolist() == ["interviewer", "Ines Falk"]


def test_without_an_introduction_q_and_a_keep_their_roles(write):
    _, t = turns(write, "Q: Where were you born?\n\nA: In a village by the lake.\n\nQ: And now?\n\nA: In the city.")
    assert t["speaker"].tolist() == ["interviewer", "interviewee"] * 2


def test_an_examination_line_names_who_asks_the_q_lines(write):
    text = ("The witness, the harbour pilot Jan Ostrow, was heard before Judge Mira Solberg.\n\n"
            "THE COURT: Proceed.\n\nBY MR. KALU:\n\nQ. Were you on the bridge that night?\n\n"
            "A. I was, from midnight until the collision.")
    _, t = turns(write, text)
    assert t["speaker"].tolist() == ["Mira Solberg", "Kalu", "Jan Ostrow"]


def test_a_role_label_is_the_person_given_that_role_or_the_role(write):
    text = ("On the late show, host Arlo Penn talked with the beekeeper Maud Ferreira.\n\n"
            "HOST: How were the hives this spring?\n\nMAUD FERREIRA: Weak after the wet winter.\n\n"
            "CALLER: Do the bees ever sting you?\n\nFERREIRA: Every single day.")
    _, t = turns(write, text)
    assert t["speaker"].tolist() == ["Arlo Penn", "Maud Ferreira", "caller", "Maud Ferreira"]


def test_a_turn_runs_over_unlabelled_paragraphs_until_the_next_label(write):
    text = ("Q: What did the storm do?\n\nA: It took the roof of the school.\n\n"
            "And the library next to it lost every book on the ground floor.\n\n"
            "Q: Who is rebuilding?\n\nA: The parents, on weekends.\n\n"
            "The interview was edited for length.")
    _, t = turns(write, text)
    assert "library" in t.loc[1, "text"] and "edited" not in t.loc[3, "text"]


def test_narration_with_a_quotation_between_turns_is_not_a_turn(write):
    text = ("Q: Will the mine close?\n\nA: Not while I am mayor.\n\n"
            "Later, “we will see,” her deputy Ravi Sen said.\n\nQ: And the jobs?\n\nA: They stay.")
    _, t = turns(write, text)
    assert not any("deputy" in x for x in t["text"])


def test_a_cue_inside_a_turn_is_the_speakers_own_words_not_a_statement(write):
    text = ("HOST: What did the council say about the bridge?\n\n"
            "VANCE: They said the repairs would take a year, and I believe them.")
    a, t = turns(write, text)
    assert len(t) == 2 and not (a.quotes_table["kind"] == "indirect").any()


@pytest.mark.parametrize("place", ["LAGOS", "NEW DELHI", "PORT LOUIS", "ST. JOHN'S"])
def test_a_place_in_capitals_and_a_colon_is_a_dateline_in_a_story(write, place):
    text = (f"Harbour cranes idle after strike\n\n{place}: Dock workers stopped the cranes on Monday, the port "
            "authority said.\n\n“We will not move until the talks resume,” union leader Ama Owusu said.\n\n"
            "She added: “The owners know our terms.”\n\nNote: the port reopens on Friday.")
    a, t = turns(write, text)
    datelines = [x for x in a.article.set_aside if x.kind == "dateline"]
    assert not len(t)
    if place != "ST. JOHN'S":  # a place with an apostrophe is not one the rule knows: at least no turn
        assert [x.place for x in datelines] == [place]


def test_in_a_transcript_the_first_label_in_capitals_is_a_turn_not_a_dateline(write):
    text = "HOST: Good evening.\n\nGUEST: Thank you for having me.\n\nHOST: Let us begin with the floods."
    a, t = turns(write, text)
    assert not [x for x in a.article.set_aside if x.kind == "dateline"] and len(t) == 3


def test_turns_count_in_the_voices_and_the_share_of_voice(write):
    text = ("Q: How many boats went out?\n\nA: Twelve, and eleven came back before the storm.")
    a, _ = turns(write, text)
    v = a.voices_table.set_index("speaker")
    assert v.loc["interviewee", "turns"] == 1 and v.loc["interviewee", "words_quoted"] == 8
    assert v.loc["interviewee", "share_of_voice"] > 0


def test_turn_labels_are_mentions_of_the_person_they_name(write):
    text = ("At the town meeting, the ferry captain Bram Hollis and the moderator, Ines Vega, spoke first.\n\n"
            "MODERATOR: Bram, is the crossing safe?\n\nHOLLIS: Safe in summer, not in the winter storms.\n\n"
            "MODERATOR: And the new boat?\n\nHOLLIS: It arrives in March.")
    a, t = turns(write, text)
    actors = set(a.actor_mentions["name"])
    assert "HOLLIS" not in actors and "MODERATOR" not in actors
    assert (a.actor_mentions["name"] == "Bram Hollis").sum() >= 3  # the intro, two labels (and "Bram")
    assert t["speaker"].tolist() == ["Ines Vega", "Bram Hollis"] * 2


def test_a_label_in_capitals_makes_a_person_the_model_did_not_see(write):
    text = ("HOST: Who are you?\n\nMARTA QUILLON: A baker from the valley.\n\nHOST: Since when?\n\n"
            "QUILLON: Since I was twelve.")
    a, t = turns(write, text)
    assert t["speaker"].tolist() == ["host", "Marta Quillon", "host", "Marta Quillon"]
    assert set(a.actor_mentions.loc[a.actor_mentions["name"] == "Marta Quillon", "label"]) == {"PERSON"}


def test_pronouns_in_a_turn_are_read_like_words_in_quotation_marks(write):
    text = ("The reporter Ana Ruiz spoke with the union leader Tom Hale about the port.\n\n"
            "Q: What do the dock owners want?\n\nA: They want us to work nights for the same pay.")
    a, t = turns(write, text)
    p = a.pronoun_table
    they = p[p["text"] == "They"]
    assert len(they) == 1 and they["actor"].isna().all()  # a speaker's own "they", not the narration's
    assert t["speaker"].tolist() == ["Ana Ruiz", "Tom Hale"]


@pytest.mark.parametrize("text", [
    "WHAT: A night market on the quay.\n\nWHEN: Every Friday in July.\n\nWHERE: Pier Four, by the ferry steps.",
    "UPDATE: The road has reopened.\n\nThe council said the repairs took four days.",
    "Pros: Light, quiet and cheap to run.\n\nCons: The battery lasts a single day.\n\nVerdict: A good first bike.",
    "A. J. Brandt won the hill race on Sunday in record time, his coach said.",
    ("Parking charges: what changes on Monday\n\nThe new charges start next week across the town centre.\n\n"
     "Q: Who has to pay?\n\nA: Every driver parking for more than an hour.\n\nQ: How much?\n\nA: Two pounds an hour."),
])
def test_boxes_notes_initials_and_the_writers_own_questions_are_no_turns(write, text):
    a, t = turns(write, text)
    assert t.empty
    made = set(a.actor_mentions.loc[a.actor_mentions["label"] == "PERSON", "name"])
    assert not {"What", "When", "Where", "Update"} & made  # no person made of a box's labels


def test_a_title_alone_is_a_role_not_a_name(write):
    text = ("The hearing was chaired by Senator Ruth Okafor.\n\nTHE CHAIRMAN: The committee will come to order.\n\n"
            "MR. BRANDT: Thank you.\n\nTHE CHAIRMAN: Please begin.")
    _, t = turns(write, text)
    assert t["speaker"].tolist()[0] in ("Ruth Okafor", "chairman") and "The" not in t["speaker"].tolist()
    assert ordinary_case("THE CHAIRMAN") == "chairman" and ordinary_case("O'FARREN") == "O'Farren"
    assert ordinary_case("ST. JOHN'S") == "St. John's"


def test_a_dateline_before_a_short_exchange_stays_a_dateline(write):
    text = ("LONDON: The trade minister Ada Obi defended the tariff on Monday in an interview with the Courier.\n\n"
            "Q: Will prices rise?\n\nA: Not for long.\n\nThe tariff starts in May.")
    a, t = turns(write, text)
    assert [x.kind for x in a.article.set_aside] == ["dateline"]
    assert t["speaker"].tolist() == ["interviewer", "Ada Obi"]


@pytest.mark.parametrize("text", [
    "(Chart: harbour traffic in 2023 - here)\n\nShips waited three days to unload.",
    "DEAR ANA: My neighbour plays the drums at night. What should I do?\n\nDEAR SLEEPLESS: Talk to him first.",
    "Deal of the day: a copper kettle for $20 (was $45)\n\nSpare parts: two lids, one filter",
    "Night markets: six coastal towns plan new food halls\n\nThe first opens in May, the council said.",
])
def test_greetings_brackets_and_list_heads_are_no_speakers(write, text):
    q = turns(write, text)[0].quotes_table
    assert not ((q["kind"] == "turn") | (q["cue"] == ":")).any()


def test_a_stage_direction_ends_a_turn(write):
    text = ("HOST: Welcome back.\n\nGUEST: Thank you. It is good to be here.\n\n(Laughter.)\n\n"
            "HOST: Let us start with the harbour.\n\nDIRECT QUESTIONS\n\nGUEST: Gladly.")
    _, t = turns(write, text)
    assert not any("Laughter" in x or "DIRECT" in x for x in t["text"])
