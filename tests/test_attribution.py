"""Attribution rules on sentences of our own: each rule stated in analysis/measures/attribution/, tested in a form
other articles have too (the forms textacy's direct-quotation tests cover, and the failure cases found on
PolNeAR's train split)."""

from __future__ import annotations

import pytest

from analysis.measures.analysed import Analysis, analyse
from analysis.text.article import load_article
from analysis.text.codebook import load_codebook


def quotes(write, text):
    return analyse(load_article(write(text))).quotes_table


def rows(write, text, kind):
    q = quotes(write, text)
    return q[q["kind"] == kind].reset_index(drop=True)


def test_speaker_between_the_two_parts_of_a_quotation(write):
    q = rows(write, "“The harbour will reopen,” Mayor Ana Ruiz said, “but not before the storm has passed.”",
             "direct")
    assert q["speaker"].tolist() == ["Ana Ruiz", "Ana Ruiz"]


def test_verb_before_speaker(write):
    q = rows(write, "“We have counted every ballot twice over,” said election officer Tomas Reyes.", "direct")
    assert q.loc[0, "speaker"] == "Tomas Reyes" and q.loc[0, "cue"] == "say"


def test_concede_and_other_cues_beyond_say(write):
    text = ("“The numbers did not add up for our campaign,” Senator Maria Lind conceded on Tuesday.\n\n"
            "“We will be back next year,” she joked.")
    q = rows(write, text, "direct")
    assert q["speaker"].tolist() == ["Maria Lind", "Maria Lind"] and q["cue"].tolist() == ["concede", "joke"]


def test_a_closing_mark_and_its_attribution_stay_in_one_sentence(write):
    text = "“The vote is over and the result is clear.” Governor Paul Marsh said as he left the hall."
    a = analyse(load_article(write(text)))
    assert len(a.article.sentences) == 1
    q = a.quotes_table
    assert q.loc[q["kind"] == "direct", "speaker"].tolist() == ["Paul Marsh"]


def test_colon_introductions(write):
    q = rows(write, "Meghan Ross, on the radio: “This budget hurts every family in the valley, and we know it.”",
             "direct")
    assert q.loc[0, "speaker"] == "Meghan Ross" and q.loc[0, "cue_text"] == ":"
    text = ("Councillor Ada Pike released the following statement:\n\n"
            "“The council has failed the residents of the east side for a decade.”")
    assert rows(write, text, "direct").loc[0, "speaker"] == "Ada Pike"
    named = rows(write, "The council met on Monday. Halvorsen resisted: “Governors do not have the power to suspend "
                        "the laws of the state.”", "direct")
    assert named.loc[0, "speaker"] == "Halvorsen"  # a named subject, whatever the verb, introduces its own words
    sign = rows(write, "The sign at the border read: “Closed until further notice for all travellers.”", "direct")
    assert sign["speaker"].isna().all()  # a sign is not a speaker


def test_a_paragraph_of_quotation_continues_the_previous_speaker(write):
    text = ("“We are not done yet,” coach Lena Hart said after the match.\n\n"
            "“The second half showed what this team can do when it believes in itself.”")
    assert rows(write, text, "direct")["speaker"].tolist() == ["Lena Hart", "Lena Hart"]


def test_relative_pronoun_speaker_is_its_antecedent(write):
    q = rows(write, "The protest was led by teachers, who said that the new contract cuts their pay.", "indirect")
    assert q.loc[0, "speaker"] == "teachers" and q.loc[0, "speaker_text"] == "teachers"


def test_pronouns_skip_incompatible_speakers(write):
    text = ("Canada said that the border would stay open. Prime Minister Jon Berg added that trade would grow.\n\n"
            "Later, he said that the tariffs were a mistake. It said that talks would resume.")
    q = rows(write, text, "indirect")
    assert q["speaker"].tolist() == ["Canada", "Jon Berg", "Jon Berg", "Canada"]


def test_a_cue_reports_speech_only_with_its_complement(write):
    text = ("The economy added 178,000 jobs in May. Officials added that hiring would slow.\n\n"
            "The senator declined to comment. The union criticised the plan.")
    q = rows(write, text, "indirect")
    assert q["cue"].tolist() == ["add", "decline", "criticise" if "criticise" in set(q["cue"]) else "criticize"]
    assert "178,000" not in " ".join(q["text"])


