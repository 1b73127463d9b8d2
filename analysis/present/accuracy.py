"""The measured accuracy of the package's labels, as the harness recorded it, for notebooks and findings.

Reads ``analysis/data/accuracy.json``, the headline figures ``make accuracy`` records beside the full tables of
``benchmarks/accuracy.json`` and ``benchmarks/ACCURACY.md``: the figures are the harness's, never typed by hand,
and ship with the package. A copy without the file gets a clear sentence instead.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.paths import ACCURACY
from analysis.present.wording import possessive

NAMES = {
    "direct_any_overlap": "direct quotations found (any overlap)",
    "direct_coverage": "direct quotations found (half their quoted words covered)",
    "reported_speech": "reported speech found (cue overlap)",
}


def load(path: Path = ACCURACY) -> dict[str, Any] | None:
    """The recorded results, or None when they have not been recorded."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def attribution_table(path: Path = ACCURACY) -> pd.DataFrame:
    """One row per attribution figure: ``figure, precision, recall, f1, speaker_accuracy, n`` with 95% intervals
    as ``[low, high]`` in ``*_ci`` columns (empty table when nothing is recorded)."""
    results = load(path)
    cols = ["figure", "precision", "precision_ci", "recall", "recall_ci", "f1", "f1_ci", "n_predicted", "n_gold"]
    if results is None:
        return pd.DataFrame(columns=cols)
    m = results["polnear"]["metrics"]
    rows = [{"figure": name, **{k: m[key][k]["value"] for k in ("precision", "recall", "f1")},
             **{f"{k}_ci": m[key][k]["ci"] for k in ("precision", "recall", "f1")},
             "n_predicted": m[key]["precision"]["n"], "n_gold": m[key]["recall"]["n"]}
            for key, name in NAMES.items()]
    return pd.DataFrame(rows, columns=cols)


def attribution_sentence(path: Path = ACCURACY) -> str:
    """One sentence stating how accurate attribution was measured to be, with the data and sizes."""
    results = load(path)
    if results is None:
        return "Attribution accuracy has not been recorded in this copy (run `make accuracy`)."
    r = results["polnear"]
    m = r["metrics"]
    d, s, rep = m["direct_any_overlap"], m["speaker_accuracy"], m["reported_speech"]
    return (f"Measured on PolNeAR `{r['split']}` ({r['articles']} US political news articles, package "
            f"{r['package']}): direct quotations are found with F1 {d['f1']['value']:.2f} "
            f"(n = {d['recall']['n']}), their speaker is right for {s['value']:.2f} of them (n = {s['n']}), "
            f"and reported speech is found with F1 {rep['f1']['value']:.2f} (precision "
            f"{rep['precision']['value']:.2f}, recall {rep['recall']['value']:.2f}, n = {rep['recall']['n']}); "
            "details in benchmarks/ACCURACY.md.")


def tone_sentence(path: Path = ACCURACY) -> str:
    """One sentence stating how accurate the tone per mention was measured to be, next to the baseline."""
    results = load(path)
    if results is None or "newsmtsc" not in results:
        return "The accuracy of the tone per mention has not been recorded in this copy (run `make accuracy`)."
    r = results["newsmtsc"]
    m = r["metrics"]
    p, v, multi = m["package"], m["vader_sentence"], m["package_multi_target"]
    return (f"Measured on {r['targets']} held-out NewsMTSC targets (news sentences annotated with the tone "
            f"towards one person; package {r['package']}): macro-F1 {p['macro_f1']['value']:.2f} "
            f"(accuracy {p['accuracy']['value']:.2f}), against {v['macro_f1']['value']:.2f} for VADER on the "
            f"whole sentence; {multi['macro_f1']['value']:.2f} on sentences with two or more people "
            f"(n = {multi['macro_f1']['n']}); {r['missed_targets']} targets had no mention found. "
            f"{1 - p['accuracy']['value']:.0%} of the labels are wrong: read an actor's mean over several mentions "
            "and check the words each label gives; details in benchmarks/ACCURACY.md.")


def pronoun_sentence(path: Path = ACCURACY) -> str:
    """One sentence stating how accurate the pronoun resolver was measured to be (GUM, hand-resolved PolNeAR)."""
    results = load(path)
    if results is None or "gum" not in results or "pronoun_quotes" not in results:
        return "The accuracy of the pronoun resolver has not been recorded in this copy (run `make accuracy`)."
    g = results["gum"]["metrics"]
    p = results["pronoun_quotes"]
    held = p["parts"]["held_out"]
    by = g["by_pronoun"]
    return (f"Measured on GUM's coreference chains ({results['gum']['documents']} held-out documents: news, "
            f"interviews, biographies, transcripts; package {results['gum']['package']}): "
            f"{g['all']['accuracy']['value']:.2f} of {g['all']['accuracy']['n']} he/she/they pronouns whose chain "
            f"names a person or organisation get the right actor (he {by['he']['accuracy']['value']:.2f}, she "
            f"{by['she']['accuracy']['value']:.2f}, they {by['they']['accuracy']['value']:.2f}); on "
            f"{held['items']} held-out PolNeAR quotations whose source is a pronoun, resolved by AI assistant "
            "sessions reading each article, the speaker "
            f"is right {held['accuracy']['value']:.2f}, and {p['swaps']['all_parts']} of the {p['swaps']['items']} "
            "hand-resolved quotations give the words to another named actor. Check a pronoun's rule and its "
            "sentence before quoting who it is; details in benchmarks/ACCURACY.md.")


SMALL = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _count(n: int) -> str:
    return SMALL[n] if 0 <= n < len(SMALL) else str(n)


