"""Findings of notebook 06, stance and framing: the frame profile (which frames are present, by which method, the
words behind each, salience against each named reference corpus) and one line per focus actor (mentions, voice,
remarks, the writer's labels, frames around it, tone, distance markers), each quoting the package's numbers.

:func:`stance_and_framing` is re-exported by :mod:`analysis.present.findings`, where the notebooks find it."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from analysis.measures import attribution, framemodel
from analysis.measures import stance as stance_measure
from analysis.measures import tone as tone_measure
from analysis.measures.analysed import Analysis
from analysis.measures.attribution import speech_voice
from analysis.measures.framing import FRAMES, REFERENCES
from analysis.measures.sentiment import label as label_of
from analysis.present import accuracy
from analysis.present.wording import bullets, possessive
from analysis.tables import row_dicts


def _label(text: str) -> str:
    """A writer's label in italics; one of low confidence says so in words ("*the country* (it may mean another
    actor)"), not with the table's " (?)"."""
    if stance_measure.LOW_CONFIDENCE not in text:
        return f"*{text}*"
    return f"*{text.replace(stance_measure.LOW_CONFIDENCE, '')}* (it may mean another actor)"


def stance_and_framing(a: Analysis, focus_actors: list[str]) -> str:
    """Findings of notebook 06: the frame profile and how the focus actors are positioned."""

    scores = a.frame_scores
    by_actor = a.stance_table.set_index("actor")
    top3 = scores.sort_values(["score", "frame"], ascending=[False, True]).head(3)
    most = int(scores["lede_hits"].max()) if len(scores) else 0
    lede_top = scores[scores["lede_hits"] == most].sort_values("frame")
    lede = ("the lede has no frame vocabulary" if most == 0
            else f"the lede leans most on {lede_top.iloc[0]['name']} ({most} hits)" if len(lede_top) == 1
            else "in the lede, " + ", ".join(lede_top["name"]) + f" tie at {most} hits each")
    tied = scores[scores["score"] == top3.iloc[0]["score"]] if len(top3) else top3
    lines = [
        ("The text uses none of the frame lexicon's vocabulary." if int(scores["hits"].sum()) == 0 else
         "The vocabulary is led by "
         + ", ".join(f"**{r.name}** ({r.score:.1f} per 100 words)" for r in top3.itertuples())
         + (f" ({len(tied)} frames tie for first)" if len(tied) > 1 else "")
         + f"; {lede}. {int((scores['hits'] == 0).sum())} of {len(scores)} frames have no hit."),
        _presence(a),
    ]
    for actor in focus_actors:
        if actor not in by_actor.index:
            continue
        r = by_actor.loc[actor]
        side = a.voices_by_affiliation
        own = side[(side["affiliation"] == actor) & ((side["direct"] + side["turns"]) > 0)]
        v = a.voices_table
        others = [x for x in own.iloc[0]["speakers"] if x != actor
                  and int((v.loc[v["speaker"] == x, "direct"] + v.loc[v["speaker"] == x, "turns"]).sum()) > 0
                  ] if len(own) else []
        spoken = a.quotes_table[a.quotes_table["speaker"] == actor]
        statements = set(spoken.loc[spoken["kind"].isin(["direct", "turn", "indirect"]), "statement"].dropna())
        heard_in = len(statements)
        counted = attribution.remarks(a.quotes_table)  # the voices tally: a shared remark counts for one speaker
        elsewhere = sorted({counted[int(n)][0] for n in statements if counted.get(int(n), (actor,))[0] != actor})
        shared = sum(1 for n in statements if counted.get(int(n), (actor,))[0] != actor)
        voice = (f"quoted directly {r['direct_quotes']} time(s) ({r['voice_share']:.1%} of the words)"
                 if r["direct_quotes"] else
                 f"never quoted directly itself, though its side is, through {', '.join(others)} "
                 f"({int(own.iloc[0]['direct'])} quotation(s))" if others else "never quoted directly")
        said = (f", reported in the writer's words {r['indirect']} time(s)" if r["indirect"] else "") + (
            f" (in all, it speaks in {heard_in} remark(s), each counted once"
            + (f"; {shared} of them also told by {', '.join(elsewhere)}, and the voices tally counts "
               f"{'it' if shared == 1 else 'them'} there" if shared else "") + ")" if heard_in else "")
        counts = pd.Series(list(r["writer_labels"]), dtype=object).value_counts(sort=False)
        named = ("; the writer names it " + ", ".join(_label(x) + (f" ({n} times)" if n > 1 else "")
                                                     for x, n in counts.items())) if len(counts) else ""
        frames = ", ".join(f"{FRAMES[f]} ({n})" for f, n in r["frames"]) or "none"
        tone, around, towards = _focus_tone(a, actor, r)
        if around and towards \
                and {label_of(r["mention_tone"]), label_of(r["narration_sentiment"])} == {"negative", "positive"}:
            tone += (" (opposite signs: the sentences score by their words, the mentions by what each sentence "
                     "says of the actor)")
        plural = "s" if r["mentions"] != 1 else ""
        named += _sides(r, by_actor[[a.codebook.side(x) == actor and x != actor for x in by_actor.index]])
        lines.append(f"**{actor}**: {r['mentions']} mention{plural}, {voice}{said}{named}. "
                     f"Frames around it: {frames}{tone}; "
                     f"{r['distance_markers']} distance marker(s) nearby{_whose_markers(a, actor)}.")
    markers = a.distance_markers
    writer = markers[markers["voice"] == "writer"]
    listed = (" (" + ", ".join(f"*{t}* ({k.replace('_', ' ')})" for t, k in zip(writer["text"], writer["kind"],
                                                                               strict=True)) + ")"
              if len(writer) else "")
    partial = a.quotes_table[a.quotes_table["kind"] == "partial"]
    lines.append(f"The writer's own distance markers: {len(writer)}{listed}"
                 + (f"; the {len(partial)} phrase(s) in quotation marks inside the writer's sentences are read as "
                    "quotations of their speakers, though a reader may also see distance in them" if len(partial)
                    else "") + ".")
    return bullets(lines)


