"""Reading the project's documented CSV data files (codebook and lexicons).

One format for all of them: UTF-8 CSV, lines starting with ``#`` are
comments, blank lines are skipped, the first other line is the header. A
problem is a :class:`~analysis.errors.ConfigError` naming the file and line.
"""

from __future__ import annotations

import csv
from pathlib import Path

from analysis.errors import ConfigError


def read_rows(path: str | Path, header: list[str], required: int | None = None) -> list[tuple[int, list[str]]]:
    """Data rows as ``(line number, cells)``, cells stripped.

    Each row must have ``len(header)`` cells and its first ``required`` cells
    (default: all) non-empty.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read data file ({exc.strerror})") from None
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
                if line.strip() and not line.lstrip().startswith("#")]
    rows = [(n, [c.strip() for c in next(csv.reader([line]))]) for n, line in numbered]
    if not rows or rows[0][1] != header:
        raise ConfigError(f"{path}: the header must be {','.join(header)}")
    need = len(header) if required is None else required
    for n, row in rows[1:]:
        if len(row) != len(header):
            raise ConfigError(f"{path}:{n}: expected {len(header)} columns ({','.join(header)}), found {len(row)}")
        if not all(row[:need]):
            raise ConfigError(f"{path}:{n}: empty {header[[bool(c) for c in row[:need]].index(False)]!r}")
    return rows[1:]
