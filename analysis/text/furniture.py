"""Page furniture set apart from the body: headline, byline, dateline, captions, navigation, signatures.

Text copied from a web page or a wire service carries lines that are not the writer's story. Each rule
lives in ``analysis/data/furniture.csv`` with the reason for it (see its header for the columns): a line
is set apart only when a rule says why, it stays in the raw text, and it is listed with its kind and
offsets (``article.set_aside`` in the JSON). Nothing is deleted, so every offset still slices the raw text.

The order of work: whole paragraphs first (navigation, promotion, headline, byline, captions,
signatures, each rule in file order, the first that matches naming the kind), then the author's box at the
end of the story (:func:`author_box`), then the dateline at the start of the first paragraph left, whose
matched words alone are set apart. The body is never emptied: a
text that would lose every paragraph keeps them all and gets a warning instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from analysis.errors import ConfigError
from analysis.paths import DATA
from analysis.text.authorlines import NAME_LINE_REASON, NAMES_REASON, SIGNED_REASON, names_line
from analysis.text.blocks import LINK_LABEL, RELATED_LABEL, TAGS_LABEL, links_below
from analysis.text.captions import CAPTION_REASON, SENTENCE_ENDS, caption_blocks, wrapped
from analysis.text.datafile import read_rows
from analysis.text.toplines import ABOVE_REASON as TOP_LINE_REASON
from analysis.text.toplines import above_story, story_sentence

FURNITURE_FILE = DATA / "furniture.csv"
HEADER = ["kind", "scope", "where", "max_words", "pattern", "reason"]
KINDS = ("headline", "standfirst", "byline", "timestamp", "dateline", "caption", "navigation", "promotion",
         "signature", "note", "page")
"""The kinds of furniture; ``page`` is a line the block model (:mod:`analysis.text.blocks`) sets apart, or a line
of a copied page's header no rule names (:func:`header_block`)."""
SCOPES = ("paragraph", "contains", "prefix", "suffix")
PLACES = ("first", "top", "before", "any", "end")
TOP = 3
"""Paragraphs counted as the top of the text (``where = top``), and any before the first body paragraph."""
END = 2
"""Paragraphs counted as its end (``where = end``)."""


@dataclass(frozen=True)
class Rule:
    kind: str
    scope: str
    where: str
    max_words: int | None
    pattern: re.Pattern
    reason: str
    line: int


@dataclass(frozen=True)
class SetAside:
    """A span of the raw text that is not the body, with the rule's kind and reason."""

    kind: str
    start: int
    end: int
    text: str
    reason: str
    place: str | None = None
    agency: str | None = None
    date: str | None = None


@lru_cache(maxsize=4)
def load_rules(path: str | Path = FURNITURE_FILE) -> tuple[Rule, ...]:
    """The rules of ``path``, validated: a clear error naming the line for a bad kind, scope, place,
    number or pattern."""
    rules = []
    for n, (kind, scope, where, max_words, pattern, reason) in read_rows(path, HEADER, required=3):
        for value, allowed, column in ((kind, KINDS, "kind"), (scope, SCOPES, "scope"), (where, PLACES, "where")):
            if value not in allowed:
                raise ConfigError(f"{path}:{n}: {column} {value!r} is not one of {', '.join(allowed)}")
        if not pattern or not reason:
            raise ConfigError(f"{path}:{n}: every rule needs a pattern and a reason")
        if scope == "prefix" and kind != "dateline":
            raise ConfigError(f"{path}:{n}: only a dateline is set apart as a prefix")
        if scope == "suffix" and kind not in ("signature", "navigation"):
            raise ConfigError(f"{path}:{n}: only a signature or a link is set apart as a suffix")
        try:
            limit = int(max_words) if max_words else None
            compiled = re.compile(pattern)
        except ValueError as exc:
            raise ConfigError(f"{path}:{n}: max_words {max_words!r} is not a whole number") from exc
        except re.error as exc:
            raise ConfigError(f"{path}:{n}: pattern does not compile ({exc})") from exc
        rules.append(Rule(kind, scope, where, limit, compiled, reason, n))
    return tuple(rules)


LINK_REASON = "a link listed under a read-more label"
LINK_LINE_WORDS = 25
"""A teaser cut short by an ellipsis under a read-more label is a link too, up to this many words."""
LABEL_ONLY_REASON = ("a label of links to other stories on its own line (\"Related stories\", \"Trending now\"), "
                     "with no sentence of the story after it: the short lines without a sentence end right after "
                     "it are those links")
LINK_WORDS = 8
ELLIPSES = ("...", "\u2026")
"""A teaser cut short ("Major warning issued after ... a...") is no sentence of the story."""
"""A line after a related-stories label with a sentence of this many words is the story's (the label a subhead)."""
LINK_LINE = re.compile(r"(?![^\n]*[.!?][\"”’')]*\s)(?:\S+[ \t]+){1,24}\S*[^\s.!?:;,\"“”’')]")
"""A listed link: a short line (2 to 25 words) with no sentence end, like a headline."""


