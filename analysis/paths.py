"""Every path the project uses, resolved from the package's own location, and where runs write.

Notebooks and scripts import these instead of writing ``../`` paths, so they
work whatever the current working directory is. The run-folder rule lives
here alone: the committed run on the seed (or, for notebook 07, the invented
fixtures) writes ``figures/``; a run on anything else writes under
``runs/<name>/`` (git-ignored), never over the committed figures.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIGURES = ROOT / "figures"
NOTEBOOKS = ROOT / "notebooks"
RUNS = ROOT / "runs"
DOCS = ROOT / "docs"
DATA = Path(__file__).resolve().parent / "data"
"""The package's own data files (lexicons, codebook, models), shipped inside the package."""
ACCURACY = DATA / "accuracy.json"
"""The headline accuracy figures ``make accuracy`` records (the harness in :mod:`analysis.evaluation`), shipped
with the package so an installed copy quotes them; the full tables stay in ``benchmarks/``."""

SEED_ARTICLE = SEEDS / "000_2f6ad82b80b65921.txt"
COMPARE_FIXTURES = ROOT / "tests" / "fixtures" / "compare"
"""The invented articles notebook 07 runs on by default."""


def resolve_article(path: str | Path | None) -> Path:
    """Return ``path`` as given, or the seed article (relative to the root) when ``None``.

    Relative paths are read relative to the project root, so a notebook's
    ``parameters`` cell can say ``"seeds/000_2f6ad82b80b65921.txt"`` wherever
    the kernel was started.
    """
    if path is None:
        return SEED_ARTICLE.relative_to(ROOT)
    return Path(path)


def absolute(path: str | Path) -> Path:
    """``path`` made absolute against the project root (not the working directory)."""
    p = Path(path)
    return p if p.is_absolute() else ROOT / p


def run_folder(article_path: str | Path) -> Path:
    """``runs/<file stem>/``: where a run of the series on an article writes (notebooks and figures)."""
    return RUNS / Path(article_path).stem


def figures_dir(article_path: str | Path | None, override: str | Path | None = None) -> Path:
    """Where a notebook run on one article writes its figures.

    An explicit ``override`` wins. Otherwise the committed run on the seed
    writes ``figures/`` and a run on any other article ``runs/<file stem>/figures/``.
    """
    if override is not None:
        return absolute(override)
    given = resolve_article(article_path)
    if absolute(given).resolve() == SEED_ARTICLE.resolve():
        return FIGURES
    return run_folder(given) / "figures"


def compare_figures_dir(folder: str | Path, override: str | Path | None = None) -> Path:
    """Where notebook 07 writes figures: ``figures/`` for the invented fixtures, else ``runs/<folder>/figures``."""
    if override is not None:
        return absolute(override)
    if absolute(folder).resolve() == COMPARE_FIXTURES.resolve():
        return FIGURES
    return RUNS / Path(folder).name / "figures"


def display_path(path: str | Path) -> str:
    """A path for display: relative to the project root when inside it, never machine-specific."""
    p = Path(path)
    try:
        return absolute(p).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return p.as_posix()
