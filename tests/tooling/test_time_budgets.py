"""Each time limit is shorter than the one around it, so the innermost, most specific one fires
first: Prism's start-up limit inside a Prism test's wait inside pytest-timeout's limit, and
every subprocess a test runs inside pytest-timeout's limit; and the tests that run make on a
scratch repository, scheduled one at a time, have the longer budget measured for them."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from scripts import prism
from scripts.paths import ROOT
from tests.conftest import MAKE_ON_A_COPY
from tests.support import budgets


def test_prism_gives_up_before_a_prism_test_stops_waiting() -> None:
    # A Prism test's wait also covers a request and Prism's stop after start-up.
    assert prism.READY_TIMEOUT + prism.STOP_TIMEOUT < budgets.PRISM


def test_a_prism_test_stops_waiting_before_pytest_gives_up() -> None:
    assert budgets.PRISM < budgets.PYTEST_TIMEOUT


def test_a_subprocess_times_out_before_pytest_gives_up() -> None:
    assert budgets.SUBPROCESS < budgets.PYTEST_TIMEOUT


def test_a_make_on_a_copy_has_more_time_than_any_other_test() -> None:
    assert budgets.SUBPROCESS < budgets.PYTEST_TIMEOUT < budgets.MAKE_ON_A_COPY
    assert budgets.MAKE_ON_A_COPY < budgets.RELEASE_CYCLE


def test_the_release_cycle_scenario_gets_its_own_budget() -> None:
    """Its own marker is the one pytest-timeout reads, not the module's budget that
    tests/conftest.py adds to every test that runs make on a scratch copy."""
    collected = subprocess.run(
        [sys.executable, "-c", _TIMEOUTS, "tests/tooling/test_api_changes.py"],
        cwd=ROOT, capture_output=True, text=True, timeout=budgets.SUBPROCESS, check=False,
    )  # fmt: skip
    assert collected.returncode == 0, collected.stderr
    found = re.findall(r"^timeout of (\S+): (\S+)$", collected.stdout, re.MULTILINE)
    timeouts = dict(found)
    assert (
        float(
            timeouts[
                "test_a_release_cycle_of_changes_needs_the_spec_make_bump_and_make_recordings_alone"
            ]
        )
        == budgets.RELEASE_CYCLE
    )
    assert (
        float(timeouts["test_a_field_rename_fails_only_where_the_field_is_used_and_names_it"])
        == budgets.MAKE_ON_A_COPY
    )


# Each collected test's name and the timeout pytest-timeout would read from its markers.
_TIMEOUTS = """
import sys, pytest

class Report:
    def pytest_collection_finish(self, session):
        for item in session.items:
            marker = item.get_closest_marker("timeout")
            print(f"timeout of {item.name}: {marker.args[0] if marker else 'none'}")

pytest.main(["-q", "--collect-only", "-p", "no:cacheprovider", "-p", "no:xdist", sys.argv[1]],
            plugins=[Report()])
"""


def test_every_module_that_runs_make_on_a_scratch_repository_is_scheduled_as_one() -> None:
    """tests/conftest.py runs these one at a time with their own budget; a new module of that
    kind has to be listed there too."""
    imports = re.compile(r"^from tests\.support\.scratch_repo import .*\bScratchRepo\b", re.M)
    running_make = {
        path.name
        for path in (ROOT / "tests").rglob("test_*.py")
        if imports.search(text := path.read_text(encoding="utf-8")) and ".make(" in text
    }
    assert running_make == MAKE_ON_A_COPY


@pytest.mark.slow
def test_those_modules_run_on_one_worker_one_test_at_a_time() -> None:
    """Their quick tests, under `make test`'s `pytest -n 2`: every one on the same worker."""
    modules = [str(path) for path in sorted((ROOT / "tests").rglob("test_*.py"))]
    chosen = [module for module in modules if Path(module).name in MAKE_ON_A_COPY]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-n", "2", "-v",
         "-m", "not slow", *chosen, "tests/tooling/test_drift.py"],
        cwd=ROOT, capture_output=True, text=True, timeout=budgets.SUBPROCESS, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    placed = re.findall(r"^\[(gw\d+)\] .*PASSED (\S+?)::", result.stdout, re.MULTILINE)
    assert {Path(module).name for _, module in placed} >= MAKE_ON_A_COPY | {"test_drift.py"}
    assert len({worker for worker, module in placed if Path(module).name in MAKE_ON_A_COPY}) == 1
