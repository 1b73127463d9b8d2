"""Quotes and voices: who speaks, through whom, with which words.

Four kinds of row, in text order:

* **direct**: a quotation proper (the loader's quotation spans of more than
  four words or with punctuation), attributed to a speaker;
* **partial**: a short marked phrase that is someone's words quoted in part:
  it sits inside a reported statement (its speaker is the statement's
  speaker), or its words occur in a direct quotation of the same article
  (its speaker is that quotation's speaker);
* **indirect**: reported speech in the writer's words, introduced by a cue;
* **scare**: a short marked phrase that is nobody's quoted words: the
  writer's distance (no speaker).

Titles of works in quotation marks ("Fox News Sunday", "The Art of the Deal":
every word capitalised but short function words, no inner punctuation) are
not quotations and get no row. Marked phrases inside a direct quotation are
the speaker's own quoting and get no row of their own.

**Cues** come from ``analysis/data/reporting_verbs.csv``: each cue (a verb
lemma, a verb with its particle such as "point out", "express <noun>", or
"according to") has a class (neutral, assertive, distancing, tentative,
emotive, channel) and the complements with which it reports speech: a
clausal complement (``ccomp``: "said that ..."), an infinitive (``xcomp``:
"vowed to ..."), an object and an infinitive (``dobj+xcomp``: "urged X to
..."), a noun object (``dobj``: "criticised the plan"), a preposition
(``prep:about``: "talked about ..."), an interjected clause
(``parataxis``: "..., he said, ..."), or none of these where the data show
the bare verb is speech (``bare``: "as the senator noted"). A cue verb reports speech only with one
of its complements, or as the attribution of a quotation: "added 178,000
jobs" is not speech, "added that ..." is.

**Attribution of a direct quotation**, in order:

1. a cue in the sentence holding the opening or the closing mark (sentences
   are quotation-aware: the loader keeps ``.” he said`` in one sentence),
   preferring one that governs the quotation, then the nearest;
2. a colon introduction: ``X said:`` or ``X:`` right before the quotation,
   in its sentence or ending the previous paragraph;
3. a further quotation with no attribution of its own continues the
   speaker of the quotation before it, in the same paragraph or when its
   paragraph holds nothing but quotation.

The speaker is the cue's subject ("X said", "said X"); in "AFP quoted X as
saying" the object is the speaker and the subject the **channel**; in "X was
quoted as saying" the passive subject; in "according to X" the object of
"to". A verb without a subject of its own takes the subject of the verb it
hangs on. A relative pronoun ("officials, who said") stands for the noun it
modifies; a personal pronoun refers to the latest compatible speaker or
actor before it (:mod:`analysis.measures.pronouns`) and, in the same
paragraph, keeps that speaker's channel. The speaker is mapped to its
canonical actor when the subject is, contains, or is a recorded naming
phrase of an actor (:mod:`analysis.measures.actors`); otherwise the subject
phrase itself is the speaker ("top officials").

**Reported speech** is every cue with one of its complements in the
narration, except inside what another cue reports ("Lavrov said that his
country noted ...": one statement). "Reuters reported" makes Reuters the
channel of the statements it governs ("X said ..., Reuters reported"); a
channel cue that carries no other statement is one ("CNN reported that
...": CNN's statement). The credit line is the article's channel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pandas as pd

from analysis.errors import ConfigError
from analysis.measures import pronouns
from analysis.measures.entities import bare_name
from analysis.paths import DATA
from analysis.tables import rows_by
from analysis.text.article import Article
from analysis.text.codebook import Codebook
from analysis.text.datafile import read_rows
from analysis.text.spelling import american_candidate

REPORTING_VERBS_FILE = DATA / "reporting_verbs.csv"
CLASSES = ("neutral", "assertive", "distancing", "tentative", "emotive", "channel")
COMPLEMENTS = ("ccomp", "xcomp", "dobj+xcomp", "dobj", "parataxis", "prep:", "bare", "quote")
"""Complement kinds a cue may report with (``prep:`` is followed by the preposition; ``bare``: none of the
others, as in "as he said"; ``quote``: the cue only attributes direct quotations)."""

QUOTE_COLUMNS = ["kind", "speaker", "speaker_text", "speaker_start", "speaker_end", "channel", "cue", "cue_class",
                 "cue_text", "cue_start", "cue_end", "paragraph", "start", "end", "words", "text"]

SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by",
                         "vs", "vs.", "de", "la", "nor", "but", "as", "into", "&"})
"""Words a title of a work may keep in lower case."""
TITLE_WORD = re.compile(r"^[\W\d]*[A-Z0-9]")


@dataclass(frozen=True)
class Cue:
    """One reporting cue: its class and the complements with which it reports speech."""

    name: str
    cls: str
    complements: frozenset[str]


@lru_cache(maxsize=4)
def load_cues(path=REPORTING_VERBS_FILE) -> dict[str, Cue]:
    """The reporting-cue lexicon ``{cue: Cue}``; validated (file and line named on error)."""
    out: dict[str, Cue] = {}
    for n, row in read_rows(path, ["cue", "class", "complements", "basis"], required=3):
        cue, cls = " ".join(row[0].lower().split()), row[1]
        if cls not in CLASSES:
            raise ConfigError(f"{path}:{n}: unknown class {cls!r} (expected one of {', '.join(CLASSES)})")
        if cue in out:
            raise ConfigError(f"{path}:{n}: cue {cue!r} is listed twice")
        comps = frozenset(c.strip() for c in row[2].split("|") if c.strip())
        bad = [c for c in comps if not (c in COMPLEMENTS or (c.startswith("prep:") and len(c) > 5))]
        if bad:
            raise ConfigError(f"{path}:{n}: unknown complement {bad[0]!r} (expected {', '.join(COMPLEMENTS)}...)")
        out[cue] = Cue(cue, cls, comps)
    return out


def load_reporting_verbs(path=REPORTING_VERBS_FILE) -> dict[str, str]:
    """The lexicon as ``{cue: class}``."""
    return {name: c.cls for name, c in load_cues(path).items()}


def cue_of(token, cues: dict[str, Cue]) -> str | None:
    """The lexicon cue a token expresses ('say', 'point out', 'express regret', 'according to'), or None."""
    lemma = token.lemma_.lower()
    if lemma == "accord" and token.lower_ == "according":
        return "according to" if "according to" in cues and any(c.lower_ == "to" for c in token.children) else None
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if lemma == "express":
        nouns = [c for c in token.children if c.dep_ == "dobj"]
        if not nouns and token.dep_ == "acl":
            nouns = [token.head]
        for n in nouns:
            cue = f"express {n.lemma_.lower()}"
            if cue in cues:
                return cue
        return None
    if lemma not in cues and american_candidate(lemma) in cues:
        lemma = american_candidate(lemma)  # "criticised" is the lexicon's "criticize"
    for c in token.children:  # "point out", and "put it" of "as Lee put it"
        if (c.dep_ == "prt" or (c.dep_ == "dobj" and c.lower_ == "it")) and f"{lemma} {c.lower_}" in cues:
            return f"{lemma} {c.lower_}"
    return lemma if lemma in cues else None


def complements(verb) -> dict[str, list]:
    """The complements of a verb token, by kind (see :data:`COMPLEMENTS`): ``{kind: [tokens]}``."""
    kids = list(verb.children)
    dobj = [c for c in kids if c.dep_ == "dobj"]
    xcomp = [c for c in kids if c.dep_ == "xcomp"]
    out: dict[str, list] = {}
    ccomp = [c for c in kids if c.dep_ == "ccomp"]
    if ccomp:
        out["ccomp"] = ccomp
    if dobj and xcomp:
        out["dobj+xcomp"] = dobj + xcomp
    elif xcomp:
        out["xcomp"] = xcomp
    elif dobj:
        out["dobj"] = dobj
    for c in kids:
        if c.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            out.setdefault(f"prep:{c.lower_}", [c])
    if verb.dep_ == "parataxis" and verb.head.i != verb.i:
        out["parataxis"] = [verb.head]
    if not out:
        out["bare"] = []
    return out


def reporting_complement(verb, cue: str, cues: dict[str, Cue]) -> str | None:
    """The kind of complement (:data:`COMPLEMENTS`) with which ``verb`` (expressing ``cue``) reports speech, or
    None when it does not: the lexicon lists none of the verb's complements, or the verb is a past participle
    that only modifies a noun ("the contests known as Super Tuesday")."""
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and not any(c.dep_ == "agent" for c in verb.children):
        return None
    found = complements(verb)
    if cue.startswith("express "):
        return "express"
    return next((kind for kind in sorted(cues[cue].complements) if kind in found), None)  # sorted: stable


def reporting(verb, cue: str, cues: dict[str, Cue]) -> list | None:
    """The complement tokens with which ``verb`` (expressing ``cue``) reports speech, or None when it does not
    (:func:`reporting_complement`)."""
    kind = reporting_complement(verb, cue, cues)
    if kind is None:
        return None
    if kind == "express":
        return [c for c in verb.children if c.dep_ == "prep"] or complements(verb).get("ccomp") or []
    return complements(verb)[kind]


def _subject(verb):
    """The subject token of a verb, inherited from the governing verb when it has none; and whether passive."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if (verb.tag_ == "VBG" and not own and before is not None and before.pos_ == "PROPN"
            and before.ent_type_ == "PERSON"
            and (before.dep_ == "dobj" or (before.dep_ == "pobj" and before.head.lower_ == "of"))):
        return before, False  # "footage of Ann Lee asking ...", "heard Lee saying ...": the person doing it
    v = verb
    for _ in range(6):
        for c in v.children:
            if c.dep_ == "nsubj":
                return c, False
            if c.dep_ == "nsubjpass":
                return c, True
        for c in v.children:  # "concerns expressed by Putin"
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0], False
        if v.dep_ in ("conj", "advcl", "xcomp") and v.head.i > v.i and any(t.is_quote for t in v.doc[v.i:v.head.i]):
            said = next((t for t in reversed(v.doc[v.sent.start:v.i]) if t.pos_ in ("VERB", "AUX")
                         and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
            if said is not None:  # "..., Lee said, suggesting “do you ...”": hung on the quotation's verb
                v = said
                continue
        if v.dep_ in ("conj", "advcl", "xcomp") and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ == "acl" and v.head.head.i != v.head.i and v.head.head.pos_ in ("VERB", "AUX"):
            v = v.head.head  # "emailed supporters saying ...": the participle hangs on the object's verb
            continue
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
            v = v.head.head  # "incurred boos upon saying ...", "left after telling ...": the main clause's subject
            continue
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.i > 0 and v.doc[v.i - 1].text == ",":
            main = next((x for x in v.ancestors if x.pos_ in ("VERB", "AUX")), None)
            if main is not None:  # "trashed Comey on MSNBC's show, calling it ...": the clause's verb
                v = main
                continue
        return _adjacent_name(verb), False
    return None, False


def _adjacent_name(verb):
    """A name near a cue verb that the parse did not make its subject, or None: the nearest person or
    organisation before it in its sentence (skipping a parenthesis or an apposition: "Sen. Ann Lee (D-MA)
    said"), else one right after it ("..., said Okafor")."""
    sent = verb.sent
    depth = 0
    for i in range(verb.i - 1, max(sent.start, verb.i - 12) - 1, -1):
        t = verb.doc[i]
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            depth = max(0, depth - 1)
        elif depth == 0 and t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") and t.pos_ == "PROPN":
            return t
        if depth == 0 and t.is_quote:
            break
    for t in verb.doc[verb.i + 1 : min(sent.end, verb.i + 4)]:
        if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return t
    return None


NOMINAL = ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PART")

_CAPITALISED = r"[A-Z\u00c0-\u00de][\w.\u2019'-]*"
_BLANK = r"[^\S\r\n]"  # a space within a line: also the no-break and thin spaces of text pasted from the web
DASH_NAME = re.compile(rf"[\"\u201d\u2019']?{_BLANK}*([\u2015\u2014\u2013]){_BLANK}*"
                       rf"({_CAPITALISED}(?:{_BLANK}+(?:{_CAPITALISED}|de|da|del|van|von|la|le)){{0,5}})"
                       rf"(?={_BLANK}*(?:[.,;]|$))", re.MULTILINE)
"""A closing mark, a dash and a capitalised name ending its line or clause: the signature of a quotation."""


def _verbal(t, cues: dict[str, Cue]) -> bool:
    """A token that reads as a finite verb: tagged so, or a lexicon cue in the present tense that the
    tagger took for a plural noun at the end of its clause ("..., Bozell answers.")."""
    if t.pos_ in ("VERB", "AUX") or t.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    last = t.i + 1 == len(t.doc) or t.doc[t.i + 1].is_punct
    return t.tag_ == "NNS" and t.lower_.endswith("s") and t.lemma_.lower() in cues and last


def _verb_after_quote(doc, pstart: int, q, outside, cues: dict[str, Cue]):
    """The speaker named in the clause right after a quotation's closing mark: a noun phrase then a verb
    ("“...,” Trump barked", "“...!” Murphy, the head of the group, tweeted", "“...,” the judge exclaimed")
    or a verb then a noun phrase ("“...,” beamed Donald Hartley"). News copy attributes a quotation there
    whatever the verb, so the words are read in order rather than through the parse, which often takes
    "Trump barked" for a compound noun. After a quotation that ends its own sentence ("“We won.” ...") the
    verb must be a lexicon cue. ``(verb, speaker token)`` or None."""
    for _, seg_end in q.segments:  # "“...,” the judge exclaimed, “...”": after any part
        if not pstart <= seg_end <= pstart + len(doc.text):
            continue
        close = next((t for t in doc if pstart + t.idx >= seg_end and t.is_quote), None)
        found = _clause_after(doc, pstart, close, q.text, outside, cues) if close is not None else None
        if found is not None:
            return found
    return None


def _signature(doc, pstart: int, q):
    """``(dash token, name span)`` when a dash and a capitalised name follow the quotation's closing mark and
    end the line or clause ("“...” ― Lena Okafor", "“...” — Ann Lee, a nurse"): the quotation is signed,
    as reader responses, epigraphs and lists of reactions print it. Else None."""
    last = q.segments[-1][1] - pstart
    dashed = DASH_NAME.match(doc.text, last) if 0 <= last < len(doc.text) else None
    if dashed is None:
        return None
    end = dashed.start(2) + len(dashed.group(2).rstrip("."))
    name = doc.char_span(dashed.start(2), end, alignment_mode="expand")
    dash = next((t for t in doc if t.idx <= dashed.start(1) < t.idx + len(t.text)), None)
    return (dash, name) if name is not None and dash is not None else None


def _clause_after(doc, pstart: int, close, text: str, outside, cues: dict[str, Cue]):
    window = []
    for t in doc[close.i + 1 : close.i + 24]:
        if (t.is_punct and not t.is_quote and t.text != ",") or not outside(pstart + t.idx):
            break
        window.append(t)
    if not window:
        return None
    if _verbal(window[0], cues):  # "..., said Okafor": the noun phrase after the verb
        v = window[0]
        after = [t for t in window[1:5] if t.pos_ in ("PROPN", "NOUN") or pronouns.kind(t.lower_) == "person"]
        if not after or (text.rstrip().endswith(".") and v.lemma_.lower() not in cues):
            return None
        head = after[0]
        while head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN" and head.pos_ == "PROPN":
            head = doc[head.i + 1]
        return v, head
    k, chunk = 0, []
    while k < len(window) and window[k].text != "," and not _verbal(window[k], cues):
        chunk.append(window[k])
        k += 1
    if k < len(window) and window[k].text == ",":  # "Murphy, the head of the group, tweeted": skip the apposition
        k = next((j for j in range(k + 1, len(window)) if window[j].text == ","), len(window)) + 1
    if k >= len(window) or not _verbal(window[k], cues) or any(t.pos_ not in NOMINAL for t in chunk):
        return None
    v = window[k]
    if text.rstrip().endswith(".") and v.lemma_.lower() not in cues:
        return None  # "“We won.” Trump left the stage": a new sentence, attributing only with a cue verb
    heads = [t for t in chunk if t.pos_ in ("PROPN", "NOUN") or pronouns.kind(t.lower_) in ("person", "group")]
    return (v, heads[-1]) if heads else None


def _according_source(token):
    """The object of "to" in "according to X"."""
    for c in token.children:
        if c.lower_ == "to":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


class _Resolver:
    """Maps a subject token to a speaker: canonical actor, resolved pronoun, or the phrase itself."""

    def __init__(self, article: Article, actor_mentions: pd.DataFrame, labels: pd.DataFrame):
        self.article = article
        # (start, end, name, label) of each actor mention, and (start, end, actor) of each label, in table order
        self.mentions = list(zip(*(actor_mentions[c].tolist() for c in ("start", "end", "name", "label")), strict=True))
        self.labels = list(zip(*(labels[c].tolist() for c in ("start", "end", "actor")), strict=True))
        self.label_of = {name: label for _, _, name, label in self.mentions}
        self.named: list[tuple[int, str, str | None, int]] = []  # (position, speaker, channel, paragraph)

    def _actor_at(self, start: int, end: int, person_first: bool = True) -> str | None:
        m = [x for x in self.mentions if x[0] < end and x[1] > start]
        if not m:
            return None
        if person_first and any(x[3] == "PERSON" for x in m):
            m = [x for x in m if x[3] == "PERSON"]
        return str(m[-1][2])

    def phrase(self, para_start: int, token) -> tuple[int, int]:
        """The words of the noun phrase headed by ``token``, without its relative or participle clauses."""
        clauses = {t.i for c in token.subtree if c.i != token.i and c.dep_ in ("relcl", "acl") for t in c.subtree}
        toks = [t for t in token.subtree if t.i not in clauses and t.dep_ != "punct"] or [token]
        first, last = min(t.i for t in toks), max(t.i for t in toks)
        if clauses and min(clauses) > token.i:
            last = min(last, min(clauses) - 1)  # "teachers, who said ...": stop where the clause starts
            while last > token.i and token.doc[last].is_punct:
                last -= 1
        s = para_start + token.doc[first].idx
        e = para_start + token.doc[last].idx + len(token.doc[last].text)
        return s, e

    def speaker(self, para_start: int, token, position: int, paragraph: int, labels: bool = True) -> dict[str, Any]:
        """The speaker of a subject token: ``speaker``, ``speaker_text``, ``speaker_start``, ``speaker_end``
        (the words in the text) and ``inherited`` (a channel carried over with a resolved pronoun)."""
        if token is None:
            return {"speaker": None, "speaker_text": "", "speaker_start": None, "speaker_end": None,
                    "inherited": None}
        noun = pronouns.antecedent(token)
        if noun is not None:
            token = noun
        own_s = para_start + token.idx
        if token.pos_ == "PRON" and pronouns.kind(token.lower_):
            found = {"speaker_text": token.text, "speaker_start": own_s, "speaker_end": own_s + len(token.text),
                     "inherited": None}
            bound = pronouns.governing_subject(token)
            if bound is not None:  # "Ruiz condemned what she called ...": the governing clause's subject
                bs = para_start + bound.idx
                name = self._actor_at(bs, bs + len(bound.text))
                if name is not None and pronouns.compatible(token.lower_, self.label_of.get(name)):
                    return {**found, "speaker": name}
            heard = [(pos, name, self.label_of.get(name)) for pos, name, _, _ in self.named]
            name = pronouns.resolve(token.lower_, position, heard)
            if name is not None:
                channel = next((ch for pos, n, ch, par in reversed(self.named) if n == name and pos < position
                                and par == paragraph), None)
                return {**found, "speaker": name, "inherited": channel}
            mentioned = [(s, str(n), label) for s, _, n, label in self.mentions]
            return {**found, "speaker": pronouns.resolve(token.lower_, position, mentioned)}
        own = self._actor_at(own_s, own_s + len(token.text))
        s, e = self.phrase(para_start, token)
        text = self.article.raw[s:e]
        found = {"speaker_text": text, "speaker_start": s, "speaker_end": e, "inherited": None}
        if own:
            return {**found, "speaker": own}
        inner = self._actor_at(s, e)
        if inner and any(x[3] == "PERSON" for x in self.mentions if x[0] >= s and x[1] <= e):
            return {**found, "speaker": inner}
        lab = [x for x in self.labels if x[0] <= own_s and x[1] >= own_s + len(token.text)] if labels else []
        if lab:
            return {**found, "speaker": str(lab[0][2])}
        words = text.split()
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            return {**found, "speaker": bare_name(text)}  # a name the NER missed, without its title
        return {**found, "speaker": text}

    def remember(self, position: int, speaker: str | None, channel: str | None, paragraph: int) -> None:
        if speaker:
            self.named.append((position, speaker, channel, paragraph))
            self.named.sort(key=lambda x: x[0])


def _channel_name(resolver: _Resolver, para_start: int, token) -> str | None:
    if token is None:
        return None
    s, e = resolver.phrase(para_start, token)
    return resolver._actor_at(s, e, person_first=False) or resolver.article.raw[s:e]


def _governing_channel(verb, resolver: _Resolver, para_start: int, cues: dict[str, Cue]) -> str | None:
    """A channel cue ("Reuters reported") that governs ``verb`` makes its subject the channel."""
    for anc in verb.ancestors:
        cue = cue_of(anc, cues)
        if cue and cues[cue].cls == "channel":
            subj, _ = _subject(anc)
            return _channel_name(resolver, para_start, subj)
    return None


def _embedded(token, cues: dict[str, Cue]) -> bool:
    """Whether a cue sits inside what another one reports ("said that his country noted", "Kesh rejected the
    plan, officials said") or is the "saying" of "quoted X as saying"."""
    for c in token.children:  # "Kesh has rejected the plan, officials said": what the interjected cue reports
        cue = cue_of(c, cues) if c.dep_ == "parataxis" else None
        if cue and cues[cue].cls != "channel" and reporting(c, cue, cues) is not None:
            return True
    node, crossed = token, False
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp", "pcomp"):
            crossed = True
        node = node.head
        if node.lemma_.lower() == "quote" and node.pos_ == "VERB":
            return True
        cue = cue_of(node, cues)
        if crossed and cue and cues[cue].cls != "channel" and reporting(node, cue, cues) is not None:
            return True
    return False


def _reports_through(inner, outer) -> bool:
    """Whether cue ``outer`` reports what cue ``inner`` says: ``inner`` sits in its complement ("Obama said a
    majority have come to believe ...", "Cruz said he is certain Rubio will continue ..."), not in a clause
    of its own ("urged women to vote, saying ...": two statements)."""
    node = inner
    while node.i != outer.i:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)  # "come to believe"
        if node.dep_ in ("conj", "relcl", "acl", "ROOT", "pobj") or node.head.i == node.i or (
                node.dep_ == "advcl" and not infinitive):
            return False  # pobj: "ends with footage of Trump saying ...": a noun phrase, not what "ends" reports
        node = node.head
    return inner.i != outer.i


def _interjected(outer, inner) -> bool:
    """Whether cue ``outer`` is interjected into the clause that holds cue ``inner`` ("Mr. Lee said, a majority
    have come to believe “...”"): the parser hangs it on that clause as ``parataxis``, and it reports all of it."""
    return outer.dep_ == "parataxis" and (outer.head.i == inner.i or outer.head in inner.ancestors)


def _content_tokens(verb, parts: list) -> list[int]:
    """Token indices of what a cue reports: everything that follows it in its clause (complements and
    modifiers, not a second verb joined by "and"); for "according to", the clause it qualifies; for an
    interjected "he said", the clause around it."""
    if verb.lower_ == "according":
        clause = verb.head
        while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
        pp = verb.left_edge.i, verb.right_edge.i
        if pp[0] > clause.left_edge.i:  # "X will close, according to Y": the words before
            return list(range(clause.left_edge.i, pp[0]))
        return list(range(pp[1] + 1, clause.right_edge.i + 1))  # "According to Y, X will close"
    if verb.dep_ == "parataxis":
        skip = {t.i for t in verb.subtree}
        return [t.i for t in verb.head.subtree if t.i not in skip]
    tail = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("conj", "cc", "punct", "agent", "advmod")]
    if verb.lemma_.lower() == "express" and verb.dep_ == "acl":
        tail = [c for c in verb.children if c.dep_ == "prep"] or tail
    idx = [t.i for p in tail for t in p.subtree]
    idx = idx or [t.i for p in parts for t in p.subtree]
    return _without_scene(verb.doc, idx)


