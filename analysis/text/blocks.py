"""Which lines of a pasted web page are the article: a block model over layout features.

Text copied out of a browser with *select all* holds the whole page: menus (often dozens of one-word lines in a
row), share buttons, captions, related stories, newsletter and cookie notices, comments and footers around the
article. A browser writes one line per block (a paragraph, a menu item, a heading), so each non-blank line is
judged on its own, from evidence a person would use and that carries no vocabulary of any page:

* its shape: words, characters, whether it ends a sentence, commas, digits, capitalised and upper-case words,
  the share of English stop words (spaCy's list);
* a short list of our own of link-like words (:data:`LINK_WORDS`: "share", "sign up", "newsletter" ...);
* its neighbours: the words and sentence ends of the lines before and after, the lines and mean words of the
  blank-line block it sits in, whether the same line occurs twice on the page;
* its place: the position in the page, and whether it lies inside the page's densest run of prose (the
  contiguous lines that maximise the words of sentence lines minus a cost per other line, as body-text
  extraction does) or how far from it.

A logistic regression over these features and their pairwise products (:data:`MODEL_FILE`, fitted by
``make train-blocks`` on part of the public Zyte article-extraction pages; weights as plain data with the
training data's digest, :mod:`analysis.evaluation.blockfit`) gives each line a probability of being the
article, mixed with its neighbours' (a line between two lines of the article leans towards the article); a
line under the model's threshold is set apart with its probability as the reason. Rules follow the model, each
with its reason: a comment thread after the story, found by its lines that are only a time stamp
(:func:`comment_thread`); headlines below a related-stories label (:func:`related_links`); kept lines far above
the story with less prose than what is kept below them (:func:`before_story`: a sidebar's teasers); kept lines
after the story that a run of set-apart lines separates from it, with less prose than it (:func:`after_story`:
related stories with their summaries, an author's note), kept lines the model is unsure of that are not
sentences (:func:`unsure`: a related headline, a label, a name), and kept lines whose words say what they are
(:func:`notices`: a picture's caption and its credit, a newsletter prompt, a ticker of teasers run together;
:func:`name_lists`: a run of names, a staff list or tags). Only
a text that looks like a copied page is judged this way (:func:`looks_like_page`: five or more short capitalised
lines in a row, as a menu is, and a link word among the short lines; or twelve in a row, link word or not, as a
menu in another language is): an article file, a list of names in it or prose wrapped in a narrow column, is never
touched by the model or these rules.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

import numpy as np
from sklearn.preprocessing import PolynomialFeatures
from spacy.lang.en.stop_words import STOP_WORDS

from analysis.errors import ConfigError
from analysis.paths import DATA
from analysis.text.datafile import read_model

MODEL_FILE = DATA / "block_model.json"

LINE_END = tuple(".!?\"\u201d\u2019')")
"""Characters a line ends with when it ends a sentence (a closing quotation mark or bracket included). Unlike the
paragraph splitter's ``SENTENCE_END`` there is no colon: a label line ("Read more:") ends no sentence here."""

LINK_WORDS = (
    "read more", "read next", "sign up", "sign in", "log in", "login", "subscribe", "subscriber", "newsletter",
    "share", "tweet", "facebook", "twitter", "instagram", "linkedin", "whatsapp", "pinterest", "youtube", "email",
    "print", "cookie", "cookies", "privacy", "terms of use", "terms of service", "advertisement", "advertising",
    "sponsored", "comment", "comments", "reply", "follow", "download", "app", "menu", "home", "search", "skip",
    "copyright", "all rights reserved", "related", "recommended", "trending", "most popular", "more from",
    "click", "video", "photo", "image", "gallery", "updated", "published", "posted", "min read", "loading",
    "notifications", "contact us", "about us", "careers", "sitemap", "accessibility",
)
"""Our own list of words that label links, prompts and page furniture (matched as whole words, any case)."""
_LINKY = re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in LINK_WORDS) + r")\b")

MENU_LINE_WORDS = 4
"""A line of at most this many words that ends no sentence is a menu-like line."""
PAGE_RUN = 5
"""A text is a copied page when this many menu-like lines stand in a row and one holds a link word
(:func:`looks_like_page`)."""

