"""Who "he", "she" and "they" are, scored on GUM's coreference chains (Zeldes 2017).

``python -m analysis.evaluation gum FILE [--part develop|held_out|all] [--record]`` (part of ``make accuracy``),
``FILE`` being GUM's ``train.jsonl`` (one document a line: ``doc``, ``genre``, ``text``, ``mentions`` with
character offsets, entity types and chains).

**Gold items**: every *he/him/his*, *she/her/hers*, *they/them/their/theirs* mention whose chain has an
earlier proper-name mention (``proper``) of a person or an organisation. **The package's answer** for a gold
pronoun is the actor whose pronoun mention (``actors[...].mention_spans`` of kind ``pronoun``) overlaps it.
It is **right** when the last word of the actor's name, or of one of its aliases, is a word of one of the
chain's proper-name mentions (case-insensitive); no answer counts as wrong. Reported: accuracy (right over
gold), coverage (answered over gold) and precision (right over answered), by pronoun and by genre; and, for
the gold pronouns the package makes the speaker of a quotation (the quotation's ``speaker_start`` ..
``speaker_end`` overlaps the pronoun), whether the quotation's speaker is right by the same rule.

**Parts**: within each genre the documents are ranked by the sha256 of their name and every fifth
(rank 0, 5, 10 ...) is held out (:func:`part`): the rules were developed on the rest, and the held-out
documents are read to record. Intervals resample documents. Results hold numbers only, never text.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from analysis.errors import AnalysisError
from analysis.evaluation import stats
from analysis.measures.analysed import analyse
from analysis.tables import none_if_missing
from analysis.text.article import load_article

GOLD_FORMS = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she",
              "they": "they", "them": "they", "their": "they", "theirs": "they"}
"""Gold pronoun forms and the group each is reported under."""
NAMED = frozenset({"person", "organization"})
HELD_OUT_EVERY = 5
PARTS = ("develop", "held_out", "all")
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def read_documents(path: Path) -> list[dict[str, Any]]:
    """GUM's documents, one a line; a clear error when the file is missing or not JSON Lines."""
    if not path.is_file():
        raise AnalysisError(f"{path}: no such file (GUM's train.jsonl)")
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                docs.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise AnalysisError(f"{path}: line {n} is not JSON ({exc.msg})") from None
    return docs


def part(docs: Iterable[dict[str, Any]]) -> dict[str, str]:
    """``develop`` or ``held_out`` per document name: every fifth of each genre by sha256 rank is held out."""
    by_genre: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        by_genre[d["genre"]].append(d["doc"])
    out = {}
    for names in by_genre.values():
        ranked = sorted(names, key=lambda n: hashlib.sha256(n.encode("utf-8")).hexdigest())
        for i, name in enumerate(ranked):
            out[name] = "held_out" if i % HELD_OUT_EVERY == 0 else "develop"
    return out


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def last_word(name: str) -> str | None:
    found = WORD.findall(name)
    return found[-1].lower() if found else None


