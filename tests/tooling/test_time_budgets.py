"""Each time limit is shorter than the one around it, so the innermost, most specific one fires
first: Prism's start-up limit inside the demo test's wait inside pytest-timeout's limit, and
every subprocess a test runs inside pytest-timeout's limit."""

from scripts import prism
from tests.support import budgets


def test_prism_gives_up_before_the_demo_test_stops_waiting() -> None:
    # The demo test's wait also covers the CLI's call and the mock's stop after start-up.
    assert prism.READY_TIMEOUT + prism.STOP_TIMEOUT < budgets.DEMO


def test_the_demo_test_stops_waiting_before_pytest_gives_up() -> None:
    assert budgets.DEMO < budgets.PYTEST_TIMEOUT


def test_a_subprocess_times_out_before_pytest_gives_up() -> None:
    assert budgets.SUBPROCESS < budgets.PYTEST_TIMEOUT
