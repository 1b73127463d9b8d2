from __future__ import annotations

import math

from analysis.measures.actors import actor_labels, actor_table, actors_json, entities_json, targeted_sentiment
from analysis.text.article import load_article
from analysis.measures.sentiment import sentence_sentiment


def labels_of(article, actor):
    t = actor_labels(article)
    return t[t["actor"] == actor]


def test_taliban_is_named_by_descriptors_and_name_phrases(seed):
    texts = set(labels_of(seed, "Taliban")["text"])
    assert {"the hardline Islamist group", "the new administration", "the militants", "the Taliban regime",
            "the Taliban delegation"} <= texts


def test_titles(seed):
    assert "Russia’s foreign minister" in set(labels_of(seed, "Sergei Lavrov")["text"])
    assert "news agency" in set(labels_of(seed, "AFP")["text"])
    assert "Afghanistan's deputy prime minister" in set(labels_of(seed, "Abdul Salam Hanafi")["text"])


def test_labels_have_offsets_and_voice(seed):
    t = actor_labels(seed)
    for r in t.itertuples():
        assert seed.raw[r.start : r.end] == r.text
        assert r.voice == ("quoted" if seed.in_direct_quote(r.start, r.end) else "writer")


def test_clause_subject_is_never_the_descriptors_referent(write):
    text = "Russia urged the world to provide assistance to the country. Afghanistan needs help."
    t = actor_labels(load_article(write(text)))
    row = t[t["text"] == "the country"]
    assert row["actor"].tolist() in ([], ["Afghanistan"])
    assert "Russia" not in row["actor"].tolist()


def test_quoted_label(write):
    text = '"The Taliban regime must be recognised now," Lavrov said.'
    t = labels_of(load_article(write(text)), "Taliban")
    assert t["voice"].tolist() == ["quoted"]


def test_targeted_sentiment_is_mean_of_mentioning_sentences(seed):
    ts = targeted_sentiment(seed).set_index("actor")
    s = sentence_sentiment(seed).set_index("sentence")
    # Lavrov: sentences 2, 3, 5, 9
    assert ts.loc["Sergei Lavrov", "sentences"] == 4
    assert math.isclose(ts.loc["Sergei Lavrov", "narration"], s.loc[[2, 3, 5, 9], "narration_compound"].mean())
    assert math.isclose(ts.loc["Sergei Lavrov", "quoted"], s.loc[[3, 9], "quoted_compound"].mean())
    assert math.isnan(ts.loc["Taliban", "quoted"])


def test_json_shapes(seed):
    ents = entities_json(seed)
    assert set(ents[0]) == {"name", "label", "count", "aliases", "first_paragraph"}
    actors = actors_json(seed)
    assert next(iter(actors)) == "Taliban"
    tal = actors["Taliban"]
    assert tal["mentions"] == 7 and tal["paragraphs"] == [1, 6, 8]
    assert {"text", "voice", "start", "end"} <= set(tal["labels"][0])
    assert tal["sentiment"]["quoted"] is None and isinstance(tal["sentiment"]["narration"], float)


def test_actor_table(seed):
    t = actor_table(seed)
    assert t.iloc[0]["actor"] == "Taliban"
    assert "the Taliban regime" in t.iloc[0]["writer_labels"]
