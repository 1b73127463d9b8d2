"""The reference rates behind frame salience: frame hits and words over a corpus of news (counts only).

``python -m analysis.evaluation frame-background FOLDER --out analysis/data/frame_background.csv``
(``make frame-background EVAL=DIR`` with ``DIR/polnear/train``) loads every ``FOLDER/text/*.txt`` with the
package's loader, finds the frame lexicon's evidence exactly as for any article, and writes one row per
frame: its hits, the articles with at least one hit, and the corpus's body words and articles. The header
records the corpus, the sha256 of its files and of the frame lexicon used, so a changed lexicon shows
(``tests/test_framing.py`` checks that the committed rates were made with the committed lexicon).

Why PolNeAR's train split: 840 news articles from US outlets across the political spectrum (2015-2016),
reporting on politics and public affairs, the same register as the articles this project reads (hard news
about governments, conflicts and policies), and already in the evaluation folder; its dev split stays
for measuring. A general-news corpus would give other rates; salience is relative to this one, and the
methods section says so.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from analysis.errors import AnalysisError
from analysis.measures.analysed import analyse
from analysis.measures.framing import BACKGROUND_HEADER, FRAMES, FRAMES_FILE
from analysis.text.article import load_article


def counts(folder: Path) -> tuple[dict[str, int], dict[str, int], int, int, str]:
    """``(hits, articles_with_hits, words, articles, sha256 of the files)`` over ``folder/text/*.txt``."""
    files = sorted((Path(folder) / "text").glob("*.txt"))
    if not files:
        raise AnalysisError(f"{folder}: no text/*.txt files (expected a PolNeAR split folder)")
    hits = dict.fromkeys(FRAMES, 0)
    with_hits = dict.fromkeys(FRAMES, 0)
    words = 0
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
        a = analyse(load_article(path))
        words += len(a.article.words)
        found = a.frame_evidence["frame"].value_counts()
        for frame, n in found.items():
            hits[frame] += int(n)
            with_hits[frame] += 1
    return hits, with_hits, words, len(files), digest.hexdigest()


def main(folder: Path, out: Path) -> int:
    hits, with_hits, words, articles, digest = counts(folder)
    lexicon = hashlib.sha256(FRAMES_FILE.read_bytes()).hexdigest()
    lines = [
        "# Reference rates for frame salience: frame-lexicon hits over a corpus of news (counts only, no text).",
        f"# corpus: PolNeAR {Path(folder).name} split (Newell, Margolin and Ruths 2018), {articles} articles, "
        f"{words} body words; files sha256 {digest}",
        f"# lexicon sha256: {hashlib.sha256(FRAMES_FILE.read_bytes()).hexdigest()}",
        "# Written by: python -m analysis.evaluation frame-background PATH/polnear/train --out THIS_FILE",
        "# hits: lexicon hits in the corpus; articles_with_hits: articles with one or more; words and articles:",
        "# the corpus totals (the same on every row).",
        ",".join(BACKGROUND_HEADER),
        *(f"{f},{hits[f]},{with_hits[f]},{words},{articles}" for f in FRAMES),
    ]
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{articles} articles, {words} words; lexicon {lexicon[:12]}; wrote {out}")
    return 0
