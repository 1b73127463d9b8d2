"""The notebook series in a real JupyterLab, driven through its UI in headless Chromium.

Run with ``make e2e``. Works on copies of the notebooks in a temporary folder
(figures to a temporary folder too), so the committed files are never touched.
Skips with a clear message when Chromium is not installed.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from analysis.paths import NOTEBOOKS, ROOT

pytestmark = pytest.mark.e2e

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "test-artifacts" / "e2e"
NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
PREFIX_MARK = "E2E-SYS-PREFIX="
RUN_TIMEOUT_S = int(os.environ.get("E2E_RUN_TIMEOUT", "600"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare_copies(folder: Path, figures: Path) -> None:
    """Copies of the notebooks: figures redirected, outputs cleared, one cell that prints the kernel's prefix."""
    for nb_path in NOTEBOOK_FILES:
        nb = json.loads(nb_path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] != "code":
                continue
            cell["outputs"], cell["execution_count"] = [], None
            if "parameters" in cell["metadata"].get("tags", []):
                source = "".join(cell["source"])
                cell["source"] = source.replace("figures_path = None", f"figures_path = {str(figures)!r}")
        nb["cells"].append({"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                            "source": f"import sys\nprint('{PREFIX_MARK}' + sys.prefix)"})
        (folder / nb_path.name).write_text(json.dumps(nb, indent=1), encoding="utf-8")


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}: install Debian's package (apt-get install -y chromium)")
    root = tmp_path_factory.mktemp("lab")
    work, figures, settings = root / "notebooks", root / "figures", root / "settings"
    work.mkdir()
    prepare_copies(work, figures)
    # render every cell (JupyterLab 4 otherwise renders only the visible ones)
    tracker = settings / "@jupyterlab" / "notebook-extension"
    tracker.mkdir(parents=True)
    (tracker / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}), encoding="utf-8")
    port, token = free_port(), secrets.token_hex(16)
    env = {**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(settings), "JUPYTER_RUNTIME_DIR": str(root / "runtime")}
    cmd = [str(Path(sys.executable).parent / "jupyter"), "lab", "--no-browser", "--allow-root",
           "--ip=127.0.0.1", f"--port={port}", f"--IdentityProvider.token={token}",
           f"--ServerApp.root_dir={work}", "--LabApp.news_url=None",
           "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    log = open(root / "server.log", "w")  # noqa: SIM115 - closed in the finally below
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("JupyterLab did not start: " + (root / "server.log").read_text()) from None
                time.sleep(0.5)
        yield {"base": base, "token": token, "work": work, "figures": figures}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield b
        b.close()


@pytest.mark.parametrize("name", [p.name for p in NOTEBOOK_FILES])
def test_notebook_runs_in_jupyterlab(lab, browser, name):
    page = browser.new_page(viewport={"width": 1400, "height": 1800})
    try:
        # a fresh workspace per notebook, so no tab from an earlier test is restored beside it
        workspace = "e2e-" + Path(name).stem
        page.goto(f"{lab['base']}/lab/workspaces/{workspace}/tree/{name}?reset&token={lab['token']}")
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
        page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000)
        page.wait_for_timeout(2_000)  # let the kernel connection settle before the first command
        # Run > Run All Cells, through the menu as a user would
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        item = page.locator(".lm-Menu-itemLabel").get_by_text("Run All Cells", exact=True)
        item.wait_for(state="visible", timeout=10_000)
        page.wait_for_timeout(500)
        item.click()
        deadline = time.monotonic() + RUN_TIMEOUT_S
        while True:
            prompts = page.locator(".jp-CodeCell .jp-InputPrompt").all_inner_texts()
            done = prompts and all(p.strip() not in ("[ ]:", "[*]:") and any(ch.isdigit() for ch in p)
                                   for p in prompts)
            if done:
                break
            if time.monotonic() > deadline:
                ARTIFACTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(ARTIFACTS / f"{Path(name).stem}-timeout.png"))
                pytest.fail(f"{name}: cells still running after {RUN_TIMEOUT_S}s: {prompts}")
            time.sleep(1)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{Path(name).stem}.png"), full_page=True)

        # save through the UI and read what JupyterLab wrote: counts and outputs as the user sees them
        page.locator(".jp-Notebook").first.click()
        page.keyboard.press("Control+s")
        saved_path = lab["work"] / name
        deadline = time.monotonic() + 60
        while True:
            saved = json.loads(saved_path.read_text(encoding="utf-8"))
            code = [c for c in saved["cells"] if c["cell_type"] == "code"]
            if all(c["execution_count"] for c in code):
                break
            assert time.monotonic() < deadline, f"{name}: JupyterLab did not save the executed notebook"
            time.sleep(0.5)
        counts = [c["execution_count"] for c in code]
        assert counts == list(range(1, len(code) + 1)), f"{name}: execution counts {counts}"
        errors = [o for c in code for o in c["outputs"] if o["output_type"] == "error"]
        assert not errors, f"{name}: error output {errors[0].get('ename')}: {errors[0].get('evalue')}"
        source = (NOTEBOOKS / name).read_text(encoding="utf-8")
        figures = source.count("save_figure(fig")
        images = page.locator(".jp-OutputArea-output img")
        assert images.count() >= figures, f"{name}: {images.count()} images for {figures} figures"
        for i in range(images.count()):
            assert images.nth(i).evaluate("img => img.complete && img.naturalWidth > 0"), f"{name}: image {i}"
        prefix = page.locator(".jp-RenderedText", has_text=PREFIX_MARK).inner_text().split(PREFIX_MARK)[1].strip()
        assert Path(prefix).resolve() == Path(sys.prefix).resolve(), f"{name}: kernel is not the project's .venv"
    finally:
        page.close()


def test_figures_went_to_the_temporary_folder(lab):
    written = sorted(p.name for p in lab["figures"].glob("*.png"))
    expected = sum((NOTEBOOKS / p.name).read_text(encoding="utf-8").count("save_figure(fig") for p in NOTEBOOK_FILES)
    assert len(written) == expected
