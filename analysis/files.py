"""Writing a file so that no reader sees half of it (base layer: no drawing, no analysis).

Every text file and figure the package writes goes beside its target first and is then renamed over it, so
another process, or a run interrupted half-way, never reads a half-written file. Kept apart from the figure
style (:mod:`analysis.present.style`) so that writing tables does not import the plotting library.
"""

from __future__ import annotations

import os
from pathlib import Path


def partial_path(path: Path) -> Path:
    """Where a file is written before it is renamed over ``path``: beside it, hidden, one per process."""
    return path.with_name(f".{path.name}.{os.getpid()}.partial")


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` (UTF-8) through :func:`partial_path`, so no reader sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_path(path)
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
    return path
