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
    ("Kevin Holt and Mary Dunn NORDWIRE TODAY\nPublished 6:42 PM EST Feb 11, 2026\n\n",
     [("byline", "Kevin Holt and Mary Dunn NORDWIRE TODAY"), ("timestamp", "Published 6:42 PM EST Feb 11, 2026")]),
    ("Diana Moss\nFeb 10, 2026 @16:05 PM \u00b7 Updated: Feb 10, 2026 @16:31 PM\n\n",
     [("byline", "Diana Moss"), ("timestamp", "Feb 10, 2026 @16:05 PM \u00b7 Updated: Feb 10, 2026 @16:31 PM")]),
    ("Published 9:15 AM EST Mar 3, 2021\n\n", [("timestamp", "Published 9:15 AM EST Mar 3, 2021")]),
    ("Ida Marr and Tom Hill, Kell Gazette\n\n", [("byline", "Ida Marr and Tom Hill, Kell Gazette")]),
    ("Tuesday February 10, 2026 8:20 am PST by Joe Wend\n\n",
     [("byline", "Tuesday February 10, 2026 8:20 am PST by Joe Wend")]),
    ("March 2, 2025 | by Olivia Brand\n\n", [("byline", "March 2, 2025 | by Olivia Brand")]),
    ("January 6, 2026 | BY: Ilse Hart, MS, RDN\n\n", [("byline", "January 6, 2026 | BY: Ilse Hart, MS, RDN")]),
    ("By Amy Rook | Kell Advance Media for Kell.example\n\n",
     [("byline", "By Amy Rook | Kell Advance Media for Kell.example")]),
    ("2 / 12\nBack to Gallery\n\n", [("navigation", "2 / 12"), ("navigation", "Back to Gallery")]),
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
    ("Published: Feb. 9, 2026, 5:04 p.m. Updated: Feb. 9, 2026, 6:51 p.m.\n",
     [("timestamp", "Published: Feb. 9, 2026, 5:04 p.m. Updated: Feb. 9, 2026, 6:51 p.m.")]),
    ("Contributing: Ida Marr\n", [("signature", "Contributing: Ida Marr")]),
    ("Have a tip? Amy Rook may be reached at arook@kell.example or (555) 459-5382.\n",
     [("signature", "Have a tip? Amy Rook may be reached at arook@kell.example or (555) 459-5382.")]),
    ("Written by Rachel Stone, MS, RD on January 20, 2026\nRelated stories\n",
     [("signature", "Written by Rachel Stone, MS, RD on January 20, 2026"), ("navigation", "Related stories")]),
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


@pytest.mark.parametrize("end, kinds", [
    ("Share on facebook\nShare on twitter\n1.2k shares\n", [("promotion", "Share on facebook"),
                                                            ("promotion", "Share on twitter"),
                                                            ("promotion", "1.2k shares")]),
    ("Follow Kell Gazette on\nCopy Link URLCopied!\n", [("promotion", "Follow Kell Gazette on"),
                                                       ("promotion", "Copy Link URLCopied!")]),
    ("Tags: Kell, libraries, budget\n", [("navigation", "Tags: Kell, libraries, budget")]),
    ("Filed Under: Kell, libraries\n", [("navigation", "Filed Under: Kell, libraries")]),
    ("With Gazette wires\n", [("signature", "With Gazette wires")]),
    ("Via Kellwire.example\n", [("signature", "Via Kellwire.example")]),
    ("[Kell Gazette]\n", [("signature", "[Kell Gazette]")]),
    ("ana.lind@kell.example\n", [("signature", "ana.lind@kell.example")]),
    ("______\n", [("navigation", "______")]),
    ("Share on facebook\n76\n", [("promotion", "Share on facebook"), ("navigation", "76")]),
    ("Kell Gazette may earn a commission if you buy something through links in this article.\n",
     [("promotion", "Kell Gazette may earn a commission if you buy something through links in this article.")]),
    ("Courtesy Kell Library\n", [("caption", "Courtesy Kell Library")]),
    ("Tags: Kell\nOpinion\nCurrently in\nNewsletter\n", [("navigation", "Tags: Kell"), ("navigation", "Opinion"),
                                                        ("navigation", "Currently in"), ("navigation", "Newsletter")]),
])
def test_buttons_tags_credits_and_labels_after_a_pasted_story_are_set_apart(end, kinds):
    body, aside = _segmented(_story(end=end))
    assert aside == kinds
    assert body == STORY


@pytest.mark.parametrize("top, kinds", [
    ("February 12, 2026 at 10:15 am\n\n", [("timestamp", "February 12, 2026 at 10:15 am")]),
    ("12 FEB 2026\n\n", [("timestamp", "12 FEB 2026")]),
])
def test_more_time_stamps_above_a_pasted_story(top, kinds):
    body, aside = _segmented(_story(top))
    assert aside == kinds
    assert body == STORY


@pytest.mark.parametrize("text", [
    # a listicle's numbers and a section break between the story's paragraphs are the writer's own
    STORY[0] + "\n\n1\n\n" + STORY[1] + "\n\n***\n\n2\n\n" + STORY[2] + "\n",
    # a commission in the news, with no reader buying through links
    "\n\n".join(STORY) + "\n\nThe agency may earn a commission on each sale, its chief executive said.\n",
    # a last sentence in a script without spaces is no label
    "\n\n".join(STORY) + "\n\n\u56f3\u66f8\u9928\u306e\u9589\u9396\u306b\u3064\u3044\u3066\u3001\u5e02\u8b70"
    "\u4f1a\u306f\u6765\u6708\u3082\u3046\u4e00\u5ea6\u8b70\u8ad6\u3059\u308b\u4e88\u5b9a\u3060\n",
])
def test_numbers_breaks_commissions_and_unspaced_sentences_in_a_story_stay(text):
    body, aside = _segmented(text)
    assert aside == [] and len(body) >= len(STORY)


def test_the_writers_name_as_the_last_line_is_the_signature_when_the_author_line_names_them():
    body, aside = _segmented("By Paul Hensel\n\n" + _story(end="Paul Hensel\n"))
    assert aside == [("byline", "By Paul Hensel"), ("signature", "Paul Hensel")] and body == STORY
    body, aside = _segmented(_story(end="Paul Hensel\n"))  # a name no author line gives: a quoted person, a list
    assert aside == [] and body == [*STORY, "Paul Hensel"]


WRAPPED_TOP = ("The council of Kell voted on Tuesday\nto close two libraries, citing a report\npublished on Monday by "
               "its finance\noffice, which said the budget shrank.\n\n")


