# synthproxy: `make study` sets everything up and runs the whole study; `make test` runs the linters and the tests.
# Both set up .venv/ first when it is missing or older than the dependency files.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.synthproxy-setup
SCALE  ?= quick
AMSYNTH_SO := /usr/lib/vst/amsynth_vst.so
# The audio model's weights ship in this wheel; its declared pins predate Python 3.11, hence --no-deps.
AISFX := aisfx==0.1.2
# What .venv takes once set up (8.0 GB measured on x86_64, most of it torch and its CUDA wheels).
VENV_GB := 8

.PHONY: setup lint test study book clean-study amsynth tal-noisemaker

# TAL-NoiseMaker is built from third_party/ on every `make setup`; its script returns at once when the
# installed build's source hash is current.
setup: $(STAMP) tal-noisemaker

$(STAMP): pyproject.toml requirements.lock Makefile
	@$(MAKE) --no-print-directory amsynth
	@if ! ls -d $(VENV)/lib/python*/site-packages/torch > /dev/null 2>&1; then \
	  free=$$(df -Pk . | awk 'NR==2 {print int($$4 / 1048576)}'); \
	  if [ "$$free" -lt $(VENV_GB) ]; then \
	    echo "make setup: .venv needs about $(VENV_GB) GB (PyPI's torch brings its CUDA libraries), but only $$free GB are free on $$(df -P . | awk 'NR==2 {print $$6}'): free some space and run it again"; \
	    exit 2; \
	  fi; \
	fi
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24" "setuptools>=77" wheel
	$(BIN)/python -m pip install --quiet --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps $(AISFX)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (synthproxy)" > /dev/null
	@touch $(STAMP)
	@echo "setup done: $(BIN)/synthproxy synths"

# Debian's amsynth (an open synth as a VST2 plugin). Installed with apt when it is available.
amsynth:
	@if [ -e $(AMSYNTH_SO) ] || [ -n "$$AMSYNTH_PATH" ]; then exit 0; fi; \
	if command -v apt-get > /dev/null; then \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	  echo "installing Debian's amsynth (VST2 plugin) with apt-get"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq amsynth > /dev/null \
	    || echo "WARNING: could not install amsynth with apt-get; amsynth will be unavailable (see README: Synths)"; \
	else \
	  echo "NOTE: apt-get not found: install amsynth with your package manager (it must provide amsynth_vst.so)"; \
	  echo "      and set AMSYNTH_PATH=/path/to/amsynth_vst.so; everything else works without it."; \
	fi

# TAL-NoiseMaker (the study's third synth, GPL) built from the sources in third_party/tal-noisemaker as a
# headless LV2 bundle in ~/.lv2 (see its PROVENANCE.md). The build tools come from apt when it is available;
# without them the synth is reported unavailable and everything else works.
TAL_APT := build-essential meson ninja-build pkg-config libfftw3-dev libasound2-dev
tal-noisemaker:
	@third_party/tal-noisemaker/build.sh; rc=$$?; \
	if [ $$rc = 3 ] && command -v apt-get > /dev/null; then \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	  echo "installing TAL-NoiseMaker's build tools with apt-get: $(TAL_APT)"; \
	  if $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(TAL_APT) > /dev/null; then \
	    third_party/tal-noisemaker/build.sh; rc=$$?; \
	  fi; \
	fi; \
	if [ $$rc != 0 ]; then \
	  echo "WARNING: TAL-NoiseMaker was not built; synth talnm will be unavailable (see third_party/tal-noisemaker/PROVENANCE.md)"; \
	fi

# The Python files ruff lints and formats (notebooks excluded); mypy checks synthproxy/ (pyproject.toml).
LINT_PATHS := synthproxy tests benchmarks third_party/tal-noisemaker/make_spec.py third_party/dexed-plugin/*.py

lint: setup
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy

test: setup lint
	$(BIN)/python -m pytest

study: setup
	$(BIN)/python -m synthproxy.study --scale $(SCALE)

book: setup
	$(BIN)/jupyter-book build . --warningiserror --keep-going

clean-study:
	rm -rf _build out
