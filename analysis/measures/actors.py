"""Actors: how the article names each one, and the tone of the sentences around it.

No coreference model can be installed here, so naming uses transparent rules
on spaCy's parse, each row keeping its ``kind`` so a reader can check it:

* ``name_phrase``: a noun phrase built on the actor's name as a modifier
  ("the Taliban delegation", "the Taliban regime", "IS fighters"), or as the
  possessor of one of the codebook's descriptor nouns ("Kesh's hardline
  government"; not "Kesh's rivers").
* ``title``: the words in front of a name inside its noun phrase
  ("Russia’s foreign minister" Sergei Lavrov, "news agency" AFP), or of the
  noun the name is set beside ("Kesh's chief negotiator" Arman Tesh).
* ``apposition``: a noun phrase set beside the name ("Lavrov, the veteran
  diplomat,").
* ``copula``: what the actor "is" ("Russia is one of the few countries").
* ``descriptor``: a definite noun phrase ("the ...") headed by one of the
  codebook's descriptors for an actor type ("the hardline Islamist group",
  "the new administration", "the militants", "the country"), attributed to
  the nearest actor of a matching type in the same paragraph, but never to
  the subject of its own clause ("Russia urged ... assistance to the country"
  is not Russia), and not at all when two actors are equally near. A
  descriptor that names territory ("fled the country", "the takeover of the
  country", "in the war-torn country") goes to the nearest matching actor
  that never acts in the article (a place: :func:`acting_actors`), when
  there is one.

Every label has a ``confidence``: ``high`` for the structural kinds and for a
descriptor with one candidate in its paragraph; ``low`` for a descriptor
chosen among several candidates of a matching type (the nearest wins), which
a reader should check.

Every label is marked with the voice whose words it is: ``quoted`` (inside quotation marks or a turn: the
speaker's own words), ``paraphrase`` (inside a reported statement, outside quotation marks: the writer's
wording of what the speaker said) or ``writer`` (the narration). Labels in paraphrase count as the writer's
choice of words (:data:`WRITERS_WORDS`), with the paraphrased speaker kept beside them.

Targeted sentiment is a coarse proxy: the mean VADER compound of the
sentences that mention the actor, narration and quotations apart. It says
how the sentences around an actor read, not what the writer thinks of it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
import pandas as pd

from analysis.measures.attribution import speech_voice
from analysis.measures.entities import ACTOR_LABELS
from analysis.tables import rows_by
from analysis.text.article import Article
from analysis.text.codebook import Codebook

DEFAULT_TYPE = {"PERSON": "person", "ORG": "organisation", "GPE": "state"}
"""Actor type for an entity outside the codebook, by its spaCy label."""

LABEL_COLUMNS = ["actor", "kind", "text", "voice", "speaker", "confidence", "paragraph", "start", "end"]


def _actor_types(codebook: Codebook) -> dict[str, set[str]]:
    """Descriptor lemma -> actor types that it can name."""
    out: dict[str, set[str]] = {}
    for t in codebook.types:
        for d in t.descriptors:
            out.setdefault(d.lower(), set()).add(t.name)
    return out


def _span_text(article: Article, para_start: int, first, last) -> tuple[str, int, int]:
    start = para_start + first.idx
    end = para_start + last.idx + len(last.text)
    return article.raw[start:end], start, end


def _clause_subjects(token) -> set[int]:
    """Token indices of the subjects of the clause that governs ``token`` (following control verbs up)."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects: set[int] = set()
    while True:
        subjects.update(c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
        if verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head
            continue
        return subjects


TERRITORY_VERBS = frozenset(("flee", "leave", "enter", "visit", "invade", "occupy", "cross", "tour", "rule",
                             "control", "seize", "evacuate", "destabilise", "destabilize"))
TERRITORY_PREPOSITIONS = frozenset(("in", "into", "from", "across", "throughout", "within", "inside", "out"))
TERRITORY_NOUNS = frozenset(("takeover", "control", "invasion", "occupation", "capital", "border", "borders",
                             "territory", "north", "south", "east", "west", "part", "parts", "rest", "rule"))


def _territory(noun) -> bool:
    """Whether a noun phrase names a territory rather than a state that acts: the object of a verb of motion
    or rule ("fled the country"), of a place preposition ("in the country"), or of "of" after a noun of
    control or geography ("the takeover of the country", "the north of the country")."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in TERRITORY_VERBS:
        return True
    if noun.dep_ == "pobj" and head.lower_ in TERRITORY_PREPOSITIONS:
        return True
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in TERRITORY_NOUNS


def acting_actors(article: Article, docs: tuple, actor_mentions: pd.DataFrame) -> frozenset[str]:
    """Actors that act in the article at least once: a mention is the subject of a verb, or the agent of a
    passive one ("evacuated by the US"), or joined to such a subject ("the US and its allies")."""
    out = set()
    for r in actor_mentions.itertuples():
        para = article.paragraphs[int(r.paragraph) - 1]
        span = docs[int(r.paragraph) - 1].char_span(int(r.start) - para.start, int(r.end) - para.start,
                                                    alignment_mode="expand")
        if span is None:
            continue
        node = span.root
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if node.dep_ in ("nsubj", "nsubjpass") or (node.dep_ == "pobj" and node.head.dep_ == "agent"):
            out.add(str(r.name))
    return frozenset(out)


def _titles_a_name(noun, actor_token_ids: set[int]) -> bool:
    """Whether ``noun`` is the title of a name: in front of it ("foreign minister Sergei Lavrov") or with the
    name set beside it ("chief negotiator Arman Tesh")."""
    if noun.dep_ == "compound" and noun.head.i in actor_token_ids:
        return True
    return any(c.dep_ == "appos" and c.i in actor_token_ids for c in noun.children)


def _copula_phrase(attr) -> list:
    """The attribute's tokens up to any relative or adjectival clause."""
    skip: set[int] = set()
    for t in attr.subtree:
        if t.dep_ in ("relcl", "acl") and t.i != attr.i:
            skip.update(x.i for x in t.subtree)
    tokens = []
    for t in attr.subtree:
        if t.i in skip:
            break
        tokens.append(t)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return tokens


WRITERS_WORDS = ("writer", "paraphrase")
"""The voices whose wording is the writer's: the narration, and the paraphrase of a reported statement."""


def label_voices(labels: pd.DataFrame, quotes: pd.DataFrame, article: Article) -> pd.DataFrame:
    """The labels with the voice they are in (:func:`analysis.measures.attribution.speech_voice`): ``quoted``
    with its ``speaker`` inside quotation marks or a turn; ``paraphrase`` with the statement's ``speaker``
    inside a reported statement but outside quotation marks ("Lee said the militants had left": *the
    militants* is the writer's wording of Lee's statement); else ``writer``. ``labels`` is
    :func:`actor_labels`; ``quotes`` the quotes table."""
    voice_at = speech_voice(quotes, article)
    out = labels.copy()
    voices, speakers = [], []
    for r in labels.itertuples():
        voice, speaker = voice_at(int(r.start), int(r.end))
        voices.append(voice)
        speakers.append(speaker)
    out["voice"] = voices
    out["speaker"] = pd.Series(speakers, index=out.index, dtype=object)
    return out[LABEL_COLUMNS]


def actor_labels(article: Article, docs: tuple, actor_mentions: pd.DataFrame, order: list[str],
                 book: Codebook, acting: frozenset[str]) -> pd.DataFrame:
    """One row per word group that names an actor (the columns of :data:`LABEL_COLUMNS`).

    ``docs`` are the paragraphs parsed with ``book``'s pipeline; ``actor_mentions`` and ``order`` come
    from :mod:`analysis.measures.entities`; ``acting`` is :func:`acting_actors`. Sorted by actor (in
    ``order``), then position. ``voice`` here knows only the quotation marks; :func:`label_voices` adds the
    reported statements once the quotes are known.
    """
    types_by_name = {a.name: a.type for a in book.actors}
    descriptor_types = _actor_types(book)
    by_paragraph: dict[int, list[tuple[int, int, str, str]]] = {}
    for r in actor_mentions.itertuples():
        by_paragraph.setdefault(r.paragraph, []).append((r.start, r.end, r.name, r.label))
    rows: list[dict[str, Any]] = []

    gpe = actor_mentions[actor_mentions["label"] == "GPE"]
    counts = gpe[~gpe["name"].isin(acting)]["name"].value_counts()
    places_by_mentions = sorted(counts.index, key=lambda n: (-counts[n], n))  # never acting, most mentioned first

    def add(actor: str, kind: str, text: str, start: int, end: int, paragraph: int, confidence: str = "high") -> None:
        voice = "quoted" if article.in_direct_quote(start, end) else "writer"
        rows.append({"actor": actor, "kind": kind, "text": text, "voice": voice, "speaker": None,
                     "confidence": confidence, "paragraph": paragraph, "start": start, "end": end})

    for para, doc in zip(article.paragraphs, docs, strict=True):
        ents = [e for e in doc.ents if e.ent_id_ or e.label_ in ACTOR_LABELS]
        here = by_paragraph.get(para.index, [])
        actor_token_ids = {t.i for e in ents for t in e}
        for ent in ents:
            e_start, e_end = para.start + ent.start_char, para.start + ent.end_char
            actor = next((name for start, end, name, _ in here if start < e_end and end > e_start), None)
            if actor is None:
                continue
            root = ent.root
            # a noun phrase built on the name: "the Taliban delegation"
            if root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ in ("NOUN", "PROPN") \
                    and root.head.i not in actor_token_ids:
                head = root.head
                text, s, e = _span_text(article, para.start, head.left_edge, head)
                add(actor, "name_phrase", text, s, e, para.index)
            # a possessor of a noun that names a body of it: "Kesh's hardline government" (descriptor nouns
            # only: "Kesh's rivers" does not name Kesh), unless that noun is the title of another name
            head = root.head
            if root.dep_ == "poss" and head.pos_ == "NOUN" and head.lemma_.lower() in descriptor_types \
                    and head.i not in actor_token_ids and not _titles_a_name(head, actor_token_ids):
                text, s, e = _span_text(article, para.start, head.left_edge, head)
                add(actor, "name_phrase", text, s, e, para.index)
            # titles in front of the name: "Russia’s foreign minister" Sergei Lavrov
            left = [t for t in doc[root.left_edge.i : ent.start]]
            if not left and root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < ent.start \
                    and head.i not in actor_token_ids:
                left = list(doc[head.left_edge.i : ent.start])  # "Kesh's chief negotiator" Arman Tesh (apposed)
            if left and any(t.pos_ == "NOUN" for t in left) and not any(t.is_punct and t.text == "," for t in left):
                text, s, e = _span_text(article, para.start, left[0], left[-1])
                add(actor, "title", text, s, e, para.index)
            for child in root.children:
                if child.dep_ == "appos" and child.i not in actor_token_ids:
                    toks = _copula_phrase(child)
                    if toks:
                        text, s, e = _span_text(article, para.start, toks[0], toks[-1])
                        add(actor, "apposition", text, s, e, para.index)
            if root.dep_ == "nsubj" and root.head.lemma_ == "be":
                for child in root.head.children:
                    if child.dep_ == "attr":
                        toks = _copula_phrase(child)
                        if toks:
                            text, s, e = _span_text(article, para.start, toks[0], toks[-1])
                            add(actor, "copula", text, s, e, para.index)
        # descriptors: "the hardline Islamist group", attributed to the nearest matching actor
        for chunk in doc.noun_chunks:
            lemma = chunk.root.lemma_.lower()
            if lemma not in descriptor_types or chunk[0].lower_ != "the":
                continue
            if any(t.i in actor_token_ids for t in chunk):
                continue
            c_start, c_end = para.start + chunk.start_char, para.start + chunk.end_char
            subjects = _clause_subjects(chunk.root)
            best: dict[str, int] = {}
            for ent in ents:
                if ent.root.i in subjects:
                    continue
                e_start, e_end = para.start + ent.start_char, para.start + ent.end_char
                found = next(((name, label) for start, _, name, label in here if e_start <= start < e_end), None)
                if found is None:
                    continue
                actor, label = found
                actor_type = types_by_name.get(actor, DEFAULT_TYPE.get(label))
                if actor_type not in descriptor_types[lemma]:
                    continue
                gap = c_start - e_end if e_end <= c_start else e_start - c_end
                best[actor] = min(gap, best.get(actor, gap))
            territory = _territory(chunk.root)
            if territory and not any(name not in acting for name in best):
                # "the takeover of the country" where only an acting state is near: the article's main place
                elsewhere = [n for n in places_by_mentions if lemma in descriptor_types
                             and types_by_name.get(n, "state") in descriptor_types[lemma]]
                if elsewhere:
                    add(elsewhere[0], "descriptor", article.raw[c_start:c_end], c_start, c_end, para.index, "low")
                    continue
            if not best:
                continue
            ranked = sorted(best.items(), key=lambda kv: (kv[1], kv[0]))
            places = [kv for kv in ranked if kv[0] not in acting]
            if territory and places and len(places) < len(ranked):
                ranked = places  # "fled the country": the place, not the state acting nearby
            if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
                continue  # two actors equally near: ambiguous
            add(ranked[0][0], "descriptor", article.raw[c_start:c_end], c_start, c_end, para.index,
                "high" if len(best) == 1 else "low")

    out = pd.DataFrame(rows, columns=LABEL_COLUMNS).drop_duplicates(["actor", "start", "end"])
    rank = {name: i for i, name in enumerate(order)}
    out = out.assign(_o=out["actor"].map(rank)).sort_values(["_o", "start", "end"], kind="mergesort")
    return out.drop(columns="_o").reset_index(drop=True)


def targeted_sentiment(sentence_sentiment: pd.DataFrame, actor_mentions: pd.DataFrame,
                       order: list[str], mention_means: dict[str, float | None]) -> pd.DataFrame:
    """Per actor: mean VADER compound of the sentences mentioning it, narration and quotations apart, and the
    mean tone towards its mentions (``mention_means``, from :mod:`analysis.measures.tone`).

    Columns: ``actor, sentences, narration, quoted, mentions`` (NaN where no sentence has that part, or no
    mention was scored). ``narration`` and ``quoted`` are a coarse proxy, the tone around an actor;
    ``mentions`` is the tone towards it, as the trained model reads each mention.
    """
    s = sentence_sentiment
    narration = dict(zip(s["sentence"], s["narration_compound"], strict=True))
    quoted = dict(zip(s["sentence"], s["quoted_compound"], strict=True))
    sentences_of = actor_mentions.groupby("name")["sentence"].agg(set).to_dict()

    def mean(values: list[float]) -> float:
        present = np.array([v for v in values if not np.isnan(v)], dtype=float)
        return float(present.sum() / len(present)) if len(present) else float("nan")  # as pandas' mean

    rows = []
    for actor in order:
        ids = sorted(sentences_of[actor] - {0})
        towards = mention_means.get(actor)
        rows.append({"actor": actor, "sentences": len(ids), "narration": mean([narration[i] for i in ids]),
                     "quoted": mean([quoted[i] for i in ids]),
                     "mentions": float("nan") if towards is None else float(towards)})
    return pd.DataFrame(rows, columns=["actor", "sentences", "narration", "quoted", "mentions"])


def actor_table(actor_mentions: pd.DataFrame, order: list[str], labels: pd.DataFrame,
                targeted: pd.DataFrame) -> pd.DataFrame:
    """One row per actor: ``actor, label, mentions, paragraphs, writer_labels, quoted_labels,
    narration_sentiment, quoted_sentiment, mention_tone``. Labels are joined with ' | ' in text order:
    ``writer_labels`` are the writer's words (narration and paraphrase, :data:`WRITERS_WORDS`), ``quoted_labels``
    a speaker's own (inside quotation marks or a turn)."""
    mentioned = mentions_by_actor(actor_mentions)
    labelled = rows_by(labels, "actor")
    sent = targeted.set_index("actor").to_dict("index")
    rows = []
    for actor in order:
        am, al = mentioned[actor], labelled.get(actor, [])
        labels = Counter(label for label, _ in am)
        most = max(labels.values())
        rows.append({
            "actor": actor,
            "label": min(label for label, n in labels.items() if n == most),  # the mode; ties: first by name
            "mentions": len(am),
            "paragraphs": sorted({paragraph for _, paragraph in am}),
            "writer_labels": " | ".join(r["text"] for r in al if r["voice"] in WRITERS_WORDS),
            "quoted_labels": " | ".join(r["text"] for r in al if r["voice"] == "quoted"),
            "narration_sentiment": sent[actor]["narration"],
            "quoted_sentiment": sent[actor]["quoted"],
            "mention_tone": sent[actor]["mentions"],
        })
    cols = ["actor", "label", "mentions", "paragraphs", "writer_labels", "quoted_labels",
            "narration_sentiment", "quoted_sentiment", "mention_tone"]
    return pd.DataFrame(rows, columns=cols)


def mentions_by_actor(actor_mentions: pd.DataFrame) -> dict[str, list[tuple[str, int]]]:
    """``(label, paragraph)`` of each actor mention, grouped by actor."""
    m = actor_mentions
    out: dict[str, list[tuple[str, int]]] = {}
    for name, label, paragraph in zip(m["name"], m["label"], m["paragraph"].tolist(), strict=True):
        out.setdefault(name, []).append((label, paragraph))
    return out