@pytest.mark.parametrize("text", [
    # found by an independent review: the writer's own lines that look like furniture (all invented)
    _story(end="Topics on the agenda also included road repairs and a new bus route to the harbour.\n"),
    _story(end="Category 4 storms have hit the coast twice since 2010, the council said.\n"),
    _story(end="Affiliate marketers may earn up to 40 percent of a sale, according to the report.\n"),
    _story(end="The library can be reached at (555) 459-5382 during opening hours until the closure.\n"),
    _story("Updated figures released on Monday show the town's library budget shrank by a fifth.\n\n"),
    _story(end="Posted on March 3, the notice of closure went largely unread, residents said.\n"),
    _story(end="Published 3 times a year, the library's newsletter will now stop.\n"),
    WRAPPED_TOP + _story(),
    _story(end="A petition against the closures was started on Monday\nby Ana Lind and Tom Hill\n"
                "and has 3,000 names.\n"),
    _story(end="Will the libraries reopen?\n\nNot yet\n"),
    _story(end="The council's options:\n\nClose the libraries\n\nRaise the levy\n\nCut opening hours\n"),
    _story(end="1. Close\n\n2. Merge\n\n3. Sell\n"),
    _story(end="HOST: Thank you\n\nANA LIND: Goodbye\n"),
    _story(end="\u201cBooks are the town's memory,\u201d the banner read.\n\nAna Lind\n"),
    _story(end="\u201cA town without books is a town without a future.\u201d\n\u2014 Ana Lind\n"),
    _story(end="Up next\n\nA vote on the harbour branch is due in March, and the council expects a long debate.\n"),
    "IKEA, Lego \u2013 and now Kell's own toy maker \u2013 have signed the pledge to keep the libraries open.\n\n"
    + "\n\n".join(STORY) + "\n",
    _story(end="Lind's night:\n3 of 4\nfrom the line\n"),
])
def test_the_writers_own_lines_that_look_like_furniture_stay(text):
    body, aside = _segmented(text)
    assert aside == [], aside
    assert all(any(sentence in b for b in body) for sentence in STORY)


@pytest.mark.parametrize("headline", [
    "Tom Hill Joins Kell Times", "Ana Lind Makes News", "Updated plan keeps one Kell library open",
    "Courtesy Counts in Kell", "Category 5 storm nears Kell",
])
def test_headlines_that_start_like_furniture_stay_headlines(headline):
    body, aside = _segmented(headline + "\n\n" + _story())
    assert aside == [("headline", headline)] and body == STORY


def test_an_author_line_without_by_under_the_headline_leaves_the_headline_a_headline():
    text = ("Kell to close two of its libraries\n\nMaria Lopez and Tom J. Baker Kell Daily Herald\n\n"
            "Published 9:15 AM EST Mar 3, 2021\n\n" + _story())
    body, aside = _segmented(text)
    assert [k for k, _ in aside] == ["headline", "byline", "timestamp"] and body == STORY


def test_a_list_at_the_end_of_a_story_stays_with_its_lead_in():
    text = _story(end="What closes:\n\n- Kell North\n\n- Kell Harbour\n\nShare on facebook\n")
    body, aside = _segmented(text)
    assert aside == [("promotion", "Share on facebook")]
    assert body[-3:] == ["What closes:", "- Kell North", "- Kell Harbour"]


@pytest.mark.parametrize("end, kinds", [
    ("Tags Kell Libraries Budget\n", [("navigation", "Tags Kell Libraries Budget")]),
    ("Search\nWorld\n", [("navigation", "Search"), ("navigation", "World")]),
    ("Related articles\nMajor warning issued after the storm hits the coast of Kell again a...\n",
     [("navigation", "Related articles"),
      ("navigation", "Major warning issued after the storm hits the coast of Kell again a...")]),
    ("Written by Rachel Stone, MS, RD on January 20, 2026\nrelated stories\n",
     [("signature", "Written by Rachel Stone, MS, RD on January 20, 2026"), ("navigation", "related stories")]),
])
def test_more_of_what_follows_a_pasted_story(end, kinds):
    body, aside = _segmented(_story(end=end))
    assert aside == kinds and body == STORY


def test_posted_by_is_an_author_line():
    body, aside = _segmented(_story("Posted by Olivia Brand\n\n"))
    assert aside == [("byline", "Posted by Olivia Brand")] and body == STORY


@pytest.mark.parametrize("text", [
    # found by a second independent review, of the first review's fixes (all invented)
    _story(end="Where did the rumour start? Her answer was one word:\n\nFacebook\n\nShe later deleted it.\n"),
    _story(end="\u201cWe earn a small commission when readers buy through our links,\u201d explained Orla Fenwick.\n"),
    _story(end="The ferry board named three members:\n\n\u2013 Tom Hill\n\n\u2013 Ana Lind\n\n\u2013 Orla Fenwick\n"),
    _story(end="\u201cA town without books is a town without a future.\u201d\n\n\u2014 Ana Lind\n"),
    "NATO \u2014 not the European Union \u2014 will lead the mission, the ministers agreed on Tuesday.\n\n"
    + "\n\n".join(STORY) + "\n",
    _story(end="The photo agency Getty Images said it would open an office in Kell next year, with ten staff.\n"),
])
def test_the_writers_own_lines_stay_after_the_second_review(text):
    body, aside = _segmented(text)
    assert aside == [], aside
    assert all(any(sentence in b for b in body) for sentence in STORY)


def test_a_short_last_line_is_no_label_when_only_credits_follow_the_story():
    body, aside = _segmented(_story(end="More to come\n\n(Reporting by Ana Lind; Editing by Tom Hill)\n"))
    assert [k for k, _ in aside] == ["signature"] and body[-1] == "More to come"


@pytest.mark.parametrize("top, kinds", [
    ("Ferry board votes to sell two boats\nby Grace Fenwick\nMarch 4, 2025\n\n",
     ["headline", "byline", "timestamp"]),
    ("Published March 4, 2025 \u00b7 5 min read\n\n", ["timestamp"]),
    ("Published: 2025-03-04T09:15:00Z\n\n", ["timestamp"]),
    ("Maria Lopez, Wexcombe Gazette\n\n", ["byline"]),
    ("KYIV, Ukraine \u2014 ", ["dateline"]),
])
def test_what_the_second_review_found_kept_above_a_story(top, kinds):
    body, aside = _segmented(_story(top))
    assert [k for k, _ in aside] == kinds and body == STORY


def test_related_links_before_a_copyright_line_are_set_apart():
    end = ("Related stories\nFerry fares rise again\nHarbour board meets in May\n\n"
           "\u00a9 2025 Wexcombe Gazette Media Group. All rights reserved.\n")
    body, aside = _segmented(_story(end=end))
    assert [k for k, _ in aside] == ["navigation", "navigation", "navigation", "promotion"] and body == STORY


