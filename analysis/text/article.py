"""Load a plain-text article into an immutable :class:`Article`.

The format: UTF-8 text, paragraphs separated by blank lines, an optional
leading ``" date YYYY-MM-DD "`` (or ``" date YYYY-MM "``) header in front of
the first paragraph, and optionally a credit line such as
``(With agency inputs)`` as the last paragraph. Every paragraph, sentence,
word and quotation keeps ``start``/``end`` character offsets into the raw
text, and ``article.raw[start:end]`` gives it back exactly.

Sentences and words come from spaCy (:mod:`analysis.text.nlp`). Optional metadata
the format cannot carry (outlet, headline, URL) is read from a
``sources.csv`` beside the article (columns ``file, outlet, headline, url``, and an optional ``note`` that
every figure's source line carries, such as "invented article").
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import trafilatura
from spacy.lang.en.stop_words import STOP_WORDS

from analysis.errors import ArticleError
from analysis.paths import absolute, display_path, resolve_article
from analysis.text import pastelines
from analysis.text.blocks import NOTICE_KINDS, load_model, page_body
from analysis.text.furniture import (
    SetAside,
    furniture_rule,
    headline_and_byline,
    load_rules,
    looks_like_furniture,
    set_apart,
)
from analysis.text.nlp import get_nlp
from analysis.text.quotespans import QuoteSpan, find_quote_spans

MAX_BYTES = 5_000_000
"""Default size limit for one article file (5 MB); settable per call and in the CLI."""

SOURCES_FILE = "sources.csv"
SOURCES_COLUMNS = ("file", "outlet", "headline", "url")

_HEADER = re.compile(r"\A(?P<lead>\ufeff?[ \t]*)date[ \t]+(?P<value>\d\S*)(?=\s|\Z)")
_DAY = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")
_MONTH = re.compile(r"\A\d{4}-\d{2}\Z")
_CREDIT = re.compile(
    r"\A\(\s*(?:with\b[^()]*\binputs?\b[^()]*"
    r"|inputs?\s+from\b[^()]*"
    r"|agencies"
    r"|[^()]{0,80}\bcontributed\b[^()]*"
    r"|this (?:story|article|copy) (?:has been|was) published from a wire agency feed[^()]*)\)\s*\Z",
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")

NOT_ENGLISH_MIN_WORDS = 8
"""Below this many words the language check is not attempted."""
STOPWORD_SHARE_MIN = 0.15
"""English prose has roughly 35-50% stop words; below this share the text is probably not English."""
NON_ASCII_LETTER_SHARE_MAX = 0.3


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph (or the credit line). ``index`` is 1-based over body paragraphs."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """A spaCy sentence inside one body paragraph. ``index`` is 1-based over the body."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Word:
    """A word token: a spaCy token with a letter or digit, clitics (’s, n't) excluded."""

    start: int
    end: int
    text: str
    paragraph: int
    sentence: int


