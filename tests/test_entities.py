from __future__ import annotations

import pytest

from analysis.measures import entities
from analysis.measures.analysed import analyse
from analysis.text.article import load_article


def count(table, name):
    row = table[table["name"] == name]
    return (int(row["count"].iloc[0]), row["label"].iloc[0]) if len(row) else (0, None)


def test_seed_main_counts(seed, seed_analysis):
    t = seed_analysis.entity_table
    assert count(t, "Taliban") == (7, "ORG")
    assert count(t, "Russia") == (6, "GPE")
    assert count(t, "Moscow") == (3, "GPE")  # counted apart from Russia
    assert count(t, "United States") == (4, "GPE")
    assert count(t, "Sergei Lavrov") == (4, "PERSON")
    assert count(t, "Islamic State") == (2, "ORG")  # "the Islamic State (IS)" is one mention; "IS fighters"
    assert count(t, "European Union") == (2, "ORG")  # "the European Union (EU)" is one; "the EU pledged"
    assert "one" not in set(t["name"])  # "Russia is one of the few countries"
    lavrov = t[t["name"] == "Sergei Lavrov"].iloc[0]
    assert lavrov["aliases"] == ["Lavrov", "Sergei Lavrov"]


def test_a_name_and_its_acronym_in_parentheses_are_one_mention(seed, seed_analysis):
    m = seed_analysis.mentions
    p3 = m[(m["paragraph"] == 3) & (m["name"] == "Islamic State")]
    assert p3["text"].tolist() == ["Islamic State"]  # "the Islamic State (IS)": the span is the name's
    assert seed.raw[p3["end"].iloc[0] :].startswith(" (IS)")


ACRONYM_ARTICLES = {
    "business": (
        "Shares of Northwind Freight Corporation (NFC) rose on Monday after the company won a contract from the "
        "Federal Aviation Administration (FAA). One analyst said the deal was one of the largest this year. NFC "
        "said the FAA would pay in two instalments.\n\n"
        "The European Union (EU) is reviewing the deal. The EU said one of its bodies would report."
    ),
    "council": (
        "The Riverside County Council (RCC) voted on Tuesday to close the old library. One councillor, Maria "
        "Lopez, said the vote was one of the hardest of her term. The RCC will meet again in June.\n\n"
        "Lopez said someone had to decide, and two residents agreed. The first to speak was a teacher."
    ),
}


@pytest.mark.parametrize(("kind", "expected"), [
    ("business", {"Northwind Freight Corporation": 2, "Federal Aviation Administration": 2, "European Union": 2}),
    ("council", {"Riverside County Council": 2, "Maria Lopez": 2}),
])
def test_acronym_in_parentheses_joins_its_name_and_number_words_are_not_names(write, kind, expected):
    a = analyse(load_article(write(ACRONYM_ARTICLES[kind])))
    t = a.entity_table
    for name, n in expected.items():
        assert count(t, name)[0] == n, name  # the name with its acronym once, and the later bare acronym
    acronyms = {"NFC", "FAA", "EU", "RCC"}
    assert not acronyms & set(t["name"])  # a later bare acronym is an alias of its name
    assert not {"one", "One", "two", "first"} & set(t["name"])  # a number word alone is not a name
    assert not acronyms & set(a.mentions["name"])


@pytest.mark.parametrize(("acronym", "name", "expected"), [
    ("EU", "European Union", True), ("IS", "Islamic State", True), ("ISIL", "Islamic State of Iraq and the Levant",
                                                                   True),
    ("BND", "Bundesnachrichtendienst", True), ("AP", "Kesh", False), ("UN", "European Union", False),
    ("Eu", "European Union", False), ("E", "European Union", False),
])
def test_abbreviates(acronym, name, expected):
    assert entities.abbreviates(acronym, name) is expected


def test_only_body_counts_and_offsets_slice_back(seed, seed_analysis):
    m = seed_analysis.mentions
    assert m["start"].min() >= seed.paragraphs[0].start
    assert m["end"].max() <= seed.paragraphs[-1].end
    for r in m.itertuples():
        assert seed.raw[r.start : r.end] == r.text
    assert not (m["text"] == "agency inputs").any()


def test_sorted_by_count_then_name(seed, seed_analysis):
    t = seed_analysis.entity_table
    keys = list(zip(-t["count"], t["name"], strict=True))
    assert keys == sorted(keys)


def test_invented_article_with_actors_outside_the_codebook(write):
    text = (
        " date 2023-05-02 Kenya's president William Ruto met Ethiopian prime minister Abiy Ahmed in Nairobi "
        "on Tuesday. Ruto said the talks with Ahmed were productive.\n\n"
        "The African Union welcomed the meeting, the Nation newspaper reported."
    )
    t = analyse(load_article(write(text))).entity_table
    names = dict(zip(t["name"], t["label"], strict=True))
    assert names.get("William Ruto") == "PERSON"
    assert names.get("Nairobi") == "GPE"
    assert names.get("African Union") == "ORG"  # "the" removed from a non-codebook name
    assert all(not n.startswith("the ") for n in names)


