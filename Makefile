# The portal's tasks. `make help` lists them. Every target sets up what it needs first,
# and re-running is quick: each step only re-runs when its inputs changed.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app portal
PY_STAMP := $(VENV)/.stamp-installed
NODE_STAMP := node_modules/.stamp-installed
ASSETS := portal/static/build/manifest.json
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: help
help: ## List the tasks
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | sort | \
		awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(PY_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(ASSETS): $(NODE_STAMP) build-assets.mjs $(wildcard portal/assets/*)
	npm run --silent build

.PHONY: install
install: $(PY_STAMP) $(NODE_STAMP) ## Create the virtual environment and install every dependency

.PHONY: assets
assets: $(ASSETS) ## Build the CSS and JavaScript into portal/static/build

.PHONY: db
db: install ## Migrate the database (SQLite in instance/ unless DATABASE_URL is set)
	$(FLASK) db upgrade

.PHONY: demo
demo: db ## Load the demo data and print the demo sign-ins
	$(FLASK) seed-demo

.PHONY: run
run: install assets demo ## Set everything up and serve the portal on http://127.0.0.1:5000 (with the mail worker)
	@echo "Serving the portal on http://$(HOST):$(PORT), with the mail worker beside it  (Ctrl+C stops both)"
	@$(FLASK) worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(FLASK) run --host $(HOST) --port $(PORT)

.PHONY: test
test: install assets ## Set everything up and run the whole test suite (SQLite and PostgreSQL)
	./scripts/ensure-chromium
	$(BIN)/pytest $(PYTEST_ARGS)

.PHONY: lint
lint: install ## Check style and common mistakes with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

.PHONY: format
format: install ## Reformat the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

.PHONY: bench
bench: install assets ## Measure page weight and submit throughput against a bare Flask baseline
	$(BIN)/python -m bench $(BENCH_ARGS)

.PHONY: clean
clean: ## Remove the virtual environment, node_modules, built assets and the dev database
	rm -rf $(VENV) node_modules portal/static/build instance

.PHONY: eval
eval: install ## Score the text analysis on the labelled files (learned parts cross-validated)
	@echo "== ../shared/data/feedback-dev.jsonl (rules written against it, learned layers fitted on it: not a held-out figure)"
	$(BIN)/python ../shared/tools/evaluate_analysis.py ../shared/data/feedback-dev.jsonl --command "$(BIN)/flask --app portal analyse"
	@echo "== the moderator-trained theme model, 5-fold cross-validated on the same file"
	$(FLASK) analysis evaluate ../shared/data/feedback-dev.jsonl
	@echo "== the learned layers (safeguarding, themes, sentiment): grouped 5-fold CV over the four training files, and leave-one-file-out"
	$(BIN)/python -m portal.analysis.safeguarding_model
	$(BIN)/python -m portal.analysis.themes_model
	$(BIN)/python -m portal.analysis.sentiment_model
	@echo "== tests/analysis/data/independent3.jsonl (written blind; training data since round 3)"
	$(BIN)/python ../shared/tools/evaluate_analysis.py tests/analysis/data/independent3.jsonl --command "$(BIN)/flask --app portal analyse"
	@echo "== tests/analysis/data/independent4.jsonl (written blind, never trained or tuned on: the honest figure)"
	$(BIN)/python ../shared/tools/evaluate_analysis.py tests/analysis/data/independent4.jsonl --command "$(BIN)/flask --app portal analyse"
