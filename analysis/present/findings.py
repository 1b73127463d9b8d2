"""The written findings of each notebook, composed from one article's tables.

Each function takes an :class:`~analysis.measures.analysed.Analysis` and
returns Markdown bullet points whose every number is computed here from its
tables, so a notebook's prose stays true when it is re-run on another
article. One function per notebook, named after it.
"""

from __future__ import annotations

import pandas as pd

from analysis.measures.analysed import Analysis
from analysis.measures.framing import FRAMES
from analysis.measures.readability import flesch_band, hardest_sentences
from analysis.present import accuracy


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"- {line}" for line in lines if line)


def load_and_inspect(a: Analysis) -> str:
    """Findings of notebook 01: the article's anatomy."""
    paragraphs = a.paragraph_table
    spans = a.quote_span_table
    longest = paragraphs.loc[paragraphs["words"].idxmax()]
    most_quoted = paragraphs.loc[paragraphs["quoted_share"].idxmax()]
    words = len(a.article.words)
    credit = f"; the credit line *{a.article.credit.text}* is set apart." if a.article.credit else "."
    return _bullets([
        f"The body has **{len(a.article.paragraphs)} paragraphs**, **{len(a.article.sentences)} sentences** and "
        f"**{words} words**{credit}",
        f"The lede runs to {paragraphs.loc[0, 'words']} words in {paragraphs.loc[0, 'sentences']} sentence(s).",
        f"Paragraph {longest['paragraph']} is the longest ({longest['words']} words); paragraph "
        f"{most_quoted['paragraph']} leans most on quotation ({most_quoted['quoted_share']:.0%} of its words).",
        f"{int((~spans['short']).sum())} direct quotations make up {a.article.quoted_words / words:.1%} of the body's "
        f"words; {int(spans['short'].sum())} short marked phrases are candidates for scare quotes.",
        f"Loader warnings: {len(a.article.warnings)}.",
    ])


def readability(a: Analysis, hardest_n: int = 5) -> str:
    """Findings of notebook 02: how hard the text is, where, and why."""

    table = a.readability_table
    body = table[table["unit"] == "body"].iloc[0]
    paras = table[table["unit"] == "paragraph"]
    top = hardest_sentences(a.readability_table, hardest_n).iloc[0]
    sentences = a.sentence_table.set_index("sentence")
    quoted_share = sentences["quoted_words"] / sentences["words"]
    easiest = paras.loc[paras["flesch_reading_ease"].idxmax()]
    hardest = paras.loc[paras["flesch_reading_ease"].idxmin()]
    speaker = (" and is mostly a direct quotation, so the difficulty is the speaker's as much as the writer's"
               if quoted_share[top["sentence"]] > 0.5 else "")
    return _bullets([
        f"The body scores **{body['flesch_reading_ease']:.1f}** on Flesch reading ease "
        f"(*{flesch_band(body['flesch_reading_ease'])}* in Flesch's bands) and grade "
        f"**{body['flesch_kincaid_grade']:.1f}** on Flesch-Kincaid; textstat's consensus is *{body['text_standard']}*.",
        f"It averages {body['words'] / body['sentences']:.1f} words per sentence and "
        f"{body['syllables'] / body['words']:.2f} syllables per word; {body['polysyllables']} of {body['words']} "
        f"words ({body['polysyllables'] / body['words']:.0%}) have three or more syllables.",
        f"Paragraph {easiest['index']} is the easiest ({easiest['flesch_reading_ease']:.1f}), paragraph "
        f"{hardest['index']} the hardest ({hardest['flesch_reading_ease']:.1f}); "
        f"{int((paras['sentences'] < 3).sum())} of {len(paras)} paragraphs have fewer than three sentences, "
        "so paragraph grades are indicative only.",
        f"The hardest sentence (grade {top['flesch_kincaid_grade']:.1f}, {top['words']} words) is sentence "
        f"{top['sentence']} in paragraph {top['paragraph']}{speaker}: *{top['text'][:120]}…*",
    ])


