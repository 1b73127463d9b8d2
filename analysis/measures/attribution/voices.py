"""Tables over the quotes table: voices per speaker and side, the unheard, channels, voices per paragraph and the
voices figure's data."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.tables import rows_by
from analysis.text.article import Article
from analysis.text.codebook import Codebook

REMARK_KINDS = ("direct", "turn", "reported")
"""How a remark is told: with a direct quotation, as a turn of a transcript, or without either (reported in
paraphrase, perhaps with a few marked words: a partial quotation)."""
REMARK_COLUMNS = [f"remarks_{k}" for k in REMARK_KINDS]


def remarks(quotes: pd.DataFrame) -> dict[int, tuple[str, str]]:
    """``{statement number: (speaker, kind)}``: who each remark of the quotes table's ``statement`` column is
    counted for, and how it is told (:data:`REMARK_KINDS`: ``turn`` when a row is a turn, else ``direct`` when
    one is a direct quotation, else ``reported``). A remark told by two speakers of one side (the state said,
    its minister said "...") is counted once, for the speaker of its first direct quotation or turn, else of its
    first row. Remarks nobody speaks are left out."""
    named: dict[int, list[tuple[str, str]]] = {}  # statement -> (kind, speaker) of its rows with a speaker
    for number, kind, speaker in zip(quotes["statement"].tolist(), quotes["kind"].tolist(),
                                     quotes["speaker"].tolist(), strict=True):
        if isinstance(speaker, str) and not pd.isna(number):
            named.setdefault(int(number), []).append((kind, speaker))
    out: dict[int, tuple[str, str]] = {}
    for number in sorted(named):
        rows = named[number]
        kinds = {k for k, _ in rows}
        kind = "turn" if "turn" in kinds else "direct" if "direct" in kinds else "reported"
        quoted = [who for k, who in rows if k in ("direct", "turn")]
        out[number] = (quoted[0] if quoted else rows[0][1], kind)
    return out


def voices_table(quotes: pd.DataFrame, body_words: int) -> pd.DataFrame:
    """One row per speaker: ``speaker, direct, indirect, partial, turns, words_quoted, words_partial,
    share_of_voice, first_paragraph, remarks_direct, remarks_turn, remarks_reported, cues``.

    ``turns``: interview and transcript turns (:mod:`analysis.measures.attribution.turns`), the speaker's own
    words like a direct quotation. ``words_quoted`` counts the words of direct quotations and turns, and
    ``share_of_voice`` = ``words_quoted`` / body words; words in partial
    quotations are counted apart (``words_partial``), not in ``words_quoted``.
    ``cues`` is a list of ``{verb, class, count}`` sorted by count, then verb (verbs the reporting-verb
    lexicon classes; the bare "quote" of "X quoted Y" has no class and is not listed).
    ``remarks_direct``, ``remarks_turn`` and ``remarks_reported`` count the remarks the speaker is counted for
    (:func:`remarks`: a remark told twice, quoted and paraphrased, counts once), by how they are told.
    Sorted by words quoted, then statements, then name. ``body_words`` is the article's word count.
    """
    q = quotes[quotes["kind"].isin(["direct", "indirect", "partial", "turn"]) & quotes["speaker"].notna()]
    total = body_words
    by_speaker = rows_by(q, "speaker")
    owned = remarks(quotes)
    rows = []
    for speaker in sorted(by_speaker):
        g = by_speaker[speaker]
        cues: dict[tuple[str, str], int] = {}
        for r in g:
            if r["kind"] == "partial":
                continue  # its cue is the statement's, counted there
            if isinstance(r["cue"], str) and isinstance(r["cue_class"], str):  # a bare "quote" verb has no class
                cues[r["cue"], r["cue_class"]] = cues.get((r["cue"], r["cue_class"]), 0) + 1
        words = sum(int(r["words"]) for r in g if r["kind"] in ("direct", "turn"))
        rows.append({
            "speaker": speaker,
            "direct": sum(1 for r in g if r["kind"] == "direct"),
            "indirect": sum(1 for r in g if r["kind"] == "indirect"),
            "partial": sum(1 for r in g if r["kind"] == "partial"),
            "turns": sum(1 for r in g if r["kind"] == "turn"),
            "words_quoted": words,
            "words_partial": sum(int(r["words"]) for r in g if r["kind"] == "partial"),
            "share_of_voice": words / total if total else 0.0,
            "first_paragraph": min(int(r["paragraph"]) for r in g),
            **{f"remarks_{k}": sum(1 for x in owned.values() if x == (speaker, k)) for k in REMARK_KINDS},
            "cues": [{"verb": cue, "class": cls, "count": n}
                     for (cue, cls), n in sorted(cues.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1]))],
        })
    cols = ["speaker", "direct", "indirect", "partial", "turns", "words_quoted", "words_partial", "share_of_voice",
            "first_paragraph", *REMARK_COLUMNS, "cues"]
    rows.sort(key=lambda r: (-r["words_quoted"], -(r["direct"] + r["turns"] + r["indirect"]), r["speaker"]))
    return pd.DataFrame(rows, columns=cols)


def enclosing_speech(quotes: pd.DataFrame):
    """A lookup ``(start, end) -> (inside, speaker)``: whether a span lies inside a direct quotation, a partial
    quotation or a reported statement, and the speaker of the innermost one (None when it has none). Used for
    the voice of distance markers and of actor labels."""
    spoken = quotes[quotes["kind"].isin(["direct", "partial", "indirect", "turn"])]
    spans = sorted(zip(spoken["start"].tolist(), spoken["end"].tolist(), spoken["speaker"].tolist(), strict=True),
                   key=lambda x: (x[1] - x[0], x[0]))  # innermost first

    def lookup(start: int, end: int) -> tuple[bool, str | None]:
        for s, e, speaker in spans:
            if s <= start and end <= e:
                return True, speaker if isinstance(speaker, str) else None
        return False, None

    return lookup


QUOTED_KINDS = ("direct", "partial", "turn")
"""Speech in the speaker's own words: inside quotation marks, or a turn of a transcript."""


