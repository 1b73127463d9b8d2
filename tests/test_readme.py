"""The README's findings quote numbers the package computes; this fails when they drift."""

from __future__ import annotations

from analysis.measures.readability import flesch_band, hardest_sentences
from analysis.output.summary import summarize
from analysis.paths import ROOT
from analysis.present import accuracy


def test_readme_findings_match_the_package(seed, seed_analysis):
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    s = summarize(seed_analysis)
    a, r, m = s["article"], s["readability"], s["sentiment"]
    paras = seed_analysis.paragraph_sentiment
    top = paras.loc[paras["compound"].idxmax()]
    expected = [
        f"{a['paragraphs']} paragraphs, {a['sentences']} sentences and {a['words']} words",
        f"{a['quoted_words']} words ({a['quoted_words'] / a['words']:.1%} of the body)",
        f"Flesch reading ease {r['flesch_reading_ease']:.1f} (\"{flesch_band(r['flesch_reading_ease'])}\"",
        f"Flesch-Kincaid grade {r['flesch_kincaid_grade']:.1f}",
        f"({r['words'] / r['sentences']:.1f} words on average)",
        f"(grade {hardest_sentences(seed_analysis.readability_table, 1).iloc[0]['flesch_kincaid_grade']:.1f})",
        f"over the {m['sentences']} sentences is {m['mean_compound']:+.4f}",
        f"narration averages {m['narration_mean_compound']:+.4f}",
        f"quoted voices {m['quoted_mean_compound']:+.4f}",
        f"paragraph ({top['paragraph']}, {top['compound']:+.4f})",
        f"moves the mean to {m['event_neutral_mean_compound']:+.4f}",
        f"changes the label of {int(paras['label_changes'].sum())} of {len(paras)} paragraphs",
    ]
    ents = s["entities"]
    actors = s["actors"]
    lead, lead_actor = next(iter(actors.items()))
    expected += [
        f"{len(ents)} distinct entities, {sum(e['count'] for e in ents)} mentions, {len(actors)} actors",
        f"({lead_actor['mentions']} times,",
    ]
    assert lead == "Taliban"
    voices = s["voices"]
    quotes = s["quotes"]
    top = voices[0]
    expected += [
        f"Only {top['speaker']} is quoted directly: {top['direct']} quotations, {top['words_quoted']} words, "
        f"{top['share_of_voice']:.1%} of the body",
        f"also reports {sum(q['kind'] == 'indirect' for q in quotes)} statements",
    ]
    f = s["frames"]
    expected += [
        f"Diplomacy and legitimacy ({f['diplomacy_legitimacy']['score']:.1f} hits per 100 words)",
        f"security and defence ({f['security_defence']['score']:.1f})",
        f"political frame ({f['political']['score']:.1f})",
    ]
    missing = [e for e in expected if e not in readme]
    assert not missing, f"README findings out of date: {missing}"


def test_readme_accuracy_figures_are_the_recorded_ones():
    """The measured accuracy the README states is what `make accuracy` recorded in benchmarks/accuracy.json."""
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    r = accuracy.load()["polnear"]
    m = r["metrics"]
    rep = m["reported_speech"]
    expected = [
        f"Measured** on PolNeAR {r['split']} ({r['articles']} articles,",
        f"direct quotations found with F1 {m['direct_any_overlap']['f1']['value']:.2f}",
        f"(any overlap; {m['direct_coverage']['f1']['value']:.2f} when half",
        f"speaker right for {m['speaker_accuracy']['value']:.2f} of them (n = {m['speaker_accuracy']['n']};",
        f"speech F1 {rep['f1']['value']:.2f} (precision {rep['precision']['value']:.2f}, recall "
        f"{rep['recall']['value']:.2f};",
    ]
    missing = [e for e in expected if e not in readme]
    assert not missing, f"README accuracy out of date with benchmarks/accuracy.json: {missing}"
