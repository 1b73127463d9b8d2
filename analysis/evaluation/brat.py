"""Read brat standoff annotation (``.ann``) files, as PolNeAR distributes its attributions.

``T`` lines are spans: ``ID<TAB>Label START END[;START END ...]<TAB>text`` with
Python character offsets into the article text; ``E`` lines link spans into an
event: ``E4<TAB>Attribution:T15 Cue:T14 Source:T13 Content:T12``. Other lines
(notes, relations) are ignored, and so are the continuation lines of a span
text that holds a newline. A malformed ``T`` or ``E`` line is an
:class:`~analysis.errors.ConfigError` naming the file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import ConfigError

ANNOTATION = re.compile(r"^[TE]\d+\t")


@dataclass(frozen=True)
class Span:
    """A text-bound annotation: its label and (possibly discontinuous) character ranges."""

    id: str
    label: str
    segments: tuple[tuple[int, int], ...]
    text: str

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


@dataclass(frozen=True)
class Event:
    """An ``E`` line: its type (``Attribution``, ``Attribution-no-source``) and its role -> span arguments."""

    id: str
    type: str
    trigger: str
    args: tuple[tuple[str, str], ...]

    def role(self, name: str) -> list[str]:
        """The span ids filling ``name`` and its numbered variants (``Content``, ``Content2`` ...)."""
        return [sid for role, sid in self.args if role.rstrip("0123456789") == name]


@dataclass(frozen=True)
class Document:
    spans: dict[str, Span]
    events: tuple[Event, ...]


def read_ann(path: str | Path) -> Document:
    """Parse one ``.ann`` file."""
    path = Path(path)
    spans: dict[str, Span] = {}
    events: list[Event] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not ANNOTATION.match(line):
            continue  # another kind of annotation, or the rest of a span text that holds a newline
        kind = line[0]
        fields = line.split("\t")
        try:
            if kind == "T":
                label, ranges = fields[1].split(" ", 1)
                segments = tuple((int(a), int(b)) for a, b in (r.split() for r in ranges.split(";")))
                spans[fields[0]] = Span(fields[0], label, segments, fields[2] if len(fields) > 2 else "")
            else:
                parts = fields[1].split()
                etype, trigger = parts[0].split(":", 1)
                args = tuple(tuple(p.split(":", 1)) for p in parts[1:])
                events.append(Event(fields[0], etype, trigger, args))  # type: ignore[arg-type]
        except (IndexError, ValueError):
            raise ConfigError(f"{path}:{n}: not a brat standoff line: {line[:60]!r}") from None
    return Document(spans, tuple(events))