@pytest.mark.parametrize("caption", [
    "A ferry leaves the harbour of Kell, Norland, March 4, 2025. \u00a9 Nordwire / Ida Marr",
    "An artist's impression of the new terminal shows the roof garden [Kell Port via Nordwire]",
    "Passengers wait at the pier in Kell on Tuesday. IDA MARR / AFP",
    "Once a dream of planners, the bridge may open next year. Credit: 20th Century Ferries",
])
def test_a_caption_with_its_credit_at_the_end_above_the_story_is_set_apart(caption):
    body, aside = _segmented(_story(caption + "\n\n"))
    assert aside == [("caption", caption)] and body == STORY


@pytest.mark.parametrize("end, kinds", [
    # the end rules reach back over the page's furniture after them: the time stamp is third from the end
    ("Published 9:15 AM EST Mar 3, 2021\n\nTerms of Use\n\nPrivacy Policy\n",
     [("timestamp", "Published 9:15 AM EST Mar 3, 2021"), ("navigation", "Terms of Use"),
      ("navigation", "Privacy Policy")]),
    ("Posted in Kell News | Permalink | 3 Comments\n",
     [("navigation", "Posted in Kell News | Permalink | 3 Comments")]),
    ("March 2, 2025/0 Comments/in Kell News /by kelladmin\n",
     [("navigation", "March 2, 2025/0 Comments/in Kell News /by kelladmin")]),
    ("Join our Kell Forums to keep talking about the town's budget, and more!\n",
     [("promotion", "Join our Kell Forums to keep talking about the town's budget, and more!")]),
    ("Want more local news? Join the Kell Morning Newsletter.\n",
     [("promotion", "Want more local news? Join the Kell Morning Newsletter.")]),
    ("Get access to Kell Pro, the town's business subscription, for as little as $4 a month.\n",
     [("promotion", "Get access to Kell Pro, the town's business subscription, for as little as $4 a month.")]),
    ("Kell Morning Newsletter\n", [("promotion", "Kell Morning Newsletter")]),
    ("Word count: 412\n", [("note", "Word count: 412")]),
    ("Related Roundup: Kell budget\n", [("navigation", "Related Roundup: Kell budget")]),
    ("Mayor Ana Lind at the council session (AFP)\n", [("caption", "Mayor Ana Lind at the council session (AFP)")]),
    ("Mayor Ana Lind at the council session [EPA-EFE]\n",
     [("caption", "Mayor Ana Lind at the council session [EPA-EFE]")]),
    ("Share on facebook\n\n0\n", [("promotion", "Share on facebook"), ("navigation", "0")]),
])
def test_blog_meta_lines_prompts_to_join_counts_and_labels_after_a_pasted_story(end, kinds):
    body, aside = _segmented(_story(end=end))
    assert aside == kinds
    assert body == STORY


@pytest.mark.parametrize("last", [
    "Join fees are $20 a year, and membership has doubled since the library opened its new wing.",
    "The council said residents could join the town's forum on the budget, which meets in March.",
    "Ana Lind, 58, has chaired the council since 2019 | 2020 budget talks are next.",
    "She said the vote was 7 to 2: 7",
])
def test_the_writers_last_lines_like_those_stay(last):
    text = "\n\n".join([*STORY, last]) + "\n"
    body, aside = _segmented(text)
    assert body == [*STORY, last], aside


@pytest.mark.parametrize("figure, kinds", [
    ("Mayor Ana Lind and Tom Hill at the library in 2019.\nPhoto by Ivo Marsh",
     [("caption", "Mayor Ana Lind and Tom Hill at the library in 2019."), ("caption", "Photo by Ivo Marsh")]),
    ("This March 3, 2021, file photo, provided by the Kell Library Board, shows the reading room.\n"
     "Kell Library Board via AP",
     [("caption", "This March 3, 2021, file photo, provided by the Kell Library Board, shows the reading room."),
      ("caption", "Kell Library Board via AP")]),
])
def test_a_caption_block_between_the_paragraphs_is_set_apart_with_its_credit(figure, kinds):
    """A figure pasted inside the story: its caption and credit single-spaced in one block. The credit is
    furniture by its words; the caption, a sentence, by standing right above it in the block."""
    text = "\n\n".join([STORY[0], figure, STORY[1], STORY[2]]) + "\n"
    body, aside = _segmented(text)
    assert aside == kinds
    assert body == STORY


@pytest.mark.parametrize("block", [
    # hard-wrapped prose that runs into a credit-like line is the writer's
    "The photo that ran in the council's report was taken\nby a resident, and the mayor said it showed the "
    "room.\nPhoto by Ivo Marsh",
    # three lines above the credit: a passage of the story, not a caption
    "The council met.\nThe vote was close.\nThe mayor spoke last.\nPhoto by Ivo Marsh",
])
def test_lines_above_a_credit_that_are_no_caption_stay(block):
    text = "\n\n".join([STORY[0], block, STORY[1], STORY[2]]) + "\n"
    body, aside = _segmented(text)
    assert all(k != "caption" or t.startswith("Photo by") for k, t in aside), aside
    assert STORY[0] in body and STORY[2] in body


@pytest.mark.parametrize("line", [
    "Try-outs for the Kell Rowing Club's junior membership open today at the boathouse.",
    "Try telling that to the 300 families who lost their membership at the Kell pool now that it has shut.",
    "Join the club: more than 2,000 residents have now signed up for the library's free membership scheme.",
    "Why does it matter? Join any of Kell's residents' forums and you will hear the same complaint.",
    "The lawsuit, filed in Kell County on 3/4/2026 by the tenants/owners group, lists three demands:",
    "Photos by the dozen were taken on her last day at work.",
    "Pictures by local artist Ivo Marsh hang in the ferry terminal.",
    # found by the second review
    "Join our fight, Ana Lind urged the crowd outside the town hall.",
    "Join us now, the protesters chanted as the council met.",
    "Join the Kell Rowing Club today, the posters on every lamp post read.",
    "Subscribe to Kell Radio and you will hear the same complaint every morning.",
])
def test_the_writers_lines_like_prompts_meta_lines_and_credits_stay(line):
    """Found by an independent review: lines of a story that the first version of the version-7 rules took for a
    prompt to join, a blog's meta line or a photo credit."""
    text = "\n\n".join([STORY[0], line, STORY[1], STORY[2]]) + "\n"
    body, aside = _segmented(text)
    assert aside == [] and line in body, aside