def _without_scene(doc, idx: list[int]) -> list[int]:
    """The content without a trailing clause of simultaneity ("... as Moscow hosted the group", "... while the
    talks went on"): the writer's scene around the statement, not what was said."""
    inside = set(idx)
    for t in (doc[i] for i in idx):
        if t.dep_ == "advcl" and t.head.i in inside and any(
                c.dep_ == "mark" and c.lower_ in ("as", "while") and c.i == t.left_edge.i for c in t.children):
            scene = {d.i for d in t.subtree}
            if max(scene) == max(inside):
                return sorted(inside - scene)
    return idx


def _span_chars(doc, para_start: int, idx: list[int]) -> tuple[int, int] | None:
    if not idx:
        return None
    first, last = min(idx), max(idx)
    while last > first and doc[last].is_punct:
        last -= 1
    while first < last and doc[first].is_punct:
        first += 1
    a, b = doc[first], doc[last]
    return para_start + a.idx, para_start + b.idx + len(b.text)


NO_SPEAKER: dict[str, Any] = {"speaker": None, "speaker_text": "", "speaker_start": None, "speaker_end": None,
                              "channel": None, "cue": None, "cue_class": None, "cue_text": None, "cue_start": None,
                              "cue_end": None}


def _cue_span(article: Article, para_start: int, verb) -> dict[str, Any]:
    """``cue_text``, ``cue_start``, ``cue_end`` of a cue (with its noun, particle or "to" where it has one)."""
    start, end = para_start + verb.idx, para_start + verb.idx + len(verb.text)
    extra = []
    if verb.lemma_.lower() == "express":
        extra = [c for c in verb.children if c.dep_ == "dobj"] or ([verb.head] if verb.dep_ == "acl" else [])
    elif verb.lower_ == "according":
        extra = [c for c in verb.children if c.lower_ == "to"]
    else:
        extra = [c for c in verb.children if c.dep_ == "prt"]
    for n in extra:
        start, end = min(start, para_start + n.idx), max(end, para_start + n.idx + len(n.text))
    return {"cue_text": article.raw[start:end], "cue_start": start, "cue_end": end}


