# Every target creates .venv and installs the project on first use.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHARED  ?= ../shared

.PHONY: install test demo bench samples lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,redis]'
	touch $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest

demo: $(STAMP)
	$(BIN)/python -m scraper.demo

bench: $(STAMP)
	$(BIN)/python bench/quality.py --shared $(SHARED)
	$(BIN)/python bench/boilerplate_holdout.py
	$(BIN)/python bench/copies_probe.py --shared $(SHARED)
	$(BIN)/python bench/recurring_probe.py --shared $(SHARED)
	$(BIN)/python bench/speed.py --shared $(SHARED)
	$(BIN)/python bench/dedup_quality.py --shared $(SHARED)
	$(BIN)/python bench/holdout_crossdoc.py --shared $(SHARED)
	$(BIN)/python bench/dedup_speed.py --shared $(SHARED)
	$(BIN)/python bench/fetch_speed.py
	$(BIN)/python bench/crawl_memory.py --sizes 2000,20000

lint: $(STAMP)
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/ruff check cleaners scraper
	$(BIN)/mypy cleaners scraper

samples: $(STAMP)
	$(BIN)/python -m tests.regenerate_samples

clean:
	rm -rf $(VENV) demo-out bench/out
