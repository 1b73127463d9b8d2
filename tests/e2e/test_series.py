"""Re-running the notebook series on another article, and the HTML report (``make report ARTICLE=...``,
``make html``).

Part of ``make e2e`` (which CI runs after ``make test``), not of ``make test``: it executes six notebooks in
fresh kernels (about 28 s of the 2-core machine), the end-to-end path that nbval already runs on the seed.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from analysis.output.notebooks import render_html, run_series, series
from analysis.paths import FIGURES, NOTEBOOKS, ROOT
from analysis.present.plots import FIGURES as FIGURE_NAMES

FIXTURE = ROOT / "tests" / "fixtures" / "articles" / "harbour_talks.txt"

pytestmark = pytest.mark.e2e


def snapshot() -> dict[str, str]:
    files = [*NOTEBOOKS.glob("*.ipynb"), *FIGURES.glob("*")]
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(files)}


def test_series_runs_on_another_article_without_touching_committed_files(tmp_path):
    before = snapshot()
    written = run_series(FIXTURE, tmp_path)
    assert [p.name for p in written] == [p.name for p in series(per_article=True)]
    assert "07-compare-articles.ipynb" not in [p.name for p in written]
    for nb in written:
        cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
        code = [c for c in cells if c["cell_type"] == "code"]
        assert all(c["execution_count"] for c in code)
        assert not any(o["output_type"] == "error" for c in code for o in c["outputs"])
        text = nb.read_text(encoding="utf-8")
        assert "harbour_talks.txt" in text
    figures = sorted(p.name for p in (tmp_path / "figures").glob("*.png"))
    assert figures == sorted(f"{n}.png" for n, _ in FIGURE_NAMES)
    assert snapshot() == before

    html = render_html(written, tmp_path / "report.html")
    page = html.read_text(encoding="utf-8")
    assert page.count("<img") >= len(FIGURE_NAMES)
    assert "import pandas" not in page  # code hidden
    assert "Quotes and voices" in page
