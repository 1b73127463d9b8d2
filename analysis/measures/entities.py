"""Named entities and actor mentions, with the project codebook.

The pinned spaCy model's NER runs with an entity ruler in front of it, fed by
the codebook (:mod:`analysis.text.codebook`, :mod:`analysis.text.nlp`): every alias of a canonical actor is
labelled with the actor's label and counted under its canonical name, so
"Lavrov" and "Sergei Lavrov" are one PERSON and "IS" is the Islamic State.
Entities outside the codebook still count, under the model's label and their
surface form (a leading "the" and a trailing possessive removed). Within one
article their name forms merge (:func:`merge_name_forms`): a surname alone or
after a title ("Biden", "Mr. Biden") joins the one full name that ends with it
("Joe Biden"), and an acronym ("DOJ") joins the one organisation whose
initials it is ("Department of Justice"). An acronym in parentheses right after the name it abbreviates
("the European Union (EU)") is part of that one mention, not a second one, and becomes an alias of the
name for the rest of the article (:func:`parenthesised_acronyms`). A number word or a pronoun-like word
alone ("one", "two", "first", "someone") is not a name, whatever label the model gave it
(:func:`not_a_name`).

Only body text counts: the date header and the credit line are not parsed.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from analysis.measures.gender import described_as_a_person, first_names
from analysis.text.article import Article
from analysis.text.codebook import Codebook, default_codebook
from analysis.text.nlp import parse

ACTOR_LABELS = ("PERSON", "ORG", "GPE")
"""Entities with these labels are actors (besides every codebook actor)."""

MENTION_COLUMNS = ["name", "label", "text", "paragraph", "sentence", "start", "end", "voice", "codebook"]

TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sen", "senator", "rep", "representative",
    "gov", "governor", "president", "vice", "gen", "general", "col", "lt", "sgt", "adm", "judge", "justice",
    "secretary", "minister", "mayor", "pope", "rev", "sir", "dame", "lord", "lady", "king", "queen", "prince",
    "princess", "chancellor", "ambassador", "speaker", "chairman", "chairwoman", "candidate", "former",
})
"""Words before a surname that make it a title form ("Mr. Biden", "Sen. Warren"), compared without dots."""
INITIALS_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "&", "to", "at"})
STATE_FORMS = frozenset({
    "republic", "kingdom", "state", "federation", "commonwealth", "principality", "sultanate", "emirate",
    "emirates", "duchy", "confederation",
})
"""The nouns of a state's long form ("Republic of Kesh", "Kingdom of Norway"), compared in lower case: the word
before "of" in a name that another name of the article shortens."""


PRONOUN_LIKE = frozenset({
    "one", "ones", "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "no-one", "nobody", "none",
    "each", "either", "neither", "both", "all", "some", "any", "another", "other", "others", "few", "many",
    "several", "most", "more",
})
"""Words that stand for a person or thing without naming it ("Russia is one of the few countries")."""
NUMBER_WORDS = frozenset({"dozen", "dozens", "hundreds", "thousands", "millions", "billions", "scores"})
"""Vague quantities the model tags as numbers, besides the spelled-out numbers and ordinals spaCy reads as
numbers (``like_num``: "one", "twelve", "first")."""
ACRONYM = re.compile(r"[A-Z][A-Za-z.&]{0,9}")


def not_a_name(span) -> bool:
    """True when an entity span (a leading "the" aside) is one number word or one pronoun-like word alone:
    "one", "One", "two", "first", "dozens", "someone" (:data:`PRONOUN_LIKE`, :data:`NUMBER_WORDS`). Such a
    word is a count or a stand-in, never a name, whatever label the model gave it; nor is a contraction's piece
    alone ("n't", :data:`CLITICS`) or a hyphenated stance ("pro-Rubio", :data:`STANCE_PREFIXES`). Figures
    ("3", "1,000") and longer spans ("one billion") stay."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) == 3 and words[0].text in STANCE_PREFIXES and words[1].text == "-":
        return True  # "pro-Rubio", "anti-Ito": a stance, an adjective, not the person
    if len(words) != 1:
        return False
    t = words[0]
    if t.lower_.replace("\u2019", "'") in CLITICS:
        return True
    return t.is_alpha and (t.pos_ == "PRON" or t.lower_ in PRONOUN_LIKE or t.lower_ in NUMBER_WORDS or t.like_num)


