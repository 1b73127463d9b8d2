"""Quotes and voices: who speaks, through whom, with which verbs.

* **Direct quotations** are the loader's quotation spans (one finder for
  the whole package); short marked words are **scare quotes**, listed with no
  speaker as the writer's distance markers.
* **Attribution** reads spaCy's dependency parse of the clause around a
  quotation: the reporting verb (from ``analysis/data/reporting_verbs.csv``)
  outside the quotation marks, in the sentence that holds the opening or the
  closing mark, preferring a verb that governs the quotation. Its subject is
  the speaker ("X said", "said X", "the minister said"); in "AFP quoted X as
  saying" the object is the speaker and the subject the **channel**; in "X
  was quoted as saying" the passive subject is the speaker. A verb without a
  subject of its own (a participle, a second verb joined by "and") takes the
  subject of the verb it hangs on.
* A quotation with no attribution of its own that follows an attributed one
  in the same paragraph continues that speaker (``speaker_text`` stays empty).
* A pronoun speaker ("he further said") resolves to the latest named speaker
  before it, else the latest person mentioned; a quotation resolved this way
  in the same paragraph keeps its antecedent's channel.
* The speaker is mapped to its canonical actor when the subject is, contains,
  or is a recorded naming phrase of an actor (:mod:`analysis.measures.actors`);
  otherwise the subject phrase itself is the speaker ("top officials").
* **Reported speech**: reporting verbs in the narration with their speaker
  and the span of what they report. A verb inside what another reporting
  verb reports ("Lavrov said that his country noted ...") is part of that
  statement, not a new one. "Reuters reported" makes Reuters the channel of
  the statements it governs; the credit line is the article's channel.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pandas as pd

from analysis.errors import ConfigError
from analysis.paths import DATA
from analysis.tables import rows_by
from analysis.text.article import Article
from analysis.text.codebook import Codebook
from analysis.text.datafile import read_rows

REPORTING_VERBS_FILE = DATA / "reporting_verbs.csv"
CLASSES = ("neutral", "assertive", "distancing", "tentative", "emotive", "channel")
PRONOUNS = {"he", "she", "they", "it", "we", "i"}

QUOTE_COLUMNS = ["kind", "speaker", "speaker_text", "speaker_start", "speaker_end", "channel", "cue", "cue_class",
                 "cue_text", "cue_start", "cue_end", "paragraph", "start", "end", "words", "text"]


@lru_cache(maxsize=4)
def load_reporting_verbs(path=REPORTING_VERBS_FILE) -> dict[str, str]:
    """The reporting-verb lexicon ``{cue: class}``; validated (file and line named on error)."""
    out: dict[str, str] = {}
    for n, row in read_rows(path, ["cue", "class"]):
        cue, cls = row[0].lower(), row[1]
        if cls not in CLASSES:
            raise ConfigError(f"{path}:{n}: unknown class {cls!r} (expected one of {', '.join(CLASSES)})")
        if cue in out:
            raise ConfigError(f"{path}:{n}: cue {cue!r} is listed twice")
        out[cue] = cls
    return out


def _cue_of(token, lexicon: dict[str, str]) -> str | None:
    """The lexicon cue a verb token expresses ('say', 'express regret'), or None."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if lemma == "express":
        nouns = [c for c in token.children if c.dep_ == "dobj"]
        if not nouns and token.dep_ == "acl":
            nouns = [token.head]
        for n in nouns:
            cue = f"express {n.lemma_.lower()}"
            if cue in lexicon:
                return cue
        return None
    return lemma if lemma in lexicon else None


def _subject(verb):
    """The subject token of a verb, inherited from the governing verb when it has none; and whether passive."""
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
        if v.dep_ in ("conj", "advcl", "xcomp") and v.head.i != v.i:
            v = v.head
            continue
        return None, False
    return None, False


