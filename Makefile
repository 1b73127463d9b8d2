# Framing analysis: `make help` lists the targets.
# The two commands a newcomer needs: `make report` and `make test`.
# Each creates .venv on first use and skips the install while requirements are unchanged.
# The install resolves nothing: it takes exactly the locked files (docs/setup.md explains why).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.ipynb))
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg
# Two worker processes; a file (a notebook's cells) stays in one worker; longest first (tests/conftest.py).
PARALLEL := -n 2 --dist loadfile --no-loadscope-reorder
ARTICLE ?=
CODEBOOK ?=
EVAL ?= ../shared/eval
BASE ?= HEAD~1

.DEFAULT_GOAL := help
.PHONY: help install report html docs test lint unit nbval e2e bench bench-smoke test-budget accuracy pronoun-quotes statement-cues train-blocks train-pastes train-tone train-frames frame-background lab lock clean

help: ## list the targets
	@grep -E '^[a-z][a-zA-Z0-9_-]*:.*## ' $(MAKEFILE_LIST) | sed -E 's/:[^#]*## /\t/' | awk -F'\t' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps --only-binary :all: \
		-r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(PY) -m pip check
	$(PY) scripts/check_lock.py requirements.txt
	touch $(STAMP)

install: $(STAMP) ## create .venv and install the pinned packages (skipped when unchanged)

report: $(STAMP) ## execute every notebook in place and write figures/; ARTICLE=path (CODEBOOK=actors.csv) runs them on another article into runs/<stem>/
ifeq ($(ARTICLE),)
	$(PY) -m analysis.output.notebooks execute $(NOTEBOOKS)
else
	$(PY) -m analysis.output.notebooks series --article "$(ARTICLE)" $(if $(CODEBOOK),--codebook "$(CODEBOOK)")
endif

html: $(STAMP) ## one HTML report, code hidden: build/report.html (seed) or runs/<stem>/report.html (ARTICLE=path)
ifeq ($(ARTICLE),)
	$(PY) -m analysis.output.notebooks html $(NOTEBOOKS)
else
	$(PY) -m analysis.output.notebooks html --article "$(ARTICLE)"
endif

docs: $(STAMP) ## regenerate docs/schema.md, docs/summary.schema.json and the README's findings from the package
	$(PY) -m analysis.output.docs

test: lint $(STAMP) ## ruff, then the unit and property tests and nbval over every notebook, in two processes
	$(PY) -m pytest $(PARALLEL) -m "not e2e" tests $(NOTEBOOKS) $(NBVAL)

lint: $(STAMP) ## ruff over analysis/, tests/, scripts/, benchmarks/ and the notebooks
	$(PY) -m ruff check analysis tests scripts benchmarks notebooks

unit: $(STAMP) ## the unit and property tests alone
	$(PY) -m pytest $(PARALLEL) tests -m "not e2e"

e2e: $(STAMP) ## the end-to-end runs: every notebook in a real JupyterLab in headless Chromium (needs Debian's chromium), the series on another article, a Dask cluster of worker processes
	$(PY) -m pytest tests/e2e -m e2e -v

nbval: $(STAMP) ## re-run every notebook and compare with its stored outputs (alone)
	$(PY) -m pytest $(PARALLEL) $(NBVAL) $(NOTEBOOKS)

bench: $(STAMP) ## throughput, memory and where the time goes (about an hour); records benchmarks/README.md and its JSON files
	$(PY) benchmarks/throughput.py --record
	$(PY) benchmarks/corpus.py --n 200 --record
	$(PY) benchmarks/corpus.py --memory 1000 10000 --record
	$(PY) benchmarks/breakdown.py --n 40 --record
	$(PY) benchmarks/against.py --commit 79badd6 --record

bench-smoke: $(STAMP) ## the benchmark at a tiny N: checks that it runs (CI), measures nothing
	$(PY) benchmarks/throughput.py --smoke
	$(PY) benchmarks/corpus.py --smoke
	$(PY) benchmarks/corpus.py --smoke --memory
	$(PY) benchmarks/breakdown.py --smoke
	$(PY) benchmarks/against.py --smoke
	$(PY) benchmarks/test_budget.py --smoke