def is_title(text: str) -> bool:
    """Whether a marked phrase reads as the title of a work ("Fox News Sunday"): at least two words, every
    word capitalised except short function words, no punctuation inside but a final one."""
    words = text.strip().rstrip(".,!?;:").split()
    if len(words) < 2 or any(ch in " ".join(words) for ch in ",;!?"):
        return False
    if not TITLE_WORD.match(words[0]):
        return False
    return all(TITLE_WORD.match(w) or w.lower() in SMALL_WORDS for w in words)


def _norm_words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def quotes_table(article: Article, docs: tuple, actor_mentions: pd.DataFrame, labels: pd.DataFrame,
                 cues: dict[str, Cue] | None = None) -> pd.DataFrame:
    """One row per direct quotation, partial quotation, reported statement and scare quote, in text order.

    Columns: ``kind`` (``direct``, ``partial``, ``indirect``, ``scare``), ``speaker`` (canonical actor or
    the subject phrase; None for scare quotes or when unknown), ``speaker_text``, ``speaker_start``,
    ``speaker_end`` (the words naming the speaker and their offsets; empty when the speaker is carried
    over from an earlier quotation), ``channel``, ``cue``, ``cue_class``, ``cue_text``, ``cue_start``,
    ``cue_end``, ``paragraph`` (1-based), ``start``, ``end`` (offsets into the raw file: the quoted text
    without marks, or the reported content), ``words`` (article words inside), ``text``. ``docs`` are the
    parsed paragraphs; ``actor_mentions`` and ``labels`` (:mod:`analysis.measures.actors`) map subjects
    to actors. ``cues`` replaces the package's cue lexicon (:func:`load_cues`; the lexicon fit uses it).
    """
    cues = load_cues() if cues is None else cues
    resolver = _Resolver(article, actor_mentions, labels)
    paragraphs = article.paragraphs
    direct = [q for q in article.direct_quotes if not is_title(q.text)]
    in_quote_chars = [(s, e) for q in direct for s, e in q.segments]

    def outside(char: int) -> bool:
        return not any(s - 1 <= char < e + 1 for s, e in in_quote_chars)

    def words_in(s: int, e: int) -> int:
        return sum(1 for w in article.words if s <= w.start and w.end <= e)

    # 1. each direct quotation's cue (a verb in its sentences, or a colon introduction)
    attributions: dict[int, _Attribution] = {}
    used: set[tuple[int, int]] = set()
    for k, q in enumerate(direct):
        candidates = []
        for para_index, anchor in ((q.first_paragraph, q.start), (q.last_paragraph, q.end)):
            doc, pstart = docs[para_index - 1], paragraphs[para_index - 1].start
            for sent in doc.sents:
                if not (pstart + sent.start_char <= anchor <= pstart + sent.end_char + 1):
                    continue
                for t in sent:
                    if not outside(pstart + t.idx):
                        continue
                    cue = "quote" if t.lemma_.lower() == "quote" and t.pos_ == "VERB" else cue_of(t, cues)
                    if not cue or (cue != "quote" and cues[cue].cls == "channel"):
                        continue
                    if t.dep_ == "pcomp" and t.head.lower_ == "as" and t.head.head.lemma_.lower() == "quote":
                        continue  # the "saying" of "quoted X as saying": the quote verb is the cue
                    # "..., as Lee put it": an active as-clause attributes the clause it is attached to
                    # (not "Freddy, as he was known, ...")
                    kids = {(c.dep_, c.lower_) for c in t.children}
                    as_clause = t.dep_ == "advcl" and ("mark", "as") in kids and any(d == "nsubj" for d, _ in kids)
                    clause = t.head if as_clause else t
                    governs = any(q.contains(pstart + d.idx, pstart + d.idx + len(d.text)) for d in clause.subtree)
                    if not governs and "ccomp" in complements(t):
                        continue  # "“...” Cruz says he isn't sure": a statement of its own, not this quotation's cue
                    distance = min(abs(pstart + t.idx - q.start), abs(pstart + t.idx - q.end))
                    candidates.append((not governs, distance, para_index, t, cue))
        if candidates:
            candidates.sort(key=lambda c: (c[0], c[1]))
            _, _, para_index, verb, cue = candidates[0]
            for c in candidates[1:]:  # the outermost cue whose complement holds it: "X said Y believes “...”"
                if c[2] == para_index and ((not c[0] and _reports_through(verb, c[3])) or _interjected(c[3], verb)):
                    verb, cue = c[3], c[4]
            speaker = None
            if _subject(verb)[0] is None:  # "“...,” Bill Eastland, wearing a hat, said": the name the parse missed
                after = _verb_after_quote(docs[para_index - 1], paragraphs[para_index - 1].start, q, outside, cues)
                speaker = after[1] if after is not None and after[0].i == verb.i else None
            attributions[k] = _Attribution(para_index, "cue", verb, cue, speaker=speaker)
            for c in candidates:  # the cues inside the one chosen: part of one attribution
                if c[2] == para_index and ((not c[0] and _reports_through(c[3], verb)) or _interjected(verb, c[3])):
                    used.add((para_index, c[3].i))
        else:
            para_index = q.last_paragraph
            pdoc, pstart = docs[para_index - 1], paragraphs[para_index - 1].start
            signed = _signature(pdoc, pstart, q)
            after = _verb_after_quote(pdoc, pstart, q, outside, cues) if signed is None else None
            found = (_Attribution(para_index, "signed", signed[1], mark=signed[0]) if signed is not None
                     else _Attribution(para_index, "after", after[0], speaker=after[1]) if after is not None
                     else _colon_introduction(article, docs, q, outside, cues)
                     or _announcement(article, docs, q, cues)
                     or _governing_clause(article, docs, q, outside))
            if found is None:
                continue
            attributions[k] = found
        if attributions[k].how in ("cue", "after"):
            used.add((attributions[k].paragraph, attributions[k].verb.i))

    # 2. every event in text order: speakers resolve against those heard before them
    events: list[tuple[int, dict[str, Any]]] = []
    pending: list[tuple[int, str, Any]] = [(q.start, "direct", k) for k, q in enumerate(direct)]
    names = frozenset(w.lower() for _, _, name, label in resolver.mentions if label in ("PERSON", "ORG")
                      for w in str(name).split())
    for para, doc in zip(paragraphs, docs, strict=True):
        label = _speaker_label(doc, names) if ":" in cues else None
        if label is not None and not outside(para.start + label[1].idx):
            label = None
        for t in doc:
            cue = cue_of(t, cues)
            if not cue or (para.index, t.i) in used or not outside(para.start + t.idx):
                continue
            if label is not None and t.i > label[1].i:
                continue  # "GREEN: I think ...": the labelled speaker's own words, like words inside quotation marks
            if cues[cue].cls == "channel" and any(cue_of(d, cues) for d in t.subtree if d.i != t.i):
                continue  # "..., Reuters reported": a channel for the statements it carries, not a statement
            parts = reporting(t, cue, cues)
            if parts is None or _embedded(t, cues):
                continue
            pending.append((para.start + t.idx, "indirect", (para, doc, t, cue, parts)))
        if label is not None:
            pending.append((para.start + label[1].idx, "label", (para, doc, *label)))
    pending.sort(key=lambda x: x[0])

    for _, kind, item in pending:
        if kind == "direct":
            q = direct[item]
            row = {**NO_SPEAKER, "kind": "direct", "paragraph": q.first_paragraph, "start": q.start, "end": q.end,
                   "words": words_in(q.start, q.end), "text": q.text}
            if item in attributions:
                row.update(_attribute(article, paragraphs, resolver, cues, q, attributions[item]))
            else:
                prev = _continued_speech(events, q, article)
                if prev is not None:
                    row.update(speaker=prev["speaker"], channel=prev["channel"])
            resolver.remember(q.start, row["speaker"], row["channel"], q.first_paragraph)
            events.append((q.start, row))
        elif kind == "label":
            para, doc, ent, colon = item
            s, e = para.start + colon.idx + 1, para.end
            s += len(article.raw[s:e]) - len(article.raw[s:e].lstrip())
            es, ee = para.start + ent.start_char, para.start + ent.end_char
            row = {**NO_SPEAKER, "kind": "indirect", "speaker": resolver._actor_at(es, ee) or article.raw[es:ee],
                   "speaker_text": article.raw[es:ee], "speaker_start": es, "speaker_end": ee, "cue": ":",
                   "cue_class": cues[":"].cls, "cue_text": ":", "cue_start": para.start + colon.idx,
                   "cue_end": para.start + colon.idx + 1, "paragraph": para.index, "start": s, "end": e,
                   "words": words_in(s, e), "text": article.raw[s:e]}
            resolver.remember(es, row["speaker"], None, para.index)
            events.append((es, row))
        else:
            para, doc, t, cue, parts = item
            span = _span_chars(doc, para.start, _content_tokens(t, parts))
            s, e = span if span else (para.start + t.idx, para.start + t.idx + len(t.text))
            subj = _according_source(t) if cue == "according to" else _subject(t)[0]
            who = resolver.speaker(para.start, subj, para.start + t.idx, para.index)
            who.pop("inherited")
            row = {**who, "kind": "indirect", "channel": _governing_channel(t, resolver, para.start, cues),
                   "cue": cue, "cue_class": cues[cue].cls, **_cue_span(article, para.start, t),
                   "paragraph": para.index, "start": s, "end": e, "words": words_in(s, e), "text": article.raw[s:e]}
            resolver.remember(para.start + t.idx, row["speaker"], row["channel"], para.index)
            events.append((para.start + t.idx, row))

    # 3. short marked phrases: partial quotations or scare quotes; titles of works are neither
    statements = [r for _, r in events if r["kind"] == "indirect"]
    quoted = [(r, _norm_words(r["text"])) for _, r in events if r["kind"] == "direct"]
    for q in article.quotes:
        if not q.short or is_title(q.text) or any(d.contains(q.start, q.end) for d in direct):
            continue
        row = {**NO_SPEAKER, "kind": "scare", "paragraph": q.first_paragraph, "start": q.start, "end": q.end,
               "words": words_in(q.start, q.end), "text": q.text}
        inside = [r for r in statements if r["start"] <= q.start and q.end <= r["end"]]
        words = _norm_words(q.text)
        source = next((r for r, text in quoted if words and f" {words} " in f" {text} "), None)
        if inside:
            r = min(inside, key=lambda r: r["end"] - r["start"])
            row.update({k: r[k] for k in NO_SPEAKER}, kind="partial")
        elif source is not None:
            row.update(kind="partial", speaker=source["speaker"], channel=source["channel"])
        events.append((q.start, row))
    rows = [r for _, r in events]
    rows.sort(key=lambda r: (r["start"], r["end"], r["kind"]))
    offsets = ("speaker_start", "speaker_end", "cue_start", "cue_end")  # nullable: missing where nobody is named

    def column(name: str):
        values = [r[name] for r in rows]
        if name in offsets:
            return pd.array(values, dtype="Int64")
        return values or pd.Series(values, dtype=object)  # an empty table keeps object columns

    return pd.DataFrame({c: column(c) for c in QUOTE_COLUMNS})