def test_a_credit_that_is_a_sentence_makes_no_caption_of_the_line_above():
    block = "Ana Lind joined the pilot service in 1961.\nPhotos by the dozen were taken on her last day at work."
    text = "\n\n".join([STORY[0], block, STORY[1], STORY[2]]) + "\n"
    _body, aside = _segmented(text)
    assert not any(k == "caption" for k, _ in aside), aside


def test_a_blog_meta_line_with_one_bar_before_its_comment_count_is_no_headline():
    """"Posted on <date> by <name> in <category> | 4 Comments" under the headline: the page's meta line, so the
    headline above it stays the headline (found by the independent review)."""
    top = "Kell to close two libraries\n\nPosted on March 3, 2026 by Ana Lind in Kell News | 4 Comments\n\n"
    body, aside = _segmented(_story(top))
    assert aside == [("headline", "Kell to close two libraries"),
                      ("navigation", "Posted on March 3, 2026 by Ana Lind in Kell News | 4 Comments")]
    assert body == STORY


def test_a_courtesy_credit_of_a_family_is_a_caption():
    body, aside = _segmented(_story(end="Photo courtesy of the Lind family\n"))
    assert aside == [("caption", "Photo courtesy of the Lind family")] and body == STORY


@pytest.mark.parametrize("end, kinds", [
    ("Photo: supplied\n", [("caption", "Photo: supplied")]),
    ("Photo by the Kell Gazette\n", [("caption", "Photo by the Kell Gazette")]),
    ("Try our free Kell Morning newsletter today.\n", [("promotion", "Try our free Kell Morning newsletter today.")]),
])
def test_credits_and_prompts_the_second_review_found_missed(end, kinds):
    body, aside = _segmented(_story(end=end))
    assert aside == kinds and body == STORY


@pytest.mark.parametrize("end, kinds", [
    # found by a newcomer's trial of invented pastes of many kinds; every line here is our own
    ("Reporting by Ida Marr and Tom Hill; Editing by Ana Ruiz\nOur Standards: The Kellwire Principles., opens new tab\n"
     "Suggested Topics:\nLibraries & Culture\nPurchase Licensing Rights\n",
     [("signature", "Reporting by Ida Marr and Tom Hill; Editing by Ana Ruiz"),
      ("navigation", "Our Standards: The Kellwire Principles., opens new tab"), ("navigation", "Suggested Topics:"),
      ("navigation", "Libraries & Culture"), ("navigation", "Purchase Licensing Rights")]),
    ("Explore more on these topics\nLibraries\nKell\nReuse this content\n",
     [("navigation", "Explore more on these topics"), ("navigation", "Libraries"), ("navigation", "Kell"),
      ("promotion", "Reuse this content")]),
    ("Ida Marr covers the council and schools for the Kell Gazette. Reach her at 555-0101.\nTags\n"
     "Kell Town Council Chamber\nLibraries\n(12) comments\nWelcome to the discussion.\n",
     [("signature", "Ida Marr covers the council and schools for the Kell Gazette. Reach her at 555-0101."),
      ("navigation", "Tags"), ("navigation", "Kell Town Council Chamber"), ("navigation", "Libraries"),
      ("navigation", "(12) comments"), ("navigation", "Welcome to the discussion.")]),
    ("Sources\nDid you find this article helpful?\nThank you for your feedback!\n"
     "The information on this site is for general informational purposes only and is not legal advice.\n",
     [("navigation", "Sources"), ("navigation", "Did you find this article helpful?"),
      ("navigation", "Thank you for your feedback!"),
      ("note", "The information on this site is for general informational purposes only and is not legal advice.")]),
    ("This conversation has been lightly edited for length and clarity.\n",
     [("note", "This conversation has been lightly edited for length and clarity.")]),
    ("Edited by: Tom Hill\nGive us feedback\nSkip to main content\n",
     [("signature", "Edited by: Tom Hill"), ("navigation", "Give us feedback"),
      ("navigation", "Skip to main content")]),
    ("Catch all the latest Kell news and updates on the Gazette app.\n",
     [("promotion", "Catch all the latest Kell news and updates on the Gazette app.")]),
    ("Sign up to get our morning briefing sent straight to your inbox.\n",
     [("promotion", "Sign up to get our morning briefing sent straight to your inbox.")]),
    ("Would you like to respond? If you would like to submit a letter of up to 250 words for publication, email us.\n",
     [("promotion", "Would you like to respond? If you would like to submit a letter of up to 250 words for "
                    "publication, email us.")]),
    ("Line-ups\nKell Rovers: Marr; Hill, Ruiz, Lind, Hale (Moss 81); Tully, Okoro; Reid.\nReferee: Ana Voss\n"
     "Attendance: 4,210\n",
     [("note", "Line-ups"), ("note", "Kell Rovers: Marr; Hill, Ruiz, Lind, Hale (Moss 81); Tully, Okoro; Reid."),
      ("note", "Referee: Ana Voss"), ("note", "Attendance: 4,210")]),
    ("Posted at 9.15 BST\n11:02 am\n", [("timestamp", "Posted at 9.15 BST"), ("timestamp", "11:02 am")]),
])
def test_the_lines_many_sites_add_after_a_story_are_set_apart(end, kinds):
    """The lines after a story that a newcomer's trial of invented pastes (news, wire, courts, sport, health,
    interviews, opinion) found the rules missing: desk credits over link notes, topic labels and their tags,
    rights links, a writer's note, comment labels, feedback buttons, disclaimers, editing notes, prompts,
    a match report's data, a live blog's times."""
    body, aside = _segmented(_story(end=end))
    assert aside == kinds
    assert body == STORY


def test_a_press_releases_dateline_is_cut_from_its_first_sentence():
    for line, agency in [("KELL, Norland, March 3, 2026 /PRNewswire/ -- ", "PRNewswire"),
                         ("VESTA, Calder--(BUSINESS WIRE)-- ", "BUSINESS WIRE")]:
        text = line + "\n\n".join(STORY) + "\n"
        spans, aside, _ = segment(text)
        assert (aside[0].kind, aside[0].agency) == ("dateline", agency)
        assert text[spans[0][0]:spans[0][1]] == STORY[0]  # the first sentence without the dateline
        assert aside[0].text == line.rstrip()


