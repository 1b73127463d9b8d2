"""The package's one pronoun resolver: a pronoun refers to the latest compatible actor before it.

No coreference model is installed (none can be fetched at run time), so the
rule is simple, documented and testable:

* *he, she* (and *him, her, his*) refer to a person;
* *they, them, their, we* to a group: an organisation, a state, a
  nationality, or a phrase naming people ("officials", "aides");
* *it, its* to an organisation or a state.

Among the candidates before the pronoun (speakers already heard, then actors
mentioned), the latest compatible one wins; an actor whose label is unknown
(a subject phrase that names no actor) is compatible with *they* and with
*he/she* only when no person is available. Relative pronouns (*who, that,
which*) are resolved on the parse instead: they stand for the noun their
clause modifies (:func:`antecedent`).
"""

from __future__ import annotations

from collections.abc import Sequence

PERSON = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
GROUP = frozenset({"they", "them", "their", "we", "us", "our", "themselves"})
THING = frozenset({"it", "its", "itself"})
RELATIVE = frozenset({"who", "whom", "whose", "that", "which"})
PERSONAL = PERSON | GROUP | THING | {"i", "me", "my", "you"}

GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
THING_LABELS = frozenset({"ORG", "GPE"})


def kind(word: str) -> str | None:
    """``"person"``, ``"group"`` or ``"thing"`` for a personal pronoun, else ``None``."""
    w = word.lower()
    if w in PERSON:
        return "person"
    if w in GROUP:
        return "group"
    if w in THING:
        return "thing"
    return None


def compatible(pronoun: str, label: str | None, strict: bool = True) -> bool:
    """Whether an actor with spaCy ``label`` (``None``: a phrase naming no actor) can be what ``pronoun`` means.

    With ``strict=False`` a person pronoun also accepts an unlabelled phrase ("the spokesman").
    """
    k = kind(pronoun)
    if k == "person":
        return label == "PERSON" or (not strict and label is None)
    if k == "group":
        return label in GROUP_LABELS or label is None
    if k == "thing":
        return label in THING_LABELS
    return False


def resolve(pronoun: str, position: int, candidates: Sequence[tuple[int, str, str | None]]) -> str | None:
    """The latest candidate ``(position, name, label)`` before ``position`` that ``pronoun`` can refer to.

    ``candidates`` are in any order; a person pronoun falls back to the latest unlabelled phrase when no
    person comes before it. ``None`` when nothing fits.
    """
    before = sorted((c for c in candidates if c[0] < position), key=lambda c: c[0])
    for strict in (True, False):
        for _, name, label in reversed(before):
            if compatible(pronoun, label, strict):
                return name
    return None


def antecedent(token):
    """The noun a relative pronoun stands for ("officials, who said" -> officials), or ``None``.

    spaCy attaches the relative clause (``relcl``) to the noun it modifies; the pronoun is the clause's
    subject or object.
    """
    if token.lower_ not in RELATIVE:
        return None
    clause = token.head
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.dep_ in ("xcomp", "conj", "ccomp"):
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else None


def governing_subject(token):
    """The subject of the clause that governs a pronoun's clause, when it comes before the pronoun in its
    sentence ("Ann Ruiz condemned what she called ...", "Lee told the court that he ..."), or ``None``.

    Subject preference: a pronoun inside a clause that another one governs refers first to that clause's
    subject; whether the subject can be what the pronoun means is for the caller to check (:func:`compatible`).
    """
    node = token.head
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject if subject.i < token.i and subject.pos_ != "PRON" else None
    return None
