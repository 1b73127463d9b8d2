"""Helpers that notebooks share: load the parameterised article, place the figures.

A notebook's ``parameters`` cell names the article (relative to the project
root or absolute) and optionally a figures folder; :func:`open_article` loads it
without depending on the kernel's working directory.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from analysis.article import Article, load_article
from analysis.paths import absolute, display_path, figures_dir_for, resolve_article


def open_article(article_path: str | Path | None = None) -> Article:
    """Load the article a notebook is parameterised with (the seed when ``None``).

    The article's ``path`` is shown relative to the project root, so stored
    notebook outputs hold no machine-specific paths.
    """
    given = resolve_article(article_path)
    article = load_article(absolute(given))
    return dataclasses.replace(article, path=display_path(given))


def compare_figures_dir(folder: str | Path, default: str | Path, override: str | Path | None = None) -> Path:
    """Where notebook 07 writes figures.

    ``figures/`` for its committed run on ``default``, else ``runs/<folder name>/figures``.
    """
    from analysis.paths import FIGURES, RUNS

    if override is not None:
        return absolute(override)
    if absolute(folder).resolve() == absolute(default).resolve():
        return FIGURES
    return RUNS / Path(folder).name / "figures"


def figures_dir(article_path: str | Path | None, override: str | Path | None = None) -> Path:
    """Where this run's figures go: ``figures/`` for the seed, ``runs/<stem>/figures`` otherwise."""
    return figures_dir_for(resolve_article(article_path), override)