def _applies(rule: Rule, i: int, n: int, first: int = 0, opening: bool = True) -> bool:
    if rule.where == "first":
        return i == first
    if rule.where == "top":
        return i < TOP or opening
    if rule.where == "before":
        return opening
    if rule.where == "end":
        return i >= n - END
    return True


def _paragraph_rule(text: str, i: int, n: int, rules: tuple[Rule, ...], first: int = 0,
                    opening: bool = True) -> Rule | None:
    """The first rule that sets ``text`` (paragraph ``i`` of ``n``) apart. ``first``: the index the
    ``first`` rules apply to; ``opening``: no body paragraph has come yet (``top`` rules apply)."""
    words = len(text.split())
    shape = None
    for rule in rules:
        if rule.scope in ("prefix", "suffix") or not _applies(rule, i, n, first, opening):
            continue
        if rule.max_words is not None and words > rule.max_words:
            continue
        found = rule.pattern.fullmatch(text) if rule.scope == "paragraph" else rule.pattern.search(text)
        if found and rule.kind in SHAPE_ONLY:
            shape = shape or rule  # a rule that knows the line's words names it first ("Published 9:15 AM")
        elif found:
            return rule
    return shape


SHAPE_ONLY = ("headline",)
"""Kinds recognised by their shape alone (a short unpunctuated line), which a hard-wrapped line of prose
also has: they are not evidence that a line is furniture when judging lines out of their place."""


def furniture_rule(text: str, before: bool = True, after: bool = True,
                   rules: tuple[Rule, ...] | None = None) -> Rule | None:
    """The first rule that looks at a line's words (not only its shape) and would set ``text`` apart, or None:
    rules for the top of a text only when the line stands ``before`` the story, rules for its end only when it
    stands ``after`` it (both True: wherever it stood)."""
    head, end = _out_of_place(load_rules() if rules is None else rules)
    n = 2 * (TOP + END)  # a paragraph far from both ends: only the rules' words decide
    line = text.strip()
    if not before:
        head = tuple(r for r in head if r.where == "any")
    return _paragraph_rule(line, 0, n, head) or (_paragraph_rule(line, n - 1, n, end) if after else None)


def looks_like_furniture(text: str, rules: tuple[Rule, ...] | None = None) -> bool:
    """Whether :func:`furniture_rule` finds a rule for ``text`` wherever it stood: for the paragraph-splitting
    rule, which counts only the lines of the story, and for splitting a block of furniture lines."""
    return furniture_rule(text, rules=rules) is not None


@lru_cache(maxsize=4)
def _out_of_place(rules: tuple[Rule, ...]) -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
    """The rules that judge a line by its words (not only its shape), split into those for the top and
    anywhere, and those for the end (computed once per rule set, not per line)."""
    kept = tuple(r for r in rules if r.kind not in SHAPE_ONLY)
    return tuple(r for r in kept if r.where != "end"), tuple(r for r in kept if r.where == "end")


def _split_furniture_blocks(raw: str, spans: list[tuple[int, int]],
                            rules: tuple[Rule, ...]) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """A paragraph of several lines becomes one paragraph per line, so each line is judged (and offset) on its
    own, when every line is page furniture ("Reuters" over a time stamp), or when it stands at either end of
    the text (the first :data:`TOP` paragraphs or any above the story's first sentence, or the last :data:`END`)
    and one of its lines is furniture by its words there and the block is no hard-wrapped prose
    (:func:`analysis.text.captions.wrapped`), or when it is the text's end and every line is a label
    (:func:`_a_label`), or anywhere when its first line is a label no writer uses as a subhead
    (:data:`analysis.text.blocks.LINK_LABEL`: "Read next", "Related", "Also read") and headlines follow it
    (:func:`analysis.text.blocks.links_below`; that block's lines are returned apart): a paste keeps the
    page's single-spaced blocks together ("Ana Ruiz, Harbour Gazette" over "Published 9:15 AM EST Mar 3, 2021";
    "Written by ..." over "Related stories"; "Read next" over a section's name and a headline, between two
    paragraphs)."""
    out, listed = [], set()  # listed: a related-stories label's block, the label and its links
    n = len(spans)
    story = next((k for k, (s, e) in enumerate(spans) if story_sentence(raw[s:e])), n)  # its first sentence
    for k, (s, e) in enumerate(spans):
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", raw[s:e]) if m.group().strip()]
        texts = [raw[s + a:s + b] for a, b in lines]
        end, top = k >= n - END, k < max(TOP, story)
        split = (len(lines) > 1 and (all(looks_like_furniture(t, rules) for t in texts) or (
            end and all(_a_label(t) for t in texts)) or ((top or end) and not wrapped(texts) and any(
                furniture_rule(t, before=top, after=end, rules=rules)
                or RELATED_LABEL.fullmatch(t.strip().rstrip(":").rstrip()) for t in texts)))) or (
            LINK_LABEL.fullmatch(texts[0].strip().rstrip(":").rstrip()) and links_below(texts[1:]))
        if split:
            under = len(lines) > 1 and LINK_LABEL.fullmatch(texts[0].strip().rstrip(":").rstrip()) and \
                links_below(texts[1:])
            for (a, _b), text in zip(lines, texts, strict=True):
                lead = len(text) - len(text.lstrip())
                out.append((s + a + lead, s + a + len(text.rstrip())))
                if under:
                    listed.add(out[-1])
        else:
            out.append((s, e))
    return out, listed