LONG_RUN = 12
"""A text is a copied page, link word or not, when this many menu-like lines stand in a row (no article of the
PolNeAR, SemEval, GUM or seed texts has such a run)."""

FEATURES = (
    "log_words", "log_chars", "ends_sentence", "stop_share", "capital_share", "digit_share", "link_word",
    "link_word_short", "commas_per_word", "log_block_lines", "log_block_mean_words", "in_prose_run",
    "log_distance_to_prose_run", "position", "log_words_before", "log_words_after", "before_ends_sentence",
    "after_ends_sentence", "repeated", "upper_case", "long_line", "very_short",
)
"""The features of a line, in the model's order."""

_LINE = re.compile(r"[^\n]+")


def page_lines(raw: str, begin: int = 0) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line of ``raw[begin:]``, stripped of surrounding white space."""
    out = []
    for m in _LINE.finditer(raw, begin):
        text = m.group()
        if text.strip():
            lead = len(text) - len(text.lstrip())
            out.append((m.start() + lead, m.start() + len(text.rstrip())))
    return out


def _ends(text: str, words: int) -> bool:
    return words >= 4 and text.endswith(LINE_END)


def _menu_like(text: str, following: str = "") -> bool:
    """A line of at most :data:`MENU_LINE_WORDS` words that ends no sentence, starts with no lower-case letter and
    is not continued by the next line (a wrapped line of prose is: the next starts in lower case)."""
    return (len(text.split()) <= MENU_LINE_WORDS and not text.endswith(LINE_END) and not text[:1].islower()
            and not following[:1].islower())


def looks_like_page(raw: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the text is a copied web page: :data:`PAGE_RUN` or more menu-like lines in a row, and at least one
    menu-like line holding a link word (:data:`LINK_WORDS`: "Home", "Share", "Sign in" ...), or :data:`LONG_RUN`
    menu-like lines in a row (a menu in another language, which has none of our English link words). A list of names in
    an article, or prose wrapped in a narrow column, is not a menu."""
    texts = [raw[s:e] for s, e in lines]
    run, found, linked = 0, False, False
    for i, text in enumerate(texts):
        menu = _menu_like(text, texts[i + 1] if i + 1 < len(texts) else "")
        run = run + 1 if menu else 0
        found = found or run >= PAGE_RUN
        linked = linked or (menu and bool(_LINKY.search(text)))
        if (found and linked) or run >= LONG_RUN:
            return True
    return False


def prose_run(words: list[int], ends: list[bool]) -> tuple[int, int]:
    """The densest run of prose: the contiguous lines ``(first, last)`` that maximise the words of sentence
    lines of ten or more words minus two plus half the words of every other line."""
    best, current, first, span = -math.inf, 0.0, 0, (0, -1)
    for i, (w, e) in enumerate(zip(words, ends, strict=True)):
        score = w if (e and w >= 10) else -(2 + 0.5 * w)
        if current <= 0:
            current, first = score, i
        else:
            current += score
        if current > best:
            best, span = current, (first, i)
    return span