test-budget: $(STAMP) ## warm make test against an earlier commit (BASE, default HEAD~1), in turn, with its breakdown; records benchmarks/test_budget.json (about 8 min)
	$(PY) benchmarks/test_budget.py --commit $(BASE) --runs 3 --record

accuracy: $(STAMP) ## accuracy on public annotated data in EVAL (default ../shared/eval): records benchmarks/ACCURACY.md and accuracy.json, and analysis/data/accuracy.json
	$(PY) -m analysis.evaluation polnear "$(EVAL)/polnear/dev" --record
	$(PY) -m analysis.evaluation newsmtsc "$(EVAL)/newsmtsc/train.jsonl" --record
	$(PY) -m analysis.evaluation frac "$(EVAL)/frac/sentences.jsonl" --record
	$(PY) -m analysis.evaluation webpages "$(EVAL)/webpages" --record
	$(PY) -m analysis.evaluation semeval "$(EVAL)/semeval/train.jsonl" --record
	$(PY) -m analysis.evaluation gum "$(EVAL)/gum/train.jsonl" --record
	$(PY) -m analysis.evaluation pronoun-quotes "$(EVAL)/polnear/train" --record
	$(PY) -m analysis.evaluation turns tests/fixtures/transcripts --record
	$(PY) -m analysis.evaluation pastes tests/fixtures/pastes --record

pronoun-quotes: $(STAMP) ## the pronoun figures on their develop parts (hand-resolved PolNeAR train items, GUM train): writes benchmarks/pronoun_quotes.json, records nothing (about 2 min)
	$(PY) -m analysis.evaluation pronoun-quotes "$(EVAL)/polnear/train"
	$(PY) -m analysis.evaluation gum "$(EVAL)/gum/train.jsonl" --part develop

statement-cues: $(STAMP) ## the reported statements' precision by cue and complement on EVAL/polnear/train: benchmarks/statement_cues.json (about 15 min)
	$(PY) -m analysis.evaluation statement-cues "$(EVAL)/polnear/train"

frame-background: $(STAMP) ## recount the salience references analysis/data/frame_background.csv (EVAL/polnear/train) and frame_background_semeval.csv (EVAL/semeval/train.jsonl) (about 5 min)
	$(PY) -m analysis.evaluation frame-background "$(EVAL)/polnear/train" --out analysis/data/frame_background.csv
	$(PY) -m analysis.evaluation frame-background "$(EVAL)/semeval/train.jsonl" --out analysis/data/frame_background_semeval.csv

train-blocks: $(STAMP) ## refit analysis/data/block_model.json (which lines of a pasted page are the article) from EVAL/webpages (deterministic, about 6 min)
	$(PY) -m analysis.evaluation train-blocks "$(EVAL)/webpages" --out analysis/data/block_model.json

train-pastes: $(STAMP) ## refit analysis/data/paste_model.json (lines of a page left around a pasted story) from tests/fixtures/pastes and EVAL/webpages (deterministic, about 1 min)
	$(PY) -m analysis.evaluation train-pastes tests/fixtures/pastes --webpages "$(EVAL)/webpages" --out analysis/data/paste_model.json

train-tone: $(STAMP) ## refit analysis/data/tone_model.json from EVAL/newsmtsc/train.jsonl (deterministic, about 2 min)
	$(PY) -m analysis.evaluation train-tone "$(EVAL)/newsmtsc/train.jsonl" --out analysis/data/tone_model.json

train-frames: $(STAMP) ## refit analysis/data/frame_model.json from EVAL/semeval/train.jsonl (deterministic, about 2 min)
	$(PY) -m analysis.evaluation train-frames "$(EVAL)/semeval/train.jsonl" --out analysis/data/frame_model.json

lab: $(STAMP) ## JupyterLab with the project's environment
	$(VENV)/bin/jupyter lab notebooks

lock: $(STAMP) ## recompile requirements.txt (pins and hashes, wheels only) from requirements.in; needs the package index
	$(VENV)/bin/uv pip compile requirements.in --generate-hashes --python-version 3.11 \
		--only-binary :all: -o requirements.txt

clean: ## remove the virtual environment and caches (not figures/ or notebooks)
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis runs
