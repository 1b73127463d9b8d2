"""A picture's caption kept in a pasted story: a single-spaced block whose line is a photo credit.

A browser's copy of a page keeps a figure inside the story as a block of single-spaced lines: the caption, then
the credit ("Ana Ruiz and Tom Hill in 2002." / "Photo by Ivo Marsh"; "This March 3, 2021, file photo shows the
bridge." / "Kell Gazette via AP"), sometimes with a link to another story under it. The credit line is furniture
by its own words wherever it stands (``analysis/data/furniture.csv``, kind ``caption``); the caption above it is
a sentence like any other, and only its place says what it is: the line or two right above a credit, in the same
block. :func:`caption_blocks` finds such blocks anywhere in the text (at either end too) and sets the caption
lines apart; the credit and the lines after it are left as lines of their own for the furniture rules.

Not a block of hard-wrapped prose (a run of lines that continue one sentence), nor a block whose lines above the
credit are long (a paragraph of the story ending with a credit it quotes): at most :data:`CAPTION_LINES` lines of
at most :data:`CAPTION_WORDS` words each.
"""

from __future__ import annotations

import re
from collections.abc import Callable

CAPTION_LINES = 2
"""Lines above a credit that may be its caption."""
CAPTION_WORDS = 45
"""Words a caption line may have."""
CREDIT_WORDS = 12
"""Words a credit line may have: a credit alone, not a caption that ends with its credit ("... (AP Photo/Name)")."""
SENTENCE_ENDS = tuple(".!?\"”’')")
"""How a paragraph that ends a sentence ends (a closing quotation mark or bracket included)."""
SENTENCE = re.compile(r"\b[a-z]{2,}[.!?][\"\u201d\u2019')]*\s*$")
"""A line that ends a sentence on a lower-case word ("... on her last day at work."): a sentence, no credit."""
CAPTION_REASON = "a picture's caption: the line right above its photo credit, in the same single-spaced block"


def wrapped(lines: list[str]) -> bool:
    """Whether a block's lines are hard-wrapped prose: a line that ends no sentence runs on into lines that begin
    in lower case, the last of which ends a sentence ("... would reopen after" / "by Monday."; "a petition was
    started on Monday" / "by Ana Lind and Tom Hill" / "and has 3,000 names."), whatever rule those lines match.
    A headline over "by Ana Lind" over a date, or an author line over a last "related stories", is no such run."""
    for k, line in enumerate(lines[:-1]):
        if line.rstrip().endswith(SENTENCE_ENDS):
            continue
        for nxt in lines[k + 1:]:
            if not nxt.strip()[:1].islower():
                break
            if nxt.rstrip().endswith(SENTENCE_ENDS):
                return True
    return False


def caption_blocks(raw: str, spans: list[tuple[int, int]], is_credit: Callable[[str], bool],
                   wrapped: Callable[[list[str]], bool]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """``(spans, captions)``: the paragraphs with each caption block cut into its lines, and the spans of the
    caption lines to set apart. ``is_credit``: whether a line is a photo credit by its words; ``wrapped``: whether
    a block's lines are hard-wrapped prose."""
    out: list[tuple[int, int]] = []
    captions: list[tuple[int, int]] = []
    for s, e in spans:
        lines = [(s + m.start(), s + m.end()) for m in re.finditer(r"[^\n]+", raw[s:e]) if m.group().strip()]
        texts = [raw[a:b] for a, b in lines]
        credit = next((k for k, t in enumerate(texts)
                       if k and len(t.split()) <= CREDIT_WORDS and not SENTENCE.search(t) and is_credit(t.strip())),
                      None)
        if credit is None or credit > CAPTION_LINES or wrapped(texts) or any(
                len(t.split()) > CAPTION_WORDS for t in texts[:credit]):
            out.append((s, e))
            continue
        for k, ((a, _b), text) in enumerate(zip(lines, texts, strict=True)):
            span = (a + len(text) - len(text.lstrip()), a + len(text.rstrip()))
            (captions if k < credit else out).append(span)
    return out, captions