CLITICS = frozenset({"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"})
"""Pieces of a contraction a tokenizer splits off ("n't" of "haven't"): never a name, whatever the label."""
STANCE_PREFIXES = frozenset({"pro", "anti", "non", "post", "pre", "neo", "Pro", "Anti"})
"""Prefixes that make a hyphenated word an adjective of stance or time ("pro-Rubio delegates", "post-Brexit";
"Pro-Rubio" opening a sentence): never a name alone, though the small model often labels it one. Compared as
written: "Post-Dispatch" is a newspaper's name."""


def abbreviates(acronym: str, name: str) -> bool:
    """True when ``acronym`` (two to ten capitals, dots and ``&`` allowed, mostly capitals) can abbreviate
    ``name``: its first letter is the name's first letter and its letters appear in the name in order
    ("EU" for "European Union", "IS" for "Islamic State", "NASA", "BND" for "Bundesnachrichtendienst")."""
    letters = [c for c in acronym if c.isalpha()]
    if not ACRONYM.fullmatch(acronym) or not 2 <= len(letters) <= 10 \
            or sum(c.isupper() for c in letters) < max(2, len(letters) - 1):
        return False
    words = [w for w in name.split() if w.lower() != "the"]
    if not words or words[0][0].lower() != letters[0].lower():
        return False
    rest = iter(" ".join(words).lower())
    return all(c.lower() in rest for c in letters)


def parenthesised_acronyms(raw: str, rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, dict]]:
    """``rows`` (mentions in text order) without the acronym that follows, in parentheses, the name it
    abbreviates (:func:`abbreviates`): "the European Union (EU)" is one mention of the European Union, its
    span the name's. Returns the remaining rows and, per acronym, the row of the name it is an alias of, so
    a later bare "EU" joins it. An acronym the codebook gives to another actor keeps its own."""
    out: list[dict[str, Any]] = []
    aliases: dict[str, dict] = {}
    for r in rows:
        prev = out[-1] if out else None
        if prev is not None and prev["paragraph"] == r["paragraph"] \
                and raw[prev["end"] : r["start"]].strip() == "(" and raw[r["end"] : r["end"] + 1] == ")" \
                and (not r["codebook"] or r["name"] == prev["name"]) \
                and prev["name"] != r["text"] and abbreviates(r["text"], prev["name"]):
            aliases.setdefault(r["text"], prev)
            continue
        out.append(r)
    return out, aliases


def bare_name(name: str) -> str:
    """A capitalised name without its leading titles ("Mayor Ana Ruiz" -> "Ana Ruiz")."""
    return " ".join(_bare(name))


def _bare(name: str) -> list[str]:
    """A person's name without leading titles, as words."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return words


SUFFIXES = frozenset({"jr", "sr"})
"""Generational suffixes after a surname (not a regnal number: "John Paul II" has no surname "Paul")."""


def _surnames(full_name: str) -> list[str]:
    """The words a full name's bearer may be called by alone: the last word (before a generational suffix:
    "Paul T. Okoro Jr." is Okoro), and each part of a hyphenated last name ("Ana Ruiz-Vega" or "Ana Ruiz -
    Vega": Ruiz-Vega, Ruiz, Vega)."""
    words = full_name.split()
    while len(words) > 2 and words[-1].lower().strip(".,") in SUFFIXES:
        words = words[:-1]  # "Paul T. Okoro Jr." is called Okoro
    words[-1] = words[-1].rstrip(",")
    last = words[-1]
    parts = [last]
    if len(words) >= 4 and words[-2] in ("-", "–"):
        parts += [words[-3]]
    elif "-" in last.strip("-"):
        parts += [p for p in last.split("-") if p]
    return [p for p in dict.fromkeys(parts) if p[:1].isupper()]


def surname_index(full_names) -> dict[str, set[str]]:
    """Each surname form (:func:`_surnames`) -> the full names that have it."""
    out: dict[str, set[str]] = {}
    for f in full_names:
        for part in _surnames(f):
            out.setdefault(part, set()).add(f)
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in INITIALS_SKIP and w[:1].isalpha()).upper()


