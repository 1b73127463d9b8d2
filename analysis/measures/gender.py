"""Who a name is, as far as gender goes: the evidence the pronoun resolver (:mod:`analysis.measures.pronouns`)
reads before it lets *he* or *she* mean a person.

* Titles before the name (:data:`TITLE_GENDER`: Mr, Mrs, Sir, Dame ...) and gendered nouns (:data:`GENDERED_NOUNS`)
  as a title, in apposition or as the complement of a copula (:func:`gender_words`), but not a relative's noun
  ("Ruiz, whose husband ...") nor a denied or conditional one ("if Ruiz were a man").
* A possessive pronoun bound to the name as the subject of its clause (:func:`bound_possessive`: "Ruiz lost her
  seat").
* First names given to one sex at least 95% of the time (:func:`first_names`, :data:`FIRST_NAMES`).
"""

from __future__ import annotations

from collections.abc import Iterable

from analysis.text.firstnames import FIRST_NAMES, first_names  # noqa: F401 (the resolver reads them here)

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})

TITLE_GENDER = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "duke": "m", "baron": "m", "count": "m",
    "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "dame": "f", "lady": "f", "queen": "f",
    "princess": "f", "duchess": "f", "baroness": "f", "countess": "f", "mme": "f", "mlle": "f",
}
"""Titles that say a person's gender (compared in lower case without the dot)."""
GENDERED_NOUNS = {
    "m": frozenset({
        "man", "boy", "father", "dad", "husband", "son", "brother", "uncle", "nephew", "grandfather", "grandson",
        "king", "prince", "duke", "chairman", "spokesman", "congressman", "businessman", "sportsman",
        "councilman", "alderman", "policeman", "fireman", "actor", "gentleman", "widower", "boyfriend",
        "stepfather", "stepson", "monk", "priest", "emperor", "sultan", "groom", "fiancé", "headmaster",
        "schoolboy", "nobleman", "statesman", "anchorman", "frontman", "godfather", "patriarch",
    }),
    "f": frozenset({
        "woman", "girl", "mother", "mum", "mom", "wife", "daughter", "sister", "aunt", "niece", "grandmother",
        "granddaughter", "queen", "princess", "duchess", "chairwoman", "spokeswoman", "congresswoman",
        "businesswoman", "sportswoman", "councilwoman", "alderwoman", "policewoman", "actress", "lady",
        "widow", "girlfriend", "stepmother", "stepdaughter", "nun", "empress", "bride", "fiancée",
        "headmistress", "schoolgirl", "noblewoman", "stateswoman", "anchorwoman", "heroine", "matriarch",
        "waitress", "hostess", "godmother", "landlady", "mistress", "ballerina", "sorceress", "goddess",
    }),
}
"""Nouns that say a person's gender when they name the person (apposition, title, complement)."""
PERSON_NOUNS = frozenset({
    "professor", "economist", "analyst", "lawyer", "attorney", "judge", "official", "spokesperson", "aide",
    "adviser", "advisor", "strategist", "consultant", "pollster", "researcher", "scientist", "scholar", "expert",
    "historian", "author", "writer", "journalist", "reporter", "editor", "columnist", "commentator", "host",
    "director", "executive", "founder", "president", "chairperson", "chair", "ceo", "manager", "partner",
    "governor", "senator", "lawmaker", "legislator", "politician", "candidate", "minister", "secretary",
    "ambassador", "diplomat", "envoy", "mayor", "councillor", "councilor", "commissioner", "prosecutor",
    "officer", "soldier", "veteran", "general", "commander", "activist", "organizer", "organiser", "advocate",
    "critic", "supporter", "donor", "voter", "resident", "student", "teacher", "doctor", "physician", "nurse",
    "surgeon", "pastor", "rabbi", "imam", "bishop", "farmer", "worker", "owner", "investor", "banker",
    "entrepreneur", "athlete", "player", "coach", "singer", "musician", "artist", "filmmaker", "actor",
    "comedian", "lecturer", "dean", "negotiator", "operative", "fellow", "deputy", "member",
    "leader", "head", "chief", "spokesman", "spokeswoman",
})
"""Nouns that describe a person, whatever their sex, when they name the person ("Eswar Prasko, a professor of
economics"): our own list of the roles news gives the people it quotes; with :data:`GENDERED_NOUNS` they make
a name the small model called an organisation a person's (:func:`described_as_a_person`)."""


