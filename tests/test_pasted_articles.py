"""A story pasted with a few of its page's lines around it (not the whole page): the author line, time stamps,
credits and link lists at either end, often single-spaced into one block with the paragraph next to them.

Every text here is invented for the tests (places, people and outlets included). The measure these rules were
written for is in benchmarks/ACCURACY.md ("a story with a few lines of its page around it").
"""

from __future__ import annotations

import pytest

from analysis.text.article import segment

STORY = [
    "The council of Kell voted on Tuesday to close two of the town's four libraries by the end of the year.",
    "\u201cWe had no other choice,\u201d Mayor Ana Lind said after the vote, adding that the budget had shrunk.",
    "Residents said they would appeal the decision at the council's next session in March.",
]


def _segmented(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    spans, aside, _ = segment(text)
    return [text[s:e] for s, e in spans], [(a.kind, a.text) for a in aside]


def _story(top: str = "", end: str = "") -> str:
    return top + "\n\n".join(STORY) + "\n\n" + end


@pytest.mark.parametrize("top, kinds", [
    # an author line without "By" and a time stamp, single-spaced in one block above the story
    ("Maria Lopez and Tom J. Baker Kell Daily Herald\nPublished 9:15 AM EST Mar 3, 2021\n\n",
     [("byline", "Maria Lopez and Tom J. Baker Kell Daily Herald"),
      ("timestamp", "Published 9:15 AM EST Mar 3, 2021")]),
    ("Kevin Holt and Mary Dunn NORDWIRE TODAY\nPublished 7:07 PM EST Nov 19, 2019\n\n",
     [("byline", "Kevin Holt and Mary Dunn NORDWIRE TODAY"), ("timestamp", "Published 7:07 PM EST Nov 19, 2019")]),
    ("Diana Moss\nNov 18, 2019 @17:19 PM \u00b7 Updated: Nov 18, 2019 @17:26 PM\n\n",
     [("byline", "Diana Moss"), ("timestamp", "Nov 18, 2019 @17:19 PM \u00b7 Updated: Nov 18, 2019 @17:26 PM")]),
    ("Published 9:15 AM EST Mar 3, 2021\n\n", [("timestamp", "Published 9:15 AM EST Mar 3, 2021")]),
    ("Ida Marr and Tom Hill, Kell Gazette\n\n", [("byline", "Ida Marr and Tom Hill, Kell Gazette")]),
    ("Monday November 18, 2019 7:45 am PST by Joe Wend\n\n",
     [("byline", "Monday November 18, 2019 7:45 am PST by Joe Wend")]),
    ("October 9, 2018 | by Olivia Brand\n\n", [("byline", "October 9, 2018 | by Olivia Brand")]),
    ("February 1, 2019 | BY: Ilse Hart, MS, RDN\n\n", [("byline", "February 1, 2019 | BY: Ilse Hart, MS, RDN")]),
    ("By Amy Rook | Kell Advance Media for Kell.example\n\n",
     [("byline", "By Amy Rook | Kell Advance Media for Kell.example")]),
    ("1  /  8\nBack to Gallery\n\n", [("navigation", "1  /  8"), ("navigation", "Back to Gallery")]),
])
def test_the_lines_above_a_pasted_story_are_set_apart_by_kind(top, kinds):
    body, aside = _segmented(_story(top))
    assert aside == kinds
    assert body == STORY


def test_a_dateline_with_a_state_under_an_author_block():
    top = "Maria Lopez, Kell Gazette\nPublished 9:15 AM EST Mar 3, 2021\n\nKELL, Ore. \u2013 "
    body, aside = _segmented(_story(top))
    assert ("dateline", "KELL, Ore. \u2013") in aside
    assert body == STORY


@pytest.mark.parametrize("end, kinds", [
    ("Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.\n",
     [("timestamp", "Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.")]),
    ("Contributing: Ida Marr\n", [("signature", "Contributing: Ida Marr")]),
    ("Paul Hensel\n", [("signature", "Paul Hensel")]),
    ("Have a tip? Amy Rook may be reached at arook@kell.example or (555) 459-5382.\n",
     [("signature", "Have a tip? Amy Rook may be reached at arook@kell.example or (555) 459-5382.")]),
    ("Written by Rachel Stone, MS, RD on November 14, 2019\nRelated stories\n",
     [("signature", "Written by Rachel Stone, MS, RD on November 14, 2019"), ("navigation", "Related stories")]),
    ("Trending Now\nKell harbour reopens after the storm\n",
     [("navigation", "Trending Now"), ("navigation", "Kell harbour reopens after the storm")]),
])
def test_the_lines_after_a_pasted_story_are_set_apart_by_kind(end, kinds):
    body, aside = _segmented(_story(end=end))
    assert aside == kinds
    assert body == STORY


@pytest.mark.parametrize("line", [
    "Joe Baker Wins Kell Mayoral Race",  # a headline that starts with a name: no outlet after it
    "Kell Libraries Close",
])
def test_a_headline_with_a_name_is_no_author_line(line):
    body, aside = _segmented(_story(line + "\n\n"))
    assert aside == [("headline", line)] and body == STORY


@pytest.mark.parametrize("last", [
    "Published in 2019, the report found that most libraries in the region lack funds.",
    "The mayor can be reached at her office on Main Street on weekdays.",
    "Also ...",
])
def test_sentences_and_section_labels_like_furniture_stay_in_the_body(last):
    body, aside = _segmented(_story(end=last + "\n"))
    assert aside == [] and body == [*STORY, last]


def test_a_name_alone_is_the_signature_only_as_the_last_line():
    text = _story(end="Ana Lind\n\nThe vote was the council's third on the matter this year, after two had failed.\n")
    body, aside = _segmented(text)
    assert aside == [] and body[-2] == "Ana Lind"


def test_prose_hard_wrapped_by_its_writer_is_not_split_at_either_end():
    wrapped = ("The council will publish the budget, with the figures for each of the libraries, when it is\n"
               "updated on March 3, 2021 after the vote.")
    body, aside = _segmented(_story(end=wrapped + "\n"))
    assert aside == [] and body == [*STORY, wrapped]
