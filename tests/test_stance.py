from __future__ import annotations

from analysis.measures.stance import COLUMNS
from analysis.output.summary import stance_section


def test_stance_joins_the_capabilities(seed, seed_analysis):
    t = seed_analysis.stance_table
    assert list(t.columns) == COLUMNS
    row = t.set_index("actor").loc["Sergei Lavrov"]
    assert row["direct_quotes"] == 3
    assert row["voice_share"] == seed.quoted_words / len(seed.words)
    tal = t.set_index("actor").loc["Taliban"]
    assert tal["mentions"] == 7 and tal["direct_quotes"] == 0
    assert "the Taliban regime" in tal["writer_labels"]
    assert tal["frames"] and all(n > 0 for _, n in tal["frames"])


def test_stance_json(seed, seed_analysis):
    j = stance_section(seed_analysis)
    assert next(iter(j)) == "Taliban"
    keys = {"mentions", "writer_labels", "quoted_labels", "voice_share", "direct_quotes", "cues", "sentiment",
            "frames", "distance_markers"}
    assert keys <= set(j["Taliban"])
    assert j["Taliban"]["sentiment"]["quoted"] is None
    assert {"frame", "hits"} == set(j["Taliban"]["frames"][0])


def _stance(write, text):
    from analysis.measures.analysed import analyse
    from analysis.text.article import load_article

    a = analyse(load_article(write(text)))
    return a, a.stance_table.set_index("actor")


def test_labels_that_deny_or_grant_standing_and_offices_on_a_coup_story(write):
    text = ("Soldiers seized the palace in Varno on Monday. The junta led by Colonel Ivo Marek closed the airport.\n\n"
            "Marek's regime has arrested the ministers of the elected government of Prime Minister Lena Sorel.\n\n"
            "Sorel's spokesman, Tomas Brekke, admitted that the cabinet had been warned. "
            "Marek said the army would hold elections within a year.")
    a, st = _stance(write, text)
    assert st.loc["Ivo Marek", "side_labels"] == [("regime", "delegitimising")]  # "Marek's regime"
    assert st.loc["Tomas Brekke", "factive_cues"] == 1 and st.loc["Ivo Marek", "factive_cues"] == 0
    from analysis.present.findings import stance_and_framing

    assert "of those labels, *regime* (a word that denies standing)" in stance_and_framing(a, ["Ivo Marek"])


def test_factive_verbs_and_no_sides_on_a_labour_story(write):
    text = ("The dockers' union and the port company Harwell Shipping met for six hours on Tuesday.\n\n"
            "Union leader Ama Osei revealed that the company had hired replacement crews, and noted that the "
            "contract ended in May.\n\nHarwell Shipping said the talks would resume on Friday.")
    a, st = _stance(write, text)
    assert st.loc["Ama Osei", "factive_cues"] == 2
    assert st.loc["Harwell Shipping", "factive_cues"] == 0
    assert all(not len(v) for v in st["side_labels"])  # nobody is called a regime, a government or a minister
    from analysis.present.findings import stance_and_framing

    line = stance_and_framing(a, ["Ama Osei"])
    assert "2 of its statement(s) reported with a verb that presents them as fact (*note*, *reveal*)" in line


def test_a_plural_and_a_longer_title_match_once():
    from analysis.measures.stance import label_sides

    assert label_sides("the militants") == [("militant", "delegitimising")]
    assert label_sides("Deputy Prime Minister") == [("deputy prime minister", "title")]
    assert label_sides("the new authorities") == [("authorities", "legitimising")]
    assert label_sides("the ministry's press office") == [("ministry", "legitimising")]


def test_a_bad_side_taking_row_names_its_line(tmp_path):
    import pytest

    from analysis.errors import ConfigError
    from analysis.measures.stance import side_taking

    bad = tmp_path / "side.csv"
    bad.write_text("word,kind,category\nregime,label,factive\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"side\.csv:2"):
        side_taking(bad)


def test_a_side_word_the_writer_reports_in_paraphrase_is_marked_as_the_speakers(write):
    text = ("Envoys met the Taliban in Moscow on Wednesday. Russia's foreign minister Ivo Marek said the new "
            "administration had made efforts to stabilise the country.\n\n"
            "The militants took power in August.\n")
    _a, st = _stance(write, text)
    sides = dict(st.loc["Taliban", "side_labels"])
    assert sides.get("administration (in paraphrase of Ivo Marek)") == "legitimising"
    assert "administration" not in sides  # the minister's word, reported, not the writer's own