def _speaker_label(doc, names: frozenset[str] = frozenset()):
    """``(name span, colon token)`` when a paragraph opens with a speaker's label, a colon, then at least
    three words that are not a direct quotation; else None. The label is a person's or an organisation's
    name; a name in capitals ("FALLIN: I think ...", as transcripts print it); up to four capitalised words
    with a proper noun among them or a word that names an actor elsewhere in the article (``names``,
    lower-case: headlines print "Gingrich: Trump must decide ...", and the tagger often reads a lone
    "Sanders" as a common noun); or such a name and up to two common nouns ("Clinton camp: ...")."""
    colon = next((t for t in doc[:6] if t.text == ":"), None)
    if colon is None or colon.i == 0 or colon.i + 1 >= len(doc) or doc[colon.i + 1].text in ("\"", "\u201c", "''"):
        return None
    head = doc[: colon.i]
    if any(t.pos_ in ("VERB", "AUX") for t in head):
        return None
    ents = [e for e in doc.ents if e.end <= colon.i and e.label_ in ("PERSON", "ORG")]
    if ents and ents[0].start == 0 and ents[-1].end == colon.i:
        return ents[0], colon
    if all(t.is_upper and t.is_alpha for t in head) and len(head) <= 3:
        return head, colon
    after = [t for t in doc[colon.i + 1 :] if t.is_alpha]
    if len(head) > 4 or len(after) < 3:
        return None
    named = [t for t in head if t.pos_ == "PROPN" or t.lower_ in names]
    capitals = [t for t in head if t.text[:1].isupper()]
    if named and all(t.text[:1].isupper() or t.is_punct for t in head):
        return head, colon
    if named and head[0] in named and len(head) - len(capitals) <= 2 and all(
            t.pos_ == "NOUN" and t.is_lower for t in head if not t.text[:1].isupper()):
        return head, colon  # "Clinton camp: ..."
    return None


