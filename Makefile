# synthproxy: `make study` sets everything up and runs the whole study; `make test` runs the tests.
# Both set up .venv/ first when it is missing or older than the dependency files.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.synthproxy-setup
SCALE  ?= quick
AMSYNTH_SO := /usr/lib/vst/amsynth_vst.so
# The audio model's weights ship in this wheel; its declared pins predate Python 3.11, hence --no-deps.
AISFX := aisfx==0.1.2

.PHONY: setup test study book clean-study amsynth

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock Makefile
	@$(MAKE) --no-print-directory amsynth
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

test: setup
	$(BIN)/python -m pytest

study: setup
	$(BIN)/python -m synthproxy.study --scale $(SCALE)

book: setup
	$(BIN)/jupyter-book build . --warningiserror --keep-going

clean-study:
	rm -rf _build out