def _short_form(name: str) -> str | None:
    """``"Kesh"`` for a state's long form ``"Republic of Kesh"`` (:data:`STATE_FORMS` before "of"), else None."""
    words = name.split()
    if "of" not in words[1:-1]:
        return None
    at = words.index("of")
    if words[at - 1].lower() not in STATE_FORMS:
        return None
    rest = words[at + 1 :]
    if rest and rest[0].lower() == "the":
        rest = rest[1:]
    return " ".join(rest) or None


def merge_name_forms(names: list[tuple[str, str]], known: frozenset[str] = frozenset()) -> dict[str, str]:
    """For entities outside the codebook, ``(name, label)`` pairs of one article: the merged name of each
    name that is another form of a fuller one.

    A person's name loses its leading titles ("Mayor Ana Ruiz" is Ana Ruiz); the forms of one full name
    that differ only in case are one ("BILL DE VALLIER" is Bill de Vallier: the form not all in capitals); a
    name that is the ending of only one longer full name, in any case, joins it ("Mr. Biden" is Joe Biden,
    "De Vallier" is Bill de Vallier). An all-capital acronym of two to
    six letters joins the only organisation of several words whose initials it spells. A state's long form
    ("Republic of Kesh", "the Kingdom of Norway") joins its short form when the article also names it so
    ("Kesh"), whatever label the model gave either (``known``: the article's other names, codebook actors
    included); two long forms of one short form ("Republic of the Congo", "Democratic Republic of the
    Congo") stay apart. A one-word name the model labelled an organisation joins the one person whose
    surname it is ("Dunmore said" after "Kristen Dunmore"), unless a longer organisation name of the article
    starts with it ("Ford Motor", "Bloomberg News"): a firm named like a person in an article about that person
    is the case to check. A first name alone (in the first-name table) is the one person of the article
    whose full name starts with it and no other person's surname is ("Delphine, how bad was it?" after
    "Delphine Ruiz"). Ambiguous forms (two Clintons, two Annas) stay as they are.
    """
    people = {n for n, label in names if label == "PERSON"}
    full = {n for n in people if len(_bare(n)) >= 2 and _bare(n) == n.split()}
    orgs = {n for n, label in names if label == "ORG" and len(n.split()) >= 2}
    out: dict[str, str] = {}
    spelled: dict[str, list[str]] = {}  # one name in several cases ("BILL DE VALLIER", "Bill de Vallier")
    for f in full:
        spelled.setdefault(f.lower(), []).append(f)
    preferred = {key: sorted(forms, key=lambda f: (f.isupper(), f))[0] for key, forms in spelled.items()}
    for f in full:
        if preferred[f.lower()] != f:
            out[f] = preferred[f.lower()]
    for n in people:
        words = _bare(n)
        tail = [w.lower() for w in words]
        matches = sorted({preferred[f.lower()] for f in full
                          if (len(f.split()) > len(tail) and [w.lower() for w in f.split()[-len(tail):]] == tail)
                          or (len(tail) == 1 and tail[0] in {x.lower() for x in _surnames(f)})})
        if len(matches) == 1:
            out[n] = matches[0]  # "Biden", "de Vallier", "DE VALLIER" are Joe Biden, Bill de Vallier
        elif len(words) >= 2 and " ".join(words).lower() in preferred:
            target = preferred[" ".join(words).lower()]
            if target != n:
                out[n] = target  # "Mayor Ana Ruiz" is Ana Ruiz; "BILL DE VALLIER" is Bill de Vallier
        elif len(words) >= 2 and " ".join(words) != n:
            out[n] = " ".join(words)
    firsts: dict[str, set[str]] = {}
    for f in full:
        firsts.setdefault(f.split()[0].lower(), set()).add(preferred[f.lower()])
    tails = {w.lower() for f in full for w in f.split()[1:]}
    for n in people:
        if n not in out and len(n.split()) == 1 and n.lower() not in tails and len(firsts.get(n.lower(), ())) == 1 \
                and _is_first_name(n):
            out[n] = next(iter(firsts[n.lower()]))  # "Delphine, how bad was it?" to Delphine Ruiz, the only one
    surnames = surname_index(full)
    org_heads = {n.split()[0] for n, label in names if label == "ORG" and len(n.split()) >= 2}
    for n, label in names:
        if label == "ORG" and n not in known and len(n.split()) == 1 and not n.isupper() \
                and len(surnames.get(n, ())) == 1 and n not in org_heads:
            out[n] = next(iter(surnames[n]))  # a surname the model took for an organisation ("Dunmore said")
    for n, label in names:
        bare = n.replace(".", "")
        if label == "ORG" and 2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha():
            matches = sorted(o for o in orgs if _initials(o) == bare)
            if len(matches) == 1:
                out[n] = matches[0]
    present = {n for n, _ in names} | set(known)
    longs: dict[str, list[str]] = {}
    for n in sorted({n for n, _ in names}):
        short = _short_form(n)
        if short and short in present and short != n:
            longs.setdefault(short, []).append(n)
    for short, forms in longs.items():
        if len(forms) == 1:
            out[forms[0]] = short
    return out


