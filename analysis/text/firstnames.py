"""The first-name table: which first names US birth records give to one sex at least 95% of the time.

Read by the pronoun resolver's agreement pass (:mod:`analysis.measures.gender`), by the entity rules that tell
a person's name from other capitalised words (:mod:`analysis.measures.entities`) and by the page-furniture rule
for an author's name on a line of its own (:mod:`analysis.text.furniture`); it lives in the text layer so that
all of them can.
"""

from __future__ import annotations

import gc
import re
from functools import lru_cache
from pathlib import Path

from analysis.errors import ConfigError
from analysis.paths import DATA

FIRST_NAMES = DATA / "first_names.csv"
FIRST_NAME_ROW = re.compile(r"^([^\W\d_]+),([fm]),[0-9.]+,[0-9]+\n", re.M)


@lru_cache(maxsize=1)
def first_names(path: Path = FIRST_NAMES) -> dict[str, str]:
    """First name (lower case) -> ``"m"`` or ``"f"`` from :data:`FIRST_NAMES` (22,000 plain rows: read with a
    split per line rather than the CSV reader, a tenth of the time; a malformed row is a clear error)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read data file ({exc.strerror})") from None
    header = text.find("\nname,sex,share,births\n")
    if header < 0:
        raise ConfigError(f"{path}: the header must be name,sex,share,births")
    body = text[header + len("\nname,sex,share,births\n"):]
    enabled = gc.isenabled()
    gc.disable()  # 22,000 small tuples would set off full collections of the large heap spaCy leaves: 10x slower
    try:
        found = FIRST_NAME_ROW.findall(body)
    finally:
        if enabled:
            gc.enable()
    if len(found) != body.count("\n"):
        lines = body.split("\n")
        bad = next(i for i, line in enumerate(lines) if line and not FIRST_NAME_ROW.fullmatch(line + "\n"))
        line_no = text[: header + 1].count("\n") + 2 + bad
        raise ConfigError(f"{path}:{line_no}: expected name,sex (f or m),share,births")
    return dict(found)