@dataclass(frozen=True)
class _Attribution:
    """How a direct quotation was attributed. ``how`` is ``cue`` (``verb`` expresses ``cue``: a cue in the
    quotation's sentences, or before a colon introducing it), ``after`` (``verb`` heads the clause right
    after the quotation and ``speaker`` is the person it names), ``clause`` (a person's clause ends with the
    colon introducing it: the subject of ``verb`` speaks), ``name`` (a name, the span ``verb``, stands
    before that colon) or ``signed`` (a name, the span ``verb``, follows a dash, the token ``mark``, after
    the closing mark)."""

    paragraph: int
    how: str
    verb: Any
    cue: str | None = None
    speaker: Any = None
    mark: Any = None
    """The token that introduces the quotation: the colon (``cue`` before a colon, ``clause``, ``name``) or the
    dash (``signed``)."""


def _colon_introduction(article: Article, docs: tuple, q, outside, cues: dict[str, Cue]) -> _Attribution | None:
    """The attribution a colon gives ``q`` when it introduces it: "X said:" / "X:" right before its opening
    mark, in its paragraph or ending the previous one: a cue verb before the colon, else the person or
    organisation named right before it or in words with no verb ("Meghan McCain, on Twitter:"), else the
    subject of a clause when it is a person ("Clinton released the following statement:"). A clause that is
    not a person's ("The sign read:") attributes nothing."""
    paragraphs = article.paragraphs
    para = paragraphs[q.first_paragraph - 1]
    before = article.raw[para.start:q.start].rstrip(" \t\u201c\"'\u2018")
    where = None
    if before.endswith(":"):
        where = (q.first_paragraph, para.start + len(before) - 1)
    elif not before.strip() and q.first_paragraph > 1:
        prev = paragraphs[q.first_paragraph - 2]
        if prev.text.rstrip().endswith(":"):
            where = (prev.index, prev.start + len(prev.text.rstrip()) - 1)
    if where is None:
        return None
    para_index, colon_char = where
    doc, pstart = docs[para_index - 1], paragraphs[para_index - 1].start
    colon = next((t for t in doc if pstart + t.idx == colon_char), None)
    if colon is None:
        return None
    sent = colon.sent
    before_colon = doc[colon.i - 1] if colon.i > 0 else None
    if before_colon is not None and before_colon.ent_type_ in ("PERSON", "ORG") and before_colon.ent_iob_ in ("I", "B"):
        ent = next(e for e in doc.ents if e.start <= before_colon.i < e.end)
        return _Attribution(para_index, "name", ent, mark=colon)  # "... pollster Daron Shaw: “...”"
    verbs = [(t, cue_of(t, cues)) for t in sent if t.i < colon.i and outside(pstart + t.idx)]
    verbs = [(t, c) for t, c in verbs if c and cues[c].cls != "channel"]
    if verbs:
        t, c = verbs[-1]
        return _Attribution(para_index, "cue", t, c, mark=colon)
    other = [t for t in sent if t.i < colon.i and t.pos_ in ("VERB", "AUX")]
    if other:
        main = colon.head if colon.head.pos_ in ("VERB", "AUX") and colon.head.i < colon.i else other[-1]
        subj, _ = _subject(main)
        if subj is not None and (subj.ent_type_ in ("PERSON", "ORG") or pronouns.kind(subj.lower_) == "person"
                                 or subj.pos_ == "PROPN"):
            return _Attribution(para_index, "clause", main, mark=colon)
        return None  # "The sign read: ...": a clause that is not a person's introduces the quotation
    named = [e for e in sent.ents if e.end <= colon.i and e.label_ in ("PERSON", "ORG")]
    return _Attribution(para_index, "name", named[0], mark=colon) if named else None