def entity_docs(article: Article, codebook: Codebook) -> tuple:
    """One spaCy ``Doc`` per body paragraph, with ``codebook``-corrected entities.

    With the project codebook these are the loader's own docs (parsed once); another codebook re-parses.
    """
    if codebook == default_codebook() and len(article.docs) == len(article.paragraphs):
        return article.docs
    return parse(tuple(p.text for p in article.paragraphs), codebook)


def _clean(text: str) -> tuple[str, int, int]:
    """A non-codebook surface form without a leading 'the' or a trailing possessive, and the trim."""
    lead = 0
    for article_word in ("the ", "The "):
        if text.startswith(article_word):
            lead = len(article_word)
    trail = 0
    for poss in ("’s", "'s"):
        if text.endswith(poss):
            trail = len(poss)
    return text[lead : len(text) - trail], lead, trail


def mentions(article: Article, docs: tuple, labelled=None) -> pd.DataFrame:
    """One row per entity mention in the body, in text order; a number or pronoun-like word alone is none
    (:func:`not_a_name`).

    Columns: ``name`` (canonical for codebook actors, else the cleaned surface
    form, other forms of one name merged by :func:`merge_name_forms`, an acronym introduced in parentheses
    counted under its name: :func:`parenthesised_acronyms`), ``label``, ``text`` (as in the article),
    ``paragraph``, ``sentence``,
    ``start``, ``end`` (offsets into the raw file), ``voice`` (``"quoted"``
    inside a direct quotation, else ``"writer"``), ``codebook`` (bool).

    ``labelled(article, docs, rows)``: the rows with the speakers' labels of an interview or transcript read as
    mentions of the people they name (:func:`analysis.measures.attribution.turns.turn_label_mentions`),
    before name forms are merged; the caller passes it, as the labels are the attribution's concern.
    """
    rows = []
    described: set[int] = set()  # offsets of names described as a person ("Eswar Prasko, a professor")
    placed_as_actors: set[int] = set()  # offsets of one-word places that act as a person ("Wexford, who ..., said")
    named = frozenset([e[-1].text for d in docs for e in d.ents if e.label_ == "PERSON"]  # names people have
                      + [t.text for d in docs for t in d
                         if t.pos_ == "PROPN" and not t.ent_type_ and _acts_as_a_person(t)])
    sentences = article.sentences
    for para, doc in zip(article.paragraphs, docs, strict=True):
        for ent, label in (part for e in doc.ents for part in _possessor_split(e, named)):
            in_book = bool(ent.ent_id_)
            if not in_book and not_a_name(ent):
                continue
            if not in_book and label in ("GPE", "NORP") and len(ent) == 1 and _acts_as_a_person(ent.root):
                placed_as_actors.add(para.start + ent.start_char)
            if not in_book and label == "ORG" and described_as_a_person(ent.root):
                described.add(para.start + ent.start_char)
            text = ent.text
            lead = trail = 0
            if not in_book:
                text, lead, trail = _clean(text)
            start = para.start + ent.start_char + lead
            end = para.start + ent.end_char - trail
            sentence = next((s.index for s in sentences if s.start <= start < s.end), 0)
            rows.append({
                "name": ent.ent_id_ if in_book else " ".join(text.split()),
                "label": label,
                "text": article.raw[start:end],
                "paragraph": para.index,
                "sentence": sentence,
                "start": start,
                "end": end,
                "voice": "quoted" if article.in_direct_quote(start, end) else "writer",
                "codebook": in_book,
            })
    described_names = {r["name"] for r in rows if r["start"] in described and _name_shaped(r["name"])}
    for r in rows:
        if not r["codebook"] and r["label"] == "ORG" and (looks_like_a_person(r["name"])
                                                           or r["name"] in described_names):
            r["label"] = "PERSON"
    surnames = surname_index({" ".join(_bare(r["name"])) for r in rows if r["label"] == "PERSON"
                              and len(_bare(r["name"])) >= 2})
    for r in rows:
        if r["start"] in placed_as_actors and len({f.lower() for f in surnames.get(r["name"], ())}) == 1:
            r["label"] = "PERSON"  # the small model's place is the surname of the article's one person of that name
    if labelled is not None:
        rows = labelled(article, docs, rows)
    rows, acronyms = parenthesised_acronyms(article.raw, rows)
    for r in rows:
        full = acronyms.get(r["text"])
        if full is not None and not r["codebook"] and r["name"] == r["text"]:
            r.update(name=full["name"], label=full["label"], codebook=full["codebook"])
    merged = merge_name_forms(sorted({(r["name"], r["label"]) for r in rows if not r["codebook"]}),
                              frozenset(r["name"] for r in rows if r["codebook"]))
    people = {r["name"] for r in rows if r["label"] == "PERSON"} | set(merged.values())
    for r in rows:
        if not r["codebook"] and r["name"] in merged:
            r["name"] = merged[r["name"]]
            if r["label"] == "ORG" and r["name"] in people and any(
                    x["name"] == r["name"] and x["label"] == "PERSON" for x in rows):
                r["label"] = "PERSON"  # one person, one label
    rows += missed_names(article, docs, rows)
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def _possessor_split(ent, surnames: frozenset[str] = frozenset()) -> list:
    """``(span, label)`` parts of one entity: the entity itself, or, when the small model ran an owner and a
    person into one name ("Harper Weekly’s Ian Holt", "the council’s Ana Ruiz", "Harbour News’ Bret Kander"), the
    owner with the entity's label and the person after the possessive mark, when that part looks like a person's
    name (:func:`looks_like_a_person`) and either the whole acts as a person ("Harper Weekly’s Ian Holt said ...",
    or does something: :func:`_does_something`) or its last word is a person's name elsewhere in the article
    (``surnames``: "Holt said"); not "Calder’s Supreme Court struck down ...", where "Supreme" is also a first
    name. Codebook entities stay whole."""
    if ent.ent_id_:
        return [(ent, ent.label_)]
    for t in ent[1:-1]:
        if t.text in ("’s", "'s") or (t.text in ("’", "'") and ent.doc[t.i - 1].text.endswith("s")):  # "News’"
            after = ent.doc[t.i + 1 : ent.end]
            if looks_like_a_person(after.text) and (after[-1].text in surnames or _acts_as_a_person(ent.root)
                                                    or _does_something(ent.root)):
                return [(ent.doc[ent.start : t.i + 1], ent.label_), (after, "PERSON")]
    return [(ent, ent.label_)]


