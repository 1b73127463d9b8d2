"""Reading the project's data files: the documented CSV files (codebook and lexicons) and the fitted models.

One format for all the CSV files: UTF-8 CSV, lines starting with ``#`` are
comments, blank lines are skipped, the first other line is the header. A
problem is a :class:`~analysis.errors.ConfigError` naming the file and line.
The fitted models (tone, frames, page blocks) are JSON files read by
:func:`read_model`.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

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


def header_version(path: str | Path) -> str:
    """A lexicon file's version, as its first line states it ("# ... Version 4, 2026-12-07"), for figures'
    source lines; a :class:`ConfigError` naming the file when the line does not state one."""
    m = re.search(r"Version (\d+)", Path(path).read_text(encoding="utf-8").split("\n", 1)[0])
    if not m:
        raise ConfigError(f"{path}:1: the first line must state the lexicon's version ('Version N, date')")
    return m.group(1)


def read_model(path: str | Path, name: str, target: str) -> dict[str, Any]:
    """A fitted model's JSON file; a clear :class:`ConfigError` naming the file when it is missing (with the
    ``make target`` that rebuilds it) or unreadable. ``name``: what the model is ("tone model")."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: {name} file missing (make {target} rebuilds it)") from exc
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: unreadable {name} ({exc})") from exc
