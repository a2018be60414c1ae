"""How long tests wait, in one place, each limit shorter than the one around it: a process's own
start-up limit < the test's wait for that process < pytest-timeout's limit for the whole test.
Otherwise the outer limit fires first and the inner one, with its clearer message, never does.
tests/tooling/test_time_budgets.py checks the order.

Each limit is a measured duration with a margin. Measured with `make test` on the project's
2-core machine, once quiet (pytest's part: 151 s) and once with two CPU hogs (`yes > /dev/null`)
running beside it (310 s in all, pytest's part 297 s, green), other projects' work adding a
load of about 2 each time; the figures below are the slowest test of each kind."""

import tomllib

from scripts.paths import ROOT

# Any test (pyproject.toml's `timeout`): the slowest of the rest, 12 s quiet and 17 s with
# the hogs (a pytest run of the contract and docs tests in a scratch repository).
PYTEST_TIMEOUT = float(
    tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"][
        "ini_options"
    ]["timeout"]
)
# One make target, a wheel build or an install run as a subprocess of a test: 3 s quiet, 7 s
# with the hogs (`make check`'s spec and package steps on copies).
SUBPROCESS = 90.0
# A test that runs `make bump`, `make check` or `make diff` on a scratch copy of the repository
# (tests/conftest.py, MAKE_ON_A_COPY), one at a time: 17 s quiet, 43 s with the hogs. Two side
# by side beside the hogs, as before they were scheduled one at a time, took up to 96 s.
MAKE_ON_A_COPY = 240.0
# The release-cycle scenario (tests/tooling/test_api_changes.py): eight `make bump`s, two
# `make check`s and a pytest run in one scratch repository. 94 s quiet, 177 s alone beside the
# two hogs, and past 240 s in a fresh clone's `make test` beside the hogs, the other pytest
# worker and the version matrix.
RELEASE_CYCLE = 600.0
# A Prism a test starts, as a whole: its start-up limit (scripts/prism.py), a request and its stop.
PRISM = 60.0