def speech_voice(quotes: pd.DataFrame, article: Article):
    """A lookup ``(start, end) -> (voice, speaker)`` for a span of the body, the voice of the words it is in:

    * ``quoted``: inside quotation marks or a turn (a direct or partial quotation: the speaker's own words),
      with the speaker of the innermost one (None when the package names nobody);
    * ``paraphrase``: inside a reported statement but outside every quotation mark: the writer's wording of
      what the speaker said ("Lee warned that the militants ...": *the militants* is the writer's word), with
      the statement's speaker;
    * ``writer``: the narration (speaker None).
    """
    spans = sorted(((s, e, k, who if isinstance(who, str) else None) for s, e, k, who in zip(
        quotes["start"].tolist(), quotes["end"].tolist(), quotes["kind"].tolist(), quotes["speaker"].tolist(),
        strict=True) if k in ("indirect", *QUOTED_KINDS)), key=lambda x: (x[1] - x[0], x[0]))  # innermost first

    def lookup(start: int, end: int) -> tuple[str, str | None]:
        around = [(k, who) for s, e, k, who in spans if s <= start and end <= e]
        own = next((who for k, who in around if k in QUOTED_KINDS), False)
        if own is not False:
            return "quoted", own
        if article.in_direct_quote(start, end):
            return "quoted", around[0][1] if around else None
        return ("paraphrase", around[0][1]) if around else ("writer", None)

    return lookup


AFFILIATION_COLUMNS = ["affiliation", "speakers", "direct", "indirect", "partial", "turns", "words_quoted",
                       "share_of_voice", *REMARK_COLUMNS]


def voices_by_affiliation(voices: pd.DataFrame, book: Codebook, body_words: int) -> pd.DataFrame:
    """Voices grouped by the side each speaker speaks for (the codebook's ``affiliation``; a speaker the
    codebook does not list, or lists without one, speaks for itself).

    Columns: ``affiliation``, ``speakers`` (canonical names, sorted), ``direct``, ``indirect``, ``partial``,
    ``turns`` (counts), ``words_quoted`` (words in direct quotations and turns), ``share_of_voice``
    (``words_quoted`` / body words, as in :func:`voices_table`) and the side's remarks by how they are told
    (``remarks_direct``, ``remarks_turn``, ``remarks_reported``; each remark counted once). Sorted by words
    quoted, then statements, then name.
    """
    rows: dict[str, dict[str, Any]] = {}
    for r in voices.to_dict("records"):
        side = book.side(r["speaker"])
        row = rows.setdefault(side, {"affiliation": side, "speakers": [], "direct": 0, "indirect": 0, "partial": 0,
                                     "turns": 0, "words_quoted": 0, **dict.fromkeys(REMARK_COLUMNS, 0)})
        row["speakers"].append(r["speaker"])
        for key in ("direct", "indirect", "partial", "turns", "words_quoted", *REMARK_COLUMNS):
            row[key] += int(r[key])
    out = [{**row, "speakers": sorted(row["speakers"]),
            "share_of_voice": row["words_quoted"] / body_words if body_words else 0.0} for row in rows.values()]
    out.sort(key=lambda r: (-r["words_quoted"], -(r["direct"] + r["turns"] + r["indirect"]), r["affiliation"]))
    return pd.DataFrame(out, columns=AFFILIATION_COLUMNS)


