"""Batch report: every analysis for each article, as JSON, tidy CSVs and figures.

``python -m analysis report PATH [PATH ...] --out DIR`` writes, per article,
``DIR/<file stem>/summary.json`` (the same object as ``summarize --json``),
one CSV per concern (documented in :data:`DICTIONARY`), and ``figures/``;
``DIR/README.md`` is the data dictionary. List-valued cells are joined with
``" | "`` in CSVs. Output is deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.article import Article

SEP = " | "

# file -> (what one row is, {column: (type, meaning)})
DICTIONARY: dict[str, tuple[str, dict[str, tuple[str, str]]]] = {
    "paragraphs.csv": ("one body paragraph", {
        "paragraph": ("int", "1-based body paragraph number"),
        "start": ("int", "character offset of the paragraph in the raw file"),
        "end": ("int", "end offset (exclusive)"),
        "words": ("int", "words (spaCy tokens with a letter or digit, clitics excluded)"),
        "sentences": ("int", "spaCy sentences"),
        "quoted_words": ("int", "words inside direct quotations"),
        "quoted_share": ("float", "quoted_words / words (0-1)"),
        "opening": ("str", "the paragraph's first eight words"),
    }),
    "sentences.csv": ("one spaCy sentence", {
        "sentence": ("int", "1-based sentence number over the body"),
        "paragraph": ("int", "paragraph it sits in"),
        "start": ("int", "offset in the raw file"),
        "end": ("int", "end offset (exclusive)"),
        "words": ("int", "words"),
        "quoted_words": ("int", "words inside direct quotations"),
        "text": ("str", "the sentence"),
    }),
    "readability.csv": ("the body, one paragraph or one sentence", {
        "unit": ("str", "body, paragraph or sentence"),
        "index": ("int", "paragraph or sentence number (0 for the body)"),
        "paragraph": ("int", "paragraph of the unit (0 for the body)"),
        "flesch_reading_ease": ("float", "textstat; higher = easier"),
        "flesch_kincaid_grade": ("float", "textstat; US grade, higher = harder"),
        "gunning_fog": ("float", "textstat; US grade"),
        "smog_index": ("float", "textstat; US grade (defined for 30+ sentences)"),
        "coleman_liau_index": ("float", "textstat; US grade"),
        "automated_readability_index": ("float", "textstat; US grade"),
        "dale_chall_readability_score": ("float", "textstat; higher = harder"),
        "linsear_write_formula": ("float", "textstat; US grade"),
        "text_standard": ("str", "textstat's consensus grade band"),
        "syllables": ("int", "textstat syllables (CMU dictionary)"),
        "words": ("int", "textstat words"),
        "sentences": ("int", "textstat sentences"),
        "polysyllables": ("int", "words of 3+ syllables"),
        "difficult_words": ("int", "textstat difficult words"),
        "polysyllabic_word_list": ("list", "the polysyllabic words, in order"),
        "difficult_word_list": ("list", "the difficult words, unique, sorted"),
        "validity": ("str", "where a formula is outside its valid range"),
        "text": ("str", "the unit's text"),
    }),
    "sentiment.csv": ("one spaCy sentence", {
        "sentence": ("int", "sentence number"),
        "paragraph": ("int", "paragraph"),
        "start": ("int", "offset"),
        "end": ("int", "end offset"),
        "neg": ("float", "VADER negative proportion"),
        "neu": ("float", "VADER neutral proportion"),
        "pos": ("float", "VADER positive proportion"),
        "compound": ("float", "VADER compound, -1 negative ... +1 positive"),
        "label": ("str", "positive (>= 0.05), negative (<= -0.05) or neutral"),
        "event_neutral_compound": ("float", "compound with event words given no valence"),
        "event_neutral_label": ("str", "label of event_neutral_compound"),
        "narration_compound": ("float", "compound of the sentence's narration (empty if none)"),
        "quoted_compound": ("float", "compound of its direct-quotation text (empty if none)"),
        "text": ("str", "the sentence"),
    }),
    "sentiment_words.csv": ("one word VADER scored in a sentence", {
        "sentence": ("int", "sentence number"),
        "paragraph": ("int", "paragraph"),
        "word": ("str", "the word as VADER tokenised it"),
        "lexicon": ("float", "its VADER lexicon valence (empty when scored by a rule only)"),
        "valence": ("float", "the valence VADER summed, after its rules"),
        "rule": ("str", "the rule that changed the lexicon value (negation, booster, but, capitals)"),
        "in_quote": ("bool", "inside a direct quotation"),
        "event_word": ("bool", "listed in analysis/data/event_words.csv"),
        "pos": ("str", "spaCy part of speech"),
    }),
    "entities.csv": ("one entity (canonical name and label)", {
        "name": ("str", "canonical name (codebook) or surface form"),
        "label": ("str", "spaCy label"),
        "count": ("int", "mentions in the body"),
        "aliases": ("list", "surface forms seen"),
        "first_paragraph": ("int", "paragraph of the first mention"),
        "codebook": ("bool", "merged by the project codebook"),
    }),
    "mentions.csv": ("one entity mention", {
        "name": ("str", "canonical name or surface form"),
        "label": ("str", "spaCy label"),
        "text": ("str", "the words in the article"),
        "paragraph": ("int", "paragraph"),
        "sentence": ("int", "sentence"),
        "start": ("int", "offset"),
        "end": ("int", "end offset"),
        "voice": ("str", "writer, or quoted inside a direct quotation"),
        "codebook": ("bool", "a codebook actor"),
    }),
    "actors.csv": ("one actor", {
        "actor": ("str", "canonical name"),
        "label": ("str", "spaCy label"),
        "mentions": ("int", "mentions"),
        "paragraphs": ("list", "paragraphs with a mention"),
        "writer_labels": ("str", "naming phrases in the narration, ' | '-joined"),
        "quoted_labels": ("str", "naming phrases inside quotations"),
        "narration_sentiment": ("float", "mean compound of the narration of sentences mentioning it (proxy)"),
        "quoted_sentiment": ("float", "same for their quoted text"),
    }),
    "actor_labels.csv": ("one phrase naming an actor", {
        "actor": ("str", "canonical name"),
        "kind": ("str", "name_phrase, title, apposition, copula or descriptor"),
        "text": ("str", "the phrase"),
        "voice": ("str", "writer or quoted"),
        "paragraph": ("int", "paragraph"),
        "start": ("int", "offset"),
        "end": ("int", "end offset"),
    }),
    "quotes.csv": ("one direct quotation, reported statement or scare quote", {
        "kind": ("str", "direct, indirect or scare"),
        "speaker": ("str", "canonical actor or the subject phrase (empty: none)"),
        "speaker_text": ("str", "the words naming the speaker"),
        "channel": ("str", "agency the words came through"),
        "cue": ("str", "reporting verb"),
        "cue_class": ("str", "neutral, assertive, distancing, tentative or emotive"),
        "paragraph": ("int", "paragraph"),
        "start": ("int", "offset of the quoted or reported text"),
        "end": ("int", "end offset"),
        "words": ("int", "words inside"),
        "text": ("str", "the quotation without marks, or the reported content"),
    }),
    "voices.csv": ("one speaker", {
        "speaker": ("str", "as in quotes.csv"),
        "direct": ("int", "direct quotations"),
        "indirect": ("int", "reported statements"),
        "words_quoted": ("int", "words in the speaker's direct quotations"),
        "share_of_voice": ("float", "words_quoted / body words"),
        "first_paragraph": ("int", "first paragraph heard"),
        "cues": ("list", "verb:class:count per reporting verb"),
    }),
    "frames.csv": ("one frame (all sixteen)", {
        "frame": ("str", "frame id"),
        "name": ("str", "display name"),
        "hits": ("int", "lexicon hits in the body"),
        "score": ("float", "hits per 100 body words"),
        "lede_hits": ("int", "hits in paragraph 1"),
        "writer_hits": ("int", "hits in the narration"),
        "quoted_hits": ("int", "hits inside direct quotations"),
    }),
    "frame_evidence.csv": ("one frame hit", {
        "frame": ("str", "frame id"),
        "text": ("str", "the words as in the article"),
        "lemma": ("str", "the lemmas matched"),
        "paragraph": ("int", "paragraph"),
        "sentence": ("int", "sentence"),
        "start": ("int", "offset"),
        "end": ("int", "end offset"),
        "voice": ("str", "writer or quoted"),
    }),
    "distance.csv": ("one distance or certainty marker", {
        "voice": ("str", "writer, or the speaker of the quotation it sits in"),
        "kind": ("str", "hedge, distancing, scare_quote or distancing_cue"),
        "text": ("str", "the marker"),
        "target": ("str", "speaker a distancing cue is about"),
        "paragraph": ("int", "paragraph"),
        "start": ("int", "offset"),
        "end": ("int", "end offset"),
    }),
    "stance.csv": ("one actor: the synthesis", {
        "actor": ("str", "canonical name"),
        "mentions": ("int", "mentions"),
        "writer_labels": ("list", "naming phrases in the narration"),
        "quoted_labels": ("list", "naming phrases in quotations"),
        "voice_share": ("float", "share of body words quoted from the actor"),
        "direct_quotes": ("int", "direct quotations"),
        "indirect": ("int", "reported statements"),
        "cues": ("list", "verb:class:count"),
        "narration_sentiment": ("float", "tone proxy, narration"),
        "quoted_sentiment": ("float", "tone proxy, quotations"),
        "frames": ("list", "frame:hits for the top frames around it"),
        "distance_markers": ("int", "distance markers near it"),
    }),
}

FIGURES: list[tuple[str, str, str]] = [
    ("01-paragraph-lengths", "analysis.anatomy", "plot_lengths"),
    ("02-readability-by-paragraph", "analysis.readability", "plot_paragraph_readability"),
    ("03-sentiment-arc", "analysis.sentiment", "plot_arc"),
    ("03-sentiment-drivers", "analysis.sentiment", "plot_drivers"),
    ("04-actor-mentions", "analysis.entities", "plot_heatmap"),
    ("05-voices", "analysis.quotes", "plot_voices"),
    ("06-frame-profile", "analysis.framing", "plot_frame_profile"),
    ("06-frames-by-paragraph", "analysis.framing", "plot_frame_heatmap"),
]


def _flat(value: Any) -> Any:
    if isinstance(value, list):
        parts = []
        for v in value:
            if isinstance(v, dict):
                parts.append(":".join(str(x) for x in v.values()))
            elif isinstance(v, tuple):
                parts.append(":".join(str(x) for x in v))
            else:
                parts.append(str(v))
        return SEP.join(parts)
    return value


def tables(article: Article) -> dict[str, pd.DataFrame]:
    """Every CSV table of :data:`DICTIONARY` for one article, columns in documented order."""
    from analysis.actors import actor_labels, actor_table
    from analysis.anatomy import paragraph_table, sentence_table
    from analysis.entities import entity_table, mentions
    from analysis.framing import distance_markers, frame_evidence, frame_scores
    from analysis.quotes import quotes_table, voices_table
    from analysis.readability import readability_table
    from analysis.sentiment import sentence_sentiment, word_contributions
    from analysis.stance import stance_table

    makers: dict[str, Callable[[Article], pd.DataFrame]] = {
        "paragraphs.csv": paragraph_table, "sentences.csv": sentence_table,
        "readability.csv": readability_table, "sentiment.csv": sentence_sentiment,
        "sentiment_words.csv": word_contributions, "entities.csv": entity_table, "mentions.csv": mentions,
        "actors.csv": actor_table, "actor_labels.csv": actor_labels, "quotes.csv": quotes_table,
        "voices.csv": voices_table, "frames.csv": frame_scores, "frame_evidence.csv": frame_evidence,
        "distance.csv": distance_markers, "stance.csv": stance_table,
    }
    out = {}
    for name, make in makers.items():
        cols = list(DICTIONARY[name][1])
        df = make(article)
        df = pd.DataFrame(df, columns=cols) if df.empty else df[cols]
        if len(df):
            listed = [c for c in cols if df[c].dtype == object and any(isinstance(v, list) for v in df[c])]
            df = df.assign(**{c: [_flat(v) for v in df[c]] for c in listed})
        out[name] = df
    return out


def write_article(article: Article, out_dir: Path, figures: bool = True) -> Path:
    """Write one article's summary, tables and figures into ``out_dir/<file stem>/``; return that folder."""
    from analysis.summary import summarize

    folder = out_dir / Path(article.path).stem
    save(folder, summarize(article), tables(article))
    if figures:
        write_figures(article, folder / "figures")
    return folder