@pytest.mark.parametrize("text", [
    # the writer's own sentences with the words of the new rules: none is set apart
    _story(end="Get the latest vaccine if you are over 65, the health board advised on Monday.\n"),
    _story(end="Follow the latest news on the closures in our live coverage below:\n\nThe harbour branch closes.\n"),
    _story(end="The interview, she said, has been edited and condensed by the broadcaster without her consent.\n"),
    _story(end="Ana Lind is the author of the report on the town's libraries.\n"),
    _story(end="At 11:02 am the vote was taken.\n\nIt passed by one vote.\n"),
    "\n\n".join([*STORY[:2], "11:30 a.m.", STORY[2]]) + "\n",  # a running story's times
    _story(end="Feedback from residents was mostly negative, the council said.\n"),
    _story(end="Teams from three towns will join the protest, organisers said.\n"),
])
def test_the_writers_own_sentences_with_the_words_of_the_end_rules_stay(text):
    body, aside = _segmented(text)
    assert aside == [], aside
    assert all(any(sentence in b for b in body) for sentence in STORY)


@pytest.mark.parametrize("end, kinds", [
    # the second round, from the check set's failures (all lines our own)
    ("Tom Hill covers the harbour for the Kell Gazette. He previously reported on farming.\n"
     "Ana Ruiz is a courts reporter with the Kell Gazette\n",
     [("signature", "Tom Hill covers the harbour for the Kell Gazette. He previously reported on farming."),
      ("signature", "Ana Ruiz is a courts reporter with the Kell Gazette")]),
    ("Media contact: Ida Marr, Office of the Mayor \u2013 0400 555 101\nENDS\n",
     [("signature", "Media contact: Ida Marr, Office of the Mayor \u2013 0400 555 101"), ("note", "ENDS")]),
    ("Reach reporter Tom Hill at thill@kellgazette.example.\nHave a news tip? Email tips@kellgazette.example.\n",
     [("signature", "Reach reporter Tom Hill at thill@kellgazette.example."),
      ("promotion", "Have a news tip? Email tips@kellgazette.example.")]),
    ("\u2014 With assistance from Ida Marr\nFind the Kell Gazette on WhatsApp and stay up to date\n",
     [("signature", "\u2014 With assistance from Ida Marr"),
      ("promotion", "Find the Kell Gazette on WhatsApp and stay up to date")]),
    ("Additional reporting by Ida Marr\n[email\u00a0protected]\nGet the full Gazette experience. Subscribe today.\n",
     [("signature", "Additional reporting by Ida Marr"), ("signature", "[email\u00a0protected]"),
      ("promotion", "Get the full Gazette experience. Subscribe today.")]),
    ("FacebookTwitterWhatsAppEmail\n", [("navigation", "FacebookTwitterWhatsAppEmail")]),
    ("This article originally appeared on the Kell Gazette: Libraries to close after vote\n",
     [("note", "This article originally appeared on the Kell Gazette: Libraries to close after vote")]),
    ("Listen to the Town Hall podcast for a weekly look at the council's decisions\n"
     "Get council news sent straight to your phone\n",
     [("promotion", "Listen to the Town Hall podcast for a weekly look at the council's decisions"),
      ("promotion", "Get council news sent straight to your phone")]),
])
def test_more_lines_sites_add_after_a_story_are_set_apart(end, kinds):
    body, aside = _segmented(_story(end=end))
    assert aside == kinds
    assert body == STORY


@pytest.mark.parametrize("top, kinds", [
    ("Listen to this article\n4 minutes\n\n", [("timestamp", "Listen to this article"), ("timestamp", "4 minutes")]),
    ("Posted Mon 3 Mar 2025 at 6:10amMon 3 Mar 2025 at 6:10am\n\n",
     [("timestamp", "Posted Mon 3 Mar 2025 at 6:10amMon 3 Mar 2025 at 6:10am")]),
    ("FacebookTwitterLinkedinEMail\n\n", [("navigation", "FacebookTwitterLinkedinEMail")]),
    # a standfirst, then an author block of three single-spaced lines above the story's first sentence
    ("Libraries to close after vote\n\nTwo of four branches shut\nResidents plan an appeal\n\n"
     "By Ida Marr and Tom Hill\nMarch 3, 2026 at 9:15 AM GMT+1\nUpdated on March 3, 2026 at 11:02 AM GMT+1\n\n",
     [("headline", "Libraries to close after vote"), ("page", "Two of four branches shut"),
      ("page", "Residents plan an appeal"), ("byline", "By Ida Marr and Tom Hill"),
      ("timestamp", "March 3, 2026 at 9:15 AM GMT+1"), ("timestamp", "Updated on March 3, 2026 at 11:02 AM GMT+1")]),
])
def test_more_lines_above_a_pasted_story_are_set_apart(top, kinds):
    body, aside = _segmented(_story(top))
    assert aside == kinds
    assert body == STORY


@pytest.mark.parametrize("between, kinds", [
    ("Readers queue outside the harbour branch on Monday. (Kell Gazette photo)",
     [("caption", "Readers queue outside the harbour branch on Monday. (Kell Gazette photo)")]),
    ("Ana Lind speaks at the council meeting. (Kell Radio: Tom Hill)",
     [("caption", "Ana Lind speaks at the council meeting. (Kell Radio: Tom Hill)")]),
    ("Readers outside the harbour branch on Monday [Ida Marr/Kell Gazette]",
     [("caption", "Readers outside the harbour branch on Monday [Ida Marr/Kell Gazette]")]),
    ("Story continues below advertisement", [("promotion", "Story continues below advertisement")]),
    ("toggle caption", [("caption", "toggle caption")]),
    ("Also Read\nCouncil approves new bus route to the harbour",
     [("navigation", "Also Read"), ("navigation", "Council approves new bus route to the harbour")]),
])
def test_page_lines_between_a_pasted_storys_paragraphs_are_set_apart(between, kinds):
    body, aside = _segmented("\n\n".join([STORY[0], between, *STORY[1:]]) + "\n")
    assert aside == kinds
    assert body == STORY


@pytest.mark.parametrize("text", [
    # the writer's own sentences that share words with the second round's rules
    _story(end="Poll figures since March: Lind 41%, Hill 38%. [Kell/Vesta]\n"),
    _story(end="That figure came courtesy of an old council memo (the clerk kept a copy).\n"),
    _story(end="Ana Lind is a former reporter with the Gazette who now runs the library's friends group, she said.\n"),
    _story(end="Listen to the council's podcast, residents were told. It was posted online on Monday.\n"),
    _story(end="The story continues next week, when the council meets again to vote on the harbour branch.\n"),
])
def test_the_writers_own_sentences_with_the_words_of_the_second_round_stay(text):
    body, aside = _segmented(text)
    assert aside == [], aside
    assert all(any(sentence in b for b in body) for sentence in STORY)


