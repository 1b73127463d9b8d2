"""Write the generated reference documents: ``docs/schema.md`` and ``docs/summary.schema.json``.

``python -m analysis.output.docs`` (``make docs``). Both come from :mod:`analysis.schema`;
the tests fail when the committed files differ from what it generates.
"""

from __future__ import annotations

from analysis.paths import DOCS
from analysis.schema import write_documents


def main() -> int:
    for path in write_documents(DOCS):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