TURN_LABEL = re.compile(
    r"\s*(?:(?!(?:UPDATE|UPDATED|NOTE|EDITOR'S NOTE|CORRECTION|BREAKING|WATCH|PHOTO|VIDEO):)"
    r"[A-Z][A-Z.'\u2019 -]{1,40}:\s+(?![\"\u201c])|(?:Q|A)\.\s+(?![A-Z]\.)|BY [A-Z][A-Z.' -]+:\s*$)", re.MULTILINE)
"""A paragraph of a transcript: a speaker's label in capitals ("HOST: ...", "MR. LEE: ..."; not "He added:
“...”", "Q:" or a note's "UPDATE:"), a court transcript's "Q." or "A." or its examination line ("BY MS. LEE:")."""

DATELINE_PARAGRAPHS = 3
"""The dateline is looked for at the start of the first body paragraphs up to this many (the first that has
one): a line no rule recognises above the story must not hide it."""

ABOVE_REASON = "above the dateline: the story starts at the dateline"


def _above_dateline(raw: str, body: list[tuple[int, int]], k: int, aside: list[SetAside],
                    rules: tuple[Rule, ...]) -> list[tuple[int, int]]:
    """The story starts at a dateline found in body paragraph ``k`` > 0: the paragraphs above it are the
    headline (the last headline-shaped one), its standfirst (a sentence between them) and labels above the
    headline; a headline chosen earlier among them becomes a label. Returns the body from the dateline on, or
    the body unchanged when no paragraph above is headline-shaped."""
    shape = [r for r in rules if r.kind == "headline" and r.scope == "paragraph"]
    above = body[:k]
    shaped = [j for j, (s, e) in enumerate(above) if any(r.pattern.fullmatch(raw[s:e].strip()) for r in shape)]
    if not shaped:
        return body  # a sentence above the dateline (a title with a full stop) stays: the text alone cannot tell
    head = shaped[-1]
    for i, x in enumerate(aside):
        if x.kind == "headline":
            aside[i] = SetAside("navigation", x.start, x.end, x.text, f"a label above the headline; {ABOVE_REASON}")
    for j, (s, e) in enumerate(above):
        if j == head:
            kind, why = "headline", f"the headline, {ABOVE_REASON}"
        elif j > head:
            kind, why = "standfirst", f"the summary under the headline, {ABOVE_REASON}"
        else:
            kind, why = "navigation", f"a label above the headline; {ABOVE_REASON}"
        aside.append(SetAside(kind, s, e, raw[s:e], why))
    return body[k:]


BOX_LABEL_WORDS = 6
"""The most words of an author's box label: at most three words of a label ("About", "Über", "Sobre" ...; any
language) before a name of two to four capitalised words (:func:`box_names`)."""


def box_names(text: str) -> list[str]:
    """The names an author's box label may end with, longest first: its last two to four words when each starts
    with a capital letter ("Über Ana Lind": "Über Ana Lind", "Ana Lind"); none for a longer line or a sentence."""
    words = text.split()
    if len(words) > BOX_LABEL_WORDS or text.endswith(SENTENCE_ENDS):
        return []
    caps = 0
    for w in reversed(words):
        if not w[:1].isupper() or not any(c.isalpha() for c in w):
            break
        caps += 1
    if caps < 2 or len(words) - caps > 3:
        return []
    return [" ".join(words[-k:]) for k in range(min(caps, 4), 1, -1)]


BOX_BIO_WORDS = 6
"""The fewest words of the biography under an author's box label."""
BOX_NAME_AT = 15
"""The name of the box must stand within this many words of the start of the biography."""
BOX_REASON = ("the author's box at the end of the story: a short label with a name, the biography under it "
              "naming that person, no sentence of ten or more words after them")
BOX_AFTER_REASON = "after the author's box at the end of the story: no sentence of ten or more words follows"
BOX_NAME_REASON = "the author's name above the author's note at the end of the story"