@dataclass(frozen=True)
class Article:
    """One article, loaded and segmented. Immutable; offsets index into :attr:`raw`."""

    path: str
    raw: str
    date: str | None
    date_precision: str | None
    paragraphs: tuple[Paragraph, ...]
    credit: Paragraph | None
    sentences: tuple[Sentence, ...]
    words: tuple[Word, ...]
    quotes: tuple[QuoteSpan, ...]
    warnings: tuple[str, ...]
    outlet: str
    headline: str | None = None
    url: str | None = None
    note: str | None = None
    """``sources.csv``'s optional ``note`` column, printed in every figure's source line ("invented article")."""
    byline: str | None = None
    """The byline lines set apart from the top of the text, '; '-joined."""
    set_aside: tuple[SetAside, ...] = ()
    """Page furniture kept out of the body (headline, byline, dateline, captions, ...), in text order."""
    text_source: str = "file"
    """What offsets count from: ``"file"`` (the file's text) or ``"extracted"`` (the main text extracted
    from an HTML page, saved as ``article.txt`` beside the outputs)."""
    docs: tuple = field(default=(), compare=False, repr=False)
    """spaCy ``Doc`` per body paragraph (token ``idx`` is relative to the paragraph start)."""

    @property
    def name(self) -> str:
        """The file name, for labels."""
        return Path(self.path).name

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines (header and credit excluded)."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @cached_property
    def direct_quotes(self) -> tuple[QuoteSpan, ...]:
        """Quotation spans that are quotations proper (not short marked phrases)."""
        return tuple(q for q in self.quotes if q.direct)

    def in_direct_quote(self, start: int, end: int) -> bool:
        """Whether the range ``[start, end)`` lies inside a direct quotation."""
        return any(q.contains(start, end) for q in self.direct_quotes)

    @cached_property
    def word_in_quote(self) -> tuple[bool, ...]:
        """For each of :attr:`words`, whether it lies inside a direct quotation."""
        return tuple(self.in_direct_quote(w.start, w.end) for w in self.words)

    @property
    def quoted_words(self) -> int:
        """Number of body words inside direct quotations."""
        return sum(self.word_in_quote)

    def source_line(self, *tools: str) -> str:
        """A figure's source line: outlet, date, and the tools named."""
        parts = [self.outlet + (f", {self.date}" if self.date else "") + (f" ({self.note})" if self.note else "")]
        parts.extend(tools)
        return "Source: " + "; ".join(parts)


def _check_file(path: Path, max_bytes: int) -> None:
    """A one-line error for a missing file, a directory, or a file over the size limit."""
    if not path.exists():
        raise ArticleError(path, "file not found")
    if path.is_dir():
        raise ArticleError(path, "is a directory, not an article file")
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleError(
            path, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (raise it with --max-bytes)"
        )


def _read_text(path: Path, max_bytes: int) -> str:
    _check_file(path, max_bytes)
    data = path.read_bytes()
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ArticleError(path, f"binary data, not text (NUL byte at byte {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at byte {exc.start}); save the file as UTF-8"
        ) from None
    if not data:
        raise ArticleError(path, "file is empty")
    if not text.replace("\ufeff", "").strip():
        raise ArticleError(path, "file contains only whitespace")
    return text


HTML_SUFFIXES = (".html", ".htm")
HTML_MIN_PARAGRAPH_WORDS = 8
"""A page's extracted text is an article only when some paragraph has at least this many words (trafilatura
falls back to any text it finds, such as a menu's links)."""
ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)


@dataclass(frozen=True)
class PageMeta:
    """What an HTML page's metadata says (trafilatura): title, date, author, site name."""

    title: str | None = None
    date: str | None = None
    author: str | None = None
    sitename: str | None = None


UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\u1000-\u109f]")
"""Letters of scripts written without spaces between words (Japanese kana, Chinese characters, Thai, Burmese)."""
CHARACTERS_PER_WORD = 2
"""In those scripts a word is counted per this many characters (a rough mean for Chinese and Japanese)."""


