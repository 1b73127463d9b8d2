"""The outputs of the package, hashed: a guard for a refactor that must not change behaviour.

    .venv/bin/python scripts/output_hashes.py --write /tmp/before.json [--polnear ../shared/eval/polnear/train]
    ... refactor ...
    .venv/bin/python scripts/output_hashes.py --check /tmp/before.json [--polnear ../shared/eval/polnear/train]

For the seed, every fixture article (``tests/fixtures/**/*.txt``) and, with ``--polnear DIR``, the first 20
articles of ``DIR/text`` in name order, it writes ``summarize --json`` and ``export --no-figures`` into a
temporary folder and records the sha256 of every file written (paths relative to the project root, so the
summaries' ``path`` fields match between runs). ``--check`` compares with a recorded file and lists every
output whose hash differs; exit status 1 when one does, 2 for a bad argument.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.output.cli import main as cli  # noqa: E402

POLNEAR_ARTICLES = 20


def inputs(polnear: Path | None) -> list[str]:
    """The articles to run, as paths relative to the project root (or absolute for the PolNeAR folder)."""
    files = ["seeds/000_2f6ad82b80b65921.txt"]
    files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests" / "fixtures").rglob("*.txt")
                    if p.name != "README.txt")
    if polnear is not None:
        files += [str(p) for p in sorted((polnear / "text").glob("*.txt"))[:POLNEAR_ARTICLES]]
    return files


def hashes(files: list[str]) -> dict[str, str]:
    """``{output name: sha256}`` for the summaries and the exports of ``files``."""
    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in files:
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(io.StringIO()):
                cli(["summarize", "--json", name])
            out[f"summarize/{name}"] = hashlib.sha256(buffer.getvalue().encode("utf-8")).hexdigest()
        folder = Path(tmp) / "export"
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            cli(["export", *files, "--out", str(folder), "--no-figures"])
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                out[f"export/{path.relative_to(folder)}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="record the hashes in this JSON file")
    group.add_argument("--check", type=Path, help="compare with the hashes recorded in this JSON file")
    parser.add_argument("--polnear", type=Path, default=None, help="a PolNeAR split folder (its text/ is read)")
    args = parser.parse_args(argv)
    if args.polnear is not None and not (args.polnear / "text").is_dir():
        print(f"error: {args.polnear}: no text/ folder", file=sys.stderr)
        return 2
    os.chdir(ROOT)
    now = hashes(inputs(args.polnear))
    if args.write:
        args.write.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"recorded {len(now)} outputs in {args.write}")
        return 0
    try:
        before = json.loads(args.check.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"error: {args.check}: {exc}", file=sys.stderr)
        return 2
    changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for k in changed:
        print(f"differs: {k}")
    print(f"{len(now)} outputs, {len(changed)} differ")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