def gold_items(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The document's gold pronouns: offsets, form group, and the words of their chain's proper-name mentions."""
    chains: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in doc["mentions"]:
        if m.get("chain"):
            chains[m["chain"]].append(m)
    items = []
    for m in doc["mentions"]:
        group = GOLD_FORMS.get(m["text"].lower())
        if not (m.get("pronoun") and group and m.get("chain")):
            continue
        names = [x for x in chains[m["chain"]] if x.get("proper") and x.get("entity") in NAMED]
        if not any(x["start"] < m["start"] for x in names):
            continue
        items.append({"start": m["start"], "end": m["end"], "group": group,
                      "words": set().union(*(words(x["text"]) for x in names))})
    return items


def _right(actor: str | None, aliases: dict[str, list[str]], gold_words: set[str]) -> bool:
    if not actor:
        return False
    forms = [actor, *aliases.get(actor, [])]
    return any(last_word(f) in gold_words for f in forms if last_word(f))


def score_document(doc: dict[str, Any], workdir: Path) -> list[dict[str, Any]]:
    """Every gold pronoun of ``doc`` with the package's answer: ``answered``, ``right``, and for quotation
    speakers ``quote_right``."""
    items = gold_items(doc)
    if not items:
        return []
    path = workdir / "document.txt"
    path.write_text(doc["text"], encoding="utf-8")
    article = load_article(path)
    if article.raw != doc["text"]:
        raise AnalysisError(f"{doc['doc']}: the loader changed the text; offsets would not match")
    a = analyse(article)
    aliases = {r.name: list(r.aliases) for r in a.entity_table.itertuples()}
    spans = a.mention_tone[a.mention_tone["kind"] == "pronoun"]
    pron = list(zip(spans["start"].tolist(), spans["end"].tolist(), spans["actor"].tolist(), strict=True))
    q = a.quotes_table
    quotes = [(int(s), int(e), none_if_missing(sp)) for s, e, sp in
              zip(q["speaker_start"].tolist(), q["speaker_end"].tolist(), q["speaker"].tolist(), strict=True)
              if none_if_missing(s) is not None]
    out = []
    for it in items:
        answer = next((none_if_missing(act) for s, e, act in pron if s < it["end"] and e > it["start"]), None)
        speaker = [sp for s, e, sp in quotes if s < it["end"] and e > it["start"]]
        out.append({"doc": doc["doc"], "genre": doc["genre"], "group": it["group"], "start": it["start"],
                    "answered": answer is not None, "right": _right(answer, aliases, it["words"]),
                    "speaker_of_quote": bool(speaker),
                    "quote_right": bool(speaker) and _right(speaker[0], aliases, it["words"])})
    return out


def _figures(rows: list[dict[str, Any]], docs: list[str]) -> dict[str, Any]:
    """Accuracy, coverage and precision over ``rows`` with intervals resampling ``docs``."""
    per = {d: [r for r in rows if r["doc"] == d] for d in docs}
    right = [sum(r["right"] for r in per[d]) for d in docs]
    answered = [sum(r["answered"] for r in per[d]) for d in docs]
    total = [len(per[d]) for d in docs]
    return {"accuracy": stats.ratio(right, total), "coverage": stats.ratio(answered, total),
            "precision": stats.ratio(right, answered)}


def gum_results(path: Path, which: str = "held_out") -> dict[str, Any]:
    """The pronoun figures on the documents of one part (``develop``, ``held_out`` or ``all``)."""
    docs = read_documents(path)
    parts = part(docs)
    chosen = [d for d in docs if which == "all" or parts[d["doc"]] == which]
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for d in chosen:
            rows.extend(score_document(d, Path(tmp)))
    names = [d["doc"] for d in chosen]
    quoted = [r for r in rows if r["speaker_of_quote"]]
    return {
        "dataset": "GUM",
        "split": f"train ({which.replace('_', '-')} part)",
        "documents": len(chosen),
        "data_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "metrics": {
            "all": _figures(rows, names),
            "by_pronoun": {g: _figures([r for r in rows if r["group"] == g], names) for g in ("he", "she", "they")},
            "by_genre": {g: _figures([r for r in rows if r["genre"] == g],
                                     [d["doc"] for d in chosen if d["genre"] == g])
                         for g in sorted({d["genre"] for d in chosen})},
            "quotation_speakers": stats.ratio([sum(r["quote_right"] for r in quoted if r["doc"] == d) for d in names],
                                              [sum(1 for r in quoted if r["doc"] == d) for d in names]),
        },
    }


def format_table(results: dict[str, Any]) -> str:
    """The Markdown table of one GUM result."""
    m = results["metrics"]
    lines = [f"GUM {results['split']}: {results['documents']} documents; {stats.provenance(results)}", "",
             "| pronouns | gold | accuracy | coverage | precision |", "|---|---|---|---|---|"]

    def row(name: str, x: dict[str, Any]) -> str:
        return (f"| {name} | {x['accuracy']['n']} | {stats.interval(x['accuracy'])} | "
                f"{stats.interval(x['coverage'])} | {stats.interval(x['precision'])} |")

    lines.append(row("all", m["all"]))
    lines += [row(g, x) for g, x in m["by_pronoun"].items()]
    lines += [row(f"genre: {g}", x) for g, x in m["by_genre"].items()]
    q = m["quotation_speakers"]
    lines += ["", f"Pronouns the package makes the speaker of a quotation: the quotation's speaker is right "
                  f"{stats.interval(q)} of {q['n']}."]
    return "\n".join(lines)
