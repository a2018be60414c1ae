# kirim-chat: openapi.yaml -> generator-config.yml + codegen/ (templates, runtime) -> generated/kirim_chat -> tests.
# `make help` lists every target. The first target you run creates .venv from requirements-dev.txt
# and node_modules from package-lock.json (`make demo` only what it needs: requirements-demo.txt);
# nothing else needs installing by hand.

.DEFAULT_GOAL := help
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
MAKEFLAGS += --no-builtin-rules --no-print-directory

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

# Override these to run the checks on scratch copies (the tests of `make check` do).
SPEC ?= openapi.yaml
PACKAGE_DIR ?= generated/kirim_chat
# `make diff` and `make bump` compare with this git ref; empty means the last release tag (v*)
# reachable from HEAD, or before the first release the merge-base of HEAD with main.
BASE ?=

# Node tools run through scripts/node.py, which alone knows where they are and keeps them quiet.
NODE := $(PY) -m scripts.node

VENV_READY := $(VENV)/.ready
DEMO_READY := $(VENV)/.ready-demo
NODE_READY := node_modules/.ready
# The installed kirim-chat's metadata follows the generated package's version (scripts/installed.py).
INSTALLED := $(VENV)/.installed-version
TOOLS := $(VENV_READY) $(NODE_READY) $(INSTALLED)
# The docs test drives Debian's chromium (never a browser downloaded by a test tool).
CHROMIUM_READY := build/.chromium-ready
# Extra arguments: `make demo DEMO_ARGS="--status 429"`, `make bench BENCH_ARGS=--quick`.
DEMO_ARGS ?=
BENCH_ARGS ?=
# `make recording OPERATION=<operationId> STATUS=<status> [EXAMPLE=<name>]`; WRITES=1 lets
# `make record` and `make contract-live` call the operations that change data.
OPERATION ?=
STATUS ?=
EXAMPLE ?=
WRITES ?=
RECORDINGS_DIR ?= tests/fixtures/recordings
# `make mutation MUTATION_ARGS=--survivors`: see CONTRIBUTING.md, "Mutation testing".
MUTATION_ARGS ?=

# The steps of `make check`, in order; `make check CHECK_STEPS="lint-spec diff"` runs some.
CHECK_STEPS ?= check-structure check-examples lint-spec check-templates check-drift diff \
	secret-scan lint format-check typecheck verify-types check-readme
# How many steps of `make check` run at once (one per core here; each step is one process).
CHECK_JOBS ?= 2

.PHONY: help generate bump check test test-fast setup check-structure check-examples lint-spec \
	check-templates check-drift diff secret-scan lint format-check typecheck verify-types \
	check-readme record recording recordings contract-live mutation lock clean demo docs chromium \
	bench pytest test-matrix release

help: ## List the targets: the pipeline first (generate -> check -> test), then the rest
	@awk 'BEGIN {FS = ":.*## "} /^##@/ {printf "\n%s\n", substr($$0, 5)} /^[a-zA-Z_-]+:.*## / {printf "  %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

##@ The pipeline: openapi.yaml -> generated/kirim_chat -> checks -> tests

generate: $(TOOLS) ## Regenerate generated/kirim_chat/ from openapi.yaml, codegen/templates/ and codegen/runtime/
	$(PY) -m scripts.generate --spec $(SPEC) --output $(PACKAGE_DIR)

bump: $(TOOLS) ## After editing openapi.yaml: grade it as `make diff` does, set info.version, regenerate, write the CHANGELOG lines
	$(PY) -m scripts.bump --spec $(SPEC) --package $(PACKAGE_DIR) $(if $(BASE),--base $(BASE))

check: $(TOOLS) ## Every static check, each run even after one fails, then a summary: spec, examples, Spectral, templates, drift, API diff, secrets, ruff, mypy, pyright
	$(PY) -m scripts.check.run --make "$(MAKE)" --jobs $(CHECK_JOBS) $(CHECK_STEPS)

test: check $(CHROMIUM_READY) ## Every check, then the whole pytest suite and the test matrix (Python 3.12/3.13, dependency floors), side by side
	$(MAKE) -j2 --output-sync=target pytest test-matrix