SIDE_WORDS = {"delegitimising": "a word that denies standing",
              "legitimising": "a word that grants standing as an authority", "title": "an office"}
"""How the findings name each category of ``analysis/data/side_taking.csv``."""


def _sides(r: pd.Series, members: pd.DataFrame | None = None) -> str:
    """A focus actor's words that take sides: the writer's labels that deny or grant it standing or give an
    office, those given to the actors the codebook puts on its side (``members``: their stance rows; a
    state's minister, a movement's leader), and its statements reported with verbs that present them as fact
    (``analysis/data/side_taking.csv``)."""
    out = ""
    if len(r["side_labels"]):
        out += "; of those labels, " + ", ".join(f"*{w}* ({SIDE_WORDS[c]})" for w, c in r["side_labels"])
    given = [(w, c, m) for m, labels in (members["side_labels"].items() if members is not None else ())
             for w, c in labels]
    if given:
        out += ("; to its side's members the writer gives " + ", ".join(f"*{w}* ({SIDE_WORDS[c]}, {m})"
                                                                       for w, c, m in given))
    factive = set(stance_measure.side_taking()["verb"])
    if r["factive_cues"]:
        verbs = [c["verb"] for c in r["cues"] if c["verb"] in factive]
        out += (f"; {r['factive_cues']} of its statement(s) reported with a verb that presents them as fact "
                f"({', '.join(f'*{v}*' for v in verbs)})")
    theirs = [(c["verb"], m) for m, row in (members.iterrows() if members is not None else ())
              if row["factive_cues"] for c in row["cues"] if c["verb"] in factive]
    if theirs:
        out += ("; its side's members' statements reported with a verb that presents them as fact: "
                + ", ".join(f"*{v}* ({m})" for v, m in theirs))
    return out


def _whose_markers(a: Analysis, actor: str) -> str:
    """The distance markers counted for ``actor`` with whose they are (``" (Ana Ruiz's *possible*, a hedge)"``):
    a speaker's hedge near an actor is not the writer keeping a distance from it."""
    ids = set(a.actor_mentions.loc[a.actor_mentions["name"] == actor, "sentence"]) - {0}
    spans = [(s.start, s.end) for s in a.article.sentences if s.index in ids]
    about = stance_measure.markers_about(row_dicts(a.distance_markers), spans, actor)
    if not about:
        return ""
    return " (" + "; ".join(
        ("the writer's" if m["voice"] == "writer" else possessive(str(m["voice"])))
        + f" *{m['text'] if m['kind'] == 'distancing_cue' else a.article.raw[int(m['start']):int(m['end'])]}*, "
        f"{MARKER_KINDS.get(str(m['kind']), m['kind'])}"
        for m in about) + ")"


MARKER_KINDS = {"hedge": "a hedge", "distancing": "a distancing word", "scare_quote": "a scare quote",
                "distancing_cue": "a distancing verb"}
"""How a focus actor's line names each kind of distance marker."""