REPORTED = re.compile(r"\b(?:said|says|told|tells|added|announced|according to)\b")
"""Words of reported speech: a paragraph that reports what the person said is the story's, not the author's box
(a biography says who the writer is, not what anyone said)."""


def _sentence_line(text: str, words: int = 10) -> bool:
    return len(text.split()) >= words and text.rstrip().endswith(SENTENCE_ENDS)


def author_box(raw: str, body: list[tuple[int, int]], aside: list[SetAside]) -> tuple[list[tuple[int, int]],
                                                                                     list[SetAside]]:
    """The author's box at the end of the story, set apart with its reasons: a short label ending in a name
    (:func:`box_names`; a body paragraph, or a line a rule set apart as a label, "About ..."), the next body
    paragraph a biography of :data:`BOX_BIO_WORDS`+ words naming the same person within its first
    :data:`BOX_NAME_AT` words, and no sentence of ten or more words after them (the paragraphs after the box go
    too); and a bare name right above an author's note a rule already set apart (kind ``signature``). A name over
    a paragraph about that person in the middle of a story stays: prose follows it; so does one over a paragraph
    that reports what the person said (:data:`REPORTED`: the story's last paragraphs, not a biography). A name
    the model or a caption rule set apart is no label (a photo's credit over the story's last paragraph)."""
    texts = [raw[s:e].strip() for s, e in body]
    for i in range(1, len(body)):
        bio = texts[i]
        head = " ".join(bio.split()[:BOX_NAME_AT + 4])
        if len(bio.split()) < BOX_BIO_WORDS or not bio.endswith(SENTENCE_ENDS) or REPORTED.search(bio):
            continue  # "Ana Lind, the mayor, said in a statement ...": the story's, not a biography
        # the label: the body paragraph above, or a line a rule set apart right above the biography ("About ...")
        above = [a for a in aside if body[i - 1][1] <= a.start and a.end <= body[i][0]]
        label = above[-1] if above else None
        if label is not None and raw[label.end:body[i][0]].strip():
            continue
        names = box_names(label.text.strip() if label is not None else texts[i - 1])
        if label is not None and label.kind not in ("navigation", "signature"):
            continue  # a name set apart above a paragraph as a photo's credit or by the model: no box label
        if not any(n in head for n in names) or any(_sentence_line(t) for t in texts[i + 1:]):
            continue
        if label is None and i == 1:
            continue  # the body keeps a paragraph
        if label is not None:
            out = [SetAside(label.kind, label.start, label.end, label.text, f"{label.reason}; {BOX_REASON}")]
            aside = [a for a in aside if a is not label]
            first = i
        else:
            out = [SetAside("signature", *body[i - 1], texts[i - 1], BOX_REASON)]
            first = i - 1
        s, e = body[i]
        out.append(SetAside("signature", s, e, raw[s:e], BOX_REASON))
        out += [SetAside("navigation", s, e, raw[s:e], BOX_AFTER_REASON) for s, e in body[i + 1:]]
        return body[:first], aside + out
    notes = [a for a in aside if a.kind == "signature"]
    for note in notes:
        above = [j for j, (s, e) in enumerate(body) if e <= note.start]
        if not above or above[-1] == 0:
            continue
        j = above[-1]
        s, e = body[j]
        between = raw[e:note.start]
        name = texts[j]
        if (between.strip() == "" and name in box_names(name) and name in note.text
                and not any(_sentence_line(t) for t in texts[j + 1:])):
            aside = [*aside, SetAside("signature", s, e, raw[s:e], BOX_NAME_REASON)]
            body = body[:j] + body[j + 1:]
            texts = texts[:j] + texts[j + 1:]
    return body, aside


TRAILING_WORDS = 3
TRAILING_LINES = 6
TRAILING_CHARS = 24
"""Characters as well as words: a sentence of a script without spaces is one "word"."""
TRAILING_REASON = (f"a label or a button after the story: a line of up to {TRAILING_WORDS} words that ends no "
                   "sentence, with only such lines after it (\"Opinion\", \"Currently in\", \"Newsletter\"), on a "
                   "page whose lines after the story are furniture by their words too")


def _a_label(line: str) -> bool:
    """Whether a line is a label or a button: up to :data:`TRAILING_WORDS` words and :data:`TRAILING_CHARS`
    characters, ending no sentence and leading into nothing (no colon: "What closes:" opens a list), such as
    "Opinion", "76", "Currently in"."""
    text = line.strip()
    return 1 <= len(text.split()) <= TRAILING_WORDS and len(text) <= TRAILING_CHARS and \
        not text.endswith((*SENTENCE_ENDS, ":", "\u3002", "\uff01", "\uff1f"))  # "What closes:" leads in


