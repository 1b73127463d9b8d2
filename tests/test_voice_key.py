"""The voices figure and the one key of every view of voices (issue 32, point 2), on an invented article with
a side heard twice (its minister quoted, the state reported) and a side never heard (the state and its leader).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest
from matplotlib.patches import Rectangle

from analysis.measures.analysed import analyse
from analysis.present import html, key, plots
from analysis.text.article import load_article
from analysis.text.codebook import load_codebook

ACTORS = ("name,type,aliases,affiliation\nVarnland,state,Varnland,\nAna Ruiz,person,Ana Ruiz|Ruiz,Varnland\n"
          "Kesh,state,Kesh,\nTomas Brel,person,Tomas Brel|Brel,Kesh\n")
TYPES = "type,label,descriptors\nstate,GPE,country|nation\nperson,PERSON,\n"
TEXT = ("Varnland hosted talks on the river dispute on Monday.\n\n"
        "\"We want a fair deal for every farmer,\" said Ana Ruiz, Varnland's foreign minister.\n\n"
        "Varnland said it would share the water. Kesh sent no delegation, and its leader Tomas Brel stayed away.\n")


@cache
def _analysis(folder):
    (folder / "actors.csv").write_text(ACTORS, encoding="utf-8")
    (folder / "types.csv").write_text(TYPES, encoding="utf-8")
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    return analyse(load_article(folder / "a.txt"), load_codebook(folder / "actors.csv", folder / "types.csv"))


@pytest.fixture(scope="module")
def a(tmp_path_factory):
    return _analysis(tmp_path_factory.mktemp("voices"))


def test_voice_bars_hold_every_actor_grouped_by_side_with_the_unheard_at_zero(a):
    bars = a.voice_bars
    assert list(zip(bars["side"], bars["actor"], strict=True)) == [
        ("Varnland", "Ana Ruiz"), ("Varnland", "Varnland"), ("Kesh", "Kesh"), ("Kesh", "Tomas Brel")]
    brel = bars.set_index("actor").loc["Tomas Brel"]
    assert not brel["heard"] and brel[["direct", "indirect", "partial"]].sum() == 0 and brel["mentions"] == 1
    assert set(a.unheard_actors["actor"]) <= set(bars["actor"])


def test_a_city_never_heard_is_the_venue_not_a_voice_left_out(seed_analysis):
    """The seed's Moscow acts ("Moscow hosted") and is listed among the unheard, but is not drawn as a voice."""
    assert "Moscow" in set(seed_analysis.unheard_actors["actor"])
    assert "Moscow" not in set(seed_analysis.voice_bars["actor"])
    assert {"Taliban", "Abdul Salam Hanafi"} <= set(seed_analysis.voice_bars.loc[~seed_analysis.voice_bars["heard"],
                                                                                "actor"])


def test_the_figure_draws_a_row_per_actor_under_its_side_and_the_unheard_at_zero(a):
    fig = plots.plot_voices(a)
    ax = fig.axes[0]
    labels = [t.get_text().strip() for t in ax.get_yticklabels()]
    notes = [t.get_text() for t in ax.texts]
    bars = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_width() > 0]
    plt.close(fig)
    assert labels == ["Varnland", "Ana Ruiz", "Varnland", "Kesh", "Kesh", "Tomas Brel"]  # side headers first
    assert sum("not heard" in n for n in notes) == 2
    colour = key.voice_key(a).colour("Varnland")
    solid = [p for p in bars if not p.get_hatch()]
    hatched = [p for p in bars if p.get_hatch()]
    assert len(solid) == 1 and len(hatched) == 1  # kind of speech is the pattern ...
    assert {matplotlib.colors.to_hex(p.get_edgecolor()).upper() for p in bars} == {colour}  # ... colour the side


def test_every_view_takes_its_colours_from_the_one_key(a):
    colour = key.voice_key(a).colour("Varnland")
    inline, page = html.render_quotes(a), html.annotated_page(a)
    for view in (inline, page):
        marks = re.findall(r'border-(?:bottom:[^";]*|color:)\s*(#[0-9A-F]{6})', view)
        assert colour in marks
        assert set(marks) <= {*key.SIDE_PALETTE, key.NO_SIDE}
    # a direct quotation and a reported statement of one side: one colour, two underline styles
    assert f"border-bottom:3px solid {colour}" in inline and f"border-bottom:1px solid {colour}" in inline
    assert key.voice_key(a).colour("Kesh") == key.NO_SIDE  # never heard: nothing to colour


def test_no_view_keeps_a_colour_table_of_its_own():
    for module in (html, plots):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert not re.search(r"(KIND|SIDE)_COLOURS|#[0-9A-Fa-f]{6}\"?\s*[,}]\s*\"(direct|indirect|partial)", source)
        assert "voice_key(a)" in source


