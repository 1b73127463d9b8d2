"""Count the common nouns that head the annotated sources of reported speech on a PolNeAR train split: the
nouns a speaker is named by in news ("officials", "the campaign", "a poll").

``python -m analysis.evaluation speaker-nouns PATH/polnear/train --out analysis/data/speaker_nouns.csv``
(``make speaker-nouns``) parses each annotated source of a reported statement alone, takes the root of the
parse when it is a common noun written in lower case (names the tagger reads as nouns are left out), and
writes each lemma heading at least :data:`MIN_SOURCES` sources with its count, after the nouns of our own
(:data:`OWN`, other subjects than politics). Counts and lemmas only, never text.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from analysis.evaluation import polnear
from analysis.evaluation.brat import read_ann
from analysis.text.nlp import get_nlp

MIN_SOURCES = 2

OWN = [
    "people", "person", "man", "woman", "men", "women", "child", "boy", "girl", "family", "parent", "mother",
    "father", "son", "daughter", "wife", "husband", "brother", "sister", "friend", "neighbour", "neighbor",
    "resident", "local", "villager", "citizen", "passenger", "driver", "pilot", "crew", "doctor", "nurse",
    "surgeon", "physician", "paramedic", "patient", "carer", "caregiver", "teacher", "pupil", "student",
    "principal", "headteacher", "coach", "player", "athlete", "captain", "manager", "referee", "fan", "supporter",
    "owner", "farmer", "grower", "worker", "employee", "staff", "volunteer", "organiser", "organizer", "scientist",
    "researcher", "scholar", "professor", "academic", "expert", "engineer", "architect", "lawyer", "attorney",
    "solicitor", "judge", "jury", "juror", "witness", "victim", "survivor", "suspect", "defendant", "police",
    "officer", "detective", "firefighter", "soldier", "commander", "official", "spokesperson", "spokesman",
    "spokeswoman", "representative", "minister", "mayor", "councillor", "council", "committee", "board", "panel",
    "agency", "authority", "ministry", "department", "government", "company", "firm", "business", "retailer",
    "bank", "union", "charity", "school", "university", "hospital", "club", "team", "group", "organisation",
    "organization", "association", "society", "institute", "study", "report", "survey", "poll", "research", "paper",
    "journal", "review", "analysis", "data", "datum", "figure", "statement", "letter", "memo", "document", "filing",
    "complaint", "ruling", "verdict", "notice", "announcement", "post", "tweet", "video", "website", "blog", "book",
    "author", "writer", "reporter", "journalist", "editor", "critic", "host", "guest", "chef", "owner", "buyer",
    "seller", "customer", "shopper", "diner", "visitor", "tourist", "traveller", "traveler", "user", "reader",
    "viewer", "listener", "audience", "crowd", "protester", "activist", "campaigner", "voter", "candidate",
    "member", "leader", "chief", "head", "director", "chair", "chairman", "chairwoman", "founder", "president",
    "executive", "analyst", "economist", "adviser", "advisor", "consultant", "spokesman", "source", "insider",
    "observer", "historian", "biographer", "clinic", "practice", "surgery", "pharmacy", "shop", "store",
    "restaurant", "cafe", "bakery", "brewery", "factory", "mill", "farm", "airline", "airport", "museum", "library",
    "gallery", "theatre", "theater", "church", "parish", "diocese", "mosque", "temple", "tribunal", "regulator",
    "watchdog", "inspector", "inspectorate", "service", "trust", "fund", "foundation", "network", "broadcaster",
    "newspaper", "magazine", "publisher", "studio", "league", "federation", "army", "navy", "militia", "rebel",
    "landlord", "tenant", "developer", "builder", "operator", "provider", "supplier", "producer", "maker",
    "manufacturer", "insurer", "lender", "employer", "council", "cabinet", "parliament", "congress", "senate",
    "assembly", "party", "opposition", "campaign", "commission", "inquiry", "office", "bureau", "agency",
]
"""Nouns of our own by which other kinds of news name a speaker (health, schools, sport, courts, business,
travel): people by role, organisations, and documents that state something."""


def source_heads(folder: Path) -> Counter:
    """``{lemma: sources}``: the lower-case common nouns heading the annotated sources of reported speech."""
    texts = []
    for _, text_path, ann_path in polnear.split_files(folder):
        text = text_path.read_text(encoding="utf-8")
        texts += [" ".join(g.source_text.split()) for g in polnear.gold_attributions(read_ann(ann_path), text)
                  if g.source_text and g.reported]
    counts: Counter = Counter()
    for doc in get_nlp().pipe(texts, batch_size=256):
        root = next((t for t in doc if t.head.i == t.i), None)
        if root is not None and root.pos_ == "NOUN" and not root.ent_type_ and root.text.islower() \
                and root.is_alpha:
            counts[root.lemma_.lower()] += 1
    return counts


def main(folder: Path, out: Path) -> int:
    counts = source_heads(folder)
    own = sorted(set(OWN))
    data = sorted(((lemma, n) for lemma, n in counts.items() if n >= MIN_SOURCES), key=lambda x: (-x[1], x[0]))
    lines = [
        "# Nouns that name a speaker: a cue's subject headed by one of them can report speech",
        "# (analysis/measures/attribution/speakers.py, can_speak). Written by",
        "# `python -m analysis.evaluation speaker-nouns PATH/polnear/train --out analysis/data/speaker_nouns.csv`:",
        "# source = ours (nouns of other subjects than politics, analysis/evaluation/speakernouns.py OWN) or",
        f"# polnear (a lower-case common noun heading at least {MIN_SOURCES} annotated sources of reported speech in",
        "# PolNeAR train, Newell, Margolin and Ruths 2018; count = how many). Lemmas and counts only.",
        "noun,source,count",
        *(f"{lemma},ours," for lemma in own),
        *(f"{lemma},polnear,{n}" for lemma, n in data if lemma not in own),
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(own)} nouns of our own, {sum(1 for x, _ in data if x not in own)} more from {folder}")
    return 0
