"""Who speaks each turn of an interview or transcript, scored on invented transcripts with gold turns.

``tests/fixtures/transcripts/`` holds 16 invented transcripts, each ``NAME.txt`` beside ``NAME.turns.csv``:
one row per gold turn, ``paragraph`` (1-based, the file's blank-line paragraphs), ``label``, ``speaker`` and
``last`` (the last paragraph of a turn that runs on; blank when the turn is its own paragraph).
Eight were written with the rules (a Q&A interview, a press conference, a court transcript, a radio
interview with "HOST:", a panel of three, one with no introduction, a story with a short exchange, a wire
story whose dateline has a colon); eight more were written by a helper who had not seen the rules or those
files (a magazine Q&A, labels in Markdown bold, a TV transcript, a committee hearing, a court excerpt with
an examination line, a panel of four, a dateline story, a story with a Q&A in the middle). Their first run
scored 52 of 76 turns; the general fixes that followed (bold labels, role labels in ordinary case, roles
before names, "hosted by", "The witness is ...") were made with them in view, so the recorded figure is
not a blind one.
The measure needs no dataset: ``python -m analysis.evaluation turns tests/fixtures/transcripts [--record]``
(part of ``make accuracy``).

* **Right**: the package has a turn whose label lies in the gold paragraph and whose speaker is the gold
  speaker (case-insensitive). *Accuracy* = right / gold turns.
* **False turns**: package turns in a paragraph with no gold turn (a dateline or a headline read as a label).
  *Precision* = turns in a gold paragraph / package turns.
* **Extent**: a gold turn found whose text ends in the gold ``last`` paragraph (an answer that runs on over an
  unlabelled paragraph; not over a stage direction such as "(Recess.)"). *Extent accuracy* = those / gold turns.

"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from analysis.errors import ConfigError
from analysis.evaluation import stats
from analysis.measures.analysed import analyse
from analysis.text.article import load_article
from analysis.text.datafile import read_rows

HEADER = ["paragraph", "label", "speaker", "last"]


def gold_turns(path: Path) -> list[tuple[int, str, str, int]]:
    """The gold turns of one transcript: ``(paragraph, label, speaker, last paragraph)``; validated (file and
    line named). ``last`` is blank for a turn that is its own paragraph."""
    out = []
    for n, row in read_rows(path, HEADER, required=3):
        if not row[0].isdigit() or int(row[0]) < 1 or (row[3] and not row[3].isdigit()):
            raise ConfigError(f"{path}:{n}: paragraph and last must be positive whole numbers, not {row[0]!r}, "
                              f"{row[3]!r}")
        first = int(row[0])
        last = int(row[3]) if row[3] else first
        if last < first:
            raise ConfigError(f"{path}:{n}: last paragraph {last} is before the turn's paragraph {first}")
        out.append((first, row[1], row[2], last))
    return out


def file_paragraphs(raw: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the blank-line paragraphs of a file, in order."""
    return [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", raw)]


def score_file(text_path: Path, gold_path: Path) -> dict[str, Any]:
    """One transcript's counts: gold turns, right, package turns, turns in a gold paragraph, and the misses."""
    gold = gold_turns(gold_path)
    article = load_article(text_path)
    spans = file_paragraphs(article.raw)
    if any(last > len(spans) for _, _, _, last in gold):
        raise ConfigError(f"{gold_path}: a paragraph number is beyond the {len(spans)} paragraphs of {text_path.name}")
    turns = [r for r in analyse(article).quotes_table.itertuples() if r.kind == "turn"]

    def paragraph_of(offset: int) -> int | None:
        return next((k + 1 for k, (s, e) in enumerate(spans) if s <= offset < e), None)

    found = {paragraph_of(int(t.speaker_start)): (str(t.speaker), paragraph_of(int(t.end) - 1)) for t in turns}
    right, extent, misses = 0, 0, []
    for p, label, speaker, last in gold:
        got, ends = found.get(p, (None, None))
        extent += ends == last
        if got is not None and got.lower() == speaker.lower():
            right += 1
        else:
            misses.append({"paragraph": p, "label": label, "gold": speaker, "package": got})
    golden = {p for p, _, _, _ in gold}
    return {"file": text_path.name, "gold": len(gold), "right": right, "extent": extent, "predicted": len(turns),
            "in_gold": sum(1 for p in found if p in golden), "misses": misses}


def turn_results(folder: Path) -> dict[str, Any]:
    """Turn speaker accuracy and turn precision over a folder of transcripts with gold turns."""
    if not folder.is_dir():
        raise ConfigError(f"{folder}: not a folder of transcripts (NAME.txt beside NAME.turns.csv)")
    pairs = [(t, t.with_suffix(".turns.csv")) for t in sorted(folder.glob("*.txt"))]
    pairs = [(t, g) for t, g in pairs if g.exists()]
    if not pairs:
        raise ConfigError(f"{folder}: no NAME.txt with a NAME.turns.csv beside it")
    files = [score_file(t, g) for t, g in pairs]
    return {
        "dataset": "invented transcripts (tests/fixtures/transcripts)",
        "split": "all",
        "articles": len(files),
        "metrics": {
            "turn_speaker_accuracy": stats.ratio([f["right"] for f in files], [f["gold"] for f in files]),
            "turn_precision": stats.ratio([f["in_gold"] for f in files], [f["predicted"] for f in files]),
            "turn_extent_accuracy": stats.ratio([f["extent"] for f in files], [f["gold"] for f in files]),
        },
        "by_file": [{k: f[k] for k in ("file", "gold", "right", "extent", "predicted", "in_gold", "misses")}
                    for f in files],
    }


def format_table(results: dict[str, Any]) -> str:
    """The Markdown table of the turn results."""
    m = results["metrics"]
    lines = [f"Turns of interviews and transcripts: {results['articles']} invented transcripts "
             f"(`tests/fixtures/transcripts`), package {results.get('package', '?')}", "",
             "| figure | value | 95% interval | n |", "|---|---|---|---|"]
    for key, name in (("turn_speaker_accuracy", "turn speaker accuracy (gold turns with the right speaker)"),
                      ("turn_precision", "turn precision (package turns where a gold turn is)"),
                      ("turn_extent_accuracy", "turn extent (gold turns found that end in their last paragraph)")):
        r = m[key]
        lines.append(f"| {name} | {r['value']:.3f} | [{r['ci'][0]:.3f}, {r['ci'][1]:.3f}] | {r['n']} |")
    lines += ["", "| file | gold turns | right | package turns |", "|---|---|---|---|"]
    lines += [f"| {f['file']} | {f['gold']} | {f['right']} | {f['predicted']} |" for f in results["by_file"]]
    return "\n".join(lines)
