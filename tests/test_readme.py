"""The README's findings quote numbers the package computes; this fails when they drift."""

from __future__ import annotations

from analysis.output import docs
from analysis.paths import ROOT
from analysis.present import accuracy


def test_readme_findings_are_the_composers_sentences(seed_analysis):
    """Every finding sentence in the README is what the package's findings composer says of the seed now."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert docs.findings_block(seed_analysis) in readme, "README findings differ from the composer: run `make docs`"


def test_the_findings_block_is_replaced_not_appended():
    text = f"intro\n{docs.BEGIN}\nold finding\n{docs.END}\nrest\n"
    assert docs.readme_with_findings(text, "NEW") == "intro\nNEW\nrest\n"


def _not_in_readme(expected: list[str]) -> list[str]:
    """The sentences of ``expected`` the README does not contain (whitespace normalised)."""
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    return [e for e in expected if e not in readme]


def test_readme_accuracy_figures_are_the_recorded_ones():
    """The measured accuracy the README states is what `make accuracy` recorded in benchmarks/accuracy.json."""
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
    missing = _not_in_readme(expected)
    assert not missing, f"README accuracy out of date with benchmarks/accuracy.json: {missing}"


def test_readme_turn_figures_are_the_recorded_ones():
    """The turn figures the README states are what `make accuracy` recorded on the invented transcripts."""
    m = accuracy.load()["turns"]["metrics"]
    acc, prec, ext = m["turn_speaker_accuracy"], m["turn_precision"], m["turn_extent_accuracy"]
    expected = [f"turn speaker right for {acc['value']:.2f} of them (n = {acc['n']}), turn precision "
                f"{prec['value']:.2f}, and {ext['value']:.2f} of them end in the paragraph the gold"]
    missing = _not_in_readme(expected)
    assert not missing, f"README turn figures out of date with analysis/data/accuracy.json: {missing}"


def test_readme_tone_figures_are_the_recorded_ones():
    """The tone-per-mention accuracy the README states is what `make accuracy` recorded."""
    r = accuracy.load()["newsmtsc"]
    m = r["metrics"]
    expected = [
        f"macro-F1 {m['package']['macro_f1']['value']:.2f} (accuracy {m['package']['accuracy']['value']:.2f}; "
        f"n = {r['targets']} people;",
        f"{r['missed_targets']} of them), against {m['vader_sentence']['macro_f1']['value']:.2f} for VADER",
        f"{m['package_multi_target']['macro_f1']['value']:.2f} on sentences with two or more people "
        f"(n = {m['package_multi_target']['macro_f1']['n']})",
    ]
    missing = _not_in_readme(expected)
    assert not missing, f"README tone accuracy out of date with benchmarks/accuracy.json: {missing}"


def test_readme_frame_figures_are_the_recorded_ones():
    """The FrAC figures the README states are what `make accuracy` recorded."""
    r = accuracy.load()["frac"]
    m = r["metrics"]
    expected = [
        f"top-1 accuracy {m['package']['accuracy']['value']:.2f} and macro-F1 {m['package']['macro_f1']['value']:.2f} "
        f"(n = {r['sentences']};",
        f"always answering the most common category: accuracy {m['majority']['accuracy']['value']:.2f})",
    ]
    missing = _not_in_readme(expected)
    assert not missing, f"README frame accuracy out of date with benchmarks/accuracy.json: {missing}"


def test_readme_webpage_figures_are_the_recorded_ones():
    """The body F1 of pasted and saved pages the README states are what `make accuracy` recorded."""
    r = accuracy.load()["webpages"]["metrics"]["held_out"]
    pasted, html = r["package, pasted text"], r["package, saved HTML"]
    expected = [
        f"**{pasted['f1']['value']:.2f}** (precision {pasted['precision']['value']:.2f}, recall "
        f"{pasted['recall']['value']:.2f}; the raw paste {r['pasted text, nothing removed']['f1']['value']:.2f})",
        f"F1 **{html['f1']['value']:.2f}** on the same pages (trafilatura alone with `include_comments=False`",
    ]
    f = accuracy.load()["webpages"]["furniture_actors"]
    share = f["made_of_furniture"] / f["actors"]
    expected.append(f"{f['made_of_furniture']} of {f['actors']} ({share:.0%}) are made only of such")
    w = accuracy.load()["webpages"]["story_with_page_lines"]
    expected += [f"has {w['page_lines_set_apart']} of its {w['page_lines']} page lines set",
                 f"{w['story_lines_removed']} of its {w['story_lines']} story lines removed",
                 f"{w['made_of_furniture']} of {w['actors']} actors ({w['made_of_furniture'] / w['actors']:.0%})"]
    missing = _not_in_readme(expected)
    assert not missing, f"README webpage accuracy out of date with benchmarks/accuracy.json: {missing}"


def test_readme_frame_presence_figures_are_the_recorded_ones():
    """The held-out SemEval figures of the frame model the README states are what `make accuracy` recorded."""
    r = accuracy.load()["semeval"]
    m = r["model"]

    def f(x):
        return f"{x['value']:.2f} [{x['ci'][0]:.2f}, {x['ci'][1]:.2f}]"

    every, cv = r["all_frames"], r["cv_on_train_part"]
    expected = [f"micro-F1 {f(m['micro_f1'])} and macro-F1 {f(m['macro_f1'])} (n = {r['held_out_articles']} articles;",
                f"all fourteen: {every['micro_f1']['value']:.2f} and {every['macro_f1']['value']:.2f})",
                f"part: {cv['micro_f1']:.2f} and {cv['macro_f1']:.2f}."]
    missing = _not_in_readme(expected)
    assert not missing, f"README frame-presence accuracy out of date with benchmarks/accuracy.json: {missing}"


def test_readme_pronoun_figures_are_the_recorded_ones():
    """The pronoun resolver's GUM and hand-resolved PolNeAR figures the README states are the recorded ones."""
    g = accuracy.load()["gum"]["metrics"]["all"]["accuracy"]
    p = accuracy.load()["pronoun_quotes"]
    held = p["parts"]["held_out"]
    expected = [f"{g['value']:.2f} of the he/she/they pronouns whose chain names a person or organisation get the "
                f"right actor (n = {g['n']};",
                f"the speaker is right {held['accuracy']['value']:.2f}",
                f"{p['swaps']['all_parts']} of the {p['swaps']['items']} hand-resolved"]
    missing = _not_in_readme(expected)
    assert not missing, f"README pronoun accuracy out of date with benchmarks/accuracy.json: {missing}"


def test_readme_paste_figures_are_the_recorded_ones():
    """The blind figures of the invented pastes the README states are what `make accuracy` recorded."""
    r = accuracy.load()["pastes"]["parts"]["check3"]
    page, removed, made = (r[k] for k in ("page_lines_set_apart", "story_lines_removed", "furniture_actors"))
    counts = r["counts"]
    expected = [f"have {counts['page_lines_set_apart']} of their {page['n']} page lines set apart",
                f"({page['value']:.0%};",
                f"{counts['story_lines_removed']} of their {removed['n']} story lines removed",
                f"{counts['furniture_actors']} of {made['n']} actors ({made['value']:.0%})"]
    missing = _not_in_readme(expected)
    assert not missing, f"README paste accuracy out of date with benchmarks/accuracy.json: {missing}"
