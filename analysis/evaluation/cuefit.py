"""Fit the reporting-cue lexicon's complements to what the package gets right on a PolNeAR train split.

``python -m analysis.evaluation cue-fit TRAIN --out FILE`` writes a new lexicon from the current one in
three steps, printing counts only (never text):

1. **Candidates.** Every cue and complement of the current lexicon, plus every verb and complement that lies
   inside an annotated cue at least :data:`CANDIDATE_HITS` times and in at least :data:`CANDIDATE_SHARE` of
   its uses on the split (:func:`analysis.evaluation.cues.cue_counts`), except the generic verbs of
   :data:`GENERIC` and the verbs of :data:`NOT_SPEECH`, which name no speech, thought or intention.
2. **The package's own precision.** The package runs on the split with the candidate lexicon; each reported
   statement it finds counts for its cue and the complement that made it a statement: found, right when its
   cue overlaps the cue of an annotated reported statement, and *attributing* when it overlaps any
   annotated cue (a statement whose content the annotators quote, "called the plan “a disaster”").
3. **The rule.** A cue and complement with at least :data:`MIN_USES` statements stays or enters when at
   least :data:`ADD` of them are right; one already listed also stays when at least :data:`KEEP` of them
   attribute; the clausal complements (``ccomp``, ``parataxis``) of the reporting verbs of the literature
   (:data:`LITERATURE`) always stay. A cue and complement with fewer statements keeps its current status.
   The pairs of :data:`BY_HAND` are decided by hand, each with its reason.

:data:`ADD` is the precision above which adding statements raises F1 while keeping precision above 0.70
on train (at F1 about 0.65, anything above about 0.33 raises F1; 0.45 leaves a margin for precision).
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import ConfigError
from analysis.evaluation import polnear
from analysis.evaluation.brat import read_ann
from analysis.evaluation.cues import CONTENT_PREPOSITIONS, cue_counts
from analysis.measures import attribution
from analysis.measures.analysed import analyse
from analysis.paths import ROOT
from analysis.tables import none_if_missing
from analysis.text.article import load_article


def _listed(text: str) -> frozenset[str]:
    return frozenset(w.strip() for w in text.split(","))


CANDIDATE_SHARE = 0.10
CANDIDATE_HITS = 3
MIN_USES = 5
ADD = 0.45
KEEP = 0.60

LITERATURE = _listed(
    "say,tell,add,state,explain,announce,reply,respond,comment,describe,write,mention,remark,note,stress,"
    "emphasise,emphasize,insist,urge,warn,assert,declare,maintain,affirm,confirm,underline,highlight,demand,vow,"
    "caution,claim,allege,contend,purport,hint,suggest,indicate,imply,speculate,lament,regret,complain,report"
)
"""Reporting verbs of Thompson & Ye (1991) and Bergler (1992)."""

GENERIC = _listed(
    "be,have,do,make,take,go,come,will,would,can,could,get,give,put,use,hold,look,try,need,must,should,may,"
    "might,let,keep,become,leave,run,win,lose,help,work,start,begin,happen,include,pay,face,follow,lead,build,"
    "turn,move,change,play,bring,stand,set,meet,serve,die,kill,live,send,spend,create,remain,stay,open,allow,"
    "add up,raise,hit"
)
"""Verbs too general to be cues: they sit inside annotated cues as auxiliaries and light verbs."""

NOT_SPEECH = {
    "anger": "an effect on someone (angered voters), not what they said",
    "approve": "an act (approved the bill), not a statement",
    "experience": "an event undergone, not a statement",
    "file": "an act (filed a lawsuit), not a statement",
    "fire": "an act (fired at), not a statement",
    "hate": "a feeling the writer ascribes, not a statement",
    "like": "a feeling the writer ascribes, not a statement; also a preposition the tagger misreads",
    "prohibit": "an act of a rule or a law, not a statement",
    "resist": "an act, not a statement",
}
"""Verbs the data would add that name no speech, thought or intention, with the reason."""

BY_HAND = {
    ("pledge", "dobj"): (True, "a pledge is a promise, a speech act, whatever it promises (pledged EUR 1bn in aid)"),
    ("recognize", "dobj"): (False, "recognising a state or a government is an act of state; the cognitive sense "
                                   "takes a clause (recognised that ...)"),
    ("call", "dobj"): (False, "calling someone or something is mostly an act (called the police, called a "
                              "meeting): package on train 45/129"),
    ("call", "dobj+xcomp"): (True, "calling something a name (called the plan a disaster) is a statement"),
}
"""Cue and complement pairs decided by hand against the data, with the reason."""

NARROW = {
    "see": "sees five cases, saw prices rise: an event or an experience outside politics",
    "view": "viewed the site, the body: looking, outside politics",
    "vote": "voted for a plan is an act; only what they voted to say is speech",
    "want": "wants a new kitchen, wants to travel: a wish the writer ascribes, not a statement",
    "email": "email a friend: a share button or an act of sending",
}
"""Cues whose reporting sense is rare outside political news (issue 30): they report only with a clause
(``ccomp``, ``parataxis``, an infinitive ``xcomp``: "wants to build", "voted to end"), else they only attribute
direct quotations (``quote``)."""

NEW_CLASSES = {
    "bring up": "neutral", "encourage": "assertive", "favor": "emotive", "forget": "tentative",
    "guess": "tentative", "hope": "tentative", "imagine": "tentative", "intend": "tentative",
    "mean": "neutral", "plan": "tentative", "quote": "neutral", "realize": "tentative", "think": "tentative",
    "understand": "tentative", "want": "tentative", "welcome": "emotive",
}
"""Classes (the lexicon's categories) of cues that enter from the data, assigned by hand; others: neutral."""


@dataclass
class PairCount:
    """Reported statements the package found with one cue and complement on a split."""

    right: int = 0
    found: int = 0
    attributing: int = 0


@dataclass(frozen=True)
class Entry:
    cue: str
    cls: str
    complements: tuple[str, ...]
    basis: str


def read_lexicon(path: Path) -> tuple[list[str], dict[str, Entry]]:
    """The comment lines and the entries of a lexicon file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    rows = list(csv.reader(line for line in lines if not line.startswith("#")))
    if not rows or rows[0] != ["cue", "class", "complements", "basis"]:
        raise ConfigError(f"{path}: not a cue lexicon (expected the header cue,class,complements,basis)")
    entries = {r[0]: Entry(r[0], r[1], tuple(c for c in r[2].split("|") if c), r[3]) for r in rows[1:]}
    return header, entries


def candidates(current: dict[str, Entry], counts: dict[tuple[str, str], list[int]]) -> dict[str, Entry]:
    """Step 1: the current entries widened with every frequent enough complement and verb of the split."""
    out = dict(current)
    for (name, kind), (uses, hits) in sorted(counts.items()):
        cue = "according to" if name == "accord" else name
        if cue in GENERIC or cue in NOT_SPEECH or name == "express" or hits < CANDIDATE_HITS:
            continue
        if hits / uses < CANDIDATE_SHARE or (kind.startswith("prep:") and kind[5:] not in CONTENT_PREPOSITIONS):
            continue
        old = out.get(cue)
        comps = tuple(sorted(set(old.complements if old else ()) | {kind}))
        out[cue] = Entry(cue, old.cls if old else NEW_CLASSES.get(cue, "neutral"), comps, old.basis if old else "")
    return out


def _as_cues(entries: dict[str, Entry]) -> dict[str, attribution.Cue]:
    return {e.cue: attribution.Cue(e.cue, e.cls, frozenset(e.complements)) for e in entries.values()}


def pair_counts(folder: Path, entries: dict[str, Entry], limit: int | None = None) -> dict[tuple[str, str], PairCount]:
    """Step 2: ``{(cue, complement): PairCount}`` of the package's reported statements with ``entries``."""
    cues = _as_cues(entries)
    out: dict[tuple[str, str], PairCount] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _, text_path, ann_path in polnear.split_files(folder)[:limit]:
            text = text_path.read_text(encoding="utf-8")
            gold = polnear.gold_attributions(read_ann(ann_path), text)
            converted, orig = polnear.paragraph_text(text)
            path = Path(tmp) / "article.txt"
            path.write_text(converted, encoding="utf-8")
            a = analyse(load_article(path))
            table = attribution.quotes_table(a.article, a.docs, a.actor_mentions, a.label_spans, cues,
                                             referents=a.pronoun_table)
            for r in table.itertuples():
                if r.kind != "indirect" or r.cue in (None, ":") or none_if_missing(r.cue_start) is None:
                    continue
                para = a.article.paragraphs[r.paragraph - 1]
                verb = next((t for t in a.docs[r.paragraph - 1] if para.start + t.idx >= r.cue_start
                             and attribution.cue_of(t, cues) == r.cue), None)
                kind = attribution.reporting_complement(verb, r.cue, cues) if verb is not None else None
                if kind is None or kind == "express":
                    continue
                s, e = polnear.back_offsets(orig, int(r.cue_start), int(r.cue_end))
                count = out.setdefault((r.cue, kind), PairCount())
                count.found += 1
                count.right += any(g.reported and polnear.overlap(g.cue, s, e) for g in gold)
                count.attributing += any(g.cue and polnear.overlap(g.cue, s, e) for g in gold)
    return out


def refit(current: dict[str, Entry], wide: dict[str, Entry],
          counts: dict[tuple[str, str], PairCount]) -> dict[str, Entry]:
    """Step 3: the entries the rule keeps, each basis extended with the package's counts behind it."""
    out: dict[str, Entry] = {}
    for cue, entry in sorted(wide.items()):
        if cue.startswith("express ") or "quote" in entry.complements:
            if cue in current:
                out[cue] = current[cue]
            continue
        listed = set(current[cue].complements) if cue in current else set()
        kept, evidence = [], []
        for kind in sorted(set(entry.complements) | {k for (q, k), (add, _) in BY_HAND.items() if q == cue and add}):
            c = counts.get((cue, kind))
            if (cue, kind) in BY_HAND:
                keep = BY_HAND[cue, kind][0]
            elif c is None or c.found < MIN_USES:
                keep = kind in listed
            else:
                keep = (c.right / c.found >= ADD
                        or (kind in listed and c.attributing / c.found >= KEEP)
                        or (cue in LITERATURE and kind in ("ccomp", "parataxis")))
            if keep:
                kept.append(kind)
                if c is not None:
                    evidence.append(f"{kind} {c.right}/{c.found}")
        if cue in NARROW:
            kept = [k for k in kept if k in ("ccomp", "parataxis", "xcomp")] or ["quote"]
            evidence = [x for x in evidence if x.split()[0] in kept]
        if not kept:
            continue
        basis = "" if entry.basis.startswith("package on train: ") else entry.basis.split(" | package on train: ")[0]
        if evidence:
            basis = f"{basis} | package on train: {'; '.join(evidence)}" if basis else (
                f"package on train: {'; '.join(evidence)}")
        out[cue] = Entry(cue, entry.cls, tuple(sorted(kept)), basis)
    return out


def write_lexicon(path: Path, header: Iterable[str], entries: dict[str, Entry]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["cue", "class", "complements", "basis"])
    order = ("neutral", "assertive", "distancing", "tentative", "emotive", "channel")
    for e in sorted(entries.values(), key=lambda e: (order.index(e.cls), e.cue)):
        w.writerow([e.cue, e.cls, "|".join(e.complements), e.basis])
    path.write_text("\n".join(header) + "\n" + buf.getvalue(), encoding="utf-8")


def main(folder: Path, out: Path, limit: int | None = None) -> int:
    header, current = read_lexicon(attribution.REPORTING_VERBS_FILE)
    wide = candidates(current, cue_counts(folder, limit))
    counts = pair_counts(folder, wide, limit)
    fitted = refit(current, wide, counts)
    write_lexicon(out, header, fitted)
    added = sorted(set(fitted) - set(current))
    dropped = sorted(set(current) - set(fitted))
    pairs = sum(len(e.complements) for e in fitted.values())
    print(f"{len(fitted)} cues, {pairs} cue-complement pairs (was {len(current)} cues); "
          f"added: {', '.join(added) or '-'}; dropped: {', '.join(dropped) or '-'}")
    return 0


STATEMENT_CUES = ROOT / "benchmarks" / "statement_cues.json"


def statement_cues(folder: Path, out: Path = STATEMENT_CUES, limit: int | None = None) -> int:
    """The package's precision by cue and complement on a PolNeAR train split, with the lexicon as it is:
    every reported statement it finds, and how many overlap the cue of an annotated reported statement
    (``python -m analysis.evaluation statement-cues TRAIN``, ``make statement-cues``; counts only)."""
    _, current = read_lexicon(attribution.REPORTING_VERBS_FILE)
    counts = pair_counts(folder, current, limit)
    rows = [{"cue": cue, "complement": kind, "found": c.found, "right": c.right,
             "precision": round(c.right / c.found, 3) if c.found else None}
            for (cue, kind), c in sorted(counts.items(), key=lambda kv: (-kv[1].found, kv[0]))]
    found, right = sum(c.found for c in counts.values()), sum(c.right for c in counts.values())
    data = {"dataset": "PolNeAR", "split": folder.name, "articles": len(polnear.split_files(folder)[:limit]),
            "statements": found, "right": right, "precision": round(right / found, 3) if found else None,
            "by_cue": rows}
    out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"{found} reported statements, {right} right (precision {data['precision']}); "
          f"by cue and complement in {out}")
    return 0
