"""British and American spelling variants, for lexicon matching.

Rules cover the regular differences (-ise/-ize, -isation/-ization, -yse/-yze)
and a short list of common -our/-or, -ce/-se, -tre/-ter and other pairs; a
rule-made form is only a candidate, checked where it matters against a word
list (see :func:`analysis.measures.sentiment.spelling_gaps`).
"""

from __future__ import annotations

import re
from functools import lru_cache

_SUFFIX_RULES = (
    (r"is(e|ed|es|ing|ation|ations)$", r"iz\1"),
    (r"yse(s|d)?$", r"yze\1"),
    (r"our(s|ed|ing|ite|ites|able)?$", r"or\1"),
    (r"tre(s)?$", r"ter\1"),
)
_PAIRS = {
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    "programme": "program", "programmes": "programs", "centre": "center", "centres": "centers",
    "labour": "labor", "favour": "favor", "honour": "honor", "behaviour": "behavior",
    "neighbour": "neighbor", "neighbouring": "neighboring", "rumour": "rumor", "colour": "color",
    "endeavour": "endeavor", "amid": "amid", "travelling": "traveling", "travelled": "traveled",
}
_REVERSE = {v: k for k, v in _PAIRS.items()}


@lru_cache(maxsize=65536)
def american_candidate(word: str) -> str:
    """The American spelling a British form would have under the rules (the word itself if none applies)."""
    w = word.lower()
    if w in _PAIRS:
        return _PAIRS[w]
    for pattern, repl in _SUFFIX_RULES:
        new = re.sub(pattern, repl, w)
        if new != w:
            return new
    return w


def variants(word: str) -> set[str]:
    """The word with its British and American spellings (lower case)."""
    w = word.lower()
    out = {w}
    if w in _PAIRS:
        out.add(_PAIRS[w])
    if w in _REVERSE:
        out.add(_REVERSE[w])
    for a, b in (("ise", "ize"), ("isation", "ization"), ("yse", "yze")):
        for suffix_from, suffix_to in ((a, b), (b, a)):
            if w.endswith(suffix_from) and len(w) > len(suffix_from) + 2:
                out.add(w[: -len(suffix_from)] + suffix_to)
    return out
