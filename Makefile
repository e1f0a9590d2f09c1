# Two entry points: `make run` opens the app on seeds/, `make test` runs the suite offscreen (all but
# the benchmarks, which `make bench` runs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench acceptance lint screenshot clean i18n

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
	QT_QPA_PLATFORM=offscreen $(BIN)/plan-editor --lang en --screenshot docs/screenshot.png seeds/ seeds/000_33b8e432ee79a81b.txt
	$(foreach l,$(I18N_LANGUAGES),QT_QPA_PLATFORM=offscreen $(BIN)/plan-editor --lang $(l) \
		--screenshot docs/screenshot-$(l).png seeds/ seeds/000_33b8e432ee79a81b.txt &&) true

# The translations (editor/data/i18n): every string of the sources into the .ts files (keeping their
# translations), then the .ts compiled to the .qm files the editor loads; both are committed and
# tests/test_i18n.py fails when they are not current. Edit the .ts with Qt Linguist or a text editor.
# English has a catalogue too, of the plural forms only ("%n file(s)": "1 file", "2 files").
I18N_LANGUAGES := fr es pt
i18n: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative $$(find editor -name '*.py' | sort) \
		$(foreach l,$(I18N_LANGUAGES),-ts editor/data/i18n/plan-editor_$(l).ts)
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly -locations relative $$(find editor -name '*.py' | sort) \
		-ts editor/data/i18n/plan-editor_en.ts
	$(foreach l,en $(I18N_LANGUAGES),$(BIN)/pyside6-lrelease -silent editor/data/i18n/plan-editor_$(l).ts \
		-qm editor/data/i18n/plan-editor_$(l).qm &&) true

# The icon's PNG sizes, .ico and .icns from editor/data/icons/plan-editor.svg (run after editing it).
icons: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/build_icons.py

# Linux: the menu entry (starting this checkout's plan-editor), the icon and the AppStream
# metainfo for the current user ($XDG_DATA_HOME, under $DESTDIR when set). It is offered for
# text and markdown files (Open With); DEFAULT=1 also makes it their default application.
install-desktop: $(VENV)/.installed
	$(BIN)/python packaging/install_desktop.py --exec '$(abspath $(BIN)/plan-editor)' --destdir '$(DESTDIR)' $(if $(DEFAULT),,--no-default)

uninstall-desktop:
	$(PYTHON) packaging/install_desktop.py --uninstall --destdir '$(DESTDIR)'

.PHONY: icons install-desktop uninstall-desktop

# The one-folder application (PyInstaller, packaging/plan-editor.spec) in dist/plan-editor/;
# bundle-test runs it from a temporary folder in a clean environment (packaging/README.md).
$(VENV)/.bundle-installed: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	touch $@

bundle: $(VENV)/.bundle-installed
	@start=$$(date +%s) && \
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/plan-editor.spec && \
	echo "bundle: dist/plan-editor ($$(du -sh dist/plan-editor | cut -f1)) built in $$(( $$(date +%s) - start )) s"

bundle-test: bundle
	$(BIN)/python packaging/bundle_test.py dist/plan-editor

.PHONY: bundle bundle-test

# Style, formatting and dead code (vulture reads its paths and whitelist from pyproject.toml).
lint: $(VENV)/.installed
	$(BIN)/ruff check editor tests packaging
	$(BIN)/ruff format --check editor tests packaging
	$(BIN)/vulture

clean:
	rm -rf $(VENV)
