"""The article as HTML with its quotations and reported statements highlighted.

Deterministic output, so a notebook's stored HTML compares byte for byte.
"""

from __future__ import annotations

from html import escape

from analysis.measures.analysed import Analysis
from analysis.tables import none_if_missing

KIND_COLOURS = {"direct": "#E69F00", "partial": "#F0E442", "indirect": "#56B4E9", "scare": "#CC79A7"}


def render_quotes(a: Analysis) -> str:
    """The body as HTML with direct and partial quotations, reported statements and scare quotes highlighted.

    Each highlight's tooltip names the kind, speaker, cue and channel.
    """
    article = a.article
    q = a.quotes_table
    spans = sorted(((r.start, r.end, r) for r in q.itertuples()), key=lambda x: (x[0], -x[1]))
    parts = ['<div class="framing-quotes" style="line-height:1.6">']
    legend = " ".join(f'<mark style="background:{c}66">{k}</mark>' for k, c in KIND_COLOURS.items())
    parts.append(f"<p><small>{legend}</small></p>")
    for p in article.paragraphs:
        inner = [(s, e, r) for s, e, r in spans if p.start <= s < p.end]
        out, cursor = [], p.start
        for s, e, r in inner:
            if s < cursor:
                continue  # nested inside an earlier highlight
            e = min(e, p.end)
            out.append(escape(article.raw[cursor:s]))
            who = none_if_missing(r.speaker) or "no speaker"
            cue, channel = none_if_missing(r.cue), none_if_missing(r.channel)
            tip = f"{r.kind}: {who}" + (f" · {cue}" if cue else "") + (f" · via {channel}" if channel else "")
            out.append(f'<mark style="background:{KIND_COLOURS[r.kind]}66" title="{escape(tip)}">'
                       f"{escape(article.raw[s:e])}</mark><sup>{escape(who)}</sup>")
            cursor = e
        out.append(escape(article.raw[cursor:p.end]))
        parts.append(f"<p><b>{p.index}</b> {''.join(out)}</p>")
    parts.append("</div>")
    return "\n".join(parts)