def _focus_tone(a: Analysis, actor: str, r: pd.Series) -> tuple[str, bool, bool]:
    """The tone clauses of a focus actor's line: the narration around it and the tone towards its mentions,
    each only where it may be read (:func:`analysis.measures.tone.readable_tone`), else why not; and whether
    each was read."""
    readable = a.readable_tone.set_index("actor")
    if actor not in readable.index:
        return "", False, False
    k = readable.loc[actor]
    least = tone_measure.READABLE_MIN
    if k["kind"] not in tone_measure.READABLE_KINDS:
        what = {"channel": "a news agency, a channel of others' words", "place": "a place"}.get(k["kind"],
                                                                                            "not a named actor")
        return (f"; no tone is read towards it ({what}: the tone model was fitted and measured on people in news "
                "sentences, so tone is read only for people and organisations)"), False, False
    around = bool(k["around"]) and not pd.isna(r["narration_sentiment"])
    towards = bool(k["towards"]) and not pd.isna(r["mention_tone"])
    tone = (f"; narration around it averages {r['narration_sentiment']:+.3f} over {k['sentences']} sentences "
            f"({accuracy.narration_trust()})" if around else
            f"; the narration around it is not read ({k['sentences']} sentence(s), fewer than {least})")
    tone += (f"; the tone towards its mentions averages {r['mention_tone']:+.3f} over {k['scored']} (trained model, "
             f"{accuracy.tone_trust_clause(int(k['scored']), person=k['kind'] == 'person')})" if towards else
             f"; the tone towards it is not read ({k['scored']} scored mention(s), fewer than {least})")
    return tone, around, towards


def _evidence_scope(a: Analysis, frame: str) -> str:
    """How narrow a present frame's lexicon evidence is: ``"rests on one sentence"``, ``"in X's words"`` (every
    hit inside one speaker's quotations), ``"in the writer's paraphrase of X"`` (every hit inside one speaker's
    reported statements, outside quotation marks), both, or ``""``."""
    e = a.frame_evidence[a.frame_evidence["frame"] == frame]
    if e.empty:
        return ""
    notes = []
    if e["sentence"].nunique() == 1:
        notes.append("rests on one sentence")
    voice_at = speech_voice(a.quotes_table, a.article)
    each = [voice_at(int(s), int(t)) for s, t in zip(e["start"], e["end"], strict=True)]
    voices = set(each)
    kinds, speakers = {v for v, _ in voices}, {w for _, w in voices}
    if "writer" not in kinds and len(speakers) == 1:
        speaker = speakers.pop()
        if kinds == {"quoted"}:
            notes.append(f"in {possessive(speaker)} words" if speaker else "all inside quotations")
        elif kinds == {"paraphrase"}:
            notes.append(f"in the writer's paraphrase of {speaker}" if speaker else "all in reported statements")
        else:
            notes.append(f"in {possessive(speaker)} words and the writer's paraphrase of them" if speaker
                         else "all in quotations and reported statements")
    else:  # several speakers, or the writer too: say whose words hold the hits when most are not the writer's
        held = sorted(Counter(_in_list(w) for v, w in each if v != "writer").items(), key=lambda x: (-x[1], x[0]))
        listed = ", ".join(f"{w} {n}" for w, n in held)
        if "writer" not in kinds:
            notes.append("every hit in speakers' quotations or the writer's paraphrase of what they said, none "
                         "outside reported speech: " + listed)
        elif held and 2 * held[0][1] > len(each) and held[0][0] != UNNAMED_SPEAKERS:
            notes.append(f"{held[0][1]} of its {len(each)} hits in {possessive(held[0][0])} words or their "
                         "paraphrase")
        elif 2 * sum(n for _, n in held) > len(each):
            notes.append(f"{sum(n for _, n in held)} of its {len(each)} hits in speakers' quotations or the "
                         f"writer's paraphrase of what they said: {listed}")
    return ", ".join(notes)


def _most_often(a: Analysis, frame: str, top: int = 3) -> str:
    """The frame's most repeated words of evidence with their counts (``", most often *talk* 4, *meeting* 2"``),
    when a word is repeated: a density built on one event's nouns says what happened more than how it is framed,
    and the reader can see it."""
    counts = a.frame_evidence.loc[a.frame_evidence["frame"] == frame, "lemma"].value_counts()
    counts = counts.sort_index().sort_values(ascending=False, kind="stable")
    if counts.empty or counts.iloc[0] < 2:
        return ""
    return ", most often " + ", ".join(f"*{w}* {n}" for w, n in counts.head(top).items())