@pytest.mark.parametrize("end, kinds", [
    # the third round, from the failures of the set that had been the blind check (all lines our own)
    ("(Reporting by Ida Marr; Additional reporting by Tom Hill in Vesta; Editing by Ana Ruiz)\nRecommended Stories\n"
     "Ferry fares to rise in the spring\nKellwire \u00b7 6h ago\n",
     [("signature", "(Reporting by Ida Marr; Additional reporting by Tom Hill in Vesta; Editing by Ana Ruiz)"),
      ("navigation", "Recommended Stories"), ("navigation", "Ferry fares to rise in the spring"),
      ("navigation", "Kellwire \u00b7 6h ago")]),
    ("Kellwire \u00b7 6h ago\n", [("timestamp", "Kellwire \u00b7 6h ago")]),
    ("With files from Kell Radio\nCorrections | Submit a tip | Report an error\n",
     [("signature", "With files from Kell Radio"), ("navigation", "Corrections | Submit a tip | Report an error")]),
    ("See more on: Kell\nView comments (12)\n(AFP)\n", [("navigation", "See more on: Kell"),
                                                      ("navigation", "View comments (12)"), ("signature", "(AFP)")]),
    ("We use cookies to understand how you use the site. Accept all / Manage choices\n",
     [("promotion", "We use cookies to understand how you use the site. Accept all / Manage choices")]),
    ("You\u2019ve reached your free article limit. Subscribe to the Kell Gazette for $2 a month.\n",
     [("promotion", "You\u2019ve reached your free article limit. Subscribe to the Kell Gazette for $2 a month.")]),
    ("Kell Notes is a reader-supported publication. Become a subscriber to get new posts.\n"
     "12 Likes \u2219 3 Restacks\n",
     [("promotion", "Kell Notes is a reader-supported publication. Become a subscriber to get new posts."),
      ("navigation", "12 Likes \u2219 3 Restacks")]),
    ("3 thoughts on \u201cLibraries to close after vote\u201d\nIda Marr says: March 4, 2026 at 9:12 am\n",
     [("navigation", "3 thoughts on \u201cLibraries to close after vote\u201d"),
      ("navigation", "Ida Marr says: March 4, 2026 at 9:12 am")]),
    ("Story Source:\nMaterials provided by Kell University. Edited for length.\nJournal Reference:\n",
     [("signature", "Story Source:"), ("signature", "Materials provided by Kell University. Edited for length."),
      ("signature", "Journal Reference:")]),
    ("Were you affected by the closures? We want to hear from you. Tell us here.\n"
     "Reporting like this takes months. Readers like you pay for it. Donate today.\nDonate\n",
     [("promotion", "Were you affected by the closures? We want to hear from you. Tell us here."),
      ("promotion", "Reporting like this takes months. Readers like you pay for it. Donate today."),
      ("navigation", "Donate")]),
    ("This article was amended on 4 March 2026. An earlier version gave the wrong date of the vote.\n",
     [("note", "This article was amended on 4 March 2026. An earlier version gave the wrong date of the vote.")]),
])
def test_the_third_rounds_lines_after_a_story_are_set_apart(end, kinds):
    body, aside = _segmented(_story(end=end))
    assert aside == kinds
    assert body == STORY


@pytest.mark.parametrize("top, kinds", [
    ("Published: 14:22 GMT, 3 March 2026 | Updated: 16:05 GMT, 3 March 2026\n\n",
     [("timestamp", "Published: 14:22 GMT, 3 March 2026 | Updated: 16:05 GMT, 3 March 2026")]),
    ("Published - March 3, 2026 07:15 pm IST\n\n", [("timestamp", "Published - March 3, 2026 07:15 pm IST")]),
    ("Date: March 3, 2026\n\n", [("timestamp", "Date: March 3, 2026")]),
])
def test_the_third_rounds_time_stamps_above_a_story_are_set_apart(top, kinds):
    body, aside = _segmented(_story(top))
    assert aside == kinds
    assert body == STORY


@pytest.mark.parametrize("text", [
    # the writer's own sentences that share words with the third round's rules
    _story(end="The council said it would donate the books, and residents were told to give today if they could.\n"),
    _story(end="Ana Lind says: the vote was a mistake, and she will appeal it in March.\n"),
    _story(end="The library uses cookies to reward children who read ten books, its head said.\n"),
    _story(end="Published in 1998, the town's history of its libraries is now out of print.\n"),
    _story(end="Residents who signed up for the library's newsletter were told of the vote on Monday.\n"),
])
def test_the_writers_own_sentences_with_the_words_of_the_third_round_stay(text):
    body, aside = _segmented(text)
    assert aside == [], aside
    assert all(any(sentence in b for b in body) for sentence in STORY)


@pytest.mark.parametrize("top, kinds", [
    # the fourth round, from the failures of the set that had been the blind check (all lines our own)
    ("Libraries to close after vote\n\nIda Marr\nNews reporter @idamarr\nTuesday 3 March 2026 18:06, UK\n\n",
     [("headline", "Libraries to close after vote"), ("byline", "Ida Marr"), ("byline", "News reporter @idamarr"),
      ("timestamp", "Tuesday 3 March 2026 18:06, UK")]),
    ("Tom Hill | with Kellwire, AFP\n03/03/2026March 3, 2026\n\n",
     [("byline", "Tom Hill | with Kellwire, AFP"), ("timestamp", "03/03/2026March 3, 2026")]),
    ("Staff Writer\nMarch 3, 2026 9 AM PT\n\n", [("byline", "Staff Writer"), ("timestamp", "March 3, 2026 9 AM PT")]),
    ("By Ana Ruiz, a senior reporter covering the council and its budget.\n\n",
     [("byline", "By Ana Ruiz, a senior reporter covering the council and its budget.")]),
])
def test_the_fourth_rounds_lines_above_a_story_are_set_apart(top, kinds):
    body, aside = _segmented(_story(top))
    assert aside == kinds
    assert body == STORY


