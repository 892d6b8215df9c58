# Fresh machine: `make run` installs and launches the app; `make test` installs and runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench screenshots desktop-install wheel clean

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

desktop-install: $(STAMP)
	sh resources/desktop/install.sh

wheel: $(STAMP)  # dist/fine_tune_advisor-*.whl, for pip or pipx
	$(PY) -m pip wheel --no-deps --no-build-isolation --wheel-dir dist .

screenshots: $(STAMP)
	$(PY) scripts/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) build *.egg-info
