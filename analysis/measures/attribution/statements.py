"""What a statement holds: the content a cue reports, the cue's span, embedded and interjected cues, and titles of
works in quotation marks."""

from __future__ import annotations

import re
from typing import Any

from analysis.measures.attribution.lexicon import Cue, cue_of, reporting
from analysis.text.article import Article

SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by",
                         "vs", "vs.", "de", "la", "nor", "but", "as", "into", "&"})
"""Words a title of a work may keep in lower case."""
TITLE_WORD = re.compile(r"^[\W\d]*[A-Z0-9]")


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
    of its own ("urged women to vote, saying ...": two statements; "Ruiz, who claimed ...", "the plan, which
    Ruiz called ...": a relative clause with a speaker of its own, :func:`_a_speakers_clause`, where "said there
    was no reason Ito would dwell on “...”" and "said he wants a platform that calls for “...”" still report
    through) nor juxtaposed with it ("“...,” she said, not even
    suggesting Hale would go": the parser may hang *said* on *suggesting* as ``parataxis``)."""
    node = inner
    while node.i != outer.i:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)  # "come to believe"
        relative = node.dep_ == "relcl" and _a_speakers_clause(node)  # "Ruiz, who claimed “...”"
        if node.dep_ in ("conj", "acl", "ROOT", "pobj", "parataxis") or relative or node.head.i == node.i or (
                node.dep_ == "advcl" and not infinitive):
            return False  # pobj: "ends with footage of Trump saying ...": a noun phrase, not what "ends" reports
        node = node.head
    return inner.i != outer.i


def _a_speakers_clause(clause) -> bool:
    """Whether a relative clause says who spoke: its subject is *who*, or a name or a personal pronoun stating
    it ("the plan, which Ruiz called “a disaster”"); not a thing ("a platform that calls for ...") nor a
    speech that might be ("no reason Ruiz would dwell on ...")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.tag_ == "WP" for c in subjects):
        return True
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    return not modal and any(c.pos_ == "PROPN" or c.lower_ in PERSONAL_SUBJECTS for c in subjects)


PERSONAL_SUBJECTS = frozenset({"he", "she", "i", "we"})
"""Pronoun subjects that make a relative clause a person's statement ("which he called ..."); *it* and *they*
may be the outer speaker's own words for a body ("the plan, which it called ...": the quotation stays the
outer speaker's)."""


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
    tail = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("conj", "cc", "punct", "agent", "advmod")
            and not _when_said(c)]
    if verb.lemma_.lower() == "express" and verb.dep_ == "acl":
        tail = [c for c in verb.children if c.dep_ == "prep"] or tail
    idx = [t.i for p in tail for t in p.subtree]
    idx = idx or [t.i for p in parts for t in p.subtree]
    return _without_scene(verb.doc, idx)


SCENE_MARKS = frozenset({"after", "before", "when", "while", "as", "since", "until", "once"})
"""Subordinators of a clause that says when or amid what something was said, not what."""


def _when_said(token) -> bool:
    """Whether ``token``, a child of a cue verb, is a clause of time or circumstance hung on the cue itself
    ("warned of floods after the storm hit", "said so as the talks opened"): the writer's scene around the
    statement, not its content."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SCENE_MARKS and c.i == token.left_edge.i
                                         for c in token.children)


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
