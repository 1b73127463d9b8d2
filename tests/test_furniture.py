"""Articles as people have them: page furniture set apart, saved web pages, the user's own codebook.

Every text and page here is invented for the tests (places, people and outlets included).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.errors import ArticleError, ConfigError
from analysis.output.cli import main
from analysis.text.article import expand_paths, load_article
from analysis.text.furniture import load_rules, set_apart

STORY = [
    "Delegations from Norland and Vesta met in the port city of Calder on Thursday for talks on fishing rights.",
    "Norland's envoy Mira Holt said the talks had been useful, and that a deal could follow within weeks.",
    "Vesta's delegation was led by its deputy foreign minister, Tomas Brek, who called the meeting a first step.",
    "Both sides agreed to meet again in the spring, when the quotas for the next season are due.",
]

PASTED = "\n".join([
    "Norland and Vesta open talks on fishing rights in Calder",
    "By ELENA MARSH",
    "Associated Press",
    "CALDER (AP) — " + STORY[0],
    "READ MORE: Calder harbour reopens after storm",
    STORY[1],
    "Fishermen wait at the harbour in Calder, Norland, Thursday, March 7, 2024. (AP Photo/Jon Vik)",
    STORY[2],
    "Advertisement",
    STORY[3],
    "(Editing by Carl Ode)",
]) + "\n"


def _load(tmp_path: Path, text: str, name: str = "story.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def _slices_back(article) -> None:
    for x in article.set_aside:
        assert article.raw[x.start:x.end] == x.text
    for p in article.paragraphs:
        assert article.raw[p.start:p.end] == p.text


def test_pasted_web_text_keeps_the_writers_paragraphs_and_sets_every_kind_of_furniture_apart(tmp_path):
    a = _load(tmp_path, PASTED)
    assert [p.text for p in a.paragraphs] == STORY
    kinds = [x.kind for x in a.set_aside]
    assert kinds == ["headline", "byline", "byline", "dateline", "navigation", "caption", "promotion", "signature"]
    assert a.headline == "Norland and Vesta open talks on fishing rights in Calder"
    assert a.byline == "By ELENA MARSH; Associated Press"
    dateline = next(x for x in a.set_aside if x.kind == "dateline")
    assert (dateline.text, dateline.place, dateline.agency, dateline.date) == ("CALDER (AP) —", "CALDER", "AP", None)
    assert any("single newlines" in w for w in a.warnings)
    _slices_back(a)
    assert all(x.reason for x in a.set_aside)  # every line set apart says why


@pytest.mark.parametrize("line, place, agency, date", [
    ("CALDER, March 7 (Reuters) - ", "CALDER", "Reuters", "March 7"),
    ("Calder, 7 March 2024 (PTI): ", "Calder", "PTI", "7 March 2024"),
    ("(Nordwire / Island Post - 7th Mar, 2024 ) : ", None, "Nordwire / Island Post", "7th Mar, 2024"),
    ("NEW CALDER — ", "NEW CALDER", None, None),
])
def test_datelines_with_and_without_a_date(tmp_path, line, place, agency, date):
    a = _load(tmp_path, line + STORY[0] + "\n\n" + STORY[1] + "\n")
    d = a.set_aside[0]
    assert (d.kind, d.place, d.agency, d.date) == ("dateline", place, agency, date)
    assert a.paragraphs[0].text == STORY[0]
    _slices_back(a)


@pytest.mark.parametrize("text", [
    # a first line that is a sentence of the story, not a headline
    STORY[0] + "\n\n" + STORY[1] + "\n",
    # a transcript's speaker labels are not datelines
    "HOST: What happens to the boats next?\n\nHOLT: I think the deal will hold through the winter.\n",
    # a tag in capitals is not a place
    "EXCLUSIVE – " + STORY[0] + "\n\n" + STORY[1] + "\n",
    # a signed quotation opening the story is not a headline
    "“The harbour is all we have.” ― Mira Holt\n\n" + STORY[1] + "\n",
    # a one-line text keeps its only line
    "Norland and Vesta open talks on fishing rights in Calder\n",
])
def test_a_line_is_set_apart_only_when_a_rule_says_why(tmp_path, text):
    a = _load(tmp_path, text)
    assert a.set_aside == ()


def test_signatures_at_the_end(tmp_path):
    for signature in ("(Reporting by Elena Marsh; Editing by Carl Ode)", "— Carl Ode", "Source: Nordwire"):
        a = _load(tmp_path, "\n\n".join([*STORY, signature]) + "\n")
        assert [x.kind for x in a.set_aside] == ["signature"] and len(a.paragraphs) == 4


LINES = st.sampled_from([*STORY, "READ MORE: Calder harbour reopens", "Advertisement", "By ELENA MARSH",
                         "Subscribe now", "Crowds in Calder on Thursday. (Photo: Jon Vik)", "(Editing by Carl Ode)"])


@settings(max_examples=60, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=9), st.sampled_from(["\n", "\n\n", "\r\n\r\n"]))
def test_offsets_slice_back_exactly_after_setting_lines_apart(lines, sep):
    raw = sep.join(lines) + sep
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]+", raw)]
    body, aside, _ = set_apart(raw, spans)
    assert body  # the body is never emptied
    for x in aside:
        assert raw[x.start:x.end] == x.text
    covered = sorted([*body, *((x.start, x.end) for x in aside)])
    assert covered == sorted(spans)  # every line is body or furniture, none lost, none twice (no dateline here)


def test_a_bad_rule_names_its_line(tmp_path):
    bad = tmp_path / "furniture.csv"
    head = "kind,scope,where,max_words,pattern,reason\n"
    bad.write_text(head + "navigation,paragraph,any,5,Advert,page label\nfooter,paragraph,any,5,x,why\n",
                   encoding="utf-8")
    with pytest.raises(ConfigError, match=r"furniture\.csv:3: kind 'footer'"):
        load_rules(bad)
    bad.write_text(head + "promotion,paragraph,any,5,\"(unclosed\",a broken pattern\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"furniture\.csv:2: pattern does not compile"):
        load_rules(bad)


PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | The Calder Courier</title>
{meta}
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>
{paragraphs}
<div class="ad">Advertisement</div>
</article>
<footer>Copyright 2024 The Calder Courier. All rights reserved.</footer>
</body></html>
"""
TITLE = "Norland and Vesta open talks on fishing rights in Calder"
META = """<meta property="og:title" content="{title}">
<meta property="og:site_name" content="The Calder Courier">
<meta name="author" content="Elena Marsh">
<meta property="article:published_time" content="2024-03-07T09:00:00Z">"""


