# Everything runs from a project-local virtual environment, created on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
# Test processes: two per core. Pilot waits in short sleeps after every key (Textual's wait_for_idle), so one
# process per core leaves the cores idle a third of the time. TEST_WORKERS=0 runs one process, for debugging.
# Workers steal tests from each other (--dist worksteal): with xdist's default chunks one worker was left with
# a tail of slow Pilot tests while the others idled (115 s against 71-75 s on 2 cores, same tests).
TEST_WORKERS ?= $(shell $(PYTHON) -c "import os; print(2 * (os.cpu_count() or 1))")

.PHONY: run test check bench clean

# Packages go in with uv, installed into the venv by pip: uv fetches the test extra's 55 wheels in parallel and
# compiles their bytecode on both cores, where pip fetched them one by one (20-38 s against 5-10 s in a clean clone).
# The bytecode is compiled at install, so the test processes need not compile Textual and the rest each time.
UV := $(BIN)/uv
UV_INSTALL := $(UV) pip install --quiet --python $(BIN)/python --compile-bytecode

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(UV): | $(BIN)/python
	$(BIN)/python -m pip install --quiet 'uv>=0.5,<1'

$(STAMP_RUN): pyproject.toml | $(UV)
	$(UV_INSTALL) -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(UV)
	$(UV_INSTALL) -e '.[test]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(BIN)/trainer decks

# pytest rewrites each test module's asserts before importing it, and every test process did it for all the
# modules (3 s of CPU each, 4 processes) when the rewritten code was not cached yet: in a clean clone, and always
# with PYTHONDONTWRITEBYTECODE set. So the tests run with bytecode written, and in a clean clone two collect-only
# runs side by side write the cache first (25.7 s of CPU for four cold collections, 16.2 s with the warm-up).
WRITE_BYTECODE := env -u PYTHONDONTWRITEBYTECODE

test: $(STAMP_TEST)
	sh scripts/install-browser.sh
	@if ! ls tests/ui/__pycache__/*-pytest-*.pyc >/dev/null 2>&1; then \
	    $(WRITE_BYTECODE) $(BIN)/python -m pytest -q -p no:cacheprovider --collect-only tests/unit >/dev/null & \
	    $(WRITE_BYTECODE) $(BIN)/python -m pytest -q -p no:cacheprovider --collect-only tests/ui tests/cli >/dev/null; \
	    wait; fi
	$(WRITE_BYTECODE) $(BIN)/python -m pytest -q -p no:cacheprovider -n $(TEST_WORKERS) --dist worksteal
	$(BIN)/lint-imports

check: $(STAMP_RUN)
	$(BIN)/trainer check decks

bench: $(STAMP_TEST)
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/check_speed.py
	$(BIN)/python bench/hostile_check.py
	$(BIN)/python bench/store_bench.py
	$(BIN)/python bench/report_bench.py
	$(BIN)/python bench/feedback_bench.py
	$(BIN)/python bench/draft_bench.py
	$(BIN)/python bench/draft_scaling.py
	$(BIN)/python bench/polnear_bench.py
	$(BIN)/python bench/moodle_banks.py

clean:
	rm -rf $(VENV) build dist *.egg-info
