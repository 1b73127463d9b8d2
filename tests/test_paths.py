from __future__ import annotations

from analysis.paths import (
    FIGURES,
    ROOT,
    RUNS,
    compare_figures_dir,
    display_path,
    figures_dir,
    run_folder,
)
from analysis.text.article import open_article


def test_seed_run_writes_figures_and_other_articles_write_runs(tmp_path):
    assert figures_dir("seeds/000_2f6ad82b80b65921.txt") == FIGURES
    assert figures_dir(None) == FIGURES
    assert figures_dir(tmp_path / "other.txt") == RUNS / "other" / "figures"
    assert figures_dir("x.txt", tmp_path) == tmp_path
    assert run_folder("some/where/story.txt") == RUNS / "story"


def test_compare_runs_write_figures_only_for_the_committed_fixtures(tmp_path):
    assert compare_figures_dir("tests/fixtures/compare") == FIGURES
    assert compare_figures_dir(tmp_path / "coverage") == RUNS / "coverage" / "figures"
    assert compare_figures_dir("anything", tmp_path) == tmp_path


def test_display_path_is_relative_inside_the_project(tmp_path):
    assert display_path(ROOT / "seeds" / "a.txt") == "seeds/a.txt"
    assert display_path(tmp_path / "a.txt") == (tmp_path / "a.txt").as_posix()


def test_open_article_works_from_any_working_directory(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    article = open_article("seeds/000_2f6ad82b80b65921.txt")
    assert article.path == "seeds/000_2f6ad82b80b65921.txt"
    assert len(article.paragraphs) == 8
