# Two commands for a fresh machine with Python 3.11 and make:
#   make run   - set everything up, load reference and demo data, serve on :8000
#   make test  - install and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1:8000

.PHONY: run test install setup lint format bench clean messages messages-check

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check uv

$(VENV)/.installed: pyproject.toml | $(BIN)/uv
	$(BIN)/uv pip install --quiet --python $(PY) -e '.[dev]'
	touch $@

install: $(VENV)/.installed

setup: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py sync_states_parties --apply
	$(PY) manage.py demo

run: setup
	$(PY) manage.py runserver $(HOST)

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Gather new strings into locale/{fr,es,ar}, then compile them (needs GNU gettext).
messages: install
	$(PY) manage.py makemessages -l fr -l es -l ar --no-obsolete --add-location=file \
		--ignore=.venv --ignore=var --ignore=bench --ignore=tests --ignore=tools --ignore=staticfiles
	$(PY) manage.py compilemessages --ignore=.venv

messages-check: install
	$(PY) tools/check_catalogues.py

# Over HTTP as deployed (PostgreSQL, Redis, gunicorn; wrk if installed) at
# factors 10 and 100, then the in-process benchmarks (report PDFs).
# BENCH_ARGS="--seconds 20 --readme" writes the tables into README.md.
bench: install
	$(PY) bench/http_load.py $(BENCH_ARGS)
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) db.sqlite3 var staticfiles
