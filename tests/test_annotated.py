"""The annotated article page: the raw text, character for character, with every mark and its hover note."""

from __future__ import annotations

import html
import re

import pytest

from analysis.measures.analysed import analyse
from analysis.paths import COMPARE_FIXTURES, SEED_ARTICLE
from analysis.present.html import annotated_page, write_annotated
from analysis.text.article import expand_paths, load_article


def paragraphs_text(page: str) -> list[str]:
    paras = re.findall(r'<p class="para"><b class="n">\d+</b>(.*?)</p>', page, flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in paras]


@pytest.mark.parametrize("path", [SEED_ARTICLE, *sorted(expand_paths([COMPARE_FIXTURES]))[:2]], ids=lambda p: p.stem)
def test_the_page_holds_the_text_exactly_and_marks_every_quotation(path):
    a = analyse(load_article(path))
    page = annotated_page(a)
    assert paragraphs_text(page) == [p.text for p in a.article.paragraphs]
    q = a.quotes_table
    for r in q[q["kind"] == "direct"].itertuples():
        first_words = html.escape(a.article.raw[r.start : r.end].split()[0][:4], quote=True)
        assert re.search(r'<span class="[^"]*\bdirect\b[^"]*"[^>]*title="[^"]*direct quotation[^"]*">'
                         + re.escape(first_words), page), r.text


def test_hover_notes_name_speaker_side_cue_frame_and_label(seed_analysis):
    page = html.unescape(annotated_page(seed_analysis))
    assert "direct quotation · speaker: Sergei Lavrov (side: Russia) · cue: say (neutral) · via AFP" in page
    assert "partial quotation · speaker: Russia" in page
    assert "reporting cue 'say' (neutral)" in page
    assert "frame evidence: Security and defence (security vacuum)" in page  # one multi-word term
    assert "label for Taliban (descriptor; writer)" in page
    assert "label for Taliban (descriptor; quoted, Sergei Lavrov's words)" in page


def test_the_page_is_written_and_deterministic(seed_analysis, tmp_path):
    first = write_annotated(seed_analysis, tmp_path / "a").read_bytes()
    assert first == write_annotated(seed_analysis, tmp_path / "b").read_bytes()
    assert first.startswith(b"<!DOCTYPE html>")
