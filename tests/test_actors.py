from __future__ import annotations

import math

from analysis.measures.analysed import analyse
from analysis.output.summary import actors_section, entities_section
from analysis.text.article import load_article


def labels_of(a, actor):
    t = a.actor_labels
    return t[t["actor"] == actor]


def test_taliban_is_named_by_descriptors_and_name_phrases(seed_analysis):
    texts = set(labels_of(seed_analysis, "Taliban")["text"])
    assert {"the hardline Islamist group", "the new administration", "the militants", "the Taliban regime",
            "the Taliban delegation"} <= texts


def test_titles(seed_analysis):
    assert "Russia’s foreign minister" in set(labels_of(seed_analysis, "Sergei Lavrov")["text"])
    assert "news agency" in set(labels_of(seed_analysis, "AFP")["text"])
    assert "Afghanistan's deputy prime minister" in set(labels_of(seed_analysis, "Abdul Salam Hanafi")["text"])


def test_labels_have_offsets_and_voice(seed, seed_analysis):
    t = seed_analysis.actor_labels
    for r in t.itertuples():
        assert seed.raw[r.start : r.end] == r.text
        q = seed_analysis.quotes_table
        around = q[(q["start"] <= r.start) & (q["end"] >= r.end)]
        own = around[around["kind"].isin(["direct", "partial", "turn"])]
        reported = around[around["kind"] == "indirect"]
        expected = ("quoted" if len(own) or seed.in_direct_quote(r.start, r.end) else
                    "paraphrase" if len(reported) else "writer")
        assert r.voice == expected
        spoken = own if len(own) else reported
        assert (r.speaker is None) == (r.voice == "writer" or spoken["speaker"].isna().all())


def test_clause_subject_is_never_the_descriptors_referent(write):
    text = "Russia urged the world to provide assistance to the country. Afghanistan needs help."
    t = analyse(load_article(write(text))).actor_labels
    row = t[t["text"] == "the country"]
    assert row["actor"].tolist() in ([], ["Afghanistan"])
    assert "Russia" not in row["actor"].tolist()


def test_quoted_label(write):
    text = '"The Taliban regime must be recognised now," Lavrov said.'
    t = labels_of(analyse(load_article(write(text))), "Taliban")
    assert t["voice"].tolist() == ["quoted"]


def test_targeted_sentiment_is_mean_of_mentioning_sentences(seed, seed_analysis):
    ts = seed_analysis.targeted_sentiment.set_index("actor")
    s = seed_analysis.sentence_sentiment.set_index("sentence")
    # Lavrov: sentences 2, 3, 5, 9
    assert ts.loc["Sergei Lavrov", "sentences"] == 4
    assert math.isclose(ts.loc["Sergei Lavrov", "narration"], s.loc[[2, 3, 5, 9], "narration_compound"].mean())
    assert math.isclose(ts.loc["Sergei Lavrov", "quoted"], s.loc[[3, 9], "quoted_compound"].mean())
    assert math.isnan(ts.loc["Taliban", "quoted"])


def test_json_shapes(seed, seed_analysis):
    ents = entities_section(seed_analysis)
    assert set(ents[0]) == {"name", "label", "count", "aliases", "first_paragraph"}
    actors = actors_section(seed_analysis)
    assert next(iter(actors)) == "Taliban"
    tal = actors["Taliban"]
    assert tal["mentions"] == 7 and tal["paragraphs"] == [1, 6, 8]
    assert {"text", "voice", "start", "end"} <= set(tal["labels"][0])
    assert tal["sentiment"]["quoted"] is None and isinstance(tal["sentiment"]["narration"], float)


def test_actor_table(seed, seed_analysis):
    t = seed_analysis.actor_table
    assert t.iloc[0]["actor"] == "Taliban"
    assert "the Taliban regime" in t.iloc[0]["writer_labels"]


def test_a_descriptor_naming_territory_goes_to_the_place_and_a_close_call_is_marked(write):
    text = ("France sent troops to Belgium last week. Thousands fled the country as France advanced.\n\n"
            "France has not explained the takeover of the country.")
    labels = analyse(load_article(write(text))).actor_labels
    country = labels[labels["text"] == "the country"]
    assert country["actor"].tolist() == ["Belgium", "Belgium"]  # a place, not the state acting beside it
    assert set(country["confidence"]) == {"low"}


LONG_FORMS = ("Talks between Dorvia and the Republic of Vell ended in Geneva on Friday.\n\n"
              "Vell's chief negotiator Ida Marr said the offer was fair.\n\n"
              "Brazil's new government rejected the plan, and Brazil's rivers are low, officials said.\n\n"
              "The talks will resume in May, Vell said.\n")


def test_possessors_long_forms_and_apposed_titles(write):
    """A state's long form is one actor with its short form; a name apposed to a title noun takes the title
    ("Vell's chief negotiator" Ida Marr, not a label of Vell); a possessor of a descriptor noun is named by it
    ("Brazil's new government"), of any other noun not ("Brazil's rivers")."""
    a = analyse(load_article(write(LONG_FORMS)))
    assert "Republic of Vell" not in a.actor_order and "Vell" in a.actor_order
    assert set(a.actor_mentions.loc[a.actor_mentions["name"] == "Vell", "text"]) == {"Republic of Vell", "Vell"}
    t = a.actor_labels
    assert t.loc[t["actor"] == "Ida Marr", ["text", "kind"]].values.tolist() == [["Vell's chief negotiator", "title"]]
    assert t.loc[t["actor"] == "Brazil", "text"].tolist() == ["Brazil's new government"]
    assert "Vell" not in set(t["actor"])


def test_state_long_forms_merge_only_when_one_short_form_is_named():
    from analysis.measures.entities import merge_name_forms

    assert merge_name_forms([("Kingdom of Norway", "GPE")], frozenset({"Norway"})) == {"Kingdom of Norway": "Norway"}
    assert merge_name_forms([("Kingdom of Norway", "GPE")]) == {}  # no short form in the article
    two = [("Republic of the Congo", "GPE"), ("Democratic Republic of the Congo", "GPE"), ("Congo", "GPE")]
    assert merge_name_forms(two) == {}  # two states share the short form: ambiguous
    assert merge_name_forms([("Bank of England", "ORG"), ("England", "GPE")]) == {}  # not a state's long form