# On both cores (pytest-xdist): most of the suite's time is spent in make, Prism and a browser.
# The tests that run make on a scratch copy of the repository run one at a time, on one worker
# (tests/conftest.py schedules them).
pytest: $(TOOLS)
	$(PY) -m pytest -n 2

test-fast: $(TOOLS) ## The inner loop: the pytest suite without the tests marked slow, no checks
	$(PY) -m pytest -n 2 -m "not slow"

# nox reuses its virtualenvs in .nox/ and reinstalls one only when its inputs change.
test-matrix: $(TOOLS) ## tests/client and tests/templates on Python 3.12, and on 3.13 with the lowest httpx and attrs (noxfile.py)
	$(VENV)/bin/nox

release: $(TOOLS) ## Release info.version from a clean main: checks, sdist and wheel in dist/ (twine check --strict), then [Unreleased] becomes the version's entry, committed and tagged vX.Y.Z
	$(PY) -m scripts.release

##@ Running it

# The demo runs the committed package on its own stand-in for the API (kirim_chat.testing): no
# generator, Node or network. It needs only requirements-demo.txt (the package's dependencies and
# its testing extra), which it adds to .venv; any other target completes .venv with the dev tools.
demo: $(DEMO_READY) ## List the accounts, send a text, list the conversations and verify a signed webhook delivery on kirim_chat.testing's stand-in for the API (DEMO_ARGS="--status 429": an error)
	PYTHONPATH=generated $(PY) -m scripts.demo $(DEMO_ARGS)

docs: $(TOOLS) ## Render openapi.yaml to build/reference.html, a self-contained API reference
	$(PY) -m scripts.docs --output build/reference.html

bench: $(TOOLS) ## Measure the client against raw httpx, json.loads and pydantic; table + build/bench.json
	$(PY) -m scripts.bench --json build/bench.json $(BENCH_ARGS)

mutation: $(TOOLS) ## Mutation testing: cosmic-ray mutates codegen/runtime/ in a copy of the tree and runs the fast client tests on each mutant (long; not in `make test`); report in build/mutation/
	$(PY) -m tests.mutation $(MUTATION_ARGS)

record: $(TOOLS) ## Re-record every live-recordable response of every GET (WRITES=1: writes too; OPERATION=id: one) into tests/fixtures/recordings/ (needs KIRIM_API_KEY)
	$(PY) -m scripts.live.record --spec $(SPEC) --output-dir $(RECORDINGS_DIR) \
		$(if $(WRITES),--writes) $(if $(OPERATION),--operation $(OPERATION))

recording: $(TOOLS) ## Build a recording from the spec's example: make recording OPERATION=listAccounts STATUS=429 [EXAMPLE=name]
	$(PY) -m scripts.recordings.from_example --spec $(SPEC) --output-dir $(RECORDINGS_DIR) \
		$(OPERATION) $(STATUS) $(if $(EXAMPLE),--example $(EXAMPLE))

recordings: $(TOOLS) ## Build every missing recording from the spec's examples; name the orphan recordings to delete
	$(PY) -m scripts.recordings.coverage --spec $(SPEC) --output-dir $(RECORDINGS_DIR)

contract-live: $(TOOLS) ## Call every GET (WRITES=1: writes too; OPERATION=id: one) of the real API through Prism's validating proxy; fail on each departure from the spec (needs KIRIM_API_KEY)
	$(PY) -m scripts.live.contract --spec $(SPEC) \
		$(if $(WRITES),--writes) $(if $(OPERATION),--operation $(OPERATION))

##@ The steps of `make check`

check-structure: $(TOOLS) ## Validate openapi.yaml against the OpenAPI 3.1 schema, $refs included
	$(PY) -m scripts.check.structure $(SPEC)

check-examples: $(TOOLS) ## Validate the schemas' examples lists, which Spectral (lint-spec, all other examples) skips
	$(PY) -m scripts.check.examples $(SPEC)

lint-spec: $(TOOLS) ## Lint openapi.yaml with Spectral (oas + OWASP rules), failing on warnings
	$(NODE) spectral lint --quiet --ruleset .spectral.yaml --fail-severity warn $(SPEC)

check-templates: $(TOOLS) ## Fail when the pinned generator's templates changed under our overrides
	$(PY) -m scripts.check.templates