def _announcement(article: Article, docs: tuple, q, cues: dict[str, Cue]) -> _Attribution | None:
    """The attribution of a quotation announced by the sentence right before it, when that sentence is a
    reporting cue with a subject and nothing reported of its own ("Sam Lau said in a statement. “...”",
    "Dianne Bystrom agreed. ¶ “...”"): in its paragraph, or ending the previous one when the quotation opens
    its paragraph. A sentence with quotation marks, a clausal complement or a channel cue announces nothing."""
    paragraphs = article.paragraphs
    para = paragraphs[q.first_paragraph - 1]
    before = article.raw[para.start:q.start].rstrip(" \t\u201c\"'\u2018")
    if before.strip():
        where = (q.first_paragraph, para.start + len(before) - 1)
    elif q.first_paragraph > 1:
        prev = paragraphs[q.first_paragraph - 2]
        where = (prev.index, prev.start + len(prev.text.rstrip()) - 1)
    else:
        return None
    para_index, end_char = where
    if article.raw[end_char] != ".":
        return None
    doc, pstart = docs[para_index - 1], paragraphs[para_index - 1].start
    period = next((t for t in doc if pstart + t.idx == end_char), None)
    if period is None or any(t.is_quote or t.text in "\u201c\u201d\"" for t in period.sent):
        return None
    verb = period.sent.root
    cue = cue_of(verb, cues)
    if not cue or cue == ":" or cues[cue].cls == "channel" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if {"ccomp", "xcomp", "dobj+xcomp", "parataxis"} & set(complements(verb)) or _subject(verb)[0] is None:
        return None
    return _Attribution(para_index, "cue", verb, cue, mark=period)