def _in_list(speaker: str | None) -> str:
    """A speaker as a list of speakers names it: an unnamed one as :data:`UNNAMED_SPEAKERS`, a description that
    opened its sentence ("A senior nurse") in lower case."""
    if not speaker:
        return UNNAMED_SPEAKERS
    first, _, rest = speaker.partition(" ")
    return f"{first.lower()} {rest}" if first in ("A", "An", "The", "One") and rest else speaker


UNNAMED_SPEAKERS = "speakers the text does not name"
"""How a frame-evidence note names the speakers of hits whose speaker is not named."""
BORDERLINE = 0.10
"""A model frame whose probability is less than this above its threshold is a borderline call."""


def _presence(a: Analysis) -> str:
    """Which frames are present and by which method, the words behind each, and which frames the article uses
    far more than each reference corpus of news (named)."""
    scores = a.frame_scores
    present = scores[scores["present"]]
    by_model = present[present["method"] == "model"]
    by_lexicon = present[present["method"] == "lexicon"]
    floor = framemodel.MIN_CODEBOOK_LEMMAS
    vocabulary = framemodel.codebook_lemmas(a.frame_evidence)
    if present.empty:
        head = ("**No frame of the codebook is clearly used**: "
                + (f"the text has {vocabulary} distinct word(s) of the frame lexicon's vocabulary in all, under the "
                   f"floor of {floor} below which no frame is called present" if vocabulary < floor else
                   "every frame's probability is under its threshold and the lexicon rule finds neither added frame"))
    else:
        parts = []
        for r in by_model.itertuples():
            scope = _evidence_scope(a, r.frame)
            lexicon = (f"{r.hits} hit(s) of the frame lexicon" if r.hits else
                       "no word of the frame lexicon: the model alone")
            border = "; borderline" if r.probability < r.threshold + BORDERLINE else ""
            parts.append(f"{r.name} (p = {r.probability:.2f} against {r.threshold:.2f}{border}; words the model "
                         "weighed: " + ", ".join(f"*{w}*" for w in r.words[:4]) + f"; {lexicon}"
                         + (f", {scope}" if scope else "") + ")")
        for r in by_lexicon.itertuples():
            scope = _evidence_scope(a, r.frame)
            parts.append(f"{r.name} (lexicon rule, {r.lemmas} word(s) of evidence{_most_often(a, r.frame)}"
                         + (f"; {scope}" if scope else "") + ")")
        borderline = int((by_model["probability"] < by_model["threshold"] + BORDERLINE).sum())
        alone = by_model[by_model["hits"] == 0]
        caveats = ([f"{borderline} borderline: p less than {BORDERLINE:.2f} above the threshold, a call the "
                    "model's held-out F1 does not make firm"] if borderline else []) + (
            [f"{len(alone)} on the model alone, with no word of the frame lexicon in the text ("
             + ", ".join(alone["name"]) + "): unconfirmed, check before quoting"] if len(alone) else [])
        head = (f"**{len(present)} of {len(scores)} frames are present**"
                + (f" ({'; '.join(caveats)})" if caveats else "") + ": " + "; ".join(parts) + ". The model "
                "(fitted on SemEval-2023 annotations) decides the fourteen annotated frames; the words it weighed "
                "are its strongest features in this text, names of people and agencies included, not frame "
                "vocabulary, and a frame with no word of the frame lexicon rests on the model alone; Humanitarian and "
                "Diplomacy and legitimacy, which nobody annotated, keep the lexicon rule (2+ distinct words, a lede "
                "word counting twice, vocabulary clearly denser than in both references) and are unvalidated")
    salient = []
    for column, reference in REFERENCES.items():
        high = scores[scores[column] >= 1.96].sort_values([column, "frame"], ascending=[False, True])
        salient.append(f"than {reference}: " + (", ".join(f"{r.name} (z = {getattr(r, column):+.1f})"
                                                          for r in high.itertuples()) if len(high) else "none"))
    thin = scores[(scores["hits"] > 0) & ~scores["present"]]
    apart = [c for c in REFERENCES if len(scores[(scores[c] >= 1.96) & ~scores["present"]])]
    salient[-1] += (" (salience compares a frame's words with that news; presence is the model's decision on the "
                    "whole article, so a frame can be salient and not present)" if apart else "")
    return (head + ". Frame vocabulary used far more (salience z >= 1.96) " + "; ".join(salient)
            + (". Hit but not present: " + ", ".join(f"{r.name} ({r.hits} hit(s), {r.lemmas} word(s))"
                                                     for r in thin.itertuples()) if len(thin) else "") + ".")
