"""Tone towards each actor mention, not towards the sentence: a small trained model, explained.

The sentence-level tone (VADER on the sentences that mention an actor) gives
every actor in a sentence the same number: in "Sanford crushed Colbert Busch"
both men get +0.33. This module labels each *mention* instead.

* **Features** (:func:`features`) are read off the spaCy parse of the
  mention's sentence and VADER's own lexicon (no lexicon of our own): the
  mention's grammatical role and the word it depends on ("subject of
  *crush*", "object of *praise*", "'by' phrase of *attack*"), the valence of
  that word and of the rest of its clause, negation of it, the valence of the
  mention's own modifiers and of the words near it in the parse (weighted by
  tree distance), the valence words before and after it, the words right
  next to it, whether it is inside a quotation, and the whole sentence's
  VADER scores and words. Words of the mention itself are never features.
* **Model**: a multinomial logistic regression (scikit-learn) fitted on
  NewsMTSC (Hamborg & Donnay 2021, MIT), sentences from news annotated with
  the tone towards one person, by ``python -m analysis.evaluation train-tone``
  (``make train-tone``); the fitted weights are the committed file
  ``analysis/data/tone_model.json`` with the sha256 of the training file, the
  split rule and the held-out score. Nothing is fitted or downloaded at run time.
* **Output** per mention: ``label`` (the most probable of negative, neutral,
  positive), ``score`` = P(positive) - P(negative), from -1 to +1, and
  ``because``: the features that pushed hardest towards the label, in words.
* **Mentions**: every actor mention (codebook actors and PERSON, ORG, GPE
  entities, and the names the entity recogniser missed that
  :func:`analysis.measures.entities.missed_names` gives to a known person),
  every other proper noun the recogniser left unlabelled in a role a person
  can take (:func:`analysis.measures.entities.unlabelled_names`: scored, with
  no actor),
  every third-person pronoun (*he, him, his, she, her, hers, they, them,
  their, theirs* and the reflexives), counted for the actor the article's one
  pronoun resolver gives it (:func:`analysis.measures.pronouns.resolve_article`,
  the table quotation speakers read too; inside a quotation *he/she* are
  resolved but *they* is not), and inside a direct quotation the speaker's
  own *I, me, my*. *It* is left out
  (mostly not an actor: "it is possible"), as are *we* and *you*. A pronoun
  the resolver gives to no actor is kept with no actor.

Measured accuracy is in ``benchmarks/ACCURACY.md`` (``make accuracy``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.lang.en.stop_words import STOP_WORDS

from analysis.errors import ConfigError
from analysis.measures import entities, pronouns
from analysis.measures.attribution import speech_voice
from analysis.measures.sentiment import analyzer
from analysis.paths import DATA
from analysis.tables import none_if_missing
from analysis.text.article import Article
from analysis.text.datafile import read_model

MODEL_FILE = DATA / "tone_model.json"
CLASSES = ("negative", "neutral", "positive")
NEGATORS = frozenset({"not", "no", "never", "n't", "n’t", "without", "nor"})
PRONOUNS = pronouns.THIRD
"""Third-person pronouns counted as mentions (see the module docstring for why *it*, *I*, *we* are not)."""
SPEAKER_SELF = frozenset({"i", "me", "my", "myself"})
"""Inside a direct quotation these are the quotation's speaker."""
EXPLAIN_TOP = 3
ROLE_NAMES = {
    "nsubj": "subject", "nsubjpass": "passive subject", "dobj": "object", "pobj": "object of a preposition",
    "poss": "possessor", "compound": "part of a name", "appos": "apposition", "conj": "conjunct",
    "attr": "complement", "dative": "indirect object", "agent": "agent",
}

MENTION_TONE_COLUMNS = ["actor", "text", "start", "end", "paragraph", "sentence", "voice", "speaker", "kind",
                        "rule", "tone", "score", "because"]


def _valence(token, lexicon: dict[str, float]) -> float:
    """VADER's lexicon valence of a token (its lower-case form, else its lemma); 0 when it has none."""
    return lexicon.get(token.lower_, lexicon.get(token.lemma_.lower(), 0.0))


def _sign(x: float) -> str:
    return "neg" if x < -0.05 else ("pos" if x > 0.05 else "zero")


