"""Lines of the page left around a pasted story: a line model over the story's shape, after the furniture rules.

A story selected in a browser from about its headline to its end brings lines of its page with it: a standfirst
that is a sentence, a caption, the author's name and role, a date, a prompt in the site's own voice ("Will you
chip in ...", "We moderate all comments"), an author's bio, related headlines. The furniture rules
(:mod:`analysis.text.furniture`) set apart the forms they know; what they leave is judged here, one kept
paragraph at a time, from evidence that carries no vocabulary of any page:

* its shape: words, a sentence end, the share of English stop words (spaCy's list), of capitalised words and of
  words with digits, commas, a headline's shape (no sentence end, twenty words or fewer);
* our own short word lists: link-like words (:data:`analysis.text.blocks.LINK_WORDS`), the reader and the site
  addressed or speaking (:data:`VOICE_WORDS`: "you", "your", "we", "our", "us", outside quotation marks), a
  reporting verb (:data:`analysis.text.nlp.SPEECH_FORMS`: "said", "told" ...), a quotation mark;
* its place in the story: its position among the kept paragraphs, the share of the story's sentence words above
  and below it, the lines the rules set apart right before and after it, whether its neighbours are sentences,
  whether any quotation or reported speech stands above or below it.

A logistic regression over these features and their pairwise products (:data:`MODEL_FILE`, fitted by ``make
train-pastes`` on the labelled invented pastes of ``tests/fixtures/pastes`` and the stories of the fitting Zyte
pages cut with three lines of their page around them, folds grouped by text; weights as plain data with the data's
digests, :mod:`analysis.evaluation.pastefit`) gives each kept paragraph a probability of being a line of the page.
A paragraph is set apart as ``page``, with its probability as the reason, when the probability is at or over the
model's threshold (chosen so that cross-validated story lines are almost never removed), the paragraph ends no
sentence (:func:`eligible`: a name, a date, a label, a related headline; a sentence at a story's margin stays, its
lead and an author's note alike) and it runs unbroken with others so judged from the top of the body or to its
end (:func:`edges`: never a line between two of the story's paragraphs, a subhead). Only a text the rules found
page lines in (:data:`GATE` or more set-apart spans of a page's kinds, :data:`PAGE_KINDS`) is judged: an article
file with nothing of its page, the seed's and PolNeAR's kind, is never touched; and when the model would set apart
more than :data:`MAX_WORDS` of the body's words it sets apart nothing.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from analysis.errors import ConfigError
from analysis.paths import DATA
from analysis.text.blocks import _LINKY, LINE_END, expand
from analysis.text.datafile import read_model
from analysis.text.nlp import SPEECH_FORMS

MODEL_FILE = DATA / "paste_model.json"

FEATURES = (
    "log_words", "ends_sentence", "stop_share", "capital_share", "digit_share", "commas_per_word", "headline_shape",
    "link_word", "voice_share", "speech", "quoted", "position", "sentence_words_above", "sentence_words_below",
    "log_aside_before", "log_aside_after", "before_is_sentence", "after_is_sentence", "first", "last",
    "speech_above", "speech_below", "log_paragraphs",
)
"""The features of a kept paragraph, in the model's order."""

VOICE_WORDS = frozenset({"you", "your", "yours", "you're", "you'll", "you've", "we", "our", "ours", "us", "we're",
                         "we'll", "we've"})
