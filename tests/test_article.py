from __future__ import annotations

import hashlib

import pytest
from conftest import SEED_SHA256
from hypothesis import given
from hypothesis import strategies as st

from analysis.errors import ArticleError
from analysis.paths import ROOT, SEED_ARTICLE
from analysis.text.article import (
    expand_paths,
    is_credit,
    language_warning,
    load_article,
    parse_header,
    split_paragraphs,
    split_pasted_lines,
)

BODY = "Russia hosted talks on Wednesday. The Taliban attended.\n\nThe US did not join the round of talks."


def test_seed_is_byte_identical_to_shared_copy():
    assert hashlib.sha256(SEED_ARTICLE.read_bytes()).hexdigest() == SEED_SHA256
    shared = ROOT.parent / "shared" / "seeds" / SEED_ARTICLE.name
    if shared.exists():
        assert shared.read_bytes() == SEED_ARTICLE.read_bytes()


def test_seed_anatomy(seed):
    assert seed.date == "2021-10-20"
    assert seed.date_precision == "day"
    assert len(seed.paragraphs) == 8
    assert seed.credit is not None and seed.credit.text == "(With agency inputs)"
    assert seed.paragraphs[0].text.startswith("Russia on Wednesday said")
    assert seed.paragraphs[-1].text.endswith("currently in progress.")
    assert seed.outlet == "Hindustan Times"
    assert seed.warnings == ()


def test_every_offset_slices_back_exactly(seed):
    for unit in (*seed.paragraphs, *seed.sentences, *seed.words):
        assert seed.raw[unit.start : unit.end] == unit.text
    for q in seed.quotes:
        assert seed.raw[q.start : q.end].startswith(q.text.split()[0])


def test_body_excludes_header_and_credit(seed):
    assert "date 2021" not in seed.body
    assert "agency inputs" not in seed.body
    assert all(w.end <= seed.credit.start for w in seed.words)


def test_sentences_stay_inside_their_paragraph(seed):
    for s in seed.sentences:
        p = seed.paragraphs[s.paragraph - 1]
        assert p.start <= s.start < s.end <= p.end
    assert [s.index for s in seed.sentences] == list(range(1, len(seed.sentences) + 1))


def test_words_exclude_punctuation_and_clitics(write):
    a = load_article(write("Russia’s envoy didn't go, it said. (Reuters)"))
    assert [w.text for w in a.words] == ["Russia", "envoy", "did", "go", "it", "said", "Reuters"]


def test_immutable(seed):
    with pytest.raises(AttributeError):
        seed.date = "2000-01-01"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" date 2021-10-20 Text", ("2021-10-20", "day", 16)),
        (" date 2021-10 Text", ("2021-10", "month", 13)),
        ("date 2021-10-20\nText", ("2021-10-20", "day", 15)),
        ("\ufeff date 2021-10-20 Text", ("2021-10-20", "day", 17)),
        ("Text without a header", (None, None, 0)),
        ("Date night in Kabul", (None, None, 0)),
    ],
)
def test_parse_header(raw, expected):
    assert parse_header(raw) == expected


@pytest.mark.parametrize("value", ["2021-13-45", "2021-02-30", "2021-1-5", "20211020", "2021-10-20x", "2021-00"])
def test_malformed_header_is_an_error_naming_file_and_value(write, value):
    path = write(f" date {value} Russia hosted talks.")
    with pytest.raises(ArticleError) as err:
        load_article(path)
    message = str(err.value)
    assert message.startswith(str(path)) and value in message and "malformed date header" in message
    assert "\n" not in message


def test_month_precision_and_no_header(write):
    assert load_article(write(" date 2021-10 " + BODY)).date_precision == "month"
    a = load_article(write(BODY))
    assert (a.date, a.date_precision) == (None, None)
    assert a.paragraphs[0].start == 0


def test_crlf_blank_runs_trailing_spaces_and_bom_are_tolerated(write):
    messy = "\ufeff date 2021-10-20 First para line one.  \r\nline two.\t\r\n\r\n \r\n\r\n  Second para.   \r\n\r\n\r\n"
    a = load_article(write(messy))
    assert [p.text for p in a.paragraphs] == ["First para line one.  \r\nline two.", "Second para."]
    for p in a.paragraphs:
        assert a.raw[p.start : p.end] == p.text


@pytest.mark.parametrize(
    "credit",
    ["(With agency inputs)", "(With inputs from Reuters)", "(with inputs from AFP, PTI)", "(Agencies)"],
)
def test_credit_line_is_split_off(write, credit):
    a = load_article(write(BODY + "\n\n" + credit + "\n"))
    assert a.credit is not None and a.credit.text == credit
    assert len(a.paragraphs) == 2