def sentiment(a: Analysis) -> str:
    """Findings of notebook 03: tone, its drivers, whose words carry it, and the event-word sensitivity."""
    summary = a.article_sentiment
    paragraphs = a.paragraph_sentiment
    words = a.word_contributions
    gaps = a.spelling_gaps
    lines = [
        f"Over {summary['sentences']} sentences the mean compound is **{summary['mean_compound']:+.4f}** "
        f"(*{summary['label']}*); {summary['sentences'] - words['sentence'].nunique()} sentences contain no word "
        "VADER scores.",
    ]
    counts = paragraphs["label"].value_counts()
    lines.append(f"Paragraph labels: {counts.get('positive', 0)} positive, {counts.get('neutral', 0)} neutral, "
                 f"{counts.get('negative', 0)} negative.")
    top = paragraphs.loc[paragraphs["compound"].idxmax()]
    drivers = words[words["paragraph"] == top["paragraph"]].sort_values("valence", ascending=False).head(3)
    prepositions = words[words["pos"] == "ADP"]
    if len(drivers):
        lines.append(
            f"The most positive paragraph is {top['paragraph']} ({top['compound']:+.4f}), driven by "
            + ", ".join(f"*{r.word}* ({r.valence:+.2f}{', a preposition' if r.pos == 'ADP' else ''})"
                        for r in drivers.itertuples())
            + (f"; VADER reads the preposition *{prepositions.iloc[0]['word']}* as approval." if len(prepositions)
               else "."))
    narr, quoted = summary["narration_mean_compound"], summary["quoted_mean_compound"]
    if narr is not None:
        lines.append(f"The writer's narration averages {narr:+.4f}"
                     + (f", the quoted voices {quoted:+.4f}." if quoted is not None else ", and nothing is quoted."))
    changed = paragraphs[paragraphs["label_changes"]]
    lines.append(
        f"Giving event words no valence moves the article mean to {summary['event_neutral_mean_compound']:+.4f} and "
        f"changes the label of {len(changed)} paragraph(s)"
        + (": " + ", ".join(f"{r.paragraph} ({r.label} → {r.event_neutral_label})" for r in changed.itertuples())
           if len(changed) else "") + ".")
    only_american = int((gaps["british_valence"].isna() & gaps["american_valence"].notna()).sum())
    lines.append(f"{len(gaps)} British-spelled word form(s) in the text; {only_american} of them score only in "
                 "American spelling.")
    return _bullets(lines)


def entities_and_actors(a: Analysis) -> str:
    """Findings of notebook 04: who is talked about and how they are named."""

    entities = a.entity_table
    actors = a.actor_table
    labels = a.actor_labels
    if actors.empty:
        return _bullets([f"{len(entities)} distinct entities and no actor (person, organisation or place)."])
    lead = actors.iloc[0]
    lead_labels = labels[(labels["actor"] == lead["actor"]) & (labels["voice"] == "writer")]
    merged = entities[entities["aliases"].map(len) > 1]
    tone = a.targeted_sentiment.dropna(subset=["narration"])
    tone = tone[tone["sentences"] >= 2]
    lines = [
        f"{len(entities)} distinct entities, {int(entities['count'].sum())} mentions; {len(actors)} actors. "
        f"The most mentioned is **{lead['actor']}** ({lead['mentions']} mentions in paragraphs "
        f"{', '.join(map(str, lead['paragraphs']))}).",
        (f"The writer names {lead['actor']} as: " + "; ".join(f"*{t}*" for t in lead_labels["text"]) + "."
         if len(lead_labels) else f"No naming phrase for {lead['actor']} was found beyond its name."),
        (f"The codebook merged {len(merged)} actor(s) written more than one way: "
         + "; ".join(f"{r.name} ({', '.join(r.aliases)})" for r in merged.itertuples()) + "."
         if len(merged) else "No actor is written more than one way."),
        f"{int((labels['voice'] == 'quoted').sum())} naming phrase(s) come from inside quotations; the rest are "
        "the writer's.",
    ]
    if len(tone):
        low, high = tone.loc[tone["narration"].idxmin()], tone.loc[tone["narration"].idxmax()]
        lines.append(f"Among actors in two or more sentences, the narration around **{low['actor']}** reads most "
                     f"negative ({low['narration']:+.3f}) and around **{high['actor']}** most positive "
                     f"({high['narration']:+.3f}), a proxy only.")
    return _bullets(lines)


