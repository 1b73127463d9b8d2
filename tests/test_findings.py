from __future__ import annotations

import json
import re

import pytest

from analysis.measures.analysed import analyse
from analysis.measures.sentiment import label as label_of
from analysis.paths import ROOT
from analysis.present import accuracy, findings, stance_findings
from analysis.present.wording import bold_possessive, possessive
from analysis.text.article import load_article

QUIET = ROOT / "tests" / "fixtures" / "articles" / "quiet_day.txt"
ALL = [
    findings.load_and_inspect, findings.readability, findings.sentiment, findings.entities_and_actors,
    findings.quotes_and_voices, lambda a: findings.stance_and_framing(a, ["Russia", "Taliban"]),
]


def test_seed_findings_quote_computed_numbers(seed, seed_analysis):
    assert "**8 paragraphs**, **16 sentences** and **426 words**" in findings.load_and_inspect(seed_analysis)
    assert f"{seed.quoted_words / len(seed.words):.1%}" in findings.load_and_inspect(seed_analysis)
    assert "Only **Sergei Lavrov** is quoted directly: 59 words" in findings.quotes_and_voices(seed_analysis)
    assert "*like* (+1.50, a preposition)" in findings.sentiment(seed_analysis)
    assert "**Taliban**: 7 mentions, never quoted directly" in findings.stance_and_framing(seed_analysis, ["Taliban"])


@pytest.mark.parametrize("make", ALL)
def test_every_findings_function_handles_an_article_without_quotes_or_people(make):
    text = make(analyse(load_article(QUIET)))
    assert text.startswith("- ") and "nan" not in text and "None" not in text


@pytest.mark.parametrize(("name", "expected"), [
    ("United Nations", "United Nations'"), ("Reuters", "Reuters'"), ("Russia", "Russia's"), ("the US", "the US's"),
    ("UNHCR", "UNHCR's"), ("Sergei Lavrov", "Sergei Lavrov's"), ("Kesh", "Kesh's"),
    ("The witness", "the witness's"), ("the boss", "the boss's"), ("he", "his"), ("I", "my"),
])
def test_possessives_follow_news_style(name, expected):
    assert possessive(name) == expected
    assert bold_possessive(name).replace("*", "") == expected


def test_each_short_marked_phrase_gets_the_packages_one_decision_and_its_doubt(write):
    a = analyse(load_article(write(
        "The mayor said the plan would 'transform' the harbour by next spring.\n\n"
        "Ann Lee said: “We will rebuild the old bridge before the winter comes.”\n\n"
        "Work on the 'old bridge' stopped in May. The so-called 'reform' passed on Tuesday.\n\n"
        "She wrote “The Long Road” last year. Lee said: “They call it the 'new deal' here and we all agree.”")))
    text = findings.marked_phrases(a)
    lines = text.splitlines()
    assert len(lines) == 5
    assert lines[0].startswith("- *'transform'* (paragraph 1): a **partial quotation**")
    assert "reported statement" in lines[0] and "the text alone cannot settle which" in lines[0]
    assert lines[1].startswith("- *'old bridge'* (paragraph 3): a **partial quotation**, Ann Lee's words")
    assert "direct quotation" in lines[1] and "cannot settle" not in lines[1]
    assert lines[2].startswith("- *'reform'* (paragraph 3): a **scare quote**")
    assert lines[3].startswith("- *'The Long Road'* (paragraph 4): read as the title of a work")
    assert lines[4].startswith("- *'new deal'* (paragraph 4): marked inside a direct quotation")
    counted = findings.load_and_inspect(a)
    assert ("5 short marked phrase(s): 2 partial quotation(s) of a source, 1 inside a direct quotation, 1 scare"
            in counted)


def test_no_short_marked_phrase_says_so(write):
    a = analyse(load_article(write("Ann Lee said: “We will rebuild the old bridge before the winter comes.”")))
    assert findings.marked_phrases(a).startswith("No short marked phrases")


