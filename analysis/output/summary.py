"""The per-article JSON summary: one nested object per concern.

Every key is declared, with its type and meaning, in :data:`analysis.schema.SUMMARY`;
``docs/summary.schema.json`` is generated from that declaration and the tests
validate summaries against it. Conventions for every concern: paragraph
numbers are 1-based over body paragraphs, and every span carries
``start``/``end`` character offsets into the raw file.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata
from typing import Any

from analysis import __version__
from analysis.measures.actors import mentions_by_actor
from analysis.measures.analysed import Analysis, analyse
from analysis.measures.attribution import REMARK_COLUMNS
from analysis.schema import SCHEMA_VERSION
from analysis.tables import none_if_missing, rows_by
from analysis.text.article import Article
from analysis.text.codebook import Codebook, default_codebook
from analysis.text.nlp import model_info


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def meta_section() -> dict[str, Any]:
    """Schema version and the versions of the package and the tools that made the numbers."""
    return dict(_meta())


def run_meta(codebook: Codebook | None) -> dict[str, Any]:
    """:func:`meta_section` and which codebook a run uses (``"project"`` or the user's file): what must be the
    same for two articles' outputs to belong to one corpus."""
    return {**meta_section(),
            "codebook": "project" if codebook is None or codebook == default_codebook() else codebook.source}


@lru_cache(maxsize=1)
def _meta() -> tuple[tuple[str, Any], ...]:
    model = model_info()
    return tuple({
        "schema_version": SCHEMA_VERSION,
        "analysis": __version__,
        "textstat": _version("textstat"),
        "vaderSentiment": _version("vaderSentiment"),
        "spacy": _version("spacy"),
        "spacy_model": model["name"],
        "spacy_model_version": model["version"],
    }.items())


def article_section(article: Article, with_text: bool = False) -> dict[str, Any]:
    """The article's anatomy: source, date, counts of its body units, each body paragraph's offsets and, with
    ``with_text``, the analysed text itself (``null`` otherwise)."""
    return {
        "path": article.path,
        "outlet": article.outlet,
        "date": article.date,
        "date_precision": article.date_precision,
        "paragraphs": len(article.paragraphs),
        "sentences": len(article.sentences),
        "words": len(article.words),
        "quoted_words": article.quoted_words,
        "credit": article.credit.text if article.credit else None,
        "headline": article.headline,
        "byline": article.byline,
        "text_source": article.text_source,
        "set_aside": [{"kind": x.kind, "text": x.text, "start": x.start, "end": x.end, "reason": x.reason,
                       "place": x.place, "agency": x.agency, "date": x.date} for x in article.set_aside],
        "warnings": list(article.warnings),
        "body": [{"paragraph": p.index, "start": p.start, "end": p.end} for p in article.paragraphs],
        "text": article.raw if with_text else None,
    }


def entities_section(a: Analysis) -> list[dict[str, Any]]:
    """The ``entities`` list: ``name, label, count, aliases, first_paragraph``."""
    return [{"name": r.name, "label": r.label, "count": int(r.count), "aliases": list(r.aliases),
             "first_paragraph": int(r.first_paragraph)} for r in a.entity_table.itertuples()]


def actors_section(a: Analysis) -> dict[str, Any]:
    """The ``actors`` object, keyed by canonical name, most mentioned first."""
    mentioned = mentions_by_actor(a.actor_mentions)
    labelled = rows_by(a.actor_labels, "actor")
    sent = a.targeted_sentiment.set_index("actor").to_dict("index")
    spans = rows_by(a.mention_tone[a.mention_tone["actor"].notna()], "actor")
    out: dict[str, Any] = {}
    for actor in a.actor_order:
        am = mentioned[actor]
        out[actor] = {
            "mentions": len(am),
            "paragraphs": sorted({int(paragraph) for _, paragraph in am}),
            "labels": [{"text": r["text"], "voice": r["voice"], "speaker": none_if_missing(r["speaker"]),
                        "confidence": r["confidence"],
                        "kind": r["kind"], "start": int(r["start"]),
                        "end": int(r["end"])} for r in labelled.get(actor, [])],
            "mention_spans": [{"text": r["text"], "start": int(r["start"]), "end": int(r["end"]),
                               "paragraph": int(r["paragraph"]), "voice": r["voice"],
                               "speaker": none_if_missing(r["speaker"]), "kind": r["kind"],
                               "rule": none_if_missing(r["rule"]),
                               "tone": {"label": r["tone"], "score": float(r["score"]), "because": r["because"]}}
                              for r in spans.get(actor, [])],
            "sentiment": {"narration": none_if_missing(sent[actor]["narration"]),
                          "quoted": none_if_missing(sent[actor]["quoted"]),
                          "mentions": none_if_missing(sent[actor]["mentions"])},
        }
    return out


def unresolved_section(a: Analysis) -> list[dict[str, Any]]:
    """The ``unresolved_pronouns`` list: pronouns the resolver gave to no actor, with the reason."""
    t = a.pronoun_table
    t = t[t["actor"].isna()]
    return [{"text": r.text, "start": int(r.start), "end": int(r.end), "paragraph": int(r.paragraph),
             "reason": r.reason} for r in t.itertuples()]


def quotes_section(a: Analysis) -> list[dict[str, Any]]:
    """The ``quotes`` list, in text order."""
    def offset(x) -> int | None:
        x = none_if_missing(x)
        return None if x is None else int(x)

    return [{"text": r.text, "kind": r.kind, "speaker": none_if_missing(r.speaker),
             "speaker_text": none_if_missing(r.speaker_text) or None, "speaker_start": offset(r.speaker_start),
             "speaker_end": offset(r.speaker_end), "channel": none_if_missing(r.channel),
             "cue": none_if_missing(r.cue), "cue_class": none_if_missing(r.cue_class),
             "cue_text": none_if_missing(r.cue_text), "cue_start": offset(r.cue_start), "cue_end": offset(r.cue_end),
             "paragraph": int(r.paragraph), "start": int(r.start), "end": int(r.end),
             "statement": offset(r.statement)}
            for r in a.quotes_table.itertuples()]


def voices_section(a: Analysis) -> list[dict[str, Any]]:
    """The ``voices`` list, most words quoted first."""
    return [{"speaker": r.speaker, "direct": int(r.direct), "indirect": int(r.indirect), "partial": int(r.partial),
             "turns": int(r.turns), "words_quoted": int(r.words_quoted), "words_partial": int(r.words_partial),
             "share_of_voice": float(r.share_of_voice),
             "first_paragraph": int(r.first_paragraph), **_remarks(r), "cues": r.cues}
            for r in a.voices_table.itertuples()]


def _remarks(r) -> dict[str, int]:
    """The ``remarks_*`` counts of a voices row."""
    return {c: int(getattr(r, c)) for c in REMARK_COLUMNS}


def voices_by_affiliation_section(a: Analysis) -> list[dict[str, Any]]:
    """The ``voices_by_affiliation`` list, most words quoted first."""
    return [{"affiliation": r.affiliation, "speakers": list(r.speakers), "direct": int(r.direct),
             "indirect": int(r.indirect), "partial": int(r.partial), "turns": int(r.turns),
             "words_quoted": int(r.words_quoted),
             "share_of_voice": float(r.share_of_voice), **_remarks(r)} for r in a.voices_by_affiliation.itertuples()]


def frames_section(a: Analysis) -> dict[str, Any]:
    """The ``frames`` object: every frame with ``score``, ``hits``, ``lede_hits``, ``evidence``."""
    by_frame = rows_by(a.frame_evidence, "frame")
    out = {}
    for r in a.frame_scores.itertuples():
        out[r.frame] = {"score": float(r.score), "hits": int(r.hits), "lede_hits": int(r.lede_hits),
                        "lemmas": int(r.lemmas), "salience": float(r.salience),
                        "lede_salience": float(r.lede_salience), "salience_semeval": float(r.salience_semeval),
                        "method": r.method, "probability": none_if_missing(r.probability),
                        "threshold": none_if_missing(r.threshold),
                        "lexicon_present": bool(r.lexicon_present), "present": bool(r.present),
                        "evidence_words": list(r.words),
                        "evidence": [{"text": x["text"], "lemma": x["lemma"], "paragraph": int(x["paragraph"]),
                                      "start": int(x["start"]), "end": int(x["end"])}
                                     for x in by_frame.get(r.frame, [])]}
    return out


def distance_section(a: Analysis) -> dict[str, Any]:
    """The ``distance`` object: per voice, counts of hedges, distancing words and cues, scare quotes,
    and the markers themselves."""
    by_voice = rows_by(a.distance_markers, "voice")
    out: dict[str, Any] = {}
    for v in ["writer", *sorted(v for v in by_voice if v != "writer")]:
        g = by_voice.get(v, [])
        out[v] = {
            "hedges": sum(1 for r in g if r["kind"] == "hedge"),
            "distancing": sum(1 for r in g if r["kind"] == "distancing"),
            "distancing_cues": sum(1 for r in g if r["kind"] == "distancing_cue"),
            "scare_quotes": sum(1 for r in g if r["kind"] == "scare_quote"),
            "markers": [{"text": r["text"], "kind": r["kind"],
                         "target": r["target"] if isinstance(r["target"], str) else None,
                         "paragraph": int(r["paragraph"]), "start": int(r["start"]), "end": int(r["end"])}
                        for r in g],
        }
    return out


def stance_section(a: Analysis) -> dict[str, Any]:
    """The ``stance`` object keyed by canonical actor."""
    out = {}
    for r in a.stance_table.itertuples():
        out[r.actor] = {
            "mentions": r.mentions,
            "writer_labels": r.writer_labels,
            "quoted_labels": r.quoted_labels,
            "voice_share": r.voice_share,
            "direct_quotes": r.direct_quotes,
            "cues": r.cues,
            "sentiment": {"narration": none_if_missing(r.narration_sentiment),
                          "quoted": none_if_missing(r.quoted_sentiment),
                          "mentions": none_if_missing(r.mention_tone)},
            "frames": [{"frame": f, "hits": n} for f, n in r.frames],
            "distance_markers": r.distance_markers,
            "factive_cues": r.factive_cues,
            "side_labels": [{"words": w, "category": c} for w, c in r.side_labels],
        }
    return out


def summarize(item: Article | Analysis, codebook: Codebook | None = None, with_text: bool = False) -> dict[str, Any]:
    """The JSON-ready summary of one article (plain dicts, lists, numbers and strings), keys in schema order.

    ``codebook``: the actors to use for an :class:`Article` (default: the project's); ``with_text``: include
    the analysed text (``article.text``), so the body can be rebuilt from ``article.body``'s offsets."""
    a = item if isinstance(item, Analysis) else analyse(item, codebook)
    return {
        "meta": run_meta(a.codebook),
        "article": article_section(a.article, with_text),
        "readability": a.body_readability,
        "sentiment": a.article_sentiment,
        "entities": entities_section(a),
        "actors": actors_section(a),
        "unresolved_pronouns": unresolved_section(a),
        "quotes": quotes_section(a),
        "voices": voices_section(a),
        "voices_by_affiliation": voices_by_affiliation_section(a),
        "frames": frames_section(a),
        "distance": distance_section(a),
        "stance": stance_section(a),
    }
