"""Who speaks: the subject of a cue, a name next to it, a signature, the clause after a closing mark, the channel
("AFP quoted X"), and the map from a subject phrase to an actor
(a pronoun: the article's one resolver, :func:`analysis.measures.pronouns.resolve_article`)."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from analysis.measures import pronouns
from analysis.measures.attribution.lexicon import Cue, cue_of, load_cues
from analysis.measures.entities import bare_name
from analysis.text.article import Article

SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC", "WORK_OF_ART", "LAW", "PERCENT", "CARDINAL"})
"""Entity types that can be a statement's speaker: people, organisations, groups, states (metonymy: "Kesh
said"), buildings that stand for their occupants ("the White House said"), documents and laws, and the
shares and counts of polls ("54 percent said")."""
NOT_SPEAKING_NOUNS = frozenset([
    "feeling", "emotion", "mood", "fear", "anger", "pain", "grief", "joy", "sadness", "anxiety", "frustration",
    "instinct", "gut", "rain", "snow", "storm", "wind", "weather", "flood", "fire", "heat", "cold",
    "drought", "sun", "sky", "sea", "river", "water", "ice", "case", "cent", "dollar", "euro", "pound", "rupee",
    "yen", "point", "degree", "mile", "kilometre", "kilometer", "metre", "meter", "inch", "foot", "ton", "tonne",
    "kilogram", "gram", "litre", "liter", "gallon", "hour", "minute", "second", "day", "week", "month", "year",
    "decade", "century", "time", "price", "cost", "rate", "level", "amount", "total", "sum", "death",
    "injury", "accident", "crash", "outbreak", "infection", "disease", "virus", "sale", "loss", "growth", "rise",
    "fall", "increase", "decrease", "drop", "change", "trend", "room", "street", "road", "area",
    "ground", "field", "floor", "wall", "door", "window", "car", "bus", "train", "ship", "plane", "hand",
    "eye",
])
"""Nouns of our own that name no speaker: feelings, the weather, amounts and units, events, places used as
places, things, the body ("his feelings suggest", "the rain showed", "the county has seen five cases")."""
NOT_SPEAKING_PRONOUNS = frozenset({"what", "there", "nothing", "something", "everything", "anything", "this", "these"})
"""Pronouns that never name who speaks ("what happened shows ...", "this suggests ...")."""


def can_speak(token, resolved: bool = False) -> bool:
    """Whether a cue's subject can be a speaker: a person, an organisation, a group or a state, a document,
    a poll's share, or a pronoun for one; never an amount, a date, a feeling, the weather, an event, a thing
    or a place used as a place ("five cases", "his feelings", "the rain": a common noun of
    :data:`NOT_SPEAKING_NOUNS`, or an entity of another type than :data:`SPEAKING_ENTITIES`). A part names
    its whole ("the head of the union", "a number of residents": the object of *of* decides). *It* only when
    the pronoun resolver tied it to an actor (``resolved``)."""
    noun = pronouns.antecedent(token)
    if noun is not None:
        token = noun
    if token.pos_ == "PRON":
        word = token.lower_
        return (resolved or word != "it") and word not in NOT_SPEAKING_PRONOUNS
    if token.ent_type_:
        return token.ent_type_ in SPEAKING_ENTITIES  # "54 percent of voters" can speak, "$5 million" cannot
    whole = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), None)
    if whole is not None and token.pos_ in ("NOUN", "NUM", "ADJ"):
        return can_speak(whole)  # "the head of the union", "a number of residents", "most of the cases"
    if token.pos_ != "NOUN":
        return True  # a name, "the rich", a number: nothing says it cannot speak
    return token.lemma_.lower() not in NOT_SPEAKING_NOUNS


def _subject(verb):
    """The subject token of a verb, inherited from the governing verb when it has none; and whether passive."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if (verb.tag_ == "VBG" and not own and before is not None and before.pos_ == "PROPN"
            and before.ent_type_ == "PERSON"
            and (before.dep_ == "dobj" or (before.dep_ == "pobj" and before.head.lower_ == "of"))):
        return before, False  # "footage of Ann Lee asking ...", "heard Lee saying ...": the person doing it
    if not own and verb.dep_ == "conj":
        stranded = _stranded_subject(verb)
        if stranded is not None:
            return stranded, False
    v = _reporting_verb_above(verb) or verb
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