def features(raw: str, lines: list[tuple[int, int]]) -> np.ndarray:
    """One row of :data:`FEATURES` per line (``lines`` as :func:`page_lines` gives them)."""
    texts = [raw[s:e] for s, e in lines]
    n = len(texts)
    words = [len(t.split()) for t in texts]
    ends = [_ends(t, w) for t, w in zip(texts, words, strict=True)]
    block, current = [], 0
    for i, (s, _) in enumerate(lines):
        if i and raw.count("\n", lines[i - 1][1], s) > 1:
            current += 1
        block.append(current)
    block_lines = Counter(block)
    block_words: Counter = Counter()
    for b, w in zip(block, words, strict=True):
        block_words[b] += w
    first, last = prose_run(words, ends)
    seen = Counter(texts)
    rows = []
    for i, text in enumerate(texts):
        w = words[i]
        tokens = text.split()
        alpha = [t for t in tokens if any(c.isalpha() for c in t)] or [""]
        link = bool(_LINKY.search(text))
        distance = 0 if first <= i <= last else (first - i if i < first else i - last)
        rows.append([
            math.log1p(w), math.log1p(len(text)), float(ends[i]),
            sum(t.lower().strip(".,;:!?\"'()\u201c\u201d\u2018\u2019") in STOP_WORDS for t in alpha) / len(alpha),
            sum(t[:1].isupper() for t in alpha) / len(alpha),
            sum(any(c.isdigit() for c in t) for t in tokens) / max(1, len(tokens)),
            float(link), float(link and w < 12), text.count(",") / max(1, w),
            math.log1p(block_lines[block[i]]), math.log1p(block_words[block[i]] / block_lines[block[i]]),
            float(first <= i <= last), math.log1p(distance), i / n,
            math.log1p(words[i - 1]) if i else 0.0, math.log1p(words[i + 1]) if i + 1 < n else 0.0,
            float(ends[i - 1]) if i else 0.0, float(ends[i + 1]) if i + 1 < n else 0.0,
            float(seen[text] > 1), float(text.isupper()), float(w >= 15), float(w <= 3),
        ])
    return np.array(rows, dtype=float).reshape(n, len(FEATURES))


@lru_cache(maxsize=4)
def _expander(degree: int, width: int) -> PolynomialFeatures:
    return PolynomialFeatures(degree, include_bias=False).fit(np.zeros((1, width)))


def expand(x: np.ndarray, degree: int) -> np.ndarray:
    """The features (columns of ``x``) and, for degree 2, their pairwise products, in scikit-learn's order; used by
    the block model and the paste-line model (:mod:`analysis.text.pastelines`)."""
    return _expander(degree, x.shape[1]).transform(x)


@lru_cache(maxsize=2)
def load_model(path=MODEL_FILE) -> dict:
    """The fitted block model (a clear error when the file is missing or made for other features)."""
    model = read_model(path, "block model", "train-blocks")
    if tuple(model.get("features", ())) != FEATURES:
        raise ConfigError(f"{path}: the model was fitted on other features; run make train-blocks")
    return model


def probabilities(x: np.ndarray, model: dict) -> np.ndarray:
    """The model's probability that each row of ``x`` (:func:`features`, the lines of one page in order) is a
    line of the article, smoothed with its neighbours (:func:`smooth`, the model's ``smoothing``)."""
    if not len(x):
        return np.zeros(0)
    z = (expand(x, model["degree"]) - np.array(model["mean"])) / np.array(model["scale"])
    return smooth(1.0 / (1.0 + np.exp(-(z @ np.array(model["coef"]) + model["intercept"]))), model["smoothing"])


def smooth(p: np.ndarray, weight: float) -> np.ndarray:
    """Each inner line's probability mixed with its two neighbours' (``weight`` each): a line between two
    lines of the article leans towards the article, one inside a menu towards the menu."""
    out = p.copy()
    if weight and len(p) > 2:
        out[1:-1] = (1 - 2 * weight) * p[1:-1] + weight * (p[:-2] + p[2:])
    return out


TAIL_GAP = 3
"""Lines set apart in a row that end a run of kept lines: what the model keeps after such a gap is another run."""
TAIL_SHARE = 0.5
"""A run of kept lines after the story's run is the story's only with at least this share of its prose words."""


ELLIPSIS = ("...", "\u2026")
"""How a summary cut short ends (a teaser of another story): not a sentence of the story."""


def _prose_words(text: str) -> int:
    """The words of a sentence line of ten or more words (0 for any other line, or a line cut short by an
    ellipsis)."""
    words = len(text.split())
    return words if words >= 10 and _ends(text, words) and not text.endswith(ELLIPSIS) else 0


