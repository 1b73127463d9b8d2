"""Run the notebook series: in place (the committed run), on another article, or into HTML.

``python -m analysis.output.notebooks execute NB ...`` runs each notebook top to
bottom with nbclient and writes it back with execution counts 1..n and no
timing metadata, so re-running an unchanged project leaves ``git status``
clean (``make report``).

``python -m analysis.output.notebooks series --article PATH`` re-runs every notebook
on another article through papermill (the ``parameters`` cell), writing the
notebooks and figures into ``runs/<file stem>/`` and never over the
committed notebooks or ``figures/`` (``make report ARTICLE=PATH``).

``python -m analysis.output.notebooks html --out FILE NB ...`` renders executed
notebooks, code hidden, into one static HTML page with the figures embedded
(``make html``); ``html --article PATH`` renders the run on that article into
``runs/<file stem>/report.html``, running the series first if it has not run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import nbformat
import papermill as pm
from nbclient import NotebookClient
from nbconvert import HTMLExporter

from analysis.errors import AnalysisError
from analysis.paths import NOTEBOOKS, absolute, run_folder
from analysis.text.article import load_article
from analysis.text.codebook import open_codebook

VOLATILE_CELL_METADATA = ("execution", "papermill", "ExecuteTime")
KERNEL = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def series(per_article: bool = False) -> list[Path]:
    """The numbered notebooks, in run order; with ``per_article``, only those parameterised by ``article_path``
    (not notebook 07, which takes a folder)."""
    paths = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    if per_article:
        paths = [p for p in paths if '"article_path = ' in p.read_text(encoding="utf-8")]
    return paths


def coalesce_streams(outputs: list) -> list:
    """Outputs with each run of consecutive stream outputs of one name (stdout, stderr) joined into one: the
    kernel flushes a print in one or several chunks depending on timing, and a split stream would change the
    saved notebook from run to run."""
    out: list = []
    for o in outputs:
        if out and o.get("output_type") == "stream" and out[-1].get("output_type") == "stream" \
                and out[-1].get("name") == o.get("name"):
            out[-1]["text"] = out[-1]["text"] + o["text"]
        else:
            out.append(o)
    return out


def execute_in_place(path: str | Path, timeout: int = 900) -> None:
    """Run the notebook at ``path`` and save it with stable metadata."""
    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=timeout, kernel_name="python3", record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    for cell in nb.cells:
        for key in VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
        if cell.cell_type == "code":
            cell.outputs = coalesce_streams(cell.outputs)
    nb.metadata.pop("papermill", None)
    nb.metadata["kernelspec"] = KERNEL
    nbformat.write(nb, path)


def run_series(article: str | Path, out_dir: str | Path | None = None,
               notebooks: Sequence[Path] | None = None, codebook: str | Path | None = None) -> list[Path]:
    """Execute every notebook on ``article`` with papermill into ``out_dir`` (default ``runs/<stem>/``),
    with ``codebook`` (an actors file; default: the project's) as the ``codebook_path`` parameter.

    Figures go to ``out_dir/figures``. The committed notebooks are only read.
    Returns the executed notebooks' paths.
    """
    article_abs = absolute(article).resolve()
    load_article(article_abs)  # a bad input fails here, in one line, before any kernel starts
    book = None if codebook is None else str(absolute(codebook).resolve())
    if book is not None:
        open_codebook(book)  # and so does a bad codebook
    out = Path(out_dir) if out_dir is not None else run_folder(article)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for nb in notebooks or series(per_article=True):
        target = out / nb.name
        pm.execute_notebook(
            str(nb), str(target),
            parameters={"article_path": str(article_abs), "figures_path": str((out / "figures").resolve()),
                        "codebook_path": book},
            kernel_name="python3", cwd=str(NOTEBOOKS), progress_bar=False, log_output=False,
        )
        written.append(target)
    return written


def render_html(notebooks: Sequence[str | Path], out_file: str | Path, title: str = "Framing analysis") -> Path:
    """One static HTML page from executed notebooks: code hidden, figures embedded as images."""
    merged = nbformat.v4.new_notebook()
    merged.metadata["kernelspec"] = KERNEL
    merged.metadata["title"] = title
    for path in notebooks:
        nb = nbformat.read(Path(path), as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        if any(c.execution_count is None for c in code):
            raise ValueError(f"{path}: has unexecuted cells; run it first (make report)")
        merged.cells.extend(nb.cells)
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(merged)
    out = Path(out_file)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(body, encoding="utf-8")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.output.notebooks", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("execute", help="run notebooks in place (the committed run)")
    ex.add_argument("notebooks", nargs="*", help="default: the whole series")
    se = sub.add_parser("series", help="run the whole series on another article into runs/<stem>/")
    se.add_argument("--article", required=True)
    se.add_argument("--out", default=None, help="default: runs/<file stem>/")
    se.add_argument("--codebook", default=None, help="your own actors file (docs/codebook.md)")
    ht = sub.add_parser("html", help="render executed notebooks into one HTML page, code hidden")
    ht.add_argument("--out", default=None, help="default: build/report.html, or runs/<stem>/report.html with --article")
    ht.add_argument("--article", default=None, help="render the series run on this article (run first if needed)")
    ht.add_argument("notebooks", nargs="*", help="default: the committed series")
    args = parser.parse_args(argv)
    try:
        if args.command == "execute":
            for p in args.notebooks or series():
                print(f"executing {p}", file=sys.stderr)
                execute_in_place(p)
        elif args.command == "series":
            for p in run_series(args.article, args.out, codebook=args.codebook):
                print(f"wrote {p}", file=sys.stderr)
        elif args.article:
            folder = run_folder(args.article)
            runs = [folder / nb.name for nb in series(per_article=True)]
            if not all(p.is_file() for p in runs):
                runs = run_series(args.article)
            print(f"wrote {render_html(runs, args.out or folder / 'report.html')}", file=sys.stderr)
        else:
            out = args.out or absolute("build/report.html")
            print(f"wrote {render_html(args.notebooks or series(), out)}", file=sys.stderr)
    except (AnalysisError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
