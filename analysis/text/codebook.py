"""The actor codebook: canonical actors, their types, aliases and descriptors.

Two documented CSV files in ``analysis/data/`` (comment lines start with ``#``):

* ``actor_types.csv``: ``type, label, descriptors``; the spaCy label an actor
  of the type gets, and the common nouns that can name it without its name.
* ``actors.csv``: ``name, type, aliases, affiliation``; ``|`` separates list items. ``affiliation`` names
  the side an actor speaks for (another actor of the file: Sergei Lavrov -> Russia); empty, or a file
  without the column, means the actor speaks for itself.

Both are validated when loaded: a malformed row, an unknown type or label, a
duplicate actor or a duplicate alias is a :class:`~analysis.errors.ConfigError`
naming the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from analysis.errors import ConfigError
from analysis.paths import DATA, ROOT
from analysis.text.datafile import read_rows

ACTORS_FILE = DATA / "actors.csv"
TYPES_FILE = DATA / "actor_types.csv"
LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


@dataclass(frozen=True)
class ActorType:
    name: str
    label: str
    descriptors: tuple[str, ...]


@dataclass(frozen=True)
class Actor:
    name: str
    type: str
    label: str
    aliases: tuple[str, ...]
    descriptors: tuple[str, ...]
    affiliation: str = ""

    @property
    def side(self) -> str:
        """The side the actor speaks for: its affiliation, else itself."""
        return self.affiliation or self.name


@dataclass(frozen=True)
class Codebook:
    actors: tuple[Actor, ...]
    types: tuple[ActorType, ...]
    source: str

    def by_name(self) -> dict[str, Actor]:
        return {a.name: a for a in self.actors}

    @cached_property
    def sides(self) -> dict[str, str]:
        """``{actor name: the side it speaks for}`` (its affiliation, else itself)."""
        return {a.name: a.side for a in self.actors}

    def side(self, name: str) -> str:
        """The side a speaker speaks for: the codebook actor's affiliation, else the name itself."""
        return self.sides.get(name, name)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def load_codebook(actors: str | Path = ACTORS_FILE, types: str | Path = TYPES_FILE) -> Codebook:
    """Read and validate the codebook files."""
    actors, types = Path(actors), Path(types)
    type_map: dict[str, ActorType] = {}
    for n, (name, label, descriptors) in read_rows(types, ["type", "label", "descriptors"], required=2):
        if not name:
            raise ConfigError(f"{types}:{n}: empty type name")
        if label not in LABELS:
            raise ConfigError(f"{types}:{n}: unknown label {label!r} (expected one of {', '.join(LABELS)})")
        if name in type_map:
            raise ConfigError(f"{types}:{n}: type {name!r} is defined twice")
        type_map[name] = ActorType(name, label, _split(descriptors))
    out: list[Actor] = []
    seen_alias: dict[str, tuple[str, int]] = {}
    seen_name: set[str] = set()
    header = ["name", "type", "aliases", "affiliation"]
    try:
        rows = read_rows(actors, header, required=0)
    except ConfigError as exc:
        if "the header must be" not in str(exc):
            raise
        try:
            rows = [(n, [*row, ""]) for n, row in read_rows(actors, header[:3], required=0)]
        except ConfigError as exc3:
            if "the header must be" in str(exc3):
                raise ConfigError(f"{actors}: the header must be name,type,aliases,affiliation "
                                  "(affiliation may be left out)") from None
            raise
    affiliations: list[tuple[int, str]] = []
    for n, (name, type_, aliases, affiliation) in rows:
        if not name:
            raise ConfigError(f"{actors}:{n}: empty actor name")
        if type_ not in type_map:
            raise ConfigError(f"{actors}:{n}: unknown type {type_!r} (defined in {types.name}: {', '.join(type_map)})")
        if name in seen_name:
            raise ConfigError(f"{actors}:{n}: actor {name!r} is listed twice")
        seen_name.add(name)
        alias_list = _split(aliases)
        if not alias_list:
            raise ConfigError(f"{actors}:{n}: actor {name!r} has no aliases")
        for alias in alias_list:
            if alias in seen_alias:
                other, line = seen_alias[alias]
                raise ConfigError(f"{actors}:{n}: alias {alias!r} is already used by {other!r} (line {line})")
            seen_alias[alias] = (name, n)
        t = type_map[type_]
        out.append(Actor(name, type_, t.label, alias_list, t.descriptors, affiliation))
        if affiliation:
            affiliations.append((n, affiliation))
    for n, affiliation in affiliations:
        if affiliation not in seen_name:
            raise ConfigError(f"{actors}:{n}: affiliation {affiliation!r} is not an actor of the file")
    return Codebook(tuple(out), tuple(type_map.values()), str(actors))


def open_codebook(actors: str | Path | None = None, types: str | Path | None = None) -> Codebook:
    """The codebook a user names (a notebook parameter, ``--codebook``): ``None`` is the project's; a
    relative path counts from the project root when it does not exist from the working directory.
    Validated like the project's, with line-numbered errors."""
    if actors is None and types is None:
        return default_codebook()

    def find(path: str | Path | None, default: Path) -> Path:
        if path is None:
            return default
        p = Path(path)
        return p if p.is_absolute() or p.exists() else ROOT / p

    book = load_codebook(find(actors, ACTORS_FILE), find(types, TYPES_FILE))
    return Codebook(book.actors, book.types, str(actors or ACTORS_FILE))


@lru_cache(maxsize=8)
def default_codebook() -> Codebook:
    """The project codebook, loaded once."""
    return load_codebook()
