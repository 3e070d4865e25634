# Developer commands. `make demo` and `make test` are the README's quick start; `.ci/run` runs `make ci`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared
EXAMPLE := examples/press-release.html
EXAMPLE_URL := https://news.northwind-rail.example/releases/2024/11/hydrogen-depot-ohio

.PHONY: demo test lint typecheck docs dist seed floors ci clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.base: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.dev: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,docs,warc,dask]'
	touch $@ $(VENV)/.base

## demo: install pressparse into .venv and parse the bundled example page
demo: $(VENV)/.base
	$(VENV)/bin/pressparse parse $(EXAMPLE) --url $(EXAMPLE_URL) --format markdown

## test: install the test extras into .venv and run the test suite (doctests included)
test: $(VENV)/.dev
	$(PY) -m pytest

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check src tests benchmarks examples fuzz
	$(VENV)/bin/ruff format --check src tests benchmarks examples fuzz

typecheck: $(VENV)/.dev
	$(VENV)/bin/mypy --strict src/pressparse

docs: $(VENV)/.dev
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --site-dir build/site

## dist: build sdist and wheel, install the wheel into a clean venv, parse the example with it
dist: $(VENV)/.dev
	rm -rf dist build/wheel-venv
	$(PY) -m build --outdir dist . > build/build.log 2>&1 || (cat build/build.log; exit 1)
	$(PYTHON) -m venv build/wheel-venv
	build/wheel-venv/bin/python -m pip install --quiet dist/*.whl
	cd build && wheel-venv/bin/pressparse parse ../$(EXAMPLE) --url $(EXAMPLE_URL) --format text | head -n 3
	cd build && wheel-venv/bin/python -c "import pressparse, sys; print('wheel OK', pressparse.__version__, len(pressparse.__all__), 'public names')"

## seed: report mode — print what check_seed.py says, never fail on it
seed: $(VENV)/.base
	-$(PY) $(SHARED)/fixtures/seed/check_seed.py

## floors: the dev-set scores must not slide below the pinned floors (benchmarks/floors.json)
floors: $(VENV)/.base
	$(PY) benchmarks/check_floors.py --shared $(SHARED)

ci: lint typecheck test docs dist seed floors

clean:
	rm -rf $(VENV) build dist site .mypy_cache .ruff_cache .pytest_cache .hypothesis