check-drift: $(TOOLS) ## Fail, naming the files, when generated/ differs from what `make generate` writes
	$(PY) -m scripts.check.drift --spec $(SPEC) --package $(PACKAGE_DIR)

diff: $(TOOLS) ## Grade the spec's changes against BASE (default: the last release tag); fail on an unbumped breaking change
	$(PY) -m scripts.specdiff --spec $(SPEC) --package $(PACKAGE_DIR) $(if $(BASE),--base $(BASE))

secret-scan: $(TOOLS) ## Fail on a secret in tests/fixtures/recordings/: detect-secrets, the Kirim key shape, webhook secrets, credential headers
	$(PY) -m scripts.check.secrets $(RECORDINGS_DIR)

lint: $(TOOLS) ## ruff over every Python file, generated code included
	$(VENV)/bin/ruff check .

format-check: $(TOOLS) ## ruff's formatter, in check mode, over the hand-written Python
	$(VENV)/bin/ruff format --check .

typecheck: $(TOOLS) ## mypy --strict over codegen/runtime/, generated/, scripts/ and tests/
	$(VENV)/bin/mypy

# pyright finds the package where it runs (before site-packages), and the venv's python on PATH.
# Its report (every public module and symbol) is printed in full only when it fails.
verify-types: $(TOOLS) ## pyright --verifytypes: every public name of the package has a known type (100%)
	@mkdir -p build
	cd $(dir $(abspath $(PACKAGE_DIR))) && PATH="$(CURDIR)/$(VENV)/bin:$$PATH" \
		PYTHONPATH="$(CURDIR)" $(CURDIR)/$(NODE) pyright --verifytypes $(notdir $(PACKAGE_DIR)) \
		--ignoreexternal > $(CURDIR)/build/verifytypes.txt \
		|| { cat $(CURDIR)/build/verifytypes.txt; exit 1; }
	@grep "Type completeness score" build/verifytypes.txt

check-readme: $(TOOLS) ## mypy --strict and pyright (strict) over every ```python block of README.md
	$(PY) -m scripts.check.readme --package $(PACKAGE_DIR)

##@ Setting up and housekeeping

setup: $(TOOLS) ## Create .venv and node_modules from the lock files (any target does this first)

# uv (pinned in requirements-dev.txt) installs the locked tools: twice pip's speed on a fresh
# machine. pip only installs uv itself; `uv pip sync` then makes .venv exactly the lock.
$(VENV_READY): requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check "$$(grep -m1 '^uv==' requirements-dev.txt)"
	$(VENV)/bin/uv pip sync --quiet --python $(PY) requirements-dev.txt
	$(VENV)/bin/uv pip install --quiet --python $(PY) --no-deps --no-build-isolation -e .
	touch $@

# With the pip that comes with the venv: a dozen small packages need no uv, which would double
# the demo's venv. In a .venv that has the dev tools, they are all there already.
$(DEMO_READY): requirements-demo.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-demo.txt
	touch $@

$(INSTALLED): $(VENV_READY) generated/kirim_chat/_version.py
	$(PY) -m scripts.installed
	touch $@

$(NODE_READY): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

$(CHROMIUM_READY):
	command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; }
	mkdir -p $(@D) && touch $@

chromium: $(CHROMIUM_READY) ## Install Debian's chromium for the docs test, once (apt-get, as root)

# requirements-demo.txt is constrained by requirements-dev.txt, so that the demo's versions are
# the ones every test runs with.
lock: $(TOOLS) ## Re-resolve requirements-dev.txt (every dependency group) and requirements-demo.txt from pyproject.toml, package-lock.json from package.json
	$(VENV)/bin/uv pip compile --quiet --group dev --extra testing --python-version 3.11 --no-emit-index-url pyproject.toml -o requirements-dev.txt
	$(VENV)/bin/uv pip compile --quiet --extra testing --python-version 3.11 --no-emit-index-url pyproject.toml -c requirements-dev.txt -o requirements-demo.txt
	npm install --package-lock-only --no-audit --no-fund --ignore-scripts

clean: ## Remove .venv, node_modules and caches (generated/ is kept: it is committed)
	rm -rf $(VENV) node_modules build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis .nox
