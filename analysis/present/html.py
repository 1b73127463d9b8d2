"""The article as HTML with its quotations and reported statements highlighted.

Deterministic output, so a notebook's stored HTML compares byte for byte.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise
from pathlib import Path

from analysis.files import write_text
from analysis.measures.analysed import Analysis
from analysis.measures.framing import FRAMES
from analysis.present.key import KINDS, voice_key
from analysis.present.wording import possessive
from analysis.tables import none_if_missing


def render_quotes(a: Analysis) -> str:
    """The body as HTML with direct and partial quotations, reported statements and scare quotes underlined,
    in the one key of every view of voices (:mod:`analysis.present.key`): the underline's style is the kind of
    speech, its colour the speaker's side.

    Each mark's tooltip names the kind, speaker, cue and channel.
    """
    article = a.article
    key = voice_key(a)
    q = a.quotes_table
    spans = sorted(((r.start, r.end, r) for r in q.itertuples()), key=lambda x: (x[0], -x[1]))
    parts = ['<div class="framing-quotes" style="line-height:1.8">', f"<p><small>{key.html()}</small></p>"]
    for p in article.paragraphs:
        inner = [(s, e, r) for s, e, r in spans if p.start <= s < p.end]
        out, cursor = [], p.start
        for s, e, r in inner:
            if s < cursor:
                continue  # nested inside an earlier mark
            e = min(e, p.end)
            out.append(escape(article.raw[cursor:s]))
            who = none_if_missing(r.speaker)
            cue, channel = none_if_missing(r.cue), none_if_missing(r.channel)
            tip = (f"{KINDS[r.kind].label}: {who or 'no speaker'}" + (f" · {cue}" if cue else "")
                   + (f" · via {channel}" if channel else ""))
            side = a.codebook.side(who) if who else None
            out.append(f'<span style="{key.underline(r.kind, side)}" title="{escape(tip)}">'
                       f"{escape(article.raw[s:e])}</span><sup>{escape(who or 'no speaker')}</sup>")
            cursor = e
        out.append(escape(article.raw[cursor:p.end]))
        parts.append(f"<p><b>{p.index}</b> {''.join(out)}</p>")
    parts.append("</div>")
    return "\n".join(parts)


PAGE_STYLE = """
body { font-family: Georgia, serif; max-width: 46em; margin: 2em auto; line-height: 1.7; color: #222; }
h1 { font-size: 1.3em; } p.meta, .key { font-family: sans-serif; font-size: 0.85em; color: #555; }
p.para b.n { font-family: sans-serif; font-size: 0.75em; color: #999; margin-right: 0.5em; }
""" + " ".join(f".{k} {{ border-bottom: {v.underline}; }}" for k, v in KINDS.items()) + """
.cue { text-decoration: underline; text-decoration-thickness: 2px; }
.frame { background: #eee; } .label { font-weight: bold; } .set-aside { color: #999; }
[title] { cursor: help; }
.fn, section.notes, .print-only { display: none; }
section.notes { font-family: sans-serif; font-size: 0.8em; color: #333; } section.notes h2 { font-size: 1.1em; }
@media print {
  body { max-width: none; margin: 0; }
  .fn { display: inline; font-family: sans-serif; font-size: 0.65em; color: #555; }
  section.notes { display: block; } .print-only { display: inline; } .screen-only { display: none; }
  .direct, .partial, .indirect, .scare, .frame, .key span {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  p.para, section.notes li { break-inside: avoid; }
}
"""
"""Screen: hover notes. Print (for the desk): each mark's note as a numbered footnote after the article, the key
and the underline colours kept."""


def _layers(a: Analysis) -> list[tuple[int, int, str, str, str]]:
    """Every annotation as ``(start, end, css class, colour or '', note)``, offsets into the raw file."""
    q = a.quotes_table
    key = voice_key(a)
    out = []
    for r in q.itertuples():
        who = none_if_missing(r.speaker)
        side = a.codebook.side(who) if who else None
        cue, channel = none_if_missing(r.cue), none_if_missing(r.channel)
        note = (f"{r.kind} quotation" if r.kind in ("direct", "partial") else
                "reported statement" if r.kind == "indirect" else
                "turn of an interview or transcript" if r.kind == "turn" else "scare quote (the writer's marked words)")
        if who:
            note += f" · speaker: {who}" + (f" (side: {side})" if side and side != who else "")
        note += (f" · cue: {cue} ({r.cue_class})" if cue and none_if_missing(r.cue_class) else
                 f" · cue: {cue}" if cue else "") + (f" · via {channel}" if channel else "")
        out.append((int(r.start), int(r.end), r.kind, key.colour(side if r.kind != "scare" else None), note))
        if none_if_missing(r.cue_start) is not None and r.cue_text != ":":
            out.append((int(r.cue_start), int(r.cue_end), "cue", "", f"reporting cue '{cue}' ({r.cue_class})"))
    for r in a.frame_evidence.itertuples():
        name = FRAMES.get(r.frame, r.frame)
        out.append((int(r.start), int(r.end), "frame", "", f"frame evidence: {name} ({r.lemma})"))
    for r in a.actor_labels.itertuples():
        speaker = none_if_missing(r.speaker)
        whose = (f"quoted, {possessive(speaker)} words" if r.voice == "quoted" and speaker else
                 f"in the writer's paraphrase of {speaker}" if r.voice == "paraphrase" and speaker else
                 {"quoted": "inside quotation marks", "paraphrase": "in the writer's paraphrase of a statement",
                  "writer": "the writer's narration"}.get(r.voice, r.voice))
        out.append((int(r.start), int(r.end), "label", "", f"label for {r.actor} ({r.kind}; {whose})"))
    return list(dict.fromkeys(out))  # a partial quotation repeats its statement's cue: one mark


def frames_line(a: Analysis) -> str:
    """The frames present, each with its method and the words that decided it, for the page's head."""
    present = a.frame_scores[a.frame_scores["present"]]
    if present.empty:
        return "Frames: no frame of the codebook is clearly used."
    parts = [f"{r.name} (model, p = {r.probability:.2f}; words: {', '.join(r.words[:5])})" if r.method == "model"
             else f"{r.name} (lexicon rule, unvalidated; {r.lemmas} words shaded)" for r in present.itertuples()]
    return "Frames present: " + "; ".join(parts) + ". Shaded: the frame lexicon's hits."


def footnote_positions(a: Analysis, layers: list[tuple[int, int, str, str, str]]) -> dict[int, list[tuple]]:
    """Where each mark's footnote number goes when the page is printed: ``{offset: marks}``, the offset being
    the mark's end, or the end of the last paragraph it overlaps when it runs past that paragraph (into the
    blank line before the next one, or past the last). Every mark drawn (one that overlaps a paragraph) gets
    a number; marks ending at one offset keep the order of :func:`_layers`."""
    paragraphs = a.article.paragraphs
    out: dict[int, list[tuple]] = {}
    for x in layers:
        overlapping = [p for p in paragraphs if x[0] < p.end and x[1] > p.start]
        if overlapping:
            out.setdefault(min(x[1], overlapping[-1].end), []).append(x)
    return out


def annotated_page(a: Analysis) -> str:
    """The whole article as one printable HTML page: direct, partial and reported speech underlined in the
    colour of the speaker's side, reporting cues underlined, frame evidence shaded, actor labels in bold; a
    hover note on each names the computed value, and printed, each mark carries a number that points to the
    same note in a list after the article (:data:`PAGE_STYLE`). The text is the raw file's, character for
    character (escaped; the footnote numbers are shown in print only), so every mark can be checked against
    the source."""
    article = a.article
    layers = _layers(a)
    key = voice_key(a)
    title = article.headline or f"{article.outlet}, {article.date or 'undated'}"
    meta = ", ".join(x for x in (article.outlet, article.date, article.url) if x)
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{escape(title)} · annotated</title><style>{PAGE_STYLE}</style></head><body>",
             f"<h1>{escape(title)}</h1>", f'<p class="meta">{escape(meta)}</p>',
             f'<p class="key">Key: {key.html()} <span class="cue">reporting cue</span> · '
             '<span class="frame">frame evidence</span> · <span class="label">actor label</span>. '
             '<span class="screen-only">Hover a mark for its computed value.</span><span class="print-only">'
             "Each mark's number points to its computed value in the notes after the article.</span></p>",
             f'<p class="key">{escape(frames_line(a))}</p>']
    ends = footnote_positions(a, layers)
    notes: list[str] = []
    for p in article.paragraphs:
        here = [x for x in layers if x[0] < p.end and x[1] > p.start]
        cuts = sorted({p.start, p.end} | {x for s, e, *_ in here for x in (s, e) if p.start < x < p.end})
        out = []
        for s, e in pairwise(cuts):
            on = [x for x in here if x[0] <= s and e <= x[1]]
            text = escape(article.raw[s:e])
            if not on:
                out.append(text)
            else:
                classes = " ".join(sorted({x[2] for x in on}))
                colours = [x[3] for x in on if x[3]]
                style = f' style="border-color:{colours[0]}"' if colours else ""
                note = " | ".join(x[4] for x in on)
                out.append(f'<span class="{classes}"{style} title="{escape(note)}">{text}</span>')
            ending = ends.get(e, [])
            if ending:
                first = len(notes) + 1
                notes += [x[4] for x in ending]
                out.append(f'<sup class="fn">{",".join(str(n) for n in range(first, len(notes) + 1))}</sup>')
        parts.append(f'<p class="para"><b class="n">{p.index}</b>{"".join(out)}</p>')
    if article.credit:
        parts.append(f'<p class="set-aside" title="credit line, set apart from the body">'
                     f"{escape(article.credit.text)}</p>")
    if notes:
        parts.append('<section class="notes"><h2>Notes: the computed value of each mark</h2><ol>'
                     + "".join(f"<li>{escape(n)}</li>" for n in notes) + "</ol></section>")
    parts.append(f'<p class="meta">{escape(article.source_line("annotations computed by the analysis package"))}'
                 "</p></body></html>")
    return "\n".join(parts) + "\n"


ANNOTATED = "05-annotated-article.html"
"""The annotated article's file name (the last file :func:`analysis.output.export.write_article` draws)."""


def write_annotated(a: Analysis, folder: str | Path) -> Path:
    """Write :func:`annotated_page` to ``folder/05-annotated-article.html`` (atomically) and return its path."""
    return write_text(Path(folder) / ANNOTATED, annotated_page(a))


def annotated_frame(a: Analysis, height: int = 640) -> str:
    """:func:`annotated_page` inside an ``iframe`` (its own styles stay inside it), for a notebook and the
    HTML report, which carry the page with them."""
    return (f'<div class="annotated-article"><iframe title="annotated article" '
            f'srcdoc="{escape(annotated_page(a), quote=True)}" '
            f'style="width:100%;height:{height}px;border:1px solid #ddd"></iframe></div>')
