"""The paste-line model (analysis/text/pastelines.py): lines of the page the rules leave around a pasted story.

Every text here is our own."""

from __future__ import annotations

import json

import numpy as np
import pytest

from analysis.evaluation import pastefit
from analysis.paths import ROOT
from analysis.text import pastelines
from analysis.text.article import load_article, segment, segment_parts

PAGE_TOP = """Transport
Harbour bridge to close for six weeks of repairs
By Ana Ruiz
Published 5 March 2025, 10:02 GMT
Share

"""

STORY = "\n\n".join([
    'The harbour bridge will close to all traffic for six weeks from Monday while engineers replace '
    'corroded bearings, the city council said on Tuesday.',
    'Commuters will be sent on a detour through the industrial estate, adding up to twenty minutes to a '
    "typical journey, according to the council's transport department.",
    '"We know this is a real inconvenience, and we are sorry for it," said Tom Hill, who chairs the '
    'council\'s works committee. "But the bearings cannot wait another winter."',
    'Shop owners on the south bank said they feared a drop in trade during the closure, which overlaps '
    'with the start of the tourist season.',
    'The council said a free shuttle bus would run every ten minutes between the two banks while the work'
    ' goes on.',
]) + "\n"

TAIL = """
Advertisement

Most Read on the Gazette

Ferry timetable changes from April as new boat arrives

Ana Ruiz
"""


def _body(raw: str, **kw) -> list[str]:
    spans, _, _ = segment(raw, 0, **kw)
    return [raw[s:e] for s, e in spans]


def test_the_lines_of_the_page_the_rules_leave_are_set_apart_and_the_story_stays(tmp_path):
    raw = PAGE_TOP + STORY + TAIL
    without = _body(raw, paste_model=False)
    assert "Ferry timetable changes from April as new boat arrives" in without  # the rules leave it
    path = tmp_path / "bridge.txt"
    path.write_text(raw, encoding="utf-8")
    article = load_article(path)
    body = [p.text for p in article.paragraphs]
    assert "Ferry timetable changes from April as new boat arrives" not in body
    assert body[:5] == [p.strip() for p in STORY.split("\n\n")]  # the whole story, first
    found = [a for a in article.set_aside if a.text == "Ferry timetable changes from April as new boat arrives"]
    assert found and found[0].kind == "page" and "paste-line model (probability" in found[0].reason
    assert not any("Ferry" in name for name in article_actor_names(article))


def article_actor_names(article) -> list[str]:
    from analysis.measures.analysed import analyse
    return [str(n) for n in analyse(article).actor_mentions["name"]]


@pytest.mark.parametrize("top", [
    "",
    "Ferry Timetable Changes From April.\n\n",
    # an article file with a title, an author and a date line: three spans the rules set apart, none a link
    "Bridge to close for six weeks\nBy Ana Ruiz\n5 March 2025\n\n",
])
def test_an_article_file_without_lines_of_a_page_is_never_judged(top, monkeypatch):
    raw = top + STORY + "\nIt did not reply\n"
    _, _, rules, _ = segment_parts(raw, 0)
    assert not pastelines.judged([a.kind for a in rules])
    monkeypatch.setattr(pastelines, "probabilities", lambda x, model: np.ones(len(x)))  # a model sure of every line
    assert _body(raw)[-1] == "It did not reply"


def test_the_gate_counts_only_a_pages_kinds():
    assert not pastelines.judged(["caption", "caption", "signature", "note", "dateline"])
    assert not pastelines.judged(["headline", "byline", "caption"])
    assert not pastelines.judged(["headline", "byline", "timestamp"])  # an article file's header
    assert pastelines.judged(["headline", "byline", "timestamp", "navigation"])


def test_a_run_at_the_end_is_the_pages_only_when_the_page_marks_it(monkeypatch):
    """A last line without a full stop, a list or a table right after the story's last paragraph stays, whatever
    the model says; the same lines after a line the rules set apart ("Related stories"), or holding a link word,
    are the page's."""
    monkeypatch.setattr(pastelines, "probabilities", lambda x, model: np.ones(len(x)))
    ending = "\nIt did not reply\n\nTickets £8, concessions £5\n"
    assert _body(PAGE_TOP + STORY + ending)[-2:] == ["It did not reply", "Tickets £8, concessions £5"]
    marked = "\nAdvertisement\n\nFerry timetable changes from April\n\nHarbour gallery opens new wing\n"
    assert _body(PAGE_TOP + STORY + marked)[-1].startswith("The council said a free shuttle")
    linked = "\nShare\n\nFerry timetable changes from April\n"
    assert _body(PAGE_TOP + STORY + linked)[-1].startswith("The council said a free shuttle")


