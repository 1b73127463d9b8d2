"""Short lines above the story's first sentence: headlines and teasers of this story and of others.

A paste starts where the reader's selection began, often a line or two above the story: another story's headline
from a list beside it, this story's headline, a standfirst cut short ("Two drivers were taken to hospital
after the crash,..."), a section's name. The browser may keep two of them in one single-spaced block. A story
does not open with a line that ends no sentence, so before the story's first sentence (a paragraph of
:data:`PROSE_WORDS` or more words that ends one) up to :data:`TOP_LINES` such lines are set apart
(:func:`above_story`). A line is one when it is short (:data:`LINE_WORDS` words at most,
:data:`TITLE_LINE_WORDS` in title case) and ends no sentence:
no full stop at its end unless it is cut short ("..."), no colon (it would introduce what follows), no sentence
ending inside it, no opening quotation mark (a quotation may open the story); a line ending in "?" or "!" only
when it is in title case (most of its longer words capitalised: "Is An Oxygen Bar Worth It?"), since a story may
open on a question of its own ("So who pays?"). A transcript's turn ("Q: ...", or a name and a colon that comes
back below or on two lines), a list's item or a dateline on its own line is no such line, and nothing is set
apart when a line of another kind stands among them, or when a line is only part of one (a pop-up card glued
into the first sentence leaves its first words on a line of their own). The rule reads shape and place only: a
verse of up to four lines, a short line of the writer's ("Then the water came") or a lede cut short with "..."
opening a feature is set apart too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.text.blocks import ELLIPSIS

TOP_LINES = 4
"""Lines above the story's first sentence that may be set apart."""
LINE_WORDS = 20
"""Words such a line may have."""
TITLE_LINE_WORDS = 30
"""Words a line in title case may have (a long headline: "Our Survey Shows – A Mix of ... for Publishers")."""
PROSE_WORDS = 12
"""Words a paragraph needs to be the story's first sentence."""
TITLE_CASE_SHARE = 0.6
"""Share of the words of four or more letters that begin with a capital for a question or exclamation to be a
headline."""
CUT_SHORT = ELLIPSIS
CLOSERS = "\"\u201d\u2019')"
INSIDE_END = re.compile(r"\b[a-z]{2,}[.!?][\"\u201d\u2019')]*\s+\S")
"""A sentence that ends inside the line with more after it: "The vote is today. Polls close at 8", a quotation
signed by its speaker ("“The harbour is all we have.” ― Mira Holt")."""
ABOVE_REASON = ("a short line above the story's first sentence that ends no sentence: a headline, a standfirst cut "
                "short or a line of the page (another story's headline, a section)")


def _heading(line: str) -> bool:
    """Whether one line is headline-shaped: see the module's description."""
    text = line.strip()
    words = text.split()
    if not 1 <= len(words) <= (TITLE_LINE_WORDS if _title_case(text) else LINE_WORDS) or INSIDE_END.search(text):
        return False
    if text.endswith(CUT_SHORT):
        return True
    end = text.rstrip(CLOSERS)[-1:]
    if end in ".:;,":
        return False
    if text[:1] in OPENING_MARKS:
        return False  # "“We have nothing left, not even the ferry”": a quotation opening the story
    return _title_case(text) if end in "?!" else True


def _title_case(text: str) -> bool:
    """Whether :data:`TITLE_CASE_SHARE` of a line's words of four or more letters begin with a capital."""
    long = [w for w in text.split() if sum(c.isalpha() for c in w) >= 4]
    capitals = sum(w.lstrip("\"'\u201c\u2018(")[:1].isupper() for w in long)
    return bool(long) and capitals >= TITLE_CASE_SHARE * len(long)


TURN = re.compile(r"\s*[A-Z][A-Z.'\u2019 -]{0,40}:\s")
"""A turn of a transcript or an interview: a speaker's label in capitals ("Q: ...", "HOST: ...")."""
LABEL = re.compile(r"\s*([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}):\s+\S")
"""A line that opens on a name and a colon ("Holt: Good morning"): a turn when the label comes back below or
another line above the story has one."""
OPENING_MARKS = "\"\u201c\u2018\u00ab"


def story_sentence(text: str) -> bool:
    """Whether a paragraph is a sentence of the story: :data:`PROSE_WORDS` or more words, ending one (not cut
    short), and not only headline-shaped lines (a headline over a standfirst cut short)."""
    body = text.strip()
    return len(body.split()) >= PROSE_WORDS and body.rstrip(CLOSERS)[-1:] in ".!?" and not body.endswith(
        CUT_SHORT) and not all(_heading(line) for line in body.split("\n") if line.strip())


def above_story(raw: str, body: list[tuple[int, int]], excluded: Callable[[str], bool]
                ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """``(body, lines)``: the body without the headline-shaped lines above its first sentence, and those lines'
    spans (one per line, a single-spaced block cut into its lines). ``excluded``: lines of other kinds (a turn
    of a transcript, a list's item), which keep every line where it is."""
    first = next((k for k, (s, e) in enumerate(body) if story_sentence(raw[s:e])), None)
    if not first:
        return body, []
    lines: list[tuple[int, int]] = []
    for s, e in body[:first]:
        for m in re.finditer(r"[^\n]+", raw[s:e]):
            text = m.group()
            if text.strip():
                a = s + m.start() + len(text) - len(text.lstrip())
                lines.append((a, s + m.start() + len(text.rstrip())))
    whole = all(raw[:a].rstrip(" \t\xa0")[-1:] in ("", "\n") and raw[b:].lstrip(" \t\xa0\r")[:1] in ("", "\n")
                for a, b in lines)  # whole lines: no sentence a pop-up card cut in two
    top = raw[:body[first][0]].lstrip().split("\n")[0]  # the first line, a headline by its shape alone, counts too
    texts = [top, *(raw[a:b] for a, b in lines if raw[a:b] != top)]
    # a line pasted twice (a page's title over its headline) is one line, not two turns of one speaker
    labels = [m.group(1) for m in (LABEL.match(t) for t in dict.fromkeys(texts)) if m]
    below = {m.group(1) for s, e in body[first:] if (m := LABEL.match(raw[s:e]))}
    turns = len(labels) > 1 or any(label in below for label in labels)  # "Holt: Good morning" ... "Holt: So ..."
    if len(lines) > TOP_LINES or not whole or turns or not all(
            _heading(raw[a:b]) and not TURN.match(raw[a:b]) and not excluded(raw[a:b]) for a, b in lines):
        return body, []
    return body[first:], lines