"""Our own list of words by which a page addresses its reader or speaks as the site (matched outside quotation
marks, any case)."""
QUOTE_MARKS = "\"\u201c\u201d"
_QUOTED = re.compile("[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
_WORD = re.compile(r"[\w'\u2019]+")
_PUNCT = ".,;:!?\"'()\u201c\u201d\u2018\u2019"
SENTENCE_WORDS = 8
"""A kept paragraph is a sentence of the story's prose when it ends a sentence and has this many words or more."""
PAGE_KINDS = frozenset({"headline", "standfirst", "byline", "timestamp", "navigation", "promotion", "page"})
"""Kinds of set-apart spans that are lines of a page around the story (a caption's credit, a signature, a
correction note or a dateline belong to an article file too)."""
LINK_KINDS = frozenset({"navigation", "promotion", "page"})
"""Kinds of set-apart spans an article file with a title, an author and a date line at its top does not have."""
GATE = 3
"""Set-apart spans of :data:`PAGE_KINDS` from which on the text is judged (with one of :data:`LINK_KINDS`): the
rules found lines of a page in it, not only an article file's title, author and date (no PolNeAR train article
has two such spans)."""
MAX_WORDS = 0.4
"""The most of the body's words the model may set apart: more, and the text is not a story with a few lines of its
page left (a live blog between its time stamps, a list of items), and nothing is set apart. Of the invented
pastes, the page lines the rules leave hold at most 43% of the words left, and under a fifth in nine pastes in
ten."""


def _sentence(text: str) -> bool:
    words = len(text.split())
    return words >= SENTENCE_WORDS and text.rstrip().endswith(LINE_END)


def _speech(text: str) -> bool:
    return any(q in text for q in QUOTE_MARKS) or any(w.lower() in SPEECH_FORMS for w in _WORD.findall(text))


def features(raw: str, body: list[tuple[int, int]], aside: list[tuple[int, int]]) -> np.ndarray:
    """One row of :data:`FEATURES` per body paragraph (``body`` in text order; ``aside``: the set-apart spans that
    lie between paragraphs, in any order)."""
    texts = [raw[s:e].strip() for s, e in body]
    n = len(texts)
    sentence = [_sentence(t) for t in texts]
    weight = [len(t.split()) if s else 0 for t, s in zip(texts, sentence, strict=True)]
    total = sum(weight) or 1
    speech = [_speech(t) for t in texts]
    starts = sorted(s for s, _ in aside)
    rows = []
    for i, text in enumerate(texts):
        tokens = text.split()
        w = len(tokens)
        alpha = [t for t in tokens if any(c.isalpha() for c in t)] or [""]
        outside = _QUOTED.sub(" ", text)
        voice = sum(x.lower().replace("\u2019", "'") in VOICE_WORDS for x in _WORD.findall(outside))
        lo = body[i - 1][1] if i else -1
        hi = body[i + 1][0] if i + 1 < n else len(raw) + 1
        before = sum(lo <= a < body[i][0] for a in starts)
        after = sum(body[i][1] <= a < hi for a in starts)
        rows.append([
            math.log1p(w), float(sentence[i] or (w >= 4 and text.endswith(LINE_END))),
            sum(t.lower().strip(_PUNCT) in STOP_WORDS for t in alpha) / len(alpha),
            sum(t[:1].isupper() for t in alpha) / len(alpha),
            sum(any(c.isdigit() for c in t) for t in tokens) / max(1, w), text.count(",") / max(1, w),
            float(1 <= w <= 20 and not text.endswith(LINE_END)), float(bool(_LINKY.search(text))),
            voice / max(1, w), float(any(x.lower() in SPEECH_FORMS for x in _WORD.findall(text))),
            float(any(q in text for q in QUOTE_MARKS)), i / max(1, n - 1),
            sum(weight[:i]) / total, sum(weight[i + 1:]) / total,
            math.log1p(before), math.log1p(after),
            float(i > 0 and sentence[i - 1]), float(i + 1 < n and sentence[i + 1]),
            float(i == 0), float(i == n - 1), float(any(speech[:i])), float(any(speech[i + 1:])), math.log1p(n),
        ])
    return np.array(rows, dtype=float).reshape(n, len(FEATURES))


@lru_cache(maxsize=2)
def load_model(path=MODEL_FILE) -> dict:
    """The fitted paste-line model (a clear error when the file is missing or made for other features)."""
    model = read_model(path, "paste-line model", "train-pastes")
    if tuple(model.get("features", ())) != FEATURES:
        raise ConfigError(f"{path}: the model was fitted on other features; run make train-pastes")
    return model


def probabilities(x: np.ndarray, model: dict) -> np.ndarray:
    """The model's probability that each row of ``x`` (:func:`features`) is a line of the page, not the story."""
    if not len(x):
        return np.zeros(0)
    z = (expand(x, model["degree"]) - np.array(model["mean"])) / np.array(model["scale"])
    return 1.0 / (1.0 + np.exp(-(z @ np.array(model["coef"]) + model["intercept"])))


def judged(aside_kinds: list[str]) -> bool:
    """Whether a text is judged by the model: the rules set apart :data:`GATE` or more spans of
    :data:`PAGE_KINDS`, one of them at least a link, a label, a prompt or a page's line (:data:`LINK_KINDS`)."""
    return sum(k in PAGE_KINDS for k in aside_kinds) >= GATE and any(k in LINK_KINDS for k in aside_kinds)


SENTENCE_STOP = re.compile("[.!?:;\u3002\uff01\uff1f\u2026][\"'\u201d\u2019)\\]]*$")
"""How a paragraph ends that ends a sentence or leads into what follows (a full stop, question or exclamation
mark, a colon or semicolon, an ellipsis, in Latin or CJK script; closing quotation marks and brackets after it)."""


def eligible(text: str) -> bool:
    """Whether the model may set a paragraph apart: it ends no sentence (:data:`SENTENCE_STOP`): a name, a date,
    a label, a related story's headline, a credit. A sentence at a story's margin (its lead, its last paragraph, a
    standfirst or an author's note alike) stays: on the Zyte pages' stories the model cannot tell them apart."""
    return not SENTENCE_STOP.search(text.strip())


MAX_RUN = 6
"""The most paragraphs the model sets apart at one margin: a longer run of lines that end no sentence is a list or a
table of the story's (teams and their groups, results), not lines of the page the rules missed."""
BUTTON_WORDS = 3
"""The most words of a button or label with a link word ("Share", "Read more", "Comments (3)"): a run of lines at
a story's margin holding one is the page's."""


def button(text: str) -> bool:
    """A button or a label: a link word (:data:`analysis.text.blocks.LINK_WORDS`) in a line of at most
    :data:`BUTTON_WORDS` words (a story's "did not reply" or "approached for comment" is longer)."""
    return len(text.split()) <= BUTTON_WORDS and bool(_LINKY.search(text))


def list_items(texts: list[str]) -> set[int]:
    """The paragraphs that are items of a list the story introduces: the run of paragraphs that end no sentence
    (:func:`eligible`) right after one that ends with a colon ("The kit includes:", "Results:"). They stay: a list
    of headlines under a label is the page's, but the rules set such a label apart."""
    out, open_ = set(), False
    for i, text in enumerate(texts):
        if open_ and eligible(text):
            out.add(i)
            continue
        open_ = text.rstrip().endswith(":")
    return out


def edges(flags: list[bool], apart_before: list[bool] | None = None, apart_after: list[bool] | None = None,
          linked: list[bool] | None = None) -> list[int]:
    """The indices of the flagged items that run unbroken from the first item or to the last (the top and the tail
    of a pasted story, not a line between two of its paragraphs: a subhead, a blog's own voice), and only a run the
    page marks as its own: lines set apart by the rules between it and the story (``apart_after`` of the top run's
    last item, ``apart_before`` of the tail run's first), or a button among its lines (``linked``,
    :func:`button`), and no run of more than :data:`MAX_RUN`. A list, a table or a last line without a full stop
    right after the story's last paragraph stays. Without the three lists, every unbroken run counts."""
    n = len(flags)
    top = next((i for i, f in enumerate(flags) if not f), n)
    tail = next((i for i in range(n - 1, -1, -1) if not flags[i]), -1)
    if apart_before is None or apart_after is None or linked is None:
        return [i for i in range(n) if i < top or i > tail]
    out = []
    if 0 < top < n and top <= MAX_RUN and (apart_after[top - 1] or any(linked[:top])):
        out += range(top)
    if -1 < tail < n - 1 and n - 1 - tail <= MAX_RUN and (apart_before[tail + 1] or any(linked[tail + 1:])):
        out += range(tail + 1, n)
    return out


def page_lines(raw: str, body: list[tuple[int, int]], aside: list[tuple[int, int]],
               model: dict | None = None) -> dict[int, float]:
    """The body paragraphs (by index) the model sets apart, each with its probability: those at or over its
    threshold that end no sentence (:func:`eligible`), are no item of a list the story introduces
    (:func:`list_items`) and run unbroken from the body's first paragraph or to its
    last (:func:`edges`), and none when they would hold more than :data:`MAX_WORDS` of the body's words."""
    model = load_model() if model is None else model
    between = [(s, e) for s, e in aside if not any(bs <= s < be for bs, be in body)]
    x = features(raw, body, between)
    p = probabilities(x, model)
    items = list_items([raw[s:e] for s, e in body])
    flags = [bool(q >= model["threshold"]) and eligible(raw[s:e]) and i not in items
             for i, (q, (s, e)) in enumerate(zip(p, body, strict=True))]
    column = {name: list(x[:, FEATURES.index(name)] > 0) for name in ("log_aside_before", "log_aside_after")}
    out = {i: float(p[i]) for i in edges(flags, column["log_aside_before"], column["log_aside_after"],
                                         [button(raw[s:e]) for s, e in body])}
    words = [len(raw[s:e].split()) for s, e in body]
    return {} if sum(words[i] for i in out) > MAX_WORDS * sum(words) else out


def reason(probability: float, model: dict | None = None) -> str:
    """The reason given for a paragraph the model sets apart."""
    threshold = (load_model() if model is None else model)["threshold"]
    return (f"a line of the page around a pasted story on the paste-line model (probability {probability:.2f} >= "
            f"{threshold:.2f}: its shape, its words to the reader and its place in the story)")
