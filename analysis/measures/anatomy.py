"""The article's anatomy as tidy tables: paragraphs, sentences, quotation spans.

One row per unit, stable column order, sorted by position. Nothing is
rounded here; notebooks round at display time.
"""

from __future__ import annotations

import pandas as pd

from analysis.text.article import Article

OPENING_WORDS = 8


def _opening(article: Article, start: int, words: list, n: int) -> str:
    """The paragraph's text up to its ``n``-th word, with an ellipsis when it goes on."""
    if not words:
        return ""
    cut = words[min(n, len(words)) - 1].end
    return article.raw[start:cut] + ("…" if len(words) > n else "")


def paragraph_table(article: Article, opening_words: int = OPENING_WORDS) -> pd.DataFrame:
    """One row per body paragraph: ``paragraph, start, end, words, sentences, quoted_words, quoted_share, opening``.

    ``quoted_share`` is the fraction (0-1) of the paragraph's words inside
    direct quotations; ``opening`` is its first ``opening_words`` words.
    """
    words_in: dict[int, list] = {}
    quoted_in: dict[int, int] = {}
    sentences_in: dict[int, int] = {}
    for w, inside in zip(article.words, article.word_in_quote, strict=True):
        words_in.setdefault(w.paragraph, []).append(w)
        quoted_in[w.paragraph] = quoted_in.get(w.paragraph, 0) + inside
    for s in article.sentences:
        sentences_in[s.paragraph] = sentences_in.get(s.paragraph, 0) + 1
    rows = []
    for p in article.paragraphs:
        words = words_in.get(p.index, [])
        quoted = quoted_in.get(p.index, 0)
        rows.append(
            {
                "paragraph": p.index,
                "start": p.start,
                "end": p.end,
                "words": len(words),
                "sentences": sentences_in.get(p.index, 0),
                "quoted_words": quoted,
                "quoted_share": quoted / len(words) if words else 0.0,
                "opening": _opening(article, p.start, words, opening_words),
            }
        )
    return pd.DataFrame(rows, columns=list(rows[0]))


def sentence_table(article: Article) -> pd.DataFrame:
    """One row per body sentence: ``sentence, paragraph, start, end, words, quoted_words, text``."""
    words_in: dict[int, int] = {}
    quoted_in: dict[int, int] = {}
    for w, inside in zip(article.words, article.word_in_quote, strict=True):
        words_in[w.sentence] = words_in.get(w.sentence, 0) + 1
        quoted_in[w.sentence] = quoted_in.get(w.sentence, 0) + inside
    rows = []
    for s in article.sentences:
        rows.append(
            {
                "sentence": s.index,
                "paragraph": s.paragraph,
                "start": s.start,
                "end": s.end,
                "words": words_in.get(s.index, 0),
                "quoted_words": quoted_in.get(s.index, 0),
                "text": s.text,
            }
        )
    return pd.DataFrame(
        rows, columns=["sentence", "paragraph", "start", "end", "words", "quoted_words", "text"]
    )


def quote_span_table(article: Article) -> pd.DataFrame:
    """One row per quotation span: ``first_paragraph, last_paragraph, start, end, marks, short, words, text``.

    ``short`` spans are scare-quote candidates; the others are direct quotations.
    """
    rows = [
        {
            "first_paragraph": q.first_paragraph,
            "last_paragraph": q.last_paragraph,
            "start": q.start,
            "end": q.end,
            "marks": q.marks,
            "short": q.short,
            "words": sum(1 for w in article.words if q.contains(w.start, w.end)),
            "text": q.text,
        }
        for q in article.quotes
    ]
    cols = ["first_paragraph", "last_paragraph", "start", "end", "marks", "short", "words", "text"]
    return pd.DataFrame(rows, columns=cols).astype({"short": bool})
