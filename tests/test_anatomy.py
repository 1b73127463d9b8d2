from __future__ import annotations


def test_paragraph_table_adds_up(seed, seed_analysis):
    t = seed_analysis.paragraph_table
    assert list(t.columns) == [
        "paragraph", "start", "end", "words", "sentences", "quoted_words", "quoted_share", "opening",
    ]
    assert t["paragraph"].tolist() == list(range(1, 9))
    assert t["words"].sum() == len(seed.words)
    assert t["sentences"].sum() == len(seed.sentences)
    assert t["quoted_words"].sum() == seed.quoted_words
    assert t.loc[0, "opening"] == "Russia on Wednesday said that the country recognised…"
    assert ((t["quoted_share"] >= 0) & (t["quoted_share"] <= 1)).all()


def test_sentence_table_matches_loader(seed, seed_analysis):
    t = seed_analysis.sentence_table
    assert len(t) == len(seed.sentences)
    assert t["words"].sum() == len(seed.words)
    for row in t.itertuples():
        assert seed.raw[row.start : row.end] == row.text


def test_quote_span_table(seed, seed_analysis):
    t = seed_analysis.quote_span_table
    assert t["short"].tolist() == [True, False, False, False, True]
    assert t.loc[~t["short"], "words"].sum() == seed.quoted_words
