# Wisata Malang–Jambi: `make run` serves the demo site, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test install install-dev translations migrate seed lint clean browsers
.PHONY: bench-data bench-data-pg bench-figures bench-figures-pg bench bench-pg wrk

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed translations

install-dev: $(VENV)/.installed-dev translations

translations: $(VENV)/.installed
	$(BIN)/pybabel compile -d translations

migrate: install
	$(FLASK) db upgrade

seed: migrate
	$(FLASK) seed-demo --if-empty

# Links in e-mails point at the address the site is served on.
run: seed
	SITE_URL=$${SITE_URL:-http://$(HOST):$(PORT)} $(FLASK) run --host $(HOST) --port $(PORT)

test: install-dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .

# Debian's Chromium for the browser tests (never a downloaded browser).
browsers:
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)

clean:
	rm -rf $(VENV) instance/wisata.db* instance/media

# Benchmarks (bench/RESULTS.md): a large catalogue, then the offices' figures on it.
# bench-data-pg empties the database at BENCH_PG first (its own database, `bench`).
BENCH_PG ?= postgresql://postgres@127.0.0.1:5432/bench
BENCH_SIZES ?= --packages 5000 --departures 50000 --bookings 200000 --partners 2000 --seed 1

bench-data: install
	rm -f bench/bench.db bench/bench.db-wal bench/bench.db-shm
	$(BIN)/python bench/generate.py --database-url sqlite:///bench/bench.db $(BENCH_SIZES)

bench-data-pg: install
	$(BIN)/python bench/generate.py --database-url $(BENCH_PG) --reset $(BENCH_SIZES)

bench-figures: install
	$(BIN)/python bench/figures_dashboard.py --database-url sqlite:///bench/bench.db

bench-figures-pg: install
	$(BIN)/python bench/figures_dashboard.py --database-url $(BENCH_PG)

# The load benchmark (issue 9): gunicorn driven by wrk, every page against a trivial route
# of the same app, then booking creation and the seat-ledger check. The catalogue is
# generated first when missing (or when the PostgreSQL database is empty).
BENCH_LOAD_ARGS ?= --duration 10

# Debian's wrk (never a downloaded binary). Without it (no root, no network) bench/load.py
# falls back to Python clients and says its figures are indicative only.
wrk:
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk) || \
		echo "*** wrk could not be installed (apt-get install wrk): falling back to Python clients, whose figures are indicative only ***" >&2

bench: install wrk
	@test -f bench/bench.db || $(MAKE) bench-data
	$(BIN)/python bench/load.py --database-url sqlite:///bench/bench.db $(BENCH_LOAD_ARGS)

bench-pg: install wrk
	@$(BIN)/python bench/load.py --database-url $(BENCH_PG) --check-data || $(MAKE) bench-data-pg
	$(BIN)/python bench/load.py --database-url $(BENCH_PG) $(BENCH_LOAD_ARGS)