def trailing_labels(raw: str, body: list[tuple[int, int]], aside: list[SetAside]) -> tuple[list[tuple[int, int]],
                                                                                          list[SetAside]]:
    """The last body paragraphs, up to :data:`TRAILING_LINES` of them, while each is one line that is a label
    (:func:`_a_label`): the labels and buttons a paste carries after the story (a section's name, a newsletter's,
    "Currently in"); only when the page says so, a button, a label or a link set apart by its words (a share
    button, tags, a related-stories label; not a signature or a time stamp) standing after the story's last
    paragraph. A story's own short end stays: a last "Not yet", a list
    after a line ending with a colon, a list's items ("1. Close"), a transcript's turns ("HOST: Thank you"). The
    body keeps its first paragraph."""
    run = 0
    while run < min(TRAILING_LINES, len(body) - 1):
        s, e = body[-1 - run]
        text = raw[s:e].strip()
        if "\n" in text or not _a_label(text) or TURN_LABEL.match(text) or LIST_ITEM.match(text):
            break
        run += 1
    if not run:
        return body, aside
    story_end = body[-1 - run][1]
    if raw[body[-1 - run][0]:story_end].rstrip().endswith(":") or not any(
            a.start >= story_end and a.kind in ("navigation", "promotion") and a.reason != TRAILING_REASON
            for a in aside):
        return body, aside
    for s, e in body[-run:]:
        aside.append(SetAside("navigation", s, e, raw[s:e], TRAILING_REASON))
    return body[:-run], aside


LIST_ITEM = re.compile(r"(?:\d{1,3}[.)]|[-•*–]|\(?[a-z][.)])\s")
"""A list's item marker: "1.", "2)", "-", "•", "a)"."""


CARD_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
CARD_END = re.compile(r" MORE(?=[\s(,.;:)]|$)")
CARD_NAME_AT = 60
"""The repeated name must end within this many characters of a card's start."""
CARD_CHARS = 1500
"""The longest pop-up card (:func:`glued_cards`)."""
CARD_REASON = ("a pop-up card glued into a sentence: the name before it repeated without a space, then other "
               "stories' headlines, ending with \"MORE\"")


