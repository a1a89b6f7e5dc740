# Two commands for everyone: `make serve` and `make test`. Each sets up what it
# needs (a venv with the pinned packages, npm packages, a Chromium) and skips
# what is already up to date.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BUILD_DEPS := $(VENV)/.installed-build
DEV_DEPS := $(VENV)/.installed-dev
NODE_DEPS := node_modules/.installed
ZENSICAL_VENV := .venv-zensical
ZENSICAL_DEPS := $(ZENSICAL_VENV)/.installed
MERMAID := docs/assets/vendor/mermaid/mermaid.min.js
IFRAME_WORKER := docs/assets/vendor/iframe-worker/shim.js
TS_FSRS := docs/assets/vendor/ts-fsrs/ts-fsrs.umd.js
OFFLINE_ZIP := site/downloads/lpic1-102.6-offline.zip
# Material 9.8 prints an end-of-life banner at every build; the pins keep mkdocs<2.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build build-zensical offline test lint test-unit test-site test-browser test-zensical screenshots bench vendor schemas stamps glossary check clean

serve: $(BUILD_DEPS) vendor
	SITE_URL=http://127.0.0.1:8000/ MACROS_ON_ERROR_FAIL=false $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: $(BUILD_DEPS) vendor
	$(BIN)/mkdocs build --strict --clean --site-dir site
	$(BIN)/python tools/package_offline.py $(OFFLINE_ZIP)

# The same pages built by Zensical into site-zensical/, then the post-build steps
# that MkDocs runs through its hook (Zensical has none): see CONTRIBUTING.md.
build-zensical: $(ZENSICAL_DEPS) vendor
	SITE_DIR=site-zensical $(ZENSICAL_VENV)/bin/zensical build --strict
	$(ZENSICAL_VENV)/bin/python -m macros.postbuild site-zensical

# The offline edition alone, in site-offline/: open site-offline/index.html from disk.
offline: $(BUILD_DEPS) vendor
	$(BIN)/mkdocs build --strict --clean -f mkdocs-offline.yml

test: lint vendor $(ZENSICAL_DEPS)
	sh tests/site/ensure-java.sh
	CHROME_PATH="$$(sh tests/browser/find-chromium.sh)" $(BIN)/python -m pytest
	$(MAKE) test-zensical

# Every linter of .pre-commit-config.yaml, over every file.
lint: $(DEV_DEPS) $(NODE_DEPS)
	$(BIN)/pre-commit run --all-files --show-diff-on-failure

# Faster loops while editing; `make test` runs all of them.
test-unit: $(DEV_DEPS) vendor
	$(BIN)/python -m pytest tests/unit
test-site: $(DEV_DEPS) vendor
	$(BIN)/python -m pytest tests/site
test-browser: $(DEV_DEPS) vendor
	CHROME_PATH="$$(sh tests/browser/find-chromium.sh)" $(BIN)/python -m pytest tests/browser
# The site tests on a Zensical build, less those marked mkdocs_only (pytest.ini says why each differs).
test-zensical: $(DEV_DEPS) $(ZENSICAL_DEPS) vendor
	SITE_BUILDER=zensical $(BIN)/python -m pytest tests/site -m "not mkdocs_only"

# Screenshots of every page, light and dark, phone and desktop, into screenshots/.
screenshots: $(DEV_DEPS) vendor
	CHROME_PATH="$$(sh tests/browser/find-chromium.sh)" $(BIN)/python -m tests.browser.screenshots

# The performance budgets of BENCHMARKS.md, about 20 minutes on a quiet machine:
# build time, 1k/10k-card scale, page weight, Lighthouse (9 interleaved runs each).
bench: $(DEV_DEPS) $(NODE_DEPS) vendor
	$(BIN)/python bench/build_time.py 15
	$(BIN)/python bench/our_code.py 9
	$(BIN)/python bench/scale.py 9
	CHROME_PATH="$$(sh tests/browser/find-chromium.sh)" $(BIN)/python bench/page_weight.py
	CHROME_PATH="$$(sh tests/browser/find-chromium.sh)" $(BIN)/python bench/lighthouse.py 9

# Regenerate the committed JSON Schemas from the msgspec structs.
schemas: $(BUILD_DEPS)
	$(BIN)/python -m macros.commands.schemas

# Record when each flashcard last changed (data/card-changes.json), for Anki updates.
stamps: $(BUILD_DEPS)
	$(BIN)/python -m macros.commands.stamps

# Regenerate the abbreviation tooltips (docs/snippets/abbreviations.md) from data/glossary.yml.
glossary: $(BUILD_DEPS)
	$(BIN)/python -m macros.commands.abbreviations

# Check every data file without building: one line per problem, file:line: field.
check: $(BUILD_DEPS)
	$(BIN)/python -m macros.commands.check

vendor: $(MERMAID) $(IFRAME_WORKER) $(TS_FSRS)

$(IFRAME_WORKER): $(NODE_DEPS)
	mkdir -p $(dir $@)
	cp node_modules/iframe-worker/shim/index.js $@

$(TS_FSRS): $(NODE_DEPS)
	mkdir -p $(dir $@)
	cp node_modules/ts-fsrs/dist/index.umd.js $@

$(MERMAID): $(NODE_DEPS)
	mkdir -p $(dir $@)
	cp node_modules/mermaid/dist/mermaid.min.js $@

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(BUILD_DEPS): requirements.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(DEV_DEPS): requirements-dev.txt requirements.txt $(BUILD_DEPS)
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

$(ZENSICAL_DEPS): requirements-zensical.txt requirements.txt
	$(PYTHON) -m venv $(ZENSICAL_VENV)
	$(ZENSICAL_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(ZENSICAL_VENV)/bin/python -m pip install --quiet -r requirements-zensical.txt
	touch $@

$(NODE_DEPS): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

clean:
	rm -rf site site-* screenshots .pytest_cache
