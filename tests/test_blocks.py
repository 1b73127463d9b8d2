"""The article body of a copied web page (issue 28): the block model on an invented page, clean text left
alone, the metric of the benchmark, and nothing set apart reaching the measures."""

from __future__ import annotations

import json

import pytest

from analysis.errors import ConfigError
from analysis.evaluation import harness
from analysis.evaluation.blockfit import held_out, line_labels, part_pages, score
from analysis.measures.analysed import analyse
from analysis.output.summary import summarize
from analysis.paths import ROOT, SEED_ARTICLE
from analysis.text import blocks
from analysis.text.article import load_article

PAGE = ROOT / "tests" / "fixtures" / "pages" / "harbour_page.txt"
STORY = ("Dockworkers in the Port of Vell", "The union said", '"We did not want to strike', "Port managers said",
         "The city council welcomed")


@pytest.fixture(scope="module")
def page():
    return analyse(load_article(PAGE))


def test_a_copied_page_keeps_its_story_and_sets_the_rest_apart_with_reasons(page):
    article = page.article
    assert [p.text[:len(s)] for p, s in zip(article.paragraphs, STORY, strict=True)] == list(STORY)
    kinds = {x.text: x.kind for x in article.set_aside}
    assert kinds["Home"] == "navigation" and kinds["Subscribe"] == "promotion" and kinds["Reply"] == "navigation"
    assert kinds["Ana R."] == "page" and kinds["Comments (3)"] == "navigation"
    assert article.headline == "Port of Vell reopens after two-week strike" and article.byline == "By Nadia Keller"
    assert all("block model" in x.reason for x in article.set_aside)
    assert any(w.startswith("a copied web page:") for w in article.warnings)


def test_nothing_set_apart_reaches_the_measures(page):
    """No actor, statement or frame hit comes from a set-apart line (the related story names a mayor, the comment
    thread has a commenter and an opinion)."""
    body = [(p.start, p.end) for p in page.article.paragraphs]

    def inside(start, end) -> bool:
        return any(s <= start and end <= e for s, e in body)

    assert "Ida Brandt" not in page.actor_order and "Ana R." not in page.actor_order
    for table in (page.actor_mentions, page.quotes_table, page.frame_evidence, page.actor_labels):
        assert all(inside(int(r.start), int(r.end)) for r in table.itertuples()), table.columns[0]


def test_the_summary_carries_the_body_offsets_and_with_text_the_text(page):
    plain = summarize(page)["article"]
    assert plain["text"] is None
    full = summarize(page, with_text=True)["article"]
    rebuilt = [full["text"][b["start"]:b["end"]] for b in full["body"]]
    assert rebuilt == [p.text for p in page.article.paragraphs]
    json.dumps(full)  # plain data


@pytest.mark.parametrize("text", [
    SEED_ARTICLE.read_text(encoding="utf-8"),
    "A short article.\nIts lines are wrapped\nby hand at odd places\nbut they are prose that runs on\nto the end.\n",
    "Headline of a story\n\nBy Ann Lee\n\nThe first paragraph says what happened, and why it matters.\n",
])
def test_text_that_is_not_a_copied_page_is_never_judged(text):
    assert blocks.page_body(text) == ([], [])


def test_a_menu_makes_a_page():
    lines = "News\nSport\nWeather\nTravel\nVideo\n\nThe story begins here, and it goes on.\n"
    assert blocks.looks_like_page(lines, blocks.page_lines(lines))
    four = "News\nSport\nWeather\nTravel\n\nThe story begins here, and it goes on.\n"
    assert not blocks.looks_like_page(four, blocks.page_lines(four))


def test_a_long_menu_makes_a_page_without_a_link_word():
    """A page in another language has none of our English link words, but a run of twelve menu items in a row is
    a menu all the same; eleven are not enough (a list in an article)."""
    items = ["Notizie", "Moda", "Bellezza", "Casa", "Cucina", "Viaggi", "Motori", "Scienza", "Cultura", "Musica",
             "Cinema", "Oroscopo"]
    story = "\n\nLa storia comincia qui, e continua con molte parole per tutta la pagina.\n"
    menu = "\n".join(items) + story
    assert blocks.looks_like_page(menu, blocks.page_lines(menu))
    short = "\n".join(items[:-1]) + story
    assert not blocks.looks_like_page(short, blocks.page_lines(short))


STORY_LINES = [
    "Ferry crews on the northern route walked out on Tuesday morning, leaving hundreds of commuters on the quay.",
    "The crews' association said the operator had cut rest breaks twice this year without asking anyone at all.",
    "A spokesman for the operator said talks would resume on Thursday and that a spare boat would run meanwhile.",
]


