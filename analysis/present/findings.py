"""The written findings of each notebook, composed from one article's tables.

Each function takes an :class:`~analysis.measures.analysed.Analysis` and
returns Markdown bullet points whose every number is computed here from its
tables, so a notebook's prose stays true when it is re-run on another
article. One function per notebook, named after it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import pandas as pd
from vaderSentiment import vaderSentiment as vs

from analysis.measures import tone as tone_measure
from analysis.measures.actors import WRITERS_WORDS
from analysis.measures.analysed import Analysis
from analysis.measures.attribution import is_title
from analysis.measures.attribution.voices import CITY_TYPES
from analysis.measures.compare import Record, differences
from analysis.measures.readability import flesch_band, hardest_sentences, word_count_comparison
from analysis.measures.sentiment import (
    HANDFUL,
    SAME,
    artefact_offsets,
    corrected_narration,
    described,
    signed,
    strength,
)
from analysis.measures.sentiment import label as label_of
from analysis.present import accuracy
from analysis.present.stance_findings import stance_and_framing
from analysis.present.wording import bold_possessive, bullets, possessive
from analysis.tables import none_if_missing


def load_and_inspect(a: Analysis) -> str:
    """Findings of notebook 01: the article's anatomy."""
    paragraphs = a.paragraph_table
    spans = a.quote_span_table
    longest = paragraphs.loc[paragraphs["words"].idxmax()]
    most_quoted = paragraphs.loc[paragraphs["quoted_share"].idxmax()]
    words = len(a.article.words)
    credit = f"; the credit line *{a.article.credit.text}* is set apart." if a.article.credit else "."
    return bullets([
        f"The body has **{len(a.article.paragraphs)} paragraphs**, **{len(a.article.sentences)} sentences** and "
        f"**{words} words**{credit}",
        f"The lede runs to {paragraphs.loc[0, 'words']} words in {paragraphs.loc[0, 'sentences']} sentence(s).",
        f"Paragraph {longest['paragraph']} is the longest ({longest['words']} words); paragraph "
        f"{most_quoted['paragraph']} leans most on quotation ({most_quoted['quoted_share']:.0%} of its words).",
        f"{int((~spans['short']).sum())} direct quotations make up {a.article.quoted_words / words:.1%} of the body's "
        f"words; {_marked_counts(a)}",
        f"Loader warnings: {len(a.article.warnings)}.",
        _set_aside(a),
    ])


def marked_phrases(a: Analysis) -> str:
    """One bullet per short marked phrase (four words or fewer between quotation marks): the package's one
    decision on it (:mod:`analysis.measures.attribution`), its reason, and the reading the text leaves open. Every
    notebook that mentions such a phrase shows this, so the series states one decision."""
    spans = a.quote_span_table
    spans = spans[spans["short"]]
    if spans.empty:
        return "No short marked phrases: every quotation mark opens a direct quotation."
    lines = []
    for s in spans.itertuples():
        head = f"*'{s.text}'* (paragraph {s.first_paragraph})"
        kind, r = marked_phrase_decision(a, int(s.start), int(s.end))
        who = _as_written(a, none_if_missing(r.speaker) if r is not None else None) or "an unnamed source"
        if kind == "partial in statement":
            lines.append(f"{head}: a **partial quotation**, {possessive(who)} words: the phrase stands inside "
                         f"{possessive(who)} reported statement. The marks could also be the writer's distance "
                         "from the word (a scare quote); the text alone cannot settle which.")
        elif kind == "partial of quotation":
            lines.append(f"{head}: a **partial quotation**, {possessive(who)} words: they occur in "
                         f"{possessive(who)} direct quotation in this article.")
        elif kind == "scare":
            lines.append(f"{head}: a **scare quote**, the writer's distance: no statement or quotation in the "
                         "article holds these words. They may still be someone's, quoted without attribution.")
        elif kind == "inside quotation":
            lines.append(f"{head}: marked inside a direct quotation, the speaker's own quoting (scored and counted "
                         "with that quotation).")
        elif kind == "title":
            lines.append(f"{head}: read as the title of a work, not a quotation.")
        else:
            lines.append(f"{head}: no decision recorded for it.")
    return bullets(lines)


def _as_written(a: Analysis, name: str | None) -> str | None:
    """An actor's name with *the* in front when the article writes it so ("the European Union"): when at least
    half of its mentions follow the word *the*. Other names and phrases are returned as they are."""
    if not name:
        return name
    m = a.actor_mentions
    starts = m.loc[m["name"] == name, "start"].tolist()
    raw = a.article.raw
    after_the = sum(raw[max(0, s - 4):s].lower() == "the " for s in starts)
    return f"the {name}" if starts and 2 * after_the >= len(starts) and not name.lower().startswith("the ") else name


