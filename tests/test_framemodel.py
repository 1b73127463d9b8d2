"""The learned frame decision: the committed model file, the decision rule, its evidence words, out-of-domain
texts of our own, and the fitting helpers (on small data of our own; the SemEval file is never needed)."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import numpy as np
import pytest

from analysis.errors import AnalysisError, ConfigError
from analysis.evaluation import frametrain
from analysis.measures import framemodel
from analysis.measures.analysed import analyse
from analysis.measures.framing import FRAMES, REFERENCES
from analysis.output.summary import frames_section
from analysis.paths import ROOT
from analysis.present.findings import stance_and_framing
from analysis.text.article import load_article

OUT_OF_DOMAIN = sorted((ROOT / "tests" / "fixtures" / "out_of_domain").glob("*.txt"))
ADDED = ("humanitarian", "diplomacy_legitimacy")


@pytest.fixture(scope="module")
def out_of_domain():
    return {p.stem: analyse(load_article(p)) for p in OUT_OF_DOMAIN}


def test_the_committed_model_is_plain_data_with_its_provenance():
    data = json.loads(framemodel.MODEL_FILE.read_text(encoding="utf-8"))
    m = framemodel.model()
    assert m.frames == tuple(f for f in FRAMES if f not in ADDED)
    assert re.fullmatch(r"[0-9a-f]{64}", data["training_file"]["sha256"])
    assert data["training_file"]["articles"] == data["held_out"]["train_articles"] + data["held_out"][
        "held_out_articles"]
    assert all(0 < t < 1 for t in m.thresholds.values())
    assert set(data["fit"]["C"]) == set(m.frames) and set(data["fit"]["C"].values()) <= set(data["fit"]["C_grid"])
    # licence: the vocabulary holds single words and two-word phrases only, each in several training articles
    assert data["fit"]["min_df"] >= 3
    words = [k for k in data["weights"] if not k.startswith("[")]
    assert set(words) == set(data["idf"])
    assert all(re.fullmatch(r"[a-z'\-]+( [a-z'\-]+)?", w) for w in words)
    assert {k for k in data["weights"] if k.startswith("[")} <= {
        framemodel.lexicon_feature(p, f) for p in framemodel.LEXICON_PARTS for f in FRAMES}


def test_a_model_fitted_on_other_features_is_reported_stale():
    """The record says when the committed model no longer matches today's features (the estimate recomputed at
    record time differs from the one the file carries): a refit is due."""
    committed = {"held_out": {"C": {"economic": 1.0}, "thresholds": {"economic": 0.42},
                              "model": {"micro_f1": {"value": 0.686}}}}
    today = json.loads(json.dumps(committed["held_out"]))
    assert frametrain.model_is_current(committed, today)
    today["thresholds"]["economic"] = 0.37
    assert not frametrain.model_is_current(committed, today)
    assert not frametrain.model_is_current({}, today)


def test_written_json_is_sorted_and_one_feature_a_line(tmp_path):
    out = tmp_path / "model.json"
    frametrain.write({"weights": {"b": [0.5, -1.25], "a": [1e-05, 2.0]}, "frames": ["x", "y"]}, out)
    text = out.read_text(encoding="utf-8")
    assert '"a": [1e-05, 2.0]' in text and text.index('"a"') < text.index('"b"')
    assert json.loads(text)["weights"]["b"] == [0.5, -1.25]


def tiny_model(**change) -> framemodel.FrameModel:
    data = {"frames": ["economic", "political"], "idf": {"tax": 2.0, "vote": 1.0},
            "weights": {"tax": [3.0, -1.0], "vote": [-1.0, 4.0], "[lexicon] economic": [1.0, 0.0]},
            "intercept": {"economic": -1.0, "political": -2.0}, "thresholds": {"economic": 0.5, "political": 0.4},
            "lexicon_scale": 0.5}
    data.update(change)
    return framemodel.FrameModel(data)


def test_the_probability_is_the_logistic_of_the_weighted_features_and_present_needs_the_threshold():
    m = tiny_model()
    x = framemodel.vectorise({"tax": 1, "vote": 1, "lunch": 3}, {"[lexicon] economic": 1}, m.idf, m.lexicon_scale)
    assert set(x) == {"tax", "vote", "[lexicon] economic"}  # a word outside the vocabulary is no feature
    assert math.hypot(x["tax"], x["vote"]) == pytest.approx(1.0)  # the word vector has unit length
    d = {r["frame"]: r for r in m.decide(x)}
    z = -1.0 + 3.0 * x["tax"] - 1.0 * x["vote"] + 1.0 * x["[lexicon] economic"]
    assert d["economic"]["probability"] == pytest.approx(1 / (1 + math.exp(-z)))
    assert d["economic"]["present"] == (d["economic"]["probability"] >= 0.5)
    assert [k for _, k in d["economic"]["contributions"]] == ["tax", "[lexicon] economic"]  # pushes up, largest first
    assert not any(r["present"] for r in m.decide(x, enough_vocabulary=False))


@pytest.mark.parametrize("change, message", [
    ({"frames": "economic"}, "not a frame model file"),
    ({"weights": {"tax": [1.0]}}, "not a frame model file"),
    ({"thresholds": {"economic": 1.5, "political": 0.4}}, "thresholds between 0 and 1"),
])
def test_a_malformed_model_names_the_problem(change, message):
    with pytest.raises(ConfigError, match=message):
        tiny_model(**change)


def test_a_missing_model_file_says_how_to_rebuild_it(tmp_path):
    with pytest.raises(ConfigError, match="make train-frames"):
        framemodel.load_model(tmp_path / "none.json")


def test_the_seed_frames_each_say_which_method_decided_and_why(seed, seed_analysis):
    s = seed_analysis.frame_scores.set_index("frame")
    assert set(s.loc[list(ADDED), "method"]) == {"lexicon"}
    assert set(s.drop(index=list(ADDED))["method"]) == {"model"}
    assert s.loc[list(ADDED), "probability"].isna().all()
    assert (s.loc[list(ADDED), "present"] == s.loc[list(ADDED), "lexicon_present"]).all()
    model_rows = s[s["method"] == "model"]
    assert ((model_rows["probability"] >= model_rows["threshold"]) == model_rows["present"]).all()
    text = seed.body.lower().replace("\u2019", "'")
    for frame, r in model_rows[model_rows["present"]].iterrows():
        assert r["words"], frame
        assert all(re.search(r"\b" + re.escape(w).replace(r"\ ", r"\W+") + r"\b", text) for w in r["words"]), frame
    j = frames_section(seed_analysis)
    assert j["humanitarian"]["method"] == "lexicon" and j["humanitarian"]["probability"] is None
    assert j["political"]["method"] == "model" and 0 <= j["political"]["probability"] <= 1


def test_every_salience_statement_names_its_reference(seed_analysis):
    text = stance_and_framing(seed_analysis, [])
    assert "typical news" not in text
    assert all(reference in text for reference in REFERENCES.values())


def test_out_of_domain_texts_of_our_own_get_no_frame(out_of_domain):
    assert len(out_of_domain) >= 10
    framed = {name: list(a.frame_scores.loc[a.frame_scores["present"], "frame"]) for name, a in out_of_domain.items()}
    assert sum(not frames for frames in framed.values()) >= 8, framed
    quiet = next(a for name, a in out_of_domain.items() if not framed[name])
    assert "No frame of the codebook is clearly used" in stance_and_framing(quiet, [])


def test_near_duplicates_share_a_group_and_the_held_out_rule_is_a_fixed_hash():
    base = ["the", "council", "voted", "on", "the", "new", "budget", "after", "a", "long", "debate", "about",
            "schools", "and", "roads"]
    near = [*base[:-2], "in", "town"]
    other = ["heavy", "rain", "is", "expected", "across", "the", "west", "on", "tuesday", "with", "strong", "winds"]
    assert frametrain.groups_of(["b", "a", "c"], [base, near, other]) == ["a", "a", "c"]
    assert frametrain.is_held_out("a") == frametrain.is_held_out("a")
    share = np.mean([frametrain.is_held_out(str(k)) for k in range(2000)])
    assert abs(share - frametrain.HELD_OUT_SHARE) < 0.03


def test_the_threshold_is_the_best_for_f1_and_the_scores_count_cells():
    p = np.array([0.1, 0.3, 0.6, 0.8])
    gold = np.array([False, True, True, True])
    t = frametrain.best_threshold(p, gold)
    assert 0.1 < t <= 0.3  # all three positives, the negative left out: F1 1
    # over a matrix, one threshold for all frames: the best micro-F1 over the cells, a rare frame's own F1 aside
    p2 = np.array([[0.8, 0.2], [0.6, 0.1], [0.35, 0.15], [0.2, 0.25]])
    g2 = np.array([[True, False], [True, False], [True, True], [False, False]])
    t2 = frametrain.best_threshold(p2, g2)
    assert 0.25 < t2 <= 0.35 and frametrain.f1(g2, p2 >= t2) == pytest.approx(2 * 3 / (4 + 3))
    assert frametrain.best_threshold(p2[:, 1], g2[:, 1]) <= 0.15  # the second frame alone would go lower
    gold2 = np.array([[True, False], [True, True]])
    pred2 = np.array([[True, True], [False, True]])
    micro, macro = frametrain.micro_macro(gold2, pred2)
    assert micro == pytest.approx(2 * 2 / (3 + 3))
    assert macro == pytest.approx(np.mean([2 / 3, 2 / 3]))
    rng = np.random.default_rng(7)
    gold14, pred14 = rng.random((30, 14)) < 0.4, rng.random((30, 14)) < 0.4
    scores = frametrain.multilabel_scores(gold14, pred14)
    assert scores["articles"] == 30
    assert (scores["micro_f1"]["value"], scores["macro_f1"]["value"]) == pytest.approx(
        frametrain.micro_macro(gold14, pred14), abs=1e-4)
    for key in ("micro_f1", "macro_f1"):
        low, high = scores[key]["ci"]
        assert low <= scores[key]["value"] <= high


@pytest.mark.parametrize("line, message", [
    ("not json", "line 1: not a SemEval frames record"),
    ('{"id": "1", "text": "x", "frames_package": ["humanitarian"]}', "unknown frame 'humanitarian'"),
    ('{"id": "1", "text": "x"}', "line 1: not a SemEval frames record"),
])
def test_a_malformed_training_file_names_the_file_and_line(tmp_path, line, message):
    path = tmp_path / "train.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match=re.escape(message)):
        frametrain.read_semeval(path)


def test_a_missing_training_file_is_a_one_line_error(tmp_path):
    with pytest.raises(AnalysisError, match="no such file"):
        frametrain.read_semeval(Path(tmp_path) / "train.jsonl")


def test_the_frame_accuracy_sentence_and_table_quote_the_recorded_figures(tmp_path):
    from analysis.present import accuracy

    assert "has not been recorded" in accuracy.frames_sentence(tmp_path / "none.json")
    cell = {"value": 0.7, "ci": [0.6, 0.8]}
    per = {f: {"f1": 0.5, "support": 3, "predicted": 4} for f in framemodel.model().frames}
    recorded = {"semeval": {"held_out_articles": 9, "train_articles": 30, "package": "x",
                            "model": {"micro_f1": cell, "macro_f1": cell, "per_frame": per},
                            "frequency_prior": {"frames": ["political"], "micro_f1": cell, "macro_f1": cell},
                            "all_frames": {"micro_f1": cell, "macro_f1": cell}}}
    path = tmp_path / "accuracy.json"
    path.write_text(json.dumps(recorded), encoding="utf-8")
    assert "micro-F1 0.70 [0.60, 0.80]" in accuracy.frames_sentence(path)
    table = accuracy.frames_table(FRAMES, path).set_index("frame")
    assert table.loc["humanitarian", "method"] == "lexicon (unvalidated)" and table["f1"].isna().sum() == 2
    assert table.loc["political", "f1"] == 0.5


def test_narrow_frame_evidence_is_shown_as_narrow(write):
    from analysis.present.stance_findings import _evidence_scope

    text = ("Officials met in the harbour town on Monday to discuss the quotas for next year.\n\n"
            "\u201cThe ban is illegal and the court will overturn it,\u201d said Maria Lopez, a fisher.\n\n"
            "The meeting ended early.\n")
    a = analyse(load_article(write(text)))
    assert _evidence_scope(a, "legality") == "rests on one sentence, in Maria Lopez's words"
    assert _evidence_scope(a, "diplomacy_legitimacy") == "rests on one sentence"
    assert _evidence_scope(a, "economic") == ""


def test_an_unannotated_frame_needs_more_than_two_everyday_words(write):
    text = ("Doctors at the city hospital say more patients are asking about new treatments for back pain.\n\n"
            "At a meeting with nurses last week, the clinic's director said most cases improve with gentle exercise. "
            "Patients who still have pain after six weeks should talk to their provider, she said.\n")
    s = analyse(load_article(write(text))).frame_scores.set_index("frame")
    assert s.loc["diplomacy_legitimacy", "lexicon_present"]  # "meeting", "talk": two words of the lexicon
    assert not s.loc["diplomacy_legitimacy", "present"]  # but no denser than in the news of either reference


def test_a_text_without_frame_vocabulary_says_so(out_of_domain):
    quiet = out_of_domain["recipe"]
    assert quiet.frame_evidence.empty
    assert stance_and_framing(quiet, []).startswith("- The text uses none of the frame lexicon's vocabulary.")


def test_frame_evidence_held_by_speakers_says_whose_words_carry_it(write):
    """A frame whose hits are all in quotations of two speakers says so with the counts; one whose hits are
    mostly one speaker's, the rest the writer's, says how many are that speaker's: a density that is mostly a
    source's words is not read as the writer's framing."""
    from analysis.present.stance_findings import _evidence_scope

    two = ("The council met in the harbour town on Monday to discuss next year's quotas.\n\n"
           "\u201cThe ban is illegal and the court will overturn it,\u201d said Maria Lopez, a fisher.\n\n"
           "\u201cWe will file a lawsuit, and the judge will see that the ruling was wrong,\u201d said Tom Hill, a "
           "trader.\n")
    scope = _evidence_scope(analyse(load_article(write(two))), "legality")
    assert scope == ("every hit in speakers' quotations or the writer's paraphrase of what they said, none outside "
                     "reported speech: Maria Lopez 3, Tom Hill 3"), scope
    mostly = ("The council met in the harbour town on Monday to discuss next year's quotas.\n\n"
              "\u201cWe will file a lawsuit, and the judge will see that the ruling was wrong,\u201d said Tom Hill, a "
              "trader.\n\n"
              "No court date has been set.\n")
    scope = _evidence_scope(analyse(load_article(write(mostly))), "legality")
    assert scope == "3 of its 4 hits in Tom Hill's words or their paraphrase", scope
    spread = two.replace("trader.\n", "trader.\n\nNo court date has been set.\n")  # two speakers hold most hits
    scope = _evidence_scope(analyse(load_article(write(spread))), "legality")
    assert scope == ("6 of its 7 hits in speakers' quotations or the writer's paraphrase of what they said: "
                     "Maria Lopez 3, Tom Hill 3"), scope
