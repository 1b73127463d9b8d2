"""Quotation spans: the one finder every capability uses.

Finds text between quotation marks in the body paragraphs of an article and
keeps character offsets into the raw file.

* Double marks, curly (“ ”) or straight ("), pair within a paragraph; a
  quotation left open at the end of a paragraph continues when the next
  paragraph opens with a quotation mark (the journalistic convention for a
  quotation that runs over several paragraphs).
* Two apostrophes used as one double mark (as some newspaper archives print
  quotations) are a double mark.
* Single marks, curly (‘ ’) or straight ('), pair within a paragraph.
* An apostrophe between two letters or digits (Russia’s, Afghanistan's,
  don't) is not a quotation mark, nor is a mark before a digit (’90s).
* Short marked words or phrases (at most :data:`SCARE_MAX_WORDS` words, no
  comma or sentence punctuation inside) are flagged ``short``: candidates for
  scare quotes, the writer's distance from a word.
* Marks that cannot be paired never raise: each becomes a warning naming its
  offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“"
DOUBLE_CLOSE = "”"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
STRAIGHT = {"double": '"', "single": "'"}
CURLY = {"double": (DOUBLE_OPEN, DOUBLE_CLOSE), "single": (SINGLE_OPEN, SINGLE_CLOSE)}

SCARE_MAX_WORDS = 4
"""A marked span of at most this many words, with no inner punctuation, is a scare-quote candidate."""

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_INNER_PUNCT = re.compile(r"[.,;:!?]")
_OPENING_CONTEXT = set(" \t\r\n([{—–-/") | {DOUBLE_OPEN, SINGLE_OPEN, '"', "'"}


@dataclass(frozen=True)
class QuoteSpan:
    """Text between a pair of quotation marks.

    ``start``/``end`` delimit the quoted text without its marks, so
    ``raw[start:end]`` is the quotation; for a quotation over several
    paragraphs, ``segments`` holds one ``(start, end)`` per paragraph and
    :attr:`text` joins them with a space.
    """

    segments: tuple[tuple[int, int], ...]
    marks: str  # "double" or "single"
    first_paragraph: int  # 1-based body paragraph
    last_paragraph: int
    text: str
    short: bool  # scare-quote candidate

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]

    @property
    def direct(self) -> bool:
        """A quotation proper (not a short marked phrase)."""
        return not self.short

    def contains(self, start: int, end: int) -> bool:
        """Whether the character range ``[start, end)`` lies inside the quoted text."""
        return any(s <= start and end <= e for s, e in self.segments)


def _role(text: str, i: int, family: str) -> str | None:
    """``"open"``, ``"close"`` or ``None`` (not a quotation mark) for ``text[i]``."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    opener, closer = CURLY[family]
    if family == "single" and prev.isalnum() and nxt.isalnum():
        return None  # apostrophe inside a word: Russia’s, don't
    if family == "single" and nxt.isdigit() and ch != closer:
        return None  # elision before a number: '90s
    if family == "single" and ch == closer and nxt.isdigit():
        return None
    if ch == opener:
        return "open"
    if ch == closer:
        return "close"
    if ch != STRAIGHT[family]:
        return None
    if prev in _OPENING_CONTEXT and not nxt.isspace():
        return "open"
    if not prev.isspace():
        return "close"
    return None


def _marks(text: str, family: str) -> list[tuple[int, str, int]]:
    """``(offset, "open" or "close", length)`` of each quotation mark of ``family`` in ``text``.

    Two apostrophes used as one double mark (the convention of some newspapers' archives) count as a
    double mark of length 2, and their apostrophes are not single marks.
    """
    chars = set(CURLY[family]) | {STRAIGHT[family]}
    pair = STRAIGHT["single"] * 2
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if text.startswith(pair, i) and not text.startswith(pair + STRAIGHT["single"], i):
            if family == "double":
                prev = text[i - 1] if i > 0 else " "
                nxt = text[i + 2] if i + 2 < len(text) else " "
                if prev in _OPENING_CONTEXT and not nxt.isspace():
                    out.append((i, "open", 2))
                elif not prev.isspace():
                    out.append((i, "close", 2))
            i += 2
            continue
        if ch in chars:
            role = _role(text, i, family)
            if role:
                out.append((i, role, 1))
        i += 1
    return out


def _make(raw: str, segments: list[tuple[int, int]], family: str, first: int, last: int) -> QuoteSpan:
    text = " ".join(raw[s:e].strip() for s, e in segments)
    words = _WORD.findall(text)
    short = 0 < len(words) <= SCARE_MAX_WORDS and not _INNER_PUNCT.search(text)
    return QuoteSpan(tuple(segments), family, first, last, text, short)


def find_quote_spans(
    raw: str, paragraphs: list[tuple[int, int]]
) -> tuple[list[QuoteSpan], list[str]]:
    """Quotation spans in ``raw`` over the body ``paragraphs`` (``(start, end)`` offsets).

    Returns the spans sorted by start offset and a list of warnings for marks
    that could not be paired. Never raises on unbalanced marks.
    """
    spans: list[QuoteSpan] = []
    warnings: list[str] = []
    for family in ("double", "single"):
        carry: tuple[int, list[tuple[int, int]], int] | None = None  # (mark offset, segments, first para)
        for number, (ps, pe) in enumerate(paragraphs, start=1):
            text = raw[ps:pe]
            marks = _marks(text, family)
            open_at: int | None = None
            segments: list[tuple[int, int]] = []
            first = number
            if carry is not None:
                if family == "double" and marks and marks[0][:2] == (0, "open"):
                    open_at, segments, first = carry
                    segments = [*segments]
                    seg_start = ps + marks[0][2]
                    marks = marks[1:]
                else:
                    warnings.append(
                        f"unclosed {family} quotation mark at offset {carry[0]} "
                        f"(paragraph {carry[2]}); ignored"
                    )
                carry = None
            for i, role, length in marks:
                at = ps + i
                if role == "open":
                    if open_at is not None:
                        warnings.append(
                            f"{family} quotation mark at offset {open_at} (paragraph {first}) "
                            f"is not closed before the next opening mark at offset {at}; ignored"
                        )
                    open_at, segments, first, seg_start = at, [], number, at + length
                elif open_at is not None:
                    spans.append(_make(raw, [*segments, (seg_start, at)], family, first, number))
                    open_at, segments = None, []
                elif family == "double" or not (i > 0 and text[i - 1].isalpha()):
                    warnings.append(
                        f"closing {family} quotation mark at offset {at} (paragraph {number}) "
                        "has no opening mark; ignored"
                    )
                # a single closing mark after a letter with no opener is a plural
                # possessive (the countries’ envoys): not worth a warning
            if open_at is not None:
                if family == "double":
                    carry = (open_at, [*segments, (seg_start, pe)], first)
                else:
                    warnings.append(
                        f"unclosed single quotation mark at offset {open_at} (paragraph {number}); ignored"
                    )
        if carry is not None:
            warnings.append(
                f"unclosed {family} quotation mark at offset {carry[0]} (paragraph {carry[2]}); ignored"
            )
    spans.sort(key=lambda s: (s.start, s.end))
    return spans, warnings