def described_as_a_person(head) -> bool:
    """Whether a noun in apposition to the name headed by ``head``, or the complement of a copula it is the
    subject of (:func:`describing`), is a person's (:data:`PERSON_NOUNS`, :data:`GENDERED_NOUNS`)."""
    return any(w in PERSON_NOUNS or w in GENDERED_NOUNS["m"] or w in GENDERED_NOUNS["f"] for w in described_as(head))


def pronoun_gender(word: str) -> str | None:
    """``"m"`` for *he*-forms, ``"f"`` for *she*-forms, else ``None``."""
    w = word.lower()
    return "m" if w in MALE else "f" if w in FEMALE else None


def gender_words(head, person: bool = True) -> Iterable[str]:
    """Lower-case words that name the person whose name's head token is ``head``: titles and nouns before
    it (only for a ``person``: "King County", "Duke University" are no man), nouns in apposition either way,
    the complement of a copula it is the subject of."""
    doc = head.doc
    yield from described_as(head)
    if not person:
        return
    first = head
    while first.i > 0 and doc[first.i - 1].head.i == head.i and doc[first.i - 1].dep_ in ("compound", "amod",
                                                                                          "punct", "det"):
        first = doc[first.i - 1]
    for t in doc[first.i : head.i]:  # "actress Ana Ruiz", "Mrs Ruiz" (a title or a noun inside the phrase)
        yield t.lower_.rstrip(".")
    if first.i > 0 and doc[first.i - 1].lower_.rstrip(".") in TITLE_GENDER:
        yield doc[first.i - 1].lower_.rstrip(".")  # a title the model left outside the name


def described_as(head) -> Iterable[str]:
    """The lemmas of :func:`describing`."""
    for t in describing(head):
        yield t.lemma_.lower()


def describing(head) -> Iterable:
    """Nouns in apposition to the name either way, and the complement of a copula it is the subject of (tokens).

    Not a relative's noun ("Ruiz, whose husband, ..."; "Ruiz’ son, ..." where the parser reads the possessive
    mark as a comma), nor a copula's complement in a condition or a denial ("if Ruiz were a man", "Ruiz is not
    a man"). "Officials said that Ruiz is a mother" describes her."""
    doc = head.doc
    possessed = head.i + 1 < len(doc) and doc[head.i + 1].text in ("’", "'", "’s", "'s")
    for c in head.children:
        if c.dep_ == "appos" and not (possessed and c.i > head.i) and not any(
                g.lower_ == "whose" for g in c.children):
            yield c
    if head.dep_ == "appos":
        yield head.head
    copula = head.head
    if head.dep_ in SUBJECTS and copula.lemma_ == "be" and copula.lower_ != "were" and not any(
            c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in CONDITIONS) for c in copula.children):
        for c in copula.children:
            if c.dep_ == "attr":
                yield c


CONDITIONS = frozenset({"if", "unless", "whether", "as", "though"})
"""Words that make a copula's complement a condition, not a description ("if Ruiz were a man")."""


def bound_possessive(head) -> list[str]:
    """Genders of possessive pronouns bound to a subject: "Ruiz lost her seat" -> ["f"]."""
    if head.dep_ not in SUBJECTS:
        return []
    verb = head.head
    out = []
    for t in verb.subtree:
        if t.dep_ == "poss" and t.lower_ in ("his", "her") and t.i > head.i:
            clause = t.head
            while clause.i != verb.i and clause.head.i != clause.i and not any(
                    c.dep_ in SUBJECTS for c in clause.children if clause.pos_ in ("VERB", "AUX")):
                clause = clause.head
            if clause.i == verb.i:  # no other subject between: "Ruiz decided to support her family"
                out.append(pronoun_gender(t.lower_))
    return out