def _page(meta: bool = True) -> str:
    return PAGE.format(title=TITLE, meta=META.format(title=TITLE) if meta else "",
                       paragraphs="\n".join(f"<p>{p}</p>" for p in STORY))


def test_a_saved_page_gives_the_same_paragraphs_as_its_pasted_text_with_its_metadata(tmp_path):
    page = _load(tmp_path, _page(), "story.html")
    pasted = _load(tmp_path, PASTED)
    assert [p.text.split() for p in page.paragraphs] == [p.text.split() for p in pasted.paragraphs]
    assert (page.outlet, page.date, page.headline, page.byline) == ("The Calder Courier", "2024-03-07", TITLE,
                                                                    "Elena Marsh")
    assert page.text_source == "extracted" and pasted.text_source == "file"
    _slices_back(page)


def test_a_page_without_metadata_falls_back_to_the_file(tmp_path):
    page = _load(tmp_path, _page(meta=False), "bare.htm")
    assert page.outlet == "bare.htm" and page.date is None
    assert [p.text for p in page.paragraphs] == STORY


def test_a_page_of_navigation_only_is_a_clear_error(tmp_path, capsys):
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a> <a href='/a'>World</a></nav></body></html>",
                    encoding="utf-8")
    with pytest.raises(ArticleError, match="no main text could be extracted"):
        load_article(path)
    assert main(["summarize", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "menu.html: no main text could be extracted" in err


def test_export_saves_the_extracted_text_every_offset_counts_from(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.html").write_text(_page(), encoding="utf-8")
    (tmp_path / "in" / "pasted.txt").write_text(PASTED, encoding="utf-8")
    assert [p.name for p in expand_paths([tmp_path / "in"])] == ["pasted.txt", "story.html"]
    assert main(["export", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-figures"]) == 0
    summary = json.loads((tmp_path / "out" / "story" / "summary.json").read_text(encoding="utf-8"))
    text = (tmp_path / "out" / "story" / "article.txt").read_text(encoding="utf-8")
    assert summary["article"]["text_source"] == "extracted"
    for q in summary["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"] or q["kind"] != "direct"
    for x in summary["article"]["set_aside"]:
        assert text[x["start"]:x["end"]] == x["text"]
    assert not (tmp_path / "out" / "pasted" / "article.txt").exists()  # a text file is its own source


CODEBOOK = """name,type,aliases,affiliation
Norland,state,Norland|Norlandic government,
Mira Holt,person,Mira Holt|Holt,Norland
Vesta,state,Vesta,
Tomas Brek,person,Tomas Brek|Brek,Vesta
"""


def test_the_users_own_codebook(tmp_path, capsys):
    book = tmp_path / "actors.csv"
    book.write_text(CODEBOOK, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("\n\n".join(STORY) + "\n", encoding="utf-8")
    assert main(["summarize", str(story), "--json", "--codebook", str(book)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["meta"]["codebook"] == str(book)
    sides = {r["affiliation"]: r["speakers"] for r in summary["voices_by_affiliation"]}
    assert "Mira Holt" in sides.get("Norland", [])
    book.write_text(CODEBOOK + "Calder,harbour,Calder,\n", encoding="utf-8")
    assert main(["summarize", str(story), "--codebook", str(book)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "actors.csv:6: unknown type 'harbour'" in err


def test_a_pages_title_repeated_as_its_first_line_is_its_headline_whatever_its_punctuation(tmp_path):
    title = "Will Norland and Vesta agree on fishing rights?"
    html = PAGE.format(title=title, meta=META.format(title=title),
                       paragraphs="\n".join(f"<p>{p}</p>" for p in STORY))
    page = _load(tmp_path, html, "question.html")
    assert page.headline == title and page.set_aside[0].kind == "headline"
    assert [p.text for p in page.paragraphs] == STORY


def test_what_web_pages_put_around_a_story(tmp_path):
    long_caption = ("Delegates from Norland, left, and Vesta, right, sit at the table during the talks on fishing "
                    "rights in Calder, Norland, Thursday, March 7, 2024. " + STORY[0] + " " + STORY[2]
                    + " (AP Photo/Jon Vik, Pool)")
    text = "\n\n".join([
        "Ticker",
        "Norland and Vesta open talks on fishing rights in Calder",
        "By ELENA MARSH - Nordwire",
        "3 hours ago",
        STORY[0],
        "Read more:",
        "Calder harbour reopens after the winter storm",
        "Vesta names a new fisheries minister",
        STORY[1],
        long_caption,
        "For all the latest headlines follow our Calder Courier channel on the app.",
        STORY[2],
        STORY[3],
    ]) + "\n"
    a = _load(tmp_path, text)
    assert [p.text for p in a.paragraphs] == STORY
    assert [x.kind for x in a.set_aside] == ["navigation", "headline", "byline", "timestamp", "navigation",
                                             "navigation", "navigation", "caption", "promotion"]
    assert a.headline == "Norland and Vesta open talks on fishing rights in Calder"
    assert a.byline == "By ELENA MARSH - Nordwire"
    _slices_back(a)


def test_a_wire_page_with_section_label_read_time_and_glued_links(tmp_path):
    text = "\n\n".join([
        "Skip to main content",
        "Asia Pacific",
        "Norland to host fishing talks on Oct. 20",
        "1 minute read",
        "Boats in the harbour of Calder, Norland October 5, 2024. REUTERS/Jon Vik",
        "CALDER, Oct 7 (Reuters) - Norland plans to host talks on fishing rights on Oct. 20, its envoy said.",
        "Mira Holt, the envoy, did not provide further details. read more",
        "Reporting by Elena Marsh; Writing by Carl Ode; Editing by Per Holm",
    ]) + "\n"
    a = _load(tmp_path, text)
    assert [x.kind for x in a.set_aside] == ["navigation", "navigation", "headline", "timestamp", "caption",
                                             "dateline", "navigation", "signature"]
    assert a.headline == "Norland to host fishing talks on Oct. 20"  # an abbreviation is not a sentence end
    assert [p.text for p in a.paragraphs] == [
        "Norland plans to host talks on fishing rights on Oct. 20, its envoy said.",
        "Mira Holt, the envoy, did not provide further details."]
    _slices_back(a)


def test_furniture_lines_in_one_block_are_judged_one_by_one_and_credits_glued_to_the_end_are_set_apart(tmp_path):
    text = ("Talks open in Calder\n\nNordwire\nOct 07, 2024  •  1 hour ago  •  < 1 minute read  •  Join the "
            "conversation\n\nCALDER — " + STORY[0] + "\n\n" + STORY[1]
            + " (Reporting by Elena Marsh; writing by Carl Ode)\n")
    a = _load(tmp_path, text)
    assert [x.kind for x in a.set_aside] == ["headline", "navigation", "timestamp", "dateline", "signature"]
    assert [p.text for p in a.paragraphs] == STORY[:2]
    _slices_back(a)


def _segmented(text: str):
    """The body paragraphs' texts and the set-apart kinds of ``text`` (segmentation only, no parse)."""
    from analysis.text.article import segment

    spans, aside, _ = segment(text)
    return [text[s:e] for s, e in spans], aside


@pytest.mark.parametrize("line, place, agency", [
    ("MADISON, Wis. (AP) — ", "MADISON, Wis.", "AP"),
    ("HALIFAX, N.S. (Reuters) - ", "HALIFAX, N.S.", "Reuters"),
    ("Kansas City, Missouri (AP) — ", "Kansas City, Missouri", "AP"),
])
def test_datelines_with_a_state_or_province(line, place, agency):
    body, aside = _segmented(line + STORY[0] + "\n\n" + STORY[1] + "\n")
    assert (aside[0].kind, aside[0].place, aside[0].agency) == ("dateline", place, agency)
    assert body[0] == STORY[0]


@pytest.mark.parametrize("line, kind", [
    ("Tuesday 3 May 2022 09:05 BST", "timestamp"),
    ("Sat Oct 5, 2019 11:20pm EDT", "timestamp"),
    ("Mon, 12 June 2023 18:30 CEST", "timestamp"),
    ("- Feb. 10th 2026 9:40 am PT", "timestamp"),
    ("\u2022 3rd of May, 2022 09:05", "timestamp"),
    ("Nadia Keller | 6 December 2026", "byline"),
    ("Tom Hill and Ana Ruiz, Reuters", "byline"),
    ("Ida Marr, Staff Writer", "byline"),
    ("(Adds quotes from the harbour master, background)", "note"),
    ("Editor's note: This story was first published in 2019 and has been updated.", "note"),
    ("Stay up to date with notifications from The Harbour Gazette", "promotion"),
    ("Please sign in", "promotion"),
    ("Email a friend", "promotion"),
    ("Get the Gazette app", "promotion"),
    ("Photo by Ida Marr", "caption"),
    ("Photograph: Tom Hill/Nordwire", "caption"),
    ("Home » News » World", "navigation"),  # breadcrumb trails, in other languages and with other marks
    ("Startseite › Politik › Ausland", "navigation"),
    ("News > Local > Kell", "navigation"),
])
def test_page_lines_above_the_story_are_set_apart_by_kind(line, kind):
    """Variants of our own of the forms a real paste carries above the story (time stamps in several formats,
    bylines without "By", desk notes, app and sign-in prompts, photo credits)."""
    body, aside = _segmented("Norland and Vesta open talks on fishing rights in Calder\n\n" + line + "\n\n"
                             + "\n\n".join(STORY) + "\n")
    assert [(a.kind, a.text) for a in aside][-1] == (kind, line)
    assert body == STORY


def test_a_headline_no_rule_knows_does_not_end_the_top_of_the_page():
    """A question as headline is no headline by shape; the time stamp under it is still the page's."""
    body, aside = _segmented("Calder guide: what do you give the envoy who already has everything?\n\n"
                             "- Feb. 10th 2026 9:40 am PT\n\n" + "\n\n".join(STORY) + "\n")
    assert [(a.kind, a.text) for a in aside] == [("timestamp", "- Feb. 10th 2026 9:40 am PT")]
    assert body[1:] == STORY
    menu = "Home\n\nWorld\n\nSport\n\nWeather\n\n"  # the top's first lines go to the menu
    body, aside = _segmented(menu + "Calder guide: what do you give the envoy who already has everything?\n\n"
                             "- Feb. 10th 2026 9:40 am PT\n\n" + "\n\n".join(STORY) + "\n")
    assert ("timestamp", "- Feb. 10th 2026 9:40 am PT") in [(a.kind, a.text) for a in aside]
    assert body[-len(STORY):] == STORY


def test_a_name_alone_beside_the_time_stamp_is_the_author_line():
    menu = "Home\n\nWorld\n\nSport\n\nWeather\n\n"
    head = "Calder guide: what do you give the envoy who already has everything?\n\n"
    for top, name in (("Ana Ruiz\n\n- Feb. 10th 2026 9:40 am PT\n\n", "Ana Ruiz"),
                      ("Tuesday 3 May 2022 09:05 BST\n\nTom J. Hill\n\n", "Tom J. Hill"),
                      ("Mary McDonald\n\n- Feb. 10th 2026 9:40 am PT\n\n", "Mary McDonald")):
        body, aside = _segmented(menu + head + top + "\n\n".join(STORY) + "\n")
        assert [a.text for a in aside if a.kind == "byline"] == [name]
        assert body[-len(STORY):] == STORY
    body, aside = _segmented("\n\n".join(STORY[:2]) + "\n\nHarbour Talks\n\n" + "\n\n".join(STORY[2:]) + "\n")
    assert "Harbour Talks" in body  # a subheading with no time stamp beside it stays the article's
    body, aside = _segmented(menu + head + "Pier Closes\n\n- Feb. 10th 2026 9:40 am PT\n\n" + "\n\n".join(STORY)
                             + "\n")
    assert "Pier Closes" in body and not [a for a in aside if a.kind == "byline"]  # no first name: no author
    live = "\n\n".join(STORY[:2]) + "\n\n10:42 a.m.\n\nMary McDonald\n\n" + "\n\n".join(STORY[2:]) + "\n"
    assert "Mary McDonald" in _segmented(live)[0]  # between the story's paragraphs: not the page's top


@pytest.mark.parametrize("line", ["12 comments", "Show comments", "Join the conversation",
                                  "Correction: An earlier version of this story misspelled the envoy's name."])
def test_comment_labels_and_corrections_after_the_story(line):
    body, aside = _segmented("\n\n".join(STORY) + "\n\n" + line + "\n")
    assert body == STORY and aside[-1].text == line


@pytest.mark.parametrize("line, kind", [
    ("The envoys meet in the old customs hall on Monday. (Reuters)", "caption"),
    ("Harbour cranes stand idle in Calder (Image: Nordwire)", "caption"),
    ("The old lighthouse above the bay, photos © Ida Marr, 2024", "caption"),
    ("Fishing boats wait at the quayCredit: Nordwire - Contributor", "caption"),
    ("Image copyright Nordwire", "caption"),
    ("Media captionWhat the deal means for Calder", "caption"),
    ("In this March 3, 2021, file photo, Envoy Mira Holt waves from a ferry in Calder.", "caption"),
    ("This undated handout photo shows the harbour wall under construction.", "caption"),
    ("Calder Port Authority via AP", "caption"),
    ("by Ida Marr", "byline"),
    ("By Tom Hill , Ana Ruiz on Friday, March 4th, 2022 at 10:15 a.m.", "byline"),
    ("BY NADIA KELLER | June 2, 2023", "byline"),
    ("March 4, 2022 Ana Ruiz, MA, RD", "byline"),
    ("Tom Hill is a freelance writer based in Calder. His work has appeared in several magazines.", "signature"),
    ("Ida Marr is a senior correspondent for the Gazette", "signature"),
    ("About Ana Ruiz", "navigation"),
    ("@calderdesk", "navigation"),
    ("CLICK HERE TO GET THE GAZETTE NEWS APP", "promotion"),
    ("Sign Up: Get the best of the harbour news every morning! Sign up for our newsletters here.", "promotion"),
    ("Ferry queues at dawn in Calder. ( IDA MARR/NORDWIRE PICTURES)", "caption"),
    ("This site is subject to our Privacy Notice | Terms and Conditions", "navigation"),
    ("Cookie settings Privacy statement", "navigation"),
    ("Citation: Calder talks end (2022, March 4) retrieved 5 March 2022 from https://calder.example/", "signature"),
    ("Gazette.news", "navigation"),
    ("Also on gazette.com Ferry fares to rise in the spring as fuel costs climb", "navigation"),
    ("Also: Calder harbour reopens after the storm", "navigation"),
    ("More: Ten ferries to take before you die", "navigation"),
    ("Nordwire's Ana Ruiz contributed to this report.", "signature"),
    ("The Associated Press contributed reporting to this story.", "signature"),
    ("Email Ida Marr at ida@gazette.example or follow her @idamarr.", "signature"),
    ("Follow the Courier on Twitter @calderdesk and on Facebook.", "signature"),
    ("Tom Hill (tom@calder.example) is the editor and publisher of the Courier, and writes on shipping.", "signature"),
    ("Jon Vik/Nordwire", "caption"),
    ("Ida Marr/Calder Courier", "caption"),
    ("The new ferry terminal seen from the water via Nordwire Pictures", "caption"),
    ("The envoys shake hands in Calder. (Photos by Jon Vik, left, and Ida Marr/Nordwire)", "caption"),
    ("LENA SORG'S FORMER SKIPPER SAYS THE 'HARBOUR LIGHTS' CREW KNEW ABOUT THE SALE", "navigation"),
])
def test_page_lines_between_the_paragraphs_are_set_apart_by_kind(line, kind):
    """Variants of our own of the captions, credits, bylines, author notes, handles and app prompts a copied page
    keeps between or after the story's paragraphs: each is set apart wherever it stands, with its kind."""
    body, aside = _segmented("\n\n".join([STORY[0], line, *STORY[1:]]) + "\n")
    assert [(a.kind, a.text) for a in aside] == [(kind, line)]
    assert body == STORY


@pytest.mark.parametrize(("before", "call"), [
    ("Get the Calder Courier at your door every week.", "Click here for more information."),
    ("In each episode of her show, Ida Marr looks at the week in Calder.", "Click to subscribe!"),
    ("The Courier is part of Harbour Media Group, a publisher of local news.", "Visit our corporate site."),
    ("Use our daily deals to save on ferry tickets.", "Use the code CALDER10."),
])
def test_a_call_to_act_ending_a_paragraph_is_set_apart_and_the_sentence_before_it_stays(before, call):
    body, aside = _segmented("\n\n".join([STORY[0], f"{before} {call}", *STORY[1:]]) + "\n")
    assert [(a.kind, a.text) for a in aside] == [("promotion", call)]
    assert body == [STORY[0], before, *STORY[1:]]


@pytest.mark.parametrize("text", [
    "By the time the talks ended, the envoys had agreed on fishing quotas for the next ten years.",
    "In this photo, taken by a fisherman, the ferry is seen leaving Calder in a storm.",
    "The envoy said the harbour is a reporter's dream and a diplomat's headache, and laughed.",
    "Mira Holt is a former editor who now advises the Norland government on fishing rights.",
    "The ferry company changed its privacy policy last week, after complaints from passengers.",
    "Vesta's negotiators (MIRA HOLT/TOMAS BREK) signed first.",
    "The envoy travelled to Calder via Vesta, where she met the fisheries minister.",
    "Ana Ruiz contributed to the talks by proposing a shared quota for the next ten years.",
    "Mira Holt said anyone could email the delegation at talks@calder.example with questions.",
    "The envoy urged fishermen to follow us, she said, meaning the delegation, to the old customs hall.",
    "Click here to read the full text of the agreement.",
    "WHAT THE CREWS WANT",
    "THE ENVOYS SAID THE TALKS HAD BEEN USEFUL AND THAT A DEAL COULD FOLLOW WITHIN WEEKS.",
    "2. WHY THE CREWS OF THE NORTHERN ROUTE SAY THE BOAT IS 'HALF FULL'",
    "3. FOR THE FERRY CREWS OF CALDER THE GLASS IS ‘HALF FULL.’",
    "Second, the envoy reached Calder via Lindholm.",
    "Fares rose faster than wages (fares > wages) for the third year in a row, the ferry company said.",
    "Sie sagte » Wir bleiben « und ging.",
])
def test_sentences_like_captions_bylines_and_author_notes_stay_in_the_body(text):
    body, aside = _segmented("\n\n".join([STORY[0], text, *STORY[1:]]) + "\n")
    assert aside == [] and text in body


def test_a_link_or_a_click_prompt_between_paragraphs_is_the_articles_own():
    inner = ["https://calder.example/report.pdf", "Click here to read the full agreement."]
    text = "\n\n".join([STORY[0], inner[0], STORY[1], inner[1], STORY[2], STORY[3]]) + "\n"
    body, aside = _segmented(text)
    assert aside == [] and inner[0] in body and inner[1] in body


EVERY_KIND = "\n\n".join([
    "Norland hails deal with Vesta as Calder talks end",
    "By Ida Marr and Tom Hill",
    "Tuesday 3 May 2022 09:05 BST",
    "CALDER (AP) — " + STORY[0],
    "READ MORE: Mayor Ida Brandt says the harbour will reopen in May",
    STORY[1],
    "Envoy Mira Holt speaks to reporters in Calder on Thursday. (AP Photo/Jon Vik)",
    STORY[2],
    "Subscribe to the Calder Courier for news from Vesta",
    STORY[3],
    "(Adds comment from Vesta's fisheries minister Ana Ruiz)",
    "(Reporting by Ana Ruiz; Editing by Carl Ode)",
]) + "\n"


def test_no_kind_of_furniture_reaches_the_measures(tmp_path):
    """A line of each kind set apart (names and a speech verb in most) yields no actor, statement, label or frame
    hit: every measure reads the body only."""
    from analysis.measures.analysed import analyse

    a = analyse(_load(tmp_path, EVERY_KIND))
    assert [x.kind for x in a.article.set_aside] == ["headline", "byline", "timestamp", "dateline", "navigation",
                                                    "caption", "promotion", "note", "signature"]
    assert [p.text for p in a.article.paragraphs] == STORY
    body = [(p.start, p.end) for p in a.article.paragraphs]
    for table in (a.actor_mentions, a.quotes_table, a.frame_evidence, a.actor_labels, a.mention_tone):
        spans = list(zip(table["start"], table["end"], strict=True))
        assert all(any(s <= x and y <= e for s, e in body) for x, y in spans), list(table.columns)[:3]
    assert not {"Ida Brandt", "Ida Marr", "Jon Vik", "Ana Ruiz", "Carl Ode"} & set(a.actor_order)


def test_a_line_no_rule_knows_above_the_headline_does_not_hide_the_dateline():
    """The story starts at a dateline found below an unrecognised first line: the headline-shaped line above
    it is the headline, a sentence between them the standfirst, the first line a label."""
    body, aside = _segmented("\n\n".join([
        "Stay informed with the Calder Courier Weekly Digest",
        "Norland and Vesta open talks on fishing",
        "The neighbours have argued over the quotas for a decade.",
        "HALIFAX, N.S. (Reuters) - " + STORY[0], STORY[1]]) + "\n")
    assert body == STORY[:2]
    assert [(a.kind, a.text.split()[0]) for a in aside] == [
        ("navigation", "Stay"), ("headline", "Norland"), ("standfirst", "The"), ("dateline", "HALIFAX,")]


def test_a_title_with_a_full_stop_above_a_dateline_stays_in_the_body():
    title = "Norland and Vesta open talks on fishing rights."
    body, aside = _segmented("\n\n".join([title, "CALDER (AP) — " + STORY[0], STORY[1]]) + "\n")
    assert body == [title, STORY[0], STORY[1]]
    assert [a.kind for a in aside] == ["dateline"]


BIO = ("Als Redakteurin schreibt Lena Sorg seit zehn Jahren über Häfen und Fähren; sie lebt in Calder und "
       "segelt, wann immer sie kann.")


@pytest.mark.parametrize("label", ["Über Lena Sorg", "About Lena Sorg", "Lena Sorg", "Sobre a autora Lena Sorg"])
def test_an_authors_box_at_the_end_is_set_apart_with_what_follows_it(label):
    """A short label ending in a name (any language), a biography naming that person and, after them, no sentence
    of ten or more words: the author's box and the links after it are set apart, each with the reason."""
    tail = "Weitere Beiträge zum Thema"
    body, aside = _segmented("\n\n".join([*STORY, label, BIO, tail]) + "\n")
    assert body == STORY
    assert [a.text for a in aside] == [label, BIO, tail]
    assert all("author's box" in a.reason for a in aside)


def test_a_name_over_a_paragraph_about_that_person_inside_the_story_stays():
    """A subheading naming a person, over a paragraph about her, followed by more of the story, is the story's."""
    text = "\n\n".join([*STORY[:2], "Lena Sorg", BIO, *STORY[2:]]) + "\n"
    body, aside = _segmented(text)
    assert aside == [] and "Lena Sorg" in body and BIO in body


def test_a_bare_name_over_an_authors_note_goes_with_the_note():
    note = "Lena Sorg is a reporter for the Calder Courier."
    body, aside = _segmented("\n\n".join([*STORY, "Lena Sorg", note]) + "\n")
    assert body == STORY and [(a.kind, a.text) for a in aside] == [("signature", "Lena Sorg"), ("signature", note)]


def test_a_pop_up_card_glued_into_a_sentence_is_cut_out():
    """A copied page glues a name's pop-up card into the sentence: the name again with no space, other stories'
    headlines, "MORE". The card is set apart and the words around it stay the body; a name glued to a word
    without the card's end ("McDonald", "iPhone") is left alone."""
    card = ("Mira Anna HoltVesta talks stall over quotas | Calder ferry fares to rise Envoy praises harbour "
            "workers after strike MORE")
    first = f"Norland's envoy Mira Holt{card} (Calder) said the talks had been useful, and that a deal could follow."
    text = "\n\n".join([STORY[0], first, *STORY[2:], "Tom McDonald said the iPhone app had helped the talks."])
    body, aside = _segmented(text + "\n")
    assert [(a.kind, a.text) for a in aside] == [("navigation", card)] and "pop-up card" in aside[0].reason
    assert body == [STORY[0], "Norland's envoy Mira Holt",
                    "(Calder) said the talks had been useful, and that a deal could follow.", *STORY[2:],
                    "Tom McDonald said the iPhone app had helped the talks."]


HEADER = ["Welcome to the Courier's reader panel", "Learn More", "Norland and Vesta agree on quotas, and both say: "
          "Finally!", "Ida Marr and Tom Hill Calder Courier", "Published 9:05 AM CET Mar 4, 2024"]


def test_a_pasted_pages_header_block_is_set_apart_line_by_line():
    """A first paragraph of short lines, most not sentences, above a story pasted one line a paragraph is the
    page's header: each line set apart (a rule's kind when one names it), the story kept whole."""
    body, aside = _segmented("\n".join(HEADER) + "\n\n" + "\n\n".join(STORY) + "\n")
    assert body == STORY
    assert [a.text for a in aside] == HEADER and all("the page's header" in a.reason for a in aside)
    assert aside[-1].kind == "timestamp" and aside[0].kind == "page"
    known = ["Norland and Vesta open talks", "By Ida Marr", "Staff reporter, the Courier"]
    body, aside = _segmented("\n".join(known) + "\n\n" + "\n\n".join(STORY) + "\n")
    assert body == STORY and [a.kind for a in aside] == ["headline", "byline", "page"]


@pytest.mark.parametrize("first", [
    "Delegations from Norland and Vesta met in the port\ncity of Calder on Thursday for talks on fishing\nrights, "
    "which both sides called useful.",  # a first paragraph hard-wrapped
    "Key points:\n- Norland and Vesta agree on quotas.\n- Talks resume in the spring.\n- Calder hosts them.",
])
def test_a_first_paragraph_that_is_no_pages_header_is_left_to_the_rules(first):
    body, aside = _segmented(first + "\n\n" + "\n\n".join(STORY) + "\n")
    assert not any("the page's header" in a.reason for a in aside)
    assert body[-4:] == STORY


def test_the_new_kinds_of_furniture_make_no_actor(tmp_path):
    """A page's header, a pop-up card, a credit line, a contact line and an author's box, each naming people and
    places of their own: none of them reaches the actors, and every measure's offsets lie in the body."""
    from analysis.measures.analysed import analyse

    card = "Mira Anna HoltOrsolya Vadas wins Calder regatta | Tomas Brek visits Lindholm MORE"
    text = "\n\n".join([
        "\n".join(["Welcome to the Courier's reader panel", "Learn More", "Norland and Vesta agree on quotas",
                   "Ida Marr and Tom Hill Calder Courier", "Published 9:05 AM CET Mar 4, 2024"]),
        STORY[0],
        f"Norland's envoy Mira Holt{card} (Calder) said the talks had been useful, and that a deal could follow.",
        *STORY[2:],
        "Nordwire's Pia Strand contributed to this report.",
        "Email Ida Marr at ida@courier.example or follow her @idamarr.",
        "About Lena Sorg",
        "Lena Sorg has covered the harbour of Calder for the Courier since 2015 and lives in Vesta.",
        "Ferry fares to rise in Lindholm",
    ]) + "\n"
    a = analyse(_load(tmp_path, text))
    assert [p.text for p in a.article.paragraphs][-2:] == STORY[2:]
    furniture = {"Orsolya Vadas", "Lindholm", "Pia Strand", "Ida Marr", "Lena Sorg", "Tom Hill", "Calder Courier"}
    assert not furniture & set(a.actor_order)
    body = [(p.start, p.end) for p in a.article.paragraphs]
    for table in (a.actor_mentions, a.quotes_table, a.frame_evidence, a.actor_labels, a.mention_tone):
        spans = list(zip(table["start"], table["end"], strict=True))
        assert all(any(s <= x and y <= e for s, e in body) for x, y in spans), list(table.columns)[:3]


CLEAN = [
    "Ferry crews on the northern route walked out on Tuesday, leaving hundreds of commuters waiting in Calder.",
    "Lena Sorg",
    "Lena Sorg has skippered the night ferry for twelve years. She said the crews had been patient for too long.",
    "The operator said a spare boat would run via Lindholm until the talks resume, and that fares would not rise.",
    "More than 300 people signed a letter of support. Follow us, the crews told the commuters, and they did.",
    "Ana Ruiz contributed to the letter, she said, because the crews had always looked after her children.",
    "Talks resume on Thursday, when both sides will meet at the old customs hall.",
]


@pytest.mark.parametrize("text", [
    "\n\n".join(CLEAN) + "\n",
    "\n".join(CLEAN) + "\n",
    "Crews walk out on the northern route\n\n" + "\n\n".join(CLEAN) + "\n",
])
def test_a_clean_article_keeps_all_its_body(text):
    """An article with a name over a paragraph about that person inside the story, "via", "follow us" and
    "contributed" in its sentences: no rule sets anything of it apart (a headline alone above it excepted)."""
    body, aside = _segmented(text)
    assert body == CLEAN and [a.kind for a in aside] in ([], ["headline"])


def test_the_seed_keeps_all_its_body(seed):
    assert seed.set_aside == () and len(seed.paragraphs) == 8


def test_a_story_that_ends_with_a_name_over_a_paragraph_about_that_person_keeps_its_end(write):
    text = ("Harbour reopens\n\n"
            "The harbour at Kell reopened on Monday after a week of repairs to the sea wall and the cranes.\n\n"
            "Shipping firms said the delay had cost them about two million euros in lost trade.\n\n"
            "Statement from Ana Lind\n\n"
            "Ana Lind, the mayor of Kell, said in a statement that the town was grateful to the dockers and the "
            "engineers who had worked through the storm to finish the repairs on time.")
    article = load_article(write(text))
    assert "Ana Lind, the mayor of Kell" in article.body
    assert not any("Ana Lind, the mayor" in a.text for a in article.set_aside)


def test_a_news_sentence_before_a_call_to_sign_up_stays_in_the_body(write):
    text = ("Passport office\n\n"
            "The passport office in Kell will open on Saturdays from May, the council said on Tuesday.\n\n"
            "Residents who need a passport should bring a photo ID. Sign up for an appointment on the council's site.")
    article = load_article(write(text))
    assert "should bring a photo ID" in article.body


def test_when_everything_looks_like_furniture_nothing_is_set_apart_not_even_a_header():
    from analysis.text.article import split_paragraphs
    from analysis.text.furniture import set_apart

    raw = ("Home\nNews desk\nSport pages\nWeather\nContact us\n\nShare this story\n\nRead more:\n\n"
           "Privacy policy\n\n@calder\n")
    spans = split_paragraphs(raw)
    body, aside, warning = set_apart(raw, spans)
    assert body == spans and aside == [] and "nothing was set apart" in warning  # the header paragraph kept too


@pytest.mark.parametrize("notice", [
    "Harbour Holdings publishes the Courier, the Gazette and the Weekly Tide in Calder and Lindholm, and its "
    "reporters work from both towns; all rights reserved, reproduction in any form is forbidden.",
    "Our content from the harbour desk may not be republished without the editor's written consent.",
    "Norwave and the Norwave logo are trademarks of Norwave Ltd. Kellphone is a registered trademark of Kell Inc.",
    "Nothing in the information published on this site is advice; ask a harbour pilot before you sail.",
    "Our tide alerts come once a week, and you may unsubscribe at any time from the alerts page.",
    "Buying a tide table through our guide? We may receive a small commission from the seller.",
])
def test_a_sites_legal_notice_is_set_apart_as_a_note(notice):
    body, aside = _segmented("\n\n".join([*STORY[:2], notice, *STORY[2:]]) + "\n")
    assert body == STORY
    assert [(a.kind, a.text) for a in aside] == [("note", notice)] and "legal notice" in aside[0].reason


@pytest.mark.parametrize("line, kind", [
    ("Leia também: Calder reabre o porto depois da tempestade", "navigation"),
    ("Leggi anche: Calder riapre il porto", "navigation"),
    ("Mehr: Zehn Fragen an den Hafen von Calder", "navigation"),
    ("Читайте также: Порт Калдер снова открыт", "navigation"),
    ("Anzeige", "promotion"),
    ("Publicidade", "promotion"),
    ("Sponsored links", "promotion"),
    ("Clique aqui e confira as regatas de Calder", "promotion"),
    ("Cliquez ici pour lire la suite", "promotion"),
    ("Foto: Ana Lind / Calder Post", "caption"),
    ("Фото", "caption"),
    ("личный архив Аны Линд", "caption"),
    ("Текст: Ана Линд", "byline"),
    ("Autor: Ana Lind", "byline"),
    ("Share this on Harbourchat", "promotion"),  # prompts to share or to read more like it
    ("Sharing is caring!", "promotion"),
    ("Like this article?", "promotion"),
    ("Want more stories like this?", "promotion"),
    ("This video has been removed.", "note"),  # a player's notice
    ("Your browser does not support the video tag.", "note"),
    ("Researchers: Ana Lind", "signature"),  # a credit line of roles
    ("Editors: Ana Lind and Tomas Brek", "signature"),
])
def test_page_lines_between_the_storys_paragraphs_are_set_apart_by_kind(line, kind):
    """Labels, prompts, credits and author lines (in other languages too), prompts to share, a player's notice
    and a credit line of roles, standing between the story's paragraphs."""
    body, aside = _segmented("\n\n".join([*STORY[:3], line, *STORY[3:]]) + "\n")
    assert body == STORY and [(a.kind, a.text) for a in aside] == [(kind, line)]


@pytest.mark.parametrize("sentence", [
    "The court heard that the photographs had been reproduced without permission in three countries.",
    "Norwave said the name was a registered trademark of its parent company, and that it would defend it.",
    "Readers can unsubscribe from the council's alerts, a spokeswoman said, but few have done so.",
    "The harbour photographs are subject to copyright, a spokesman for the museum said on Tuesday.",
    "The judge ruled that the story may not be published until the trial of the two skippers ends.",
    "The Courier is part of Harbour Holdings, a regional media group that also owns the Gazette.",
    "Members can unsubscribe at any time, the ferry regulator said in its reply to the complaint.",
    "More than 40 fishermen signed the letter, which asks for a meeting before the summer.",
])
def test_a_story_about_rights_trademarks_or_subscriptions_keeps_its_sentences(sentence):
    body, aside = _segmented("\n\n".join([*STORY[:2], sentence, *STORY[2:]]) + "\n")
    assert body == [*STORY[:2], sentence, *STORY[2:]] and aside == []


def test_a_contact_line_before_a_call_to_follow_goes_with_the_call():
    """The call ending a paragraph is set apart alone when a sentence of the story stands before it; when what
    stands before it is itself furniture (the writer's contact line), both go, each with its reason."""
    contact = "Email Ida Marr at ida@courier.example or follow her @idamarr."
    call = "Follow us on Harbourchat @calder and on Facebook."
    body, aside = _segmented("\n\n".join([*STORY, f"{contact} {call}"]) + "\n")
    assert body == STORY
    assert [(a.kind, a.text) for a in aside] == [("signature", contact), ("promotion", call)]
    assert "before a call to act" in aside[0].reason


def test_a_caption_with_a_photo_credit_in_brackets_is_set_apart():
    caption = "The new ferry leaves the quay at dawn, its captain said. (Photo Credit : Ida Marr)"
    body, aside = _segmented("\n\n".join([*STORY[:2], caption, *STORY[2:]]) + "\n")
    assert body == STORY and [(a.kind, a.text) for a in aside] == [("caption", caption)]