def quotes_and_voices(a: Analysis) -> str:
    """Findings of notebook 05: who speaks, through whom, with which verbs, and who is never heard."""
    quotes = a.quotes_table
    voices = a.voices_table
    direct = quotes[quotes["kind"] == "direct"]
    indirect = quotes[quotes["kind"] == "indirect"]
    partial = quotes[quotes["kind"] == "partial"]
    scare = quotes[quotes["kind"] == "scare"]
    heard = voices[voices["direct"] > 0] if len(voices) else voices
    channels = sorted(set(direct["channel"].dropna()) | set(indirect["channel"].dropna()))

    def marked(rows: pd.DataFrame, with_speaker: bool) -> str:
        if not len(rows):
            return ""
        return ": " + ", ".join(f"*'{r.text}'*" + (f" ({r.speaker})" if with_speaker and isinstance(r.speaker, str)
                                                    else "") for r in rows.itertuples())

    lines = [f"{len(direct)} direct quotation(s), {len(indirect)} reported statement(s), {len(partial)} partial "
             f"quotation(s){marked(partial, True)}; {len(scare)} scare quote(s){marked(scare, False)}."]
    voice = (f"Only **{', '.join(heard['speaker'])}** {'is' if len(heard) == 1 else 'are'} quoted directly: "
             f"{int(heard['words_quoted'].sum())} words, {heard['share_of_voice'].sum():.1%} of the body. "
             if len(heard) else "No one is quoted directly. ")
    lines.append(voice + ("Channels: " + ", ".join(channels) if channels else "No agency is named as a channel")
                 + ".")
    classes = indirect["cue_class"].value_counts()
    if len(classes):
        lines.append("Reported speech by cue class: " + ", ".join(f"{k} {v}" for k, v in classes.sort_index().items())
                     + ("; no distancing verb (*claimed*, *alleged*) is used" if classes.get("distancing", 0) == 0
                        else "") + ".")
    unheard = a.unheard_actors
    silent = unheard[unheard["indirect"] == 0].sort_values(["mentions", "actor"], ascending=[False, True])
    if len(silent):
        lines.append("Mentioned but never heard, directly or in paraphrase: "
                     + ", ".join(f"**{r.actor}** ({r.mentions} mentions)" for r in silent.head(3).itertuples()) + ".")
    lines.append("How far to trust these attributions: " + accuracy.attribution_sentence())
    return _bullets(lines)


def stance_and_framing(a: Analysis, focus_actors: list[str]) -> str:
    """Findings of notebook 06: the frame profile and how the focus actors are positioned."""

    scores = a.frame_scores
    by_actor = a.stance_table.set_index("actor")
    top3 = scores.sort_values(["score", "frame"], ascending=[False, True]).head(3)
    lede_top = scores.sort_values(["lede_hits", "frame"], ascending=[False, True]).iloc[0]
    lines = [
        "The vocabulary is led by "
        + ", ".join(f"**{r.name}** ({r.score:.1f} per 100 words)" for r in top3.itertuples())
        + f"; the lede leans most on {lede_top['name']} ({lede_top['lede_hits']} hits). "
        + f"{int((scores['hits'] == 0).sum())} of {len(scores)} frames have no hit.",
    ]
    for actor in focus_actors:
        if actor not in by_actor.index:
            continue
        r = by_actor.loc[actor]
        voice = (f"quoted directly {r['direct_quotes']} time(s) ({r['voice_share']:.1%} of the words)"
                 if r["direct_quotes"] else "never quoted directly")
        said = f", reported {r['indirect']} time(s) in the writer's words" if r["indirect"] else ""
        named = ("; the writer names it " + ", ".join(f"*{x}*" for x in r["writer_labels"])) if r["writer_labels"] \
            else ""
        frames = ", ".join(f"{FRAMES[f]} ({n})" for f, n in r["frames"]) or "none"
        tone = ("" if pd.isna(r["narration_sentiment"])
                else f"; narration around it averages {r['narration_sentiment']:+.3f} (VADER, a proxy)")
        lines.append(f"**{actor}**: {r['mentions']} mentions, {voice}{said}{named}. Frames around it: {frames}{tone}; "
                     f"{r['distance_markers']} distance marker(s) nearby.")
    markers = a.distance_markers
    writer = markers[markers["voice"] == "writer"]
    listed = (" (" + ", ".join(f"*{t}* ({k.replace('_', ' ')})" for t, k in zip(writer["text"], writer["kind"],
                                                                               strict=True)) + ")"
              if len(writer) else "")
    lines.append(f"The writer's own distance markers: {len(writer)}{listed}.")
    return _bullets(lines)
