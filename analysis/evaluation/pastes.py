"""Stories pasted with the lines of their page around them, scored on invented pastes with every line labelled.

The issue's check on real pasted articles (about 30, judged by hand) is not public, and the Zyte pages are whole
pages, not a story selected from about its headline to its end. ``tests/fixtures/pastes/`` holds pastes of that
second kind, each written for the project (people, places and text invented; the page furniture imitates how
pages of many kinds paste: wire stories, broadcasters, local and national papers, courts, sport, health, blogs,
interviews, opinion, live blogs, press releases, obituaries). Each ``NAME.src`` is the paste itself, one line per
line, with a label before each non-blank line:

* ``P|`` a line of the page (headline, byline, time stamp, caption, link, prompt, tags, credits): it should be set
  apart;
* ``S|`` a line of the story: it should stay in the body (a dateline cut from its first words is fine);
* ``N|`` a line a careful editor could read either way: not scored.

A blank line of the paste is a blank line of the file. Eight folders, each written by a separate helper who saw
neither the rules nor the other sets: ``develop`` (16 pastes of a newcomer's trial; the first round of rules of
furniture version 8 was written with their failures in view), ``develop2`` to ``develop5`` (16, 20, 20 and 24
pastes, each first scored blind, once, after the round before; the next round of rules was then written on their
failures), ``check`` (24 pastes scored once after the fifth round), ``check2`` (24 pastes scored once when the
paste-line model, :mod:`analysis.text.pastelines`, was first fitted on the folders before it; then fitted on too)
and ``check3`` (24 pastes scored once after the second round: the blind figure).
``python -m analysis.evaluation pastes tests/fixtures/pastes [--record]`` (part of ``make accuracy``; needs no
dataset).

* **Page lines set apart**: a ``P`` line with more than half its characters in a set-aside span (or the credit
  line) and none in the body.
* **Story lines removed**: an ``S`` line with less than half its characters in the body.
* **Furniture-made actors**: actors of the analysis none of whose mentions starts in an ``S`` line (a name from
  a byline, a menu, a caption's credit).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from analysis.errors import ConfigError
from analysis.evaluation import stats
from analysis.measures.analysed import analyse
from analysis.text.article import load_article

LABELS = ("P|", "S|", "N|")
PARTS = ("develop", "develop2", "develop3", "develop4", "develop5", "check", "check2", "check3")


def read_paste(path: Path) -> tuple[str, list[tuple[str, int, int]]]:
    """The paste's text and its labelled lines ``(label, start, end)``; a non-blank line without a label is a
    :class:`ConfigError` naming the file and line."""
    out, labels, at = [], [], 0
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if line[:2] in LABELS:
            tag, line = line[0], line[2:]
            labels.append((tag, at, at + len(line)))
        elif line.strip():
            raise ConfigError(f"{path}:{n}: a line of the paste needs a label, P|, S| or N|")
        out.append(line)
        at += len(line) + 1
    return "\n".join(out).rstrip("\n") + "\n", labels


def _share(spans: list[tuple[int, int]], start: int, end: int) -> float:
    return sum(max(0, min(e, end) - max(s, start)) for s, e in spans) / max(1, end - start)


def score_paste(path: Path) -> dict[str, Any]:
    """One paste's counts: page lines and those set apart, story lines and those removed, actors and those made
    of furniture (named)."""
    text, labels = read_paste(path)
    with tempfile.TemporaryDirectory() as d:
        copy = Path(d) / f"{path.stem}.txt"
        copy.write_text(text, encoding="utf-8")
        article = load_article(copy)
        mentions = analyse(article).actor_mentions
    body = [(p.start, p.end) for p in article.paragraphs]
    aside = [(a.start, a.end) for a in article.set_aside]
    if article.credit is not None:
        aside.append((article.credit.start, article.credit.end))
    page = [(s, e) for tag, s, e in labels if tag == "P"]
    story = [(s, e) for tag, s, e in labels if tag == "S"]
    set_apart = sum(_share(aside, s, e) > 0.5 and _share(body, s, e) == 0 for s, e in page)
    removed = sum(_share(body, s, e) < 0.5 for s, e in story)
    starts: dict[str, list[int]] = {}
    for name, start in zip(mentions["name"], mentions["start"], strict=True):
        starts.setdefault(str(name), []).append(int(start))
    made = sorted(name for name, at in starts.items() if not any(s <= x < e for x in at for s, e in story))
    return {"file": path.name, "page_lines": len(page), "set_apart": set_apart, "story_lines": len(story),
            "removed": removed, "actors": len(starts), "furniture_actors": made}


def part_results(folder: Path) -> dict[str, Any]:
    """The figures over one folder of pastes, with 95% intervals over pastes."""
    files = [score_paste(p) for p in sorted(folder.glob("*.src"))]
    if not files:
        raise ConfigError(f"{folder}: no NAME.src paste with labelled lines")

    def col(key: str) -> list[int]:
        return [f[key] if isinstance(f[key], int) else len(f[key]) for f in files]

    counts = {"page_lines_set_apart": sum(col("set_apart")), "story_lines_removed": sum(col("removed")),
              "furniture_actors": sum(col("furniture_actors"))}
    return {"pastes": len(files), "counts": counts,
            "page_lines_set_apart": stats.ratio(col("set_apart"), col("page_lines")),
            "story_lines_removed": stats.ratio(col("removed"), col("story_lines")),
            "furniture_actors": stats.ratio(col("furniture_actors"), col("actors")),
            "by_file": files}


def paste_results(folder: Path) -> dict[str, Any]:
    """The figures of each part (:data:`PARTS`) of a folder of labelled pastes."""
    if not all((folder / part).is_dir() for part in PARTS):
        raise ConfigError(f"{folder}: not a folder of pastes (expected {' and '.join(PARTS)} folders of NAME.src)")
    parts = {part: part_results(folder / part) for part in PARTS}
    return {"dataset": "invented pastes (tests/fixtures/pastes)",
            "split": "develop, develop2 to develop5, check and check2 (fitted on), and check3 (blind)",
            "articles": sum(p["pastes"] for p in parts.values()), "parts": parts}


def format_table(results: dict[str, Any]) -> str:
    """The Markdown table of the paste results, one row per part."""
    lines = [f"Stories pasted with lines of their page: {results['articles']} invented pastes "
             f"(`tests/fixtures/pastes`), package {results.get('package', '?')}", "",
             "| part | pastes | page lines set apart | story lines removed | furniture-made actors |",
             "|---|---|---|---|---|"]
    for part, r in results["parts"].items():
        cells = []
        for key in ("page_lines_set_apart", "story_lines_removed", "furniture_actors"):
            m = r[key]
            cells.append(f"{r['counts'][key]} of {m['n']}: {stats.interval(m)}")
        lines.append(f"| {part} | {r['pastes']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
