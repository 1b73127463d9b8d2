"""The quotes table: every direct quotation, partial quotation, reported statement and scare quote, and how each
direct quotation is attributed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from analysis.measures import pronouns
from analysis.measures.attribution.grouping import statement_ids
from analysis.measures.attribution.lexicon import Cue, complements, cue_of, load_cues, reporting, reporting_complement
from analysis.measures.attribution.speakers import (
    _according_source,
    _adjacent_name,
    _channel_name,
    _governing_channel,
    _signature,
    _SpeakerMap,
    _subject,
    _verb_after_quote,
    can_speak,
)
from analysis.measures.attribution.statements import (
    NO_SPEAKER,
    _content_tokens,
    _cue_span,
    _embedded,
    _interjected,
    _norm_words,
    _reports_through,
    _span_chars,
    is_title,
)
from analysis.measures.attribution.turns import find_turns, turn_row
from analysis.measures.entities import bare_name
from analysis.text.article import Article

QUOTE_COLUMNS = ["kind", "speaker", "speaker_text", "speaker_start", "speaker_end", "channel", "cue", "cue_class",
                 "cue_text", "cue_start", "cue_end", "paragraph", "start", "end", "words", "text", "statement"]


def quotes_table(article: Article, docs: tuple, actor_mentions: pd.DataFrame, labels: pd.DataFrame,
                 cues: dict[str, Cue] | None = None, referents: pd.DataFrame | None = None,
                 speaker_labels=None, side=None) -> pd.DataFrame:
    """One row per direct quotation, partial quotation, reported statement and scare quote, in text order.

    Columns: ``kind`` (``direct``, ``partial``, ``indirect``, ``scare``), ``speaker`` (canonical actor or
    the subject phrase; None for scare quotes or when unknown), ``speaker_text``, ``speaker_start``,
    ``speaker_end`` (the words naming the speaker and their offsets; empty when the speaker is carried
    over from an earlier quotation), ``channel``, ``cue``, ``cue_class``, ``cue_text``, ``cue_start``,
    ``cue_end``, ``paragraph`` (1-based), ``start``, ``end`` (offsets into the raw file: the quoted text
    without marks, or the reported content), ``words`` (article words inside), ``text``. ``docs`` are the
    parsed paragraphs; ``actor_mentions`` and ``labels`` (:mod:`analysis.measures.actors`) map subjects
    to actors. ``cues`` replaces the package's cue lexicon (:func:`load_cues`; the lexicon fit uses it).
    ``referents``: the article's pronoun table (:func:`analysis.measures.pronouns.resolve_article`), the
    one every reader of the article shares; resolved here when not given. ``speaker_labels``: the
    speakers' labels opening paragraphs (:func:`analysis.measures.attribution.turns.find_labels`), the reading
    the pronoun resolver shares; read here when not given. ``statement`` numbers the remarks: rows that tell
    the same remark share it (:mod:`analysis.measures.attribution.grouping`; empty for a scare quote); ``side``
    maps a speaker to the side it speaks for (:meth:`analysis.text.codebook.Codebook.side`; by default each
    speaker is its own side).
    """
    cues = load_cues() if cues is None else cues
    if referents is None:
        referents = pronouns.resolve_article(article, docs, actor_mentions)
    resolver = _SpeakerMap(article, actor_mentions, labels, referents)
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
        candidates.sort(key=lambda c: (c[0], c[1]))
        owned = _possessed_words(article, docs, q, outside, led_only=not candidates[0][0]) if candidates else None
        if owned is not None:  # "after her comment that “...”": hers, unless a cue holds it ("Lind called his
            # comments “a disgrace”": Lind's words)
            attributions[k] = owned
        elif candidates:
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
            owned = _possessed_words(article, docs, q, outside) if signed is None else None
            after = _verb_after_quote(pdoc, pstart, q, outside, cues) if signed is None and owned is None else None
            found = (_Attribution(para_index, "signed", signed[1], mark=signed[0]) if signed is not None
                     else owned if owned is not None  # "by her own account ... “...”" before a clause after it
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
    found_turns = _turns(article, docs, resolver, outside, speaker_labels) if ":" in cues else []
    turn_spans = [(t[0].start, t[2]) for t in found_turns]

    def in_turn(char: int) -> bool:
        return any(s <= char < e for s, e in turn_spans)

    for para, doc in zip(paragraphs, docs, strict=True):
        for t in doc:
            cue = cue_of(t, cues)
            if not cue or (para.index, t.i) in used or not outside(para.start + t.idx):
                continue
            if in_turn(para.start + t.idx):
                continue  # "GREEN: I think ...": the speaker's own words, like words inside quotation marks
            if cues[cue].cls == "channel" and any(cue_of(d, cues) for d in t.subtree if d.i != t.i):
                continue  # "..., Reuters reported": a channel for the statements it carries, not a statement
            parts = reporting(t, cue, cues)
            if parts is None or _embedded(t, cues):
                continue
            speaks, subj = _statement_subject(t, cue, cues, resolver, para.start)
            if not speaks:
                continue
            pending.append((para.start + t.idx, "indirect", (para, doc, t, cue, parts, subj)))
    pending += [(t[0].start, "turn", t) for t in found_turns]
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
        elif kind == "turn":
            label, speaker, end = item
            row = turn_row(article, label, speaker, end, words_in, cues[":"].cls)
            resolver.remember(label.start, speaker, None, label.paragraph)
            events.append((label.start, row))
        else:
            para, doc, t, cue, parts, subj = item
            span = _span_chars(doc, para.start, _content_tokens(t, parts))
            s, e = span if span else (para.start + t.idx, para.start + t.idx + len(t.text))
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
    for row, number in zip(rows, statement_ids(rows, article, docs, side or (lambda name: name)), strict=True):
        row["statement"] = number
    offsets = ("speaker_start", "speaker_end", "cue_start", "cue_end", "statement")  # nullable: nobody named, scare

    def column(name: str):
        values = [r[name] for r in rows]
        if name in offsets:
            return pd.array(values, dtype="Int64")
        return values or pd.Series(values, dtype=object)  # an empty table keeps object columns

    return pd.DataFrame({c: column(c) for c in QUOTE_COLUMNS})


CLAUSAL = frozenset({"ccomp", "parataxis"})
"""Complements that are a clause: what a passive cue with no agent reports ("it was reported that ...")."""


def _statement_subject(verb, cue: str, cues: dict[str, Cue], resolver: _SpeakerMap, para_start: int):
    """``(reports, subject token)``: whether a cue verb with a reporting complement reports a statement, and
    the token naming its speaker (None when nobody is named).

    A statement needs a speaker that can speak (:func:`can_speak`): not "five cases", "his feelings" or "the
    rain". A passive cue's speaker is its agent ("was criticised by the union"); without one it reports only
    a clause ("it was reported that ..."), as its subject is what was said or whom it was about ("three cases
    were reported", "the plan was described as ..."). An imperative ("Email a friend", "Tell us what you
    think") is an instruction to the reader, not a statement."""
    if cue == "according to":
        subj = _according_source(verb)
        return (subj is None or can_speak(subj, para_start + subj.idx in resolver.referents)), subj
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is None:
            return reporting_complement(verb, cue, cues) in CLAUSAL, None
        return can_speak(agent, para_start + agent.idx in resolver.referents), agent
    subj = _subject(verb)[0]
    if subj is None:
        first = verb.i == verb.sent.start or verb.doc[verb.i - 1].is_punct
        return not (verb.tag_ == "VB" and verb.dep_ == "ROOT" and first), None
    return can_speak(subj, para_start + subj.idx in resolver.referents), subj


def _turns(article: Article, docs: tuple, resolver: _SpeakerMap, outside, found=None) -> list:
    """The article's interview and transcript turns (:func:`analysis.measures.attribution.turns.find_turns`),
    with the speaker map's actors."""
    starts = [(doc, para.start) for para, doc in zip(article.paragraphs, docs, strict=True)]
    label_of: dict[str, str] = {}
    for _, _, name, label in resolver.mentions:  # PERSON when any mention is one
        label_of[name] = "PERSON" if "PERSON" in (label, label_of.get(name)) else label_of.get(name, label)

    def actor_of(token):
        pstart = next(s for doc, s in starts if doc is token.doc)
        if token.pos_ == "PRON":
            name = resolver.referents.get(pstart + token.idx)
        else:
            s, e = resolver.phrase(pstart, token)
            name = resolver._actor_at(s, e)
        return None if name is None else (name, label_of.get(name))

    mentions = [(s, e, name, label_of[name]) for s, e, name, _ in resolver.mentions]
    people = list(dict.fromkeys((name, label_of[name]) for _, _, name, _ in mentions))
    return find_turns(article, docs, people, mentions, actor_of, outside, found)


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


def _attribute(article: Article, paragraphs, resolver: _SpeakerMap, cues: dict[str, Cue], q,
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


SPEECH_NOUNS = frozenset({
    "comment", "remark", "statement", "word", "call", "promise", "pledge", "vow", "claim", "assertion",
    "admission", "description", "warning", "demand", "plea", "proposal", "suggestion", "insistence", "argument",
    "declaration", "announcement", "answer", "reply", "response", "message", "tweet", "speech", "testimony",
    "characterization", "characterisation", "accusation", "threat", "boast", "complaint", "criticism", "prediction",
    "assurance", "acknowledgment", "acknowledgement", "confession", "denial", "explanation", "retort", "quip",
    "joke", "slogan", "phrase", "mantra", "refrain", "question", "rhetoric", "account", "allegation",
})
"""Nouns of what a person said (our own list): with a possessor that is a name (not a date's or a place's:
:data:`NO_SPEAKER_ENTITIES`) or a personal pronoun, "her comment that “...”", "his call for “a firm limit”", "by
her own account", the possessor said the quoted words. *Account* only as one's *own* (not a bank account)."""
POSSESSED_PREPOSITIONS = frozenset({"by", "in"})
"""Prepositions that hang a possessed speech noun on the clause that holds a quotation ("by her own account",
"in his words")."""
LEAD_WORDS = frozenset({"that", "for", "of", "to", "as"})
"""Words between a speech noun and the quotation it introduces ("her comment that, “...”", "his call for “...”")."""
LEAD_MARKS = frozenset({",", ":", "\u201c", "\u2018", '"', "'", "\u2014", "\u2013", "-"})
"""Marks there: not a full stop (a quotation that opens a sentence of its own is not the noun's)."""
NO_SPEAKER_ENTITIES = frozenset({"DATE", "TIME", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "MONEY"})
"""Names that say nothing ("Monday's statement"); a person's, an organisation's or a country's may."""
TOPIC_PREPOSITIONS = frozenset({"about", "on", "over", "regarding"})
ABOUT = TOPIC_PREPOSITIONS | {"to", "against", "toward", "towards"}
"""A phrase with these between a speech noun and the quotation names what the words answer or are about ("Hale's
complaint about the sign “...”", "her reply to “...”"); not "his promise of “...”", "her pledge during the
campaign of “...”"."""
"""A speech noun after these is the topic of other words ("had this to say about his proposal: “...”")."""


def _quoted_tokens(article: Article, docs: tuple, q) -> tuple:
    """``(doc, paragraph start, tokens)``: the parse of the quotation's first paragraph and its words inside it."""
    doc, pstart = docs[q.first_paragraph - 1], article.paragraphs[q.first_paragraph - 1].start
    return doc, pstart, [t for t in doc if not t.is_punct and q.contains(pstart + t.idx, pstart + t.idx + len(t.text))]


def _possessor(noun):
    """The possessor of a speech noun (:data:`SPEECH_NOUNS`): a personal pronoun or a name, else None; none for
    a noun that is the topic of other words (:data:`TOPIC_PREPOSITIONS`)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in SPEECH_NOUNS or (
            noun.dep_ == "pobj" and noun.head.lower_ in TOPIC_PREPOSITIONS):
        return None  # "had this to say about his proposal: “...”": the words are another's
    if lemma == "account" and not (noun.head.lower_ == "by" or any(c.lower_ == "own" for c in noun.children)):
        return None  # "by her account", "in his own account"; not "in his account" (a bank's)
    return next((c for c in noun.children if c.dep_ == "poss" and (
        (c.pos_ == "PROPN" and c.ent_type_ not in NO_SPEAKER_ENTITIES) or pronouns.kind(c.lower_) == "person")),
        None)


def _possessed_words(article: Article, docs: tuple, q, outside, led_only: bool = False) -> _Attribution | None:
    """A quotation with no cue of its own held by a speech noun with a possessor ("after her comment that
    “...”", "his promise to stay “out of the dispute”"), or by a clause that a possessed speech noun qualifies ("The
    deal by her own account was “a poor bargain”"): the possessor speaks. Looked for right before the quotation (past
    punctuation and at least one of :data:`LEAD_WORDS` or a colon: "Ruiz's comments “are wrong”" is a subject
    the quotation speaks of), then from the quotation up to the first verb outside it with a subject
    of its own (an infinitive, "to stay", is passed; a possessed speech noun after *by* or *in* on that verb or
    on its subject counts, on the verb only when its subject is no person: "By Hale's own account, Lind shouted
    “...”" is Lind's). A speech noun with a phrase of :data:`ABOUT` between it and the quotation ("Hale's
    complaint about the sign “...”") is about what the phrase names. An ``after`` attribution
    ``(noun, possessor)``; None when none holds it."""
    doc, pstart, inside = _quoted_tokens(article, docs, q)
    if not inside:
        return None
    before = inside[0].i - 1  # "her comment that, “...”" read in order: the parse may hang the clause elsewhere
    word = colon = False
    while before >= 0 and (doc[before].text in LEAD_MARKS or doc[before].lower_ in LEAD_WORDS):
        word = word or (doc[before].lower_ in LEAD_WORDS and doc[before].lower_ != "as")
        colon = colon or doc[before].text == ":"
        before -= 1
    if led_only:  # "After Lind's warning that “...”, the union said ...": the warning's words, whatever verb holds all
        owner = _possessor(doc[before]) if word and before >= 0 else None
        return None if owner is None or not outside(pstart + doc[before].idx) else _Attribution(
            q.first_paragraph, "after", doc[before], speaker=owner)
    nested = before >= 0 and doc[before].dep_ == "pobj" and doc[before].head.lower_ not in POSSESSED_PREPOSITIONS
    if colon and not word and nested and _possessor(doc[before].head.head) is not None:
        before = doc[before].head.head.i  # "Hale's reply to the reporter's question: “...”": the reply's
        nested = False
    if (word or (colon and not nested)) and before >= 0 and _possessor(doc[before]) is not None and \
            outside(pstart + doc[before].idx):  # "her answer to his question: “...”": the colon leads from the answer
        return _Attribution(q.first_paragraph, "after", doc[before], speaker=_possessor(doc[before]))
    node = inside[0]
    while node.head.i != node.i:
        node = node.head
        if not outside(pstart + node.idx):
            continue
        owner = _possessor(node)
        about = any(c.dep_ == "prep" and c.lower_ in ABOUT and node.i < c.i < inside[0].i for c in node.children)
        if owner is not None and outside(pstart + owner.idx) and not about:
            return _Attribution(q.first_paragraph, "after", node, speaker=owner)
        if node.pos_ in ("VERB", "AUX"):
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            person = any(c.pos_ == "PROPN" or pronouns.kind(c.lower_) == "person" for c in subjects)
            for prep in (c for h in ((*subjects,) if person else (node, *subjects)) for c in h.children
                         if c.dep_ == "prep" and c.lower_ in POSSESSED_PREPOSITIONS):
                for noun in (g for g in prep.children if g.dep_ == "pobj"):
                    owner = _possessor(noun)
                    if owner is not None and outside(pstart + owner.idx):
                        return _Attribution(q.first_paragraph, "after", noun, speaker=owner)
            if subjects:
                return None
    return None


def _governing_clause(article: Article, docs: tuple, q, outside) -> _Attribution | None:
    """A quotation with no cue of its own that a clause holds as its object: the clause's subject said the
    words ("The advert targets a “rigged harbour board that ...”", "The union filed a request for “every
    minute of ...”", "... praised Ms. Lind for the “...”"), unless the quoted words are a clause of their own
    that the parse hangs on it as a circumstance or a conjunct ("..., but only when “the tide turns”"; an
    infinitive, "inviting them to “win my shotgun”", is still held). The verb is the first one above the
    quotation, outside its marks, with a subject of its own outside them. An ``after`` attribution ``(verb,
    subject)``; None when no such clause holds it."""
    _, pstart, inside = _quoted_tokens(article, docs, q)
    if not inside:
        return None
    node = inside[0]
    while node.head.i != node.i:
        below, node = node, node.head
        if node.pos_ not in ("VERB", "AUX") or not outside(pstart + node.idx):
            continue
        if below.dep_ in ("advcl", "conj", "parataxis") and not outside(pstart + below.idx) and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
            return None  # "Good data can drive out bad, but only when “the truth is sexier”": not its object
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