def _words_in(line: str) -> int:
    """Words of a line: space-separated words, or for a script without spaces its letters per
    :data:`CHARACTERS_PER_WORD`, whichever is more."""
    return max(len(line.split()), len(UNSPACED.findall(line)) // CHARACTERS_PER_WORD)


def read_html(path: Path, max_bytes: int) -> tuple[str, PageMeta]:
    """The main text of a saved web page, one paragraph per block separated by blank lines, and its
    metadata, both from trafilatura (comments and navigation left out, tables kept: a results table can be the
    article; ``favor_precision``, which scored best on the fitting part of the Zyte pages, see
    ``benchmarks/ACCURACY.md``). A page with no paragraph of :data:`HTML_MIN_PARAGRAPH_WORDS` words
    (:func:`_words_in`: a Japanese or Chinese paragraph counted in characters) is an :class:`ArticleError`."""
    _check_file(path, max_bytes)
    doc = trafilatura.bare_extraction(path.read_bytes(), with_metadata=True, include_comments=False,
                                      favor_precision=True,
                                      # the page's own date metadata, not a guess from a copyright year
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    lines = [line.strip() for line in (getattr(doc, "text", None) or "").splitlines()]
    text = "\n\n".join(line for line in lines if line)
    if not any(_words_in(line) >= HTML_MIN_PARAGRAPH_WORDS for line in lines):
        raise ArticleError(path, "no main text could be extracted from this HTML page (no paragraph of "
                                 f"{HTML_MIN_PARAGRAPH_WORDS}+ words: navigation or labels only)")
    date = getattr(doc, "date", None)
    try:
        date = dt.date.fromisoformat(date).isoformat() if date else None
    except ValueError:
        date = None
    return text + "\n", PageMeta(getattr(doc, "title", None) or None, date, getattr(doc, "author", None) or None,
                                 getattr(doc, "sitename", None) or None)


def parse_header(raw: str, path: str | Path = "<text>") -> tuple[str | None, str | None, int]:
    """The date header: ``(iso date, precision, offset just after the date value)``.

    ``precision`` is ``"day"`` or ``"month"``; all three are ``(None, None, 0)``
    without a header. A header whose value is not a real ``YYYY-MM-DD`` or
    ``YYYY-MM`` date raises :class:`ArticleError`.
    """
    m = _HEADER.match(raw)
    if not m:
        return None, None, 0
    value = m["value"]
    problem = f"malformed date header {value!r} (expected ' date YYYY-MM-DD ' or ' date YYYY-MM ')"
    try:
        if _DAY.match(value):
            return dt.date.fromisoformat(value).isoformat(), "day", m.end()
        if _MONTH.match(value):
            dt.date.fromisoformat(value + "-01")
            return value, "month", m.end()
    except ValueError:
        raise ArticleError(path, problem) from None
    raise ArticleError(path, problem)


def split_paragraphs(raw: str, begin: int = 0) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph in ``raw[begin:]``: runs of non-blank lines.

    Tolerates ``\\r\\n``, runs of blank lines, trailing spaces and a BOM;
    leading and trailing whitespace is outside the offsets.
    """
    out: list[tuple[int, int]] = []
    current: list[int] | None = None
    for m in _LINE.finditer(raw, begin):
        line = m.group().replace("\ufeff", " ")
        if line.strip():
            lstart = m.start() + (len(line) - len(line.lstrip()))
            lend = m.start() + len(line.rstrip())
            if current is None:
                current = [lstart, lend]
            else:
                current[1] = lend
        elif current is not None:
            out.append((current[0], current[1]))
            current = None
    if current is not None:
        out.append((current[0], current[1]))
    return out


SENTENCE_END = tuple(".!?:\"\u201d\u2019')")
"""Characters a line ends with when it ends a sentence (a closing quotation mark or bracket included)."""

PASTED_MIN_LINES = 3
"""Fewest lines inside multi-line paragraphs for the rule to apply (two lines are too few to tell)."""

PASTED_LINE_SHARE = 0.75
"""Share of the lines inside multi-line paragraphs that must end a sentence for single newlines to count as
paragraph breaks."""


def split_pasted_lines(raw: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], str | None]:
    """Paragraphs as the writer made them when a text separates them with single newlines (text copied from
    a browser): when at least :data:`PASTED_LINE_SHARE` of the lines inside multi-line paragraphs end a
    sentence (and there are at least :data:`PASTED_MIN_LINES` of them), every such line is a paragraph of its
    own, and a warning says so. Lines that look like page furniture (a headline, a byline, "READ MORE: ...",
    :mod:`analysis.text.furniture`) are not counted. A hard-wrapped text, whose
    lines break mid-sentence, keeps its blank-line paragraphs. Offsets stay exact (each line's own)."""
    lines = []
    for s, e in spans:
        block = [(m.start() + s, m.start() + s + len(m.group().rstrip())) for m in re.finditer(r"[^\n]+", raw[s:e])]
        block = [(a + len(raw[a:b]) - len(raw[a:b].lstrip()), b) for a, b in block if raw[a:b].strip()]
        lines.append(block)
    inner = [ln for block in lines if len(block) > 1 for ln in block if not looks_like_furniture(raw[ln[0]:ln[1]])]
    if len(inner) < PASTED_MIN_LINES:
        return spans, None
    ending = sum(1 for a, b in inner if raw[a:b].rstrip().endswith(SENTENCE_END))
    if ending < PASTED_LINE_SHARE * len(inner):
        return spans, None
    out = [ln for block in lines for ln in block]
    return out, (f"paragraphs split at single newlines: {ending} of {len(inner)} lines inside blank-line "
                 f"paragraphs end a sentence (text pasted without blank lines between paragraphs)")


PAGE_SENTENCE_WORDS = 8
"""A copied page has an article only when a line the block model keeps has at least this many words."""


def _prose_starts(raw: str, kept: list[tuple[int, int]]) -> list[int]:
    """Where the kept lines of a copied page that are sentences of eight or more words start."""
    return [s for s, e in kept if raw[s:e].rstrip().endswith(SENTENCE_END) and len(raw[s:e].split()) >= 8]


def _page_line(raw: str, start: int, end: int, probability: float, kept: list[tuple[int, int]],
               prose: list[int], after: str | None = None) -> SetAside:
    """A line the block model sets apart: named by a furniture rule when one matches its words where it stands
    (a byline or a time stamp above the story's first sentence line, a prompt anywhere), else of the kind its
    block rule names (:data:`analysis.text.blocks.NOTICE_KINDS`: a caption, a newsletter prompt) or ``page``;
    the reason gives the model's probability either way, or (``after``) why a line it kept comes after the story
    (:func:`analysis.text.blocks.after_story`)."""
    text = raw[start:end]
    threshold = load_model()["threshold"]
    why = (f"{after} (probability {probability:.2f} >= {threshold:.2f})" if after else
           f"not the article on the page-block model (probability {probability:.2f} < {threshold:.2f})")
    first, last = (prose[0], prose[-1]) if prose else (kept[0][0], kept[-1][0])
    rule = furniture_rule(text, before=start < first, after=start > last)
    if rule is not None:
        return SetAside(rule.kind, start, end, text, f"{rule.reason}; {why}")
    return SetAside(NOTICE_KINDS.get(after or "", "page"), start, end, text, why)


PAGE_HEADLINE_LINES = 5
"""How many set-apart lines right above a copied page's story are searched for its headline."""


def _page_headline(raw: str, aside: list[SetAside], prose: list[int]) -> list[SetAside]:
    """A copied page's headline among the lines the block model set apart: of the last
    :data:`PAGE_HEADLINE_LINES` lines above the story's first sentence line, the longest of four or more words
    that the furniture file's headline rule accepts (the last of equals). Menu items are shorter."""
    if not prose or any(a.kind == "headline" for a in aside):
        return aside
    rules = [r for r in load_rules() if r.kind == "headline" and r.scope == "paragraph"]
    above = [i for i, a in enumerate(aside) if a.start < prose[0]][-PAGE_HEADLINE_LINES:]
    fits = [i for i in above if len(aside[i].text.split()) >= 4 and aside[i].kind == "page"
            and any(r.pattern.fullmatch(aside[i].text.strip()) for r in rules)]
    if not fits:
        return aside
    best = max(fits, key=lambda i: (len(aside[i].text.split()), i))
    a = aside[best]
    aside[best] = SetAside("headline", a.start, a.end, a.text, "the longest headline-shaped line just above the "
                           f"story of a copied page; {a.reason}")
    return aside


def segment(raw: str, begin: int = 0, title: str | None = None, pasted_page: bool = True,
            path: str | Path = "<text>", paste_model: bool = True
            ) -> tuple[list[tuple[int, int]], list[SetAside], list[str]]:
    """The body paragraphs of ``raw[begin:]``, the spans set apart and the warnings, before any parsing
    (:func:`segment_parts` says how)."""
    spans, aside, more, warnings = segment_parts(raw, begin, title, pasted_page, path)
    if paste_model and pastelines.judged([a.kind for a in more]):
        found = pastelines.page_lines(raw, spans, [(a.start, a.end) for a in aside + more])
        more += [SetAside("page", *spans[i], raw[slice(*spans[i])], pastelines.reason(q)) for i, q in found.items()]
        spans = [span for i, span in enumerate(spans) if i not in found]
    return spans, sorted(aside + more, key=lambda a: a.start), warnings


def segment_parts(raw: str, begin: int = 0, title: str | None = None, pasted_page: bool = True,
                  path: str | Path = "<text>"
                  ) -> tuple[list[tuple[int, int]], list[SetAside], list[SetAside], list[str]]:
    """The body paragraphs of ``raw[begin:]`` before the paste-line model, the spans the block model set apart,
    the spans the furniture rules set apart, and the warnings.

    A copied web page (``pasted_page``, :func:`analysis.text.blocks.looks_like_page`) first loses the lines the
    block model judges not to be the article (each set apart as ``page`` with its probability); what is left,
    or any other text, is split into paragraphs (:func:`split_paragraphs`, :func:`split_pasted_lines`) and its
    furniture set apart by rule (:func:`analysis.text.furniture.set_apart`; ``title``: an HTML page's title);
    in a text the rules found lines of a page in (:func:`analysis.text.pastelines.judged` on the rules' spans),
    :func:`segment` then has the paragraphs they keep judged by the paste-line model
    (:mod:`analysis.text.pastelines`; ``paste_model=False`` leaves it out). A copied page in which the model finds
    no line of an article is an :class:`ArticleError` naming ``path``."""
    warnings: list[str] = []
    aside: list[SetAside] = []
    kept, dropped = page_body(raw, begin) if pasted_page else ([], [])
    if dropped and not any(_words_in(raw[s:e]) >= PAGE_SENTENCE_WORDS for s, e in kept):
        raise ArticleError(path, "no article text found in this copied web page: no line the block model keeps has "
                                 f"{PAGE_SENTENCE_WORDS}+ words (menus, links and prompts only)")
    if kept:
        prose = _prose_starts(raw, kept)
        aside = _page_headline(raw, [_page_line(raw, s, e, q, kept, prose, why) for s, e, q, why in dropped], prose)
        spans = kept
        warnings.append(f"a copied web page: {len(dropped)} of {len(kept) + len(dropped)} lines set apart as page "
                        "furniture by the block model (each line a paragraph)")
    else:
        spans, pasted = split_pasted_lines(raw, split_paragraphs(raw, begin))
        if pasted:
            warnings.append(pasted)
    spans, more, furniture_warning = set_apart(raw, spans, title=title)
    if furniture_warning:
        warnings.insert(0, furniture_warning)
    return spans, aside, more, warnings


def is_credit(text: str) -> bool:
    """Whether a paragraph is a credit line such as ``(With agency inputs)``."""
    return bool(_CREDIT.match(text.strip()))


def read_sources(folder: Path) -> dict[str, dict[str, str]]:
    """Rows of ``folder/sources.csv`` keyed by file name (empty when there is no such file)."""
    path = folder / SOURCES_FILE
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in SOURCES_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ArticleError(path, f"missing column(s) {', '.join(missing)}; expected {','.join(SOURCES_COLUMNS)}")
        return {row["file"]: {k: (row.get(k) or "").strip() for k in (*SOURCES_COLUMNS, "note")} for row in reader}


def language_warning(words: Sequence[str]) -> str | None:
    """A warning when the words are probably not English, else ``None``.

    Uses spaCy's English stop-word list: English news prose has roughly
    35-50% stop words; less than :data:`STOPWORD_SHARE_MIN` suggests another
    language. Also warns when most letters are outside ASCII.
    """
    alpha = [w for w in words if any(ch.isalpha() for ch in w)]
    letters = [ch for w in alpha for ch in w if ch.isalpha()]
    if len(alpha) < NOT_ENGLISH_MIN_WORDS and sum(_words_in(w) for w in alpha) < NOT_ENGLISH_MIN_WORDS:
        return None  # too short to tell (a text without spaces counted in characters, as for a saved page)
    non_ascii = sum(1 for ch in letters if not ch.isascii()) / len(letters)
    share = sum(1 for w in alpha if w.lower() in STOP_WORDS) / len(alpha)
    if share < STOPWORD_SHARE_MIN or non_ascii > NON_ASCII_LETTER_SHARE_MAX:
        return (
            f"text is probably not English ({share:.0%} English stop words, "
            f"{non_ascii:.0%} non-ASCII letters); the sentiment lexicon is English-only"
        )
    return None


def _is_word(token) -> bool:
    text = token.text
    if not any(ch.isalnum() for ch in text):
        return False
    return not (text[0] in "'’" or text.lower() in {"n't", "n’t"})


def load_article(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Article:
    """Read and segment one article file.

    Raises :class:`~analysis.errors.ArticleError` with a one-line message for a
    missing file, a directory, a file over ``max_bytes``, binary data, invalid
    UTF-8, an empty or whitespace-only file, a malformed date header, or a
    file with no body text.
    """
    p = Path(path)
    page = None
    if p.suffix.lower() in HTML_SUFFIXES:
        raw, page = read_html(p, max_bytes)
    else:
        raw = _read_text(p, max_bytes)
    date, precision, begin = parse_header(raw, path)
    if page is not None and date is None and page.date:
        date, precision = page.date, "day"
    spans, aside, seg_warnings = segment(raw, begin, title=page.title if page is not None else None,
                                         pasted_page=page is None, path=path)
    credit = None
    if len(spans) > 1 and is_credit(raw[spans[-1][0] : spans[-1][1]]):
        s, e = spans.pop()
        credit = Paragraph(0, s, e, raw[s:e])
    if not spans:
        raise ArticleError(path, "no body text after the date header")
    paragraphs = tuple(Paragraph(i, s, e, raw[s:e]) for i, (s, e) in enumerate(spans, start=1))

    docs = tuple(get_nlp().pipe(p.text for p in paragraphs))
    sentences: list[Sentence] = []
    words: list[Word] = []
    for para, doc in zip(paragraphs, docs, strict=True):
        for sent in doc.sents:
            text = sent.text.strip()
            if not text:
                continue
            lead = len(sent.text) - len(sent.text.lstrip())
            start = para.start + sent.start_char + lead
            sentence = Sentence(len(sentences) + 1, para.index, start, start + len(text), text)
            sentences.append(sentence)
            for tok in sent:
                if _is_word(tok):
                    ws = para.start + tok.idx
                    words.append(Word(ws, ws + len(tok.text), tok.text, para.index, sentence.index))

    quotes, warnings = find_quote_spans(raw, spans)
    warnings[:0] = seg_warnings
    lang = language_warning([w.text for w in words])
    if lang:
        warnings.append(lang)

    meta = read_sources(p.parent).get(p.name, {})
    headline, byline = headline_and_byline(aside)
    if page is not None:
        headline = headline or page.title
        byline = byline or page.author
    return Article(
        path=str(path),
        raw=raw,
        date=date,
        date_precision=precision,
        paragraphs=paragraphs,
        credit=credit,
        sentences=tuple(sentences),
        words=tuple(words),
        quotes=tuple(quotes),
        warnings=tuple(warnings),
        outlet=meta.get("outlet") or (page.sitename if page is not None and page.sitename else p.name),
        headline=meta.get("headline") or headline,
        url=meta.get("url") or None,
        note=meta.get("note") or None,
        byline=byline,
        set_aside=tuple(aside),
        text_source="file" if page is None else "extracted",
        docs=docs,
    )


def open_article(article_path: str | Path | None = None) -> Article:
    """Load the article a notebook is parameterised with (the seed when ``None``).

    Relative paths count from the project root, not the kernel's working
    directory. The article's ``path`` is shown relative to the project root,
    so stored notebook outputs hold no machine-specific paths.
    """
    given = resolve_article(article_path)
    article = load_article(absolute(given))
    return dataclasses.replace(article, path=display_path(given))


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Each path as given, a directory replaced by its ``.txt``, ``.html`` and ``.htm`` files (sorted by name).

    A directory without such files raises :class:`ArticleError`; missing
    files are left for :func:`load_article` to report, so one bad input among
    several can be reported and the rest processed.
    """
    out: list[Path] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            files = sorted(f for f in p.iterdir() if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file())
            if not files:
                raise ArticleError(p, "directory has no .txt or .html files")
            out.extend(files)
        else:
            out.append(p)
    return out
