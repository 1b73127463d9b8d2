"""Who has the floor: the parse tests the pronoun resolver (:mod:`analysis.measures.pronouns`) uses to tell a
speaker from a person spoken about.

* :func:`speaks`: the subject of a reporting verb, not inside what another speaker is reported to have said.
* :func:`their_words`: the possessor of words that act ("Holt's column attacked ...").
* :func:`asked` and :func:`the_question`: the person a question is put to, who answers next.
* :func:`an_aside`: the writer's own question between two quotations.
"""

from __future__ import annotations

import re

QUOTE_MARKS = ('"', "\u201c", "\u201d", "''", "\u2018")
"""Marks that show a paragraph quotes someone (not a closing single mark, which is also an apostrophe)."""


SPEECH_NOUNS = frozenset({
    "statement", "remark", "comment", "speech", "testimony", "interview", "letter", "tweet", "column", "article",
    "op-ed", "essay", "memo", "announcement", "message", "email", "blog",
})
"""Nouns for what a person said or wrote (not "address", "post" or "claim", which often mean something else or
what others answer): their possessor, when they are the active subject of a clause, has spoken ("Holt's column
also attacked the plan. He calls it ...")."""


def their_words(token):
    """The speech noun (:data:`SPEECH_NOUNS`) ``token`` is the possessor of, when that noun is the subject of
    its clause ("Holt's column also attacked ..."), or None. Words in another role are what someone else
    answers or dismisses ("Lee rubbished Ruiz's claim", "satisfied with Ruiz's response"): no floor. The parser
    sometimes makes the possessor ``nmod`` with its mark as ``case``: the same."""
    possessor = token.dep_ == "poss" or (token.dep_ == "nmod" and any(c.dep_ == "case" for c in token.children))
    if possessor and token.head.lemma_.lower() in SPEECH_NOUNS and token.head.dep_ == "nsubj":
        return token.head
    return None


CONTENT_EDGES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "attr", "dobj", "pobj", "pcomp", "prep"})
"""The edges :func:`speaks` climbs from a cue to find whether it sits in another cue's content; a conjunct
("Ito said X and Dent told the board ...") is a clause of its own, where the climb stops; above a relative
clause opened by *who*, *which* or *where* no prepositional phrase counts as content, though a cue's clause
still does ("said he had met Ruiz, who told him ...": Ruiz is in what was said)."""
RELATIVE_OWN = frozenset({"who", "whom", "whose", "which", "where"})
"""Relative words that open a clause with a scene or a speaker of its own (not *that*, which also opens what
someone wrote or said: "read the letter that Ruiz wrote")."""
TOPIC_PREPS = frozenset({"about", "on", "over", "of", "regarding", "concerning"})
"""Prepositions whose object is what a cue speaks of ("spoke about what Ruiz said"); another preposition's
object is content only through a noun's *that* clause ("claiming without evidence that Ruiz wanted ...");
"spoke at a rally where Ruiz said ..." is a scene, not content."""


def speaks(token) -> bool:
    """Whether ``token`` is the subject of a verb of the reporting-cue lexicon ("Ruiz said", "he added"), not
    inside what another speaker is reported to have said ("Ito said that Ruiz shows great charm": Ito speaks;
    Ruiz is what Ito spoke about and does not take the floor; so in a clause within that content, or in a noun
    phrase of it: "Ito said he went ahead because Ruiz agreed", "Ito noted there was no reason Ruiz would dwell
    on it", "Ito was blunt, claiming without evidence that Ruiz wanted ..."; a cue's prepositional object is
    its content too: "Ito spoke about what Ruiz said"). A cue after the clause that the parser makes its head
    ("Lee acknowledged the loss, which, he said, ...") leaves the clause's speaker speaking."""
    from analysis.measures.attribution.lexicon import cue_of, load_cues  # the attribution package uses us

    cues = load_cues()
    if not (token.dep_ == "nsubj" and token.head.pos_ in ("VERB", "AUX") and cue_of(token.head, cues) is not None):
        return False
    clause, complement, own = token.head, False, False
    while clause.dep_ in CONTENT_EDGES and clause.head is not clause:
        # "... in Calder, where Ruiz told the crowd", "criticism from Ruiz, who said": no phrase above is its topic
        own = own or (clause.dep_ == "relcl" and any(c.lower_ in RELATIVE_OWN for c in clause.children))
        topic = clause.dep_ == "prep" and not own and (clause.lower_ in TOPIC_PREPS or complement)
        if (clause.dep_ == "ccomp" or topic) and clause.head.i < clause.i and cue_of(clause.head, cues) is not None:
            return False  # inside the content of a cue before it (a cue after it is parenthetical)
        # a noun's that-clause ("evidence that ..."), then that noun, then the preposition right above it
        complement = (clause.dep_ == "acl" and any(c.dep_ == "mark" for c in clause.children)) or (
            complement and clause.dep_ == "pobj")
        clause = clause.head
    return True  # a conjunct with its own subject is a clause of its own: "Ito said X and Dent told the board"


QUESTION_VERBS = frozenset({"ask", "question", "quiz", "press"})


def asked(token) -> bool:
    """Whether ``token`` is the person a question is put to ("Ruiz asked Dunn whether ...", "asked him about
    the budget", "asked Dunn what he would do"): the one who answers next ("“Sure it is,” he said" is Dunn; "Dunn
    was asked whether ..." makes Dunn the subject, who has the floor anyway). A request is no question ("asked
    Dunn to resign")."""
    verb = token.head
    if token.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in QUESTION_VERBS:
        return False
    return any(the_question(c) and c.i > token.i for c in verb.children)


def answerer(token):
    """The subject of the main clause when ``token`` asks a question in a clause of time under it ("Hale
    hedged when Ito asked whether ...": Hale answers, and "“...,” he said" next is Hale's), else None. A name in
    apposition asks as its head does ("when the host, Ben Ito, asked")."""
    if token.dep_ == "appos":
        token = token.head
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in QUESTION_VERBS or verb.dep_ != "advcl" or not any(
            the_question(c) for c in verb.children):
        return None
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None  # "when Ito asked the mayor whether ...": the one asked answers (:func:`asked`)
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)


def the_question(child) -> bool:
    """Whether ``child`` of a question verb is the question itself: its *about* phrase or its question clause
    ("asked Ito about ...", "asked Ito whether ..."), not a clause of reason or time ("because he wanted ...")."""
    return (child.dep_ == "prep" and child.lower_ == "about") or (
        child.dep_ == "ccomp" and not any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children))


def an_aside(text: str) -> bool:
    """Whether a paragraph is the writer's question to the reader and nothing else ("But what if the mayor
    loses? Would the council wait?"): every sentence ends with a question mark and none quotes anyone. It
    does not interrupt a run of quotations (:func:`_current_speaker`)."""
    body = text.strip()
    return (body.endswith("?") and not any(q in body for q in QUOTE_MARKS)
            and all(s.strip().endswith("?") for s in re.split(r"(?<=[.!?])\s+", body) if s.strip()))
