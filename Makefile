# Two commands on a fresh machine:  make demo   (set up, ingest the samples, summary)
#                                   make test   (set up, run the test suite)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= eventwire.duckdb

.PHONY: demo test install browser clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# Ingest the sample articles (again: already stored ones are skipped) and print what is
# stored; the summary is printed even when a sample fails, and the exit code still says so.
demo: install
	@$(BIN)/eventwire ingest samples/ --db $(DB); rc=$$?; \
	$(BIN)/eventwire events --db $(DB) --format summary && exit $$rc

# Debian's Chromium for the end-to-end UI tests (no browser download at run time).
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

test: install browser
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