SHARED = ("Varnland said on Monday it would reopen the border crossing with Kesh next week.\n\n"
          "\"We will reopen the border crossing next week,\" Ana Ruiz, Varnland's foreign minister, told reporters.\n\n"
          "Varnland also said it regretted the long delay. Top officials hinted that talks on tariffs could follow.\n\n"
          "Tomas Brel stayed silent.\n")


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    folder = tmp_path_factory.mktemp("shared")
    (folder / "actors.csv").write_text(ACTORS, encoding="utf-8")
    (folder / "types.csv").write_text(TYPES, encoding="utf-8")
    (folder / "a.txt").write_text(SHARED, encoding="utf-8")
    return analyse(load_article(folder / "a.txt"), load_codebook(folder / "actors.csv", folder / "types.csv"))


def test_the_title_counts_sides_of_named_actors_and_an_unnamed_speaker_apart(shared):
    """"Top officials" speak but are no actor and no side of the codebook: the title counts 1 side heard
    (Varnland: its state and its minister), not 2, and names the unnamed speaker apart."""
    bars = shared.voice_bars
    assert "Top officials" in set(bars.loc[bars["heard"], "actor"])
    title = plots.voices_title(bars, shared.actor_order)
    assert title.startswith("2 of 3 actors are heard, on 1 side; 1 never"), title
    assert title.endswith("\n(and 1 unnamed speaker, on no side)"), title


def test_an_actors_remarks_counted_for_another_speaker_are_said_to_be(shared):
    """Varnland tells 2 remarks; one of them its minister also quotes, and the voices tally counts it for her:
    notebook 06's line says so, so its count and notebook 05's table do not read as a contradiction."""
    from analysis.present import findings

    text = findings.stance_and_framing(shared, ["Varnland"])
    line = next(x for x in text.splitlines() if x.startswith("- **Varnland**"))
    assert "it speaks in 2 remark(s), each counted once; 1 of them also told by Ana Ruiz" in line, line
    row = shared.voice_bars.set_index("actor").loc["Varnland"]
    assert int(row["remarks_direct"] + row["remarks_reported"]) == 1


def test_an_office_given_to_a_sides_member_is_named_in_the_sides_line(a):
    """The writer calls Ana Ruiz "Varnland's foreign minister": an office given to a member of Varnland's side,
    which Varnland's line names, so the side's standing is not read from the state's own labels alone."""
    from analysis.present import findings

    text = findings.stance_and_framing(a, ["Varnland", "Kesh"])
    varnland = next(x for x in text.splitlines() if x.startswith("- **Varnland**"))
    assert "to its side's members the writer gives *foreign minister* (an office, Ana Ruiz)" in varnland, varnland
    kesh = next(x for x in text.splitlines() if x.startswith("- **Kesh**"))
    assert "side's members" not in kesh and "Ana Ruiz" not in kesh


def test_a_fact_presenting_verb_for_a_sides_member_is_named_in_the_sides_line(tmp_path):
    """"Ana Ruiz, Varnland's foreign minister, noted that ...": the writer presents the minister's claim as fact,
    which Varnland's line names with the member's offices, not only verbs used of the state itself."""
    from analysis.present import findings

    (tmp_path / "actors.csv").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "types.csv").write_text(TYPES, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Varnland hosted talks on the river dispute on Monday.\n\nAna Ruiz, Varnland's "
                                    "foreign minister, noted that the river had fallen by a third.\n\nVarnland said it "
                                    "would share the water.\n", encoding="utf-8")
    a = analyse(load_article(tmp_path / "a.txt"), load_codebook(tmp_path / "actors.csv", tmp_path / "types.csv"))
    line = next(x for x in findings.stance_and_framing(a, ["Varnland"]).splitlines()
                if x.startswith("- **Varnland**"))
    assert "its side's members' statements reported with a verb that presents them as fact: *note* (Ana Ruiz)" \
        in line, line


def test_the_voices_title_reads_right_with_no_actor_or_one(tmp_path):
    """No named actor, one actor heard: the title stays grammatical, and the figure draws (an article with no
    actor used to stop it)."""
    import pandas as pd

    columns = ["side", "actor", "heard"]
    assert plots.voices_title(pd.DataFrame(columns=columns), []) == "No actor is named"
    one = pd.DataFrame([{"side": "Kesh", "actor": "Kesh", "heard": True}], columns=columns)
    assert plots.voices_title(one, ["Kesh"]) == "1 of 1 actor is heard, on 1 side; 0 never"
    (tmp_path / "a.txt").write_text("Rain is expected across the region on Tuesday, with heavier showers by "
                                    "evening.\n\nTemperatures will stay below the seasonal average.\n",
                                    encoding="utf-8")
    fig = plots.plot_voices(analyse(load_article(tmp_path / "a.txt")))
    assert fig.axes[0].get_title(loc="left") + fig.axes[0].get_title() == "No actor is named"
    plt.close(fig)