def test_notebooks_that_mention_marked_phrases_show_the_same_decision(seed_analysis):
    decision = findings.marked_phrases(seed_analysis)
    for name in ("01-load-and-inspect", "03-sentiment", "05-quotes-and-voices"):
        cells = json.loads((ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"]
        shown = ["".join(o.get("data", {}).get("text/markdown", "")) for c in cells if c["cell_type"] == "code"
                 for o in c["outputs"]]
        assert decision in shown, name
        prose = " ".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        assert "scare-quote candidate" not in prose and "scare-quoted" not in prose, name


def test_a_name_the_article_writes_with_the_keeps_it(write):
    """'the Northern League's words', as the article writes the name; 'Russia's' without."""
    text = ("The Northern League warned of a 'grave crisis' in the valley on Monday.\n\n"
            "Russia said the plan would 'stabilise' the region.\n")
    lines = findings.marked_phrases(analyse(load_article(write(text))))
    assert "the Northern League's words" in lines and "inside the Northern League's reported statement" in lines
    assert "Russia's words" in lines and "the Russia" not in lines


TONE_ARTICLES = {
    "business": (  # a chief executive named five times (twice introducing her own words, quoted or reported with
        # no scored word of the writer's around them), a bank twice, a news agency twice, a city once
        "Northwind Freight reported record profits on Monday, Reuters reported. Chief executive Dana Whitfield "
        "praised the staff for a superb year. “We built something wonderful,” Whitfield said, Reuters reported.\n\n"
        "Analysts at Halden Bank criticised the company's weak cash flow and warned of losses. Halden Bank expects "
        "a terrible quarter. Whitfield dismissed the warning, investors backed Whitfield and the board thanked "
        "Whitfield. Detroit welcomed the "
        "news."
    ),
    "sports": (  # nobody named three times
        "Riverside United beat Ashford Town 3-0 on Saturday, the Associated Press reported. Coach Marta Silva "
        "hailed a brilliant performance. “The players were magnificent,” Silva said.\n\n"
        "Ashford Town's manager, Tom Reed, was furious after the defeat. Reed blamed the referee for a terrible "
        "decision. Riverside celebrated in the streets."
    ),
}


@pytest.mark.parametrize(("kind", "named"), [("business", {"Dana Whitfield"}), ("sports", set())])
def test_tone_is_read_only_for_people_and_organisations_with_three_mentions(write, kind, named):
    """Never a news agency, a place or an actor named once or twice; in words, how far to trust it."""
    a = analyse(load_article(write(TONE_ARTICLES[kind])))
    lines = [line for line in findings.entities_and_actors(a).splitlines()
             if "narration around" in line or "Tone towards" in line]
    assert len(lines) == 2
    for line in lines:
        head = line.split("(left out")[0] + line.split("):", 1)[-1] if "(left out" in line else line
        bold = set(re.findall(r"\*\*([^*]+)\*\*", head))
        assert bold == named, line
    towards = lines[1]
    if named:
        error, f1 = accuracy._tone_error(accuracy.ACCURACY)  # as recorded by `make accuracy`
        assert f"{accuracy._in_words(error)} wrong (macro-F1 {f1:.2f}), so expect about {round(3 * error)} of " \
            "Dana Whitfield's 3" in towards
        assert "news agency (a channel): Reuters; place: Detroit" in towards
    else:
        assert "No person or organisation has 3 or more scored mentions, so no tone towards an actor is read" \
            in towards
        assert "news agency (a channel): Associated Press" in towards
        line = findings.stance_and_framing(a, ["Tom Reed"])
        scored = int(a.readable_tone.set_index("actor").loc["Tom Reed", "scored"])
        assert f"the tone towards it is not read ({scored} scored mention(s), fewer than 3)" in line
        assert "averages" not in line.split("**Tom Reed**")[1]


NEVER_HEARD_ARTICLES = {
    "trade": (
        "Delegations met for trade talks in Moscow on Monday, hosted by the Harbour Trade Council. The Harbour "
        "Trade Council said the talks would continue in spring.\n\n"
        "The envoy Maria Lopez attended every session with her deputy, Tom Reed. Nordic Lines, Pacific Freight, "
        "Andes Mining, Baltic Cargo Ltd and the Atlas Shipping Group sent observers from Kabul.\n"
    ),
    "school": (
        "Principal Omar Haddad closed the school in Kabul for a week after the storm. Parents praised the "
        "decision, according to the Kabul Parents Union.\n\n"
        "The district's engineer, Lena Holm, inspected the roof. Teachers and the city fire service cleared the "
        "yard.\n"
    ),
}


@pytest.mark.parametrize("kind", ["trade", "school"])
def test_never_heard_lists_people_first_no_venue_and_says_how_many_are_left(write, kind):
    a = analyse(load_article(write(NEVER_HEARD_ARTICLES[kind])))
    line = next(x for x in findings.quotes_and_voices(a).splitlines() if "never heard" in x)
    names = re.findall(r"\*\*([^*]+)\*\*", line)
    silent = findings.never_heard(a)
    people = set(silent.loc[silent["person"], "actor"])
    assert people and names[: len(people)] == sorted(people, key=names.index), line  # people come first
    assert "Moscow" not in names and "Kabul" not in names  # a city of the codebook is a venue, not a voice
    left = len(silent) - len(names)
    assert (f"and {left} more not listed" in line) == (left > 0)


def test_a_model_frame_just_over_its_threshold_is_called_borderline(seed_analysis):
    scores = seed_analysis.frame_scores
    model = scores[scores["present"] & (scores["method"] == "model")]
    text = findings.stance_and_framing(seed_analysis, [])
    near = model[model["probability"] < model["threshold"] + stance_findings.BORDERLINE]
    for r in model.itertuples():
        called = f"{r.name} (p = {r.probability:.2f} against {r.threshold:.2f}; borderline;" in text
        assert called == (r.frame in set(near["frame"]))
    assert (f"({len(near)} borderline" in text) == bool(len(near))


def test_a_paragraph_whose_reading_the_correction_changes_is_led_by_the_corrected_reading(seed_analysis):
    p = seed_analysis.paragraph_sentiment
    top = p.loc[p["compound"].idxmax()]
    text = findings.sentiment(seed_analysis)
    changed = label_of(top["corrected_compound"]) != top["label"]
    assert (f"Paragraph {top['paragraph']} reads " in text) == changed
    assert (f"The most positive paragraph is {top['paragraph']}" in text) == (not changed)


def test_marked_phrases_read_as_quotations_are_named_beside_the_writers_distance_markers(seed_analysis):
    partial = int((seed_analysis.quotes_table["kind"] == "partial").sum())
    text = findings.stance_and_framing(seed_analysis, [])
    assert (f"the {partial} phrase(s) in quotation marks" in text) == bool(partial)


def test_the_narration_ranking_says_when_the_corrected_line_reverses_it(write):
    """Hill's sentences read negative only through event words (disaster, crisis, attack) and Lind's positive only
    through *like* as a preposition: on the corrected line the order flips, and the finding says to read
    neither as the most negative or positive."""
    text = ("Kell council debates the harbour plan\n\n"
            "Mayor Ana Lind spoke about groups like the harbour union at a dull council meeting on Monday.\n\n"
            "Lind met groups like the fishers' guild and the ferry crews in the evening.\n\n"
            "Lind will visit groups like the dock workers in the town next week.\n\n"
            "Tom Hill visited the town after the disaster on Monday.\n\n"
            "Hill toured the crisis zone with the fire crews.\n\n"
            "Hill spoke about the attack on the harbour office.\n")
    line = next(x for x in findings.entities_and_actors(analyse(load_article(write(text)))).splitlines()
                if "reads most negative" in x)
    assert "around **Tom Hill** reads most negative" in line and "around **Ana Lind** most positive" in line
    found = re.search(r"the narration around them averages ([-+]\d\.\d+) and ([-+]\d\.\d+); the order does not "
                      r"hold there", line)
    assert found and float(found.group(1)) >= float(found.group(2)), line


def test_a_present_frame_with_no_word_of_the_lexicon_is_marked_unconfirmed_in_the_count(seed_analysis):
    """A frame the model calls present with no hit of the frame lexicon in the text rests on the model alone:
    the count of present frames says how many and which, so "7 present" does not read as seven frames used."""
    scores = seed_analysis.frame_scores
    alone = scores[scores["present"] & (scores["method"] == "model") & (scores["hits"] == 0)]
    text = findings.stance_and_framing(seed_analysis, [])
    said = re.search(r"(\d+) on the model alone, with no word of the frame lexicon in the text \(([^)]*)\): "
                     r"unconfirmed", text)
    if len(alone):
        assert said and int(said.group(1)) == len(alone) and said.group(2) == ", ".join(alone["name"])
    else:
        assert said is None


def test_a_distance_marker_near_an_actor_says_whose_it_is(seed_analysis):
    """A speaker's hedge in a sentence that mentions an actor is counted near it; the line says whose hedge it
    is, so it does not read as the writer keeping a distance from the actor."""
    markers = seed_analysis.distance_markers
    text = findings.stance_and_framing(seed_analysis, list(seed_analysis.actor_order))
    for m in markers.itertuples():
        whose = "the writer's" if m.voice == "writer" else possessive(m.voice)
        shown = m.text if m.kind == "distancing_cue" else seed_analysis.article.raw[m.start:m.end]
        assert f"{whose} *{shown}*, {stance_findings.MARKER_KINDS[m.kind]}" in text
    assert "0 distance marker(s) nearby." in text or not len(markers)


def test_the_frame_heatmap_title_gives_the_densest_cells_hits_beside_its_rate(seed_analysis):
    """The cells are rates per 100 words; the title gives the densest cell's count of hits too, so "12" is not
    read as twelve words."""
    import matplotlib.pyplot as plt

    from analysis.present import plots

    fig = plots.plot_frame_heatmap(seed_analysis)
    title = " ".join((fig.axes[0].get_title(loc="left") + " " + fig.axes[0].get_title()).split())
    plt.close(fig)
    e = seed_analysis.frame_evidence
    found = re.search(r"Densest: (.+) in paragraph (\d+) \((\d+) per 100 words: (\d+) hits?\)", title)
    assert found, title
    frame = next(f for f, n in plots.FRAMES.items() if n == found.group(1))
    assert int(found.group(4)) == int(((e["frame"] == frame) & (e["paragraph"] == int(found.group(2)))).sum())


def test_a_word_that_is_both_a_distancing_word_and_verb_counts_once_near_its_actor(write):
    """"Ruiz claimed the audit was rigged": *claimed* is listed as a distancing word and as the distancing verb
    of Ruiz's statement; near Ruiz it is one marker, the writer's."""
    a = analyse(load_article(write("Kell audit row\n\nMayor Ana Ruiz claimed the audit was rigged by her rivals."
                                   "\n\nRuiz will face the council again on Monday.\n")))
    assert set(a.distance_markers["kind"]) == {"distancing", "distancing_cue"}  # the case this test is about
    line = next(x for x in findings.stance_and_framing(a, ["Ana Ruiz"]).splitlines() if x.startswith("- **Ana"))
    assert "1 distance marker(s) nearby (the writer's *claimed*, a distancing word)" in line, line


def test_a_lexicon_frames_most_repeated_words_are_shown_with_their_counts(write):
    """A frame the lexicon decides shows its most repeated words of evidence with counts, so a density built on
    one event's nouns (talks, meetings) can be seen as that."""
    text = ("Kell and Varno hold border talks\n\n"
            "Kell hosted talks with Varno on Monday, the first meeting of the two delegations in ten years.\n\n"
            "The talks covered the border crossing and fishing rights, and a second meeting is planned for May.\n\n"
            "Diplomats from both sides said the talks had been useful, and envoys will prepare a summit.\n")
    said = findings.stance_and_framing(analyse(load_article(write(text))), [])
    assert "Diplomacy and legitimacy (lexicon rule, 4 word(s) of evidence, most often *talk* 3, *meeting* 2, " \
           "*delegation* 1)" in said


def test_the_hardest_paragraph_says_when_it_is_mostly_a_quotation(write):
    """A paragraph that is mostly a speaker's words is hard in the speaker's words: the readability line says
    what share of it is quoted, as the hardest sentence's line does."""
    text = ("Kell council budget\n\n"
            "The council met on Monday.\n\n"
            "\u201cNotwithstanding the considerable administrative complications accompanying intergovernmental "
            "reorganisation, municipal infrastructure rehabilitation necessitates comprehensive multilateral "
            "consultation,\u201d said the treasurer, Ana Lind.\n\n"
            "The vote is next week.\n")
    line = next(x for x in findings.readability(analyse(load_article(write(text)))).splitlines()
                if "the hardest (" in x)
    assert re.search(r"paragraph 2 the hardest \([-0-9.]+, \d+% of its words in direct quotations\)", line), line


def test_a_label_of_low_confidence_is_said_in_words_not_with_a_question_mark(seed_analysis):
    """The stance table marks a label the rules chose among several actors with " (?)"; the findings a reader
    sees say what it means instead."""
    table = seed_analysis.stance_table
    low = [x for labels in table["writer_labels"] for x in labels if "(?)" in x]
    text = stance_findings.stance_and_framing(seed_analysis, list(table["actor"][:4]))
    assert low and "(?)" not in text
    assert "(it may mean another actor)" in text