def _acts_as_a_person(token) -> bool:
    """Whether a one-word name acts as a person: the subject of a reporting verb ("Wexford said"), or the head of
    a relative clause with *who* ("Wexford, who coaches the side"), with no determiner ("the French said" is a
    people). A place in any other role stays a place ("Jordan has taken in refugees", "visited Jordan")."""
    from analysis.measures.attribution.lexicon import cue_of, load_cues  # attribution builds on this module

    if any(c.dep_ == "det" for c in token.children):
        return False
    if token.dep_ == "nsubj" and cue_of(token.head, load_cues()) is not None:
        return True
    return any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom", "whose") for g in c.children)
               for c in token.children)


def _does_something(token) -> bool:
    """Whether a name is the subject of a verb of action, no copula ("Bret Baier noticed that ...", not "Ivy
    League is ..."): with a first name from the table, the full name of a person doing it."""
    return token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.head.lemma_ != "be"


ARGUMENT_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "dative", "attr"})


def unlabelled_names(doc) -> list:
    """Proper nouns the entity recogniser left unlabelled, in a role a person can take (subject, object,
    possessor, object of a preposition, apposition, conjunct), with the name words before them
    ("Nunes met the source", "Rubio's remarks"): names the small model misses, most often a surname alone."""
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.dep_ not in ARGUMENT_ROLES or not tok.text[:1].isupper():
            continue
        first = tok
        while first.i > 0 and doc[first.i - 1].dep_ == "compound" and doc[first.i - 1].head.i == tok.i \
                and doc[first.i - 1].pos_ == "PROPN" and not doc[first.i - 1].ent_type_:
            first = doc[first.i - 1]
        out.append(doc[first.i : tok.i + 1])
    return out


