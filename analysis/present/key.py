"""The one key of every view of voices: colour is the side a speaker speaks for, pattern is the kind of speech.

The voices figure (notebook 05), the inline view of the quotations and the annotated page all draw from one
:class:`VoiceKey`, made by :func:`voice_key` from the article's :attr:`Analysis.voice_bars
<analysis.measures.analysed.Analysis.voice_bars>`, so a colour means the same side in each of them and never
a kind of speech. The two channels never mix:

* **colour**: the side (Okabe-Ito colours, :data:`SIDE_PALETTE`, in the order of the figure's groups: the
  side with the most words quoted first); grey (:data:`NO_SIDE`) for marks nobody speaks (scare quotes, the
  writer's), speakers without a name and sides never heard;
* **pattern**: the kind of speech (:data:`KINDS`): on the page an underline style, in the figure a fill or
  a hatch.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from analysis.measures.analysed import Analysis

SIDE_PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#D55E00", "#0072B2", "#F0E442")
"""Okabe-Ito colours for sides, in order; past seven sides they repeat (the figure's groups keep them apart)."""

NO_SIDE = "#999999"
"""The grey of a mark no side speaks: a scare quote (the writer's marked words) or an unnamed speaker."""


@dataclass(frozen=True)
class Kind:
    """How one kind of speech is drawn: its name in a key, the underline on a page, the bar in a figure."""

    label: str
    underline: str
    """CSS ``border-bottom`` width and style (the colour is the side's)."""
    hatch: str
    """matplotlib hatch of the bar ('' for a solid bar)."""
    solid: bool
    """Bar filled with the side's colour (else white, hatched and outlined in it)."""


KINDS: dict[str, Kind] = {
    "direct": Kind("direct quotation", "3px solid", "", True),
    "partial": Kind("partial quotation", "3px dotted", "....", False),
    "indirect": Kind("reported statement", "1px solid", "////", False),
    "scare": Kind("scare quote (the writer's)", "3px double", "", False),
    "turn": Kind("interview or transcript turn", "3px dashed", "xx", False),
}
"""The kinds of speech, by the ``kind`` of the quotes table."""


@dataclass(frozen=True)
class VoiceKey:
    """The sides of one article in key order, and how each view draws a side and a kind of speech."""

    sides: tuple[str, ...]

    def colour(self, side: str | None) -> str:
        """The side's colour; :data:`NO_SIDE` for ``None`` or a side the key does not hold."""
        if side is None or side not in self.sides:
            return NO_SIDE
        return SIDE_PALETTE[self.sides.index(side) % len(SIDE_PALETTE)]

    def underline(self, kind: str, side: str | None) -> str:
        """The CSS ``border-bottom`` of a mark of ``kind`` spoken for ``side``."""
        return f"border-bottom:{KINDS[kind].underline} {self.colour(side if kind != 'scare' else None)}"

    def html(self) -> str:
        """The key as HTML: the kinds in grey with their underline, then the sides in their colour."""
        kinds = " · ".join(f'<span style="{self.underline(k, None)}">{escape(v.label)}</span>'
                           for k, v in KINDS.items())
        sides = " ".join(f'<span style="{self.underline("direct", s)}">{escape(s)}</span>' for s in self.sides)
        return (f"Kind of speech (underline style): {kinds}. Side (underline colour): "
                f"{sides or 'no one is heard'}.")


def voice_key(a: Analysis) -> VoiceKey:
    """The key of ``a``'s views: the sides heard (any statement) in the order of :attr:`Analysis.voice_bars`. A
    side never heard has no mark to colour and stays grey, as does a speaker the text describes but does not name
    as an actor ("top officials": no side is known)."""
    bars = a.voice_bars
    actors = set(a.actor_order)
    named = bars[bars["heard"] & bars["actor"].isin(actors)]
    return VoiceKey(tuple(dict.fromkeys(named["side"])))
