"""Every path the project uses, resolved from the package's own location.

Notebooks and scripts import these instead of writing ``../`` paths, so they
work whatever the current working directory is.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIGURES = ROOT / "figures"
NOTEBOOKS = ROOT / "notebooks"
RUNS = ROOT / "runs"
DATA = Path(__file__).resolve().parent / "data"

SEED_ARTICLE = SEEDS / "000_2f6ad82b80b65921.txt"


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


def figures_dir_for(article_path: str | Path, figures_dir: str | Path | None = None) -> Path:
    """Where a notebook run writes its figures.

    An explicit ``figures_dir`` wins. Otherwise the committed run on the seed
    writes ``figures/`` and a run on any other article writes
    ``runs/<file stem>/figures/`` so it never overwrites the committed figures.
    """
    if figures_dir is not None:
        return absolute(figures_dir)
    if absolute(article_path).resolve() == SEED_ARTICLE.resolve():
        return FIGURES
    return RUNS / Path(article_path).stem / "figures"


def display_path(path: str | Path) -> str:
    """A path for display: relative to the project root when inside it, never machine-specific."""
    p = Path(path)
    try:
        return absolute(p).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return p.as_posix()