def _marked_counts(a: Analysis) -> str:
    """How many short marked phrases the package reads each way, in words (notebooks 01, 03 and 05 list them)."""
    spans = a.quote_span_table
    spans = spans[spans["short"]]
    if spans.empty:
        return "no short marked phrase."
    kinds = Counter(marked_phrase_decision(a, int(s.start), int(s.end))[0].split()[0] for s in spans.itertuples())
    names = {"partial": "partial quotation(s) of a source", "scare": "scare quote(s), the writer's distance",
             "inside": "inside a direct quotation", "title": "title(s) of a work", "none": "undecided"}
    parts = ", ".join(f"{n} {names[k]}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    return (f"{len(spans)} short marked phrase(s): {parts} (notebooks 01, 03 and 05 list each decision and "
            "its doubt).")


def marked_phrase_decision(a: Analysis, start: int, end: int):
    """``(kind, quotes_table row or None)`` for the short marked phrase at ``start:end``: ``partial in
    statement`` (it stands inside a reported statement in :attr:`Analysis.quotes_table`), ``partial of
    quotation`` (a partial row outside every statement: its words occur in a direct quotation), ``scare``,
    ``inside quotation`` (inside a direct quotation: no row of its own), ``title`` (:func:`is_title`), or
    ``none``."""
    q = a.quotes_table
    row = next((r for r in q.itertuples() if int(r.start) == start and int(r.end) == end
                and r.kind in ("partial", "scare")), None)

    def inside(kind: str) -> bool:
        return any(int(r.start) <= start and end <= int(r.end) for r in q.itertuples() if r.kind == kind)

    if row is not None and row.kind == "partial":
        return ("partial in statement" if inside("indirect") else "partial of quotation"), row
    if row is not None:
        return "scare", row
    if inside("direct"):
        return "inside quotation", None
    if is_title(a.article.raw[start:end]):
        return "title", None
    return "none", None


def _set_aside(a: Analysis) -> str:
    """What the loader kept out of the body as page furniture, by kind."""
    aside = a.article.set_aside
    if not aside:
        return "No line was set apart as page furniture (headline, byline, dateline, captions, links, signatures)."
    kinds: dict[str, int] = {}
    for x in aside:
        kinds[x.kind] = kinds.get(x.kind, 0) + 1
    return (f"{len(aside)} line(s) set apart as page furniture and left out of the body: "
            + ", ".join(f"{k} {n}" for k, n in kinds.items())
            + (f"; the headline reads *{a.article.headline}*" if a.article.headline else "") + ".")


def _quoted_part(a: Analysis, paragraph: int) -> str:
    """``", 60% of its words in direct quotations"`` for a paragraph half or more quoted (its difficulty is then
    the speaker's as much as the writer's), else ``""``."""
    s = a.sentence_table
    rows = s[s["paragraph"] == paragraph]
    words = int(rows["words"].sum())
    share = int(rows["quoted_words"].sum()) / words if words else 0.0
    return f", {share:.0%} of its words in direct quotations" if share >= 0.5 else ""


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
    speaker = ""
    if quoted_share[top["sentence"]] > 0.5:
        q = a.quotes_table
        span = sentences.loc[top["sentence"]]
        inside = q[(q["kind"] == "direct") & (q["start"] < int(span["end"])) & (q["end"] > int(span["start"]))]
        channels = sorted(set(inside["channel"].dropna()))
        speaker = (" and is mostly a direct quotation"
                   + (f" carried by {', '.join(channels)}, whose wording may be the agency's rendering or "
                      "translation of the speaker's"
                      if channels else ", so the difficulty is the speaker's as much as the writer's"))
    return bullets([
        f"The body scores **{body['flesch_reading_ease']:.1f}** on Flesch reading ease "
        f"(*{flesch_band(body['flesch_reading_ease'])}* in Flesch's bands) and grade "
        f"**{body['flesch_kincaid_grade']:.1f}** on Flesch-Kincaid; textstat's consensus is *{body['text_standard']}*.",
        f"It averages {body['words'] / body['sentences']:.1f} words per sentence and "
        f"{body['syllables'] / body['words']:.2f} syllables per word; {body['polysyllables']} of {body['words']} "
        f"words ({body['polysyllables'] / body['words']:.0%}) have three or more syllables. {_word_counts(a)}",
        f"Paragraph {easiest['index']} is the easiest ({easiest['flesch_reading_ease']:.1f}), paragraph "
        f"{hardest['index']} the hardest ({hardest['flesch_reading_ease']:.1f}{_quoted_part(a, hardest['index'])}); "
        f"{int((paras['sentences'] < 3).sum())} of {len(paras)} paragraphs have fewer than three sentences, "
        "so paragraph grades are indicative only.",
        f"The hardest sentence (grade {top['flesch_kincaid_grade']:.1f}, {top['words']} words) is sentence "
        f"{top['sentence']} in paragraph {top['paragraph']}{speaker}: *{top['text'][:120]}…*",
    ])


def _word_counts(a: Analysis) -> str:
    """Why textstat's word count differs from the loader's, in one sentence (empty when they agree)."""
    w = word_count_comparison(a.article)
    if w["difference"] == 0:
        return ""
    if w["explained"]:
        examples = ", ".join(f"*{h}*" for h in dict.fromkeys(w["joined"]))
        why = f"textstat counts a form written without spaces ({examples}) as one word, spaCy as its parts"
    else:
        why = "textstat splits words on spaces and drops punctuation by its own rules, spaCy by the parser's"
    return (f"These are textstat's {w['textstat']} words; the loader counts {w['loader']} (notebook 01) because "
            f"{why}.")


def sentiment(a: Analysis) -> str:
    """Findings of notebook 03: tone, its drivers, whose words carry it, and the corrected line.

    Compounds are printed to two decimals with words (:func:`~analysis.measures.sentiment.described`); a
    label resting on fewer than :data:`~analysis.measures.sentiment.HANDFUL` scored words says so, and a
    label that changes between two means closer than :data:`~analysis.measures.sentiment.SAME` is called a
    change at the margin."""
    summary = a.article_sentiment
    paragraphs = a.paragraph_sentiment
    words = a.word_contributions
    gaps = a.spelling_gaps
    lines = [
        f"Over {summary['sentences']} sentences the mean compound is **{described(summary['mean_compound'])}**, "
        f"from {_scored(summary['scored_words'])}; VADER scores no word in "
        f"{_count(summary['sentences'] - words['sentence'].nunique(), 'sentence')}.",
    ]
    counts = paragraphs["label"].value_counts()
    thin = paragraphs[(paragraphs["label"] != "neutral") & (paragraphs["scored_words"] < HANDFUL)]
    lines.append(f"Paragraph labels: {counts.get('positive', 0)} positive, {counts.get('neutral', 0)} neutral, "
                 f"{counts.get('negative', 0)} negative"
                 + (f"; {len(thin)} of the {int((paragraphs['label'] != 'neutral').sum())} positive or negative "
                    f"labels rest on fewer than {HANDFUL} scored words (paragraph"
                    f"{'s' if len(thin) > 1 else ''} {', '.join(map(str, thin['paragraph']))})" if len(thin) else "")
                 + ".")
    top = paragraphs.loc[paragraphs["compound"].idxmax()]
    drivers = words[words["paragraph"] == top["paragraph"]].sort_values("valence", ascending=False).head(3)
    artefacts = drivers[drivers["artefact"] != ""]
    if len(drivers):
        words_of = ", ".join(f"*{r.word}* ({r.valence:+.2f}{', ' + r.artefact if r.artefact else ''})"
                             for r in drivers.itertuples())
        misread = (f"; VADER reads *{artefacts.iloc[0]['word']}*, {artefacts.iloc[0]['artefact']}, as a stance"
                   if len(artefacts) else "")
        if label_of(top["corrected_compound"]) != top["label"]:  # lead with the reading that holds
            lines.append(f"Paragraph {top['paragraph']} reads {described(top['corrected_compound'])} in the corrected "
                         f"line; plain VADER makes it the most positive ({signed(top['compound'])}, "
                         f"{strength(top['compound'])}), driven by {words_of}{misread}.")
        else:
            lines.append(f"The most positive paragraph is {top['paragraph']} ({signed(top['compound'])}, "
                         f"{strength(top['compound'])}), driven by {words_of}{misread}.")
    narr, quoted = summary["narration_mean_compound"], summary["quoted_mean_compound"]
    if narr is not None:
        sentences = a.sentence_sentiment
        heard = sentences[sentences["quoted_compound"].notna()]
        q = a.quotes_table
        speakers = sorted(set(q.loc[q["kind"] == "direct", "speaker"].dropna()))
        nonzero = int((heard["quoted_compound"] != 0).sum())
        lines.append(
            f"Outside quotation marks (the writer's narration and paraphrase) the sentences average "
            f"{described(narr)}"
            + (f"; the direct quotations {described(quoted)}, over {len(heard)} sentence(s) with quoted words "
               f"({nonzero} of them scored non-zero) from {', '.join(speakers) or 'unattributed speakers'}: "
               "too few to read as the speakers' tone." if quoted is not None and len(heard) < HANDFUL
               else f", the direct quotations {described(quoted)}{_margin(narr, quoted)}." if quoted is not None
               else ", and nothing is quoted."))
    changed = paragraphs[paragraphs["label_changes"]]
    corrected = summary["corrected_mean_compound"]
    flips = []
    for r in changed.itertuples():
        mine = words[words["paragraph"] == r.paragraph]
        dropped = mine[mine["event_word"] | (mine["artefact"] != "")]
        kept = mine[~(mine["event_word"] | (mine["artefact"] != ""))]
        flips.append(f"{r.paragraph} ({r.label} → {r.corrected_label}; "
                     + (f"without {', '.join(f'*{w}*' for w in sorted(set(dropped['word'])))} " if len(dropped)
                        else "")
                     + ("what remains is " + ", ".join(f"*{w}*" for w in sorted(set(kept['word']))) if len(kept)
                        else "nothing else is scored")
                     + "".join(f"; VADER scores *{w}* as a negative word of its own and reverses only a word within "
                               "three words after a negation" for w in sorted(set(kept['word']))
                               if w.lower() in NEGATIONS or vs.negated([w.lower()]))
                     + ")")
    mean = summary["mean_compound"]
    lines.append(
        "Giving event words and misread uses (a preposition, *top* as a rank) no valence (the corrected line) "
        "moves the article mean from "
        f"{described(mean)} to {described(corrected)}{_margin(mean, corrected)} and changes the label of "
        f"{len(changed)} paragraph(s)" + (": " + "; ".join(flips) if flips else "")
        + ". Neither figure is the writer's stance: VADER scores words, not positions.")
    only_american = int((gaps["british_valence"].isna() & gaps["american_valence"].notna()).sum())
    lines.append(f"{len(gaps)} British-spelled word form(s) in the text; {only_american} of them score only in "
                 "American spelling.")
    return bullets(lines)


VOICE_NOTE = {"quoted": ", in a speaker's quoted words", "paraphrase": ", in the writer's paraphrase of a statement"}
"""How a label that is not the narration's is marked in the comparison findings."""


def comparison_differences(articles: Sequence[Record]) -> str:
    """The differences between compared articles (:func:`analysis.measures.compare.differences`) as bullets,
    articles named by outlet: who is quoted directly where, who only one article mentions, the labels one
    article alone uses and those several articles share, each in its own words and voice."""
    outlet = {r.key: r.outlet for r in articles}

    def names(keys: list[str]) -> str:
        return ", ".join(outlet[k] for k in keys) or "-"

    diff = differences(articles)
    mentioned = {r.key: set(r.mentions.index) for r in articles}

    def absent(speaker: str, keys: list[str]) -> str:
        quiet = [k for k in keys if speaker in mentioned[k]]
        unmentioned = [k for k in keys if speaker not in mentioned[k]]
        return "; ".join(part for part in (f"mentioned but not quoted directly in {names(quiet)}" if quiet else "",
                                           f"not mentioned in {names(unmentioned)}" if unmentioned else "") if part)

    def form(x: dict[str, Any]) -> str:
        return (f"{outlet[x['article']]} (*{x['text']}*" + VOICE_NOTE.get(x["voice"], "") + ")")

    lines = [f"**{s}** is quoted directly in {names(v['in'])}"
             + (f"; {absent(s, v['not_in'])}." if v["not_in"] else ".")
             for s, v in diff["heard_directly"].items()]
    lines += [f"Only {outlet[k]} mentions **{actor}**." for actor, k in diff["mentioned_in_one_article_only"].items()]
    lines += [f"Only {outlet[x['article']]} calls {x['actor']} *{x['text']}*"
              + (f" ({VOICE_NOTE[x['voice']].lstrip(', ')})." if x["voice"] in VOICE_NOTE else ".")
              for x in diff["labels_used_by_one_article"]]
    lines += [f"{_and([form(a) for a in x['in']])} name {x['actor']} alike"
              + (f"; {names(x['not_in'])} mention the actor without it." if x["not_in"]
                 else " (every article that mentions the actor does).")
              for x in diff["labels_used_by_several_articles"]]
    return bullets(lines) if lines else "No differences found."


NEGATIONS = frozenset({"no", "not", "never", "none", "nothing", "nobody", "neither", "nor", "without"})
"""Words that negate what follows them; VADER scores some of them as words of their own ("no": -1.2)."""


def _and(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _count(n: int, noun: str) -> str:
    """``1 sentence``, ``7 sentences``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _scored(n: int) -> str:
    """``21 scored words`` or, below :data:`HANDFUL`, ``only 3 scored words, a handful``."""
    return (f"only {n} scored word{'s' if n != 1 else ''}, a handful" if n < HANDFUL
            else f"{n} scored words")


def _margin(before: float, after: float) -> str:
    """A clause for two means whose labels differ though they are within :data:`SAME` of each other."""
    if label_of(before) == label_of(after) or abs(after - before) >= SAME:
        return ""
    return (f" (a difference of {abs(after - before):.2f}: the label changes at the margin, and the two are about "
            "the same)")


def entities_and_actors(a: Analysis) -> str:
    """Findings of notebook 04: who is talked about and how they are named."""

    entities = a.entity_table
    actors = a.actor_table
    labels = a.actor_labels
    if actors.empty:
        return bullets([f"{len(entities)} distinct entities and no actor (person, organisation or place)."])
    lead = actors.iloc[0]
    lead_labels = labels[(labels["actor"] == lead["actor"]) & labels["voice"].isin(WRITERS_WORDS)]
    merged = entities[entities["aliases"].map(len) > 1]
    tone = a.targeted_sentiment.dropna(subset=["narration"])
    tone = tone[tone["actor"].isin(a.readable_tone.loc[a.readable_tone["around"], "actor"])]
    lines = [
        f"{len(entities)} distinct entities, {int(entities['count'].sum())} mentions; {len(actors)} actors. "
        f"The most mentioned is **{lead['actor']}** ({lead['mentions']} mentions in paragraphs "
        f"{', '.join(map(str, lead['paragraphs']))}).",
        (f"The writer names {lead['actor']} as: "
         + "; ".join(f"*{r.text}*" + (f" (in paraphrase of {r.speaker})" if r.voice == "paraphrase"
                                      and isinstance(r.speaker, str) else "") for r in lead_labels.itertuples()) + "."
         if len(lead_labels) else f"No naming phrase for {lead['actor']} was found beyond its name."),
        (f"The codebook merged {len(merged)} actor(s) written more than one way: "
         + "; ".join(f"{r.name} ({', '.join(r.aliases)})" for r in merged.itertuples()) + "."
         if len(merged) else "No actor is written more than one way."),
        f"Of the {len(labels)} naming phrase(s) the rules found (definite ones only: an indefinite phrase, *a ...*, "
        f"names no one for sure and is not counted), {int((labels['voice'] == 'quoted').sum())} sit inside "
        f"quotation marks (the speakers' own words) and {int((labels['voice'] == 'paraphrase').sum())} in the "
        "writer's paraphrase of a reported statement; the rest are in the narration. Only the words inside "
        "quotation marks are the speakers'.",
    ]
    least = tone_measure.READABLE_MIN
    if len(tone) > 1:
        low, high = tone.loc[tone["narration"].idxmin()], tone.loc[tone["narration"].idxmax()]
        left = _left_out(a, "around", names=False)
        artefacts = artefact_offsets(a.article)
        c_low, c_high = (_corrected_around(a, low["actor"], artefacts), _corrected_around(a, high["actor"], artefacts))
        lines.append(f"Among people and organisations in {least} or more sentences ({left}), the "
                     f"narration around **{low['actor']}** reads most negative ({low['narration']:+.3f}"
                     f"{_drivers(a, low['actor'])}) and around **{high['actor']}** most positive "
                     f"({high['narration']:+.3f}{_drivers(a, high['actor'])}): {accuracy.narration_trust()}. "
                     f"On the corrected line (event words and misread uses given no valence) the narration around "
                     f"them averages {c_low:+.3f} and {c_high:+.3f}"
                     + ("; the order does not hold there, so read neither as the most negative or positive"
                        if c_low >= c_high else "") + ".")
    elif len(tone):
        only = tone.iloc[0]
        lines.append(f"Only **{only['actor']}** is a person or organisation in {least} or more sentences "
                     f"({_left_out(a, 'around', names=False)}); the narration around it reads {only['narration']:+.3f}"
                     f"{_drivers(a, only['actor'])}: {accuracy.narration_trust()}.")
    else:
        lines.append(f"No person or organisation is in {least} or more sentences, so the narration around actors "
                     f"is not compared ({_left_out(a, 'around', names=False)}).")
    lines.append(_towards(a))
    return bullets(lines)


def _corrected_around(a: Analysis, actor: str, artefacts) -> float:
    """The narration around ``actor`` on the corrected line: the mean corrected compound of the narration of the
    sentences mentioning it (:func:`analysis.measures.sentiment.corrected_narration`, ``artefacts`` its misread
    uses; the headline's sentence 0 left out and sentences without narration skipped, as for the narration around
    it)."""
    ids = set(a.actor_mentions.loc[a.actor_mentions["name"] == actor, "sentence"]) - {0}
    s = a.sentence_sentiment
    values = [corrected_narration(a.article, int(r.start), int(r.end), artefacts)
              for r in s[s["sentence"].isin(ids)].itertuples()]
    return float(pd.Series(values, dtype=float).mean())


def _left_out(a: Analysis, column: str, names: bool = True) -> str:
    """What a tone comparison leaves out, in words: channels, places and other actors that are not people or
    organisations, and the people and organisations with too few mentions (``column``: ``towards`` counts
    scored mentions, ``around`` sentences); with ``names`` false, counts only."""
    r = a.readable_tone
    least = tone_measure.READABLE_MIN
    unit = "scored mentions" if column == "towards" else "sentences"
    groups = [
        (("news agency (a channel)", "news agencies (channels)"), r[r["kind"] == "channel"]),
        (("place", "places"), r[r["kind"] == "place"]),
        (("other entity", "other entities"), r[r["kind"] == "other"]),
        ((f"person or organisation with fewer than {least} {unit}",
          f"people and organisations with fewer than {least} {unit}"),
         r[r["kind"].isin(tone_measure.READABLE_KINDS) & ~r[column]]),
    ]
    if not names:
        parts = [f"{len(g)} {what[len(g) > 1].split(' (')[0]}" for what, g in groups if len(g)]
        return "left out: " + ", ".join(parts) if parts else "none left out"
    parts = [f"{what[len(g) > 1]}: {', '.join(g['actor'])}" for what, g in groups if len(g)]
    return "left out: " + "; ".join(parts) if parts else "none left out"


def _towards(a: Analysis) -> str:
    """The tone towards actors, mention by mention: the most negative and most positive means over the people
    and organisations with :data:`~analysis.measures.tone.READABLE_MIN` or more scored mentions (never a news
    agency or a place), each with its strongest mention and the words that decided it, and in words how far to
    trust them."""
    every = a.mention_tone
    own = tone_measure.speaking(every, a.quotes_table, a.article)
    m = every[every["actor"].notna() & ~own]
    counts = m.groupby("actor").size()
    means = m.groupby("actor")["score"].mean()
    readable = a.readable_tone
    several = sorted(x for x in readable.loc[readable["towards"], "actor"] if x in means.index)
    least = tone_measure.READABLE_MIN
    labels = m["tone"].value_counts()
    left = int((every["actor"].notna() & own).sum())
    head = (f"Tone towards each mention (trained model; {len(m)} mentions of actors, names and pronouns: "
            + ", ".join(f"{labels.get(k, 0)} {k}" for k in ("negative", "neutral", "positive"))
            + (f"; {left} mention(s) that introduce the actor's own words, quoted or reported, are left out, as the "
               "model scores what is said there, not how the writer treats the speaker" if left else "") + "). ")
    if not several:
        return (head + f"No person or organisation has {least} or more scored mentions, so no tone towards an "
                f"actor is read ({_left_out(a, 'towards')}). " + accuracy.tone_sentence())

    def strongest(actor: str, sign: int) -> str:
        rows = m[m["actor"] == actor]
        r = rows.loc[(rows["score"] * sign).idxmax()]
        return f"*{r['text']}* in paragraph {r['paragraph']}, {r['tone']} {r['score']:+.2f}: {r['because']}"

    low = min(several, key=lambda x: (means[x], x))
    high = max(several, key=lambda x: (means[x], x))
    if low == high:
        sign = 1 if means[low] >= 0 else -1
        body = (f"Only **{_as_written(a, low)}** is a person or organisation with {least} or more scored mentions "
                f"({_left_out(a, 'towards')}): the tone towards it averages {means[low]:+.3f} over "
                f"{counts[low]} mentions (strongest {strongest(low, sign)}). ")
        trust = {_as_written(a, low): int(counts[low])}
    else:
        body = (f"Among people and organisations with {least} or more scored mentions ({_left_out(a, 'towards')}), "
                f"the most negative mean is {bold_possessive(_as_written(a, low))} ({means[low]:+.3f} over "
                f"{counts[low]} mentions; strongest {strongest(low, -1)}) and the most positive "
                f"{bold_possessive(_as_written(a, high))} ({means[high]:+.3f} over {counts[high]}; strongest "
                f"{strongest(high, 1)}). ")
        trust = {_as_written(a, low): int(counts[low]), _as_written(a, high): int(counts[high])}
    kinds = readable.set_index("actor")["kind"]
    groups = frozenset(_as_written(a, x) for x in {low, high} if kinds.get(x) != "person")
    return head + body + accuracy.tone_trust(trust, groups=groups) + " " + accuracy.tone_sentence()


def _drivers(a: Analysis, actor: str) -> str:
    """The scored narration words of the sentences mentioning ``actor``, strongest first, each flagged when it
    is a known artefact (a preposition VADER reads as a verb, an event word that scores the news, not the
    telling); and a warning when nothing else is scored."""
    sentences = set(a.actor_mentions.loc[a.actor_mentions["name"] == actor, "sentence"])
    w = a.word_contributions
    w = w[w["sentence"].isin(sentences) & ~w["in_quote"]]
    if not len(w):
        return ""
    w = w.assign(strength=w["valence"].abs()).sort_values(["strength", "word"], ascending=[False, True])
    parts, artefacts = [], 0
    for r in w.drop_duplicates("word").itertuples():
        flag = r.artefact or ("an event word" if r.event_word else "")
        artefacts += bool(flag)
        parts.append(f"*{r.word}*" + (f" ({flag})" if flag else ""))
    only = artefacts == len(parts)
    return (", from " + ", ".join(parts)
            + (f"; {'that word is' if len(parts) == 1 else 'every one of them is'} an artefact of the lexicon "
               "(notebook 03), so the figure says nothing about the actor" if only else ""))


def quotes_and_voices(a: Analysis) -> str:
    """Findings of notebook 05: who speaks, through whom, with which verbs, and who is never heard."""
    quotes = a.quotes_table
    voices = a.voices_table
    direct = quotes[quotes["kind"] == "direct"]
    indirect = quotes[quotes["kind"] == "indirect"]
    partial = quotes[quotes["kind"] == "partial"]
    scare = quotes[quotes["kind"] == "scare"]
    turns = quotes[quotes["kind"] == "turn"]
    heard = voices[(voices["direct"] + voices["turns"]) > 0] if len(voices) else voices
    channels = sorted(set(direct["channel"].dropna()) | set(indirect["channel"].dropna()))

    def marked(rows: pd.DataFrame, with_speaker: bool) -> str:
        if not len(rows):
            return ""
        return ": " + ", ".join(f"*'{r.text}'*" + (f" ({r.speaker})" if with_speaker and isinstance(r.speaker, str)
                                                    else "") for r in rows.itertuples())

    told = quotes.loc[quotes["kind"] != "scare", "statement"].dropna().nunique()
    lines = [f"{len(direct)} direct quotation(s), {len(indirect)} reported statement(s), {len(partial)} partial "
             f"quotation(s){marked(partial, True)}; {len(scare)} scare quote(s){marked(scare, False)}."
             + (" The marks of a partial quotation inside a reported statement could also be the writer's distance "
                "(a scare quote): the text alone cannot settle it (notebook 05 gives both readings of each marked "
                "phrase)."
                if len(partial) else "")
             + (f" Together they tell **{told} distinct remark(s)**: a remark told more than once (paraphrased, then "
                f"quoted; or said by a state and by its minister) counts once." if told else "")]
    if len(turns):
        by = turns["speaker"].value_counts(sort=False)
        lines.append(f"{len(turns)} turn(s) of an interview or transcript (a speaker's label opening a paragraph): "
                     + ", ".join(f"{who} {n}" for who, n in sorted(by.items(), key=lambda x: (-x[1], x[0]))) + ".")
    voice = (f"Only **{', '.join(heard['speaker'])}** {'is' if len(heard) == 1 else 'are'} quoted directly"
             f"{' or in turns' if len(turns) else ''}: "
             f"{int(heard['words_quoted'].sum())} words, {heard['share_of_voice'].sum():.1%} of the body. "
             if len(heard) else "No one is quoted directly. ")
    lines.append(voice + ("Channels: " + ", ".join(channels) if channels else "No agency is named as a channel")
                 + ".")
    sides = a.voices_by_affiliation
    grouped = sides[sides["speakers"].map(len) > 1]
    if len(sides) and len(grouped):
        lead = sides.iloc[0]
        def remarks(r) -> int:
            return int(r["remarks_direct"] + r["remarks_turn"] + r["remarks_reported"])

        actors = set(a.actor_order)
        named = sides[sides["speakers"].map(lambda xs: any(x in actors for x in xs))]
        unnamed = sides[~sides.index.isin(named.index)]
        lead = named.iloc[0] if len(named) else None
        if lead is not None:
            lines.append(
                f"By side (the codebook's affiliations), each remark counted once: **{lead['affiliation']}** "
                f"({', '.join(lead['speakers'])}) carries {remarks(lead)} of {told} remark(s), "
                f"{int(lead['remarks_direct'] + lead['remarks_turn'])} of them in quoted words"
                + ("; " + ", ".join(f"{r['affiliation']} {remarks(r)}" for _, r in named.iloc[1:].iterrows())
                   + " for the other sides" if len(named) > 1 else "")
                + (f"; {sum(remarks(r) for _, r in unnamed.iterrows())} remark(s) by speakers the text describes "
                   "but does not name, whom the package ties to no side (" + ", ".join(
                       f"*{x}*" + (f", in a sentence whose subject is {about}: perhaps its side" if (
                           about := _topic_of(a, x)) else "") for x in unnamed["affiliation"]) + ")"
                   if len(unnamed) else "") + ".")
    classes = indirect["cue_class"].value_counts()
    if len(classes):
        lines.append("Reported speech by cue class: " + ", ".join(f"{k} {v}" for k, v in classes.sort_index().items())
                     + ("; no distancing verb (*claimed*, *alleged*) is used" if classes.get("distancing", 0) == 0
                        else "") + ".")
    silent = never_heard(a)
    if len(silent):
        shown = silent.head(NEVER_HEARD_SHOWN)
        rest = len(silent) - len(shown)
        lines.append("Mentioned but never heard, directly or in paraphrase (people first): "
                     + ", ".join(f"**{r.actor}** ({r.mentions} mention{'s' if r.mentions != 1 else ''})"
                                 for r in shown.itertuples())
                     + (f", and {rest} more not listed here (the voices figure has them)" if rest else "") + ".")
    lines.append("How far to trust these attributions: " + accuracy.attribution_sentence())
    return bullets(lines)


def _topic_of(a: Analysis, speaker: str) -> str | None:
    """The actor that is the subject of the main clause of the sentence where an unnamed ``speaker`` ("top
    officials") first speaks, when that is another actor ("the country is yet to ... and top officials have
    hinted": the country's, perhaps), else None. A hint for the reader, never counted for that side."""
    q = a.quotes_table
    rows = q[(q["speaker"] == speaker) & q["speaker_start"].notna()]
    if rows.empty:
        return None
    at = int(rows.iloc[0]["speaker_start"])
    sentence = next((s for s in a.article.sentences if s.start <= at < s.end), None)
    if sentence is None:
        return None
    for para, doc in zip(a.article.paragraphs, a.docs, strict=True):
        if not para.start <= sentence.start < para.end:
            continue
        root = next((t for t in doc if t.dep_ == "ROOT" and sentence.start <= para.start + t.idx < sentence.end), None)
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root else None
        if subject is None:
            return None
        s, e = para.start + subject.left_edge.idx, para.start + subject.right_edge.idx + len(subject.right_edge)
        for table, column in ((a.actor_labels, "actor"), (a.actor_mentions, "name")):
            hit = table[(table["start"] >= s) & (table["end"] <= e)]
            if len(hit) and hit.iloc[0][column] != speaker:
                return str(hit.iloc[0][column])
    return None


NEVER_HEARD_SHOWN = 5
"""How many never-heard actors the finding names; it says how many more there are."""


def never_heard(a: Analysis) -> pd.DataFrame:
    """Actors that can speak and are never heard, directly or in paraphrase: people first (by mentions, then
    name), then organisations, groups and states that act in the article. A city of the codebook is where
    things happen ("talks in Moscow"), not a voice left out, as in the voices figure
    (:func:`analysis.measures.attribution.voice_bars`)."""
    unheard = a.unheard_actors
    cities = {x.name for x in a.codebook.actors if x.type in CITY_TYPES}
    silent = unheard[(unheard["indirect"] == 0) & ~unheard["actor"].isin(cities)].copy()
    labels = a.actor_mentions.groupby("name")["label"].agg(lambda s: "PERSON" if "PERSON" in set(s) else s.iloc[0])
    silent["person"] = silent["actor"].map(lambda x: labels.get(x) == "PERSON")
    return silent.sort_values(["person", "mentions", "actor"], ascending=[False, False, True]).reset_index(drop=True)


SECTIONS = (
    ("Anatomy", "01", load_and_inspect),
    ("Readability", "02", readability),
    ("Sentiment", "03", sentiment),
    ("Entities and actors", "04", entities_and_actors),
    ("Quotes and voices", "05", quotes_and_voices),
)
"""The README's findings, in the order of the notebook series: heading, notebook, composer."""


def readme_findings(a: Analysis, focus_actors: list[str]) -> str:
    """The README's findings section body: each notebook's findings, as its composer writes them."""
    parts = [f"**{title}** (notebook {nb})\n\n{compose(a)}" for title, nb, compose in SECTIONS]
    parts.append(f"**Stance and framing** (notebook 06)\n\n{stance_and_framing(a, focus_actors)}")
    return "\n\n".join(parts) + "\n"