@pytest.mark.parametrize("end, kinds", [
    ("Additional sources \u2022 Kellwire\n", [("signature", "Additional sources \u2022 Kellwire")]),
    ("Information from Kellwire was used in this report.\n",
     [("signature", "Information from Kellwire was used in this report.")]),
    ("Disclosure statement\nAna Ruiz receives funding from the Kell Heritage Trust.\n",
     [("signature", "Disclosure statement"), ("signature", "Ana Ruiz receives funding from the Kell Heritage Trust.")]),
    ("Get our free Council Watch email\nBy signing up, you agree to our terms\n",
     [("promotion", "Get our free Council Watch email"), ("promotion", "By signing up, you agree to our terms")]),
    ("Join the Gazette's WhatsApp channel and get the day's news.\nDo you have a story to share? Email us.\n",
     [("promotion", "Join the Gazette's WhatsApp channel and get the day's news."),
      ("promotion", "Do you have a story to share? Email us.")]),
    ("Report an editorial error\nEditorial code of conduct\nComments are closed on this story.\n",
     [("navigation", "Report an editorial error"), ("navigation", "Editorial code of conduct"),
      ("navigation", "Comments are closed on this story.")]),
    ("This article tagged under:\nLibraries\nBudget\n",
     [("navigation", "This article tagged under:"), ("navigation", "Libraries"), ("navigation", "Budget")]),
    ("Correction, March 4, 9:10 AM: An earlier version of this story gave the wrong date of the vote.\n",
     [("note", "Correction, March 4, 9:10 AM: An earlier version of this story gave the wrong date of the vote.")]),
    ("Published in the Kell Gazette, March 4th, 2026\n",
     [("note", "Published in the Kell Gazette, March 4th, 2026")]),
    ("Marr covers the council for the Kell Gazette.\n",
     [("signature", "Marr covers the council for the Kell Gazette.")]),
])
def test_the_fourth_rounds_lines_after_a_story_are_set_apart(end, kinds):
    body, aside = _segmented(_story(end=end))
    assert aside == kinds
    assert body == STORY


@pytest.mark.parametrize("between, kinds", [
    ("Readers queue at the harbour branch on Monday. Ida Marr/Kellpix",
     [("caption", "Readers queue at the harbour branch on Monday. Ida Marr/Kellpix")]),
    ("A page of the library's first register, from 1902. Ida Marr, CC BY-ND",
     [("caption", "A page of the library's first register, from 1902. Ida Marr, CC BY-ND")]),
    ("READ MORE HERE\nCouncil approves a new bus route to the harbour",
     [("navigation", "READ MORE HERE"), ("navigation", "Council approves a new bus route to the harbour")]),
])
def test_the_fourth_rounds_lines_between_paragraphs_are_set_apart(between, kinds):
    body, aside = _segmented("\n\n".join([STORY[0], between, *STORY[1:]]) + "\n")
    assert aside == kinds
    assert body == STORY


@pytest.mark.parametrize("text", [
    _story(end="Hill covers the cost of the repairs himself, he said.\n"),
    _story(end="Ana Lind, a reporter at heart, joined the council in 2019.\n"),
    _story(end="The trust, which receives funding from the council, said it would appeal.\n"),
    _story(end="Residents were told to report an error in the plans by Friday, the clerk said.\n"),
])
def test_the_writers_own_sentences_with_the_words_of_the_fourth_round_stay(text):
    body, aside = _segmented(text)
    assert aside == [], aside
    assert all(any(sentence in b for b in body) for sentence in STORY)


@pytest.mark.parametrize("end, kinds", [
    # the fifth round, from the failures of the set that had been the blind check (all lines our own)
    ("To contact the reporter on this story: Ida Marr in Kell at imarr@kellwire.example\n",
     [("signature", "To contact the reporter on this story: Ida Marr in Kell at imarr@kellwire.example")]),
    ("Our reporting is free because readers like you pay for it. Become a member today.\n"
     "Register free to get unlimited access to the Gazette's archive.\n",
     [("promotion", "Our reporting is free because readers like you pay for it. Become a member today."),
      ("promotion", "Register free to get unlimited access to the Gazette's archive.")]),
    ("Get our weekly council briefing in your inbox every Monday.\n"
     "Sign up to our free newsletters for the day's news.\n",
     [("promotion", "Get our weekly council briefing in your inbox every Monday."),
      ("promotion", "Sign up to our free newsletters for the day's news.")]),
    ("Explore More Topics\nLibraries, Budget, Kell\n",
     [("navigation", "Explore More Topics"), ("navigation", "Libraries, Budget, Kell")]),
    ("Related:\nFerry fares to rise in the spring\n",
     [("navigation", "Related:"), ("navigation", "Ferry fares to rise in the spring")]),
    ("This story by Kellwire first ran on March 4, 2026.\n"
     "This audio was generated automatically and may have errors.\n",
     [("note", "This story by Kellwire first ran on March 4, 2026."),
      ("note", "This audio was generated automatically and may have errors.")]),
    ("Disclosure: The Kell Library Trust has given money to the Gazette.\n",
     [("note", "Disclosure: The Kell Library Trust has given money to the Gazette.")]),
    ("###\nBack to Press Releases\nWas this page helpful? Yes / No\n",
     [("note", "###"), ("navigation", "Back to Press Releases"), ("navigation", "Was this page helpful? Yes / No")]),
    ("Ida Marr covers housing and schools for the newsroom.\n",
     [("signature", "Ida Marr covers housing and schools for the newsroom.")]),
])
def test_the_fifth_rounds_lines_after_a_story_are_set_apart(end, kinds):
    body, aside = _segmented(_story(end=end))
    assert aside == kinds
    assert body == STORY


@pytest.mark.parametrize("top, kinds", [
    ("Libraries to close after vote\n\nBy Ida Marr (imarr@kellgazette.example)\nToday at 18:02\n\n",
     [("headline", "Libraries to close after vote"), ("byline", "By Ida Marr (imarr@kellgazette.example)"),
      ("timestamp", "Today at 18:02")]),
    ("Libraries to close after vote\n\nAna Ruiz (Kell, Norland, special correspondent)\n\n",
     [("headline", "Libraries to close after vote"),
      ("byline", "Ana Ruiz (Kell, Norland, special correspondent)")]),
    ("Libraries to close after vote\n\nTom Hill\nKell (Norland) - MAR 03, 2026 - 09:30 CET\n\n",
     [("headline", "Libraries to close after vote"), ("byline", "Tom Hill"),
      ("timestamp", "Kell (Norland) - MAR 03, 2026 - 09:30 CET")]),
])
def test_the_fifth_rounds_lines_above_a_story_are_set_apart(top, kinds):
    body, aside = _segmented(_story(top))
    assert aside == kinds
    assert body == STORY


@pytest.mark.parametrize("text", [
    _story(end="Lind covers the school run in her own car, she said.\n"),
    _story(end="Read the report in full at the town hall, the clerk said.\n"),
    _story(end="The trust said readers like you had helped, and the appeal would make a gift to the library.\n"),
])
def test_the_writers_own_sentences_with_the_words_of_the_fifth_round_stay(text):
    body, aside = _segmented(text)
    assert aside == [], aside
    assert all(any(sentence in b for b in body) for sentence in STORY)