def after_story(texts: list[str], keep: list[bool]) -> dict[int, str]:
    """The kept lines that come after the story, each with the reason: the kept lines form runs, a new run starting
    after :data:`TAIL_GAP` or more lines set apart in a row; the story is the run with the most words of sentence
    lines of ten or more words, and a run after it with less than :data:`TAIL_SHARE` of those words is the page
    after the article (related stories with their summaries, an author's note, a comment thread, a footer), not
    its continuation (an article interrupted by a caption or an advertisement resumes after a shorter gap, or with
    as much prose). Runs above the story are left to the model: a page may put a teaser list below its story."""
    runs: list[list[int]] = []
    gap = TAIL_GAP
    for i, k in enumerate(keep):
        if not k:
            gap += 1
            continue
        if gap >= TAIL_GAP:
            runs.append([])
        runs[-1].append(i)
        gap = 0
    if len(runs) < 2:
        return {}
    prose = [sum(_prose_words(texts[i]) for i in run) for run in runs]
    story = max(range(len(runs)), key=lambda r: (prose[r], -r))
    out = {}
    for r in range(story + 1, len(runs)):
        if prose[r] < TAIL_SHARE * prose[story]:
            why = (f"after the article: a run of lines the page-block model keeps, {TAIL_GAP}+ lines set apart after "
                   f"the story's run and with less than {TAIL_SHARE:.0%} of its sentence words")
            out.update({i: why for i in runs[r]})
    return out


STAMP_LINE = re.compile(
    r"(?i)(?:(?:\d{1,2}|an?|one) (?:second|minute|hour|day|week|month|year)s? ago"
    r"|(?:[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
    r"(?=[ \t,|\u00b7\u2022-]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}))"
    r"(?:[ \t,|\u00b7\u2022-]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*[a-z]{2,4})?)?")
"""A line that is only a time stamp: a relative one ("2 days ago", "an hour ago at 7:54 am") or a date with a time
of day ("Feb 10, 2026 at 8:20 am", "10.02.2026 08:20"); a bare time of day ("10:32") is not one (a live blog's
entries carry those)."""
THREAD_STAMPS = 3
"""Time-stamp lines (:data:`STAMP_LINE`) from which on, with story prose above them, a page has a comment thread."""
THREAD_PROSE = 100
"""Words of sentence lines the page must keep above the first stamp of a thread (the story comes first)."""
THREAD_NAME_LINES = 2
"""Short lines right above a thread's first stamp (a commenter's name, a label) that belong to the thread."""
THREAD_REASON = (f"a comment thread: from the first of {THREAD_STAMPS}+ lines that are only a time stamp "
                 "(\"2 days ago\", a date with a time), after the story")


def comment_thread(texts: list[str], keep: list[bool]) -> dict[int, str]:
    """The kept lines of a comment thread after the story, each with the reason: a page whose lines include
    :data:`THREAD_STAMPS` or more that are only a time stamp (:data:`STAMP_LINE`: each comment's header), the
    first of them below at least :data:`THREAD_PROSE` words of kept sentence lines (the story), has a thread from
    that stamp on (with up to :data:`THREAD_NAME_LINES` short lines right above it: the first commenter's name). A
    thread's comments are prose, often more than the story's: the model keeps them, :func:`after_story` cannot
    tell them from the story, their time stamps can."""
    stamps = [i for i, t in enumerate(texts) if STAMP_LINE.fullmatch(t.strip())]
    start = None
    for k, i in enumerate(stamps):
        if len(stamps) - k < THREAD_STAMPS:
            break
        if sum(_prose_words(texts[j]) for j in range(i) if keep[j]) >= THREAD_PROSE:
            start = i
            break
    if start is None:
        return {}
    first = start
    while (first > 0 and start - first < THREAD_NAME_LINES and len(texts[first - 1].split()) <= 3
           and not texts[first - 1].endswith(LINE_END)):
        first -= 1
    return {i: THREAD_REASON for i in range(first, len(texts)) if keep[i]}


LEAD_GAP = 10
"""Lines set apart in a row above the story that cut off what the model keeps above them (:func:`before_story`)."""


