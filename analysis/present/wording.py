"""Wording shared by the findings, the notes of the annotated page and the figures' texts."""

from __future__ import annotations


def possessive(name: str) -> str:
    """The possessive of a name in news style: an apostrophe alone after a final lower-case *s* ("United
    Nations'", "Reuters'"), *'s* otherwise ("Russia's", "the US's", "UNHCR's")."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def bold_possessive(name: str) -> str:
    """:func:`possessive` with the name in Markdown bold and the ending outside it (**Russia**'s)."""
    return f"**{name}**{possessive(name)[len(name):]}"
