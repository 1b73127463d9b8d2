"""The package's one pronoun resolver: who "he", "she", "they" are, decided once per article.

:func:`resolve_article` reads the article once, in text order, and gives every third-person pronoun the
actor it refers to, or none with a reason. Quotation speakers (:mod:`analysis.measures.attribution`), tone
per mention (:mod:`analysis.measures.tone`) and the actors' mention spans all read that one table, so a
pronoun that is a quotation's speaker and the same pronoun as an actor mention always name the same actor.
No coreference model is installed (none can be fetched at run time); the rules are written out here and
measured on GUM's coreference chains (``python -m analysis.evaluation gum``, ``benchmarks/ACCURACY.md``).

**Who can be meant** (agreement):

* *he/him/his* and *she/her/hers* a person (spaCy ``PERSON``) whose gender does not contradict the pronoun;
  *they/them/their* an organisation, a state or a nationality (``ORG``, ``GPE``, ``NORP``); *it/its* an
  organisation or a state.
* A person's gender comes from the article first: a title before the name (Mr, Mrs, Ms, Sir, Dame ...), a
  gendered noun in apposition, as a title or as the complement ("his wife, Ana Ruiz"; "actress Ana Ruiz";
  "Ruiz is a businesswoman"), and a possessive pronoun bound to the name as the subject of its clause
  ("Ruiz lost her seat"). Only without such evidence is the first name looked up in
  ``analysis/data/first_names.csv`` (US births, names given to one sex at least 95% of the time). Otherwise
  the gender is unknown and never guessed: an unknown person agrees with *he* and *she*.

**Which of them** (ordered passes; the first that answers wins, and its name is the ``rule``):

1. ``governing subject``: inside a clause another governs, the pronoun refers to that clause's subject when
   it agrees ("Ruiz condemned what she called ...", "Lee told the court that he ...").
2. ``role noun``: "the prosecutor" (a definite role noun in the narration) is the one person the article
   introduced with it: "Prosecutor Terry Curry", "Ann Pike, the defence lawyer" (:func:`role_nouns`).
3. ``salience``: otherwise the most salient agreeing actor. Every mention adds to its actor's salience, more
   as a subject than as an object, more as a head than inside another phrase, and salience halves at each
   sentence (after Lappin and Leass 1994); a resolved pronoun counts as a mention of its actor, so a run of
   "he said ... he added" keeps its speaker; so does a descriptor the article gives one actor for sure ("the
   group", with one armed group in its paragraph). A pronoun object never refers to the subject of its own verb
   ("Ruiz praised her": *her* is not Ruiz) and a pronoun never refers to a mention after it. For a
   pronoun that is the subject of a speech verb ("he added"), the latest speaker of the same or the previous
   paragraph it can mean (the subject of a speech verb, or the noun a "who said" clause modifies) gets a
   bonus large enough to outweigh an actor the story is about; otherwise a pronoun that is the subject of its
   main clause gives a smaller bonus to the subject of the previous sentence's main clause ("Ito dismissed
   the offer. He said ...": the narration keeps its topic); a mention inside a direct quotation counts half;
   *they* after a plural phrase naming no actor ("the workers") stays unresolved rather than going to an
   organisation.

Inside a direct quotation *he/she* resolve the same way but never to the speaker just heard (who says
"I"), and add no salience; *they/them/their* stay unresolved (the speaker's own "they" is often their
opponents, which the narration does not show); *I/me/my* are the speaker, which the quotation table knows:
:mod:`analysis.measures.tone` binds them. News agencies (``channels``) are never what a pronoun means. A
pronoun none of this answers is kept, unresolved, with its reason (:data:`REASONS`). A name described as a
medium in the article ("the Ledger, the city's newspaper", :func:`_a_medium`) is a channel too. Relative pronouns
(*who, that, which*) are resolved on the parse instead: they stand for the noun their clause modifies
(:func:`antecedent`).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.measures import floor
from analysis.measures.entities import verb_number
from analysis.measures.gender import (
    GENDERED_NOUNS,
    SUBJECTS,
    TITLE_GENDER,
    bound_possessive,
    describing,
    first_names,
    gender_words,
    pronoun_gender,
)
from analysis.schema import PRONOUN_REASONS
from analysis.text.article import Article

PERSON = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
GROUP = frozenset({"they", "them", "their", "theirs", "themselves", "we", "us", "our"})
THING = frozenset({"it", "its", "itself"})
RELATIVE = frozenset({"who", "whom", "whose", "that", "which"})
PERSONAL = PERSON | GROUP | THING | {"i", "me", "my", "you"}
THIRD = frozenset(PERSON | {"they", "them", "their", "theirs", "themselves"})
"""The pronouns :func:`resolve_article` resolves (and *it/its*, kept only when resolved)."""

GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
THING_LABELS = frozenset({"ORG", "GPE"})

MEDIA_NOUNS = frozenset({"newspaper", "broadcaster", "magazine", "tabloid", "website"})
"""Nouns that make the name they describe a medium ("the Ledger, a local newspaper, reported"): a channel of
others' words, never what a pronoun means; so do :data:`MEDIA_KINDS` when a :data:`MEDIA_WORDS` word modifies
them ("Vostra, the official news agency", but not "a federal agency")."""
MEDIA_KINDS = frozenset({"agency", "service", "network", "outlet", "channel", "station", "site"})
MEDIA_WORDS = frozenset({"news", "wire", "television", "tv", "radio", "media", "state-run"})

GOVERNED = frozenset({"dobj", "dative", "attr", "oprd", "ccomp", "xcomp", "acomp"})
"""A verb's objects and complements: a name inside them is not what the verb's subject pronoun means."""
WEIGHT = {"nsubj": 80, "nsubjpass": 80, "expl": 70, "dobj": 50, "dative": 40}
"""Salience added by a mention's grammatical role (Lappin and Leass's weights); every mention adds
:data:`RECENCY`, a head that is not inside another phrase :data:`HEAD`, and one outside a prepositional
phrase :data:`ARGUMENT`."""
RECENCY, HEAD, ARGUMENT, PARALLEL = 100, 80, 50, 35
AGREED = 100
"""Added for a person whose gender is known to agree, over one whose gender is unknown."""
SPEAKER = 400
"""Added, for a pronoun that is the subject of a speech verb ("he said"), to the latest actor it can mean
who was the subject of one (the current speaker of a run of quotations; "Sen. Ann Lee, who said ..." makes Lee
one), within :data:`RUN` paragraphs. It outweighs the salience of an actor the story is about (a name
repeated in every sentence, or named inside the quotation itself: "“... beat Ana Ruiz,” she said")."""
CONTINUED = 300
"""Added, for a pronoun that is the subject of its sentence's main clause, to the actor that was the subject of
the previous sentence's last main clause (the narration continues with its topic: "Ito dismissed the offer. He
said ..."; "Moss died, and Ito became the eldest. He ..." is Ito)."""
RUN = 1
QUOTED = 0.5
"""A mention inside a direct quotation adds only this share of its weight: the speaker's own words are not
the narration a pronoun after them continues."""
EMBEDDED = frozenset({"poss", "compound", "nmod", "amod"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
DECAY = 0.5
"""Salience is multiplied by this at every new sentence."""
FLOOR = 1.0
"""An actor whose salience has fallen below this is no longer a candidate (about seven sentences back)."""

REASONS = dict(zip(("none before", "no agreement", "unnamed group", "quoted group"), PRONOUN_REASONS, strict=True))
"""Why a pronoun stays unresolved."""


UNNAMED = "\0group"
"""The candidate standing for the latest group the text does not name (never an actor)."""

PRONOUN_COLUMNS = ["start", "end", "paragraph", "text", "actor", "rule", "reason"]


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


def _unnamed_group(token, base: int, by_token) -> bool:
    """Whether ``token`` heads a plural phrase that names no actor in an argument role ("the officials",
    "Muslims"), or joins two named people ("Ruiz and Vask"): what *they* most often means in news."""
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    if token.tag_ in ("NNS", "NNPS") and base + token.idx not in by_token:
        return token.dep_ in ("nsubj", "nsubjpass")
    return base + token.idx in by_token and any(
        c.dep_ == "conj" and base + c.idx in by_token for c in token.children)


def compatible(pronoun: str, label: str | None, gender: str | None = None) -> bool:
    """Whether an actor with spaCy ``label`` and ``gender`` (``"m"``, ``"f"`` or unknown) can be what
    ``pronoun`` means."""
    k = kind(pronoun)
    if k == "person":
        wanted = pronoun_gender(pronoun)
        return label == "PERSON" and (gender is None or wanted is None or gender == wanted)
    if k == "group":
        return label in GROUP_LABELS or label == UNNAMED
    if k == "thing":
        return label in THING_LABELS
    return False


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
    subject, or, in the topic of a question, to the person asked (:func:`analysis.measures.floor.asked`: "Lee
    asked Ito whether he would run"); whether the subject can be what the pronoun means is for the caller to
    check (:func:`compatible`).
    """
    below, node = token, token.head
    while node.head.i != node.i:
        below, node = node, node.head
        if node.pos_ in ("VERB", "AUX"):
            asked = next((c for c in node.children if floor.asked(c)), None)
            if asked is not None and asked.i < token.i and floor.the_question(below):
                return None if asked.pos_ == "PRON" else asked  # "Lee asked Ito about statements he had made"
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject if subject.i < token.i and subject.pos_ != "PRON" else None
    return None


def _clause_verb(token):
    """The verb whose argument ``token`` is (through a preposition), or ``None``."""
    node = token.head if token.dep_ != "pobj" else token.head.head
    return node if node.pos_ in ("VERB", "AUX") else None


def _a_medium(head) -> bool:
    """Whether the name headed by ``head`` is described as a medium (:data:`MEDIA_NOUNS`) in apposition or as a
    copula's complement (:func:`analysis.measures.gender.describing`, the description gender reads too)."""
    for noun in describing(head):
        lemma = noun.lemma_.lower()
        if lemma in MEDIA_NOUNS or (lemma in MEDIA_KINDS and any(
                c.lower_ in MEDIA_WORDS for c in noun.children if c.dep_ in ("compound", "amod"))):
            return True
    return False


@dataclass
class _Mention:
    start: int
    end: int
    actor: str
    label: str
    head: object  # the spaCy token heading the mention
    at: int  # its offset in the raw file


def _mention_heads(article: Article, docs: tuple, actor_mentions: pd.DataFrame) -> list[_Mention]:
    paragraphs = {p.index: (p, doc) for p, doc in zip(article.paragraphs, docs, strict=True)}
    out = []
    for start, end, name, label, paragraph in zip(*(actor_mentions[c].tolist() for c in
                                                    ("start", "end", "name", "label", "paragraph")), strict=True):
        para, doc = paragraphs[paragraph]
        span = doc.char_span(start - para.start, end - para.start, alignment_mode="expand")
        if span is not None and len(span):
            out.append(_Mention(start, end, str(name), str(label), span.root, para.start + span.root.idx))
    return out


def actor_labels(mentions: list[_Mention]) -> dict[str, str]:
    """Each actor's label: ``PERSON`` when any of its mentions is one (the small model labels a surname alone
    as an organisation or a place now and then), else its most frequent label (ties: the first)."""
    labels: dict[str, list[str]] = {}
    for m in mentions:
        labels.setdefault(m.actor, []).append(m.label)
    return {a: "PERSON" if "PERSON" in ls else max(ls, key=ls.count) for a, ls in labels.items()}


def genders(mentions: list[_Mention]) -> dict[str, str | None]:
    """Each actor's gender (``"m"``, ``"f"``) where something says it, in this order: titles and gendered
    nouns naming it in the article; its first name (:func:`first_names`); possessive pronouns bound to it as
    a subject (the weakest: "Ruiz criticised her record" may mean another woman's). An organisation or a
    place gets a gender only from titles and nouns ("Sedona, a retired nurse"): the model mislabels people.
    """
    strong: dict[str, dict[str, int]] = {}
    weak: dict[str, dict[str, int]] = {}
    person = {a for a, label in actor_labels(mentions).items() if label == "PERSON"}
    for m in mentions:
        v = strong.setdefault(m.actor, {"m": 0, "f": 0})
        for w in gender_words(m.head, m.actor in person):
            g = TITLE_GENDER.get(w) or next((g for g, nouns in GENDERED_NOUNS.items() if w in nouns), None)
            if g:
                v[g] += 1
        for g in bound_possessive(m.head):
            weak.setdefault(m.actor, {"m": 0, "f": 0})[g] += 1
    names = first_names()
    out: dict[str, str | None] = {}
    for actor, v in strong.items():
        if v["m"] != v["f"]:
            out[actor] = "m" if v["m"] > v["f"] else "f"
            continue
        if actor not in person:
            continue
        words = [w for w in actor.replace(".", " ").split() if w.lower() not in TITLE_GENDER]
        # a name of one word is most often a surname in news ("Warren said"): no first name to read
        out[actor] = names.get(words[0].lower()) if len(words) >= 2 else None
        w = weak.get(actor)
        if out[actor] is None and w and w["m"] != w["f"]:
            out[actor] = "m" if w["m"] > w["f"] else "f"
    return out


def role_nouns(mentions: list[_Mention], label_of: dict[str, str]) -> dict[str, str]:
    """Role nouns that name exactly one person of the article: a common noun in apposition to the name
    ("Ann Pike, the defence lawyer"; "Moss's lawyer, Ann Pike") or as the complement of a copula it is the
    subject of ("Pike is a lawyer"), and a title word before it ("Prosecutor Terry Curry"). Lower case
    noun -> actor; a role two people share names neither."""
    found: dict[str, set[str]] = {}
    for m in mentions:
        if label_of.get(m.actor) != "PERSON":
            continue
        head = m.head
        words = [t for t in describing(head) if t.pos_ == "NOUN"]  # not "Lund, whose husband, ..."
        first = head
        while first.i > 0 and head.doc[first.i - 1].head.i == head.i and head.doc[first.i - 1].dep_ == "compound":
            first = head.doc[first.i - 1]
        if first.i < head.i and first.lower_ not in first_names() and first.lower_.rstrip(".") not in TITLE_GENDER:
            words.append(first)  # "Prosecutor Terry Curry": a title, not a first name
        for w in words:
            found.setdefault(w.lemma_.lower(), set()).add(m.actor)
    return {noun: next(iter(actors)) for noun, actors in found.items() if len(actors) == 1}


def _role_noun(token, roles: dict[str, str]) -> str | None:
    """The actor a definite role noun ("the prosecutor", "the company's lawyer" is not one) stands for."""
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or token.tag_ != "NN":
        return None
    det = [c for c in token.children if c.dep_ == "det"]
    others = [c for c in token.children if c.dep_ in ("poss", "compound", "nummod")]
    if len(det) != 1 or det[0].lower_ != "the" or others:
        return None
    return roles.get(token.lemma_.lower())


def _root_name(token) -> bool:
    """Whether ``token`` is a name the parser made the root of its sentence, with a verb below it: a long
    apposition or a verb read as a noun breaks the parse ("Rep. Ann Lee (D-Ore.), chair of the committee,
    didn't second-guess ...", "Ito, when asked, often steam-rolls through ..."). The name opens the sentence's
    main clause: its subject. Not when the only verbs are in a relative clause ("Ann Lee and Tom Ito, who say
    ..."), under a preposition ("Ana Ruiz and Tom Hill place flowers at a memorial for shooting victims": a
    caption) or under another name, nor in a credit line ("Ana Lind / Reuters.")."""
    def predicate(t) -> bool:
        return any(c.pos_ in ("VERB", "AUX") or predicate(c) for c in t.children if not _apart(c))

    return token.dep_ == "ROOT" and token.pos_ == "PROPN" and predicate(token)


def _apart(c) -> bool:
    """Whether dependent ``c`` of a root name is no predicate of it: a preposition's phrase, another name
    joined to it, or a relative clause with its pronoun ("who say ...")."""
    return c.dep_ == "prep" or (c.dep_ == "conj" and c.pos_ == "PROPN") or (
        c.dep_ == "relcl" and any(g.lower_ in RELATIVE_PRONOUNS for g in c.children))


def _main_subject(token) -> bool:
    """Whether ``token`` (or the head it is in apposition to) is the subject of its sentence's root, or of a
    clause the parse made the conjunct of an adjective at the root, or a name at the root (:func:`_root_name`)."""
    if token.dep_ == "appos":
        token = token.head
    if token.dep_ in SUBJECTS and token.head.dep_ == "conj" and token.head.head.dep_ == "ROOT" and \
            token.head.head.pos_ == "ADJ":
        return True  # "Charming and restless, ..., Mr. Hale was among ...": the opening adjective made the root
    return (token.dep_ in SUBJECTS and token.head.dep_ == "ROOT") or _root_name(token)


def _last_clause_subject(token) -> bool:
    """Whether ``token`` is the subject of its sentence's root or of a clause coordinated with it ("Ito died,
    and Ana Ruiz became the eldest"): the subjects of the main clauses, of which the last is the topic a next
    sentence's "he" continues."""
    if token.dep_ == "appos":
        token = token.head
    if _root_name(token):
        return True
    if token.dep_ not in SUBJECTS:
        return False
    clause = token.head
    while clause.dep_ == "conj":
        clause = clause.head
    return clause.dep_ == "ROOT"


def _weight(token) -> float:
    """The salience a mention adds (:data:`WEIGHT`); a name in apposition takes its head's role
    ("The union's treasurer, Sam Ito, said ...": a subject)."""
    if token.dep_ == "appos":
        token = token.head
    w = RECENCY + WEIGHT.get("nsubj" if _root_name(token) else token.dep_, 0)
    if token.dep_ not in EMBEDDED:
        w += HEAD
    if token.dep_ != "pobj":
        w += ARGUMENT
    return w


def resolve_article(article: Article, docs: tuple, actor_mentions: pd.DataFrame,
                    channels: frozenset[str] = frozenset(), turns: tuple[tuple[int, int], ...] = (),
                    descriptors: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every third-person pronoun of the body with the actor it refers to (module docstring).

    Columns: ``start``, ``end`` (offsets into the raw file), ``paragraph``, ``text``, ``actor`` (None when
    unresolved), ``rule`` (``governing subject``, ``salience`` or ``role noun``; None when unresolved) and
    ``reason`` (why not; None when resolved). *It* appears only as the subject of a speech verb, when
    resolved (most are not actors: "it is possible"); role nouns ("the prosecutor") only when resolved, and
    only in the narration.
    ``channels``: actors that carry others' words (news agencies), never what a pronoun means. ``turns``:
    the ``(start, end)`` of the turns of an interview or transcript
    (:func:`analysis.measures.attribution.turns.turn_spans`), a speaker's own words read like a quotation.
    ``descriptors``: the article's naming phrases (:func:`analysis.measures.actors.actor_labels`); a descriptor
    given to one actor with high confidence ("the group" with one armed group in its paragraph) counts as a
    mention of it ("noted the group now in power and their efforts": *their* can follow it).
    """

    def in_speech(start: int, end: int) -> bool:
        return article.in_direct_quote(start, end) or any(s <= start and end <= e for s, e in turns)

    mentions = _mention_heads(article, docs, actor_mentions)
    channels = channels | {m.actor for m in mentions if _a_medium(m.head)}
    mentions = [m for m in mentions if m.actor not in channels]
    gender = genders(mentions)
    label_of = actor_labels(mentions)
    label_of[UNNAMED] = UNNAMED
    label_of.update({a: "PERSON" for a, g in gender.items() if g})  # "Sedona, a retired nurse, ..."
    by_token: dict[tuple[int, int], _Mention] = {}
    for m in mentions:
        by_token.setdefault(m.at, m)
    if descriptors is not None:  # "the new administration ... and their efforts": a named actor's descriptor
        sure = descriptors[(descriptors["kind"] == "descriptor") & (descriptors["confidence"] == "high")]
        for m in _mention_heads(article, docs, sure.assign(name=sure["actor"], label="")):
            if m.actor in label_of and m.actor not in channels:
                by_token.setdefault(m.at, m)
    roles = role_nouns(mentions, label_of)
    asides = frozenset(p.index for p in article.paragraphs if floor.an_aside(p.text))
    salience: dict[str, float] = {}
    last_role: dict[str, tuple[str, int, int, int]] = {}  # actor -> (dep, verb, sentence, position) of the latest
    speakers: list[tuple[int, int, str]] = []  # (paragraph, offset, actor) of each subject of a speech verb
    subjects: list[tuple[int, str]] = []  # (offset, actor) of each subject of a main clause, in the narration
    rows = []
    previous_subject: dict[int, str] = {}  # sentence offset -> the actor subject of its main clause
    last_sentence = None
    for para, doc in zip(article.paragraphs, docs, strict=True):
        for sent in doc.sents:
            here = para.start + sent.start_char  # the sentence, by its offset
            before, last_sentence = last_sentence, here
            for actor in list(salience):
                salience[actor] *= DECAY
                if salience[actor] < FLOOR:
                    del salience[actor]
            for tok in sent:
                m = by_token.get(para.start + tok.idx)
                if m is not None:
                    quoted = in_speech(m.start, m.end)
                    salience[m.actor] = salience.get(m.actor, 0.0) + (QUOTED * _weight(tok) if quoted else _weight(tok))
                    words = floor.their_words(tok)  # "Holt's column also attacked ..."
                    if not quoted and (floor.speaks(tok) or words is not None or floor.asked(tok)):
                        speakers.append((para.index, m.at, m.actor))  # the speaker, or the one asked
                    answers = floor.answerer(tok) if not quoted else None
                    if answers is not None and _mention_of(answers, para.start, by_token) is not None:
                        speakers.append((para.index, m.at, _mention_of(answers, para.start, by_token).actor))
                    if not quoted and _main_subject(tok):
                        subjects.append((m.at, m.actor))
                    verb = _clause_verb(tok)
                    last_role[m.actor] = (tok.dep_, -1 if verb is None else verb.i, here, para.start + tok.idx)
                    topic = tok if words is None else words
                    if not quoted and (_last_clause_subject(tok) or _last_clause_subject(topic)):
                        previous_subject[here] = m.actor
                    continue
                role = _role_noun(tok, roles)
                if role is not None and not in_speech(para.start + tok.idx, para.start + tok.idx + 1):
                    # "the prosecutor" after "Prosecutor Terry Curry", in the narration
                    salience[role] = salience.get(role, 0.0) + _weight(tok)
                    if floor.speaks(tok) or floor.asked(tok):  # "Ito asked the mayor whether ...": the mayor answers
                        speakers.append((para.index, para.start + tok.idx, role))
                    if _main_subject(tok):
                        subjects.append((para.start + tok.idx, role))
                    if _last_clause_subject(tok):
                        previous_subject[here] = role
                    verb = _clause_verb(tok)
                    last_role[role] = (tok.dep_, -1 if verb is None else verb.i, here, para.start + tok.idx)
                    rows.append({"start": para.start + tok.idx, "end": para.start + tok.idx + len(tok),
                                 "paragraph": para.index, "text": tok.text, "actor": role, "rule": "role noun",
                                 "reason": None})
                    continue
                if _unnamed_group(tok, para.start, by_token):
                    salience[UNNAMED] = salience.get(UNNAMED, 0.0) + _weight(tok)
                    last_role[UNNAMED] = (tok.dep_, -1, here, para.start + tok.idx)
                w = tok.lower_
                if w == "who" and floor.speaks(tok) and not in_speech(para.start + tok.idx, para.start + tok.idx + 1):
                    ante = antecedent(tok)  # "Sen. Ann Lee, who said ...": Lee has spoken
                    if ante is not None and (ante.dep_ == "conj" or any(c.dep_ == "conj" for c in ante.children)) \
                            and verb_number(tok.head) == "plural":
                        continue  # "Ann Lee and Tom Ito, who say ...": two people spoke, neither is "he"
                    m = None if ante is None else _mention_of(ante, para.start, by_token)
                    if m is not None:
                        speakers.append((para.index, para.start + tok.idx, m.actor))
                    continue
                if w not in THIRD and not (w == "it" and floor.speaks(tok)):
                    continue  # "it" only as a speaker ("it said"): most are no actor ("it is time")
                start = para.start + tok.idx
                inside = in_speech(start, start + len(tok))
                if inside and kind(w) == "group":  # "We note their efforts": the speaker's own they
                    rows.append({"start": start, "end": start + len(tok), "paragraph": para.index, "text": tok.text,
                                 "actor": None, "rule": None, "reason": REASONS["quoted group"]})
                    continue
                speaks = floor.speaks(tok)  # the subject of a reporting verb: "he said"
                heard = _current_speaker(w, speakers, subjects, para.index, label_of, gender, asides) if speaks else {}
                speaking = _latest_speaker(speakers, para.index) if inside else None
                if not inside and speaks:
                    told = _introducer(tok, para.start, by_token, in_speech)
                    if told is not None and compatible(w, label_of.get(told), gender.get(told)):
                        heard = {told: SPEAKER}  # "Ito walked through the rules: “...,” he said": Ito has the floor
                if not inside and _main_subject(tok) and before in previous_subject and not heard:
                    heard = {previous_subject[before]: CONTINUED}  # "Ito dismissed it. He said ...": centering
                actor, rule, reason = _resolve(tok, para.start, here, salience, heard, last_role, label_of, gender,
                                               by_token, speaking)
                if actor is not None:
                    if gender.get(actor) is None and pronoun_gender(w) and (rule == "governing subject" or not any(
                            a != actor and label_of.get(a) == "PERSON" and compatible(w, "PERSON", gender.get(a))
                            for a in salience)):
                        gender[actor] = pronoun_gender(w)  # a pronoun bound to the name, with no rival it could mean
                    if not inside:  # a pronoun in a speaker's words is no narration to continue
                        salience[actor] = salience.get(actor, 0.0) + _weight(tok)
                    if (speaks or floor.asked(tok)) and not inside:  # "Ito asked him about ...": he answers
                        speakers.append((para.index, start, actor))
                    if _main_subject(tok) and not in_speech(start, start + 1):
                        subjects.append((start, actor))
                    if _last_clause_subject(tok) and not in_speech(start, start + 1):
                        previous_subject[here] = actor
                    verb = _clause_verb(tok)
                    last_role[actor] = (tok.dep_, -1 if verb is None else verb.i, here, start)
                elif w == "it":
                    continue
                rows.append({"start": start, "end": start + len(tok), "paragraph": para.index,
                             "text": tok.text, "actor": actor, "rule": rule, "reason": reason})
    return pd.DataFrame(rows, columns=PRONOUN_COLUMNS)


def _introducer(tok, base: int, by_token, in_speech) -> str | None:
    """The actor who is the subject of the narration a speech verb's subject pronoun follows in its own
    sentence, when the parser made that narration the verb's complement ("Ito listed the rules: “...,” he
    said": Ito introduced the quotation), or None."""
    for clause in tok.head.children:
        if clause.dep_ in ("ccomp", "parataxis") and clause.i < tok.i:
            for c in clause.children:
                if c.dep_ in SUBJECTS and not in_speech(base + c.idx, base + c.idx + 1):
                    m = _mention_of(c, base, by_token)
                    if m is not None:
                        return m.actor
    return None


def _current_speaker(word: str, speakers: list[tuple[int, int, str]], subjects: list[tuple[int, str]],
                     paragraph: int, label_of, gender, asides: frozenset[int] | None = None) -> dict[str, float]:
    """The bonus for the latest actor heard (the subject of a speech verb) that ``word`` can mean, within
    :data:`RUN` paragraphs, not counting the writer's questions between
    (:func:`analysis.measures.floor.an_aside`): "“...,” he added" continues the run of quotations of the last man
    who spoke,
    unless another actor it can mean has since been the subject of a main clause ("Later, Victor Kane
    was asked ... “...,” he said": a new person has the floor; so does the subject of the writer's question,
    "Was Ito satisfied? “Not quite,” he said")."""
    asides = asides or frozenset()
    for at, position, actor in reversed(speakers):
        if paragraph - at - sum(1 for p in range(at + 1, paragraph) if p in asides) > RUN:
            break
        if compatible(word, label_of.get(actor), gender.get(actor)):
            if any(p > position and a != actor and compatible(word, label_of.get(a), gender.get(a))
                   for p, a in subjects):
                return {}
            return {actor: SPEAKER}
    return {}


def _latest_speaker(speakers: list[tuple[int, int, str]], paragraph: int) -> str | None:
    """The latest actor heard earlier in this paragraph: the speaker of a quotation that follows its cue
    ("Ruiz said: “He will lose”"). A speaker named after the quotation is not known yet, and one of an
    earlier paragraph may well be who "he" is."""
    return next((a for at, _, a in reversed(speakers) if at == paragraph), None)


def _mention_of(token, base: int, by_token) -> _Mention | None:
    """The actor mention at ``token`` (``base``: its paragraph's offset), or at a name in apposition to it ("the
    union's treasurer, Sam Ito"); None when neither is one."""
    return by_token.get(base + token.idx) or next(
        (by_token[base + c.idx] for c in token.children if c.dep_ == "appos" and base + c.idx in by_token), None)


def _named_below(tok, base: int, by_token) -> set[str]:
    """The actors named after a subject pronoun in its own clause, which it cannot mean ("He described Renn as
    ...", "He calls Ito's plan a fraud", "She said Ruiz would lose": a subject and a name it governs are two
    people, after Chomsky's binding principle C): its verb's objects and complements. A name before it ("After
    Ruiz left, he said") or in an adjunct ("he told aides, according to Ruiz's diary") is no bar."""
    if tok.dep_ not in SUBJECTS or tok.lower_ not in PERSON:
        return set()
    governed = [c for c in tok.head.children if c.dep_ in GOVERNED and c.i > tok.i]
    return {by_token[base + t.idx].actor for c in governed for t in c.subtree if base + t.idx in by_token}


def _resolve(tok, base, here, salience, heard, last_role, label_of, gender, by_token, speaking=None):
    """``(actor, rule, reason)`` for one pronoun token, given the state before it."""
    w = tok.lower_
    bound = governing_subject(tok)
    if bound is not None:
        m = _mention_of(bound, base, by_token)  # "The union's treasurer, Sam Ito, said he ..."
        if m is not None and compatible(w, label_of.get(m.actor), gender.get(m.actor)):
            return m.actor, "governing subject", None
    if not last_role:
        return None, None, REASONS["none before"]
    verb = _clause_verb(tok)
    named_below = _named_below(tok, base, by_token)
    best, best_key = None, (0.0, -1)
    for actor, score in salience.items():
        if actor == speaking or not compatible(w, label_of.get(actor), gender.get(actor)):
            continue  # inside a quotation, "he" is not the speaker (who says "I")
        if actor in named_below:
            continue  # "He described Renn as ...": not Renn
        dep, their_verb, their_sent, position = last_role.get(actor, ("", -2, -1, -1))
        their_role = dep
        if (their_sent == here and verb is not None and their_verb == verb.i and dep in SUBJECTS
                and tok.dep_ in ("dobj", "pobj", "dative") and w not in ("himself", "herself", "themselves")):
            continue  # "Ruiz praised her": not Ruiz
        if dep == tok.dep_ or (dep == "appos" and their_role == tok.dep_):
            score += PARALLEL
        score += heard.get(actor, 0.0)
        if pronoun_gender(w) and gender.get(actor) == pronoun_gender(w):
            score += AGREED
        if (score, position) > best_key:
            best, best_key = actor, (score, position)
    if best is None:
        return None, None, REASONS["no agreement"]
    if best == UNNAMED:
        return None, None, REASONS["unnamed group"]
    return best, "salience", None