def unheard_actors(voices: pd.DataFrame, actor_mentions: pd.DataFrame, order: list[str],
                   book: Codebook, acting: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Actors mentioned but never quoted directly (no direct quotation, no turn): ``actor, mentions, indirect``
    (reported statements).

    Only those that can speak: people, organisations, groups and governments. A place (an actor the
    codebook or the parser labels ``GPE``: a state or a city) counts only when it acts somewhere in the
    article (``acting``, :func:`analysis.measures.actors.acting_actors`: "Russia said", "Moscow hosted"),
    not when it is only where things happen ("the situation in Afghanistan").

    News agencies (codebook type ``news_agency``) are channels, not voices, and are left out.
    """
    agencies = {a.name for a in book.actors if a.type == "news_agency"}
    v = voices
    m = actor_mentions
    quoted = set(v.loc[(v["direct"] + v["turns"]) > 0, "speaker"]) if len(v) else set()
    indirect = dict(zip(v["speaker"], v["indirect"], strict=True)) if len(v) else {}
    places = set(m.loc[m["label"].isin(["GPE", "LOC", "FAC"]), "name"]) - set(acting)
    rows = [{"actor": a, "mentions": int((m["name"] == a).sum()), "indirect": int(indirect.get(a, 0))}
            for a in order if a not in quoted and a not in agencies and a not in places]
    return pd.DataFrame(rows, columns=["actor", "mentions", "indirect"])


CITY_TYPES = frozenset({"city"})
"""Codebook actor types that are places where things happen rather than voices (``analysis/data/actor_types.csv``)."""

VOICE_BAR_COLUMNS = ["side", "actor", "direct", "indirect", "partial", "turns", "words_quoted", *REMARK_COLUMNS,
                     "mentions", "heard"]


def voice_bars(voices: pd.DataFrame, unheard: pd.DataFrame, actor_mentions: pd.DataFrame,
               book: Codebook) -> pd.DataFrame:
    """One row per actor that speaks or could, grouped under the side it speaks for: the data of the voices
    figure.

    Every speaker of :func:`voices_table` and every actor of :func:`unheard_actors` but a city of the codebook
    that is never heard ("talks in Moscow": a venue, while a state acting in the article may be a voice left out):
    those with no statement at all get zeros and ``heard`` False. Columns: ``side`` (:meth:`Codebook.side`),
    ``actor``, ``direct``, ``indirect``, ``partial``, ``turns`` (counts), ``words_quoted`` (in direct
    quotations and turns), the remarks counted for it (``remarks_direct``, ``remarks_turn``,
    ``remarks_reported``: :func:`remarks`), ``mentions`` (name mentions) and ``heard`` (any direct quotation,
    turn, partial quotation or reported statement). Sides come in order of words quoted, statements and mentions, most
    first (ties by name); the
    actors of a side the same way.
    """
    m = actor_mentions
    rows: dict[str, dict[str, Any]] = {}
    for r in voices.to_dict("records"):
        rows[r["speaker"]] = {"actor": r["speaker"], **{k: int(r[k]) for k in ("direct", "indirect", "partial",
                                                                                "turns", "words_quoted",
                                                                                *REMARK_COLUMNS)}}
    cities = {a.name for a in book.actors if a.type in CITY_TYPES}
    for name in unheard["actor"]:
        if name not in cities:  # a city never heard is where things happen ("talks in Moscow"), not a voice
            rows.setdefault(name, {"actor": name, "direct": 0, "indirect": 0, "partial": 0, "turns": 0,
                                   "words_quoted": 0, **dict.fromkeys(REMARK_COLUMNS, 0)})
    for row in rows.values():
        row["side"] = book.side(row["actor"])
        row["mentions"] = int((m["name"] == row["actor"]).sum()) if len(m) else 0
        row["heard"] = row["direct"] + row["indirect"] + row["partial"] + row["turns"] > 0

    def weight(rs: list[dict[str, Any]]) -> tuple[int, int, int]:
        return (-sum(r["words_quoted"] for r in rs), -sum(r["direct"] + r["turns"] + r["indirect"] for r in rs),
                -sum(r["mentions"] for r in rs))

    by_side = rows_by(pd.DataFrame(list(rows.values()), columns=VOICE_BAR_COLUMNS), "side") if rows else {}
    out = []
    for side in sorted(by_side, key=lambda s: (weight(by_side[s]), s)):
        out += sorted(by_side[side], key=lambda r: (weight([r]), r["actor"]))
    return pd.DataFrame(out, columns=VOICE_BAR_COLUMNS)


def channels_table(article: Article, quotes: pd.DataFrame) -> pd.DataFrame:
    """Channels that carried quotations or statements, and the credit line.

    Columns: ``channel, direct, indirect, source`` (``attribution`` or ``credit line``).
    """
    q = quotes
    rows = []
    for channel, g in q.dropna(subset=["channel"]).groupby("channel", sort=True):
        rows.append({"channel": channel, "direct": int((g["kind"] == "direct").sum()),
                     "indirect": int((g["kind"] == "indirect").sum()), "source": "attribution"})
    if article.credit:
        rows.append({"channel": article.credit.text, "direct": 0, "indirect": 0, "source": "credit line"})
    return pd.DataFrame(rows, columns=["channel", "direct", "indirect", "source"])


def voices_by_paragraph(article: Article, quotes: pd.DataFrame, voices: pd.DataFrame) -> pd.DataFrame:
    """Speaker × paragraph: number of direct quotations, turns and reported statements."""
    q = quotes[quotes["kind"].isin(["direct", "indirect", "turn"]) & quotes["speaker"].notna()]
    order = list(voices["speaker"])
    table = pd.crosstab(q["speaker"], q["paragraph"]).reindex(
        index=order, columns=[p.index for p in article.paragraphs], fill_value=0)
    table.index.name, table.columns.name = "speaker", "paragraph"
    return table
