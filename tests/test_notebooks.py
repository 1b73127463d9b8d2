"""Guards for the committed notebooks (nbval silently skips unexecuted cells)."""

from __future__ import annotations

import json
import re
from itertools import pairwise

import pytest

from analysis.measures.framing import lexicon_version
from analysis.paths import NOTEBOOKS, ROOT

NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("*.ipynb"))


def cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def test_there_are_notebooks():
    assert NOTEBOOK_FILES, "no notebooks found"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.name)
def test_name_is_numbered_lowercase_hyphenated(path):
    assert re.fullmatch(r"\d\d-[a-z0-9]+(-[a-z0-9]+)*\.ipynb", path.name)


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.name)
def test_committed_executed_in_order_without_errors(path):
    code = [c for c in cells(path) if c["cell_type"] == "code"]
    counts = [c["execution_count"] for c in code]
    assert counts == list(range(1, len(code) + 1)), f"{path.name}: execution counts {counts}; run `make report`"
    for c in code:
        for out in c["outputs"]:
            assert out["output_type"] != "error", f"{path.name}: a stored output is an error"
        assert "execution" not in c["metadata"], "timing metadata would make `make report` dirty the tree"
        kinds = [(o["output_type"], o.get("name")) for o in c["outputs"]]
        assert all(a != b or a[0] != "stream" for a, b in pairwise(kinds)), \
            f"{path.name}: a stream split in two outputs (the save coalesces them; run `make report`)"


def test_consecutive_stream_outputs_of_one_name_are_joined():
    from analysis.output.notebooks import coalesce_streams

    outputs = [{"output_type": "stream", "name": "stdout", "text": "wrote"},
               {"output_type": "stream", "name": "stdout", "text": " a.png\n"},
               {"output_type": "stream", "name": "stderr", "text": "warning\n"},
               {"output_type": "display_data", "data": {}},
               {"output_type": "stream", "name": "stdout", "text": "done\n"}]
    joined = coalesce_streams(outputs)
    assert [o.get("text") for o in joined] == ["wrote a.png\n", "warning\n", None, "done\n"]


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.name)
def test_structure_title_imports_parameters(path):
    cs = cells(path)
    assert cs[0]["cell_type"] == "markdown" and "".join(cs[0]["source"]).startswith("# ")
    code = [c for c in cs if c["cell_type"] == "code"]
    assert "import" in "".join(code[0]["source"])
    assert "parameters" in code[1]["metadata"].get("tags", []), "second code cell must be tagged `parameters`"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.name)
def test_outputs_hold_no_machine_specific_paths_or_dot_dot(path):
    text = path.read_text(encoding="utf-8")
    assert str(ROOT) not in text
    for c in cells(path):
        if c["cell_type"] == "code":
            assert "../" not in "".join(c["source"])
            assert "sys.path" not in "".join(c["source"])


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.name)
def test_prose_never_types_a_lexicon_version_the_package_does_not_have(path):
    prose = " ".join("".join(c["source"]) for c in cells(path) if c["cell_type"] == "markdown")
    typed = re.findall(r"lexicon (?:is )?(?:version |v)(\d+)", prose, flags=re.I)
    assert all(v == lexicon_version() for v in typed), f"{path.name} says lexicon version {typed}"
