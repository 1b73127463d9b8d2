from __future__ import annotations

from analysis.output.nbtools import figures_dir, open_article
from analysis.paths import FIGURES, ROOT, RUNS, display_path, figures_dir_for


def test_seed_run_writes_figures_and_other_articles_write_runs(tmp_path):
    assert figures_dir_for("seeds/000_2f6ad82b80b65921.txt") == FIGURES
    assert figures_dir(None) == FIGURES
    assert figures_dir_for(tmp_path / "other.txt") == RUNS / "other" / "figures"
    assert figures_dir_for("x.txt", tmp_path) == tmp_path


def test_display_path_is_relative_inside_the_project(tmp_path):
    assert display_path(ROOT / "seeds" / "a.txt") == "seeds/a.txt"
    assert display_path(tmp_path / "a.txt") == (tmp_path / "a.txt").as_posix()


def test_open_article_works_from_any_working_directory(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    article = open_article("seeds/000_2f6ad82b80b65921.txt")
    assert article.path == "seeds/000_2f6ad82b80b65921.txt"
    assert len(article.paragraphs) == 8