def _capitalised_nouns(doc) -> list:
    """Common nouns capitalised only by opening their sentence that act as a person: the tagger reads a surname
    that is also a word ("Fields", "Price") as the word there. Only a plural noun with a singular verb ("Fields
    supports the bill", "Fields wasn't impressed": the number disagrees, so it is a name) or the subject of a
    reporting verb ("Price said"); "Banks have raised rates", "Banks were not impressed" and "Price is the main
    concern" stay words. :func:`missed_names` takes one only when
    it is the surname of exactly one person of the article."""
    from analysis.measures.attribution.lexicon import cue_of, load_cues  # attribution builds on this module

    cues = load_cues()
    return [doc[t.i:t.i + 1] for t in doc if t.is_sent_start and t.pos_ == "NOUN" and not t.ent_type_
            and t.text[:1].isupper() and t.dep_ in ("nsubj", "nsubjpass")
            and ((t.tag_ == "NNS" and verb_number(t.head) == "singular")
                 or (t.dep_ == "nsubj" and cue_of(t.head, cues)))]


def verb_number(verb) -> str | None:
    """The number a verb agrees with, from it or its auxiliaries: ``"singular"`` for a present third-person form
    or *was* ("supports", "has said", "wasn’t impressed"), ``"plural"`` for another present form or *were*
    ("who say", "who were", "who have said"), None when the form does not show it ("said")."""
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    if any(f.tag_ == "VBZ" or f.lower_ == "was" for f in forms):
        return "singular"
    if any(f.tag_ == "VBP" or f.lower_ == "were" for f in forms):
        return "plural"
    return None