def test_according_to(write):
    q = rows(write, "The factory will close in June, according to union officials.", "indirect")
    assert q.loc[0, "cue"] == "according to" and q.loc[0, "speaker"] == "union officials"
    assert q.loc[0, "text"] == "The factory will close in June"


def test_speaker_label_in_a_transcript(write):
    q = rows(write, "HOST: What happens next?\n\nGREEN: I think the deal will hold through the winter.", "turn")
    assert q["speaker"].tolist() == ["host", "Green"] and set(q["cue"]) == {":"}


def test_titles_of_works_are_not_quotations(write):
    text = ("She appeared on “Meet the Press Tonight With Dana Cole” and on “Morning Desk” to defend the bill, "
            "which she called a “lifeline”.")
    q = quotes(write, text)
    assert set(q["kind"]) == {"indirect", "partial"}
    assert "Morning Desk" not in set(q["text"])


def test_partial_and_scare_quotes(write):
    text = ("Minister Ivo Brandt said the deal was “a historic step” for both countries.\n\n"
            "“This is a historic step for our people,” Brandt told reporters.\n\n"
            "The so-called 'reform' left the ministry in charge.")
    q = quotes(write, text)
    partial = q[q["kind"] == "partial"]
    assert partial["speaker"].tolist() == ["Ivo Brandt"]
    scare = q[q["kind"] == "scare"]
    assert scare["text"].tolist() == ["reform"] and scare["speaker"].isna().all()
    words = analyse(load_article(write(text))).voices_table.set_index("speaker").loc["Ivo Brandt"]
    assert (words["partial"], words["words_partial"]) == (1, 3)
    assert words["words_quoted"] == 8  # partial words are not counted as quoted


def test_name_forms_merge_into_one_speaker(write):
    text = ("Joe Biden said that the bill would pass. Biden added that he had the votes.\n\n"
            "“We will win this,” Mr. Biden said. The Department of Justice (DOJ) said that DOJ lawyers agreed.")
    a = analyse(load_article(write(text)))
    assert set(a.voices_table["speaker"]) >= {"Joe Biden"}
    assert "Biden" not in set(a.voices_table["speaker"]) and "Mr. Biden" not in set(a.voices_table["speaker"])
    names = set(a.mentions["name"])
    assert "DOJ" not in names or "Department of Justice" not in names


def test_offsets_of_speaker_and_cue_slice_back(write):
    text = "“We will rebuild the bridge,” engineer Sara Holm told reporters, according to Reuters."
    a = analyse(load_article(write(text)))
    for r in a.quotes_table.itertuples():
        if r.speaker_start is not None and r.speaker_start == r.speaker_start:
            assert a.article.raw[r.speaker_start:r.speaker_end] == r.speaker_text
        if r.cue_start is not None and r.cue_start == r.cue_start:
            assert a.article.raw[r.cue_start:r.cue_end] == r.cue_text


def test_any_verb_right_after_a_quotation_attributes_it_to_the_person_it_names(write):
    q = rows(write, "“This is the best night of my life!” beamed delegate Rosa Vane from the third row.", "direct")
    assert q.loc[0, "speaker"] == "Rosa Vane" and q.loc[0, "cue"] == "beam"


def test_a_name_right_before_a_colon_speaks(write):
    text = "The result did not surprise pollster Karl Imre: “Late deciders broke for the challenger everywhere.”"
    assert rows(write, text, "direct").loc[0, "speaker"] == "Karl Imre"


def test_a_speaker_is_never_inside_the_quotation_marks(write):
    q = rows(write, "“Like Oakland. Or Ferguson,” Mayor Nell Ortega said.", "direct")
    assert "Ferguson" not in set(q["speaker"].dropna())


def test_a_cue_with_its_own_clause_after_a_quotation_is_a_new_statement(write):
    text = ("The mayor promised “a full review of the contracts.” Ana Ruiz says she was never told about them.")
    q = quotes(write, text)
    statement = q[q["kind"] == "indirect"]
    assert statement["speaker"].tolist() == ["Ana Ruiz"] and statement["cue"].tolist() == ["say"]


