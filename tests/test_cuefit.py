"""The lexicon fit (analysis/evaluation/cuefit.py): its rule on counts of our own, its counting on the invented
PolNeAR-format article of tests/fixtures."""

from __future__ import annotations

from analysis.evaluation import cuefit
from analysis.evaluation.cuefit import Entry, PairCount
from analysis.measures.attribution import REPORTING_VERBS_FILE
from analysis.paths import ROOT

SPLIT = ROOT / "tests" / "fixtures" / "polnear" / "dev"


def entry(cue, *comps, cls="neutral"):
    return Entry(cue, cls, tuple(comps), "basis")


def test_candidates_widen_with_frequent_content_complements_only():
    current = {"say": entry("say", "ccomp")}
    counts = {("say", "dobj"): [100, 30], ("say", "prep:during"): [50, 40], ("hate", "dobj"): [40, 30],
              ("have", "dobj"): [900, 300], ("want", "xcomp"): [400, 60], ("ponder", "ccomp"): [30, 2],
              ("mull", "ccomp"): [100, 5]}
    wide = cuefit.candidates(current, counts)
    assert wide["say"].complements == ("ccomp", "dobj")  # a time adjunct ("during") carries no content
    assert "hate" not in wide and "have" not in wide  # names no speech; too generic
    assert "ponder" not in wide and "mull" not in wide  # too few hits; too small a share
    assert wide["want"] == Entry("want", "tentative", ("xcomp",), "")  # class assigned by hand


def test_the_rule_adds_keeps_and_drops_by_the_package_precision():
    current = {"urge": entry("urge", "dobj", "prep:for"), "state": entry("state", "ccomp", "dobj"),
               "mull": entry("mull", "dobj"), "recognize": entry("recognize", "ccomp")}
    wide = {**current, "urge": entry("urge", "bare", "dobj", "prep:for", "xcomp"),
            "recognize": entry("recognize", "ccomp", "dobj"), "intend": entry("intend", "xcomp", cls="tentative")}
    counts = {("urge", "bare"): PairCount(2, 10, 3),  # new, 20% right: stays out
              ("urge", "xcomp"): PairCount(6, 10, 6),  # new, 60% right: enters
              ("urge", "dobj"): PairCount(3, 10, 7),  # listed, 30% right but 70% attributing: stays
              ("urge", "prep:for"): PairCount(1, 4, 1),  # too few uses: keeps its status
              ("state", "ccomp"): PairCount(0, 10, 0),  # a literature verb's clause: always stays
              ("state", "dobj"): PairCount(1, 10, 2),  # listed, poor on both counts: dropped
              ("mull", "dobj"): PairCount(0, 8, 0),  # its only complement dropped: the cue goes
              ("recognize", "dobj"): PairCount(9, 10, 9),  # decided by hand: out
              ("intend", "xcomp"): PairCount(5, 10, 5)}
    fitted = cuefit.refit(current, wide, counts)
    assert fitted["urge"].complements == ("dobj", "prep:for", "xcomp")
    assert fitted["state"].complements == ("ccomp",)
    assert "mull" not in fitted
    assert fitted["recognize"].complements == ("ccomp",)
    assert fitted["intend"].cls == "tentative" and fitted["intend"].complements == ("xcomp",)
    assert fitted["urge"].basis == "basis | package on train: dobj 3/10; prep:for 1/4; xcomp 6/10"


def test_narrow_cues_keep_only_a_clause_and_call_keeps_naming():
    current = {"see": entry("see", "dobj", "prep:as"), "call": entry("call", "dobj", "prep:for")}
    wide = {"see": entry("see", "ccomp", "dobj", "prep:as"), "call": entry("call", "dobj", "dobj+xcomp", "prep:for")}
    counts = {("see", "dobj"): PairCount(9, 10, 9), ("see", "ccomp"): PairCount(6, 10, 6),
              ("call", "dobj"): PairCount(9, 10, 9), ("call", "dobj+xcomp"): PairCount(0, 10, 0),
              ("call", "prep:for"): PairCount(8, 10, 8)}
    fitted = cuefit.refit(current, wide, counts)
    assert fitted["see"].complements == ("ccomp",)  # "has seen five cases" reports nothing
    assert fitted["call"].complements == ("dobj+xcomp", "prep:for")


def test_counts_on_an_invented_article_and_the_lexicon_round_trip(tmp_path):
    header, current = cuefit.read_lexicon(REPORTING_VERBS_FILE)
    counts = cuefit.pair_counts(SPLIT, current)
    assert counts[("say", "ccomp")] == PairCount(right=1, found=1, attributing=1)
    assert counts[("according to", "prep:to")] == PairCount(right=1, found=1, attributing=1)
    out = tmp_path / "lexicon.csv"
    cuefit.write_lexicon(out, header, current)
    assert out.read_text(encoding="utf-8") == REPORTING_VERBS_FILE.read_text(encoding="utf-8")