def before_story(texts: list[str], keep: list[bool]) -> dict[int, str]:
    """The kept lines far above the story, each with the reason: the story is the run of kept lines with the most
    words of sentence lines (as in :func:`after_story`); above it, the lowest run of :data:`LEAD_GAP` or more lines
    set apart in a row cuts the page, and the kept lines above that cut are not the article when they hold less
    than :data:`TAIL_SHARE` of the sentence words kept below it (a sidebar's teasers, a promotion, a menu's
    headline kept by the model). A headline, a summary or a first paragraph above a photo and its credit sits
    behind a shorter gap."""
    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) < 2:
        return {}
    runs: list[list[int]] = [[kept[0]]]
    for a, b in pairwise(kept):
        if b - a - 1 >= TAIL_GAP:
            runs.append([])
        runs[-1].append(b)
    prose = [sum(_prose_words(texts[i]) for i in run) for run in runs]
    story = max(range(len(runs)), key=lambda r: (prose[r], -r))
    top = runs[story][0]
    cuts = [b for a, b in pairwise(kept) if b <= top and b - a - 1 >= LEAD_GAP]
    if not cuts:
        return {}
    cut = cuts[-1]
    above = sum(_prose_words(texts[i]) for i in kept if i < cut)
    below = sum(_prose_words(texts[i]) for i in kept if i >= cut)
    if above >= TAIL_SHARE * below:
        return {}
    why = (f"above the article: kept lines above {LEAD_GAP}+ lines set apart in a row before the story, with less "
           f"than {TAIL_SHARE:.0%} of the sentence words kept below them")
    return {i: why for i in kept if i < cut}


TAGS_LABEL = re.compile(
    r"(?i)(?:(?:related|suggested|more) )?(?:tags|topics)|(?:explore more|more) on (?:these|this) topics?"
    r"|this (?:article|story) (?:is )?tagged (?:under|with)|explore more topics|archived in")
"""A label of the story's tags alone on its line ("Tags", "Explore more on these topics"): the short lines after it
are its tags, links to the site's pages on each topic."""
LINK_LABEL = re.compile(
    r"(?i)(?:also read|read also|also see|see also|read more(?: here)?|read next"
    r"|related(?: (?:articles?|stories|news|content|coverage|reading))?)")
"""A label of links to other stories that no writer uses as a subhead of the story ("Also read"): the line after
it is a link even between the story's paragraphs (unlike "Up next", which may be a subhead)."""
RELATED_LABEL = re.compile(
    r"(?i)(?:related(?: (?:articles?|stories|news|content|posts|coverage|links|reading))?"
    r"|read (?:more(?: here)?|next|also)"
    r"|also(?: read| see)?|see also|more(?: (?:from|on|in|about) [^\n]{1,40}| stories| news)?"
    r"|recommended(?: for you| stories| reading)?"
    r"|you (?:may|might) also (?:like|enjoy)|(?:most|more) (?:read|popular|viewed|shared)|popular(?: now)?"
    r"|trending(?: now| stories| news)?|editors?'?s?'? picks?|top stories|latest(?: news| stories)?"
    r"|what to read next|don't miss"
    r"|explore further|further reading|keep reading|up next|next up(?: in [^\n]{1,40})?"
    r"|(?:more|other) great [^\n]{1,30} stories|more stories like this"
    r"|(?:leia|veja) (?:também|mais)|leggi anche|lesen sie auch|mehr zum thema|lire aussi"
    r"|lea también|читайте также|материалы по теме)"
    r"\s*(?:[:>\u00bb|-]|\.\.\.|\u2026)?")
"""A line that is only the label of a list of links to other stories (our own list, English, and a few labels in
other languages)."""
RELATED_WORDS = 20
"""The most words of a headline in a list of links (:func:`related_links`)."""
RELATED_SPAN = 6
"""A list of links ends this many lines after its label or its last link."""
RELATED_REASON = ("a link in a list of other stories: a headline (no sentence) below a related-stories label "
                  "(\"Related\", \"More:\", \"Read more\") with only such lines or lines set apart between them")


_STOP_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")


def _headline_shaped(text: str) -> bool:
    """A line of up to :data:`RELATED_WORDS` words that ends no sentence (no full stop, question or exclamation
    mark at its end, a closing quotation mark after one included: a headline may end with a quoted title), or a
    summary cut short by an ellipsis."""
    words = len(text.split())
    return 1 <= words <= RELATED_WORDS and (text.endswith(ELLIPSIS) or not _STOP_END.search(text))