@pytest.mark.parametrize("line", [
    # an independent review's sentences of its own that the first version of the version-8 rules took
    "By Christmas Eve, the river had risen another metre and the footbridge was closed.",
    "Ashcombe Animal Rescue is a registered charity and relies on donations for nine-tenths of its income.",
    "The Ashcombe Trust has received funding from the lottery since 2011 and employs six staff.",
    "The new fund will support local journalism in towns that have lost their weekly papers.",
    "Scam emails claiming to come from the tax office may already be in your inbox, the agency warned.",
    "Under the new scheme, council tax bills will be sent direct to your inbox rather than by post.",
    "Fewer than 300 households subscribe today.",
    "Listen to the Harbour Lads podcast and you will hear two fishermen arguing about quotas for an hour.",
    "We use cookies only to remember your basket, the shop's notice claims, but the regulator found 43 trackers.",
    "The hospice needs 40,000 pounds by March, and its director is asking people to donate now.",
    "Donate to the Marrow Valley flood appeal at any branch of the bank.",
    "More than 20,000 people sign up for the council's weekly newsletter, which lists road closures.",
    "Members of the gym enjoy unlimited access to the pool and sauna for 30 pounds a month.",
    "Materials supplied by Kellbrook Ltd failed two fire tests in 2019, the inquiry heard.",
    "This report appeared on the council's website for only two hours before it was withdrawn.",
    "This audio was generated by software, the police believe, and was never recorded by the mayor.",
    "Graphics by pupils from the art college now line the walls of the new clinic.",
    "The interview was condensed into a 12-minute segment that aired on Sunday night.",
    "Comments are now closed on the consultation.",
    "Read-only copies of the files were given to the defence a week before the trial.",
    "Half-time: the club bar sells 400 pies in fifteen minutes.",
    "Attendance: just 212 people came to the first meeting, down from 900 a decade ago.",
    "Contact Marrow Helpline on 0300 123 4567.",
    "With assistance from Coastguard volunteers, all nine crew reached Ashcombe harbour safely.",
    "Mira Kahn is a former crime reporter for the Ashcombe Echo who now runs a bakery.",
    "Join the village's WhatsApp channel and you will hear about every lost cat within minutes.",
    "Follow the latest advice on the NHS app before travelling abroad.",
    "Clarification, please: who pays for the bridge?",
    "This article was amended after the inquiry, the newspaper's lawyers told the court.",
    "Disclosure: the terms of the settlement were never made public.",
    "Your free trial expires after 30 days and the fee then rises to 12 pounds a month.",
    "If you would like to submit a response to the consultation, the deadline is 12 May.",
    "Discover more from the valley's past at the museum.",
    "Kell Rovers 2 Dunmore Town 1 | Marr 12, Tosh 80 | Hill 55",
    "This story first ran on the front page of the Echo in 1962, and the mill closed a year later.",
    "Correction, the minister wrote in a later letter: the figure should have been 12 per cent.",
    "Trading Standards warned that the app sends alerts straight to your phone even after it is deleted.",
])
def test_the_writers_own_lines_an_independent_review_wrote_stay(line):
    """Each line in the middle and at the end of a story, with blank lines and single-spaced: none is set apart."""
    for text in ("\n\n".join([STORY[0], STORY[1], line, STORY[2]]) + "\n", "\n\n".join([*STORY, line]) + "\n",
                 "\n".join([*STORY, line]) + "\n"):
        _body, aside = _segmented(text)
        assert aside == [], (line, aside)


def test_a_live_blogs_updated_time_after_the_story_is_set_apart_even_with_the_next_entry_after_it():
    """"Updated at 14.40 GMT" with the next entry's heading below it: the end rules do not reach it (the heading is
    no furniture), the rule for a time after "Updated" or "Posted" does."""
    end = "Share\nUpdated at 14.40 GMT\n2h ago\nFerry service resumes on the north route\n"
    body, aside = _segmented(_story(end=end))
    assert ("timestamp", "Updated at 14.40 GMT") in aside
    assert body[:3] == STORY


@pytest.mark.parametrize("label, links", [
    ("Read next", ["SPORT", "Council approves new stadium plans after long debate"]),
    ("Related:", ["How one street won back its buses — and what it cost", "Ferry fares to rise in April"]),
    ("Related stories", ["Bridge closure: what drivers need to know"]),
    ("Also read", ["Storm knocks out power to 40,000 homes in two states"]),
])
def test_a_related_block_between_two_paragraphs_is_set_apart_and_the_subhead_after_it_stays(label, links):
    """A single-spaced block whose first line is a related-stories label and whose other lines are headlines, in the
    middle of a story pasted with blank lines between its paragraphs: every line of the block is the page's; the
    story's subhead right after it stays (a block's links end with the block)."""
    first = ("The harbour bridge will close for six weeks from Monday while engineers replace its bearings, the "
             "council said.")
    second = "Commuters will be sent on a detour through the industrial estate, adding twenty minutes to a journey."
    third = "The council has two inspectors for the whole city, and the backlog of checks has doubled since June."
    text = "\n\n".join([first, second, "\n".join([label, *links]), "Not enough inspectors", third]) + "\n"
    body, aside = _segmented(text)
    assert body == [first, second, "Not enough inspectors", third]
    assert [a for _, a in aside] == [label, *links] and {k for k, _ in aside} == {"navigation"}


@pytest.mark.parametrize("block", [
    "Related\nThe council said the plan would cost four million pounds over two years.",
    "More:\nthe council said it would publish the figures in the spring\nand take questions then.",
    # a section of the story under a heading a writer may use (an independent review's)
    "More on the vote\nCouncillors backed the closure by 34 votes to 12\nThe motion now goes to the mayor",
    "Up next\nHarbour City v Westshire, Saturday 3pm\nNorthshire v Eastshire, Sunday 1pm",
    "Don't miss\nThe parade leaves the lighthouse at 11am\nFireworks from the harbour wall at 9pm",
    "Latest\nFlood warning for Quay Street and Mill Lane\nSchools on the north bank closed",
    "Trending in Harbour City\nBridge detour\nShuttle bus times\nFerry timetable",
    "Most read\nThe Winter Bridge by Ana Lind\nHarbour Lights by Tom Hill",
])
def test_a_label_over_sentences_between_paragraphs_stays(block):
    """A block under a label-like first line whose other lines are a sentence, or a wrapped sentence, is the story's."""
    first = ("The harbour bridge will close for six weeks from Monday while engineers replace its bearings, the "
             "council said.")
    second = "Commuters will be sent on a detour through the industrial estate, adding twenty minutes to a journey."
    text = "\n\n".join([first, block, second]) + "\n"
    body, _ = _segmented(text)
    assert first in body and second in body and any(block.split("\n")[1] in b for b in body)