def glued_cards(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pop-up cards a copied page glued into the paragraph ``raw[start:end]``: a name whose last word is
    followed, with no space, by the name again ("Ana LindAna Maria Lind"), glued in turn to the card's text
    (headlines of other stories) and ending with " MORE" on the same line. ``(start, end)`` of each card."""
    out = []
    at = start
    while True:
        m = CARD_GLUE.search(raw, at, end)
        if m is None:
            return out
        p = m.start()
        word = re.search(r"[A-Z][\w'’-]*$", raw[max(start, p - 40):p])
        at = p + 1
        if word is None or len(word.group()) < 2:
            continue
        name = re.compile(r"(?:[A-Z][\w'’.-]* ){0,3}" + re.escape(word.group()) + r"(?=[A-Z\"'‘“])")
        again = name.match(raw, p, min(end, p + CARD_NAME_AT))
        if again is None:
            continue
        stop = CARD_END.search(raw, again.end(), min(end, p + CARD_CHARS))
        if stop is None or "\n" in raw[p:stop.end()]:
            continue
        out.append((p, stop.end()))
        at = stop.end()


def _cut_cards(raw: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[SetAside]]:
    """The paragraphs with their pop-up cards (:func:`glued_cards`) cut out: the words around a card stay the
    body (a paragraph before it and one after it), the card is set apart."""
    body, aside = [], []
    for s, e in spans:
        at = s
        for a, b in glued_cards(raw, s, e):
            aside.append(SetAside("navigation", a, b, raw[a:b], CARD_REASON))
            if raw[at:a].strip():
                body.append((at, at + len(raw[at:a].rstrip())))
            at = b + len(raw[b:e]) - len(raw[b:e].lstrip())
        if raw[at:e].strip():
            body.append((at, e))
    return body, aside


HEADER_LINES = 3
"""The fewest lines of a page's header block (:func:`header_block`)."""
HEADER_WORDS = 25
"""The most words of a line of a page's header block."""
HEADER_SINGLE_SHARE = 0.75
"""The share of the other paragraphs that must be one line each for a first block of lines to be a header."""
HEADER_REASON = ("the page's header: the first paragraph, a block of short lines, most not sentences (a section, "
                 "the title, the authors, the date), above a story whose paragraphs are one line each")


def header_block(raw: str, spans: list[tuple[int, int]]) -> list[SetAside]:
    """The lines of a copied page's header, each set apart with its reason (a rule's kind when one names the line,
    else ``page``), or [] when the first paragraph is no header: it must have :data:`HEADER_LINES` or more lines of
    at most :data:`HEADER_WORDS` words, fewer than half of them sentences, and at least
    :data:`HEADER_SINGLE_SHARE` of the three or more paragraphs after it must be one line each (the story pasted
    with a blank line between its paragraphs, the header without). A story's first paragraph hard-wrapped is
    prose (its lines run on) and its other paragraphs are wrapped too. A headline-shaped line right above the
    byline is the headline."""
    if len(spans) < 4:
        return []
    s, e = spans[0]
    lines = [(m.start() + s, m.start() + s + len(m.group().rstrip())) for m in re.finditer(r"[^\n]+", raw[s:e])
             if m.group().strip()]
    lines = [(a + len(raw[a:b]) - len(raw[a:b].lstrip()), b) for a, b in lines]
    texts = [raw[a:b] for a, b in lines]
    if len(lines) < HEADER_LINES or any(len(t.split()) > HEADER_WORDS for t in texts):
        return []
    if all(looks_like_furniture(t) for t in texts) or any(t[:1].islower() for t in texts[1:]):
        return []  # lines the rules know (split and named line by line), or prose hard-wrapped (it runs on)
    if 2 * sum(len(t.split()) >= 4 and t.endswith(SENTENCE_ENDS) for t in texts) >= len(texts):
        return []
    single = sum("\n" not in raw[a:b].strip() for a, b in spans[1:])
    if single < HEADER_SINGLE_SHARE * (len(spans) - 1):
        return []
    out = []
    for (a, b), text in zip(lines, texts, strict=True):
        rule = furniture_rule(text, before=True, after=False)
        kind, why = (rule.kind, f"{rule.reason}; {HEADER_REASON}") if rule else ("page", HEADER_REASON)
        out.append(SetAside(kind, a, b, text, why))
    shape = [r for r in load_rules() if r.kind == "headline" and r.scope == "paragraph"]
    for j in range(1, len(out)):
        x = out[j - 1]
        if out[j].kind == "byline" and x.kind == "page" and any(r.pattern.fullmatch(x.text) for r in shape):
            why = f"the headline, above the byline; {HEADER_REASON}"
            out[j - 1] = SetAside("headline", x.start, x.end, x.text, why)
            break
    return out


CALL_REST_REASON = "what stands before a call to act that ends the paragraph, itself furniture by a rule"
TITLE_REASON = "the page's title (HTML metadata), repeated as the first line"
LABEL_REASON = "a section label above the headline (a longer headline-shaped line follows it)"


def _introduced(before: str, text: str) -> bool:
    """Whether paragraph ``text`` belongs to the one ``before`` it: what a colon introduces, the next item of a
    list (both start with the same dash or bullet), or the speaker of the quotation before it ("— Ana Lind")."""
    before, text = before.strip(), text.strip()
    return (before.endswith(":") or (text[:1] in "—–-•*" and before[:1] == text[:1])
            or (text[:1] in "—–-" and before.endswith(("”", '"', "’", "'"))))


def _story_follows(raw: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a sentence of the story (:data:`LINK_WORDS` words or more, not a teaser cut short, no furniture by
    a rule: a copyright line) is among ``spans``: then a related-stories label before it is a subhead of the
    story ("Up next")."""
    return any(_sentence_line(raw[s:e], LINK_WORDS) and not raw[s:e].rstrip().endswith(ELLIPSES)
               and not looks_like_furniture(raw[s:e]) for s, e in spans)


def _dates_or_signs(a: SetAside, span: tuple[int, int]) -> bool:
    """Whether set-aside ``a`` is the paragraph ``span`` and a time stamp, an author line or a handle."""
    return (a.start, a.end) == span and (a.kind in ("timestamp", "byline") or a.text.lstrip().startswith("@"))


LONE_LINE_WORDS = 20
LONE_LINES = 2


def _a_lone_line(text: str) -> bool:
    """Whether a body paragraph is one short line, or up to :data:`LONE_LINES` of them single-spaced, each at most
    :data:`LONE_LINE_WORDS` words, one sentence at most, not ending with a full stop: a headline, a standfirst or an
    author line no rule recognised ("Gift guide: what do you buy for ...?", "Ana Ruiz"). The page's top has not
    ended with up to :data:`LONE_LINES` of them, so the byline, time stamp and dateline rules of the top still apply
    below them."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]  # a standfirst of two lines too
    return len(lines) <= LONE_LINES and all(len(b.split()) <= LONE_LINE_WORDS and not b.rstrip("\"”’')").endswith(
        ".") and not re.search(r"[.!?][\"”’')]*\s+\S", b) for b in lines)


def set_apart(raw: str, spans: list[tuple[int, int]], rules: tuple[Rule, ...] | None = None,
              title: str | None = None) -> tuple[list[tuple[int, int]], list[SetAside], str | None]:
    """The body paragraphs left, the set-aside spans in text order, and a warning (or None).

    A headline needs a paragraph after it; the body keeps at least one paragraph. ``title`` (an HTML page's
    title) makes a first paragraph that repeats it the headline, whatever its punctuation.
    """
    rules = load_rules() if rules is None else rules
    given = list(spans)
    header = header_block(raw, spans)
    spans = spans[1:] if header else spans
    spans, captions = caption_blocks(raw, spans, lambda t: getattr(furniture_rule(t, rules=rules), "kind", "")
                                     == "caption", wrapped)
    spans, listed = _split_furniture_blocks(raw, spans, rules)
    spans, cards = _cut_cards(raw, spans)
    cards += [SetAside("caption", a, b, raw[a:b], CAPTION_REASON) for a, b in captions]
    n = len(spans)
    body: list[tuple[int, int]] = []
    aside: list[SetAside] = [*header, *cards]
    links = False  # right after a read-more label with nothing after its colon
    for i, (s, e) in enumerate(spans):
        text = raw[s:e]
        # the first paragraph that is not furniture, until a headline is found
        first = i if not body and not any(x.kind == "headline" for x in aside) else -1
        if first == i and n > 1 and title and " ".join(text.split()) == " ".join(title.split()):
            aside.append(SetAside("headline", s, e, text, TITLE_REASON))
            continue
        if (s, e) in listed or (links and (LINK_LINE.fullmatch(text.strip()) or (
                text.rstrip().endswith(ELLIPSES) and len(text.split()) <= LINK_LINE_WORDS))):
            aside.append(SetAside("navigation", s, e, text, LINK_REASON))
            links = (s, e) not in listed  # a block's links end with the block: a subhead may follow
            continue
        label = text.strip().rstrip(":").rstrip()
        bare = len(label.split()) > 2 or not label.endswith((".", "\u2026"))  # "Also ..." opens the writer's list
        if n > 1 and bare and RELATED_LABEL.fullmatch(label) and (LINK_LABEL.fullmatch(label)
                                                               or not _story_follows(raw, spans[i + 1:])):
            aside.append(SetAside("navigation", s, e, text, LABEL_ONLY_REASON))
            links = True
            continue
        opening = len(body) <= LONE_LINES and all(_a_lone_line(raw[bs:be]) for bs, be in body)
        if opening and n > 1 and names_line(text):  # "Ana Ruiz and Tom Hill Harbour Gazette": no headline
            aside.append(SetAside("byline", s, e, text, NAMES_REASON))
            continue
        rule = _paragraph_rule(text, i, n, rules, first, opening=opening) if n > 1 else None
        if rule is not None and rule.where == "end" and ((i and _introduced(raw[slice(*spans[i - 1])], text))
                                                         or _story_follows(raw, spans[i + 1:])):
            rule = None  # "Her answer was one word: ¶ Facebook"; "– Tom Hill ¶ – Ana Lind"; "2 ¶ <the story>"
        if rule is not None and rule.kind == "headline" and i + 1 < n - 1:
            after = raw[spans[i + 1][0]:spans[i + 1][1]].strip()
            if rule.pattern.fullmatch(after) and len(after.split()) > len(text.split()) and \
                    furniture_rule(after, rules=rules) is None and not names_line(after):  # not over a time stamp
                aside.append(SetAside("navigation", s, e, text, LABEL_REASON))
                continue
        links = rule is not None and rule.kind == "navigation" and (text.rstrip().endswith(":")
                                                                     or bool(TAGS_LABEL.fullmatch(text.strip())))
        call = rule.pattern.search(text) if rule is not None and rule.kind == "promotion" and \
            rule.scope == "contains" else None
        if call is not None and call.start() > 0 and text[:call.start()].strip():
            # "Residents should bring an ID. Sign up for a slot online.": only the call is the page's
            at = call.start() + 1 + len(text[call.start() + 1:call.end()]) - len(
                text[call.start() + 1:call.end()].lstrip("\"”’') \t\n"))
            before = text[:call.start() + 1]
            other = _paragraph_rule(before, i, n, tuple(r for r in rules if r is not rule and r.scope == "paragraph"
                                                         and r.kind not in SHAPE_ONLY), first, opening=opening)
            if other is not None:  # "Email Ana at ana@courier.example. Follow us on ...": the contact line too
                aside.append(SetAside(other.kind, s, s + len(before), before, f"{other.reason}; {CALL_REST_REASON}"))
            else:
                body.append((s, s + call.start() + 1))
            aside.append(SetAside(rule.kind, s + at, e, text[at:], rule.reason))
        elif rule is None:
            if opening and i and names_line(text, alone=False) and aside and _dates_or_signs(aside[-1],
                                                                                                 spans[i - 1]):
                aside.append(SetAside("byline", s, e, text, NAME_LINE_REASON))  # "5 Nov 2024 ¶ Ana Ruiz"
            elif i == n - 1 and body and names_line(text, alone=False) and any(
                    a.kind == "byline" and text.strip() in a.text for a in aside):
                aside.append(SetAside("signature", s, e, text, SIGNED_REASON))  # "... the council said. ¶ Ana Ruiz"
            else:
                body.append((s, e))
        else:
            if rule.kind in ("timestamp", "byline") and i and body and body[-1] == spans[i - 1] and \
                    len(body) <= LONE_LINES and names_line(raw[body[-1][0]:body[-1][1]], alone=False):
                ps, pe = body.pop()  # "Ana Ruiz ¶ - Nov. 5th 2024 9:10 am": the name above the time stamp
                aside.append(SetAside("byline", ps, pe, raw[ps:pe], NAME_LINE_REASON))
            elif rule.kind in ("timestamp", "byline") and i and aside and aside[-1].kind == "headline" and \
                    (aside[-1].start, aside[-1].end) == spans[i - 1] and names_line(aside[-1].text, alone=False):
                named = aside.pop()  # the first line, a name, read as the headline by its shape alone
                aside.append(SetAside("byline", named.start, named.end, named.text, NAME_LINE_REASON))
            aside.append(SetAside(rule.kind, s, e, text, rule.reason))
    if not body:  # the paragraphs as given, the header's included: nothing is set apart
        return given, [], "every paragraph looks like page furniture; nothing was set apart"
    body, tops = above_story(raw, body, lambda t: bool(TURN_LABEL.match(t) or LIST_ITEM.match(t) or any(
        r.scope == "prefix" and r.pattern.match(t.rstrip() + " A") for r in rules)))  # a dateline alone: as it was
    named = any(x.kind == "headline" for x in aside)
    main = next((a for a, b in tops if not raw[a:b].endswith(ELLIPSES)), None)
    for a, b in tops:  # "Two drivers were taken to hospital after the crash,..." above the story's first sentence
        kind = "headline" if not named and a == main else "page"  # the first line not cut short
        aside.append(SetAside(kind, a, b, raw[a:b], TOP_LINE_REASON))
    ends = tuple(r for r in rules if r.where == "end" and r.scope == "paragraph")
    for _ in range(2):  # again after the labels below: "Ana Ruiz covers courts for the Gazette. ¶ Tags ¶ Theft"
        while len(body) > 1 and body[-1] in spans[:n - END]:  # the end reaches back over the furniture after it
            i = spans.index(body[-1])
            text = raw[slice(*body[-1])]
            rule = _paragraph_rule(text, n - 1, n, ends)  # "Published 9:10 AM ¶ Terms of Use ¶ Privacy": all after
            if rule is None or _introduced(raw[slice(*spans[i - 1])], text):
                break
            aside.append(SetAside(rule.kind, *body.pop(), text, rule.reason))
        body, aside = author_box(raw, body, aside)
        body, aside = trailing_labels(raw, body, aside)
    dated = False
    for at in range(min(DATELINE_PARAGRAPHS, len(body))):  # an unrecognised line above the story may come first
        s, e = body[at]
        for rule in rules:
            if rule.scope != "prefix":
                continue
            m = rule.pattern.match(raw, s, e)
            if m and m.group().rstrip().endswith(":") and "(" not in m.group() and any(
                    TURN_LABEL.match(raw, s2, e2) for j, (s2, e2) in enumerate(body) if j != at):
                continue  # "HOST: ..." opening a transcript: a speaker's label, not a dateline
            if m and m.end() < e and raw[m.end():e].strip():
                groups = m.groupdict()
                end = m.end()
                shown = raw[s:end].rstrip()
                aside.append(SetAside("dateline", s, s + len(shown), shown, rule.reason,
                                      *(groups.get(k) and groups[k].strip() for k in ("place", "agency", "date"))))
                body[at] = (end + len(raw[end:e]) - len(raw[end:e].lstrip()), e)
                dated = True
                break
        if dated:
            body = _above_dateline(raw, body, at, aside, rules) if at else body
            break
    found = True
    while found:  # glued to the end of the last paragraph: a read-more link, the desk's credits
        found = False
        s, e = body[-1]
        for rule in rules:
            if rule.scope != "suffix":
                continue
            m = next((m for m in rule.pattern.finditer(raw, s, e) if m.end() == e and raw[s:m.start()].strip()), None)
            if m:
                start = m.start() + len(m.group()) - len(m.group().lstrip())
                aside.append(SetAside(rule.kind, start, e, raw[start:e], rule.reason))
                body[-1] = (s, s + len(raw[s:m.start()].rstrip()))
                found = True
                break
    aside.sort(key=lambda a: a.start)
    return body, aside, None


def headline_and_byline(aside: list[SetAside]) -> tuple[str | None, str | None]:
    """The headline's text and the bylines joined by '; ' (None when there is none)."""
    headline = next((a.text for a in aside if a.kind == "headline"), None)
    bylines = [a.text for a in aside if a.kind == "byline"]
    return headline, "; ".join(bylines) or None