def links_below(texts: list[str]) -> bool:
    """Whether the lines under a related-stories label in one single-spaced block are its links: one or more,
    each headline-shaped (:func:`_headline_shaped`), none running on in lower case from the line before (a wrapped
    sentence)."""
    return bool(texts) and all(_headline_shaped(t.strip()) and not t.strip()[:1].islower() for t in texts)


def related_links(texts: list[str], keep: list[bool]) -> dict[int, str]:
    """The kept lines of a list of links to other stories, each with the reason: after a line that is only a
    related-stories label (:data:`RELATED_LABEL`), kept or not, every kept headline-shaped line (up to
    :data:`RELATED_WORDS` words, no sentence end, or a summary cut short by an ellipsis) until the first kept line
    of another shape (the story resuming) or :data:`RELATED_SPAN` lines without a link. The label, when kept,
    goes with them."""
    out: dict[int, str] = {}
    last = None  # the label's or the last link's line
    for i, text in enumerate(texts):
        if RELATED_LABEL.fullmatch(text.strip()):
            last = i
            if keep[i]:
                out[i] = RELATED_REASON
            continue
        if last is None or i - last > RELATED_SPAN:
            last = None
            continue
        if not keep[i]:
            continue
        if _headline_shaped(text):
            out[i] = RELATED_REASON
            last = i
        else:
            last = None
    return out


UNSURE = 0.55
"""A kept line under this probability is one the model is unsure of: it stays only as a sentence."""
UNSURE_SENTENCE = 8
"""The words of a sentence line that stays although the model is unsure of it."""
UNSURE_REASON = (f"the page-block model is unsure of it (probability under {UNSURE}) and it is not a sentence of "
                 f"{UNSURE_SENTENCE}+ words (a related headline, a label, a name)")


def unsure(texts: list[str], probability, keep: list[bool]) -> dict[int, str]:
    """The kept lines the model is unsure of (probability under :data:`UNSURE`) that are not a sentence of
    :data:`UNSURE_SENTENCE` or more words, each with the reason: on the fitting pages such lines are mostly a
    related story's headline, a label or a name between the story's lines; a sentence stays."""
    out = {}
    for i, (text, q) in enumerate(zip(texts, probability, strict=True)):
        words = len(text.split())
        if keep[i] and q < UNSURE and not (words >= UNSURE_SENTENCE and _ends(text, words)):
            out[i] = UNSURE_REASON
    return out


CAPTION_LINE = re.compile(
    r"(?:(?:This|In this)\b[^.!?\n]{0,60}?\b(?:photo|photograph|image|illustration|picture|rendering|screenshot)s?\b"
    r"[^\n]{0,100}?\b(?:shows?|showing|depicts?|depicting)\b"
    r"|[^\n]{0,80}\btook th(?:is|ese) (?:image|photo|picture)s?\b"
    r"|(?:Above|Below|Pictured|Top|Main image|Left|Right)[ \t]*:)[^\n]*")
"""A picture's caption by its words: "This (satellite) image (from ...) shows ...", "In this photo ... depicts",
"... took this image of ...", or a label of where the picture stands ("Above: ...", "Pictured: ...")."""
CAPTION_WORDS = 60
"""The most words of a caption line."""
CAPTION_REASON = ("a picture's caption on a copied page: a line that says what a photo or image shows (\"This image "
                  "... shows\", \"... took this photo\", \"Above:\")")
CREDIT_WORDS = 4
"""The most words of a picture's credit line right under its caption."""
CREDIT_REASON = ("a picture's credit on a copied page: a short capitalised line with no sentence end right under a "
                 "caption")
PROMPT_LINE = re.compile(
    r"(?i)(?![^\n]*[\"\u201c\u201d])(?=[^\n]*\b(?:you|your|sign up|subscribe|join)\b)"
    r"[^\n]*(?:\bnewsletters?\b|\b(?:your|the) inbox\b"
    r"|\bdelivered (?:straight |directly |right )?(?:to|through|into) your (?:inbox|door|letterbox|mailbox)\b"
    r"|\bwe(?: will|'ll)? send (?:you )?(?:an? )?(?:e-?mail|newsletter)|\bunsubscribe\b)[^\n]*")