def _reporting_verb_above(verb):
    """For a cue the parser hung, as a conjunct, on a verb inside another cue's content ("He said his attacks
    had worked and said that Ruiz ...": the second *said* made a conjunct of *worked*), that governing cue,
    whose subject is the speaker; else None."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    cues = load_cues()
    if cue_of(verb, cues) is None or cue_of(verb.head, cues) is not None:
        return None
    v = verb.head
    while v.dep_ in ("ccomp", "conj") and v.head.i != v.i:
        if v.dep_ == "ccomp" and v.head.i < v.i and cue_of(v.head, cues) is not None:
            return v.head
        v = v.head
    return None


def _stranded_subject(verb):
    """The subject of a coordinated clause that the parse hung on the previous clause's object, or None.

    In "the ministry is yet to approve the plan and top officials have hinted that ...", the parse makes
    "officials" a conjunct of "plan" and leaves "hinted" without a subject. A noun right before the verb (only
    auxiliaries, adverbs and a negation between), itself a conjunct that follows "and"/"but", and no verb's
    argument, can only be the verb's subject: an object does not stand before its verb in a main clause."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].dep_ in ("aux", "auxpass", "advmod", "neg"):
        i -= 1
    if i < verb.sent.start:
        return None
    noun = verb.doc[i]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "conj" or noun.head.pos_ not in ("NOUN", "PROPN"):
        return None
    left = noun.left_edge.i - 1
    if left < verb.sent.start or verb.doc[left].dep_ != "cc":
        return None
    return noun


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


class _SpeakerMap:
    """Maps a subject token to a speaker: canonical actor, resolved pronoun, or the phrase itself."""

    def __init__(self, article: Article, actor_mentions: pd.DataFrame, labels: pd.DataFrame,
                 referents: pd.DataFrame):
        self.article = article
        # the actor of each resolved pronoun, by its start offset (the article's one resolver)
        self.referents = {int(s): a for s, a in zip(referents["start"].tolist(), referents["actor"].tolist(),
                                                    strict=True) if isinstance(a, str)}
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
            name = self.referents.get(own_s)
            if name is None:
                return {**found, "speaker": None}
            channel = next((ch for pos, n, ch, par in reversed(self.named) if n == name and pos < position
                            and par == paragraph), None)
            return {**found, "speaker": name, "inherited": channel}
        own = self._actor_at(own_s, own_s + len(token.text))
        s, e = self.phrase(para_start, token)
        text = self.article.raw[s:e]
        found = {"speaker_text": text, "speaker_start": s, "speaker_end": e, "inherited": None}
        if own:
            return {**found, "speaker": own}
        if own_s in self.referents:  # a role noun the resolver ties to a person: "the prosecutor"
            return {**found, "speaker": self.referents[own_s]}
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


def _channel_name(resolver: _SpeakerMap, para_start: int, token) -> str | None:
    if token is None:
        return None
    s, e = resolver.phrase(para_start, token)
    return resolver._actor_at(s, e, person_first=False) or resolver.article.raw[s:e]


def _governing_channel(verb, resolver: _SpeakerMap, para_start: int, cues: dict[str, Cue]) -> str | None:
    """A channel cue ("Reuters reported") that governs ``verb`` makes its subject the channel."""
    for anc in verb.ancestors:
        cue = cue_of(anc, cues)
        if cue and cues[cue].cls == "channel":
            subj, _ = _subject(anc)
            return _channel_name(resolver, para_start, subj)
    return None
