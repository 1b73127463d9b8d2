"""Framing analysis for news articles in plain text.

The package root stays light: importing :mod:`analysis` loads no model or
lexicon. Load an article with :func:`analysis.article.load_article`.
"""

from __future__ import annotations

__version__ = "0.1.0"

SCHEMA_VERSION = "1.0"

__all__ = ["SCHEMA_VERSION", "__version__"]