def missed_names(article: Article, docs: tuple, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mentions of a person the entity recogniser missed (:func:`unlabelled_names`, and the capitalised
    nouns of :func:`_capitalised_nouns`): a name that is, in any case, the full name of one PERSON entity of the
    article or its surname when exactly one person has that surname ("Nunes met the source" after "Devin
    Nunes"). They count as that person's mentions. An unlabelled name of two or three words that looks like a
    person's (:func:`looks_like_a_person`: "Ivanka Ruiz", "Mary O’Brien"), is no form of a known one and acts
    as a person (:func:`_acts_as_a_person`: the subject of a reporting verb, or with a *who* clause; not
    "Calder's Supreme Court struck down ...", where "Supreme" is also a first name) is a person of its own,
    and so is its surname when no other person has it."""
    people = {r["name"] for r in rows if r["label"] == "PERSON"}
    forms = {w.lower() for name in people for w in _bare(name)}
    unlabelled = [unlabelled_names(doc) for doc in docs]
    for spans in unlabelled:  # "Ivanka Ruiz, who runs ..., told the paper": unlabelled, a first name, acting as one
        for span in spans:
            words = _bare(span.text)
            if 2 <= len(words) <= 3 and " ".join(words).lower() not in forms and looks_like_a_person(" ".join(words)) \
                    and (_acts_as_a_person(span.root) or _does_something(span.root)):
                people.add(" ".join(words))
    by_form: dict[str, set[str]] = {}
    for name in people:
        words = [w.lower() for w in _bare(name)]
        for k in range(len(words)):  # the full name and every ending of it: "de blasio", "blasio"
            by_form.setdefault(" ".join(words[k:]), set()).add(name)
        if len(words) >= 2:
            for part in _surnames(" ".join(_bare(name))):  # "Okoro" of "Paul T. Okoro Jr."
                by_form.setdefault(part.lower(), set()).add(name)
    sentences = article.sentences
    out = []
    for para, doc, spans in zip(article.paragraphs, docs, unlabelled, strict=True):
        for span in [*spans, *_capitalised_nouns(doc)]:
            known = by_form.get(" ".join(_bare(span.text)).lower(), set())
            if len(known) != 1:
                continue
            start, end = para.start + span.start_char, para.start + span.end_char
            out.append({"name": next(iter(known)), "label": "PERSON", "text": article.raw[start:end],
                        "paragraph": para.index,
                        "sentence": next((s.index for s in sentences if s.start <= start < s.end), 0),
                        "start": start, "end": end,
                        "voice": "quoted" if article.in_direct_quote(start, end) else "writer", "codebook": False})
    return out


def _name_shaped(name: str) -> bool:
    """Two or three capitalised words of letters, the last no word of organisations (:data:`ORG_WORDS`): the
    shape of a person's name, whatever the first name."""
    words = name.split()
    return (2 <= len(words) <= 3 and all(w[:1].isupper() and re.sub(r"[-’'.]", "", w).isalpha() for w in words)
            and words[-1].lower() not in ORG_WORDS)


def _is_first_name(word: str) -> bool:
    return word.lower() in first_names()


def looks_like_a_person(name: str) -> bool:
    """A name the small model labelled an organisation that is a person's: two or three
    capitalised words, the first a first name given to one sex at least 95% of the time
    (:func:`analysis.measures.gender.first_names`), the last not a word of organisations ("Brock Tallis",
    not "Tim Hortons Inc")."""
    words = name.split()
    return (2 <= len(words) <= 3 and all(w[:1].isupper() and re.sub(r"[-’']", "", w).isalpha() for w in words)
            and words[0].lower() in first_names() and words[-1].lower() not in ORG_WORDS
            and not (words[-1].endswith("s") and words[-1][:-1].lower() in ORG_PLURALS))


ORG_WORDS = frozenset({
    "inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc", "group", "foundation", "institute",
    "university", "college", "school", "hospital", "center", "centre", "bank", "fund", "trust", "association",
    "society", "council", "party", "club", "church", "county", "city", "state", "museum", "library", "tech",
    "energy", "power", "electric", "gas", "oil", "steel", "motors", "airlines", "airways", "media", "news",
    "times", "post", "press", "capital", "partners", "holdings", "labs", "studios", "records", "pictures",
    "entertainment", "health", "healthcare", "insurance", "foods", "garden", "gardens", "square", "hall",
    "park", "stadium", "arena", "scouts", "team", "united", "town", "village", "works", "systems",
    "court", "service", "office", "department", "committee", "commission", "agency", "ministry", "board",
    "administration", "government", "senate", "congress", "parliament", "assembly", "tribunal", "police",
})
"""Last words that make a name an organisation or a place whatever its first word ("Jackson County")."""
ORG_PLURALS = frozenset({"panther", "scout", "food", "ranger", "giant", "bear", "lion", "tiger", "eagle",
                         "brother", "sister", "son", "friend", "partner", "star", "king", "knight", "warrior"})
"""Plural last words of teams and firms ("Carolina Panthers", "Warner Brothers"), compared singular."""


def entity_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """Entity counts: ``name, label, count, aliases, first_paragraph, codebook``.

    ``aliases`` lists the surface forms seen (sorted). Sorted by count
    (descending), ties by name, then label.
    """
    cols = ["name", "label", "count", "aliases", "first_paragraph", "codebook"]
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for r in mentions.itertuples():
        g = groups.setdefault((r.name, r.label), {"count": 0, "aliases": set(), "first_paragraph": r.paragraph,
                                                  "codebook": False})
        g["count"] += 1
        g["aliases"].add(r.text)
        g["first_paragraph"] = min(g["first_paragraph"], r.paragraph)
        g["codebook"] = g["codebook"] or bool(r.codebook)
    rows = [{"name": name, "label": label, "count": g["count"], "aliases": sorted(g["aliases"]),
             "first_paragraph": g["first_paragraph"], "codebook": g["codebook"]}
            for (name, label), g in sorted(groups.items(), key=lambda kv: (-kv[1]["count"], kv[0][0], kv[0][1]))]
    return pd.DataFrame(rows, columns=cols)


def actor_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions that are actors: every codebook actor, and other PERSON, ORG and GPE entities."""
    m = mentions
    return m[m["codebook"] | m["label"].isin(ACTOR_LABELS)].reset_index(drop=True)


def actor_order(actor_mentions: pd.DataFrame) -> list[str]:
    """Actors by number of mentions (descending), ties by name."""
    counts = actor_mentions.groupby("name").size()
    return sorted(counts.index, key=lambda n: (-counts[n], n))


def mentions_by_paragraph(article: Article, actor_mentions: pd.DataFrame, order: list[str]) -> pd.DataFrame:
    """Actor × paragraph mention counts (rows in actor ``order``, all body paragraphs as columns)."""
    m = actor_mentions
    paragraphs = [p.index for p in article.paragraphs]
    table = pd.crosstab(m["name"], m["paragraph"]).reindex(
        index=order, columns=paragraphs, fill_value=0
    )
    table.index.name, table.columns.name = "actor", "paragraph"
    return table


def cooccurrence(actor_mentions: pd.DataFrame, order: list[str]) -> pd.DataFrame:
    """Actor × actor: the number of sentences that mention both (the diagonal: sentences mentioning the actor)."""
    m = actor_mentions
    per_sentence = m.groupby("sentence")["name"].agg(lambda s: sorted(set(s)))
    table = pd.DataFrame(0, index=order, columns=order)
    for names in per_sentence:
        for a in names:
            for b in names:
                table.loc[a, b] += 1
    table.index.name = table.columns.name = "actor"
    return table