def test_the_clause_after_a_quotation_names_its_speaker_whatever_the_verb(write):
    # the parse often reads "Kovacs barked" as a compound noun and "answers" as a noun: the words are read in order
    text = ("“Go back to your seats,” Kovacs barked, and the guards moved in.\n\n"
            "“Nobody here can explain the deficit!” Petra Novak, the head of the residents’ group, tweeted.\n\n"
            "“Everything you have said,” the judge exclaimed, “has been said before.”\n\n"
            "“We can point to only two achievements,” Ibsen answers.")
    q = rows(write, text, "direct")
    assert q["speaker"].tolist() == ["Kovacs", "Petra Novak", "the judge", "the judge", "Ibsen"]
    assert q["cue"].tolist()[:2] == ["bark", "tweet"]


def test_a_new_sentence_after_a_quotation_attributes_only_with_a_cue_verb(write):
    q = rows(write, "“We won the vote.” Hale then left the stage through a side door.", "direct")
    assert q["speaker"].isna().all()


def test_a_subject_behind_an_apposition_with_a_quoted_name(write):
    text = ("“We have had better conventions than this one,” delegate Bill Orton, wearing a hat and "
            "“Vote Lind” pins, said.")
    assert rows(write, text, "direct").loc[0, "speaker"] == "Bill Orton"


def test_the_outermost_cue_whose_complement_holds_the_quotation(write):
    text = ("The minister said a majority of voters have come to believe “that the reform is overdue.”\n\n"
            "Ruiz said he is certain Mendes will continue to be “a champion for the small towns.”")
    q = quotes(write, text)
    direct = q[q["kind"] == "direct"]
    assert direct["speaker"].tolist() == ["The minister", "Ruiz"] and direct["cue"].tolist() == ["say", "say"]
    assert not ((q["kind"] == "indirect") & q["cue"].isin(["believe", "continue"])).any()


def test_a_participle_after_the_cue_does_not_take_the_quotation(write):
    # the parser hangs "she said" on "suggesting" as parataxis: Hale is who she spoke about, not the speaker
    text = ("Senator Joan Pryce spoke to reporters on Monday about the budget.\n\n"
            "“We will not win this one, but there will be other fights as well,” she said, not even suggesting "
            "Mr. Hale would step aside.")
    q = rows(write, text, "direct")
    assert q.loc[0, "speaker"] == "Joan Pryce" and q.loc[0, "cue"] == "say"


def test_a_relative_clause_with_a_subject_of_its_own_inside_the_content_reports_through(write):
    text = ("Analyst Mara Quist met the governor twice last year.\n\n"
            "She noted that as a farmer, there was no reason Governor Pell would dwell on “the gap between the "
            "two tax codes.”\n\n"
            "Ito said the man who yelled “Shame on the council, shame on all of you” at the meeting was escorted "
            "out.")
    q = rows(write, text, "direct")
    assert q["speaker"].tolist() == ["Mara Quist", "the man"]  # "who yelled": the relative clause's own speaker
    assert q["cue"].tolist() == ["note", "yell"]
    wants = rows(write, "Ito said he wants a town charter that calls for \u201ca fair wage for every worker.\u201d",
                 "direct")
    assert wants["speaker"].tolist() == ["Ito"]  # "a charter that calls for": no speaker of its own
    which = rows(write, "Mayor Dan Lee said the council rejected the plan, which Councillor Tom Ruiz called "
                        "\u201ca disaster for the town.\u201d", "direct")
    assert which["speaker"].tolist()[0].endswith("Tom Ruiz")  # a name states who spoke in the relative clause
    body = rows(write, "Mayor Dan Lee said the council rejected the plan, which it called \u201ca disaster for the "
                       "town.\u201d", "direct")
    assert body["speaker"].tolist() == ["Dan Lee"]  # "which it called": no person of its own


def test_a_quotation_in_a_clause_of_circumstance_is_not_the_main_clause_subjects(write):
    text = ("The forecast was wrong, Analyst Mara Quist said. Good polling can still beat bad polling, but only "
            "when “the sample is large enough.”\n\n"
            "The rival firm targets a “lazy and shrinking market.”")
    q = rows(write, text, "direct")
    assert q["speaker"].tolist() == ["Mara Quist", "The rival firm"]


