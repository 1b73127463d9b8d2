"""Execute the committed notebooks in place, reproducibly.

``python -m analysis.notebooks notebooks/*.ipynb`` runs each notebook top to
bottom with nbclient in the current environment and writes it back with
execution counts 1..n and no timing metadata, so re-running an unchanged
project leaves ``git status`` clean.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

VOLATILE_CELL_METADATA = ("execution", "papermill", "ExecuteTime")


def execute_in_place(path: str | Path, timeout: int = 900) -> None:
    """Run the notebook at ``path`` and save it with stable metadata."""
    import nbformat
    from nbclient import NotebookClient

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    for cell in nb.cells:
        for key in VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
    nb.metadata.pop("papermill", None)
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    nbformat.write(nb, path)


def main(argv: Sequence[str] | None = None) -> int:
    paths = list(argv if argv is not None else sys.argv[1:])
    for p in paths:
        print(f"executing {p}", file=sys.stderr)
        execute_in_place(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