"""A prompt to get the site's newsletter or e-mails: "newsletter", "your inbox", "delivered to your door", "we send
an email", "unsubscribe", in a line that speaks to the reader or calls to act ("you", "your", "sign up",
"subscribe", "join") and quotes no one: a story's sentence about a newsletter ("The newsletter now has 20,000
readers.", "The campaign sent a newsletter to supporters", "“...,” the party wrote in its newsletter") does
neither."""
PROMPT_WORDS = 45
"""The most words of a newsletter prompt (a story's paragraph about a newsletter is longer or not on a copied page)."""
PROMPT_REASON = ("a prompt to sign up for the site's newsletter or e-mails on a copied page (\"newsletter\", \"your "
                 "inbox\", \"delivered to your door\", \"unsubscribe\")")
ARROW_LINK = re.compile(r"[\u00bb\u203a\u2192\u25ba\u25b6\u25b8][ \t]*[^\n\u00ab]+")
"""A line that starts with an arrow or a guillemet pointing right ("» ...", "› ...", "→ ...") and has no closing
guillemet (a German quotation, »...«, is the story's): the mark of a link."""
ARROW_REASON = ("a link on a copied page: a headline-shaped line (no sentence end) marked with an arrow or a "
                "guillemet (\"» ...\", \"→ ...\")")
TEASER_BREAK = re.compile(r"[\w,;)][ \t]?(?:\.\.\.|\u2026)[ \t]+[A-Z\u2018'\"\u201c]")
"""Where one teaser, cut short by an ellipsis, runs into the next story's headline on the same line."""
TEASER_BREAKS = 3
"""Teasers cut short and run together on one line from which on the line is a ticker of other stories."""
TICKER_REASON = (f"a ticker of other stories on a copied page: {TEASER_BREAKS}+ summaries cut short by an ellipsis "
                 "and run into the next headline on one line")


def notices(texts: list[str], keep: list[bool]) -> dict[int, str]:
    """The kept lines of a copied page that are a picture's caption (:data:`CAPTION_LINE`, up to
    :data:`CAPTION_WORDS` words) with its credit right under it (up to :data:`CREDIT_WORDS` capitalised words, no
    sentence end), a newsletter prompt (:data:`PROMPT_LINE`, up to :data:`PROMPT_WORDS` words), a ticker of other
    stories (:data:`TEASER_BREAKS` or more teasers cut short and run together, :data:`TEASER_BREAK`, with no
    quotation mark: "“I came... I saw... I stayed...,” she said" is the story's) or a link marked
    with an arrow (:data:`ARROW_LINK`, headline-shaped), each with its
    reason (:data:`NOTICE_KINDS` gives the kind). A story's sentence that mentions a photo ("The photo shows ...",
    "A photo in the report shows ...") starts otherwise and stays."""
    out: dict[int, str] = {}
    for i, text in enumerate(texts):
        if not keep[i]:
            continue
        words = len(text.split())
        if words <= CAPTION_WORDS and CAPTION_LINE.fullmatch(text):
            out[i] = CAPTION_REASON
            j = i + 1
            if (j < len(texts) and keep[j] and 1 <= len(texts[j].split()) <= CREDIT_WORDS and texts[j][:1].isupper()
                    and not texts[j].endswith(LINE_END)):
                out[j] = CREDIT_REASON
        elif words <= PROMPT_WORDS and PROMPT_LINE.fullmatch(text):
            out[i] = PROMPT_REASON
        elif len(TEASER_BREAK.findall(text)) >= TEASER_BREAKS and not any(q in text for q in '"\u201c\u201d'):
            out[i] = TICKER_REASON
        elif ARROW_LINK.fullmatch(text) and _headline_shaped(text):
            out[i] = ARROW_REASON
    return out