def test_a_participle_clause_is_a_statement_of_its_own(write):
    text = "Former minister Ann Lee recently urged voters to back the plan, saying, “There is no time to lose.”"
    q = quotes(write, text)
    assert q.loc[q["kind"] == "direct", "cue"].tolist() == ["say"]
    assert q.loc[q["kind"] == "indirect", "cue"].tolist() == ["urge"]


def test_headline_labels_name_their_speaker(write):
    text = ("Okafor: Harbour Deal Has Collapsed.\n\n"
            "Okafor camp: the council misled the port workers for months.\n\n"
            "Mayor Grace Okafor spoke to reporters on Monday about the harbour.\n\n"
            "Note: the figures are provisional until next week.")
    q = rows(write, text, "indirect")
    labels = q[q["cue"] == ":"]
    assert labels["speaker_text"].tolist() == ["Okafor", "Okafor camp"]  # "Note" names no actor: not a label


def test_voices_grouped_by_side_and_places_are_not_unheard(write, tmp_path):
    types = tmp_path / "types.csv"
    types.write_text("type,label,descriptors\nstate,GPE,country\nperson,PERSON,\ncity,GPE,city\n", encoding="utf-8")
    actors = tmp_path / "actors.csv"
    actors.write_text("name,type,aliases,affiliation\nRuritania,state,Ruritania,\nOstravia,state,Ostravia,\n"
                      "Ann Lee,person,Ann Lee|Lee,Ruritania\nPaul Marsh,person,Paul Marsh|Marsh,Ostravia\n"
                      "Zenda,city,Zenda,\n", encoding="utf-8")
    text = ("“The border will stay open for every lorry,” Ann Lee said in Zenda on Monday.\n\n"
            "Ruritania said the talks would resume. Paul Marsh said the talks had failed.\n\n"
            "Trade through Zenda has fallen, and Ostravia has closed its embassy.")
    a = Analysis(load_article(write(text)), load_codebook(actors, types))
    sides = a.voices_by_affiliation.set_index("affiliation")
    assert sides.loc["Ruritania", "speakers"] == ["Ann Lee", "Ruritania"]
    assert (sides.loc["Ruritania", "direct"], sides.loc["Ruritania", "indirect"]) == (1, 1)
    assert sides.loc["Ostravia", "indirect"] == 1 and sides.loc["Ostravia", "speakers"] == ["Paul Marsh"]
    unheard = set(a.unheard_actors["actor"])
    assert "Zenda" not in unheard  # only where things happen: a place, not a silent actor
    assert "Ostravia" in unheard  # it acts (closed its embassy) but is never quoted


def test_a_hedge_inside_reported_speech_is_the_speakers_not_the_writers(write):
    text = ("Minister Ann Lee expressed concern that a flood was possible this winter.\n\n"
            "The river may rise again, the forecast suggests.")
    d = analyse(load_article(write(text))).distance_markers
    hedges = d[d["kind"] == "hedge"].set_index("text")["voice"].to_dict()
    assert hedges["possible"] == "Ann Lee"


def test_a_naming_phrase_in_paraphrase_is_the_writers_word_for_the_speakers_statement(write):
    text = ("The Taliban sent a delegation to Doha. Minister Ann Lee said that her government respected the new "
            "administration, as the hardline group held talks with donors.")
    labels = analyse(load_article(write(text))).actor_labels.set_index("text")
    assert (labels.loc["the new administration", "voice"], labels.loc["the new administration", "speaker"]) == (
        "paraphrase", "Ann Lee")
    assert labels.loc["the hardline group", "voice"] == "writer"  # the scene around the statement is the writer's


def test_a_clause_reported_by_an_interjected_cue_is_not_a_statement_of_its_own(write):
    q = rows(write, "The council has again rejected the harbour plan, port officials said on Monday.", "indirect")
    assert q["cue"].tolist() == ["say"] and q.loc[0, "speaker"] == "port officials"


def test_a_gerund_after_a_preposition_or_a_comma_speaks_with_the_main_clauses_subject(write):
    text = ("Ann Wolf, herself a supporter, drew boos upon saying, “The senator heard the passion of the "
            "people.”\n\nMayor Tom Reed trashed the plan on the radio show “Morning Talk,” calling it “a total "
            "disaster for the harbour.”")
    q = rows(write, text, "direct")
    assert q["speaker"].tolist() == ["Ann Wolf", "Tom Reed"]


