"""The reporting-cue lexicon (``analysis/data/reporting_verbs.csv``): cues, their classes and the complements
with which each reports speech."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from analysis.errors import ConfigError
from analysis.paths import DATA
from analysis.text.datafile import read_rows
from analysis.text.spelling import american_candidate

REPORTING_VERBS_FILE = DATA / "reporting_verbs.csv"
CLASSES = ("neutral", "assertive", "distancing", "tentative", "emotive", "channel")
COMPLEMENTS = ("ccomp", "xcomp", "dobj+xcomp", "dobj", "parataxis", "prep:", "bare", "quote")
"""Complement kinds a cue may report with (``prep:`` is followed by the preposition; ``bare``: none of the
others, as in "as he said"; ``quote``: the cue only attributes direct quotations)."""


@dataclass(frozen=True)
class Cue:
    """One reporting cue: its class and the complements with which it reports speech."""

    name: str
    cls: str
    complements: frozenset[str]


@lru_cache(maxsize=4)
def load_cues(path=REPORTING_VERBS_FILE) -> dict[str, Cue]:
    """The reporting-cue lexicon ``{cue: Cue}``; validated (file and line named on error)."""
    out: dict[str, Cue] = {}
    for n, row in read_rows(path, ["cue", "class", "complements", "basis"], required=3):
        cue, cls = " ".join(row[0].lower().split()), row[1]
        if cls not in CLASSES:
            raise ConfigError(f"{path}:{n}: unknown class {cls!r} (expected one of {', '.join(CLASSES)})")
        if cue in out:
            raise ConfigError(f"{path}:{n}: cue {cue!r} is listed twice")
        comps = frozenset(c.strip() for c in row[2].split("|") if c.strip())
        bad = [c for c in comps if not (c in COMPLEMENTS or (c.startswith("prep:") and len(c) > 5))]
        if bad:
            raise ConfigError(f"{path}:{n}: unknown complement {bad[0]!r} (expected {', '.join(COMPLEMENTS)}...)")
        out[cue] = Cue(cue, cls, comps)
    return out


def load_reporting_verbs(path=REPORTING_VERBS_FILE) -> dict[str, str]:
    """The lexicon as ``{cue: class}``."""
    return {name: c.cls for name, c in load_cues(path).items()}


def cue_of(token, cues: dict[str, Cue]) -> str | None:
    """The lexicon cue a token expresses ('say', 'point out', 'express regret', 'according to'), or None."""
    lemma = token.lemma_.lower()
    if lemma == "accord" and token.lower_ == "according":
        return "according to" if "according to" in cues and any(c.lower_ == "to" for c in token.children) else None
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if lemma == "express":
        nouns = [c for c in token.children if c.dep_ == "dobj"]
        if not nouns and token.dep_ == "acl":
            nouns = [token.head]
        for n in nouns:
            cue = f"express {n.lemma_.lower()}"
            if cue in cues:
                return cue
        return None
    if lemma not in cues and american_candidate(lemma) in cues:
        lemma = american_candidate(lemma)  # "criticised" is the lexicon's "criticize"
    for c in token.children:  # "point out", and "put it" of "as Lee put it"
        if (c.dep_ == "prt" or (c.dep_ == "dobj" and c.lower_ == "it")) and f"{lemma} {c.lower_}" in cues:
            return f"{lemma} {c.lower_}"
    return lemma if lemma in cues else None


def complements(verb) -> dict[str, list]:
    """The complements of a verb token, by kind (see :data:`COMPLEMENTS`): ``{kind: [tokens]}``."""
    kids = list(verb.children)
    dobj = [c for c in kids if c.dep_ == "dobj"]
    xcomp = [c for c in kids if c.dep_ == "xcomp" or (c.dep_ == "oprd" and dobj)]  # "called the plan a disaster"
    out: dict[str, list] = {}
    ccomp = [c for c in kids if c.dep_ == "ccomp"]
    if ccomp:
        out["ccomp"] = ccomp
    if dobj and xcomp:
        out["dobj+xcomp"] = dobj + xcomp
    elif xcomp:
        out["xcomp"] = xcomp
    elif dobj:
        out["dobj"] = dobj
    for c in kids:
        if c.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            out.setdefault(f"prep:{c.lower_}", [c])
    if verb.dep_ == "parataxis" and verb.head.i != verb.i:
        out["parataxis"] = [verb.head]
    if not out:
        out["bare"] = []
    return out


def reporting_complement(verb, cue: str, cues: dict[str, Cue]) -> str | None:
    """The kind of complement (:data:`COMPLEMENTS`) with which ``verb`` (expressing ``cue``) reports speech, or
    None when it does not: the lexicon lists none of the verb's complements, or the verb is a past participle
    that only modifies a noun ("the contests known as Super Tuesday")."""
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and not any(c.dep_ == "agent" for c in verb.children):
        return None
    found = complements(verb)
    if cue.startswith("express "):
        return "express"
    return next((kind for kind in sorted(cues[cue].complements) if kind in found), None)  # sorted: stable


def reporting(verb, cue: str, cues: dict[str, Cue]) -> list | None:
    """The complement tokens with which ``verb`` (expressing ``cue``) reports speech, or None when it does not
    (:func:`reporting_complement`)."""
    kind = reporting_complement(verb, cue, cues)
    if kind is None:
        return None
    if kind == "express":
        return [c for c in verb.children if c.dep_ == "prep"] or complements(verb).get("ccomp") or []
    return complements(verb)[kind]