def _ancestors(token) -> list:
    out = [token]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def _role(root) -> tuple[str, Any]:
    """The mention's role and the word it depends on; a preposition's object takes the preposition's head
    ("criticism *by* X" -> ``prep_by`` of *criticism*)."""
    dep, head = root.dep_, root.head
    if dep == "pobj" and head.dep_ in ("prep", "agent"):
        dep, head = "prep_" + head.lower_, head.head
    return dep, head


def _in_quote(sent_text: str, offset: int) -> bool:
    before = sent_text[:offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def features(span, sentence_scores: dict[str, float] | None = None,
             evidence: dict[str, list[str]] | None = None) -> dict[str, float]:
    """The features of one mention (a spaCy ``Span``), read in its sentence.

    ``sentence_scores`` are VADER's scores of ``span.sent`` when the caller already has them. When
    ``evidence`` is a dict, it receives, for each valence feature, the words that made it (for explanations).
    """
    lexicon = analyzer().lexicon
    sent = span.sent
    scores = sentence_scores if sentence_scores is not None else analyzer().polarity_scores(sent.text)
    ev: dict[str, list[str]] = evidence if evidence is not None else {}
    f: dict[str, float] = {"s_comp": scores["compound"], "s_pos": scores["pos"], "s_neg": scores["neg"]}
    ids = {t.i for t in span}
    root = span.root
    dep, head = _role(root)
    own = {t.i for t in root.subtree}
    clause = {t.i for t in head.subtree} - own
    head_lemma = head.lemma_.lower()
    f["dep=" + dep] = 1
    f["dep_only=" + root.dep_] = 1
    f["head=" + head_lemma] = 1
    f["dh=" + dep + "|" + head_lemma] = 1
    hv = _valence(head, lexicon) if head.i not in ids else 0.0
    f["hv"] = hv
    f["hv_" + dep + "_" + _sign(hv)] = 1
    ev["hv"] = ev["hv_" + dep + "_" + _sign(hv)] = [head.text] if hv else []
    negators = [c.text for c in head.children if c.lower_ in NEGATORS or c.dep_ == "neg"]
    if negators:
        f["neg_head"] = 1
        f["hvn"] = -hv
        ev["neg_head"] = ev["hvn"] = [*negators, head.text]
    valued = {t.i: _valence(t, lexicon) for t in sent if t.i not in ids}
    valued = {i: v for i, v in valued.items() if v}
    pv = sum(valued.get(i, 0.0) for i in clause)
    f["pred_val"] = pv
    f["pv_" + dep + "_" + _sign(pv)] = 1
    ev["pred_val"] = ev["pv_" + dep + "_" + _sign(pv)] = [sent.doc[i].text for i in sorted(clause) if i in valued]
    mv = sum(valued.get(i, 0.0) for i in own)
    f["mod_val"] = mv
    f["mv_" + _sign(mv)] = 1
    ev["mod_val"] = ev["mv_" + _sign(mv)] = [sent.doc[i].text for i in sorted(own) if i in valued]
    if root.dep_ == "nsubjpass":
        f["passive"] = 1
    f["mtype=" + ("PRON" if root.pos_ == "PRON" else (root.ent_type_ or "X"))] = 1
    path = {t.i: k for k, t in enumerate(_ancestors(root))}
    near = 0.0
    for t in sent:
        if t.i in ids:
            continue
        if not t.is_punct:
            f["w=" + t.lemma_.lower()] = 1
        v = valued.get(t.i, 0.0)
        if not v:
            continue
        distance = next((k + path[a.i] for k, a in enumerate(_ancestors(t)) if a.i in path), 10)
        near += v / (1 + distance)
        key = f"vw_{'L' if t.i < span.start else 'R'}_{_sign(v)}"
        f[key] = f.get(key, 0) + 1
        ev.setdefault(key, []).append(t.text)
        if t.i in clause:
            f["vh_" + dep + "_" + t.lemma_.lower()] = 1
    f["tree_val"] = near
    f["tv_" + _sign(near)] = 1
    ev["tree_val"] = ev["tv_" + _sign(near)] = [sent.doc[i].text for i in sorted(valued)]
    ev["s_comp"] = ev["s_pos"] = ev["s_neg"] = ev["tree_val"]
    for k in (1, 2, 3):
        if span.start - k >= sent.start:
            f[f"L{k}=" + sent.doc[span.start - k].lower_] = 1
        if span.end + k - 1 < sent.end:
            f[f"R{k}=" + sent.doc[span.end + k - 1].lower_] = 1
    if _in_quote(sent.text, span.start_char - sent.start_char):
        f["in_quote"] = 1
    return f


def informative(feature: str) -> bool:
    """Whether a feature says something a reader can check: a content word, a role, a valence. Absences
    ("no modifiers"), the mention's own type and function words weigh in the model but explain nothing."""
    name, _, value = feature.partition("=")
    if feature.endswith("_zero") or name in ("mtype", "dep_only"):
        return False
    if name in ("w", "L1", "L2", "L3", "R1", "R2", "R3", "head"):
        return value.isalpha() and value not in STOP_WORDS
    return True


def describe(feature: str) -> str:
    """A feature in words, for the explanation of a label."""
    name, _, value = feature.partition("=")
    if feature in ("s_comp", "s_pos", "s_neg"):
        return "the sentence's tone (VADER)"
    simple = {"hv": "the valence of the word it depends on", "hvn": "a negated word it depends on",
              "neg_head": "a negated word it depends on", "pred_val": "the valence of the rest of its clause",
              "mod_val": "the valence of its modifiers", "tree_val": "valence words near it in the parse",
              "passive": "passive subject", "in_quote": "inside a quotation"}
    if feature in simple:
        return simple[feature]
    if name == "w":
        return f"'{value}' in the sentence"
    if name in ("L1", "L2", "L3"):
        return f"'{value}' just before it"
    if name in ("R1", "R2", "R3"):
        return f"'{value}' just after it"
    if name == "head":
        return f"depends on '{value}'"
    if name in ("dep", "dep_only"):
        return ROLE_NAMES.get(value, value.replace("prep_", "'") + ("' phrase" if value.startswith("prep_") else ""))
    if name == "dh":
        role, _, word = value.partition("|")
        return f"{_role_words(role)} of '{word}'"
    if name == "mtype":
        return "a pronoun" if value == "PRON" else f"a {value} name"
    prefix, _, rest = feature.partition("_")
    signs = {"neg": "negative", "pos": "positive", "zero": "no"}
    if prefix in ("hv", "pv") and rest:
        role, _, sign = rest.rpartition("_")
        what = "word it depends on" if prefix == "hv" else "rest of its clause"
        return f"{_role_words(role)}, {signs.get(sign, sign)} {what}"
    if prefix == "mv":
        return f"{signs.get(rest, rest)} modifiers"
    if prefix == "tv":
        return f"{signs.get(rest, rest)} words near it in the parse"
    if prefix == "vw":
        side, _, sign = rest.partition("_")
        return f"{signs.get(sign, sign)} words {'before' if side == 'L' else 'after'} it"
    if prefix == "vh":
        role, _, word = rest.rpartition("_")
        return f"'{word}' in its clause"
    return feature


def _role_words(role: str) -> str:
    if role.startswith("prep_"):
        return f"'{role[5:]}' phrase"
    return ROLE_NAMES.get(role, role)


class ToneModel:
    """The fitted weights of :data:`MODEL_FILE`, as scikit-learn objects, with their provenance."""

    def __init__(self, data: dict[str, Any], source: str = "<model>") -> None:
        try:
            self.classes = tuple(data["classes"])
            names = sorted(data["weights"])
            coef = np.array([data["weights"][n] for n in names], dtype=float).T
            intercept = np.array(data["intercept"], dtype=float)
            self.provenance = {k: v for k, v in data.items() if k not in ("weights", "intercept")}
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{source}: not a tone model file ({exc})") from exc
        if self.classes != CLASSES or coef.shape != (len(CLASSES), len(names)) or intercept.shape != (3,):
            raise ConfigError(f"{source}: tone model has classes {self.classes} and weights of shape "
                              f"{coef.shape}; expected {CLASSES}")
        self.vectorizer, self.model = _estimators(names, coef, intercept, self.classes)
        self.names = names
        self.centred = coef - coef.mean(axis=0)
        """Each class's weights minus the mean over classes: what a feature adds to one label over the others."""

    def predict(self, rows: list[dict[str, float]],
                evidence: list[dict[str, list[str]]] | None = None) -> list[tuple[str, float, str]]:
        """``(label, score, because)`` for each feature dict (``evidence``: the words behind each feature)."""
        if not rows:
            return []
        x = self.vectorizer.transform(rows)
        proba = self.model.predict_proba(x)
        out = []
        for i in range(x.shape[0]):
            k = int(np.argmax(proba[i]))
            row = x.getrow(i)
            pushes = sorted(((float(self.centred[k, j] * v), self.names[j]) for j, v in zip(row.indices, row.data,
                                                                                       strict=True)),
                            key=lambda p: (-p[0], p[1]))
            words: list[str] = []
            shown: set[tuple[str, ...]] = set()
            for push, name in pushes:
                if push <= 0 or len(words) == EXPLAIN_TOP:
                    break
                if not informative(name):
                    continue
                d = describe(name)
                said = tuple(dict.fromkeys(evidence[i].get(name) or ())) if evidence else ()
                if said in shown:
                    continue  # the same words already explain an earlier feature
                if said:
                    shown.add(said)
                    d += " (" + ", ".join(said) + ")"
                if d not in words:
                    words.append(d)
            score = float(proba[i][CLASSES.index("positive")] - proba[i][CLASSES.index("negative")])
            out.append((self.classes[k], round(score, 4), "; ".join(words)))
        return out


def _estimators(names: list[str], coef: np.ndarray, intercept: np.ndarray, classes: tuple[str, ...]):
    """A fitted ``DictVectorizer`` and ``LogisticRegression`` rebuilt from stored weights (no pickle: the file
    is plain JSON, readable and diffable, and does not depend on the pickle format of one scikit-learn
    release)."""
    vec = DictVectorizer()
    vec.feature_names_ = list(names)
    vec.vocabulary_ = {n: i for i, n in enumerate(names)}
    lr = LogisticRegression()
    lr.classes_ = np.array(classes)
    lr.coef_ = coef
    lr.intercept_ = intercept
    lr.n_features_in_ = len(names)
    return vec, lr


def load_model(path: Path = MODEL_FILE) -> ToneModel:
    """The tone model in ``path``; a clear error when it is missing or malformed."""
    return ToneModel(read_model(path, "tone model", "train-tone"), str(path))


@lru_cache(maxsize=1)
def model() -> ToneModel:
    """The package's tone model (loaded once per process)."""
    return load_model()


def _mentions(article: Article, docs: tuple, actor_mentions: pd.DataFrame, quotes: pd.DataFrame,
              referents: pd.DataFrame) -> list[dict[str, Any]]:
    """Actor mentions, third-person pronouns (with the actor the resolver gives each) and, inside a direct
    quotation, the speaker's *I, me, my*, as token spans in text order."""
    paragraphs = {p.index: (p, doc) for p, doc in zip(article.paragraphs, docs, strict=True)}
    rows = []

    def add(start: int, end: int, paragraph: int, actor: str | None, kind: str, rule: str | None) -> None:
        para, doc = paragraphs[paragraph]
        span = doc.char_span(start - para.start, end - para.start, alignment_mode="expand")
        if span is not None and len(span):
            rows.append({"actor": actor, "span": span, "start": start, "end": end, "paragraph": paragraph,
                         "kind": kind, "rule": rule})

    m = actor_mentions
    for start, end, name, paragraph in zip(m["start"].tolist(), m["end"].tolist(), m["name"].tolist(),
                                           m["paragraph"].tolist(), strict=True):
        add(start, end, paragraph, name, "name", None)
    named = set(m["start"].tolist())
    for para, doc in paragraphs.values():  # names the recogniser missed that are no known person's: scored
        for span in entities.unlabelled_names(doc):
            start = para.start + span.start_char
            if start not in named:
                add(start, para.start + span.end_char, para.index, None, "name", None)
    r = referents
    for start, end, paragraph, text, actor, rule in zip(*(r[c].tolist() for c in
                                                          ("start", "end", "paragraph", "text", "actor", "rule")),
                                                        strict=True):
        if text.lower() in PRONOUNS:
            add(start, end, paragraph, none_if_missing(actor), "pronoun", none_if_missing(rule))
    direct = quotes[quotes["kind"].isin(["direct", "turn"])]  # a turn is its speaker's own words too
    speaking = [(s, e, none_if_missing(sp)) for s, e, sp in
                zip(direct["start"].tolist(), direct["end"].tolist(), direct["speaker"].tolist(), strict=True)]
    for para, doc in paragraphs.values():
        for tok in doc:
            if tok.lower_ not in SPEAKER_SELF:
                continue
            start = para.start + tok.idx
            speaker = next((sp for s, e, sp in speaking if s <= start < e), None)
            if speaker is not None and speaker in set(m["name"]):
                add(start, start + len(tok), para.index, speaker, "pronoun", "quotation speaker")
    rows.sort(key=lambda x: (x["start"], x["end"]))
    return rows


def mention_tone(article: Article, docs: tuple, actor_mentions: pd.DataFrame, quotes: pd.DataFrame,
                 referents: pd.DataFrame | None = None, tone_model: ToneModel | None = None) -> pd.DataFrame:
    """One row per actor mention (names and resolved pronouns), with the tone towards it.

    Columns: ``actor`` (None for a pronoun with no antecedent), ``text``, ``start``, ``end``, ``paragraph``,
    ``sentence``, ``voice`` (``quoted`` inside quotation marks or a turn, ``paraphrase`` inside a reported
    statement outside quotation marks, else ``writer``: :func:`analysis.measures.attribution.speech_voice`),
    ``speaker`` (whose words, or whose paraphrased statement, the mention is in), ``kind`` (``name`` or ``pronoun``),
    ``rule`` (for a pronoun, the resolver's pass that chose its actor: :mod:`analysis.measures.pronouns`,
    or ``quotation speaker``), ``tone`` (negative, neutral, positive), ``score`` (P(positive) - P(negative))
    and ``because``. ``referents``: the article's :func:`~analysis.measures.pronouns.resolve_article` table.
    """
    tm = tone_model if tone_model is not None else model()
    if referents is None:
        referents = pronouns.resolve_article(article, docs, actor_mentions)
    rows = _mentions(article, docs, actor_mentions, quotes, referents)
    sentence_scores: dict[tuple[int, int], dict[str, float]] = {}
    feats, evidence = [], []
    for r in rows:
        sent = r["span"].sent
        key = (r["paragraph"], sent.start)
        if key not in sentence_scores:
            sentence_scores[key] = analyzer().polarity_scores(sent.text)
        evidence.append({})
        feats.append(features(r["span"], sentence_scores[key], evidence[-1]))
    voice_at = speech_voice(quotes, article)
    sentences = article.sentences
    out = []
    for r, (label, score, because) in zip(rows, tm.predict(feats, evidence), strict=True):
        voice, speaker = voice_at(r["start"], r["end"])
        out.append({"actor": r["actor"], "text": article.raw[r["start"]:r["end"]], "start": r["start"],
                    "end": r["end"], "paragraph": r["paragraph"],
                    "sentence": next((s.index for s in sentences if s.start <= r["start"] < s.end), 0),
                    "voice": voice, "speaker": speaker,
                    "kind": r["kind"], "rule": r["rule"], "tone": label, "score": score, "because": because})
    return pd.DataFrame(out, columns=MENTION_TONE_COLUMNS)


OWN_WORDS = ("direct", "partial")
WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def speaking(mention_tone: pd.DataFrame, quotes: pd.DataFrame | None, article: Article | None = None) -> pd.Series:
    """For each mention, whether it names the speaker of its own actor's words: a quotation (direct or partial:
    "“We note their efforts,” *he* said"), or, given the ``article``, a reported statement whose sentence has no
    word of the writer's own that VADER scores outside what is reported ("*Ruiz* said the plan would fail", "*his*
    country noted that ..."). The model then scores what the actor says, not how the writer treats the actor, so
    such a mention is left out of the actor's mean tone and of its count (it stays in the table). A reported
    statement the writer frames in words of their own stays in ("Ruiz, the disgraced former mayor, said ..."), and
    so does one reported with a distancing verb ("Ruiz claimed ...": the writer's doubt)."""
    if quotes is None or not len(quotes) or not len(mention_tone):
        return pd.Series(False, index=mention_tone.index)
    rows = quotes[quotes["kind"].isin(OWN_WORDS) | ((quotes["kind"] == "indirect") & (article is not None)
                                                    & (quotes["cue_class"] != "distancing"))]
    spans = {(int(r.speaker_start), int(r.speaker_end), r.speaker) for r in rows.itertuples()
             if not pd.isna(r.speaker_start) and not pd.isna(r.speaker)
             and (r.kind in OWN_WORDS or not _writer_frames(article, r))}
    return pd.Series([any(s < end and start < e and sp == actor for s, e, sp in spans)
                      for start, end, actor in zip(mention_tone["start"], mention_tone["end"], mention_tone["actor"],
                                                   strict=True)], index=mention_tone.index, dtype=bool)


def _writer_frames(article: Article, row) -> bool:
    """Whether the sentence of a reported statement (a quotes-table ``row``) has a word VADER scores outside the
    reported content, the speaker's name and the cue: the writer's own framing of the speaker or of the statement
    ("the disgraced former mayor"). A name that is a scored word ("Hope Lind") or a cue VADER scores ("warned")
    is no framing."""
    at = int(row.speaker_start)
    sentence = next((s for s in article.sentences if s.start <= at < s.end), None)
    if sentence is None:
        return True
    text = list(article.raw[sentence.start:sentence.end])
    name = re.split(r"[,(\u2013\u2014]", article.raw[at:int(row.speaker_end)])[0]  # not an apposition after it
    for a, b in ((row.start, row.end), (at, at + len(name)), (row.cue_start, row.cue_end)):
        if not pd.isna(a) and not pd.isna(b):
            for k in range(max(int(a), sentence.start), min(int(b), sentence.end)):
                text[k - sentence.start] = " "
    lexicon = analyzer().lexicon
    return any(w.lower().replace("\u2019", "'") in lexicon for w in WORD.findall("".join(text)))


def mean_mention_tone(mention_tone: pd.DataFrame, order: list[str],
                      quotes: pd.DataFrame | None = None, article: Article | None = None) -> dict[str, float | None]:
    """Per actor: the mean of its mentions' tone scores (None without mentions), leaving out the mentions that
    introduce the actor's own words (:func:`speaking`)."""
    m = mention_tone[mention_tone["actor"].notna() & ~speaking(mention_tone, quotes, article)]
    means = m.groupby("actor")["score"].mean().to_dict()
    return {actor: (round(float(means[actor]), 4) if actor in means else None) for actor in order}


READABLE_MIN = 3
"""The fewest scored mentions (tone towards) or sentences (narration around) an actor needs before findings read
a tone for it: one mislabelled mention in two can flip a mean's sign."""
READABLE_KINDS = ("person", "organisation")
"""The kinds of actor the tone model was fitted and measured on (NewsMTSC: people in news sentences; an
organisation or group is named, speaks and acts as people do)."""
CHANNEL_TYPES = frozenset({"news_agency"})
"""Codebook types that carry others' words (a channel), never a side whose tone is read."""
READABLE_COLUMNS = ["actor", "kind", "scored", "sentences", "towards", "around"]


def readable_tone(actor_table: pd.DataFrame, mention_tone: pd.DataFrame, targeted: pd.DataFrame,
                  quotes: pd.DataFrame, codebook, least: int = READABLE_MIN,
                  article: Article | None = None) -> pd.DataFrame:
    """Per actor (``actor_table`` order): whether the findings may read a tone for it, and why not.

    Columns: ``actor``; ``kind``: ``"channel"`` (a codebook type of :data:`CHANNEL_TYPES`, or an actor the
    quotes name only as the channel that carried someone's words), else ``"person"`` (label PERSON),
    ``"organisation"`` (ORG: organisations, blocs, armed groups), ``"place"`` (GPE) or ``"other"``;
    ``scored``: mentions the tone model scored (names and resolved pronouns), not counting those that introduce
    the actor's own words (:func:`speaking`); ``sentences``: sentences that
    mention it; ``towards``: a person or organisation with ``least`` or more scored mentions (the mean tone
    towards it may be read); ``around``: the same with ``least`` or more sentences (the narration around it).
    """
    books = codebook.by_name()
    q = quotes
    carried = set(q["channel"].dropna()) - set(q["speaker"].dropna()) if len(q) else set()
    scored = mention_tone[mention_tone["actor"].notna() & ~speaking(mention_tone, quotes, article)].groupby(
        "actor").size()
    sentences = dict(zip(targeted["actor"], targeted["sentences"], strict=True))
    rows = []
    for r in actor_table.itertuples():
        entry = books.get(r.actor)
        if (entry is not None and entry.type in CHANNEL_TYPES) or r.actor in carried:
            kind = "channel"
        else:
            kind = {"PERSON": "person", "ORG": "organisation", "GPE": "place"}.get(r.label, "other")
        n, s = int(scored.get(r.actor, 0)), int(sentences.get(r.actor, 0))
        ok = kind in READABLE_KINDS
        rows.append({"actor": r.actor, "kind": kind, "scored": n, "sentences": s,
                     "towards": ok and n >= least, "around": ok and s >= least})
    return pd.DataFrame(rows, columns=READABLE_COLUMNS)
