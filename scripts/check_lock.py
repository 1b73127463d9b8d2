"""Check that an environment holds exactly the lock: every ``name==version`` of requirements.txt, nothing else.

The set-up installs the lock with ``--no-deps`` (nothing is resolved), so a lock that misses a dependency shows
in ``pip check`` and a package left over from an older lock, or installed by hand, shows here. ``pip check``
does not look at the extras one package asks of another (justext's ``lxml[html_clean]`` needs
``lxml-html-clean``): :func:`unmet_extras` does. The project
itself (``analysis``, installed editable by the set-up) and the installer (``pip``, the one ``python3 -m venv``
brings) are not in the lock and are not compared.

Usage: ``python scripts/check_lock.py [requirements.txt]`` with the environment's own Python. Prints one line
per difference and exits 1 when there is any; prints one summary line and exits 0 otherwise.
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import Distribution, distributions
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.version import InvalidVersion, Version

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


def installed(dists: list[Distribution] | None = None) -> dict[str, str]:
    """``{canonical name: version}`` of every distribution importable by this Python. A distribution without a
    name (a broken metadata folder) is kept as ``?<its folder>``, so it shows as not in the lock."""
    out: dict[str, str] = {}
    for d in distributions() if dists is None else dists:
        name = d.metadata["Name"]
        key = canonical(name) if name else f"?{getattr(d, '_path', 'unnamed distribution')}"
        out.setdefault(key, d.version or "?")
    return out


def same_version(a: str, b: str) -> bool:
    """True when two version strings name the same release (``1.0`` and ``1.0.0`` do)."""
    try:
        return Version(a) == Version(b)
    except InvalidVersion:
        return a == b


def _requirements(dist: Distribution) -> list[Requirement]:
    out = []
    for raw in dist.requires or []:
        try:
            out.append(Requirement(raw))
        except InvalidRequirement:
            continue  # pip check reports what it cannot read
    return out


def unmet_extras(dists: list[Distribution] | None = None) -> list[str]:
    """One sentence per requirement that an installed package's extra brings and that is missing or outside its
    range: ``pip check`` checks ``lxml`` for ``lxml[html_clean]``, not what ``html_clean`` adds."""
    dists = list(distributions()) if dists is None else dists
    by_name = {canonical(d.metadata["Name"]): d for d in dists if d.metadata["Name"]}
    out = []
    for name, dist in sorted(by_name.items()):
        for req in _requirements(dist):
            if not req.extras or (req.marker is not None and not req.marker.evaluate({"extra": ""})):
                continue
            target = by_name.get(canonical(req.name))
            if target is None:
                continue  # the package itself is missing: pip check says so
            for extra in sorted(req.extras):
                for dep in _requirements(target):
                    needed = f"{canonical(dep.name)}{dep.specifier}"
                    if dep.marker is None or not dep.marker.evaluate({"extra": extra}) \
                            or dep.marker.evaluate({"extra": ""}):
                        continue  # not brought by this extra (a base requirement is pip check's)
                    have = by_name.get(canonical(dep.name))
                    if have is None:
                        out.append(f"{name} needs {req.name}[{extra}], which needs {needed}: not installed")
                    elif not dep.specifier.contains(have.version, prereleases=True):
                        out.append(f"{name} needs {req.name}[{extra}], which needs {needed}: {have.version} installed")
    return out


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
        elif not same_version(want, have):
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
    dists = list(distributions())
    problems = differences(locked, installed(dists)) + unmet_extras(dists)
    for line in problems:
        print(f"{lock}: {line}", file=sys.stderr)
    if problems:
        print(f"{lock}: the environment ({sys.prefix}) differs from the lock ({len(problems)} problems); "
              "`make clean install` rebuilds it, or the lock misses a package", file=sys.stderr)
        return 1
    print(f"{lock}: the environment holds exactly the {len(locked)} locked packages, the extras they ask for "
          "included")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
