"""scripts/prism.py, which runs the validating proxy of `make contract-live`: a Prism started by a
program answers on 127.0.0.1, and no process or port is left behind however that program ends
(Ctrl-C, SIGTERM, SIGHUP, killed outright), nor when Prism cannot start.

Each program runs in a session of its own, so every process it started can be found afterwards
by session id, wherever it was re-parented.
"""

import json
import os
import re
import select
import signal
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from scripts.paths import ROOT, SPEC
from tests.support.budgets import PRISM

pytestmark = pytest.mark.slow

# The smallest program that owns a Prism: a mock of the spec, kept up until the program ends.
OWNER = """
import sys
from pathlib import Path
from scripts import prism

with prism.mock(Path(sys.argv[1]), port=int(sys.argv[2])) as mock:
    print(f"ready {mock.url} {mock.pid}", file=sys.stderr, flush=True)
    mock.wait()
"""
READY = re.compile(r"ready http://127\.0\.0\.1:(\d+) (\d+)")


def _start(port: int = 0) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", OWNER, str(SPEC), str(port)],
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


def _assert_nothing_left(owner: subprocess.Popen[str], port: int) -> None:
    assert _processes_in_session(owner.pid) == []
    assert _port_is_free(port)


@contextmanager
def _running() -> Iterator[tuple[subprocess.Popen[str], int, int]]:
    """A program whose Prism is up: (program, Prism's port, pidfd of Prism).

    Prism is known by a pidfd, taken while it is alive, never by its pid: pids are reused
    quickly here, and a stale one would signal some other process."""
    owner = _start()
    mock = None
    try:
        assert owner.stderr is not None
        line = owner.stderr.readline()
        ready = READY.search(line)
        assert ready, line + owner.stderr.read()
        mock = os.pidfd_open(int(ready.group(2)))
        port = int(ready.group(1))
        assert not _port_is_free(port)  # Prism really is listening
        yield owner, port, mock
    finally:
        # Only when the test failed part-way: clean up so that one failure does not cascade.
        # The program is unreaped until wait(), so its process group cannot be anyone else's.
        with suppress(ProcessLookupError):
            os.killpg(owner.pid, signal.SIGKILL)
        if mock is not None:
            with suppress(ProcessLookupError):
                signal.pidfd_send_signal(mock, signal.SIGKILL)
            os.close(mock)
        owner.wait(timeout=PRISM)
        for pipe in (owner.stdout, owner.stderr):
            if pipe is not None:
                pipe.close()


def test_the_mock_answers_with_the_specs_example() -> None:
    with _running() as (owner, port, mock):
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/accounts",
            headers={"Authorization": "Bearer kdv_test_" + "p" * 24},
        )
        with urllib.request.urlopen(request, timeout=PRISM) as answer:  # noqa: S310  # loopback
            assert answer.status == 200
            assert "data" in json.loads(answer.read())
        os.killpg(owner.pid, signal.SIGINT)
        owner.wait(timeout=PRISM)
        _assert_exits(mock)
    _assert_nothing_left(owner, port)


@pytest.mark.parametrize(
    "send",
    [
        # A terminal's Ctrl-C goes to the whole foreground process group.
        lambda pid: os.killpg(pid, signal.SIGINT),
        lambda pid: os.kill(pid, signal.SIGTERM),
        lambda pid: os.kill(pid, signal.SIGHUP),
    ],
    ids=["ctrl-c", "sigterm", "sighup"],
)
def test_an_interrupted_program_stops_its_prism(send: Callable[[int], None]) -> None:
    """Ctrl-C unwinds the program, which stops Prism itself; SIGTERM and SIGHUP end it at once,
    and the kernel tells Prism (scripts/prism.py asks for that when it starts it)."""
    with _running() as (owner, port, mock):
        send(owner.pid)
        owner.wait(timeout=PRISM)
        _assert_exits(mock)
    _assert_nothing_left(owner, port)


def test_a_killed_program_takes_its_prism_with_it() -> None:
    with _running() as (owner, port, mock):
        os.kill(owner.pid, signal.SIGKILL)  # no cleanup code runs; the kernel must do it
        _assert_exits(mock)
    _assert_nothing_left(owner, port)


def _assert_exits(pidfd: int) -> None:
    readable, _, _ = select.select([pidfd], [], [], PRISM)  # readable once Prism has exited
    assert readable, "Prism outlived the program that started it"


def test_a_prism_that_cannot_start_is_reported_with_its_log() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        owner = _start(port)
        _, stderr = owner.communicate(timeout=PRISM)

    assert owner.returncode == 1
    assert "PrismFailed: Prism exited with status 1" in stderr
    assert "EADDRINUSE" in stderr
    assert _processes_in_session(owner.pid) == []
