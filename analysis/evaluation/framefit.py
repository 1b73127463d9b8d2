"""The reference rates behind frame salience: frame hits and words over a corpus of news (counts only).

``python -m analysis.evaluation frame-background FOLDER --out analysis/data/frame_background.csv``
(``make frame-background EVAL=DIR`` with ``DIR/polnear/train``) loads every ``FOLDER/text/*.txt`` with the
package's loader; given a SemEval ``train.jsonl`` instead of a folder (``make frame-background`` writes
``analysis/data/frame_background_semeval.csv`` from ``DIR/semeval/train.jsonl``), it loads each record's
``text``. It finds the frame lexicon's evidence exactly as for any article, and writes one row per
frame: its hits, the articles with at least one hit, and the corpus's body words and articles. The header
records the corpus, the sha256 of its files and of the frame lexicon used, so a changed lexicon shows
(``tests/test_framing.py`` checks that the committed rates were made with the committed lexicon).

Two references, because a rate says as much about the genre as about the article: PolNeAR's train split
(US political news of 2015-2016) and SemEval-2023 Task 3's English train file (online news of 2019-2022
from many countries, much of it on crime, migration and conflicts). Why PolNeAR's train split: 840 news
articles from US outlets across the political spectrum (2015-2016), reporting on politics and public
affairs, the same register as the articles this project reads (hard news about governments, conflicts and
policies), and already in the evaluation folder; its dev split stays for measuring. Other news gives other
rates; salience is relative to each reference, and the findings name the one they compare with.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
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


def counts_jsonl(path: Path) -> tuple[dict[str, int], dict[str, int], int, int, str]:
    """The same counts over the ``text`` of each record of a JSONL file (SemEval's ``train.jsonl``); the
    digest is the file's sha256."""
    try:
        records = [json.loads(line)["text"] for line in Path(path).read_text(encoding="utf-8").splitlines()
                   if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise AnalysisError(f"{path}: not a JSONL file of records with a text ({exc})") from exc
    if not records:
        raise AnalysisError(f"{path}: no records")
    hits = dict.fromkeys(FRAMES, 0)
    with_hits = dict.fromkeys(FRAMES, 0)
    words = 0
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "article.txt"
        for text in records:
            article.write_text(str(text) + "\n", encoding="utf-8")
            a = analyse(load_article(article))
            words += len(a.article.words)
            for frame, n in a.frame_evidence["frame"].value_counts().items():
                hits[frame] += int(n)
                with_hits[frame] += 1
    return hits, with_hits, words, len(records), hashlib.sha256(Path(path).read_bytes()).hexdigest()


def main(folder: Path, out: Path) -> int:
    jsonl = Path(folder).suffix == ".jsonl"
    hits, with_hits, words, articles, digest = (counts_jsonl if jsonl else counts)(folder)
    lexicon = hashlib.sha256(FRAMES_FILE.read_bytes()).hexdigest()
    corpus = (f"SemEval-2023 Task 3 English {Path(folder).stem} file (Piskorski et al. 2023), {articles} articles, "
              f"{words} body words; file sha256 {digest}" if jsonl else
              f"PolNeAR {Path(folder).name} split (Newell, Margolin and Ruths 2018), {articles} articles, "
              f"{words} body words; files sha256 {digest}")
    source = "PATH/semeval/train.jsonl" if jsonl else "PATH/polnear/train"
    lines = [
        "# Reference rates for frame salience: frame-lexicon hits over a corpus of news (counts only, no text).",
        f"# corpus: {corpus}",
        f"# lexicon sha256: {hashlib.sha256(FRAMES_FILE.read_bytes()).hexdigest()}",
        f"# Written by: python -m analysis.evaluation frame-background {source} --out THIS_FILE",
        "# hits: lexicon hits in the corpus; articles_with_hits: articles with one or more; words and articles:",
        "# the corpus totals (the same on every row).",
        ",".join(BACKGROUND_HEADER),
        *(f"{f},{hits[f]},{with_hits[f]},{words},{articles}" for f in FRAMES),
    ]
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{articles} articles, {words} words; lexicon {lexicon[:12]}; wrote {out}")
    return 0
