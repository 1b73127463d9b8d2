"""One article's analysis as one object: every table computed once, lazily, and handed on.

``analyse(article)`` (or ``Analysis(article, codebook)``) wires the measures
together: each attribute below is a cached property that calls one pure
function of the measures layer with the tables it needs, so every table is
computed at most once per article, the first time something asks for it, and
the dependencies between measures are written in one place (this class).

The tables are shared, not copied: treat them as read-only (pandas operations
such as ``assign``, ``round`` or filtering return new frames). Nothing is kept
beyond the object's life; there is no module-level cache keyed by article.

>>> a = analyse(load_article("seeds/000_2f6ad82b80b65921.txt"))  # doctest: +SKIP
>>> a.voices_table                                                 # doctest: +SKIP
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

import pandas as pd

from analysis.measures import (
    actors,
    anatomy,
    attribution,
    entities,
    framing,
    pronouns,
    readability,
    sentiment,
    stance,
    tone,
)
from analysis.measures.attribution.turns import find_labels, turn_label_mentions, turn_spans
from analysis.text.article import Article
from analysis.text.codebook import Codebook, default_codebook


class Analysis:
    """The measures of one :class:`~analysis.text.article.Article`, with one actor codebook."""

    def __init__(self, article: Article, codebook: Codebook | None = None) -> None:
        self.article = article
        self.codebook = codebook if codebook is not None else default_codebook()

    def __repr__(self) -> str:
        return f"Analysis({self.article.path!r})"

    # --- the parse
    @cached_property
    def docs(self) -> tuple:
        """One spaCy ``Doc`` per body paragraph, entities corrected by the codebook."""
        return entities.entity_docs(self.article, self.codebook)

    # --- anatomy
    @cached_property
    def paragraph_table(self) -> pd.DataFrame:
        return anatomy.paragraph_table(self.article)

    @cached_property
    def sentence_table(self) -> pd.DataFrame:
        return anatomy.sentence_table(self.article)

    @cached_property
    def quote_span_table(self) -> pd.DataFrame:
        return anatomy.quote_span_table(self.article)

    # --- readability
    @cached_property
    def readability_table(self) -> pd.DataFrame:
        return readability.readability_table(self.article)

    @cached_property
    def body_readability(self) -> dict[str, Any]:
        return readability.body_readability(self.article)

    # --- sentiment
    @cached_property
    def sentence_sentiment(self) -> pd.DataFrame:
        return sentiment.sentence_sentiment(self.article)

    @cached_property
    def paragraph_sentiment(self) -> pd.DataFrame:
        return sentiment.paragraph_sentiment(self.sentence_sentiment)

    @cached_property
    def word_contributions(self) -> pd.DataFrame:
        return sentiment.word_contributions(self.article)

    @cached_property
    def article_sentiment(self) -> dict[str, Any]:
        return sentiment.article_sentiment(self.sentence_sentiment, self.paragraph_sentiment)

    @cached_property
    def spelling_gaps(self) -> pd.DataFrame:
        return sentiment.spelling_gaps(self.article)

    # --- entities and actors
    @cached_property
    def mentions(self) -> pd.DataFrame:
        return entities.mentions(self.article, self.docs, turn_label_mentions)

    @cached_property
    def entity_table(self) -> pd.DataFrame:
        return entities.entity_table(self.mentions)

    @cached_property
    def actor_mentions(self) -> pd.DataFrame:
        return entities.actor_mentions(self.mentions)

    @cached_property
    def pronoun_table(self) -> pd.DataFrame:
        """Every third-person pronoun with the actor the article's one resolver gives it (or its reason)."""
        channels = frozenset(a.name for a in self.codebook.actors if a.type == "news_agency")
        return pronouns.resolve_article(self.article, self.docs, self.actor_mentions, channels,
                                        turn_spans(self.article, self.speaker_labels), descriptors=self.label_spans)

    @cached_property
    def speaker_labels(self) -> tuple:
        """The speakers' labels opening paragraphs (``(labels, examination lines, their spans)``,
        :func:`analysis.measures.attribution.turns.find_labels`), read once for the pronoun resolver and the
        quotes table."""
        m = self.actor_mentions
        names = frozenset(w.lower() for n in m.loc[m["label"].isin(["PERSON", "ORG"]), "name"] for w in str(n).split())
        return find_labels(self.article, self.docs, names, lambda c: not self.article.in_direct_quote(c, c + 1))

    @cached_property
    def actor_order(self) -> list[str]:
        """Actors, most mentioned first (ties by name)."""
        return entities.actor_order(self.actor_mentions)

    @cached_property
    def mentions_by_paragraph(self) -> pd.DataFrame:
        return entities.mentions_by_paragraph(self.article, self.actor_mentions, self.actor_order)

    @cached_property
    def cooccurrence(self) -> pd.DataFrame:
        return entities.cooccurrence(self.actor_mentions, self.actor_order)

    @cached_property
    def label_spans(self) -> pd.DataFrame:
        """The naming phrases before the quotes are known (the quotes use them to resolve speakers)."""
        return actors.actor_labels(self.article, self.docs, self.actor_mentions, self.actor_order, self.codebook,
                                   self.acting_actors)

    @cached_property
    def actor_labels(self) -> pd.DataFrame:
        return actors.label_voices(self.label_spans, self.quotes_table, self.article)

    @cached_property
    def targeted_sentiment(self) -> pd.DataFrame:
        return actors.targeted_sentiment(self.sentence_sentiment, self.actor_mentions, self.actor_order,
                                         self.mention_tone_by_actor)

    @cached_property
    def mention_tone(self) -> pd.DataFrame:
        """Tone towards each actor mention (names and resolved pronouns), from the trained model."""
        return tone.mention_tone(self.article, self.docs, self.actor_mentions, self.quotes_table,
                                 referents=self.pronoun_table)

    @cached_property
    def mention_tone_by_actor(self) -> dict[str, float | None]:
        """Per actor: the mean tone score of its mentions, not those introducing its own words."""
        return tone.mean_mention_tone(self.mention_tone, self.actor_order, self.quotes_table, self.article)

    @cached_property
    def readable_tone(self) -> pd.DataFrame:
        """Per actor: its kind and whether findings may read a tone towards it or around it."""
        return tone.readable_tone(self.actor_table, self.mention_tone, self.targeted_sentiment, self.quotes_table,
                                  self.codebook, article=self.article)

    @cached_property
    def actor_table(self) -> pd.DataFrame:
        return actors.actor_table(self.actor_mentions, self.actor_order, self.actor_labels, self.targeted_sentiment)

    # --- quotes and voices
    @cached_property
    def quotes_table(self) -> pd.DataFrame:
        return attribution.quotes_table(self.article, self.docs, self.actor_mentions, self.label_spans,
                                        referents=self.pronoun_table, speaker_labels=self.speaker_labels,
                                        side=self.codebook.side)

    @cached_property
    def voices_table(self) -> pd.DataFrame:
        return attribution.voices_table(self.quotes_table, len(self.article.words))

    @cached_property
    def voices_by_affiliation(self) -> pd.DataFrame:
        return attribution.voices_by_affiliation(self.voices_table, self.codebook, len(self.article.words))

    @cached_property
    def acting_actors(self) -> frozenset[str]:
        return actors.acting_actors(self.article, self.docs, self.actor_mentions)

    @cached_property
    def unheard_actors(self) -> pd.DataFrame:
        return attribution.unheard_actors(self.voices_table, self.actor_mentions, self.actor_order, self.codebook,
                                     self.acting_actors)

    @cached_property
    def voice_bars(self) -> pd.DataFrame:
        return attribution.voice_bars(self.voices_table, self.unheard_actors, self.actor_mentions, self.codebook)

    @cached_property
    def channels_table(self) -> pd.DataFrame:
        return attribution.channels_table(self.article, self.quotes_table)

    @cached_property
    def voices_by_paragraph(self) -> pd.DataFrame:
        return attribution.voices_by_paragraph(self.article, self.quotes_table, self.voices_table)

    # --- frames, distance, stance
    @cached_property
    def frame_evidence(self) -> pd.DataFrame:
        return framing.frame_evidence(self.article, self.docs)

    @cached_property
    def frame_scores(self) -> pd.DataFrame:
        return framing.frame_scores(self.article, self.frame_evidence)

    @cached_property
    def frames_by_paragraph(self) -> pd.DataFrame:
        """Frame × paragraph, hits per 100 words of the paragraph."""
        return framing.frames_by_paragraph(self.article, self.frame_evidence)

    @cached_property
    def distance_markers(self) -> pd.DataFrame:
        return framing.distance_markers(self.article, self.docs, self.quotes_table)

    @cached_property
    def stance_table(self) -> pd.DataFrame:
        return stance.stance_table(self.article, self.actor_mentions, self.actor_order, self.actor_labels,
                                   self.voices_table, self.targeted_sentiment, self.frame_evidence,
                                   self.distance_markers)


def analyse(article: Article, codebook: Codebook | None = None) -> Analysis:
    """The :class:`Analysis` of ``article`` (with the project codebook unless another is given)."""
    return Analysis(article, codebook)
