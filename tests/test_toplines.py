"""Short lines above a pasted story's first sentence (``analysis/text/toplines.py``), on invented pages."""

from __future__ import annotations

import pytest

from analysis.text.article import segment
from analysis.text.toplines import ABOVE_REASON

STORY = [
    "A lorry carrying timber overturned on the Kell bridge on Monday morning after it struck a second lorry.",
    "Both drivers were taken to hospital with minor injuries, a spokesperson for the ambulance service said.",
    "The bridge will stay closed until Wednesday while engineers inspect its railings, the council said.",
]


def _segmented(text: str):
    spans, aside, _ = segment(text)
    return [text[s:e] for s, e in spans], aside


@pytest.mark.parametrize("top", [
    # two headlines in one single-spaced block, the second a standfirst cut short
    ["Two lorries collide on Kell bridge as police close the road\n"
     "Two drivers were taken to hospital after the crash,..."],
    # another story's headline, this story's, each a paragraph of its own
    ["Ferry fares to rise in spring, operator says", "Lorries collide on Kell bridge"],
    # a section's name, a headline in title case that asks a question
    ["Local news", "Is The Kell Bridge Safe For Lorries?"],
    # the page's title over its headline, the same line twice, opening on a label and a colon
    ["Road Watch", *["Road Watch: Is The Kell Bridge Safe For Lorries?"] * 2],
    # a long headline in title case, over twenty words
    ["Our Bridge Survey Shows – Timber Lorries on the Kell Bridge Cause the Most Damage to Its Railings and the "
     "Longest Closures for the Town's Drivers"],
])
def test_short_lines_above_the_first_sentence_are_set_apart(top):
    body, aside = _segmented("\n\n".join([*top, *STORY]) + "\n")
    lines = [line for block in top for line in block.split("\n")]
    assert body == STORY
    assert [a.text for a in aside] == lines and all(a.reason == ABOVE_REASON for a in aside[1:])
    assert aside[0].kind == "headline" and all(a.kind == "page" for a in aside[1:])


@pytest.mark.parametrize("top", [
    ["So who pays for the bridge?"],  # the story opens on a question of its own, in sentence case
    ["Here is what we know so far:"],  # a line that introduces what follows
    ["Q: What happened on the bridge", "A: Two lorries collided"],  # a transcript's turns
    ["- Lorries collide on the bridge", "- Ferry fares rise"],  # a list's items
    ["“The bridge is all we have.” ― Mira Holt"],  # a quotation signed by its speaker
    ["“We have nothing left, not the boats, not the nets, not even the bridge”"],  # a quotation opening the story
    ["Holt: Good morning", "Hale: Morning, Mira"],  # turns with their speakers' names in sentence case
    ["Holt: Good morning", "Holt: Good morning, and welcome"],  # one speaker's two turns, not the same line twice
    # a line of over twenty words in sentence case that ends no sentence: a standfirst, the story's own
    ["Two lorries collided on the Kell bridge on Monday morning and both drivers were taken to hospital with "
     "minor injuries after the crash"],
    ["The Kell bridge", "Where the river bends", "And the lorries run", "Morning comes to the town",
     "The railings hold", "The ferry waits", "Our bridge"],  # a poem's lines, more than a page keeps above a story
])
def test_lines_of_other_kinds_above_the_story_are_kept(top):
    body, aside = _segmented("\n\n".join([*top, *STORY]) + "\n")
    assert body[-3:] == STORY and not any(a.reason == ABOVE_REASON for a in aside)
    assert all(line in "\n".join(body) for block in top[2:] for line in block.split("\n"))


def test_a_sentence_a_pop_up_card_cut_in_two_keeps_its_first_half():
    """A name's pop-up card glued into the first sentence leaves its first words on a line of their own that is no
    line of the page: they stay the body."""
    card = "Mira Anna HoltKell ferry fares rise | Bridge to reopen soon MORE"
    rest = "(Kell) said the bridge would stay closed until engineers had inspected it."
    first = f"The council's engineer Mira Holt{card} {rest}"
    body, aside = _segmented("\n\n".join(["Lorries collide on Kell bridge", first, *STORY]) + "\n")
    assert body[:2] == ["The council's engineer Mira Holt", rest]
    assert [a.reason for a in aside if a.reason == ABOVE_REASON] == []


def test_of_a_headline_over_its_standfirst_the_first_line_is_the_headline():
    stand = "Two drivers taken to hospital after timber lorry overturns near the river mouth"
    body, aside = _segmented("Lorries collide on Kell bridge\n" + stand + "\n\n" + "\n\n".join(STORY) + "\n")
    assert body == STORY
    assert [(a.kind, a.text) for a in aside] == [("headline", "Lorries collide on Kell bridge"), ("page", stand)]


def test_a_turn_whose_speaker_speaks_again_below_is_kept():
    text = ("Lorries collide on Kell bridge at dawn, closing the road\n\nHolt: Good morning, and thank you for "
            "coming\n\n" + STORY[0] + "\n\nHolt: " + STORY[1] + "\n")
    body, aside = _segmented(text)
    assert body[0] == "Holt: Good morning, and thank you for coming"
    assert [a.text for a in aside] == ["Lorries collide on Kell bridge at dawn, closing the road"]


@pytest.mark.parametrize("line", [
    "KELLMOUTH, Norway —",  # a dateline on its own line, left to the dateline rules
])
def test_a_short_line_of_the_story_or_a_dateline_under_the_headline_stays(line):
    body, aside = _segmented("Lorries collide on Kell bridge at dawn\n\n" + line + "\n\n" + "\n\n".join(STORY) + "\n")
    assert body == [line, *STORY] and [a.text for a in aside] == ["Lorries collide on Kell bridge at dawn"]