class _Resolver:
    """Maps a subject token to a speaker: canonical actor, resolved pronoun, or the phrase itself."""

    def __init__(self, article: Article, actor_mentions: pd.DataFrame, labels: pd.DataFrame):
        self.article = article
        # (start, end, name, label) of each actor mention, and (start, end, actor) of each label, in table order
        self.mentions = [(r.start, r.end, r.name, r.label) for r in actor_mentions.itertuples()]
        self.labels = [(r.start, r.end, r.actor) for r in labels.itertuples()]
        self.named: list[tuple[int, str, str | None, int]] = []  # (position, speaker, channel, paragraph)

    def _actor_at(self, start: int, end: int, person_first: bool = True) -> str | None:
        m = [x for x in self.mentions if x[0] < end and x[1] > start]
        if not m:
            return None
        if person_first and any(x[3] == "PERSON" for x in m):
            m = [x for x in m if x[3] == "PERSON"]
        return str(m[-1][2])

    def phrase(self, para_start: int, token) -> tuple[int, int]:
        toks = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "punct")] or [token]
        s = para_start + min(t.idx for t in toks)
        e = para_start + max(t.idx + len(t.text) for t in toks)
        return s, e

    def speaker(self, para_start: int, token, position: int, paragraph: int) -> dict[str, Any]:
        """The speaker of a subject token: ``speaker``, ``speaker_text``, ``speaker_start``, ``speaker_end``
        (the words in the text) and ``inherited`` (a channel carried over with a resolved pronoun)."""
        if token is None:
            return {"speaker": None, "speaker_text": "", "speaker_start": None, "speaker_end": None,
                    "inherited": None}
        own_s = para_start + token.idx
        if token.pos_ == "PRON" and token.lower_ in PRONOUNS:
            found = {"speaker_text": token.text, "speaker_start": own_s, "speaker_end": own_s + len(token.text),
                     "inherited": None}
            before = [x for x in self.named if x[0] < position]
            if before:
                _, name, channel, par = before[-1]
                return {**found, "speaker": name, "inherited": channel if par == paragraph else None}
            persons = [x for x in self.mentions if x[3] == "PERSON" and x[1] <= position]
            return {**found, "speaker": str(persons[-1][2]) if persons else None}
        own = self._actor_at(own_s, own_s + len(token.text))
        s, e = self.phrase(para_start, token)
        text = self.article.raw[s:e]
        found = {"speaker_text": text, "speaker_start": s, "speaker_end": e, "inherited": None}
        if own:
            return {**found, "speaker": own}
        inner = self._actor_at(s, e)
        if inner and any(x[3] == "PERSON" for x in self.mentions if x[0] >= s and x[1] <= e):
            return {**found, "speaker": inner}
        lab = [x for x in self.labels if x[0] <= own_s and x[1] >= own_s + len(token.text)]
        if lab:
            return {**found, "speaker": str(lab[0][2])}
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


def _governing_channel(verb, resolver: _Resolver, para_start: int, lexicon) -> str | None:
    """A channel verb ("Reuters reported") that governs ``verb`` makes its subject the channel."""
    for anc in verb.ancestors:
        if _cue_of(anc, lexicon) and lexicon[_cue_of(anc, lexicon)] == "channel":
            subj, _ = _subject(anc)
            return _channel_name(resolver, para_start, subj)
    return None


def _embedded(token, lexicon: dict[str, str]) -> bool:
    """Whether a reporting verb sits inside what another one reports ("said that his country noted")
    or is the "saying" of "quoted X as saying"."""
    node, crossed = token, False
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp", "pcomp"):
            crossed = True
        node = node.head
        if node.lemma_.lower() == "quote" and node.pos_ == "VERB":
            return True
        cue = _cue_of(node, lexicon)
        if crossed and cue and lexicon[cue] != "channel":
            return True
    return False


def _content_span(verb) -> tuple[int, int] | None:
    """Token index range of what a reporting verb reports (its complements after it)."""
    parts = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("conj", "cc", "punct", "agent", "advmod")]
    if verb.lemma_.lower() == "express" and verb.dep_ == "acl":
        parts = [c for c in verb.children if c.dep_ == "prep"] or parts
    idx = [t.i for p in parts for t in p.subtree if not (t.dep_ == "punct" and t.i == p.i)]
    if not idx:
        return None
    return min(idx), max(idx)


def _span_chars(doc, para_start: int, first: int, last: int) -> tuple[int, int]:
    a, b = doc[first], doc[last]
    while last > first and doc[last].is_punct:
        last -= 1
        b = doc[last]
    return para_start + a.idx, para_start + b.idx + len(b.text)


NO_SPEAKER: dict[str, Any] = {"speaker": None, "speaker_text": "", "speaker_start": None, "speaker_end": None,
                              "channel": None, "cue": None, "cue_class": None, "cue_text": None, "cue_start": None,
                              "cue_end": None}


def _cue_span(article: Article, para_start: int, verb) -> dict[str, Any]:
    """``cue_text``, ``cue_start``, ``cue_end`` of a cue verb (with its noun for "express regret")."""
    start, end = para_start + verb.idx, para_start + verb.idx + len(verb.text)
    if verb.lemma_.lower() == "express":
        nouns = [c for c in verb.children if c.dep_ == "dobj"] or ([verb.head] if verb.dep_ == "acl" else [])
        for n in nouns:
            start, end = min(start, para_start + n.idx), max(end, para_start + n.idx + len(n.text))
    return {"cue_text": article.raw[start:end], "cue_start": start, "cue_end": end}