def test_an_interjected_speaker_between_subject_and_quotation(write):
    q = rows(write, "Mayor Ruiz, a senior aide said, “is very confident about the harbour vote.”", "direct")
    assert q.loc[0, "speaker"] == "a senior aide"


def test_a_name_after_a_dash_signs_the_quotation(write):
    text = ("“The ferry is the only way to the mainland for us.” ― Maria Olsen\n\n"
            "“Nobody asked the island before the vote.”― Per Holm.\n\n"
            "“We will win this fight for the harbour.” — Ann Lee, a nurse\n\n"
            "“We will win.” — and then the crowd went home.")
    q = rows(write, text, "direct")
    assert q["speaker"].tolist()[:3] == ["Maria Olsen", "Per Holm", "Ann Lee"]
    assert q["speaker"].isna().tolist()[3]  # a dash and words that are not a name sign nothing


def test_a_quotation_continues_the_statement_before_it(write):
    same = ("Harbour master Lena Ortiz said that the port would reopen on Monday. “We have cleared the channel and "
            "the cranes are working again.”")
    q = rows(write, same, "direct")
    assert q.loc[0, "speaker"] == "Lena Ortiz"
    next_paragraph = ("Site engineer Hugo Brandt said the repairs had cost more than anyone expected.\n\n"
                      "“Nobody planned for a storm of that size.”")
    assert rows(write, next_paragraph, "direct").loc[0, "speaker"] == "Hugo Brandt"
    # a paragraph with words of its own beside the quotation is not the statement's continuation
    narrated = ("Site engineer Hugo Brandt said the repairs had cost more than anyone expected.\n\n"
                "The storm ended on Friday and the beaches are open. “Nobody planned for a storm of that size.”")
    assert rows(write, narrated, "direct")["speaker"].isna().all()


def test_a_sentence_of_its_own_can_announce_the_quotation_after_it(write):
    statement = ("The mayor, Tomas Rivera, said in a statement. “The bridge will stay closed until engineers have "
                 "checked every cable.”")
    q = rows(write, statement, "direct")
    assert q.loc[0, "speaker"] == "Tomas Rivera" and q.loc[0, "cue"] == "say"
    agreed = "Professor Ana Kowal agreed.\n\n“The numbers only tell part of the story, and not the better part.”"
    assert rows(write, agreed, "direct").loc[0, "speaker"] == "Ana Kowal"
    # a sentence that is not a reporting cue announces nothing
    q = rows(write, "The committee met on Tuesday. “The numbers only tell part of the story, and not the better "
                    "part.”", "direct")
    assert q["speaker"].isna().all()


def test_a_capitalised_statement_after_a_closing_mark_starts_its_own_sentence(write):
    text = ("Coach Dana Fell says “the whole season has gone wrong.” She says referees are throwing flags far too "
            "often this year.")
    a = analyse(load_article(write(text)))
    assert len(a.article.sentences) == 2  # "She says referees are ..." is a statement, not the attribution
    q = a.quotes_table
    assert q["kind"].tolist() == ["direct", "indirect"]
    assert q.loc[1, "text"].startswith("referees are throwing flags")
    # the attribution after a closing mark stays with its quotation
    for after in ("Fell told reporters.", "Fell said on Tuesday.", "Fell said."):
        one = analyse(load_article(write(f"“The whole season has gone wrong.” {after}")))
        assert len(one.article.sentences) == 1, after


def test_a_signature_after_no_break_spaces(write):
    # text pasted from a web page keeps its no-break spaces around the dash
    text = ("“The ferry is the only way to the mainland for us.”\u00a0― Maria Olsen\u00a0\n\n"
            "“Nobody asked the island before the vote.” ―\u00a0Per Holm.")
    q = rows(write, text, "direct")
    assert q["speaker"].tolist() == ["Maria Olsen", "Per Holm"]
    assert q["speaker_text"].tolist() == ["Maria Olsen", "Per Holm"]  # the name, without the dash


def test_as_someone_put_it_or_observed(write):
    put = 'As Dana Whitfield put it in a letter to members, the plan is "a gift to the landlords."'
    q = rows(write, put, "direct")
    assert q.loc[0, "speaker"] == "Dana Whitfield" and q.loc[0, "cue"] == "put it"
    observed = 'Yet, as Mr. Orton observed, in the first months of the new council -- "what would you cut first?"'
    assert rows(write, observed, "direct").loc[0, "speaker"] == "Orton"
    # "put it" reports nothing by itself: no statement without a quotation
    assert quotes(write, "She put it on the table and left the room.").empty