def test_lower_case_is_is_not_the_islamic_state(write):
    t = analyse(load_article(write("The situation is tense. It IS what it is, he said."))).entity_table
    assert "Islamic State" not in set(t["name"])


def test_heatmap_table_and_cooccurrence(seed, seed_analysis):
    h = seed_analysis.mentions_by_paragraph
    assert list(h.columns) == list(range(1, 9))
    assert h.loc["Taliban"].sum() == 7
    c = seed_analysis.cooccurrence
    assert (c.values == c.values.T).all()
    assert c.loc["Taliban", "Taliban"] == 7


def test_deterministic(seed, seed_analysis):
    assert seed_analysis.entity_table.equals(seed_analysis.entity_table)


def test_a_first_name_alone_is_the_one_person_who_has_it():
    from analysis.measures.entities import merge_name_forms

    merged = merge_name_forms([("Delphine Ruiz", "PERSON"), ("Delphine", "PERSON"), ("Tom Hill", "PERSON")])
    assert merged.get("Delphine") == "Delphine Ruiz"
    two = merge_name_forms([("Anna Berg", "PERSON"), ("Anna Lind", "PERSON"), ("Anna", "PERSON")])
    assert "Anna" not in two  # two Annas: neither
    surname = merge_name_forms([("Tom Hill", "PERSON"), ("Grace Tom", "PERSON"), ("Tom", "PERSON")])
    assert surname.get("Tom") != "Tom Hill"  # also someone's surname: not a first name alone


def test_a_contractions_piece_alone_is_not_a_name():
    """The tagger sometimes labels the "n't" of "haven't" a place: a piece of a contraction is never a name."""
    from analysis.text.nlp import get_nlp

    doc = get_nlp().make_doc("Calder haven\u2019t and Vesta don't")
    pieces = [doc[i:i + 1] for i, t in enumerate(doc) if t.lower_ in ("n\u2019t", "n't")]
    assert len(pieces) == 2 and all(entities.not_a_name(p) for p in pieces)
    assert not entities.not_a_name(doc[0:1])


def test_a_hyphenated_stance_is_not_a_name():
    from analysis.text.nlp import get_nlp

    doc = get_nlp().make_doc("Pro-Moreno and anti-Whitby donors read the Post-Dispatch")
    assert entities.not_a_name(doc[0:3]) and entities.not_a_name(doc[4:7])
    assert not entities.not_a_name(doc[10:13])  # a newspaper's name with a capital stays a name


def _people(write, text: str) -> dict[str, int]:
    t = analyse(load_article(write(text))).entity_table
    return {n: c for n, c, label in zip(t["name"], t["count"], t["label"], strict=True) if label == "PERSON"}


def test_a_surname_the_model_took_for_a_place_is_the_person_where_it_acts(write):
    text = ("Coach Dara Wexford named her side for the final on Friday.\n\n"
            "Wexford, who coaches the side, said the team was tired. The squad will fly to Wexford on Sunday.\n")
    a = analyse(load_article(write(text)))
    m = a.actor_mentions
    assert m.loc[m["text"] == "Wexford", "name"].tolist()[0] == "Dara Wexford"  # the subject: the coach
    assert m.loc[m["text"] == "Wexford", "label"].tolist()[-1] == "GPE"  # "fly to Wexford": the town


def test_a_surname_read_as_a_word_at_a_sentence_start_is_the_person(write):
    people = _people(write, "Councillor Lena Brewer voted against the budget on Tuesday.\n\n"
                            "Brewer opposes the tax on second homes. The council meets again in May.\n")
    assert people == {"Lena Brewer": 2}
    was = _people(write, "Senator Tom Fields voted against the budget on Tuesday.\n\n"
                         "Fields wasn\u2019t impressed. Banks were not impressed either.\n\n"
                         "Fields was not persuaded by the offer. Fields has not responded to the bank.\n")
    assert was == {"Tom Fields": 4}  # "Fields wasn't", "was persuaded", "has": singular; "Banks were": the word


def test_an_unlabelled_name_that_does_not_act_as_a_person_stays_a_name(write):
    text = ("Mayor Dan Lee asked for a Special Prosecutor on Monday. The film borrowed heavily from Star Wars, "
            "and the council gave the project a Green Light.\n")
    assert set(_people(write, text)) == {"Dan Lee"}


def test_an_unlabelled_full_name_with_a_first_name_is_a_person_of_its_own(write):
    text = ("Ivanka Ruiz, who runs her father's company, told the Ledger that she took a week off.\n\n"
            "\u201cIt was short,\u201d she told the newspaper.\n")
    a = analyse(load_article(write(text)))
    assert "Ivanka Ruiz" in _people(write, text)
    q = a.quotes_table
    assert q.loc[q["kind"] == "direct", "speaker"].tolist() == ["Ivanka Ruiz"]
    assert entities.looks_like_a_person("Mary O\u2019Brien") and entities.looks_like_a_person("Mary O'Brien")


def test_an_owner_and_a_person_run_into_one_name_are_two_where_the_person_speaks(write):
    q = analyse(load_article(write("Harper Weekly\u2019s Ian Holt said the plan was \u201ca fraud from start to "
                                   "finish.\u201d\n"))).quotes_table
    assert q.loc[q["kind"] == "direct", "speaker"].tolist() == ["Ian Holt"]


