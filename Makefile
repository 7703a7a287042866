# Two commands on a fresh machine (Python 3.11 or 3.12 and pip): `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
EXAMPLE ?= examples/multi_diagnosis.json

.PHONY: demo test lint typecheck imports features quotes clean bench bench-million

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Installed (editable) with the test extra; re-installed when pyproject.toml changes.
# The package is byte-compiled like pip does for a normal install, so that start-up never compiles it.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q diagnose
	touch $@

demo: $(VENV)/.installed
	$(BIN)/diagnose evaluate $(EXAMPLE) --format text

lint: $(VENV)/.installed
	$(BIN)/ruff check diagnose tests
	$(BIN)/ruff format --check diagnose tests

typecheck: $(VENV)/.installed
	$(BIN)/mypy diagnose

test: lint typecheck imports
	$(BIN)/python -m pytest

quotes: $(VENV)/.installed
	$(BIN)/python ../shared/tools/check_quotes.py rules/

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/throughput.py --counties 5000

# The streaming figure at full size: a million counties through `diagnose evaluate - --jobs 2` (~32 min here).
bench-million: $(VENV)/.installed
	$(BIN)/python benchmarks/throughput.py --counties 5000 --stream 1000000

# The layers and the no-cycle rule of [tool.importlinter] in pyproject.toml.
imports: $(VENV)/.installed
	$(BIN)/lint-imports
