"""The package's layers: text -> measures -> presentation -> outputs, imports in one direction only.

Read from the source with ``ast``, so a new module is checked as soon as it exists.
"""

from __future__ import annotations

import ast
import re

from analysis.paths import ROOT

PACKAGE = ROOT / "analysis"
BASE = {"analysis", "analysis.errors", "analysis.files", "analysis.paths", "analysis.tables", "analysis.schema"}
LAYERS = {"text": 1, "measures": 2, "present": 3, "output": 4, "evaluation": 4}
MAX_LOCAL_IMPORTS = 10


def module_name(path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(module: str) -> int:
    if module in BASE:
        return 0
    if module == "analysis.__main__":
        return 4
    return LAYERS[module.split(".")[1]]


def imports(path) -> tuple[set[str], list[int]]:
    """The modules ``path`` imports, and the line numbers of imports inside function bodies."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    local: list[int] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)  # "from analysis.measures import actors"
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            local += [n.lineno for n in ast.walk(fn) if isinstance(n, ast.Import | ast.ImportFrom)]
    return found, local


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in imports(p)[0] if m in modules and m != name} for name, p in modules.items()}


def test_no_module_imports_from_a_higher_layer():
    wrong = [f"{m} (layer {layer(m)}) imports {d} (layer {layer(d)})"
             for m, deps in graph().items() for d in deps if layer(d) > layer(m)]
    assert not wrong, wrong


def test_no_import_cycle():
    g = graph()
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for dep in sorted(g[node]):
            if state.get(dep) == 1:
                raise AssertionError("import cycle: " + " -> ".join([*stack, node, dep]))
            if dep not in state:
                visit(dep, [*stack, node])
        state[node] = 2

    for node in sorted(g):
        if node not in state:
            visit(node, [])


def test_measures_draw_nothing():
    for path in (PACKAGE / "measures").glob("*.py"):
        found, _ = imports(path)
        drawing = sorted(m for m in found if m.startswith(("matplotlib", "analysis.present", "analysis.output")))
        assert not drawing, f"{path.name} imports {drawing}"


def test_imports_sit_at_the_top_of_modules():
    local = {p: imports(p)[1] for p in PACKAGE.rglob("*.py")}
    total = sum(len(lines) for lines in local.values())
    assert total <= MAX_LOCAL_IMPORTS, {p.name: lines for p, lines in local.items() if lines}
    for path, lines in local.items():
        source = path.read_text(encoding="utf-8").splitlines()
        for n in lines:
            assert "#" in source[n - 1], f"{path.name}:{n}: a lazy import needs a comment saying why"


def test_no_module_level_cache_keyed_by_object_identity():
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(?<![\w.])id\(", text), f"{path.name} keys something by id()"
        assert "last_words" not in text and "last_valences" not in text, f"{path.name} keeps per-call state"


MAX_LINES = 700
"""Issue 27: no module over this many lines but the schema's declarations (one concern per module)."""


def test_no_module_is_over_the_line_limit():
    long = {module_name(p): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert set(long) <= {"analysis.schema"}, long