def _attribute(article: Article, paragraphs, resolver: _Resolver, cues: dict[str, Cue], q,
               found: _Attribution) -> dict[str, Any]:
    """Speaker, channel and cue fields of a direct quotation, from how it was attributed."""
    pstart = paragraphs[found.paragraph - 1].start
    verb, cue, mark = found.verb, found.cue, found.mark
    if found.how == "after":  # "“...,” beamed Donald Hartley": the clause after the quotation names its speaker
        who = resolver.speaker(pstart, found.speaker, q.start, q.first_paragraph)
        inherited = who.pop("inherited")
        lemma = verb.lemma_.lower()
        return {**who, "channel": inherited, "cue": lemma, "cue_class": cues[lemma].cls if lemma in cues else None,
                **_cue_span(article, pstart, verb)}
    if found.how == "clause":  # "X released the following statement:" - the subject of that verb speaks
        who = resolver.speaker(pstart, _subject(verb)[0], q.start, q.first_paragraph)
        inherited = who.pop("inherited")
        c = pstart + mark.idx
        return {**who, "channel": inherited, "cue_text": ":", "cue_start": c, "cue_end": c + 1}
    if found.how == "signed":  # "“...” ― Lena Okafor": the name after the dash
        s, e = pstart + verb.start_char, pstart + verb.end_char
        d = pstart + mark.idx + next(i for i, ch in enumerate(mark.text) if ch in "\u2015\u2014\u2013")
        whole = [m for m in resolver.mentions if m[0] <= s and m[1] >= e]  # an actor named by all of it
        speaker = str(whole[-1][2]) if whole else bare_name(article.raw[s:e])
        return {"speaker": speaker, "speaker_text": article.raw[s:e],
                "speaker_start": s, "speaker_end": e, "cue_text": article.raw[d], "cue_start": d, "cue_end": d + 1}
    if found.how == "name":  # "Pat Okafor: ..." - the person or organisation named before the colon speaks
        s, e = pstart + verb.start_char, pstart + verb.end_char
        c = pstart + mark.idx
        return {"speaker": resolver._actor_at(s, e) or article.raw[s:e], "speaker_text": article.raw[s:e],
                "speaker_start": s, "speaker_end": e, "cue_text": ":", "cue_start": c, "cue_end": c + 1}
    channel, labels = None, True
    if cue == "quote":
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        subj, passive = _subject(verb)
        as_verb = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                   for g in c.children if g.dep_ == "pcomp"]
        cue = cue_of(as_verb[0], cues) if as_verb and cue_of(as_verb[0], cues) else "quote"
        if passive:
            speaker_tok = subj
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            channel = _channel_name(resolver, pstart, agents[0]) if agents else None
        else:
            speaker_tok = objs[0] if objs else None
            channel = _channel_name(resolver, pstart, subj)
    elif cue == "according to":
        speaker_tok = _according_source(verb)
    else:
        speaker_tok = _subject(verb)[0] or found.speaker
        channel = _governing_channel(verb, resolver, pstart, cues)
        if speaker_tok is not None:
            interjected = [c for c in speaker_tok.children if c.dep_ == "appos" and c.right_edge.i + 1 == verb.i]
            if interjected and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ",":
                speaker_tok = interjected[0]  # "Marsh, a top aide said, “...”": the aide speaks about Marsh
                labels = False  # the parse took the aide for Marsh's apposition: not a name for Marsh here
    if speaker_tok is not None and any(
            d.contains(pstart + speaker_tok.idx, pstart + speaker_tok.idx + len(speaker_tok.text))
            for d in article.direct_quotes):
        speaker_tok = _adjacent_name(verb)  # "“... Or Ferguson,” Trump said": a speaker is never inside the marks
    who = resolver.speaker(pstart, speaker_tok, q.start, q.first_paragraph, labels=labels)
    inherited = who.pop("inherited")
    cls = cues[cue].cls if cue in cues else None
    return {**who, "channel": channel or inherited, "cue": cue, "cue_class": cls, **_cue_span(article, pstart, verb)}


def _governing_clause(article: Article, docs: tuple, q, outside) -> _Attribution | None:
    """A quotation with no cue of its own that a clause holds as its object: the clause's subject said the
    words ("The ad targets a “corrupt political system that ...”", "CREW filed a request for “records
    sufficient to ...”", "... lauded Mr. Kim for the “...”"). The verb is the first one above the quotation,
    outside its marks, with a subject of its own outside them. An ``after`` attribution ``(verb, subject)``;
    None when no such clause holds it."""
    doc, pstart = docs[q.first_paragraph - 1], article.paragraphs[q.first_paragraph - 1].start
    inside = [t for t in doc if not t.is_punct and q.contains(pstart + t.idx, pstart + t.idx + len(t.text))]
    if not inside:
        return None
    node = inside[0]
    while node.head.i != node.i:
        node = node.head
        if node.pos_ not in ("VERB", "AUX") or not outside(pstart + node.idx):
            continue
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if not outside(pstart + subject.idx) or subject.lower_ in ("it", "there", "this", "that", "which"):
            return None
        return _Attribution(q.first_paragraph, "after", node, speaker=subject)
    return None


def _continued_speech(events: list, q, article: Article) -> dict[str, Any] | None:
    """The attributed quotation or statement an unattributed quotation continues: the latest direct
    quotation or reported statement before it in its paragraph ("Sami recalled how ... . “And I was like
    ...”"), or the last one of the previous paragraph when this paragraph is nothing but quotation (a
    paraphrase, then the speaker's words as a paragraph of their own: "Carter said that ... ¶ “That's
    because ...”")."""
    said = [r for _, r in events if r["kind"] in ("direct", "indirect")]
    if not said:
        return None
    last = said[-1]
    if not last["speaker"]:
        return None
    if last["paragraph"] == q.first_paragraph:
        return last
    para = article.paragraphs[q.first_paragraph - 1]
    own = [s for s in article.direct_quotes if s.first_paragraph == q.first_paragraph]
    outside_chars = sum(1 for i in range(para.start, para.end)
                        if not any(s.start - 1 <= i < s.end + 1 for s in own) and not article.raw[i].isspace())
    if last["paragraph"] == q.first_paragraph - 1 and outside_chars <= 2:
        return last
    return None


def voices_table(quotes: pd.DataFrame, body_words: int) -> pd.DataFrame:
    """One row per speaker: ``speaker, direct, indirect, partial, words_quoted, words_partial, share_of_voice,
    first_paragraph, cues``.

    ``share_of_voice`` = the speaker's words in direct quotations / body words; words in partial
    quotations are counted apart (``words_partial``), not in ``words_quoted``.
    ``cues`` is a list of ``{verb, class, count}`` sorted by count, then verb (verbs the reporting-verb
    lexicon classes; the bare "quote" of "X quoted Y" has no class and is not listed).
    Sorted by words quoted, then statements, then name. ``body_words`` is the article's word count.
    """
    q = quotes[quotes["kind"].isin(["direct", "indirect", "partial"]) & quotes["speaker"].notna()]
    total = body_words
    by_speaker = rows_by(q, "speaker")
    rows = []
    for speaker in sorted(by_speaker):
        g = by_speaker[speaker]
        cues: dict[tuple[str, str], int] = {}
        for r in g:
            if r["kind"] == "partial":
                continue  # its cue is the statement's, counted there
            if isinstance(r["cue"], str) and isinstance(r["cue_class"], str):  # a bare "quote" verb has no class
                cues[r["cue"], r["cue_class"]] = cues.get((r["cue"], r["cue_class"]), 0) + 1
        words = sum(int(r["words"]) for r in g if r["kind"] == "direct")
        rows.append({
            "speaker": speaker,
            "direct": sum(1 for r in g if r["kind"] == "direct"),
            "indirect": sum(1 for r in g if r["kind"] == "indirect"),
            "partial": sum(1 for r in g if r["kind"] == "partial"),
            "words_quoted": words,
            "words_partial": sum(int(r["words"]) for r in g if r["kind"] == "partial"),
            "share_of_voice": words / total if total else 0.0,
            "first_paragraph": min(int(r["paragraph"]) for r in g),
            "cues": [{"verb": cue, "class": cls, "count": n}
                     for (cue, cls), n in sorted(cues.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1]))],
        })
    cols = ["speaker", "direct", "indirect", "partial", "words_quoted", "words_partial", "share_of_voice",
            "first_paragraph", "cues"]
    rows.sort(key=lambda r: (-r["words_quoted"], -(r["direct"] + r["indirect"]), r["speaker"]))
    return pd.DataFrame(rows, columns=cols)


