"""The per-article JSON summary: one nested object per concern.

Keys are stable; the README documents the schema. Conventions for every
concern: paragraph numbers are 1-based over body paragraphs, and every span
carries ``start``/``end`` character offsets into the raw file.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata
from typing import Any

from analysis import SCHEMA_VERSION, __version__
from analysis.article import Article


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def meta_section() -> dict[str, Any]:
    """Schema version and the versions of the package and the tools that made the numbers."""
    return dict(_meta())


@lru_cache(maxsize=1)
def _meta() -> tuple[tuple[str, Any], ...]:
    from analysis.nlp import model_info

    model = model_info()
    return tuple({
        "schema_version": SCHEMA_VERSION,
        "analysis": __version__,
        "textstat": _version("textstat"),
        "vaderSentiment": _version("vaderSentiment"),
        "spacy": _version("spacy"),
        "spacy_model": model["name"],
        "spacy_model_version": model["version"],
    }.items())


def article_section(article: Article) -> dict[str, Any]:
    """The article's anatomy: source, date, and counts of its body units."""
    return {
        "path": article.path,
        "outlet": article.outlet,
        "date": article.date,
        "date_precision": article.date_precision,
        "paragraphs": len(article.paragraphs),
        "sentences": len(article.sentences),
        "words": len(article.words),
        "quoted_words": article.quoted_words,
        "credit": article.credit.text if article.credit else None,
        "warnings": list(article.warnings),
    }


def summarize(article: Article) -> dict[str, Any]:
    """The JSON-ready summary of one article (plain dicts, lists, numbers and strings)."""
    from analysis.actors import actors_json, entities_json
    from analysis.framing import distance_json, frames_json
    from analysis.quotes import quotes_json, voices_json
    from analysis.readability import body_readability
    from analysis.sentiment import article_sentiment
    from analysis.stance import stance_json

    return {
        "meta": meta_section(),
        "article": article_section(article),
        "readability": body_readability(article),
        "sentiment": article_sentiment(article),
        "entities": entities_json(article),
        "actors": actors_json(article),
        "quotes": quotes_json(article),
        "voices": voices_json(article),
        "frames": frames_json(article),
        "distance": distance_json(article),
        "stance": stance_json(article),
    }
