# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= portal.settings.dev

.PHONY: run test lint bench setup install test-e2e test-slow clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

setup: install
	$(PY) manage.py setup_portals
	$(PY) manage.py seed_demo

run: setup
	@$(PY) manage.py demo_info --port $(PORT)
	$(PY) manage.py runserver 0.0.0.0:$(PORT)

lint: install
	$(BIN)/ruff check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check

test: lint
	$(BIN)/pytest

test-e2e: install
	$(BIN)/pytest -m e2e -p no:randomly

test-slow: install
	$(BIN)/pytest -m slow

bench: install
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) -m tests.benchmarks

clean:
	rm -rf var .pgdata .run
