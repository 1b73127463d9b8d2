from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest

from analysis.present.plots import plot_lengths
from analysis.present.style import save_figure


def test_export_is_byte_identical_across_runs(seed, tmp_path, seed_analysis):
    first = save_figure(plot_lengths(seed_analysis), "01-paragraph-lengths", tmp_path / "a")
    second = save_figure(plot_lengths(seed_analysis), "01-paragraph-lengths", tmp_path / "b")
    assert [p.suffix for p in first] == [".png", ".svg"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()


def test_svg_carries_no_date_and_png_no_software_version(seed, tmp_path, seed_analysis):
    png, svg = save_figure(plot_lengths(seed_analysis), "x", tmp_path)
    assert b"<dc:date>" not in svg.read_bytes()
    assert b"Software" not in png.read_bytes()[:400]


def test_source_line_names_outlet_and_date(seed, seed_analysis):
    fig = plot_lengths(seed_analysis)
    texts = [t.get_text() for t in fig.texts]
    assert any(t.startswith("Source: Hindustan Times, 2021-10-20") for t in texts)


@pytest.mark.parametrize("name", ["", "figures/x", "x.png"])
def test_bad_names_are_refused(seed, tmp_path, name, seed_analysis):
    with pytest.raises(ValueError, match="figure name"):
        save_figure(plot_lengths(seed_analysis), name, tmp_path)
