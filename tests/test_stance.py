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
