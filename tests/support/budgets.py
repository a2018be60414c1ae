"""How long tests wait, in one place, each limit shorter than the one around it: a process's own
start-up limit < the test's wait for that process < pytest-timeout's limit for the whole test.
Otherwise the outer limit fires first and the inner one, with its clearer message, never does.
tests/tooling/test_time_budgets.py checks the order.

Each limit is a measured duration with a margin. Measured on the project's 2-core machine with
`make test`'s `pytest -n 2`, once with the machine otherwise quiet (load about 4 from other
work) and once with two CPU hogs (`yes > /dev/null`) beside it (load about 7); the figures
below are the slowest test of each kind in those runs."""

import tomllib

from scripts.paths import ROOT

# Any test (pyproject.toml's `timeout`): the slowest of the rest took 12 s quiet, 39 s with
# the hogs.
PYTEST_TIMEOUT = float(
    tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"][
        "ini_options"
    ]["timeout"]
)
# One make target, a wheel build or an install run as a subprocess of a test: 8 s quiet, 18 s
# with the hogs.
SUBPROCESS = 90.0
# A test that runs `make bump`, `make check` or `make diff` on a scratch copy of the repository
# (tests/conftest.py, MAKE_ON_A_COPY): 26 s quiet, 96 s with the hogs; one at a time.
MAKE_ON_A_COPY = 300.0
# The demo as a whole: Prism's start-up limit (scripts/prism.py) plus the CLI's call.
DEMO = 60.0
