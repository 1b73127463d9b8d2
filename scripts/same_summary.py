"""Check that two ``summarize --json`` outputs say the same, paths aside (CI: the wheel against the clone).

Usage: ``python scripts/same_summary.py A.json B.json``. Each file holds one JSON object per line (one per
article). The article's ``path`` may differ (where each copy was run from); every other key and value must be
equal. Prints the first difference and exits 1, or one line and exits 0.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

PATH_KEYS = (("article", "path"),)
"""Keys that name where the input was read from, not what was measured."""


def records(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a ``summarize --json`` output, with the :data:`PATH_KEYS` removed."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            for outer, inner in PATH_KEYS:
                record.get(outer, {}).pop(inner, None)
            out.append(record)
    return out


def first_difference(a: Any, b: Any, where: str = "") -> str | None:
    """The path of the first value that differs between ``a`` and ``b`` (keys in order), or None."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{where}/{key} (only in {'the second' if key not in a else 'the first'})"
            found = first_difference(a[key], b[key], f"{where}/{key}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{where} ({len(a)} against {len(b)} items)"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            found = first_difference(x, y, f"{where}[{i}]")
            if found:
                return found
        return None
    return None if a == b else f"{where} ({a!r} against {b!r})"


def main(argv: list[str] | None = None) -> int:
    first, second = (Path(p) for p in (sys.argv[1:] if argv is None else argv))
    a, b = records(first), records(second)
    if not a:
        print(f"{first}: no summary in the file", file=sys.stderr)
        return 1
    found = first_difference(a, b)
    if found:
        print(f"{first} and {second} differ at {found}", file=sys.stderr)
        return 1
    print(f"{first} and {second}: the same {len(a)} summaries, paths aside")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