def _tone_error(path: Path) -> tuple[float, float] | None:
    results = load(path)
    if results is None or "newsmtsc" not in results:
        return None
    p = results["newsmtsc"]["metrics"]["package"]
    return 1 - p["accuracy"]["value"], p["macro_f1"]["value"]


def _in_words(share: float) -> str:
    if share < 0.1:
        return "fewer than one label in ten"
    f = Fraction(share).limit_denominator(5)
    return f"about {_count(f.numerator)} label{'s' if f.numerator != 1 else ''} in {_count(f.denominator)}"


UNMEASURED = "measured on tone towards people; for an organisation or group it is unmeasured"


def tone_trust(counts: dict[str, int], path: Path = ACCURACY, groups: frozenset[str] = frozenset()) -> str:
    """How far to trust mean tones towards actors, in words: the share of the model's labels that are wrong on
    held-out NewsMTSC targets, and how many of each actor's ``counts`` scored mentions (keys: the names as
    written) that makes likely wrong; for the actors in ``groups`` (organisations, groups) that the rate was
    measured on people only."""
    measured = _tone_error(path)
    if measured is None:
        return ("How far to trust a mean tone is unknown in this copy: the tone model's accuracy has not been "
                "recorded (run `make accuracy`).")
    error, f1 = measured
    each = " and ".join(f"about {round(n * error)} of {possessive(actor)} {n}"
                        + (f" (a rate {UNMEASURED})" if actor in groups else "") for actor, n in counts.items())
    which = "them" if len(counts) > 1 else "it"
    return (f"How far to trust {which}: the model gets {_in_words(error)} wrong (macro-F1 {f1:.2f}), so expect "
            f"{each} to be mislabelled; a mean over a handful of mentions is a lead to check against the words "
            "each label gives, not a measurement.")


def tone_trust_clause(n: int, path: Path = ACCURACY, person: bool = True) -> str:
    """The same for one actor's mean over ``n`` scored mentions, as a clause: ``"macro-F1 0.66: about one
    label in three is wrong, so about 2 of these 7 may be"``; for an organisation or group (``person`` false),
    that the rate was measured on people only."""
    measured = _tone_error(path)
    if measured is None:
        return "its accuracy has not been recorded in this copy"
    error, f1 = measured
    verb = "is" if _in_words(error).startswith(("about one ", "fewer than one ")) else "are"
    return (f"macro-F1 {f1:.2f}: {_in_words(error)} {verb} "
            f"wrong, so about {round(n * error)} of these {n} may be" + ("" if person else f"; {UNMEASURED}"))


def narration_trust(path: Path = ACCURACY) -> str:
    """How far to trust the VADER narration around an actor as the tone towards it, in words."""
    results = load(path)
    if results is None or "newsmtsc" not in results:
        return "a proxy only (its accuracy for the tone towards a person has not been recorded in this copy)"
    v = results["newsmtsc"]["metrics"]["vader_sentence"]
    return (f"a proxy only: VADER on a whole sentence reads the tone towards a person in it with macro-F1 "
            f"{v['macro_f1']['value']:.2f} on held-out NewsMTSC targets")


def frames_sentence(path: Path = ACCURACY) -> str:
    """One sentence stating how accurate the frame presence decision was measured to be, beside the baselines."""
    results = load(path)
    if results is None or "semeval" not in results:
        return "The accuracy of the frame presence decision has not been recorded in this copy (run `make accuracy`)."
    r = results["semeval"]
    m, prior, every = r["model"], r["frequency_prior"], r["all_frames"]

    def f(x: dict[str, Any]) -> str:
        return f"{x['value']:.2f} [{x['ci'][0]:.2f}, {x['ci'][1]:.2f}]"

    weak = sorted((v["f1"], k) for k, v in m["per_frame"].items())[:3]
    return (f"Measured on {r['held_out_articles']} held-out SemEval-2023 training articles (online news annotated "
            f"with the frames it uses; a model chosen and fitted on the other {r['train_articles']}; package "
            f"{r['package']}): micro-F1 {f(m['micro_f1'])}, macro-F1 {f(m['macro_f1'])}, against "
            f"{prior['micro_f1']['value']:.2f} and {prior['macro_f1']['value']:.2f} for always the "
            f"{len(prior['frames'])} most frequent frames and {every['micro_f1']['value']:.2f} and "
            f"{every['macro_f1']['value']:.2f} for all fourteen. Weakest frames: "
            + ", ".join(f"{k} (F1 {v:.2f})" for v, k in weak)
            + ". Humanitarian and Diplomacy and legitimacy have no annotations and are unvalidated; details in "
            "benchmarks/ACCURACY.md.")


def frames_table(frames: dict[str, str], path: Path = ACCURACY) -> pd.DataFrame:
    """One row per frame of ``frames`` (id -> name): ``frame, name, method, f1, gold, predicted`` on the held-out
    SemEval articles as ``make accuracy`` recorded them; the frames nobody annotated have method ``lexicon``
    and no figures (unvalidated)."""
    results = load(path)
    per = (results or {}).get("semeval", {}).get("model", {}).get("per_frame", {})
    rows = [{"frame": f, "name": name, "method": "model" if f in per else "lexicon (unvalidated)",
             "f1": per[f]["f1"] if f in per else None, "gold": per[f]["support"] if f in per else None,
             "predicted": per[f]["predicted"] if f in per else None} for f, name in frames.items()]
    table = pd.DataFrame(rows, columns=["frame", "name", "method", "f1", "gold", "predicted"])
    return table.astype({"f1": "float64", "gold": "Int64", "predicted": "Int64"})
