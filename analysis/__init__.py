"""Framing analysis for news articles in plain text.

The package is layered; each layer imports only from the ones before it:

1. base: :mod:`analysis.errors`, :mod:`analysis.paths`, :mod:`analysis.tables`, :mod:`analysis.schema`;
2. :mod:`analysis.text`: loading an article, the spaCy pipeline, the codebook and data files;
3. :mod:`analysis.measures`: readability, sentiment, entities, actors, quotes, framing, stance,
   comparison, and :class:`analysis.measures.analysed.Analysis`, one article's analysis as one object;
4. :mod:`analysis.present`: figures, the highlighted article, the written findings;
5. :mod:`analysis.output`: the JSON summary, exported files, batch runs, command line, notebook runner.

The package root stays light: importing :mod:`analysis` loads no model or lexicon.
Start with ``analyse(load_article(path))`` from :mod:`analysis.measures.analysed`.
"""

from __future__ import annotations

from analysis.schema import SCHEMA_VERSION

__version__ = "0.3.0"

__all__ = ["SCHEMA_VERSION", "__version__"]
