# docpipe — set-up, run and test. `make install` is idempotent; `run` and `test` call it.
SHELL := /bin/bash
VENV := .venv
PYTHON ?= python3
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEJAVU := /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf

.PHONY: install system-deps run test bench templates

install: system-deps $(VENV)/.installed

# Tesseract with French data (and a TrueType font for the synthetic scans), from apt when missing.
system-deps:
	@if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx fra \
	    || [ ! -f $(DEJAVU) ] || ! command -v chromium >/dev/null 2>&1; then \
	  echo "Installation de Tesseract (fra) et Chromium (tests du bureau) via apt…"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng fonts-dejavu-core chromium; \
	fi

$(VENV)/.installed: pyproject.toml
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,demo]'
	@touch $@

# The main job on the embedded default home (the repo root): seed the demo once, then the desk with the
# watcher beside it (documents are filed as they land; the address is printed; Ctrl-C stops both).
run: install
	$(BIN)/docpipe --home . init
	@if [ ! -f .docpipe/demo-seeded ]; then $(BIN)/docpipe --home . demo; fi
	$(BIN)/docpipe --home . serve --watch

# Test files are spread over the machine's cores (pytest-xdist); a file's tests stay together, so its
# module fixtures (OCR of a generated page, a demo home) are built once.
test: install
	$(BIN)/python -m pytest -n auto --dist loadfile

bench: install
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/watch_latency.py
	$(BIN)/python benchmarks/verify_search.py
	$(BIN)/python benchmarks/corpus_eval.py
	$(BIN)/python benchmarks/classify_eval.py
	$(BIN)/python benchmarks/desk.py

templates: install
	$(BIN)/python scripts/make_templates.py