def test_a_participle_right_after_a_name_is_that_persons_speech(write):
    ad = "A new ad uses footage of Maria Lopez asking, “Why is the ferry still late?”"
    assert rows(write, ad, "direct").loc[0, "speaker"] == "Maria Lopez"
    clip = "The ad ends with a clip of Maria Lopez telling voters, “I will fight for you.”"
    assert rows(write, clip, "direct").loc[0, "speaker"] == "Maria Lopez"
    # the verb governing the noun phrase ("ends with footage of ...") is not the quotation's cue
    spot = "The spot ends with footage of Tom Hale saying during the debate, “That makes me the careful one.”"
    q = rows(write, spot, "direct")
    assert q.loc[0, "speaker"] == "Tom Hale" and q.loc[0, "cue"] == "say"
    # after a comma the participle is the main clause's subject's: "attacked Lee, saying ..."
    comma = "Mayor Ruth Dale attacked Senator Ann Lee, saying, “She has no plan for the buses.”"
    assert rows(write, comma, "direct").loc[0, "speaker"] == "Ruth Dale"


def test_an_interjected_cue_reports_the_whole_clause(write):
    text = ('During his years in office, Mr. Lopez said, a majority of residents have come to believe "that the '
            'river is worth saving."')
    q = quotes(write, text)
    assert q["kind"].tolist() == ["direct"]  # one attribution, not a second statement by "a majority"
    assert q.loc[0, "speaker"] == "Lopez" and q.loc[0, "cue"] == "say"


def test_an_as_clause_after_the_quotation_names_its_source(write):
    text = ('Several councillors share her worries, mostly because the main test is a '
            '"lawful source of income," as a Treasury memo put it.')
    q = rows(write, text, "direct")
    assert q.loc[0, "cue"] == "put it" and q.loc[0, "speaker_text"] == "a Treasury memo"
    # a passive as-clause names nobody: the attribution after the quotation does
    known = "Teddy, as he was known, ''was caught in the middle of the row,'' Mr. Hale said."
    assert rows(write, known, "direct").loc[0, "speaker"] == "Hale"


def test_a_pronoun_in_a_governed_clause_speaks_for_the_governing_subject(write):
    text = ('Mayor Tom Hill spoke first. Senator Maria Lopez condemned what she called a "brazen breach" of the '
            'treaty.')
    q = rows(write, text, "partial")
    assert q.loc[0, "speaker"] == "Maria Lopez"


def test_a_participle_the_parser_hung_on_the_quotations_verb(write):
    text = ('"Voters do not agree with the mayor," Lopez said, suggesting two questions, including, "Mayor, do '
            'you really think the buses can wait?"')
    assert rows(write, text, "direct")["speaker"].tolist() == ["Lopez", "Lopez"]


def test_a_clause_that_holds_a_quotation_without_a_cue_gives_it_its_subject(write):
    ad = "The new ad targets a “corrupt political system that keeps the rich in charge of every decision.”"
    q = rows(write, ad, "direct")
    assert q.loc[0, "speaker_text"] == "The new ad" and q.loc[0, "cue"] == "target"
    lauded = 'In January, Senator Ann Tully lauded the firm for its "new and innovative ideas for the valley."'
    assert rows(write, lauded, "direct").loc[0, "speaker"] == "Ann Tully"
    # a clause whose subject is "it" or "there" names nobody
    it = "It was a “corrupt political system that keeps the rich in charge of every decision.”"
    assert rows(write, it, "direct")["speaker"].isna().all()


def statements(write, text):
    return rows(write, text, "indirect")


def test_a_statement_needs_a_speaker_that_can_speak(write):
    text = ("The clinic expects five cases to double by spring. His feelings suggest that the wound is deep.\n\n"
            "The rain showed that the dam had held. The head nurse, Ama Osei, said the ward was full.\n\n"
            "Local plumbers say the pipes froze overnight. Five new cases showed that the outbreak was spreading.")
    q = statements(write, text)
    assert set(q["speaker"]) == {"Ama Osei", "Local plumbers", "The clinic"}