def test_kept_lines_after_the_story_beyond_a_gap_are_set_apart():
    """Related stories with their summaries, kept by the model but separated from the story by a run of set-apart
    lines and with less prose than it, come after the article; an article that resumes after a caption (a short
    gap) or with as much prose again is the story's own, and a run above the story is left alone."""
    teaser = ["Market stalls return to the old square", "Traders were pleased with the first weekend of the year.",
              "Library extends its winter hours"]
    texts = ["Intro line kept above", *STORY_LINES, "Share", "Related", "More from the coast", *teaser]
    keep = [True] + [True] * 3 + [False] * 3 + [True] * 3
    after = blocks.after_story(texts, keep)
    assert sorted(after) == [7, 8, 9] and all("after the article" in why for why in after.values())
    two_gaps = [*STORY_LINES, "Advertisement", "Photo credit line", *teaser]
    assert blocks.after_story(two_gaps, [True] * 3 + [False] * 2 + [True] * 3) == {}
    resumed = [*STORY_LINES[:2], "Share", "Related", "More", *STORY_LINES[2:], *STORY_LINES[:1]]
    assert blocks.after_story(resumed, [True] * 2 + [False] * 3 + [True] * 2) == {}
    above = [*teaser, "Menu", "Home", "Sport", *STORY_LINES]
    assert blocks.after_story(above, [True] * 3 + [False] * 3 + [True] * 3) == {}


def test_summaries_cut_short_are_not_the_story_however_long():
    """A list of other stories whose summaries end with an ellipsis is not the story, even with more words."""
    cut = [f"The {w} ferry company announced on Monday that it would add two boats and more crews to the route..."
           for w in ("northern", "southern", "eastern", "western", "island", "harbour")]
    texts = [*STORY_LINES, "Share", "Related", "More", *cut]
    after = blocks.after_story(texts, [True] * 3 + [False] * 3 + [True] * 6)
    assert sorted(after) == list(range(6, 12))


def test_a_line_the_model_is_unsure_of_stays_only_as_a_sentence():
    texts = ["Harbour wall to be finished by spring", STORY_LINES[0], "Calder Ferries", "Market stalls return",
             "Talks resume on Thursday."]
    p = [0.50, 0.50, 0.52, 0.90, 0.40]
    keep = [True, True, True, True, False]
    found = blocks.unsure(texts, p, keep)
    assert sorted(found) == [0, 2] and all("unsure" in why for why in found.values())


def test_a_model_for_other_features_is_refused(tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps({"features": ["log_words"]}), encoding="utf-8")
    with pytest.raises(ConfigError, match="fitted on other features; run make train-blocks"):
        blocks.load_model(bad)


def test_the_benchmark_metric_and_the_line_labels():
    gold = "one two three four five six seven"
    assert score([(gold, gold)]) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    half = score([("one two three four menu", gold)])
    assert half["precision"] == 0.5 and half["recall"] == 0.25  # 1 of 2 predicted, 1 of 4 gold 4-grams
    assert score([("", gold)])["recall"] == 0.0
    raw = "Menu\none two three four five\nHome"
    assert line_labels(raw, blocks.page_lines(raw), gold) == [0, 1, 0]


def test_an_interviews_turn_labels_are_the_article():
    """Q:, A: and a speaker's name before a colon are the body of an interview, not furniture."""
    from analysis.text.article import segment

    turns = ["Q: How long did the strike last?", "A: Two weeks, and it felt much longer for everyone at the port.",
             "Q: Was it worth it?", "A: Yes. We won a raise of six percent and fewer night shifts, which matters.",
             "MARTA OLIN: I would do it again if we had to, but I hope we never need to."]
    text = ("Home\nWorld\nPolitics\nBusiness\nSport\nWeather\n\nPort of Vell reopens after strike\n\n"
            "Marta Olin has loaded ships in the Port of Vell for eleven years. We spoke to her on Monday.\n\n"
            + "\n\n".join(turns) + "\n\nShare\nFacebook\nTwitter\n")
    spans, aside, _ = segment(text)
    assert [text[s:e] for s, e in spans][1:] == turns
    assert {a.text for a in aside} >= {"Home", "Weather", "Share", "Twitter"}


