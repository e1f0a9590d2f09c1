# Two entry points: `make run` opens the app on seeds/, `make test` runs the whole suite offscreen.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench lint screenshot clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/plan-editor seeds/

test: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/bench -s

screenshot: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/plan-editor --screenshot docs/screenshot.png seeds/ seeds/000_33b8e432ee79a81b.txt

lint: $(VENV)/.installed
	$(BIN)/ruff check editor tests
	$(BIN)/ruff format --check editor tests

clean:
	rm -rf $(VENV)
