"""The project's schema, declared once.

Every key of the per-article JSON summary (``summarize --json``, ``summary.json``)
and every column of every CSV file that ``export`` and ``compare`` write is
declared here, with its type and meaning. From this one declaration come:

* the published JSON Schema of the summary (``docs/summary.schema.json``,
  :func:`json_schema`), against which the tests validate every summary;
* the data dictionaries ``export`` and ``compare`` write beside their files
  (:func:`export_dictionary`, :func:`compare_dictionary`);
* the reference tables in ``docs/schema.md`` (:func:`schema_markdown`).

``python -m analysis.output.docs`` (``make docs``) rewrites both documents; a test fails when the
committed ones differ from what this module generates.

:data:`SCHEMA_VERSION` follows semantic versioning: the minor number goes up
when keys or columns are added, the major number when a meaning changes or a
key is removed.

This module imports nothing from the rest of the package, so every layer may use it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

SCHEMA_VERSION = "2.0.0"
"""Version of the summary schema and the exported tables (semantic versioning)."""

JSON_SCHEMA_ID = "summary.schema.json"

SCALARS = {"string", "integer", "number", "boolean"}


@dataclass(frozen=True)
class Key:
    """One JSON key.

    ``type`` is a JSON type: ``string``, ``integer``, ``number``, ``boolean``;
    ``object`` (its ``fields``), ``array`` (items of type ``items``; objects
    described by ``fields``) or ``map`` (an object keyed by data, such as an
    actor's name, whose values are objects described by ``fields``).
    """

    name: str
    type: str
    meaning: str
    nullable: bool = False
    fields: tuple[Key, ...] = ()
    items: str = "object"
    enum: tuple[str, ...] = ()
    keyed_by: str = ""
    """For a map: what its keys are."""


@dataclass(frozen=True)
class Column:
    """One CSV column: ``type`` is ``str``, ``int``, ``float``, ``bool`` or ``list`` (a ``' | '``-joined cell)."""

    name: str
    type: str
    meaning: str


@dataclass(frozen=True)
class Table:
    """One CSV file: what one row is, and its columns in order."""

    file: str
    row: str
    columns: tuple[Column, ...] = field(default_factory=tuple)

    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _cols(*specs: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*s) for s in specs)


def _span(what: str = "the span") -> tuple[Key, Key]:
    return (Key("start", "integer", f"character offset of {what} in the raw file"),
            Key("end", "integer", "end offset (exclusive)"))


VOICE = ("writer", "quoted", "paraphrase")
"""Whose words a span is: the writer's narration; a speaker's own words (inside quotation marks or a turn); the
writer's paraphrase of a reported statement (inside it, outside quotation marks). Before schema 2.0.0, paraphrase
was ``quoted``."""
VOICE_TEXT = ("writer (the narration), quoted (inside quotation marks or a turn: the speaker's own words) or "
              "paraphrase (inside a reported statement, outside quotation marks: the writer's wording of what the "
              "speaker said)")
REMARKS = ("direct", "turn", "reported")
REMARK_HOW = ("told with a direct quotation", "told as a turn",
              "told without a direct quotation or a turn (in paraphrase, perhaps with a few marked words)")
LABEL_KINDS = ("name_phrase", "title", "apposition", "copula", "descriptor")
QUOTE_KINDS = ("direct", "partial", "indirect", "scare", "turn")
FRAME_IDS = (
    "economic", "capacity_resources", "morality", "fairness_equality", "legality", "policy_prescription",
    "crime_punishment", "security_defence", "health_safety", "quality_of_life", "cultural_identity",
    "public_opinion", "political", "external_regulation", "humanitarian", "diplomacy_legitimacy",
)
"""The frame ids, in the order of the frame lexicon (the Media Frames Corpus codebook's, then the two added)."""

_CUE = (
    Key("verb", "string", "the reporting verb (lemma, or 'express <noun>')"),
    Key("class", "string", "its class in analysis/data/reporting_verbs.csv"),
    Key("count", "integer", "statements it introduces"),
)
_TONE = (
    Key("narration", "number", "mean VADER compound of the narration of the sentences mentioning the actor",
        nullable=True),
    Key("quoted", "number", "the same for their direct-quotation text", nullable=True),
    Key("mentions", "number", "mean tone score towards the actor over its mention_spans, leaving out those that "
        "introduce the actor's own words, quoted (direct or partial) or reported with no scored word of the "
        "writer's own around the statement (the model scores what is said there; the trained "
        "tone-per-mention model; see benchmarks/ACCURACY.md for its measured accuracy)", nullable=True),
)
TONE_LABELS = ("negative", "neutral", "positive")
PRONOUN_RULES = ("governing subject", "salience", "quotation speaker")
"""The pronoun resolver's passes (analysis/measures/pronouns.py), as ``rule`` names them."""
PRONOUN_REASONS = (
    "no earlier actor it can refer to",
    "no earlier actor agrees with it in gender and number",
    "refers to a group the text does not name (a plural phrase or several people)",
    "inside a quotation: a group in the speaker's own words, which the narration does not show",
)
"""Why the resolver leaves a pronoun unresolved (analysis/measures/pronouns.py's REASONS)."""

SUMMARY: tuple[Key, ...] = (
    Key("meta", "object", "versions of the schema, the package and the tools that made the numbers", fields=(
        Key("schema_version", "string", "version of this schema (semantic versioning)"),
        Key("analysis", "string", "version of this package"),
        Key("textstat", "string", "installed version of textstat", nullable=True),
        Key("vaderSentiment", "string", "installed version of vaderSentiment", nullable=True),
        Key("spacy", "string", "installed version of spaCy", nullable=True),
        Key("spacy_model", "string", "the spaCy model used"),
        Key("spacy_model_version", "string", "its version"),
        Key("codebook", "string", "the actor codebook used: project (analysis/data/actors.csv), or the path "
            "given with --codebook or the codebook_path notebook parameter"),
    )),
    Key("article", "object", "the article's source, date and the counts of its body units", fields=(
        Key("path", "string", "the path as given (never made absolute)"),
        Key("outlet", "string", "from sources.csv beside the file, else an HTML page's site name, else the "
            "file name"),
        Key("date", "string", "ISO date from the header (YYYY-MM-DD or YYYY-MM), else an HTML page's date",
            nullable=True),
        Key("date_precision", "string", "precision of date", nullable=True, enum=("day", "month")),
        Key("paragraphs", "integer", "body paragraphs (date header and credit line excluded)"),
        Key("sentences", "integer", "spaCy sentences in the body"),
        Key("words", "integer", "body words (tokens with a letter or digit, clitics excluded)"),
        Key("quoted_words", "integer", "body words inside direct quotations"),
        Key("credit", "string", "the credit line split off the end", nullable=True),
        Key("headline", "string", "sources.csv's headline, else the first line set apart as a headline, else "
            "an HTML page's title", nullable=True),
        Key("byline", "string", "the byline lines set apart from the top ('; '-joined), else an HTML page's "
            "author", nullable=True),
        Key("text_source", "string", "what every offset counts from: file (the file's text) or extracted (the "
            "main text trafilatura extracted from an HTML page, saved as article.txt by export)",
            enum=("file", "extracted")),
        Key("set_aside", "array", "page furniture kept out of the body, in text order, each by a rule of "
            "analysis/data/furniture.csv or, for a copied web page, by the block model (kind page)", fields=(
                Key("kind", "string", "what the line is", enum=("headline", "standfirst", "byline", "timestamp",
                                                                "dateline", "caption", "navigation", "promotion",
                                                                "signature", "note", "page")),
                Key("text", "string", "the words set apart, as written"),
                *_span("the words set apart"),
                Key("reason", "string", "the rule's reason"),
                Key("place", "string", "a dateline's place", nullable=True),
                Key("agency", "string", "a dateline's agency (the channel the story came through)",
                    nullable=True),
                Key("date", "string", "a dateline's date as written", nullable=True),
            )),
        Key("warnings", "array", "unpaired quotation marks, probably-not-English text, how paragraphs were "
            "split", items="string"),
        Key("body", "array", "every body paragraph's offsets in the analysed text: what was analysed", fields=(
            Key("paragraph", "integer", "1-based body paragraph"),
            *_span("the paragraph"),
        )),
        Key("text", "string", "the analysed text (the file's text, or the main text extracted from an HTML "
            "page), with summarize --with-text; null otherwise", nullable=True),
    )),
    Key("readability", "object", "textstat's scores and counts on the body text (textstat's function names)",
        fields=(
            Key("flesch_reading_ease", "number", "higher = easier (Flesch 1948)"),
            Key("flesch_kincaid_grade", "number", "US school grade; higher = harder"),
            Key("gunning_fog", "number", "US school grade; higher = harder"),
            Key("smog_index", "number", "US school grade; defined for 30+ sentences"),
            Key("coleman_liau_index", "number", "US school grade; higher = harder"),
            Key("automated_readability_index", "number", "US school grade; higher = harder"),
            Key("dale_chall_readability_score", "number", "higher = harder (9.0-9.9: college)"),
            Key("linsear_write_formula", "number", "US school grade; higher = harder"),
            Key("text_standard", "string", "textstat's consensus grade band"),
            Key("syllables", "integer", "textstat's syllables (CMU dictionary)"),
            Key("words", "integer", "textstat's words"),
            Key("sentences", "integer", "textstat's sentences"),
            Key("polysyllables", "integer", "words of three or more syllables"),
            Key("difficult_words", "integer", "textstat's count of difficult words"),
            Key("difficult_word_list", "array", "the unique difficult words, sorted", items="string"),
        )),
    Key("sentiment", "object", "VADER compound scores (-1 most negative ... +1 most positive) per spaCy sentence",
        fields=(
            Key("sentences", "integer", "sentences scored"),
            Key("mean_compound", "number", "mean of the sentence compounds", nullable=True),
            Key("label", "string", "label of mean_compound (>= 0.05 positive, <= -0.05 negative)", nullable=True,
                enum=("positive", "neutral", "negative")),
            Key("scored_words", "integer", "words VADER gave a non-zero valence, over all sentences"),
            Key("paragraphs", "array", "one object per body paragraph", fields=(
                Key("paragraph", "integer", "1-based body paragraph"),
                Key("compound", "number", "mean compound of its sentences"),
                Key("label", "string", "label of compound", enum=("positive", "neutral", "negative")),
            )),
            Key("narration_mean_compound", "number", "mean over sentences of their text outside quotation "
                "marks: the writer's narration and paraphrase (direct quotations removed)", nullable=True),
            Key("quoted_mean_compound", "number", "mean over sentences of their direct-quotation text; null when "
                "nothing is quoted", nullable=True),
            Key("event_neutral_mean_compound", "number", "mean compound with event words given no valence",
                nullable=True),
            Key("corrected_mean_compound", "number", "mean compound with event words and misread uses "
                "(analysis/data/pos_artefacts.csv: a preposition, 'top' as a rank) given no valence (the corrected "
                "line)",
                nullable=True),
        )),
    Key("entities", "array", "named entities, most mentioned first (ties by name); body text only", fields=(
        Key("name", "string", "canonical name for codebook actors, else the surface form (leading 'the' and "
            "possessive removed)"),
        Key("label", "string", "spaCy label (PERSON, ORG, GPE, NORP, DATE ...); the codebook's for its actors"),
        Key("count", "integer", "mentions in the body"),
        Key("aliases", "array", "surface forms seen, sorted", items="string"),
        Key("first_paragraph", "integer", "paragraph of the first mention"),
    )),
    Key("actors", "map", "codebook actors and PERSON, ORG, GPE entities, most mentioned first",
        keyed_by="canonical actor name", fields=(
            Key("mentions", "integer", "name mentions in the body (its mention_spans of kind name)"),
            Key("paragraphs", "array", "paragraphs with a mention", items="integer"),
            Key("labels", "array", "words naming the actor, in text order", fields=(
                Key("text", "string", "the phrase as written"),
                Key("voice", "string", VOICE_TEXT, enum=VOICE),
                Key("speaker", "string", "for a quoted or paraphrase label, the speaker whose words, or whose "
                    "reported statement, it is in", nullable=True),
                Key("confidence", "string", "high: a structural label, or a descriptor with one candidate actor; "
                    "low: a descriptor chosen among several candidates (check it)", enum=("high", "low")),
                Key("kind", "string", "the naming rule that found it", enum=LABEL_KINDS),
                *_span("the phrase"),
            )),
            Key("mention_spans", "array", "every mention of the actor (names and resolved third-person pronouns), "
                "in text order, with the tone towards it", fields=(
                Key("text", "string", "the mention as written"),
                *_span("the mention"),
                Key("paragraph", "integer", "body paragraph"),
                Key("voice", "string", VOICE_TEXT, enum=VOICE),
                Key("speaker", "string", "for a quoted or paraphrase mention, whose words, or whose reported "
                    "statement, it is in", nullable=True),
                Key("kind", "string", "name, or a pronoun counted for the actor by the pronoun resolver",
                    enum=("name", "pronoun")),
                Key("rule", "string", "for a pronoun, the resolver's pass that chose the actor (governing "
                    "subject, salience; quotation speaker for I/me/my inside the actor's own quotation); null for "
                    "a name", nullable=True, enum=PRONOUN_RULES),
                Key("tone", "object", "the tone of the sentence towards this mention", fields=(
                    Key("label", "string", "the most probable label", enum=TONE_LABELS),
                    Key("score", "number", "P(positive) - P(negative), from -1 to +1"),
                    Key("because", "string", "the features that pushed hardest towards the label, in words"),
                )),
            )),
            Key("sentiment", "object", "tone around the actor: sentences mentioning it (a coarse proxy) and "
                "the mean tone towards its mentions", fields=_TONE),
        )),
    Key("unresolved_pronouns", "array", "third-person pronouns (he, she, they and their forms) the resolver "
        "gave to no actor, in text order", fields=(
        Key("text", "string", "the pronoun as written"),
        *_span("the pronoun"),
        Key("paragraph", "integer", "body paragraph"),
        Key("reason", "string", "why no actor was chosen", enum=PRONOUN_REASONS),
    )),
    Key("quotes", "array", "direct and partial quotations, reported statements, scare quotes and the turns of "
        "an interview or transcript, in text order",
        fields=(
        Key("text", "string", "the quotation without its marks, or the reported content"),
        Key("kind", "string", "direct: a quotation; partial: a short marked phrase that is a speaker's words "
            "(inside their reported statement, or words of their direct quotation); indirect: reported speech; "
            "scare: a short marked phrase that is nobody's quoted words (the writer's distance); turn: the words "
            "after a "
            "speaker's label opening a paragraph of an interview or transcript (\"Q:\", \"HOST:\", \"MR. LEE:\"), "
            "the speaker's own words like a direct quotation",
            enum=QUOTE_KINDS),
        Key("speaker", "string", "canonical actor, or the subject phrase when it names no actor", nullable=True),
        Key("speaker_text", "string", "the words naming the speaker in the text (null when carried over from an "
            "earlier quotation)", nullable=True),
        Key("speaker_start", "integer", "offset of speaker_text in the raw file", nullable=True),
        Key("speaker_end", "integer", "its end offset (exclusive)", nullable=True),
        Key("channel", "string", "the agency the words came through (AFP, Reuters)", nullable=True),
        Key("cue", "string", "the reporting cue (lemma, 'point out', 'express regret', 'according to')",
            nullable=True),
        Key("cue_class", "string", "its class in analysis/data/reporting_verbs.csv", nullable=True),
        Key("cue_text", "string", "the cue as written (':' for a colon introduction)", nullable=True),
        Key("cue_start", "integer", "offset of cue_text in the raw file", nullable=True),
        Key("cue_end", "integer", "its end offset (exclusive)", nullable=True),
        Key("paragraph", "integer", "1-based paragraph where it starts"),
        *_span("the quoted or reported text"),
        Key("statement", "integer", "the remark it tells, numbered from 1 in text order: quotations and statements "
            "that tell one remark (paraphrased, then quoted; or by a state and by its minister) share it; null for "
            "a scare quote", nullable=True),
    )),
    Key("voices", "array", "one object per speaker, most words quoted first", fields=(
        Key("speaker", "string", "as in quotes"),
        Key("direct", "integer", "direct quotations"),
        Key("indirect", "integer", "reported statements"),
        Key("partial", "integer", "partial quotations (short marked phrases of the speaker's words)"),
        Key("turns", "integer", "turns of an interview or transcript"),
        Key("words_quoted", "integer", "body words inside the speaker's direct quotations and turns"),
        Key("words_partial", "integer", "body words inside the speaker's partial quotations (not in words_quoted)"),
        Key("share_of_voice", "number", "words_quoted / body words (0-1)"),
        Key("first_paragraph", "integer", "first paragraph the speaker is heard in"),
        *(Key(f"remarks_{k}", "integer", f"remarks counted for the speaker, each once, {how}") for k, how in zip(
            REMARKS, REMARK_HOW, strict=True)),
        Key("cues", "array", "reporting verbs used for the speaker, most used first", fields=_CUE),
    )),
    Key("voices_by_affiliation", "array", "voices grouped by the side each speaker speaks for (the codebook's "
        "affiliation; a speaker without one speaks for itself), most words quoted first", fields=(
        Key("affiliation", "string", "the side: a codebook actor, or the speaker itself"),
        Key("speakers", "array", "the canonical names of its speakers, sorted", items="string"),
        Key("direct", "integer", "direct quotations"),
        Key("indirect", "integer", "reported statements"),
        Key("partial", "integer", "partial quotations"),
        Key("turns", "integer", "turns of an interview or transcript"),
        Key("words_quoted", "integer", "body words inside its direct quotations and turns"),
        Key("share_of_voice", "number", "words_quoted / body words (0-1)"),
        *(Key(f"remarks_{k}", "integer", f"the side's remarks, each once, {how}") for k, how in zip(
            REMARKS, REMARK_HOW, strict=True)),
    )),
    Key("frames", "map", "every frame of the lexicon, zeros included", keyed_by="frame id", fields=(
        Key("score", "number", "hits per 100 body words (vocabulary density)"),
        Key("hits", "integer", "lexicon hits in the body"),
        Key("lede_hits", "integer", "hits in paragraph 1"),
        Key("lemmas", "integer", "distinct lemmas among the hits (one word repeated is one lemma)"),
        Key("salience", "number", "how much more (> 0) or less (< 0) the body uses the frame's vocabulary than "
            "US political news of 2015-2016 (PolNeAR train, analysis/data/frame_background.csv): the weighted "
            "log-odds ratio with an informative Dirichlet prior over its standard deviation, a z-score (Monroe, "
            "Colaresi and Quinn 2008); |z| >= 1.96 is a clear difference"),
        Key("lede_salience", "number", "the same for the lede alone"),
        Key("salience_semeval", "number", "the body's salience against online news of 2019-2022 (SemEval-2023 "
            "train, analysis/data/frame_background_semeval.csv)"),
        Key("method", "string", "what decides present: the frame model fitted on SemEval-2023 annotations "
            "(model), or, for the two frames the project adds and nobody annotated, the lexicon rule (lexicon)",
            enum=("model", "lexicon")),
        Key("probability", "number", "the model's probability that annotators would mark the frame (0-1); null "
            "when the lexicon decides", nullable=True),
        Key("threshold", "number", "the probability from which the model calls the frame present (chosen by "
            "cross-validation on the training articles); null when the lexicon decides", nullable=True),
        Key("lexicon_present", "boolean", "the lexicon rule: at least 2 distinct lemmas of evidence (a lemma in "
            "the lede counts twice) and salience at least -1.96 (not clearly rarer than in PolNeAR's news)"),
        Key("present", "boolean", "the frame is used: by the model, probability >= threshold; by the lexicon, "
            "lexicon_present and salience >= 1.96 against both references; in both cases only when the text has "
            "at least 3 distinct lemmas of frame vocabulary in all (below that floor no frame of the codebook is "
            "present)"),
        Key("evidence_words", "array", "the article's words and two-word phrases that pushed the model's "
            "probability up most (weight x TF-IDF value), largest first; empty when the lexicon decides",
            items="string"),
        Key("evidence", "array", "each hit", fields=(
            Key("text", "string", "the words as in the article"),
            Key("lemma", "string", "the lemmas matched"),
            Key("paragraph", "integer", "paragraph"),
            *_span("the hit"),
        )),
    )),
    Key("distance", "map", "distance and certainty markers per voice", keyed_by="voice: writer for the narration, "
        "else the speaker of the innermost quotation or reported statement the marker sits in", fields=(
            Key("hedges", "integer", "hedging words (analysis/data/distance_markers.csv)"),
            Key("distancing", "integer", "attribution-distance words"),
            Key("distancing_cues", "integer", "distancing reporting verbs (claimed) the writer uses"),
            Key("scare_quotes", "integer", "short marked phrases with no speaker"),
            Key("markers", "array", "the markers", fields=(
                Key("text", "string", "the marker as written"),
                Key("kind", "string", "which kind of marker",
                    enum=("hedge", "distancing", "scare_quote", "distancing_cue")),
                Key("target", "string", "speaker a distancing cue is about", nullable=True),
                Key("paragraph", "integer", "paragraph"),
                *_span("the marker"),
            )),
        )),
    Key("stance", "map", "per actor, most mentioned first: the other concerns joined", keyed_by="canonical actor name",
        fields=(
            Key("mentions", "integer", "as in actors"),
            Key("writer_labels", "array", "naming phrases in the writer's words: the narration, and the paraphrase "
                "of a reported statement (marked ' (in paraphrase of X)'); ' (?)' ends a descriptor of low "
                "confidence", items="string"),
            Key("quoted_labels", "array", "naming phrases inside quotation marks or turns (speakers' own words)",
                items="string"),
            Key("voice_share", "number", "the actor's words in direct quotations / body words"),
            Key("direct_quotes", "integer", "direct quotations and interview turns attributed to the actor"),
            Key("cues", "array", "reporting verbs used for the actor", fields=_CUE),
            Key("sentiment", "object", "tone of the sentences mentioning it (a proxy)", fields=_TONE),
            Key("frames", "array", "top frames in the sentences mentioning it", fields=(
                Key("frame", "string", "frame id", enum=FRAME_IDS),
                Key("hits", "integer", "hits in those sentences"),
            )),
            Key("distance_markers", "integer", "markers in those sentences plus distancing cues about its statements"),
            Key("factive_cues", "integer", "its statements reported with a verb that presents them as fact (noted, "
                "revealed, admitted: analysis/data/side_taking.csv)"),
            Key("side_labels", "array", "words of the writer's labels for it that deny or grant standing or give an "
                "office, delegitimising first", fields=(
                Key("words", "string", "the lexicon's phrase (militant, government, prime minister)"),
                Key("category", "string", "what the words do", enum=("delegitimising", "legitimising", "title")),
            )),
        )),
)
"""The per-article JSON summary: one key per concern, in this order."""


EXPORT_TABLES: tuple[Table, ...] = (
    Table("paragraphs.csv", "one body paragraph", _cols(
        ("paragraph", "int", "1-based body paragraph number"),
        ("start", "int", "character offset of the paragraph in the raw file"),
        ("end", "int", "end offset (exclusive)"),
        ("words", "int", "words (spaCy tokens with a letter or digit, clitics excluded)"),
        ("sentences", "int", "spaCy sentences"),
        ("quoted_words", "int", "words inside direct quotations"),
        ("quoted_share", "float", "quoted_words / words (0-1)"),
        ("opening", "str", "the paragraph's first eight words"),
    )),
    Table("sentences.csv", "one spaCy sentence", _cols(
        ("sentence", "int", "1-based sentence number over the body"),
        ("paragraph", "int", "paragraph it sits in"),
        ("start", "int", "offset in the raw file"),
        ("end", "int", "end offset (exclusive)"),
        ("words", "int", "words"),
        ("quoted_words", "int", "words inside direct quotations"),
        ("text", "str", "the sentence"),
    )),
    Table("readability.csv", "the body, one paragraph or one sentence", _cols(
        ("unit", "str", "body, paragraph or sentence"),
        ("index", "int", "paragraph or sentence number (0 for the body)"),
        ("paragraph", "int", "paragraph of the unit (0 for the body)"),
        ("flesch_reading_ease", "float", "textstat; higher = easier"),
        ("flesch_kincaid_grade", "float", "textstat; US grade, higher = harder"),
        ("gunning_fog", "float", "textstat; US grade"),
        ("smog_index", "float", "textstat; US grade (defined for 30+ sentences)"),
        ("coleman_liau_index", "float", "textstat; US grade"),
        ("automated_readability_index", "float", "textstat; US grade"),
        ("dale_chall_readability_score", "float", "textstat; higher = harder"),
        ("linsear_write_formula", "float", "textstat; US grade"),
        ("text_standard", "str", "textstat's consensus grade band"),
        ("syllables", "int", "textstat syllables (CMU dictionary)"),
        ("words", "int", "textstat words"),
        ("sentences", "int", "textstat sentences"),
        ("polysyllables", "int", "words of 3+ syllables"),
        ("difficult_words", "int", "textstat difficult words"),
        ("polysyllabic_word_list", "list", "the polysyllabic words, in order"),
        ("difficult_word_list", "list", "the difficult words, unique, sorted"),
        ("validity", "str", "where a formula is outside its valid range"),
        ("text", "str", "the unit's text"),
    )),
    Table("sentiment.csv", "one spaCy sentence", _cols(
        ("sentence", "int", "sentence number"),
        ("paragraph", "int", "paragraph"),
        ("start", "int", "offset"),
        ("end", "int", "end offset"),
        ("neg", "float", "VADER negative proportion"),
        ("neu", "float", "VADER neutral proportion"),
        ("pos", "float", "VADER positive proportion"),
        ("compound", "float", "VADER compound, -1 negative ... +1 positive"),
        ("label", "str", "positive (>= 0.05), negative (<= -0.05) or neutral"),
        ("scored_words", "int", "words VADER gave a non-zero valence (a label on fewer than 5 rests on a handful)"),
        ("event_neutral_compound", "float", "compound with event words given no valence"),
        ("event_neutral_label", "str", "label of event_neutral_compound"),
        ("corrected_compound", "float", "compound with event words and misread uses (analysis/data/pos_artefacts.csv) "
         "given no valence"),
        ("corrected_label", "str", "label of corrected_compound"),
        ("narration_compound", "float", "compound of the sentence's text outside quotation marks: narration "
         "and paraphrase (empty if none)"),
        ("quoted_compound", "float", "compound of its direct-quotation text (empty if none)"),
        ("text", "str", "the sentence"),
    )),
    Table("sentiment_words.csv", "one word VADER scored in a sentence", _cols(
        ("sentence", "int", "sentence number"),
        ("paragraph", "int", "paragraph"),
        ("word", "str", "the word as VADER tokenised it"),
        ("lexicon", "float", "its VADER lexicon valence (empty when scored by a rule only)"),
        ("valence", "float", "the valence VADER summed, after its rules"),
        ("rule", "str", "the rule that changed the lexicon value (negation, booster, but, capitals)"),
        ("in_quote", "bool", "inside a direct quotation"),
        ("event_word", "bool", "listed in analysis/data/event_words.csv"),
        ("pos", "str", "spaCy part of speech"),
        ("artefact", "str", "a use in which VADER's valence is no stance (analysis/data/pos_artefacts.csv: 'a "
         "preposition', 'a rank'), given no valence in the corrected line; empty otherwise"),
    )),
    Table("entities.csv", "one entity (canonical name and label)", _cols(
        ("name", "str", "canonical name (codebook) or surface form"),
        ("label", "str", "spaCy label"),
        ("count", "int", "mentions in the body"),
        ("aliases", "list", "surface forms seen"),
        ("first_paragraph", "int", "paragraph of the first mention"),
        ("codebook", "bool", "merged by the project codebook"),
    )),
    Table("mentions.csv", "one entity mention", _cols(
        ("name", "str", "canonical name or surface form"),
        ("label", "str", "spaCy label"),
        ("text", "str", "the words in the article"),
        ("paragraph", "int", "paragraph"),
        ("sentence", "int", "sentence"),
        ("start", "int", "offset"),
        ("end", "int", "end offset"),
        ("voice", "str", "writer, or quoted inside a direct quotation"),
        ("codebook", "bool", "a codebook actor"),
    )),
    Table("actors.csv", "one actor", _cols(
        ("actor", "str", "canonical name"),
        ("label", "str", "spaCy label"),
        ("mentions", "int", "mentions"),
        ("paragraphs", "list", "paragraphs with a mention"),
        ("writer_labels", "str", "naming phrases in the writer's words (narration and paraphrase), ' | '-joined"),
        ("quoted_labels", "str", "naming phrases inside quotation marks or turns (speakers' own words)"),
        ("narration_sentiment", "float", "mean compound of the narration of sentences mentioning it (proxy)"),
        ("quoted_sentiment", "float", "same for their quoted text"),
        ("mention_tone", "float", "mean tone score towards its mentions, -1 to +1 (trained model; mention_tone.csv)"),
    )),
    Table("mention_tone.csv", "one actor mention (name or third-person pronoun) with the tone towards it", _cols(
        ("actor", "str", "canonical name (empty: a pronoun with no compatible actor before it)"),
        ("text", "str", "the mention as written"),
        ("start", "int", "offset"),
        ("end", "int", "end offset"),
        ("paragraph", "int", "paragraph"),
        ("sentence", "int", "sentence"),
        ("voice", "str", VOICE_TEXT),
        ("speaker", "str", "for a quoted or paraphrase mention, whose words or statement it is in"),
        ("kind", "str", "name or pronoun"),
        ("rule", "str", "for a pronoun, the resolver's pass that chose the actor (empty for a name)"),
        ("tone", "str", "negative, neutral or positive: the tone towards this mention"),
        ("score", "float", "P(positive) - P(negative), -1 to +1"),
        ("because", "str", "the features that decided it, in words"),
    )),
    Table("actor_labels.csv", "one phrase naming an actor", _cols(
        ("actor", "str", "canonical name"),
        ("kind", "str", "name_phrase, title, apposition, copula or descriptor"),
        ("text", "str", "the phrase"),
        ("voice", "str", VOICE_TEXT),
        ("speaker", "str", "for a quoted or paraphrase label, whose words or statement it is in"),
        ("confidence", "str", "high, or low: a descriptor chosen among several candidate actors"),
        ("paragraph", "int", "paragraph"),
        ("start", "int", "offset"),
        ("end", "int", "end offset"),
    )),
    Table("quotes.csv", "one direct or partial quotation, reported statement or scare quote", _cols(
        ("kind", "str", "direct, partial, indirect or scare"),
        ("speaker", "str", "canonical actor or the subject phrase (empty: none)"),
        ("speaker_text", "str", "the words naming the speaker"),
        ("speaker_start", "int", "offset of speaker_text (empty when carried over)"),
        ("speaker_end", "int", "its end offset"),
        ("channel", "str", "agency the words came through"),
        ("cue", "str", "reporting cue"),
        ("cue_class", "str", "neutral, assertive, distancing, tentative or emotive"),
        ("cue_text", "str", "the cue as written"),
        ("cue_start", "int", "offset of cue_text"),
        ("cue_end", "int", "its end offset"),
        ("paragraph", "int", "paragraph"),
        ("start", "int", "offset of the quoted or reported text"),
        ("end", "int", "end offset"),
        ("words", "int", "words inside"),
        ("text", "str", "the quotation without marks, or the reported content"),
        ("statement", "int", "the remark it tells (rows of one remark share it; empty for a scare quote)"),
    )),
    Table("voices.csv", "one speaker", _cols(
        ("speaker", "str", "as in quotes.csv"),
        ("direct", "int", "direct quotations"),
        ("indirect", "int", "reported statements"),
        ("partial", "int", "partial quotations"),
        ("turns", "int", "turns of an interview or transcript"),
        ("words_quoted", "int", "words in the speaker's direct quotations and turns"),
        ("words_partial", "int", "words in the speaker's partial quotations"),
        ("share_of_voice", "float", "words_quoted / body words"),
        ("first_paragraph", "int", "first paragraph heard"),
        *((f"remarks_{k}", "int", f"remarks counted for the speaker, each once, {how}") for k, how in zip(
            REMARKS, REMARK_HOW, strict=True)),
        ("cues", "list", "verb:class:count per reporting verb"),
    )),
    Table("voices_by_affiliation.csv", "one side", _cols(
        ("affiliation", "str", "the side a speaker speaks for (codebook affiliation, else the speaker)"),
        ("speakers", "list", "its speakers"),
        ("direct", "int", "direct quotations"),
        ("indirect", "int", "reported statements"),
        ("partial", "int", "partial quotations"),
        ("turns", "int", "turns of an interview or transcript"),
        ("words_quoted", "int", "words in its direct quotations and turns"),
        ("share_of_voice", "float", "words_quoted / body words"),
        *((f"remarks_{k}", "int", f"the side's remarks, each once, {how}") for k, how in zip(
            REMARKS, REMARK_HOW, strict=True)),
    )),
    Table("frames.csv", "one frame (all sixteen)", _cols(
        ("frame", "str", "frame id"),
        ("name", "str", "display name"),
        ("hits", "int", "lexicon hits in the body"),
        ("score", "float", "hits per 100 body words"),
        ("lede_hits", "int", "hits in paragraph 1"),
        ("writer_hits", "int", "hits in the narration"),
        ("quoted_hits", "int", "hits inside direct quotations"),
        ("lemmas", "int", "distinct lemmas among the hits"),
        ("lede_lemmas", "int", "distinct lemmas among the lede's hits"),
        ("salience", "float", "weighted log-odds z-score of the body against US political news of 2015-2016 "
         "(PolNeAR train; > 0: more than that news)"),
        ("lede_salience", "float", "the same for the lede"),
        ("salience_semeval", "float", "the body's z-score against online news of 2019-2022 (SemEval-2023 train)"),
        ("lexicon_present", "bool", "the lexicon rule: 2+ distinct lemmas (a lede lemma counts twice) and salience "
         ">= -1.96"),
        ("method", "str", "model (fitted on SemEval-2023) or lexicon (the two added frames)"),
        ("probability", "float", "the model's probability (empty when the lexicon decides)"),
        ("threshold", "float", "the model's threshold for the frame (empty when the lexicon decides)"),
        ("present", "bool", "the presence decision of the method (the lexicon's: lexicon_present and both "
         "saliences >= 1.96), under the vocabulary floor (3+ distinct lemmas of frame vocabulary in all)"),
        ("words", "list", "the article's words that pushed the model's probability up most"),
    )),
    Table("frame_evidence.csv", "one frame hit", _cols(
        ("frame", "str", "frame id"),
        ("text", "str", "the words as in the article"),
        ("lemma", "str", "the lemmas matched"),
        ("paragraph", "int", "paragraph"),
        ("sentence", "int", "sentence"),
        ("start", "int", "offset"),
        ("end", "int", "end offset"),
        ("voice", "str", "writer or quoted"),
    )),
    Table("distance.csv", "one distance or certainty marker", _cols(
        ("voice", "str", "writer, or the speaker of the quotation it sits in"),
        ("kind", "str", "hedge, distancing, scare_quote or distancing_cue"),
        ("text", "str", "the marker"),
        ("target", "str", "speaker a distancing cue is about"),
        ("paragraph", "int", "paragraph"),
        ("start", "int", "offset"),
        ("end", "int", "end offset"),
    )),
    Table("stance.csv", "one actor: the synthesis", _cols(
        ("actor", "str", "canonical name"),
        ("mentions", "int", "mentions"),
        ("writer_labels", "list", "naming phrases in the writer's words (narration, and paraphrase marked "
         "'(in paraphrase of X)')"),
        ("quoted_labels", "list", "naming phrases inside quotation marks or turns"),
        ("voice_share", "float", "share of body words quoted from the actor"),
        ("direct_quotes", "int", "direct quotations and interview turns"),
        ("indirect", "int", "reported statements"),
        ("cues", "list", "verb:class:count"),
        ("narration_sentiment", "float", "tone proxy, narration"),
        ("quoted_sentiment", "float", "tone proxy, quotations"),
        ("mention_tone", "float", "mean tone towards its mentions (trained model)"),
        ("frames", "list", "frame:hits for the top frames around it"),
        ("distance_markers", "int", "distance markers near it"),
        ("factive_cues", "int", "statements reported with a verb that presents them as fact"),
        ("side_labels", "list", "words:category of the writer's labels that deny or grant standing or give an office"),
    )),
)
"""The CSV files ``export`` writes per article, in this order."""

PER_ARTICLE = "<article>"
"""In a comparison table, a column name standing for one column per article (named by its key)."""

COMPARE_TABLES: tuple[Table, ...] = (
    Table("overview.csv", "article", _cols(
        ("article", "str", "the article's key: its file name without .txt"),
        ("outlet", "str", "outlet from sources.csv beside the file (else the file name)"),
        ("date", "str", "date from the header, YYYY-MM-DD or YYYY-MM (empty without a header)"),
        ("paragraphs", "int", "body paragraphs (date header and credit line excluded)"),
        ("words", "int", "body words (spaCy tokens with a letter or digit, clitics excluded)"),
        ("quoted_words", "int", "words inside direct quotations"),
        ("quoted_share", "float", "quoted_words / words (0-1)"),
        ("flesch_reading_ease", "float", "textstat on the body; higher = easier"),
        ("flesch_kincaid_grade", "float", "textstat on the body; US grade, higher = harder"),
        ("mean_compound", "float", "mean VADER compound over the body's sentences (-1 ... +1)"),
        ("narration_mean_compound", "float", "the same for the writer's narration (empty if none)"),
        ("quoted_mean_compound", "float", "the same for direct-quotation text (empty if none)"),
    )),
    Table("sentiment_arc.csv", "article and body paragraph", _cols(
        ("article", "str", "article key"),
        ("paragraph", "int", "1-based body paragraph"),
        ("compound", "float", "mean VADER compound of the paragraph's sentences"),
        ("label", "str", "positive (>= 0.05), negative (<= -0.05) or neutral"),
    )),
    Table("actor_mentions.csv", "actor (most mentioned over all articles first, ties by name)", _cols(
        ("actor", "str", "canonical name (project codebook) or the name as written"),
        (PER_ARTICLE, "int", "mentions in that article; one column per article, in input order"),
        ("articles", "int", "articles that mention the actor"),
    )),
    Table("labels.csv", "phrase naming an actor in one article", _cols(
        ("actor", "str", "canonical name"),
        ("article", "str", "article key"),
        ("voice", "str", "writer (narration) or quoted (inside a direct quotation)"),
        ("kind", "str", "name_phrase, title, apposition, copula or descriptor"),
        ("text", "str", "the phrase as written"),
        ("unique", "bool", "no other article uses this phrase for this actor, nor one that contains it or is "
         "contained in it (case, articles and possessives aside: 'water minister' and 'Ostravian water minister' "
         "are shared)"),
    )),
    Table("voices.csv", "article and speaker", _cols(
        ("article", "str", "article key"),
        ("speaker", "str", "canonical actor or the subject phrase"),
        ("direct", "int", "direct quotations"),
        ("indirect", "int", "reported statements"),
        ("turns", "int", "turns of an interview or transcript"),
        ("words_quoted", "int", "words in the speaker's direct quotations and turns"),
        ("share_of_voice", "float", "words_quoted / the article's body words"),
    )),
    Table("cues.csv", "article and reporting verb", _cols(
        ("article", "str", "article key"),
        ("cue", "str", "reporting verb lemma (or 'express <noun>')"),
        ("class", "str", "neutral, assertive, distancing, tentative or emotive (verbs the lexicon classes only)"),
        ("count", "int", "quotations and statements it introduces"),
    )),
    Table("frames.csv", "frame (all sixteen, lexicon order)", _cols(
        ("frame", "str", "frame id"),
        ("name", "str", "display name"),
        (PER_ARTICLE, "float", "frame-lexicon hits per 100 body words in that article; one column per article"),
    )),
    Table("distance.csv", "article: the writer's distance markers", _cols(
        ("article", "str", "article key"),
        ("hedges", "int", "hedging words in the narration"),
        ("distancing", "int", "distancing words in the narration"),
        ("distancing_cues", "int", "distancing reporting verbs (claim, allege ...)"),
        ("scare_quotes", "int", "short marked phrases (scare quotes)"),
    )),
)
"""The CSV files ``compare`` writes, in this order."""


def table(tables: tuple[Table, ...], file: str) -> Table:
    """The declared table named ``file``."""
    for t in tables:
        if t.file == file:
            return t
    raise KeyError(file)


def summary_key(name: str) -> Key:
    """The declared top-level summary key ``name``."""
    for k in SUMMARY:
        if k.name == name:
            return k
    raise KeyError(name)


# ---------------------------------------------------------------- JSON Schema

def _node(key: Key) -> dict:
    if key.type in SCALARS:
        node: dict = {"type": [key.type, "null"] if key.nullable else key.type}
        if key.enum:
            node["enum"] = [*key.enum, None] if key.nullable else list(key.enum)
    elif key.type == "object":
        node = _object(key.fields)
    elif key.type == "array":
        items = _object(key.fields) if key.items == "object" else {"type": key.items}
        node = {"type": "array", "items": items}
    elif key.type == "map":
        node = {"type": "object", "additionalProperties": _object(key.fields)}
    else:
        raise ValueError(f"{key.name}: unknown type {key.type!r}")
    node["description"] = key.meaning + (f" (keyed by {key.keyed_by})" if key.keyed_by else "")
    return node


def _object(fields: tuple[Key, ...]) -> dict:
    return {"type": "object", "properties": {k.name: _node(k) for k in fields},
            "required": [k.name for k in fields], "additionalProperties": False}


def json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of one article's summary: every key required, no other key allowed."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": JSON_SCHEMA_ID,
        "title": f"Framing analysis: one article's summary (schema {SCHEMA_VERSION})",
        "description": "Written by `python -m analysis summarize --json` (one object per line) and by "
                       "`python -m analysis export` (summary.json). Generated from analysis/schema.py.",
        **_object(SUMMARY),
    }


def json_schema_text() -> str:
    """:func:`json_schema` as the committed file's text."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- Markdown

def _type_text(key: Key) -> str:
    if key.type == "array":
        text = "list of objects" if key.items == "object" else f"list of {key.items}s"
    elif key.type == "map":
        text = f"object keyed by {key.keyed_by}"
    else:
        text = key.type
    if key.enum:
        text = " / ".join(f"`{e}`" for e in key.enum)
    return text + (" or null" if key.nullable else "")


def _key_rows(fields: tuple[Key, ...], prefix: str = "") -> list[str]:
    rows = []
    for k in fields:
        rows.append(f"| `{prefix}{k.name}` | {_type_text(k)} | {k.meaning} |")
        if k.fields:
            inner = f"{prefix}{k.name}" + ("[]" if k.type == "array" else "{}" if k.type == "map" else "")
            rows += _key_rows(k.fields, inner + ".")
    return rows


def summary_markdown() -> list[str]:
    """The summary's keys as Markdown: one table per top-level key."""
    lines = [
        f"## JSON summary (schema {SCHEMA_VERSION})",
        "",
        "One object per article (`summarize --json` prints one per line; `export` writes `summary.json`).",
        "Paragraph numbers are 1-based over body paragraphs; spans carry `start`/`end` character offsets",
        "into the raw file. `name[]` is an item of a list, `name{}` a value of an object keyed by data",
        f"(an actor's name, a frame id). Machine-readable: [`{JSON_SCHEMA_ID}`]({JSON_SCHEMA_ID}).",
        "",
    ]
    for k in SUMMARY:
        lines += [f"### `{k.name}`", "", f"{k.meaning[0].upper()}{k.meaning[1:]} ({_type_text(k)}).", "",
                  "| key | type | meaning |", "|---|---|---|", *_key_rows(k.fields), ""]
    return lines


def tables_markdown(tables: tuple[Table, ...], level: str = "##") -> list[str]:
    """Per file, a table of its columns: name, type and meaning."""
    lines: list[str] = []
    for t in tables:
        lines += [f"{level} `{t.file}`", "", f"One row per {t.row}.", ""]
        lines += ["| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{c.name}` | {c.type} | {c.meaning} |" for c in t.columns]
        lines.append("")
    return lines


def export_dictionary() -> str:
    """``README.md`` for an ``export`` folder: every file and column, its type and meaning."""
    return "\n".join([
        "# Export data dictionary",
        "",
        f"Written by `python -m analysis export` (schema {SCHEMA_VERSION}). One folder per article "
        "(`<file stem>/`), holding:",
        "",
        "- `summary.json`: the same object as `python -m analysis summarize --json` (keys in the project's",
        "  `docs/schema.md`; JSON Schema in `docs/summary.schema.json`).",
        "- `figures/`: the notebook series' figures as PNG and SVG (absent with `--no-figures`).",
        "- one CSV per table below. Offsets (`start`, `end`) index the raw file; paragraphs and sentences are",
        "  1-based over the body (date header and credit line excluded). Type `list` is a `' | '`-joined cell.",
        "  Empty cells are missing values. Numbers are unrounded.",
        "",
        *tables_markdown(EXPORT_TABLES),
    ])


def compare_dictionary(figures: list[str]) -> str:
    """``README.md`` for a ``compare`` folder; ``figures`` are the names of the figures it writes."""
    return "\n".join([
        "# Comparison data dictionary",
        "",
        "Written by `python -m analysis compare`. Each article is keyed by its file name without `.txt`;",
        "articles appear in the order given (a folder: by file name). Every number comes from the same",
        "per-article analyses as `python -m analysis export` (see the project README for methods).",
        "",
        "- `compare.json`: `articles` (the rows of `overview.csv`) and `differences`: `heard_directly`",
        "  (speaker -> articles that quote them directly, `in`, and those that do not, `not_in`),",
        "  `mentioned_in_one_article_only` (actor -> article), `labels_used_by_one_article`",
        "  (the rows of `labels.csv` with `unique` true) and `labels_used_by_several_articles` (a label",
        "  two or more articles use for an actor: `actor`, `text`, `in` with each article's own `text` and",
        "  `voice`, `not_in`: the articles that mention the actor without it).",
        "- `figures/`: " + ", ".join(f"`{name}`" for name in figures) + " as PNG and SVG (absent with",
        "  `--no-figures`): frame profiles, sentiment arcs and shares of voice, article by article.",
        f"- one CSV per table below. `{PER_ARTICLE}` stands for one column per article, named by its key.",
        "  Empty cells are missing values. Numbers are unrounded.",
        "",
        *tables_markdown(COMPARE_TABLES),
    ])


CHANGES = (
    "**Changes in schema 2.0.0** (a change of meaning, so a major step):",
    "",
    "- `voice` of an actor's `labels` and `mention_spans` (and `actor_labels.csv`, `mention_tone.csv`) has a third "
    "value, `paraphrase`: inside a reported statement but outside quotation marks, the writer's wording of what the "
    "speaker said. Before 2.0.0 such a span was `quoted`; `quoted` now means inside quotation marks or a turn only. "
    "`writer_labels` (in `actors.csv` and the stance table) therefore now hold the paraphrase's labels too; the "
    "stance table marks each with ' (in paraphrase of X)', `actors.csv` does not (its `actor_labels.csv` rows carry "
    "the `voice` and `speaker`).",
    "- `quotes[].statement` (and `quotes.csv`) numbers the remarks: rows that tell one remark share it.",
    "- `voices` and `voices_by_affiliation` gain `remarks_direct`, `remarks_turn` and `remarks_reported`: remarks "
    "counted once. A remark told by two speakers of one side counts for the one quoted directly, so a speaker can "
    "have rows and no remark of its own; a speaker the text does not name as an actor is its own side there.",
    "- Distance markers (`distance`, `distance.csv`) inside a reported statement still belong to its speaker: a "
    "hedge in paraphrase is usually the speaker's own doubt, reported.",
)
"""What changed in the current major version, at the head of ``docs/schema.md``."""


def schema_markdown() -> str:
    """``docs/schema.md``: the JSON summary, the exported tables and the comparison tables."""
    return "\n".join([
        "# Schema reference",
        "",
        "Generated from `analysis/schema.py` by `make docs` (do not edit by hand; a test",
        "fails when this file and the declaration differ).",
        "",
        *CHANGES,
        "",
        *summary_markdown(),
        f"## Exported tables (`python -m analysis export`, schema {SCHEMA_VERSION})",
        "",
        "One CSV per table in each article's folder. Type `list` is a `' | '`-joined cell.",
        "",
        *tables_markdown(EXPORT_TABLES, "###"),
        "## Comparison tables (`python -m analysis compare`)",
        "",
        f"`{PER_ARTICLE}` stands for one column per article, named by its key.",
        "",
        *tables_markdown(COMPARE_TABLES, "###"),
    ])


def write_documents(folder: Path) -> list[Path]:
    """Write ``schema.md`` and ``summary.schema.json`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    md, js = folder / "schema.md", folder / JSON_SCHEMA_ID
    md.write_text(schema_markdown(), encoding="utf-8")
    js.write_text(json_schema_text(), encoding="utf-8")
    return [md, js]