def save(folder: Path, summary: dict[str, Any], csv_tables: dict[str, pd.DataFrame]) -> None:
    """Write ``summary.json`` and one CSV per table into ``folder`` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for name, df in csv_tables.items():
        df.to_csv(folder / name, index=False, lineterminator="\n")


def write_figures(article: Article, folder: Path) -> list[Path]:
    """Every figure of the notebook series for one article, PNG and SVG."""
    import importlib

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.figures import save_figure

    paths: list[Path] = []
    for name, module, func in FIGURES:
        fig = getattr(importlib.import_module(module), func)(article)
        paths += save_figure(fig, name, folder)
        plt.close(fig)
    return paths


def data_dictionary() -> str:
    """``README.md`` for a report folder: every file and column, its type and meaning."""
    lines = [
        "# Report data dictionary",
        "",
        "Written by `python -m analysis report`. One folder per article (`<file stem>/`), holding:",
        "",
        "- `summary.json`: the same object as `python -m analysis summarize --json` (schema in the project README).",
        "- `figures/`: the notebook series' figures as PNG and SVG (absent with `--no-figures`).",
        "- one CSV per table below. Offsets (`start`, `end`) index the raw file; paragraphs and sentences are",
        "  1-based over the body (date header and credit line excluded). Type `list` is a `' | '`-joined cell.",
        "  Empty cells are missing values. Numbers are unrounded.",
        "",
    ]
    return dictionary_markdown(lines, DICTIONARY)


def dictionary_markdown(intro: list[str], dictionary: dict[str, tuple[str, dict[str, tuple[str, str]]]]) -> str:
    """The intro lines, then per file a table of its columns: name, type and meaning."""
    lines = list(intro)
    for name, (row, cols) in dictionary.items():
        lines += [f"## `{name}`", "", f"One row per {row}.", "", "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{c}` | {t} | {m} |" for c, (t, m) in cols.items()]
        lines.append("")
    return "\n".join(lines)
