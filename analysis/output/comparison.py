"""Write a comparison folder: side-by-side CSVs, ``compare.json``, the data dictionary and figures.

``python -m analysis compare PATH [PATH ...] --out DIR``. The tables come from
:mod:`analysis.measures.compare` (columns declared in
:data:`analysis.schema.COMPARE_TABLES`, which also generates ``DIR/README.md``);
``compare.json`` highlights the differences (actors heard in some articles and
not others, actors one article alone mentions, labels for an actor that only
one article uses); the figures are :data:`analysis.present.plots.COMPARE_FIGURES`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from analysis.measures.analysed import analyse
from analysis.measures.compare import (
    Record,
    actor_mentions_table,
    cues_compare,
    differences,
    distance_compare,
    frames_compare,
    labels_table,
    overview,
    record,
    sentiment_arc,
    voices_compare,
)
from analysis.schema import COMPARE_TABLES, compare_dictionary
from analysis.text.article import Article
from analysis.text.codebook import Codebook

BUILDERS = {
    "overview.csv": overview, "sentiment_arc.csv": sentiment_arc, "actor_mentions.csv": actor_mentions_table,
    "labels.csv": labels_table, "voices.csv": voices_compare, "cues.csv": cues_compare,
    "frames.csv": frames_compare, "distance.csv": distance_compare,
}
"""The function of :mod:`analysis.measures.compare` that builds each declared comparison table."""


def article_record(article: Article, codebook: Codebook | None = None) -> Record:
    """The comparison record of one loaded article (what ``compare`` computes per article, in workers), with
    ``codebook``'s actors (default: the project's)."""
    return record(analyse(article, codebook))


def write_comparison(records: Sequence[Record], out_dir: Path, figures: bool = True) -> dict[str, Any]:
    """Write the comparison tables, ``compare.json``, the data dictionary ``README.md`` and (unless
    ``figures`` is false) ``figures/`` into ``out_dir``. Returns the JSON object."""
    from analysis.present import plots  # the plotting library loads only when a comparison is written

    recs = list(records)
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = {t.file: BUILDERS[t.file](recs) for t in COMPARE_TABLES}
    for name, df in tables.items():
        df.to_csv(out_dir / name, index=False, lineterminator="\n")
    result = {"articles": json.loads(tables["overview.csv"].to_json(orient="records")),
              "differences": differences(recs)}
    (out_dir / "compare.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    names = [name for name, _ in plots.COMPARE_FIGURES]
    (out_dir / "README.md").write_text(compare_dictionary(names), encoding="utf-8")
    if figures:
        plots.write_compare_figures(recs, out_dir / "figures")
    return result