def quotes_table(article: Article, docs: tuple, actor_mentions: pd.DataFrame, labels: pd.DataFrame) -> pd.DataFrame:
    """One row per direct quotation, reported statement and scare quote, in text order.

    Columns: ``kind`` (``direct``, ``indirect``, ``scare``), ``speaker``
    (canonical actor or the subject phrase; None for scare quotes or when
    unknown), ``speaker_text`` (the words in the text), ``channel``, ``cue``,
    ``cue_class``, ``paragraph`` (1-based), ``start``, ``end`` (offsets into
    the raw file: the quoted text without marks, or the reported content),
    ``words`` (article words inside), ``text``. ``docs`` are the parsed paragraphs; ``actor_mentions``
    and ``labels`` (:mod:`analysis.measures.actors`) map subjects to actors.
    """
    lexicon = load_reporting_verbs()
    resolver = _Resolver(article, actor_mentions, labels)
    paragraphs = article.paragraphs
    direct = list(article.direct_quotes)
    in_quote_chars = [(s, e) for q in direct for s, e in q.segments]

    def outside(char: int) -> bool:
        return not any(s - 1 <= char < e + 1 for s, e in in_quote_chars)

    def words_in(s: int, e: int) -> int:
        return sum(1 for w in article.words if s <= w.start and w.end <= e)

    events: list[tuple[int, dict[str, Any], Any]] = []  # (position, row, verb token or None)
    used_verbs: set[tuple[int, int]] = set()

    # direct quotations: find the attribution verb
    for q in direct:
        candidates = []
        for para_index, anchor in ((q.first_paragraph, q.start), (q.last_paragraph, q.end)):
            doc, pstart = docs[para_index - 1], paragraphs[para_index - 1].start
            for sent in doc.sents:
                if not (pstart + sent.start_char <= anchor <= pstart + sent.end_char + 1):
                    continue
                for t in sent:
                    if not outside(pstart + t.idx):
                        continue
                    cue = "quote" if t.lemma_.lower() == "quote" and t.pos_ == "VERB" else _cue_of(t, lexicon)
                    if not cue or lexicon.get(cue) == "channel":
                        continue
                    if t.dep_ == "pcomp" and t.head.lower_ == "as" and t.head.head.lemma_.lower() == "quote":
                        continue  # the "saying" of "quoted X as saying": the quote verb is the cue
                    governs = any(q.contains(pstart + d.idx, pstart + d.idx + len(d.text)) for d in t.subtree)
                    distance = min(abs(pstart + t.idx - q.start), abs(pstart + t.idx - q.end))
                    candidates.append((not governs, distance, para_index, t, cue))
        row = {**NO_SPEAKER, "kind": "direct", "paragraph": q.first_paragraph, "start": q.start, "end": q.end,
               "words": words_in(q.start, q.end), "text": q.text}
        verb = None
        if candidates:
            candidates.sort(key=lambda c: (c[0], c[1]))
            _, _, para_index, verb, cue = candidates[0]
            pstart = paragraphs[para_index - 1].start
            used_verbs.add((para_index, verb.i))
            channel = None
            if cue == "quote":
                objs = [c for c in verb.children if c.dep_ == "dobj"]
                subj, passive = _subject(verb)
                as_verb = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                           for g in c.children if g.dep_ == "pcomp"]
                cue = _cue_of(as_verb[0], lexicon) if as_verb and _cue_of(as_verb[0], lexicon) else "quote"
                if passive:
                    speaker_tok = subj
                    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                    channel = _channel_name(resolver, pstart, agents[0]) if agents else None
                else:
                    speaker_tok = objs[0] if objs else None
                    channel = _channel_name(resolver, pstart, subj)
            else:
                speaker_tok, _ = _subject(verb)
                channel = _governing_channel(verb, resolver, pstart, lexicon)
            who = resolver.speaker(pstart, speaker_tok, q.start, q.first_paragraph)
            inherited = who.pop("inherited")
            row.update(**who, channel=channel or inherited, cue=cue, cue_class=lexicon.get(cue),
                       **_cue_span(article, pstart, verb))
        elif events and events[-1][1]["kind"] == "direct" and events[-1][1]["paragraph"] == q.first_paragraph:
            # a further quotation with no attribution of its own continues the previous speaker's
            row.update(speaker=events[-1][1]["speaker"], channel=events[-1][1]["channel"])
        resolver.remember(q.start, row["speaker"], row["channel"], q.first_paragraph)
        events.append((q.start, row, verb))

    # reported speech in the narration
    for para, doc in zip(paragraphs, docs, strict=True):
        for t in doc:
            cue = _cue_of(t, lexicon)
            if not cue or lexicon[cue] == "channel" or (para.index, t.i) in used_verbs:
                continue
            if not outside(para.start + t.idx):
                continue
            if _embedded(t, lexicon):
                continue  # inside what another reporting verb reports
            span = _content_span(t)
            if span:
                s, e = _span_chars(doc, para.start, *span)
            else:
                s, e = para.start + t.idx, para.start + t.idx + len(t.text)
            subj, _ = _subject(t)
            who = resolver.speaker(para.start, subj, para.start + t.idx, para.index)
            who.pop("inherited")
            row = {**who, "kind": "indirect", "channel": _governing_channel(t, resolver, para.start, lexicon),
                   "cue": cue, "cue_class": lexicon[cue], **_cue_span(article, para.start, t),
                   "paragraph": para.index, "start": s, "end": e, "words": words_in(s, e), "text": article.raw[s:e]}
            resolver.remember(para.start + t.idx, row["speaker"], row["channel"], para.index)
            events.append((para.start + t.idx, row, t))

    for q in article.quotes:
        if q.short:
            events.append((q.start, {**NO_SPEAKER, "kind": "scare", "paragraph": q.first_paragraph,
                                     "start": q.start, "end": q.end, "words": words_in(q.start, q.end),
                                     "text": q.text}, None))
    events.sort(key=lambda ev: (ev[1]["start"], ev[1]["end"], ev[1]["kind"]))
    return pd.DataFrame([ev[1] for ev in events], columns=QUOTE_COLUMNS)