def test_an_owner_and_a_person_run_into_one_name_are_two(write):
    text = ("An essay by Harper Weekly\u2019s Ian Holt accuses the mayor of lying. Holt also asserts that the "
            "council has aided the developers.\n\n"
            "Holt\u2019s article also attacked Mayor Dan Moreno by accusing him of backing the levy.\n\n"
            "He calls Moreno\u2019s plan \u201cthe worst idea since the toll bridge.\u201d Calder\u2019s Supreme "
            "Court struck down the levy.\n")
    a = analyse(load_article(write(text)))
    m = a.mentions
    people = m.loc[m["label"] == "PERSON", "name"].tolist()
    assert people[:2] == ["Ian Holt", "Ian Holt"] and "Dan Moreno" in people and "Supreme Court" not in people
    assert m.loc[m["label"] == "ORG", "name"].tolist()[0] == "Harper Weekly"
    q = a.quotes_table
    assert q.loc[q["kind"] == "direct", "speaker"].tolist() == ["Ian Holt"]


def test_a_generational_suffix_is_not_the_surname(write):
    people = _people(write, "Paul T. Okoro Jr. coached the river crew for ten seasons before he retired.\n\n"
                            "On Sunday Okoro watched the regatta from the bank. Okoro said the crew looked strong.\n")
    assert people == {"Paul T. Okoro Jr.": 3}
    assert entities._surnames("Paul T. Okoro Jr.") == ["Okoro"] and entities._surnames("Ana Ruiz-Vega") == [
        "Ruiz-Vega", "Ruiz", "Vega"]
    assert entities._surnames("John Paul II") == ["II"]  # a regnal number: no surname "Paul" to merge on


@pytest.mark.parametrize("sentence", [
    "The envoy visited Wexford last month.",
    "Wexford has taken in 600 refugees since May.",
    "The French said the talks would go on.",
])
def test_a_place_or_a_people_in_another_role_stays_what_it_is(write, sentence):
    people = _people(write, f"Coach Dara Wexford and the chef Marco French met the envoy on Monday.\n\n{sentence}\n")
    assert people == {"Dara Wexford": 1, "Marco French": 1}


@pytest.mark.parametrize("sentence", ["Banks have raised mortgage rates again.", "Price is the main concern.",
                                      "Waters rose across the streets overnight."])
def test_a_common_word_at_a_sentence_start_stays_a_word(write, sentence):
    people = _people(write, f"Tara Banks, Lisa Price and Ana Waters run the shop on Quay Street.\n\n{sentence}\n")
    assert all(n == 1 for n in people.values())


def test_a_surname_the_model_took_for_a_nationality_is_the_person(write):
    people = _people(write, "The chef Marco French opened a second restaurant in the old market on Monday.\n\n"
                            "The plan is a worry for the older traders, French said.\n")
    assert people == {"Marco French": 2}


def test_a_name_the_model_took_for_an_organisation_is_a_person_where_a_person_noun_describes_it(write):
    text = ("Lars Dunmore, a former Fed governor, said the bank should look at home.\n\n"
            "\u201cThe bank does not care about you,\u201d said Mr. Dunmore.\n\n"
            "Others disagree. Eswar Prasko, a professor of economics at Kell University, said the bank's role "
            "had grown.\n\n"
            "\u201cMany people have taken an ostrich approach,\u201d he said.\n")
    a = analyse(load_article(write(text)))
    labels = dict(zip(a.mentions["name"], a.mentions["label"], strict=True))
    assert labels["Eswar Prasko"] == "PERSON"
    assert a.quotes_table["speaker"].tolist()[-1] == "Eswar Prasko"  # not the man who spoke before him


@pytest.mark.parametrize("text, name", [
    ("Kell Partners, a consultant to the city, said the plan would cost more.", "Kell Partners"),
    ("Blue Harbour Capital, a fund that backs drone makers, said it would invest.", "Blue Harbour Capital"),
])
def test_an_organisation_described_as_an_organisation_stays_one(write, text, name):
    a = analyse(load_article(write(text + "\n")))
    labels = dict(zip(a.mentions["name"], a.mentions["label"], strict=True))
    assert labels.get(name, "ORG") != "PERSON"


def test_an_unlabelled_full_name_doing_something_is_a_person_the_pronoun_can_mean(write):
    text = ("The networks stuck with Ted Crane talking at length about his plans.\n\n"
            "Harbour News\u2019 Bret Kander noticed that no channel cut away for Ana Lind. He wrote that "
            "his channel \u201cstayed on\u201d Tom Hale.\n")
    a = analyse(load_article(write(text)))
    pron = a.pronoun_table
    assert pron[pron["text"] == "He"]["actor"].tolist() == ["Bret Kander"]


def test_a_first_name_shaped_phrase_that_is_no_subject_of_an_action_stays_a_name(write):
    a = analyse(load_article(write("Visitors to Jackson Heights said the market was busy.\n")))
    assert "Jackson Heights" not in set(a.mentions[a.mentions["label"] == "PERSON"]["name"])