def test_nothing_is_set_apart_when_the_model_would_take_much_of_the_body(monkeypatch):
    heads = [f"Harbour story number {k} about the bridge, the ferry, the council and the long winter ahead"
             for k in range(6)]
    raw = PAGE_TOP + STORY + "\nAdvertisement\n\n" + "\n\n".join(heads) + "\n"
    body, aside, _ = segment(raw, 0, paste_model=False)
    assert [raw[slice(*b)] for b in body][-6:] == heads
    monkeypatch.setattr(pastelines, "probabilities", lambda x, model: np.ones(len(x)))
    spans = [(a.start, a.end) for a in aside]
    assert pastelines.page_lines(raw, body, spans) == {}  # the headlines hold over 40% of the body's words
    monkeypatch.setattr(pastelines, "MAX_WORDS", 1.0)
    assert len(pastelines.page_lines(raw, body, spans)) == 6


def test_the_reader_and_the_site_are_counted_outside_quotation_marks_only():
    raw = ('"We will win, and you will see it," she said on Monday evening.\n\n'
           "We moderate all comments before you see them.\n")
    body = [(0, raw.index("\n")), (raw.index("We moderate"), len(raw) - 1)]
    x = pastelines.features(raw, body, [])
    voice = pastelines.FEATURES.index("voice_share")
    assert x[0, voice] == 0 and x[1, voice] > 0
    assert x.shape == (2, len(pastelines.FEATURES)) and np.isfinite(x).all()


def test_the_committed_model_is_fitted_on_the_pastes_as_they_are():
    model = json.loads((ROOT / "analysis/data/paste_model.json").read_text(encoding="utf-8"))
    assert model["features"] == list(pastelines.FEATURES)
    assert model["data_sha256"] == pastefit.digest(ROOT / "tests/fixtures/pastes"), \
        "the pastes changed since the fit: run make train-pastes"
    assert model["cross_validated"]["story_lines_set_apart"] <= model["max_removed"] * \
        model["cross_validated"]["story_lines"]


def test_a_model_file_for_other_features_is_a_clear_error(tmp_path):
    from analysis.errors import ConfigError
    path = tmp_path / "paste_model.json"
    path.write_text(json.dumps({"features": ["log_words"]}), encoding="utf-8")
    with pytest.raises(ConfigError, match="make train-pastes"):
        pastelines.load_model(path)


def test_the_items_of_a_list_the_story_introduces_stay():
    texts = ["The council's advice for the weeks of the closure:", "Leave ten minutes earlier than usual",
             "Use the shuttle bus from either bank", "Check the council's page before you travel",
             "The work is due to finish in April."]
    assert pastelines.list_items(texts) == {1, 2, 3}
    assert pastelines.list_items(["The bridge will close on Monday.", "Ferry fares to rise in April"]) == set()
    raw = PAGE_TOP + STORY + "\n" + "\n\n".join(texts[:4]) + "\n"
    body = _body(raw)
    assert all(t in body for t in texts[:4])


def test_a_sentence_at_the_storys_margin_stays_whatever_the_model_says(monkeypatch):
    raw = (PAGE_TOP + STORY + "\nAna Ruiz covers transport for the Gazette and has reported on the harbour for years.\n"
           "\nFerry timetable changes from April\n")
    body, aside, _ = segment(raw, 0, paste_model=False)
    assert raw[slice(*body[-1])] == "Ferry timetable changes from April"
    sure = np.array([0.0] * (len(body) - 2) + [1.0, 1.0])  # the model sure of the note and the headline
    monkeypatch.setattr(pastelines, "probabilities", lambda x, model: sure)
    found = pastelines.page_lines(raw, body, [(a.start, a.end) for a in aside])
    assert list(found) == [len(body) - 1]  # the headline; the author's note, a sentence, stays
    assert pastelines.eligible("Ferry timetable changes from April") and not pastelines.eligible("He left.")
    assert not pastelines.eligible("\u5e02\u8b70\u4f1a\u306f\u6a4b\u3092\u9589\u9396\u3057\u305f\u3002")


def test_a_long_run_of_short_lines_at_the_top_is_a_list_of_the_storys(monkeypatch):
    """Eight teams with their group, the first lines of the body after the page's header and before a line the
    rules set apart: a list of the story's, however sure the model is of each line."""
    names = ["Arden", "Brill", "Corran", "Dale", "Eske", "Fenn", "Garth", "Holm"]
    teams = [f"Team {name} (Group {group}): {k}th appearance"
             for k, (name, group) in enumerate(zip(names, "ABCDEFGH", strict=True), start=3)]
    raw = PAGE_TOP + "\n\n".join(teams) + "\n\nAdvertisement\n\n" + STORY
    monkeypatch.setattr(pastelines, "probabilities", lambda x, model: np.ones(len(x)))
    assert _body(raw)[:len(teams)] == teams
    monkeypatch.setattr(pastelines, "MAX_RUN", 20)
    assert _body(raw)[0] == STORY.split("\n\n")[0]