def voices_table(quotes: pd.DataFrame, body_words: int) -> pd.DataFrame:
    """One row per speaker: ``speaker, direct, indirect, words_quoted, share_of_voice, first_paragraph, cues``.

    ``share_of_voice`` = the speaker's words in direct quotations / body words.
    ``cues`` is a list of ``{verb, class, count}`` sorted by count, then verb (verbs the reporting-verb
    lexicon classes; the bare "quote" of "X quoted Y" has no class and is not listed).
    Sorted by words quoted, then statements, then name. ``body_words`` is the article's word count.
    """
    q = quotes[quotes["kind"].isin(["direct", "indirect"]) & quotes["speaker"].notna()]
    total = body_words
    by_speaker = rows_by(q, "speaker")
    rows = []
    for speaker in sorted(by_speaker):
        g = by_speaker[speaker]
        cues: dict[tuple[str, str], int] = {}
        for r in g:
            if isinstance(r["cue"], str) and isinstance(r["cue_class"], str):  # a bare "quote" verb has no class
                cues[r["cue"], r["cue_class"]] = cues.get((r["cue"], r["cue_class"]), 0) + 1
        words = sum(int(r["words"]) for r in g if r["kind"] == "direct")
        rows.append({
            "speaker": speaker,
            "direct": sum(1 for r in g if r["kind"] == "direct"),
            "indirect": sum(1 for r in g if r["kind"] == "indirect"),
            "words_quoted": words,
            "share_of_voice": words / total if total else 0.0,
            "first_paragraph": min(int(r["paragraph"]) for r in g),
            "cues": [{"verb": cue, "class": cls, "count": n}
                     for (cue, cls), n in sorted(cues.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1]))],
        })
    cols = ["speaker", "direct", "indirect", "words_quoted", "share_of_voice", "first_paragraph", "cues"]
    out = pd.DataFrame(rows, columns=cols)
    if out.empty:
        return out
    out["_n"] = out["direct"] + out["indirect"]
    out = out.sort_values(["words_quoted", "_n", "speaker"], ascending=[False, False, True], kind="mergesort")
    return out.drop(columns="_n").reset_index(drop=True)


def unheard_actors(voices: pd.DataFrame, actor_mentions: pd.DataFrame, order: list[str],
                   book: Codebook) -> pd.DataFrame:
    """Actors mentioned but never quoted directly: ``actor, mentions, indirect`` (reported statements).

    News agencies (codebook type ``news_agency``) are channels, not voices, and are left out.
    """
    agencies = {a.name for a in book.actors if a.type == "news_agency"}
    v = voices
    m = actor_mentions
    quoted = set(v.loc[v["direct"] > 0, "speaker"]) if len(v) else set()
    indirect = dict(zip(v["speaker"], v["indirect"], strict=True)) if len(v) else {}
    rows = [{"actor": a, "mentions": int((m["name"] == a).sum()), "indirect": int(indirect.get(a, 0))}
            for a in order if a not in quoted and a not in agencies]
    return pd.DataFrame(rows, columns=["actor", "mentions", "indirect"])


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
