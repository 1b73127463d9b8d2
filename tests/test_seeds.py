"""seeds/README.md says what seeds/sources.csv and the files say: one row per article, the same outlet and URL."""

from __future__ import annotations

import csv
import re

from analysis.paths import SEEDS


def readme_rows() -> dict[str, dict[str, str]]:
    rows = {}
    for line in (SEEDS / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0].startswith("`"):
            name, outlet, date, url, _note = cells
            rows[name.strip("`")] = {"outlet": outlet, "date": date, "url": url.strip("<>")}
    return rows


def test_every_seed_has_a_readme_row_that_agrees_with_sources_csv():
    readme = readme_rows()
    with (SEEDS / "sources.csv").open(encoding="utf-8", newline="") as f:
        sources = {r["file"]: r for r in csv.DictReader(f)}
    assert set(readme) == {p.name for p in SEEDS.glob("*.txt")}
    for name, row in readme.items():
        source = sources.get(name, {})
        assert row["outlet"] == (source.get("outlet") or name), name
        assert row["url"] == (source.get("url") or "not recorded"), f"{name}: README and sources.csv disagree"
        header = re.match(r" date (\d{4}-\d{2}(?:-\d{2})?) ", (SEEDS / name).read_text(encoding="utf-8"))
        assert row["date"] == (header.group(1) if header else "undated"), name
