"""Check that an environment holds exactly the lock: every ``name==version`` of requirements.txt, nothing else.

The set-up installs the lock with ``--no-deps`` (nothing is resolved), so a lock that misses a dependency shows
in ``pip check`` and a package left over from an older lock, or installed by hand, shows here. The project
itself (``analysis``, installed editable by the set-up) and the installer (``pip``, the one ``python3 -m venv``
brings) are not in the lock and are not compared.

Usage: ``python scripts/check_lock.py [requirements.txt]`` with the environment's own Python. Prints one line
per difference and exits 1 when there is any; prints one summary line and exits 0 otherwise.
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import distributions
from pathlib import Path

PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==(?P<version>[^\s;\\]+)")
NOT_LOCKED = frozenset({"analysis", "pip"})
"""Installed distributions the lock does not list: the project (editable) and the venv's own installer."""


def canonical(name: str) -> str:
    """A distribution name in PEP 503 normal form (``Foo_Bar`` -> ``foo-bar``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_pins(text: str) -> dict[str, str]:
    """``{canonical name: version}`` of every ``name==version`` line of a pip-compile/uv lock.

    Hash continuation lines, comments and blank lines are skipped. A requirement line that is not an exact
    pin (a range, a URL, a path) raises ``ValueError`` naming it: a lock must pin everything.
    """
    pins: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "--")) or line[:1].isspace():
            continue
        match = PIN.match(stripped)
        if match is None:
            raise ValueError(f"line {number} is not an exact pin (name==version): {stripped[:80]}")
        pins[canonical(match["name"])] = match["version"]
    return pins


def installed() -> dict[str, str]:
    """``{canonical name: version}`` of every distribution importable by this Python."""
    return {canonical(d.metadata["Name"]): d.version for d in distributions()}


def differences(locked: dict[str, str], present: dict[str, str]) -> list[str]:
    """One sentence per difference between the lock and the environment, sorted by name."""
    out = []
    for name in sorted(set(locked) | set(present)):
        if name in NOT_LOCKED:
            continue
        want, have = locked.get(name), present.get(name)
        if have is None:
            out.append(f"{name}=={want} is locked but not installed")
        elif want is None:
            out.append(f"{name} {have} is installed but not in the lock")
        elif want != have:
            out.append(f"{name} {have} is installed but the lock pins {want}")
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    lock = Path(args[0] if args else "requirements.txt")
    try:
        locked = lock_pins(lock.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"{lock}: {exc}", file=sys.stderr)
        return 2
    problems = differences(locked, installed())
    for line in problems:
        print(f"{lock}: {line}", file=sys.stderr)
    if problems:
        print(f"{lock}: the environment ({sys.prefix}) differs from the lock in {len(problems)} packages; "
              "`make clean install` rebuilds it", file=sys.stderr)
        return 1
    print(f"{lock}: the environment holds exactly the {len(locked)} locked packages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
