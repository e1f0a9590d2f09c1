# Two entry points: `make run` opens the app on seeds/, `make test` runs the suite offscreen (all but
# the benchmarks, which `make bench` runs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench acceptance lint screenshot clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/plan-editor seeds/

test: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not bench"

bench: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m bench tests/bench -s

# The window round trip and the form's coverage over the whole shared corpus (make test runs
# both on a sample of every document type).
acceptance: $(VENV)/.installed
	PLAN_EDITOR_ACCEPTANCE=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s \
		tests/gui/test_window_roundtrip.py tests/gui/test_form_coverage.py

screenshot: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/plan-editor --screenshot docs/screenshot.png seeds/ seeds/000_33b8e432ee79a81b.txt

# Style, formatting and dead code (vulture reads its paths and whitelist from pyproject.toml).
lint: $(VENV)/.installed
	$(BIN)/ruff check editor tests packaging
	$(BIN)/ruff format --check editor tests packaging
	$(BIN)/vulture

clean:
	rm -rf $(VENV)