@pytest.mark.parametrize("sentence", [
    "The head of the dockers' union said the strike would go on.",
    "The sport's governing body said the match would be replayed.",
    "The care home said every resident had been tested.",
    "A number of residents said the water smelled of oil.",
    "Two hikers said the path had washed away.",
    "Three fishermen told the inquiry that the nets were torn.",
])
def test_people_organisations_and_their_parts_still_make_statements(write, sentence):
    assert len(statements(write, sentence)) == 1


def test_a_passive_cue_names_its_agent_or_reports_only_a_clause(write):
    text = ("Three new cases were reported in the valley on Monday. "
            "The plan was criticised by the fishermen's union.\n\n"
            "It was reported that the ferry would stop running. The mayor was described as tired.")
    q = statements(write, text)
    assert q["cue"].tolist() == ["criticize", "report"]
    assert q["speaker"].tolist()[0].endswith("union") and q["speaker"].isna().tolist()[1]


def test_an_instruction_to_the_reader_is_no_statement(write):
    text = "Tell us what you think of the new timetable. Email a friend about the bus routes."
    assert statements(write, text).empty


def test_cues_rare_outside_politics_report_only_with_a_clause(write):
    text = ("The Harwick valley has seen twelve floods this month. The family wants a bigger kitchen.\n\n"
            "The board voted for a new roof. Ana Lee said the roof leaks, and she sees that the board is right.")
    q = statements(write, text)
    assert q["cue"].tolist() == ["say", "see"]


def test_a_coordinated_clause_speaks_through_its_own_subject_when_the_parse_strands_it(write):
    text = ("Kell United signed two players in June.\n\n"
            "The league has yet to register the transfer and club officials have privately hinted that a third "
            "signing is close.\n\n"
            "The mayor praised the firefighters and later said the town was grateful.")
    q = rows(write, text, "indirect")
    by_cue = dict(zip(q["cue"], q["speaker_text"], strict=True))
    assert by_cue["hint"] == "club officials"  # not "the league", the first clause's subject
    assert by_cue["say"] == "The mayor"  # a conjunct verb with no noun before it keeps the shared subject


def test_a_second_reporting_verb_the_parser_hung_on_the_content_speaks_for_the_first_subject(write):
    text = ("Senator Ana Ruiz spoke at a rally in her home town on Tuesday night.\n\n"
            "She said her recent attacks on Carl Dent had given her campaign new energy and said that Dent did "
            "not stand for the \u201cvalues of the party.\u201d\n")
    q = analyse(load_article(write(text))).quotes_table
    assert q.loc[q["text"].str.startswith("values"), "speaker"].tolist() == ["Ana Ruiz"]


@pytest.mark.parametrize("text, speaker", [
    # a speech noun with a possessor holds the quotation, and no cue of its clause does: the possessor speaks
    ("Mayor Ana Ruiz closed two pits last year.\n\nThe Kell Miners Union is unlikely to forgive the mayor after her "
     "comment that, “Every old pit in this valley will close within five years.”", "Ana Ruiz"),
    ("Ana Ruiz ran the city for a decade.\n\nThe ferry contract is the clearest case. The deal by her own admission "
     "was “a poor bargain for the town.” The auditors agreed.", "Ana Ruiz"),
    ("Tom Hale won the primary in March.\n\nHis support grew after the floods and his call for “a firm limit on "
     "new building by the river” in every ward.", "Tom Hale"),
    # a cue of the quotation's own clause speaks, whatever the possessed noun beside it says
    ("Tom Hale spoke on Friday.\n\nSenator Ivo Marsh called his comments “a disgrace to the harbour town.”",
     "Ivo Marsh"),
    ("Tom Hale spoke first.\n\nIn his remarks, Senator Ivo Marsh argued that the harbour “belongs to every family "
     "in the town.”", "Ivo Marsh"),
    ("Ana Ruiz visited the port.\n\nThe ferry board issued a statement on Monday saying Ruiz's remarks “do not "
     "match the company's own accounts.”", "The ferry board"),
    ("Ana Lind chaired the ferry board for a decade.\n\nBy her account, the ferry deal was “a shambles from start "
     "to finish.”", "Ana Lind"),
    # a reply to a question: the reply's, not the question's
    ("Ana Lind and Tom Hale met on Monday.\n\nHale's reply to the reporter's question: “No, and I will not say it "
     "twice to anyone.”", "Tom Hale"),
    # the one who reports another's words in a clause of their own speaks: the cue's subject
    ("Tom Hale spoke about the harbour.\n\nPerhaps the answer lies in what he told a radio host last spring about "
     "Ana Ruiz's slogan “a harbour for every family.”", "Tom Hale"),
])
def test_a_possessed_speech_noun_names_the_speaker_of_what_it_holds(write, text, speaker):
    q = rows(write, text, "direct")
    assert q["speaker"].tolist() == [speaker], q[["speaker", "cue", "text"]]


