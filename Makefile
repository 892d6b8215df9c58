# Fresh machine: `make run` installs and launches the app; `make test` installs and runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench screenshots translations desktop-install wheel bundle clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
	  echo "Could not create a virtual environment. On Debian or Ubuntu: sudo apt-get install python3-venv"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/run.py

# The menu entry runs an installed copy (the bundle, or the wheel in a venv of its own), never
# this clone's .venv: FROM=bundle, FROM=wheel or FROM=/path/to/fine-tune-advisor picks one.
desktop-install:
	@if [ "$(FROM)" = bundle ] && [ ! -x dist/fine-tune-advisor/fine-tune-advisor ]; then $(MAKE) bundle; fi
	sh scripts/desktop_install.sh $(FROM)

wheel: $(STAMP)  # dist/fine_tune_advisor-*.whl, for pip or pipx
	$(PY) -m pip wheel --no-deps --no-build-isolation --wheel-dir dist .

# A one-folder desktop bundle, dist/fine-tune-advisor/ (PyInstaller, from the registry).
bundle: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bundle]'
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller scripts/bundle.spec
	@echo "Built dist/fine-tune-advisor/fine-tune-advisor; 'make desktop-install' adds it to the menu."

screenshots: $(STAMP)
	$(PY) scripts/screenshots.py docs/screenshots
	$(PY) scripts/screenshots_context.py docs/screenshots
	$(PY) scripts/screenshots.py --language de docs/screenshots
	$(PY) scripts/screenshots_context.py --language de docs/screenshots

# The window's strings: extracted from ui/ and advisor/ into translations/*.ts (translate them in
# Qt Linguist or any .ts editor), then compiled to the .qm files the app ships and loads.
QT_TOOLS = $(VENV)/lib/python*/site-packages/PySide6
translations: $(STAMP)
	$(PY) scripts/toml_strings.py  # the TOML files' texts, where lupdate can read them
	$(QT_TOOLS)/lupdate -no-obsolete -extensions py -locations relative ui advisor translations -ts translations/fine_tune_advisor_de.ts
	mkdir -p resources/translations
	for ts in translations/*.ts; do \
	  $(QT_TOOLS)/lrelease $$ts -qm resources/translations/$$(basename $$ts .ts).qm; done

clean:
	rm -rf $(VENV) build dist *.egg-info