def enclosing_speech(quotes: pd.DataFrame):
    """A lookup ``(start, end) -> (inside, speaker)``: whether a span lies inside a direct quotation, a partial
    quotation or a reported statement, and the speaker of the innermost one (None when it has none). Used for
    the voice of distance markers and of actor labels."""
    spoken = quotes[quotes["kind"].isin(["direct", "partial", "indirect"])]
    spans = sorted(zip(spoken["start"].tolist(), spoken["end"].tolist(), spoken["speaker"].tolist(), strict=True),
                   key=lambda x: (x[1] - x[0], x[0]))  # innermost first

    def lookup(start: int, end: int) -> tuple[bool, str | None]:
        for s, e, speaker in spans:
            if s <= start and end <= e:
                return True, speaker if isinstance(speaker, str) else None
        return False, None

    return lookup


AFFILIATION_COLUMNS = ["affiliation", "speakers", "direct", "indirect", "partial", "words_quoted", "share_of_voice"]


def voices_by_affiliation(voices: pd.DataFrame, book: Codebook, body_words: int) -> pd.DataFrame:
    """Voices grouped by the side each speaker speaks for (the codebook's ``affiliation``; a speaker the
    codebook does not list, or lists without one, speaks for itself).

    Columns: ``affiliation``, ``speakers`` (canonical names, sorted), ``direct``, ``indirect``, ``partial``
    (counts), ``words_quoted`` (words in direct quotations) and ``share_of_voice`` (``words_quoted`` / body
    words, as in :func:`voices_table`). Sorted by words quoted, then statements, then name.
    """
    rows: dict[str, dict[str, Any]] = {}
    for r in voices.to_dict("records"):
        side = book.side(r["speaker"])
        row = rows.setdefault(side, {"affiliation": side, "speakers": [], "direct": 0, "indirect": 0, "partial": 0,
                                     "words_quoted": 0})
        row["speakers"].append(r["speaker"])
        for key in ("direct", "indirect", "partial", "words_quoted"):
            row[key] += int(r[key])
    out = [{**row, "speakers": sorted(row["speakers"]),
            "share_of_voice": row["words_quoted"] / body_words if body_words else 0.0} for row in rows.values()]
    out.sort(key=lambda r: (-r["words_quoted"], -(r["direct"] + r["indirect"]), r["affiliation"]))
    return pd.DataFrame(out, columns=AFFILIATION_COLUMNS)


def unheard_actors(voices: pd.DataFrame, actor_mentions: pd.DataFrame, order: list[str],
                   book: Codebook, acting: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Actors mentioned but never quoted directly: ``actor, mentions, indirect`` (reported statements).

    Only those that can speak: people, organisations, groups and governments. A place (an actor the
    codebook or the parser labels ``GPE``: a state or a city) counts only when it acts somewhere in the
    article (``acting``, :func:`analysis.measures.actors.acting_actors`: "Russia said", "Moscow hosted"),
    not when it is only where things happen ("the situation in Afghanistan").

    News agencies (codebook type ``news_agency``) are channels, not voices, and are left out.
    """
    agencies = {a.name for a in book.actors if a.type == "news_agency"}
    v = voices
    m = actor_mentions
    quoted = set(v.loc[v["direct"] > 0, "speaker"]) if len(v) else set()
    indirect = dict(zip(v["speaker"], v["indirect"], strict=True)) if len(v) else {}
    places = set(m.loc[m["label"].isin(["GPE", "LOC", "FAC"]), "name"]) - set(acting)
    rows = [{"actor": a, "mentions": int((m["name"] == a).sum()), "indirect": int(indirect.get(a, 0))}
            for a in order if a not in quoted and a not in agencies and a not in places]
    return pd.DataFrame(rows, columns=["actor", "mentions", "indirect"])


VOICE_BAR_COLUMNS = ["side", "actor", "direct", "indirect", "partial", "words_quoted", "mentions", "heard"]


def voice_bars(voices: pd.DataFrame, unheard: pd.DataFrame, actor_mentions: pd.DataFrame,
               book: Codebook) -> pd.DataFrame:
    """One row per actor that speaks or could, grouped under the side it speaks for: the data of the voices
    figure.

    Every speaker of :func:`voices_table` and every actor of :func:`unheard_actors` (those with no statement
    at all get zeros and ``heard`` False). Columns: ``side`` (:meth:`Codebook.side`), ``actor``, ``direct``,
    ``indirect``, ``partial`` (counts), ``words_quoted`` (in direct quotations), ``mentions`` (name
    mentions) and ``heard`` (any direct quotation, partial quotation or reported statement). Sides come in
    order of words quoted, statements and mentions, most first (ties by name); the actors of a side the same
    way.
    """
    m = actor_mentions
    rows: dict[str, dict[str, Any]] = {}
    for r in voices.to_dict("records"):
        rows[r["speaker"]] = {"actor": r["speaker"], **{k: int(r[k]) for k in ("direct", "indirect", "partial",
                                                                                "words_quoted")}}
    for name in unheard["actor"]:
        rows.setdefault(name, {"actor": name, "direct": 0, "indirect": 0, "partial": 0, "words_quoted": 0})
    for row in rows.values():
        row["side"] = book.side(row["actor"])
        row["mentions"] = int((m["name"] == row["actor"]).sum()) if len(m) else 0
        row["heard"] = row["direct"] + row["indirect"] + row["partial"] > 0

    def weight(rs: list[dict[str, Any]]) -> tuple[int, int, int]:
        return (-sum(r["words_quoted"] for r in rs), -sum(r["direct"] + r["indirect"] for r in rs),
                -sum(r["mentions"] for r in rs))

    by_side = rows_by(pd.DataFrame(list(rows.values()), columns=VOICE_BAR_COLUMNS), "side") if rows else {}
    out = []
    for side in sorted(by_side, key=lambda s: (weight(by_side[s]), s)):
        out += sorted(by_side[side], key=lambda r: (weight([r]), r["actor"]))
    return pd.DataFrame(out, columns=VOICE_BAR_COLUMNS)


def channels_table(article: Article, quotes: pd.DataFrame) -> pd.DataFrame:
    """Channels that carried quotations or statements, and the credit line.

    Columns: ``channel, direct, indirect, source`` (``attribution`` or ``credit line``).
    """
    q = quotes
    rows = []
    for channel, g in q.dropna(subset=["channel"]).groupby("channel", sort=True):
        rows.append({"channel": channel, "direct": int((g["kind"] == "direct").sum()),
                     "indirect": int((g["kind"] == "indirect").sum()), "source": "attribution"})
    if article.credit:
        rows.append({"channel": article.credit.text, "direct": 0, "indirect": 0, "source": "credit line"})
    return pd.DataFrame(rows, columns=["channel", "direct", "indirect", "source"])


def voices_by_paragraph(article: Article, quotes: pd.DataFrame, voices: pd.DataFrame) -> pd.DataFrame:
    """Speaker × paragraph: number of direct quotations and reported statements."""
    q = quotes[quotes["kind"].isin(["direct", "indirect"]) & quotes["speaker"].notna()]
    order = list(voices["speaker"])
    table = pd.crosstab(q["speaker"], q["paragraph"]).reindex(
        index=order, columns=[p.index for p in article.paragraphs], fill_value=0)
    table.index.name, table.columns.name = "speaker", "paragraph"
    return table