def test_a_possessed_noun_the_quotation_speaks_of_is_not_its_speaker(write):
    """A possessed speech noun right before the quotation, with no word leading into it ("that", "for", a
    colon), is the subject the quoted words speak of, not their source."""
    q = rows(write, "Ana Ruiz visited the port on Monday.\n\nRuiz's remarks “do not match the ferry company's "
                    "accounts,” and the council wants a meeting.", "direct")
    assert len(q) == 1 and q.loc[0, "speaker"] != "Ana Ruiz", q[["speaker", "cue", "text"]]


def test_a_possessed_speech_noun_that_is_the_topic_of_other_words_is_not_their_speaker(write):
    q = rows(write, "Tom Hale unveiled his ferry plan in May.\n\nA study by the Kell Institute had this to say "
                    "about his ferry proposal: “Commuters from the north shore would pay twice what others pay.”",
             "direct")
    assert len(q) == 1 and q.loc[0, "speaker"] != "Tom Hale", q[["speaker", "cue", "text"]]


P = "Mayor Ana Lind and Councillor Tom Hale met on Monday.\n\n"


@pytest.mark.parametrize("sentence, not_speaker", [
    # the quotation answers the question the possessor asked
    ("Lind gave her answer to his question: “No, and I will not say it twice to anyone in this town.”", "Tom Hale"),
    # what the words reply to, complain about or judge is not the possessor's saying
    ("Hale's complaint about the sign “harbour closed for good, go home and stay home” drew laughs.", "Tom Hale"),
    # a bank account is no account of what was said; a day is no speaker
    ("Police are looking at Hale's bank. In his account, investigators found “several payments that nobody at the "
     "bank could explain.”", "Tom Hale"),
    ("The council kept quiet after Monday's statement that “no jobs will be lost at the harbour this year.”",
     "Monday"),
    # by one person's account another person shouted the words
    ("By Hale's own account, Lind shouted “you will never work in this town again” across the room.", "Tom Hale"),
])
def test_a_possessed_speech_noun_that_does_not_say_the_words_gives_them_to_no_one_by_it(write, sentence, not_speaker):
    q = rows(write, P + sentence, "direct")
    assert len(q) == 1 and not_speaker not in str(q.loc[0, "speaker"]), q[["speaker", "cue", "text"]]


def test_an_account_is_a_speech_noun_only_as_ones_own():
    from analysis.measures.attribution.table import _possessor
    from analysis.text.nlp import get_nlp
    own = get_nlp()("By Ana Lind's own account, the deal failed.")
    bank = get_nlp()("Auditors checked Ana Lind's account.")
    assert _possessor(next(t for t in own if t.text == "account")).text == "Lind"
    assert _possessor(next(t for t in bank if t.text == "account")) is None


@pytest.mark.parametrize("sentence, speaker", [
    # a possessed speech noun that leads into the quotation ("that", "to") speaks it, whatever verb holds them all
    ("After Lind's warning that “the harbour budget is empty and has been for years,” the union said it would "
     "strike.", "Ana Lind"),
    ("Lind mocked Hale's promise to “fix every road in the valley before the winter comes.”", "Tom Hale"),
    # "as" leads into the verb's own words about the noun
    ("Lind described his proposal as “a fantasy for the rich and nothing more.”", "Ana Lind"),
])
def test_a_speech_noun_leading_into_the_quotation_wins_over_the_verb_that_holds_them(write, sentence, speaker):
    q = rows(write, "Ana Lind and Tom Hale met on Monday.\n\n" + sentence, "direct")
    assert [str(s).split()[-1] for s in q["speaker"]] == [speaker.split()[-1]], q[["speaker", "cue", "text"]]
