# Two commands for a new machine: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PACK   := data/wsis.db
SOURCES := $(shell find data -name '*.md' -o -name '*.yaml' 2>/dev/null) $(shell find wsis_desktop/build wsis_desktop/store -name '*.py')

.PHONY: run test lint check bench clean venv

run: $(STAMP) $(PACK)
	@$(BIN)/python packaging/check_system_libs.py --window
	$(BIN)/wsis-desktop

test: $(STAMP) $(PACK) lint
	@$(BIN)/python packaging/check_system_libs.py --offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check $(wildcard wsis_desktop tests packaging bench)
	$(BIN)/mypy

check: $(STAMP)
	$(BIN)/wsis-desktop check

bench: $(STAMP) $(PACK)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "WSIS Desktop needs Python 3.11 or newer; set PYTHON=python3.11")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

$(PACK): $(STAMP) $(SOURCES)
	$(BIN)/wsis-desktop build-data

clean:
	rm -rf $(VENV) $(PACK) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Self-contained bundle, its smoke test and the Linux archive (packaging/README.md).
# BUNDLE_PACK picks the pack to ship, e.g. `make bundle-test BUNDLE_PACK=/tmp/fixture.db`.
BUNDLE_PACK ?= $(PACK)
BUNDLE      := dist/wsis-desktop
VERSION      = $(shell $(BIN)/python -c 'import wsis_desktop; print(wsis_desktop.__version__)')
ARCHIVE      = dist/wsis-desktop-$(VERSION)-linux-$(shell uname -m).tar.gz

.PHONY: bundle bundle-test dist

bundle: $(STAMP) $(BUNDLE_PACK)
	WSIS_BUNDLE_PACK=$(BUNDLE_PACK) $(BIN)/pyinstaller --noconfirm --clean --log-level ERROR \
		--distpath dist --workpath build/pyinstaller packaging/wsis-desktop.spec
	@du -sh $(BUNDLE)

bundle-test: bundle
	@$(BIN)/python packaging/check_system_libs.py --offscreen
	$(BIN)/python packaging/smoke_test.py $(BUNDLE)

dist: bundle
	tar -C dist -czf $(ARCHIVE) wsis-desktop
	@ls -l $(ARCHIVE)
