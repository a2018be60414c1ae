"""`make demo`: the generated client against a Prism mock of openapi.yaml, no Kirim account needed.

Starts Prism (pinned in package-lock.json) on a free port of 127.0.0.1, polls until it answers,
runs the package's CLI (`python -m kirim_chat list-accounts`) against it and stops the mock
however the run ends: success, failure, Ctrl-C, SIGTERM or SIGHUP. Arguments it does not know go
to the CLI, before the command (e.g. --json).

Prism answers with the spec's first example unless the request names one: the demo sends
``Prefer: example=<status>``, which picks the spec's 200 example of that name. Prism's bearer
check only wants an ``Authorization: Bearer`` header, so a placeholder key is used (never yours).
"""

import argparse
import ctypes
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import FrameType, TracebackType
from typing import Self

import httpx

from kirim_chat._constants import API_KEY_ENV
from kirim_chat.models import AccountStatusFilter
from scripts.paths import ROOT, SPEC

HOST = "127.0.0.1"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
LOG = ROOT / "build" / "demo-mock.log"
DEMO_API_KEY = "kdv_test_" + "demo" * 6  # the mock accepts any bearer token
READY_TIMEOUT = 60.0
POLL_INTERVAL = 0.1
STOP_TIMEOUT = 5.0
EXIT_INTERRUPTED = 130
_LOG_TAIL_LINES = 15
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


class MockFailed(Exception):
    """Prism exited or stayed silent before it answered a request."""


class Stopped(BaseException):
    """SIGTERM or SIGHUP arrived; a BaseException, like KeyboardInterrupt, so cleanup runs."""


def _say(message: str) -> None:
    print(f"==> {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def _die_with_parent() -> None:
    """In the child before exec: Linux sends SIGTERM to the mock if the demo itself is killed
    with SIGKILL, the one way out that no cleanup code can catch."""
    if sys.platform == "linux":
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class PrismMock:
    """``with PrismMock(spec, port) as mock:`` a ready mock at ``mock.url``, stopped on exit."""

    def __init__(self, spec: Path, port: int, log: Path) -> None:
        self.url = f"http://{HOST}:{port}"
        self._command = [str(PRISM), "mock", str(spec), "--host", HOST, "--port", str(port)]
        self._log = log
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    def __enter__(self) -> Self:
        self._log.parent.mkdir(parents=True, exist_ok=True)
        with self._log.open("wb") as log:
            # Its own process group: a terminal's Ctrl-C reaches the demo, which stops the mock
            # in order, and stop() can signal the mock and anything it spawned at once.
            self._process = subprocess.Popen(
                self._command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                process_group=0,
                preexec_fn=_die_with_parent,
                env={**os.environ, "SCARF_ANALYTICS": "false", "DO_NOT_TRACK": "1"},
            )
        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _wait_until_ready(self) -> None:
        """Poll until an HTTP answer comes back (a 401 will do), the mock dies or time runs out."""
        process = self._started()
        deadline = time.monotonic() + READY_TIMEOUT
        with httpx.Client(timeout=1.0) as http:
            while True:
                if process.poll() is not None:
                    raise MockFailed(f"Prism exited with status {process.returncode}")
                try:
                    http.get(f"{self.url}/accounts")
                except httpx.TransportError:
                    pass
                else:
                    return
                if time.monotonic() > deadline:
                    raise MockFailed(f"Prism did not answer within {READY_TIMEOUT:g} s")
                time.sleep(POLL_INTERVAL)

    def wait(self) -> int:
        """Block until the mock exits by itself; its exit status."""
        return self._started().wait()

    def _started(self) -> "subprocess.Popen[bytes]":
        if self._process is None:
            raise RuntimeError("the mock is not started: use PrismMock as a context manager")
        return self._process

    def stop(self) -> None:
        """SIGTERM to the mock's process group, SIGKILL if it lingers; waits, so no zombie."""
        if self._process is None or self._process.returncode is not None:
            return
        for signum in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self._process.pid, signum)
            except ProcessLookupError:
                break
            try:
                self._process.wait(timeout=STOP_TIMEOUT)
                break
            except subprocess.TimeoutExpired:
                continue
        self._process.wait()

    def log_tail(self) -> str:
        lines = self._log.read_text(encoding="utf-8", errors="replace").splitlines()
        return "\n".join(lines[-_LOG_TAIL_LINES:])


def _raise_stopped(signum: int, frame: FrameType | None) -> None:
    raise Stopped(signum)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="demo",
        description=__doc__.splitlines()[0] if __doc__ else None,
        epilog="Other arguments are passed to `python -m kirim_chat`, e.g. --json.",
    )
    parser.add_argument(
        "--status",
        choices=[member.value for member in AccountStatusFilter],
        default=AccountStatusFilter.ALL.value,
        help="the listing to ask for, and so the spec example the mock answers with",
    )
    parser.add_argument("--port", type=int, default=0, help="mock port (default: a free one)")
    parser.add_argument(
        "--keep-running", action="store_true", help="leave the mock up until Ctrl-C"
    )
    return parser


def _run_cli(url: str, status: str, extra: Sequence[str]) -> int:
    command = [
        sys.executable, "-m", "kirim_chat",
        "--base-url", url,
        "--header", f"Prefer: example={status}",
        *extra,
        "list-accounts", "--status", status,
    ]  # fmt: skip
    # What a user can paste into a shell from the repository root while the mock runs
    # (--keep-running): the interpreter as a relative path, the mock's placeholder key.
    python = os.path.relpath(sys.executable, ROOT)
    _say(f"{API_KEY_ENV}={DEMO_API_KEY} {shlex.join([python, *command[1:]])}")
    environment = {**os.environ, API_KEY_ENV: DEMO_API_KEY}
    return subprocess.run(command, cwd=ROOT, env=environment, check=False).returncode


def main(argv: Sequence[str] | None = None) -> int:
    args, extra = _parser().parse_known_args(argv)
    # Python leaves SIGINT ignored when it starts ignored (a background job of a script, say):
    # Ctrl-C must still stop the demo and its mock.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _raise_stopped)
    signal.signal(signal.SIGHUP, _raise_stopped)
    mock = PrismMock(SPEC, args.port or free_port(), LOG)
    _say(f"Starting a Prism mock of {SPEC.name} on {mock.url} (log: {LOG.relative_to(ROOT)})")
    started = time.monotonic()
    try:
        with mock:
            _say(f"Mock ready in {time.monotonic() - started:.1f} s (pid {mock.pid})")
            status = _run_cli(mock.url, args.status, extra)
            if args.keep_running and status == 0:
                _say(f"Mock still running at {mock.url}; press Ctrl-C to stop it")
                status = mock.wait()
    except MockFailed as failure:
        _say(f"The mock failed to start: {failure}. Last lines of its log:")
        print(mock.log_tail(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        _say("Interrupted; mock stopped")
        return EXIT_INTERRUPTED
    except Stopped as stopped:
        _say("Stopped by a signal; mock stopped")
        return 128 + int(stopped.args[0])
    _say("Mock stopped")
    return status


if __name__ == "__main__":
    sys.exit(main())
