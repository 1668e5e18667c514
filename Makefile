# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= portal.settings.dev

.PHONY: run serve test lint bench setup install test-e2e test-slow clean e2e-deps lighthouse screenshots

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

setup: install
	$(PY) manage.py setup_portals
	$(PY) manage.py seed_demo --jobs 0
	$(PY) manage.py rebuild_search

run: setup
	@$(PY) manage.py demo_info --port $(PORT)
	@$(PY) manage.py search_worker & worker=$$!; trap 'kill $$worker 2>/dev/null' INT TERM; \
	$(PY) manage.py runserver 0.0.0.0:$(PORT); status=$$?; kill $$worker 2>/dev/null; exit $$status

# What production would do, on the demo: gunicorn sync workers, whitenoise with compressed hashed
# static files, DEBUG off, page cache on, persistent database connections (portal.settings.production),
# on the embedded database, plain http on *.localhost. For measuring (wrk) and trying; `make run` to develop.
SERVE_WORKERS ?= 2
SERVE_ENV = DJANGO_SETTINGS_MODULE=portal.settings.production DJANGO_SECRET_KEY="$$(cat var/secret_key)" \
	ALLOWED_HOSTS=.localhost,localhost,127.0.0.1,.edu.vn SECURE_SSL_REDIRECT=0 PORTAL_URL_SCHEME=http \
	SESSION_COOKIE_SECURE=0 PORTAL_DEV_PORT=$(PORT) PORTAL_TWO_FACTOR_REQUIRED=0
serve: setup
	@test -s var/secret_key || $(PY) -c "import secrets; print(secrets.token_urlsafe(64))" > var/secret_key
	@$(SERVE_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	@$(PY) manage.py demo_info --port $(PORT)
	@$(SERVE_ENV) $(PY) manage.py search_worker & worker=$$!; trap 'kill $$worker 2>/dev/null' INT TERM; \
	$(SERVE_ENV) GUNICORN_BIND=0.0.0.0:$(PORT) GUNICORN_WORKERS=$(SERVE_WORKERS) \
	$(BIN)/gunicorn -c deploy/gunicorn.conf.py --access-logfile /dev/null portal.wsgi:application; \
	status=$$?; kill $$worker 2>/dev/null; exit $$status

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check

# One pytest worker per core (at most 4): each worker builds its own test database and portals.
# The browser tests run at the same time (their server seeds the demo while the unit tests run; both
# wait for one migrated database, tests/dbcache.py); their log is printed when they end.
PYTEST_WORKERS ?= auto
E2E_LOG := test-output/e2e.log
test: lint
	@mkdir -p test-output
	@if [ -x $(CHROMIUM) ]; then \
	  echo "Browser tests running alongside the unit tests (log: $(E2E_LOG))"; \
	  $(MAKE) --no-print-directory test-e2e > $(E2E_LOG) 2>&1 & browser=$$!; \
	  $(BIN)/pytest -n $(PYTEST_WORKERS) --maxprocesses=4; unit=$$?; \
	  wait $$browser; e2e=$$?; echo "=== browser tests ($(E2E_LOG)) ==="; cat $(E2E_LOG); \
	  echo "unit tests: exit $$unit, browser tests: exit $$e2e"; [ $$unit -eq 0 ] && [ $$e2e -eq 0 ]; \
	else $(BIN)/pytest -n $(PYTEST_WORKERS) --maxprocesses=4 && \
	  echo "Browser tests skipped: $(CHROMIUM) missing (make e2e-deps installs it)"; fi

# Browser tests (tests/e2e): Debian's chromium (Playwright cannot download its own browser here)
# and the npm dev tools axe-core and lighthouse. Idempotent; apt-get runs only when chromium is missing.
CHROMIUM ?= /usr/bin/chromium
NODE_STAMP := node_modules/.installed

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

e2e-deps: install $(NODE_STAMP)
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ]; then echo "Installing chromium (apt-get)..."; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
	  else echo "chromium missing: run 'sudo apt-get install chromium'"; exit 1; fi; }
	@# Debian's caddy (about 10 MB) for the reverse-proxy test of deploy/caddy/Caddyfile (tests/ops); optional.
	@command -v caddy >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then echo "Installing caddy (apt-get)..."; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends caddy >/dev/null || \
	    echo "caddy not installed: its proxy tests will be skipped"; \
	  else echo "caddy missing (optional): 'sudo apt-get install caddy' runs the proxy tests"; fi; }

test-e2e: e2e-deps
	$(BIN)/pytest tests/e2e -m e2e -p no:randomly

# Measurements, not tests: Lighthouse scores into docs/benchmarks.md, phone screenshots for the README.
lighthouse: e2e-deps
	$(PY) -m tests.e2e.lighthouse --write docs/benchmarks.md

screenshots: e2e-deps
	$(PY) -m tests.e2e.screenshots docs/screenshots

# Slow tests: load tests, the upgrade's resume, and with Debian's caddy, pebble and redis-server
# (apt-get install caddy pebble redis-server) HTTPS from an ACME server and two app servers sharing Redis.
test-slow: install
	$(BIN)/pytest -m slow

bench: install
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) -m tests.benchmarks

clean:
	rm -rf var .pgdata .run