def test_a_parenthesis_that_is_not_a_credit_stays_in_the_body():
    assert not is_credit("(The talks resumed later.)")
    assert not is_credit("With agency inputs")


def test_single_paragraph_credit_only_is_body(write):
    a = load_article(write("(With agency inputs)"))
    assert a.credit is None and len(a.paragraphs) == 1


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "file is empty"),
        (b"   \n\n\t \r\n", "only whitespace"),
        (b"\xef\xbb\xbf  \n", "only whitespace"),
        (b"Some text\x00\x01\x02", "binary data"),
        (b"Caf\xe9 talks", "not valid UTF-8 (byte 0xe9 at byte 3)"),
        (b" date 2021-10-20 \n\n", "no body text"),
    ],
)
def test_bad_content_is_a_one_line_error(write, content, problem):
    path = write(content)
    with pytest.raises(ArticleError) as err:
        load_article(path)
    assert str(err.value).startswith(f"{path}: ")
    assert problem in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ArticleError, match="file not found"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="is a directory"):
        load_article(tmp_path)


def test_size_limit_is_settable(write):
    path = write(BODY)
    with pytest.raises(ArticleError, match=r"over the 10-byte limit"):
        load_article(path, max_bytes=10)
    assert load_article(path, max_bytes=len(BODY)).paragraphs


def test_expand_paths_sorts_a_folders_txt_files(tmp_path):
    (tmp_path / "b.txt").write_text(BODY)
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "notes.md").write_text("x")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.txt", "b.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ArticleError, match=r"directory has no \.txt or \.html files"):
        expand_paths([empty])


def test_sources_csv_gives_outlet_and_missing_row_falls_back(write, tmp_path):
    (tmp_path / "sources.csv").write_text(
        "file,outlet,headline,url\nknown.txt,The Daily,Talks held,https://example.org/a\n", encoding="utf-8"
    )
    known = load_article(write(BODY, "known.txt"))
    assert (known.outlet, known.headline, known.url) == ("The Daily", "Talks held", "https://example.org/a")
    unknown = load_article(write(BODY, "unknown.txt"))
    assert (unknown.outlet, unknown.headline, unknown.url) == ("unknown.txt", None, None)


def test_malformed_sources_csv_names_the_file(write, tmp_path):
    (tmp_path / "sources.csv").write_text("name,publisher\nx.txt,Y\n", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"sources\.csv: missing column\(s\) file, outlet"):
        load_article(write(BODY))


def test_non_english_text_is_analysed_with_a_warning(write):
    german = (
        "Russland hat am Mittwoch Gespräche mit den Taliban in Moskau ausgerichtet. "
        "Außenminister Lawrow sprach von Bemühungen um Stabilität im Land."
    )
    a = load_article(write(german))
    assert len(a.paragraphs) == 1
    assert any("probably not English" in w for w in a.warnings)


def test_english_text_has_no_language_warning(seed):
    assert language_warning([w.text for w in seed.words]) is None
    assert language_warning(["Kabul"]) is None  # too short to judge


def test_split_paragraphs_offsets():
    raw = "a b\n\n\n c \n d\n\n"
    spans = split_paragraphs(raw)
    assert [raw[s:e] for s, e in spans] == ["a b", "c \n d"]


def test_text_pasted_with_single_newlines_keeps_the_writers_paragraphs(write):
    text = ("Harbour officials said on Friday that the port would reopen.\n"
            "“We have cleared the channel,” the harbour master said.\n"
            "Ships are expected back by Monday, officials added.\n")
    a = load_article(write(text))
    assert [p.text for p in a.paragraphs] == text.strip().split("\n")
    assert a.warnings and a.warnings[0].startswith("paragraphs split at single newlines: 3 of 3 lines")
    assert all(a.raw[p.start : p.end] == p.text for p in a.paragraphs)


def test_hard_wrapped_text_keeps_its_blank_line_paragraphs(write):
    text = ("Harbour officials said on Friday that the port would reopen after\n"
            "the storm that closed it for a week, and that ships would be back\nby Monday.\n\n"
            "The harbour master said the channel was clear.\n")
    a = load_article(write(text))
    assert len(a.paragraphs) == 2 and not a.warnings


@given(st.lists(st.from_regex(r"[A-Z][a-z]{1,8}( [a-z]{1,8}){2,6}[.!?]", fullmatch=True), min_size=3, max_size=6),
       st.sampled_from(["\n", "\r\n"]))
def test_split_lines_slice_back_exactly(lines, newline):
    raw = newline.join(lines) + newline
    spans, warning = split_pasted_lines(raw, split_paragraphs(raw))
    assert [raw[s:e] for s, e in spans] == lines and warning
