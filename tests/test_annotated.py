"""The annotated article page: the raw text, character for character, with every mark and its hover note."""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path

import pytest

from analysis.measures.analysed import Analysis, analyse
from analysis.paths import COMPARE_FIXTURES, SEED_ARTICLE
from analysis.present.html import PAGE_STYLE, _layers, annotated_page, footnote_positions, write_annotated
from analysis.text.article import expand_paths, load_article


@cache
def analysed(path: Path) -> Analysis:
    """One analysis per article for this module's tests (read-only)."""
    return analyse(load_article(path))


def paragraphs_text(page: str) -> list[str]:
    """The paragraphs as a reader sees them on screen (print-only footnote numbers left out)."""
    paras = re.findall(r'<p class="para"><b class="n">\d+</b>(.*?)</p>', page, flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", re.sub(r'<sup class="fn">[\d,]+</sup>', "", p))) for p in paras]


@pytest.mark.parametrize("path", [SEED_ARTICLE, *sorted(expand_paths([COMPARE_FIXTURES]))[:2]], ids=lambda p: p.stem)
def test_the_page_holds_the_text_exactly_and_marks_every_quotation(path):
    a = analysed(path)
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
    assert "label for Taliban (descriptor; the writer's narration)" in page
    assert "label for Taliban (descriptor; in the writer's paraphrase of Sergei Lavrov)" in page  # not his words


def test_the_page_is_written_and_deterministic(seed_analysis, tmp_path):
    first = write_annotated(seed_analysis, tmp_path / "a").read_bytes()
    assert first == write_annotated(seed_analysis, tmp_path / "b").read_bytes()
    assert first.startswith(b"<!DOCTYPE html>")


def footnotes_at(page: str, a) -> list[tuple[int, str]]:
    """``(offset in the raw file, note)`` for every printed footnote number, read off the page: the offset is
    where the number stands in the paragraph's text."""
    notes = [html.unescape(n) for n in re.findall(r"<li>(.*?)</li>", page)]
    paras = re.findall(r'<p class="para"><b class="n">\d+</b>(.*?)</p>', page, flags=re.S)
    out = []
    for p, body in zip(a.article.paragraphs, paras, strict=True):
        for chunk in re.finditer(r'<sup class="fn">([\d,]+)</sup>', body):
            offset = p.start + len(html.unescape(re.sub(r"<[^>]+>", "", re.sub(
                r'<sup class="fn">[\d,]+</sup>', "", body[:chunk.start()]))))
            out += [(offset, notes[int(n) - 1]) for n in chunk.group(1).split(",")]
    return out


@pytest.mark.parametrize("path", [SEED_ARTICLE, *sorted(expand_paths([COMPARE_FIXTURES]))[:2]], ids=lambda p: p.stem)
def test_printed_every_mark_has_a_numbered_footnote_after_its_last_character(path):
    a = analysed(path)
    page = annotated_page(a)
    numbers = [int(n) for group in re.findall(r'<sup class="fn">([\d,]+)</sup>', page) for n in group.split(",")]
    assert numbers == list(range(1, len(numbers) + 1))  # in reading order
    assert len(re.findall(r"<li>", page)) == len(numbers) == len(_layers(a))  # every mark once
    placed = footnotes_at(page, a)
    assert sorted(placed) == sorted((x[1], x[4]) for x in _layers(a))  # each after its mark's last character


def test_a_quotation_over_two_paragraphs_gets_one_number_where_it_ends(write):
    a = analyse(load_article(write("Ann Lee said: “We will build the bridge across the river.\n\n"
                                   "“It will open next year for everyone,” she added.\n\nThe council agreed.")))
    page = annotated_page(a)
    direct = [x for x in _layers(a) if x[2] == "direct"]
    placed = footnotes_at(page, a)
    second = a.article.paragraphs[1]
    for x in direct:
        assert [offset for offset, note in placed if note == x[4]] == [x[1]]
    assert any(second.start < x[1] <= second.end for x in direct)


def test_print_shows_the_notes_and_the_key_and_the_screen_hides_them():
    screen, _, printed = PAGE_STYLE.partition("@media print")
    assert re.search(r"\.fn, section\.notes, \.print-only \{ display: none; \}", screen)
    assert re.search(r"\.fn \{ display: inline", printed) and "section.notes { display: block; }" in printed
    assert ".screen-only { display: none; }" in printed and ".key span {" in printed
    assert "print-color-adjust: exact" in printed
    assert ".key" not in re.sub(r"\.key span \{[^}]*\}", "", printed)  # the key itself is never hidden


def test_a_mark_past_a_paragraph_is_numbered_at_the_end_of_the_last_paragraph_it_overlaps(seed_analysis):
    paras = seed_analysis.article.paragraphs
    into_gap = (paras[0].start + 5, paras[0].end + 1, "frame", "", "into the blank line")
    past_end = (paras[-1].start + 5, paras[-1].end + 40, "frame", "", "past the last paragraph")
    outside = (0, 3, "frame", "", "in the date header, never drawn")
    inside = (paras[1].start, paras[1].start + 4, "frame", "", "inside")
    placed = footnote_positions(seed_analysis, [into_gap, past_end, outside, inside])
    assert placed == {paras[0].end: [into_gap], paras[-1].end: [past_end], paras[1].start + 4: [inside]}
