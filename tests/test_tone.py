"""Tone towards each actor mention: features, the committed model, mentions and pronouns, training, scoring.

Sentences and the small NewsMTSC-format file (tests/fixtures/newsmtsc/train.jsonl) are invented for these
tests; no dataset text is used.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import accuracy_score, f1_score
from spacy.tokens import Doc

from analysis.errors import ConfigError
from analysis.evaluation import harness, newsmtsc, stats, tonefit
from analysis.measures import entities, tone
from analysis.measures.analysed import analyse
from analysis.output.summary import summarize
from analysis.paths import ROOT
from analysis.text.article import load_article
from analysis.text.nlp import get_nlp

FIXTURE = ROOT / "tests" / "fixtures" / "newsmtsc" / "train.jsonl"


def _article(tmp_path: Path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return analyse(load_article(path))


def _span(sentence: str, words: str):
    doc = get_nlp()(sentence)
    start = sentence.index(words)
    return doc.char_span(start, start + len(words), alignment_mode="expand")


def test_the_role_and_the_word_a_mention_depends_on_are_features_and_its_own_words_are_not():
    f = tone.features(_span("Senator Lund praised Mayor Okafor for the new bridge.", "Mayor Okafor"))
    assert f["dh=dobj|praise"] == 1
    assert f["hv"] > 0  # VADER's lexicon gives 'praised' a positive valence
    assert "w=lund" in f and not any(k in f for k in ("w=okafor", "w=mayor"))


def test_a_negated_predicate_is_marked():
    f = tone.features(_span("The board did not trust Ms Alder with the accounts.", "Ms Alder"))
    assert f.get("neg_head") == 1 and f["hvn"] == -f["hv"]


def test_the_evidence_names_the_words_behind_each_valence_feature():
    evidence: dict[str, list[str]] = {}
    tone.features(_span("Prosecutors condemned Dr Haas as a liar.", "Dr Haas"), evidence=evidence)
    assert "condemned" in evidence["hv"]
    assert {"condemned", "liar"} <= set(evidence["tree_val"])


def test_two_people_treated_differently_in_one_sentence_get_different_tone(tmp_path):
    a = _article(tmp_path, "Voters admired Anna Berg, and she won a landslide victory over Victor Kane, whose "
                           "campaign collapsed in disgrace.\n")
    m = a.mention_tone.set_index("text")
    assert m.loc["Anna Berg", "tone"] == "positive"
    assert m.loc["Victor Kane", "tone"] == "negative"
    assert m.loc["Anna Berg", "score"] > m.loc["Victor Kane", "score"]


def test_a_pronoun_counts_for_the_actor_it_refers_to(tmp_path):
    a = _article(tmp_path, "Critics accused Victor Kane of lying to investigators. He denied the charges.\n")
    m = a.mention_tone
    he = m[m["text"] == "He"].iloc[0]
    assert he["kind"] == "pronoun" and he["actor"] == "Victor Kane"
    assert he["because"]  # every label says what decided it


def test_every_label_explains_itself_with_words_of_its_sentence(tmp_path):
    a = _article(tmp_path, "Critics condemned Ivan Petrov as corrupt and dishonest.\n\n"
                           "Lena Ortiz thanked Ivan Petrov for the generous support.\n")
    for r in a.mention_tone.itertuples():
        assert -1 <= r.score <= 1 and r.tone in tone.CLASSES
        quoted = re.findall(r"'([^']+)'|\(([^)]+)\)", r.because)
        words = {w.strip().lower() for pair in quoted for part in pair if part for w in part.split(",")}
        sentence = a.article.sentences[r.sentence - 1].text.lower()
        assert words and any(w in sentence or w in {"in", "by", "with", "for", "of"} for w in words), r.because


def test_a_proper_noun_the_recogniser_left_unlabelled_is_a_mention():
    vocab = get_nlp().vocab
    doc = Doc(vocab, words=["Nunes", "met", "the", "source", "."], pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
              deps=["nsubj", "ROOT", "det", "dobj", "punct"], heads=[1, 1, 3, 1, 1])
    assert [s.text for s in entities.unlabelled_names(doc)] == ["Nunes"]
    doc.ents = [doc.char_span(0, 5, label="PERSON")]
    assert entities.unlabelled_names(doc) == []  # an entity is found by the entity path, not twice


def test_the_json_gives_each_actor_its_mention_spans_and_their_mean(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Critics accused Victor Kane of lying to investigators. He denied the charges. \u201cI did "
                    "nothing wrong,\u201d Kane said.\n\n"
                    "Voters admired Anna Berg.\n", encoding="utf-8")
    summary = summarize(load_article(path))
    raw = path.read_text(encoding="utf-8")
    a = analyse(load_article(path))
    own = {(int(r.start), int(r.end)) for r, speaks in zip(a.mention_tone.itertuples(),
                                                           tone.speaking(a.mention_tone, a.quotes_table, a.article),
                                                           strict=True) if speaks}
    assert own  # "“I did nothing wrong,” Kane said": the mention that introduces Kane's own words
    for actor in summary["actors"].values():
        spans = actor["mention_spans"]
        for s in spans:
            assert raw[s["start"]:s["end"]] == s["text"]
            assert s["tone"]["label"] in tone.CLASSES and s["tone"]["because"]
        spans = [s for s in spans if (s["start"], s["end"]) not in own]
        mean = sum(s["tone"]["score"] for s in spans) / len(spans) if spans else None
        assert actor["sentiment"]["mentions"] == (None if mean is None else pytest.approx(mean, abs=1e-4))
    kane = summary["actors"]["Victor Kane"]["mention_spans"]
    assert [s["kind"] for s in kane] == ["name", "pronoun", "pronoun", "name"]  # "I" in his own words too


def test_the_committed_model_states_its_training_data_and_held_out_score():
    p = tone.model().provenance
    assert re.fullmatch(r"[0-9a-f]{64}", p["training_file"]["sha256"])
    dev = p["dev"]
    assert dev["model"]["n"] > 0 and dev["model"]["macro_f1"] > dev["vader_sentence"]["macro_f1"]
    assert p["fit"]["C"] in p["fit"]["C_grid"]


def test_a_malformed_model_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "tone_model.json"
    bad.write_text('{"classes": ["negative", "positive"], "intercept": [0, 0], "weights": {}}', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"tone_model\.json"):
        tone.load_model(bad)
    with pytest.raises(ConfigError, match="missing"):
        tone.load_model(tmp_path / "absent.json")


def test_training_is_deterministic_and_the_model_it_writes_loads(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert tonefit.main(FIXTURE, a) == 0 and tonefit.main(FIXTURE, b) == 0
    assert a.read_bytes() == b.read_bytes()
    data = json.loads(a.read_text(encoding="utf-8"))
    assert data["training_file"]["sha256"] == tonefit.file_sha256(FIXTURE)
    assert data["split"]["dev_targets"] > 0 and data["split"]["train_targets"] > data["split"]["dev_targets"]
    assert tone.load_model(a).classes == tone.CLASSES
    assert "Anna Berg" not in a.read_text(encoding="utf-8")  # weights and numbers, no sentence text


def test_the_split_keeps_an_article_on_one_side():
    _, targets = tonefit.read_newsmtsc(FIXTURE)
    side: dict[str, bool] = {}
    for t in targets:
        assert side.setdefault(t.article, tonefit.is_dev(t.article)) == tonefit.is_dev(t.article)
    assert tonefit.article_id("allsides_12_34_5_Some Name_0_6") == "allsides_12_34"


def test_a_malformed_record_names_the_file_and_line(tmp_path, capsys):
    # In process: the exit status main() gives ``python -m analysis.evaluation`` (tests/test_cli.py runs the
    # package's command line as a real process once).
    bad = tmp_path / "train.jsonl"
    bad.write_text(FIXTURE.read_text(encoding="utf-8").splitlines()[0] + "\n{\"sentence_normalized\": \"x\"}\n",
                   encoding="utf-8")
    assert harness.main(["train-tone", str(bad), "--out", str(tmp_path / "m.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "train.jsonl: line 2" in err
    assert not (tmp_path / "m.json").exists()


def test_the_harness_scores_the_package_mentions_and_counts_missed_targets(tmp_path):
    data = tmp_path / "train.jsonl"
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    # one more held-out sentence whose target is no mention (a common noun): it must count as missed
    rows.append({"primary_gid": "invented_2_0_9_crowd", "sentence_normalized": "The crowd cheered loudly.",
                 "targets": [{"from": 0, "to": 9, "mention": "The crowd", "polarity": 6.0}]})
    assert tonefit.is_dev("invented_2_0")
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = newsmtsc.tone_results(data)
    held = [t for t in tonefit.read_newsmtsc(data)[1] if tonefit.is_dev(t.article)]
    assert result["targets"] == len(held) == result["metrics"]["package"]["macro_f1"]["n"]
    assert result["missed_targets"] >= 1
    assert result["metrics"]["package_found"]["macro_f1"]["n"] == len(held) - result["missed_targets"]
    table = newsmtsc.format_table({**result, "package": "x", "schema_version": "y"})
    assert "VADER on the whole sentence" in table and "The crowd" not in table


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.tuples(st.sampled_from(tone.CLASSES), st.sampled_from(tone.CLASSES)), min_size=1,
                         max_size=6), min_size=1, max_size=8))
def test_macro_f1_by_article_equals_scikit_learn_on_the_pooled_labels(units):
    gold = [[g for g, _ in u] for u in units]
    predicted = [[p for _, p in u] for u in units]
    result = stats.classification(gold, predicted, tone.CLASSES, resamples=50)
    flat_g = [g for u in gold for g in u]
    flat_p = [p for u in predicted for p in u]
    assert result["macro_f1"]["value"] == pytest.approx(
        f1_score(flat_g, flat_p, labels=list(tone.CLASSES), average="macro", zero_division=0))
    assert result["accuracy"]["value"] == pytest.approx(accuracy_score(flat_g, flat_p))
    low, high = result["macro_f1"]["ci"]
    assert low <= high


def test_a_pronoun_inside_a_quotation_is_scored_but_given_to_no_one(tmp_path):
    a = _article(tmp_path, "“The talks went well,” the agency Nordwire quoted Anna Berg as saying. “We welcome their "
                           "efforts and the progress,” she said.\n")
    m = a.mention_tone
    their = m[m["text"] == "their"].iloc[0]
    assert their["voice"] == "quoted" and pd.isna(their["actor"]) and their["tone"] in tone.CLASSES
    she = m[m["text"] == "she"].iloc[0]
    assert she["actor"] == "Anna Berg"  # outside the marks the resolver applies


def test_the_mention_that_introduces_an_actors_own_words_is_left_out_of_its_tone(write):
    text = ("\u201cWe welcome the wonderful progress and the kind help of our friends,\u201d Ana Ruiz said.\n\n"
            "Critics attacked Ruiz over the failed and corrupt deal, calling her record a disgrace.\n\n"
            "\u201cThis is a great and happy day for the whole town,\u201d Ruiz told reporters.\n")
    a = analyse(load_article(write(text)))
    m = a.mention_tone
    own = tone.speaking(m, a.quotes_table, a.article)
    rows = m[m["actor"] == "Ana Ruiz"]
    assert own[rows.index].tolist() == [True, False, False, True]  # "Ana Ruiz said", "Ruiz", "her", "Ruiz told"
    kept = rows[~own[rows.index]]
    assert a.mention_tone_by_actor["Ana Ruiz"] == round(float(kept["score"].mean()), 4)
    readable = a.readable_tone.set_index("actor")
    assert readable.loc["Ana Ruiz", "scored"] == len(kept)


def test_the_mention_that_introduces_an_actors_reported_words_is_left_out_too(write):
    """"Ruiz said the plan was a disaster": the sentence's tone is what Ruiz says, not how the writer treats her;
    the speaker's mention of a reported statement is left out of her mean, as for a quotation."""
    text = ("Mayor Ana Ruiz said the bridge plan was a wonderful success for the whole town.\n\n"
            "Critics attacked Ruiz over the failed and corrupt deal, calling her record a disgrace.\n")
    a = analyse(load_article(write(text)))
    m = a.mention_tone
    rows = m[m["actor"] == "Ana Ruiz"]
    own = tone.speaking(m, a.quotes_table, a.article)[rows.index].tolist()
    assert own[0] and not any(own[1:]), rows[["text", "score"]]  # "Ana Ruiz said ..." only


def test_a_reported_statement_the_writer_frames_in_words_of_their_own_keeps_its_mention(write):
    """The writer's words around a reported statement carry the tone towards its speaker, so the mention stays in
    her mean: "the disgraced former mayor" (scored words outside the statement), "claimed" (a distancing verb).
    A bare "Ruiz said ..." is left out, and so is a speaker whose own name VADER happens to score ("Hope")."""
    text = ("Ana Ruiz, the disgraced former mayor, said that the audit was rigged.\n\n"
            "Ruiz claimed that the new bridge would be finished in May.\n\n"
            "Ruiz said the new bridge would be finished in June.\n\n"
            "Hope Lind said the ferry would run again in July.\n")
    a = analyse(load_article(write(text)))
    m = a.mention_tone
    own = tone.speaking(m, a.quotes_table, a.article)
    ruiz = m[m["actor"] == "Ana Ruiz"]
    assert own[ruiz.index].tolist() == [False, False, True], ruiz[["text", "start"]]
    lind = m[m["actor"] == "Hope Lind"]
    assert own[lind.index].tolist() == [True], lind[["text", "start"]]
