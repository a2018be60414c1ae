"""How long tests wait, in one place, each limit shorter than the one around it: a process's own
start-up limit < the test's wait for that process < pytest-timeout's limit for the whole test.
Otherwise the outer limit fires first and the inner one, with its clearer message, never does.
tests/tooling/test_time_budgets.py checks the order."""

import tomllib

from scripts.paths import ROOT

PYTEST_TIMEOUT = float(
    tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"][
        "ini_options"
    ]["timeout"]
)
# One make target, a wheel build or an install run as a subprocess of a test.
SUBPROCESS = 90.0
# The demo as a whole: Prism's start-up limit (scripts/prism.py) plus the CLI's call.
DEMO = 60.0
