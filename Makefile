# Two commands on a fresh machine (Python 3.11 to 3.13 and pip): `make demo` and `make test`.
# Another interpreter in a venv of its own: `make test PYTHON=python3.13 VENV=.venv-3.13` (what CI does).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
EXAMPLE ?= examples/multi_diagnosis.json

.PHONY: demo test lint typecheck imports features quotes clean bench bench-million

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# durable-rules 2.0.28 (an sdist, built on install) calls PyEval_CallObject, which Python 3.13 removed from the
# C API: there it is built with the call mapped to its successor, before the project's install finds it present.
# --no-cache-dir: pip's wheel cache would hand back a wheel built earlier without the flag (measured: CPPFLAGS and
# --no-binary alone both reinstalled the cached broken wheel). docs/install.md says the same for `pip install`.
DURABLE_RULES    := durable-rules==2.0.28
DURABLE_CPPFLAGS := -DPyEval_CallObject=PyObject_CallObject

# Installed (editable) with the test extra; re-installed when pyproject.toml changes.
# The package is byte-compiled like pip does for a normal install, so that start-up never compiles it.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	if $(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 13))'; then \
	    CPPFLAGS="$(DURABLE_CPPFLAGS)" $(BIN)/python -m pip install --quiet --no-cache-dir --force-reinstall --no-deps \
	        '$(DURABLE_RULES)'; \
	fi
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -c 'import durable_rules_engine'  # a broken engine stops here, not in the middle of the tests
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
	rm -rf $(VENV) .venv-3.13 build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/throughput.py --counties 5000

# The streaming figure at full size: a million counties through `diagnose evaluate - --jobs 2` (~32 min here).
bench-million: $(VENV)/.installed
	$(BIN)/python benchmarks/throughput.py --counties 5000 --stream 1000000

# The layers and the no-cycle rule of [tool.importlinter] in pyproject.toml.
imports: $(VENV)/.installed
	$(BIN)/lint-imports