def test_a_saved_page_in_a_script_without_spaces_is_read_and_warned(tmp_path):
    """Japanese text has no spaces between words: its paragraphs are counted in characters, so the page is read
    (not refused as 'navigation only'), and it keeps the warning that the text is not English."""
    paragraph = "港の労働者たちは二週間のストライキを終えて月曜日に仕事へ戻り、沖で待っていた多くの船が荷揚げを始めた。"
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>港が再開</title></head><body><article><h1>港が再開</h1><p>{paragraph}</p>"
                    f"<p>{paragraph}</p></article></body></html>", encoding="utf-8")
    article = load_article(page)
    assert paragraph in article.raw
    assert any("probably not English" in w for w in article.warnings)


def test_a_copied_page_without_an_article_is_a_one_line_error(tmp_path, capsys):
    from analysis.output.cli import main

    menu = tmp_path / "menu.txt"
    menu.write_text("Home\nNews\nSport\nWeather\nVideo\nShare\nSign in\n", encoding="utf-8")
    assert main(["summarize", str(menu)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "menu.txt" in err[0] and "no article text found in this copied web page" in err[0]


COMMENTS = ["Posted by", "mira_k", "3 days ago at 9:14 am",
            "The ferry was late again on Friday and nobody told us why, which is the real problem here.",
            "Tobi", "2 days ago", "Rest breaks matter. I would walk out too if my employer did this to me twice.",
            "harbourfan", "an hour ago", "Spare boat my foot. It broke down in the spring and again in the summer."]


def test_a_comment_thread_after_the_story_is_set_apart_by_its_time_stamps():
    """Three lines that are only a time stamp below the story make a comment thread from the first of them (with the
    commenter's name above it), however much prose the comments hold; the story above stays."""
    texts = [*STORY_LINES * 2, *COMMENTS]
    keep = [True] * len(texts)
    found = blocks.comment_thread(texts, keep)
    assert sorted(found) == list(range(6, len(texts))) and all("comment thread" in w for w in found.values())
    assert blocks.comment_thread(texts[:-3], keep[:-3]) == {}  # two stamps: not a thread
    assert blocks.comment_thread([*COMMENTS, *STORY_LINES], [True] * 13) == {}  # no story above the stamps


def test_a_live_blogs_times_of_day_make_no_thread():
    texts = [*STORY_LINES, "10:32", STORY_LINES[0], "11:05", STORY_LINES[1], "11:40", STORY_LINES[2]]
    assert blocks.comment_thread(texts, [True] * len(texts)) == {}


def test_kept_lines_far_above_the_story_are_set_apart():
    """What the model keeps above ten or more set-apart lines, with less than half the prose kept below them, is a
    sidebar; a lead paragraph above a short gap (a photo and its credit) stays."""
    teaser = ["Ten cheap places to eat by the harbour", "Festival tickets on sale now at the old customs house."]
    texts = [*teaser, *[f"Menu item {i}" for i in range(12)], *STORY_LINES, *STORY_LINES]
    keep = [True, True] + [False] * 12 + [True] * 6
    found = blocks.before_story(texts, keep)
    assert sorted(found) == [0, 1] and all("above the article" in w for w in found.values())
    lead = [STORY_LINES[0], "Photo", "Credit: Ana Lind", "Share", *STORY_LINES[1:], *STORY_LINES]
    assert blocks.before_story(lead, [True, False, False, False] + [True] * 5) == {}
    big = [*STORY_LINES, *[f"Menu item {i}" for i in range(12)], *STORY_LINES[:2]]
    assert blocks.before_story(big, [True] * 3 + [False] * 12 + [True] * 2) == {}


def test_headlines_below_a_related_label_are_set_apart_until_the_story_resumes():
    """A related-stories label, kept or not, makes the kept headline-shaped lines after it links (with the
    label); the first sentence line ends the list, and a headline-shaped line far below the label stays."""
    texts = [STORY_LINES[0], "Related articles", "Calder opens its new ferry terminal",
             "Harbour fees to rise as fuel costs climb...", STORY_LINES[1], "Harbour Wall", STORY_LINES[2]]
    keep = [True, False, True, True, True, True, True]
    found = blocks.related_links(texts, keep)
    assert sorted(found) == [2, 3] and all("list of other stories" in w for w in found.values())
    assert sorted(blocks.related_links(texts, [True] * 7)) == [1, 2, 3]
    quoted = [STORY_LINES[0], "More:", "Lena Sorg on making 'Harbour Lights'", "Calder's new ferry", STORY_LINES[1]]
    assert sorted(blocks.related_links(quoted, [True] * 5)) == [1, 2, 3]  # a headline may end with a quoted title
    far = [STORY_LINES[0], "More:", *["Share"] * 7, "Harbour Wall", STORY_LINES[1]]
    assert blocks.related_links(far, [True, True] + [False] * 7 + [True, True]) == {1: blocks.RELATED_REASON}



@pytest.mark.parametrize("label", ["Explore further", "You may also like...", "Next Up In Coast & Weather",
                                   "Other great harbour stories", "Up next", "Leia também:", "Читайте также",
                                   "Editors' Picks", "Материалы по теме"])
def test_more_related_labels_introduce_a_list_of_links(label):
    texts = [*STORY_LINES, label, "Calder opens its new ferry terminal", "Harbour fees to rise as fuel costs climb"]
    assert sorted(blocks.related_links(texts, [True] * 6)) == [3, 4, 5]


def _webpages(folder):
    """A tiny invented webpages folder: page-0 fits, page-3 is held out (by the hash of the id)."""
    (folder / "pasted").mkdir()
    stories = {"page-0": "The ferry to the island of Vell runs again after a week of storms, the harbour office said.",
               "page-3": "The bakery on Quay Street opened a second shop near the station, its owner said on Monday."}
    (folder / "ground-truth.jsonl").write_text("".join(json.dumps({"id": k, "url": "", "articleBody": v}) + "\n"
                                                       for k, v in stories.items()), encoding="utf-8")
    for k, v in stories.items():
        (folder / "pasted" / f"{k}.txt").write_text(v + "\n", encoding="utf-8")
    return folder


def test_the_fitting_part_reads_no_held_out_page_and_is_never_recorded(tmp_path, capsys):
    assert not held_out("page-0") and held_out("page-3")
    pages = [{"id": "page-0"}, {"id": "page-3"}]
    assert [p["id"] for p in part_pages(pages, "fitting")] == ["page-0"]
    assert [p["id"] for p in part_pages(pages, "held_out")] == ["page-3"]
    assert [p["id"] for p in part_pages(pages, "all")] == ["page-0", "page-3"]
    folder = _webpages(tmp_path)
    assert harness.main(["webpages", str(folder), "--part", "fitting"]) == 0
    out = capsys.readouterr().out
    assert "**fitting pages**, 1 pages" in out and "held-out" not in out and "of the 1 fitting pages" in out
    assert harness.main(["webpages", str(folder), "--part", "fitting", "--record"]) == 2
    assert "--record needs the whole recorded part" in capsys.readouterr().err


def test_captions_credits_newsletter_prompts_and_tickers_are_set_apart_by_their_words():
    """Kept lines whose words say what they are: a caption ("This ... image ... shows", "... took this photo",
    "Above:") with the short credit right under it, a newsletter prompt and a ticker of teasers run together; a
    story's sentence about a photo, a short line under a story's sentence and a quotation with one ellipsis stay."""
    ticker = ("Ferry fares rise on the northern route Calder: The operator said on Monday that fares would rise by... "
              "Library opens on Sundays Lindholm: The town library will open its doors on... "
              "Market returns to the square Vell: Traders set up their stalls again for the first time since... "
              "Harbour wall finished")
    texts = [
        STORY_LINES[0],
        "This aerial photo taken by the harbour office shows the quay on the morning of the strike.",  # 1 caption
        "Harbour Office",                                                                          # 2 its credit
        "Ferry engineer Ole Brandt took this picture of the northern route in March.",             # 3 caption
        "Above: commuters waiting at the quay in Calder.",                                         # 4 caption
        STORY_LINES[1],
        "Get the morning briefing delivered to your inbox every weekday.",                         # 6 prompt
        "Sign up and the stories you missed reach your inbox each morning.",                        # 7 prompt
        ticker,                                                                                    # 8 ticker
        "A photo in the crews' letter shows the quay empty at dawn, the spokesman said.",          # stays
        "The Calder Courier",                                                                      # stays
        '"We waited... We waited again... and we are still waiting," one commuter said.',          # stays
        "The harbour office newsletter now reaches 2,000 homes in Calder.",                         # stays
        "The ferry union sent a newsletter to members urging them to get out and vote on Friday.",  # stays
        "\u201cWe rowed... We bailed... We rowed Again... Then the lights came,\u201d the skipper said.",  # stays
        "\u201cWe will keep the route,\u201d the operator wrote in its newsletter to you and others.",  # stays
        "» Calder opens its new ferry terminal",                                                    # 16 link
        "»Wir bleiben hier«, sagte eine Pendlerin am Kai",                                          # stays
        STORY_LINES[2],
    ]
    found = blocks.notices(texts, [True] * len(texts))
    assert sorted(found) == [1, 2, 3, 4, 6, 7, 8, 16]
    assert [blocks.NOTICE_KINDS[found[i]] for i in sorted(found)] == ["caption"] * 4 + ["promotion"] * 2 + [
        "navigation"] * 2
    assert blocks.notices(texts, [False] * len(texts)) == {}  # only kept lines: the model's own reasons stand


def test_a_caption_and_a_newsletter_prompt_on_a_copied_page_are_set_apart_with_their_kind(tmp_path):
    raw = PAGE.read_text(encoding="utf-8")
    story = "The union said its members"
    caption = "This photo taken on Monday shows dockworkers walking back through the gates of the Port of Vell."
    prompt = "Our readers get the port's shipping news delivered to your inbox each morning."
    page = raw.replace(story, f"{caption}\n\n{prompt}\n\n{story}")
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    article = load_article(path)
    kinds = {x.text: x.kind for x in article.set_aside}
    assert kinds[caption] == "caption" and kinds[prompt] == "promotion"
    assert [p.text[:len(s)] for p, s in zip(article.paragraphs, STORY, strict=True)] == list(STORY)


def test_a_run_of_names_is_a_list_not_the_story():
    """A staff list, tags or a menu of names the model kept (three or more items of two to four capitalised words in
    a run of such lines) is set apart; a story's lists stay: dates and places with digits, items in lower case, two
    names alone, a sentence between names."""
    staff = ["Editorial", "Mira Holt", "Tomas Brek", "Ana Lind", "Operations", "Ole Brandt", "Pia Strand"]
    texts = [*STORY_LINES, *staff, STORY_LINES[0]]
    found = blocks.name_lists(texts, [True] * len(texts))
    assert sorted(found) == list(range(3, 10)) and blocks.NOTICE_KINDS[found[3]] == "navigation"
    assert blocks.name_lists(texts, [True] * 3 + [False] * 7 + [True]) == {}  # only kept lines
    stays = [
        [*STORY_LINES, "June 19 – Calder Hall", "June 20 – Vell Arena", "June 23 – Lindholm Park"],
        [*STORY_LINES, "Fresh bread", "Two eggs", "Sea salt"],
        [*STORY_LINES, "Mira Holt", "Tomas Brek", STORY_LINES[1]],
        [*STORY_LINES, "Mira Holt", "Tomas Brek", "The crews voted on Monday.", "Ana Lind", "Ole Brandt"],
        [*STORY_LINES, "Three towns have joined the scheme so far:", "New Calder", "Port Vell", "North Lindholm"],
    ]
    for lines in stays:
        assert blocks.name_lists(lines, [True] * len(lines)) == {}, lines


SINGLE_SPACED_STORY = [
    "A ferry promised to the island of Morra three years ago will not sail before the summer, the operator has "
    "admitted.",
    "Work on the new vessel stopped in May after engineers found that its hull was thinner than the plans had said.",
    "Councillor Ruth Emsley, who speaks for the islanders on transport, said the delay was \"a blow to every "
    "family here\".",
    "\"We would rather wait for a safe boat than hurry an unsafe one,\" she said at a meeting in the harbour hall.",
    "Islanders on the north shore say they have been left to cross in fishing boats. Dan Whitlow, who runs the "
    "island's shop, said he had paid for his own deliveries all winter.",
    "\"They keep telling us next month. Nobody here believes it any more,\" he told the local radio station.",
    "The coastguard said a temporary service would run twice a week from the mainland from the start of April.",
    "A spokesperson for the shipyard, Calder Marine, said the firm was \"working with the operator on a new date\".",
]


def test_a_page_pasted_single_spaced_keeps_every_paragraph_of_its_story():
    """Pasted without blank lines, menus and story alike single-spaced: the block model, fitted on pages whose
    paragraphs a blank line sets apart, would judge the later paragraphs furniture; the story's sentence lines in
    the densest run of prose stay."""
    top = ["Island ferry 'will not sail before summer'", "2 hours ago", "Share", "Save", "Nell Carrow",
           "Island News, Morra", "Image caption, The old ferry tied up at Morra harbour in March", "Nordpix"]
    end = ["Related topics", "Morra", "Ferries", "More on this story", "Storm cancels island crossings for a week"]
    text = "\n".join([*top, *SINGLE_SPACED_STORY, *end]) + "\n"
    lines = blocks.page_lines(text)
    assert blocks.looks_like_page(text, lines)
    kept, _ = blocks.page_body(text)
    assert [text[s:e] for s, e in kept if text[s:e] in SINGLE_SPACED_STORY] == SINGLE_SPACED_STORY
