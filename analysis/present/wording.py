"""Wording shared by the findings, the notes of the annotated page and the figures' texts."""

from __future__ import annotations

PRONOUNS = {"i": "my", "we": "our", "you": "your", "he": "his", "she": "her", "it": "its", "they": "their"}
DETERMINERS = ("The ", "A ", "An ", "This ", "That ", "These ", "Those ")


def possessive(name: str) -> str:
    """The possessive of a speaker's name or phrase, for use inside a sentence, in news style.

    A proper name (its last word capitalised) ending in a lower-case *s* takes an apostrophe alone ("United
    Nations'", "Reuters'"); every other name or phrase takes *'s* ("Russia's", "the US's", "the witness's");
    a personal pronoun becomes its possessive ("he" -> "his"); a leading determiner is lower-cased ("The mayor"
    -> "the mayor's")."""
    if name.lower() in PRONOUNS:
        return PRONOUNS[name.lower()]
    if name.startswith(DETERMINERS):
        name = name[0].lower() + name[1:]
    last = name.split()[-1] if name.split() else name
    return f"{name}'" if last[:1].isupper() and name.endswith("s") else f"{name}'s"


def bold_possessive(name: str) -> str:
    """:func:`possessive` with the name in Markdown bold and the ending outside it (**Russia**'s)."""
    whole = possessive(name)
    return f"**{whole[:len(name)]}**{whole[len(name):]}" if whole.lower().startswith(name.lower()) else f"**{whole}**"


def bullets(lines: list[str]) -> str:
    """A Markdown bullet list of the non-empty lines."""
    return "\n".join(f"- {line}" for line in lines if line)