LIST_ITEM = re.compile(r"[A-Z][\w'\u2019.&-]*(?: [A-Z][\w'\u2019.&-]*){0,3}")
"""An item of a list of names: one to four words, each capitalised, no digit, nothing else (a name, a section,
a tag)."""
LIST_NAMES = 3
"""Items of two or more words a run of list items needs to be a list (:func:`name_lists`)."""
LIST_REASON = (f"a list on a copied page: a run of lines of one to four capitalised words and nothing else, "
               f"{LIST_NAMES}+ of them names of two or more words (a staff list, tags, a menu), not the story")


def name_lists(texts: list[str], keep: list[bool]) -> dict[int, str]:
    """The kept lines of a run of list items (:data:`LIST_ITEM`: one to four capitalised words and no digit) with
    :data:`LIST_NAMES` or more items of two or more words, each with the reason: a staff list, the page's tags or a
    menu of names the model kept. On the fitting pages no such run is the article's; a story's
    list has digits, sentences or lower-case words (a tour's dates, ingredients, a list of reasons), or a sentence
    of the story announces it with a colon ("These are the states that have passed the law:"), and stays."""
    out: dict[int, str] = {}
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and LIST_ITEM.fullmatch(texts[j]) and not any(c.isdigit() for c in texts[j]):
            j += 1
        announced = i > 0 and texts[i - 1].endswith(":") and len(texts[i - 1].split()) >= 4
        if sum(len(t.split()) >= 2 for t in texts[i:j]) >= LIST_NAMES and not announced:
            out.update({k: LIST_REASON for k in range(i, j) if keep[k]})
        i = max(j, i + 1)
    return out


NOTICE_KINDS = {CAPTION_REASON: "caption", CREDIT_REASON: "caption", PROMPT_REASON: "promotion",
                TICKER_REASON: "navigation", ARROW_REASON: "navigation", LIST_REASON: "navigation"}
"""The kind of furniture each reason of :func:`notices` and :func:`name_lists` names (a line no furniture rule
names otherwise is ``page``)."""


BLANK_LINE = re.compile(r"\n[ \t\xa0]*\n")
"""A blank line. The pages the block model was fitted on set paragraphs apart with one; a page pasted without
any (every line single-spaced, menus and story alike) gives its layout features values the model never saw, so
there the sentence lines of ten or more words inside the densest run of prose are kept whatever the model says
(the story's paragraphs; its notices and captions are still judged by the rules after the model)."""


def page_body(raw: str, begin: int = 0,
              model: dict | None = None) -> tuple[list[tuple[int, int]], list[tuple[int, int, float, str | None]]]:
    """For a copied page (:func:`looks_like_page`), the lines of the article and the lines set apart with their
    probability and a reason when the model kept them (:func:`after_story`, :func:`unsure`, :func:`notices` ...;
    None: under the model's threshold);
    for any other text, ``([], [])`` (nothing judged)."""
    lines = page_lines(raw, begin)
    if not looks_like_page(raw, lines):
        return [], []
    model = load_model() if model is None else model
    p = probabilities(features(raw, lines), model)
    texts = [raw[s:e] for s, e in lines]
    keep = [bool(q >= model["threshold"]) for q in p]
    if not BLANK_LINE.search(raw, begin):  # pasted single-spaced: no blank line sets the story's paragraphs apart
        first, last = prose_run([len(t.split()) for t in texts], [_ends(t, len(t.split())) for t in texts])
        keep = [k or (first <= i <= last and _prose_words(texts[i]) > 0) for i, k in enumerate(keep)]
    thread = comment_thread(texts, keep)
    rest = [k and i not in thread for i, k in enumerate(keep)]
    after = {**unsure(texts, p, keep), **related_links(texts, rest), **before_story(texts, rest),
             **after_story(texts, rest), **notices(texts, rest), **name_lists(texts, rest), **thread}
    kept = [(s, e) for i, (s, e) in enumerate(lines) if keep[i] and i not in after]
    out = [(s, e, float(q), after.get(i)) for i, ((s, e), q) in enumerate(zip(lines, p, strict=True))
           if not keep[i] or i in after]
    return kept, out
