from __future__ import annotations

import pytest

from analysis.measures.analysed import analyse
from analysis.paths import ROOT
from analysis.present import findings
from analysis.text.article import load_article

QUIET = ROOT / "tests" / "fixtures" / "articles" / "quiet_day.txt"
ALL = [
    findings.load_and_inspect, findings.readability, findings.sentiment, findings.entities_and_actors,
    findings.quotes_and_voices, lambda a: findings.stance_and_framing(a, ["Russia", "Taliban"]),
]


def test_seed_findings_quote_computed_numbers(seed, seed_analysis):
    assert "**8 paragraphs**, **16 sentences** and **426 words**" in findings.load_and_inspect(seed_analysis)
    assert f"{seed.quoted_words / len(seed.words):.1%}" in findings.load_and_inspect(seed_analysis)
    assert "Only **Sergei Lavrov** is quoted directly: 59 words" in findings.quotes_and_voices(seed_analysis)
    assert "*like* (+1.50, a preposition)" in findings.sentiment(seed_analysis)
    assert "**Taliban**: 7 mentions, never quoted directly" in findings.stance_and_framing(seed_analysis, ["Taliban"])


@pytest.mark.parametrize("make", ALL)
def test_every_findings_function_handles_an_article_without_quotes_or_people(make):
    text = make(analyse(load_article(QUIET)))
    assert text.startswith("- ") and "nan" not in text and "None" not in text
