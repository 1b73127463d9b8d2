"""The project's spaCy pipeline components (analysis/text/nlp.py), on texts of our own."""

from __future__ import annotations

from spacy.tokens import Span

from analysis.text.nlp import get_nlp, trim_entities


def test_entities_lose_the_dashes_and_spaces_at_their_edges():
    nlp = get_nlp()
    doc = nlp.make_doc("“We won.” ―\u00a0Ann Lee of Springfield Holdings Inc. ―")
    words = [t.text for t in doc]
    doc.ents = [Span(doc, 0, 1, label="ORG"),  # a quotation mark alone: dropped
                Span(doc, words.index("―"), words.index("Lee") + 1, label="PERSON"),  # "― Ann Lee"
                Span(doc, words.index("Springfield"), len(doc), label="ORG")]  # "... Inc. ―": keeps "Inc."
    trimmed = trim_entities(doc)
    assert [(e.text, e.label_) for e in trimmed.ents] == [("Ann Lee", "PERSON"), ("Springfield Holdings Inc.", "ORG")]


def test_the_pipeline_trims_entities_after_the_ner():
    names = get_nlp().pipe_names
    assert names.index("trim_entities") == names.index("ner") + 1


def test_a_cue_that_opens_a_clause_after_a_closing_mark_starts_a_new_sentence():
    nlp = get_nlp()
    doc = nlp("Mayor Lena Cole asked members to be \u201cclosely coordinated.\u201d She added that the vote "
              "\u201cis about safety.\u201d")
    assert [s.text.split()[0] for s in doc.sents] == ["Mayor", "She"]
    kept = nlp("\u201cWe will stay,\u201d she said on Monday.")
    assert len(list(kept.sents)) == 1  # the attribution stays with its quotation


def test_an_entity_loses_a_lower_case_preposition_or_conjunction_at_its_end():
    """The small model sometimes runs a name into the next word ("Ana Ruiz of" in "Ana Ruiz of Kell carried
    ..."): the actor would be "Ana Ruiz of", a name no later "Ruiz" matches. A preposition inside a name
    ("Bank of Kell") stays."""
    doc = get_nlp()("Ana Ruiz of Kell carried a photo, and the Bank of Kell and Tom Hill paid.")
    words = [t.text for t in doc]
    doc.ents = [Span(doc, 0, words.index("of") + 1, label="PERSON"),  # "Ana Ruiz of"
                Span(doc, words.index("Bank"), words.index("Bank") + 3, label="ORG")]  # "Bank of Kell"
    trimmed = trim_entities(doc)
    assert [(e.text, e.label_) for e in trimmed.ents] == [("Ana Ruiz", "PERSON"), ("Bank of Kell", "ORG")]
