"""`make demo` end to end: the spec's example as a table, and no process or port left behind,
whether the run succeeds, fails, is interrupted with Ctrl-C or SIGTERM, or is killed outright.

Each demo runs in a session of its own, so every process it started can be found afterwards by
session id, wherever it was re-parented.
"""

import os
import re
import select
import signal
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from scripts.paths import ROOT
from tests.support.budgets import DEMO

pytestmark = pytest.mark.slow

READY = re.compile(r"Mock ready at http://127\.0\.0\.1:(\d+) in \S+ s \(pid (\d+)\)")
WAIT = DEMO
# The spec's 200 example `all` (GET /accounts), as the CLI prints it: written out here, not
# built with the CLI's own table code.
TABLE_OF_THE_ALL_EXAMPLE = """\
PHONE NUMBER ID  PHONE NUMBER   NAME              STATUS
106540352242922  +628111222333  Customer Support  connected
-                +628555666777  -                 onboarding
"""


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "scripts.demo", *args],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _processes_in_session(session: int) -> list[int]:
    """Live processes of the session. A zombie is skipped: it has exited and holds nothing but
    its exit status, until its new parent (here PID 1) reaps it."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            in_session = os.getsid(int(entry)) == session
            stat = Path("/proc", entry, "stat").read_text()
        except (ProcessLookupError, FileNotFoundError):
            continue  # exited while we looked
        if in_session and stat.rpartition(")")[2].split()[0] != "Z":
            found.append(int(entry))
    return found


def _port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # ignore TIME_WAIT leftovers
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _port(stderr: str) -> int:
    match = READY.search(stderr)
    assert match, stderr
    return int(match.group(1))


def _assert_nothing_left(demo: subprocess.Popen[str], port: int) -> None:
    assert _processes_in_session(demo.pid) == []
    assert _port_is_free(port)


def _read_until(demo: subprocess.Popen[str], marker: str) -> str:
    """The demo's stderr up to and including the first line containing ``marker``."""
    assert demo.stderr is not None
    seen = []
    for line in demo.stderr:
        seen.append(line)
        if marker in line:
            return "".join(seen)
    pytest.fail(f"the demo ended before printing {marker!r}:\n{''.join(seen)}")


@contextmanager
def _running_demo() -> Iterator[tuple[subprocess.Popen[str], int, int]]:
    """A demo whose mock is up and stays up: (demo, mock port, pidfd of the mock).

    The mock is known by a pidfd, taken while it is alive, never by its pid: pids are reused
    quickly here, and a stale one would signal some other process."""
    demo = _start("--keep-running")
    mock = None
    try:
        stderr = _read_until(demo, "press Ctrl-C")
        ready = READY.search(stderr)
        assert ready, stderr
        mock = os.pidfd_open(int(ready.group(2)))
        port = _port(stderr)
        assert not _port_is_free(port)  # the mock really is listening
        yield demo, port, mock
    finally:
        # Only when the test failed part-way: clean up so that one failure does not cascade.
        # The demo is unreaped until wait(), so its process group cannot be anyone else's.
        with suppress(ProcessLookupError):
            os.killpg(demo.pid, signal.SIGKILL)
        if mock is not None:
            with suppress(ProcessLookupError):
                signal.pidfd_send_signal(mock, signal.SIGKILL)
            os.close(mock)
        demo.wait(timeout=WAIT)
        for pipe in (demo.stdout, demo.stderr):
            if pipe is not None:
                pipe.close()


def test_demo_prints_the_specs_accounts_and_leaves_nothing_behind() -> None:
    demo = _start()
    stdout, stderr = demo.communicate(timeout=WAIT)

    assert demo.returncode == 0, stderr
    assert stdout == TABLE_OF_THE_ALL_EXAMPLE
    assert "Mock stopped" in stderr
    _assert_nothing_left(demo, _port(stderr))


def test_a_failing_call_still_stops_the_mock() -> None:
    demo = _start("--header", "Prefer: code=401")  # Prism answers with the spec's 401 example
    stdout, stderr = demo.communicate(timeout=WAIT)

    assert (demo.returncode, stdout) == (1, "")
    assert "error: AuthenticationError: 401 authentication_error/" in stderr
    assert "Traceback" not in stderr
    _assert_nothing_left(demo, _port(stderr))


@pytest.mark.parametrize(
    ("send", "expected_status"),
    [
        # A terminal's Ctrl-C goes to the whole foreground process group.
        (lambda pid: os.killpg(pid, signal.SIGINT), 130),
        (lambda pid: os.kill(pid, signal.SIGTERM), 128 + signal.SIGTERM),
        (lambda pid: os.kill(pid, signal.SIGHUP), 128 + signal.SIGHUP),
    ],
    ids=["ctrl-c", "sigterm", "sighup"],
)
def test_an_interrupted_demo_stops_the_mock(
    send: Callable[[int], None], expected_status: int
) -> None:
    with _running_demo() as (demo, port, _mock):
        send(demo.pid)
        assert demo.wait(timeout=WAIT) == expected_status
        assert demo.stderr is not None
        assert "Traceback" not in demo.stderr.read()
    _assert_nothing_left(demo, port)


def test_a_killed_demo_takes_the_mock_with_it() -> None:
    with _running_demo() as (demo, port, mock):
        os.kill(demo.pid, signal.SIGKILL)  # no cleanup code runs; the kernel must do it
        readable, _, _ = select.select([mock], [], [], WAIT)  # readable once the mock exits
        assert readable, "the mock outlived the demo"
    _assert_nothing_left(demo, port)


def test_a_mock_that_cannot_start_is_reported_with_its_log() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        demo = _start("--port", str(port))
        stdout, stderr = demo.communicate(timeout=WAIT)

    assert (demo.returncode, stdout) == (1, "")
    assert "The mock failed to start: Prism exited with status 1" in stderr
    assert "EADDRINUSE" in stderr
    assert _processes_in_session(demo.pid) == []
