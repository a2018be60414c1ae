"""Prism (pinned in package-lock.json) on 127.0.0.1: the validating proxy of
`make contract-live`, and a mock of a spec, started, awaited and stopped the same way.

* ``mock(spec)`` answers every request from the spec's examples.
* ``proxy(spec, upstream)`` forwards each request to the upstream and returns its response as
  it is, adding an ``sl-violations`` header that lists every way the request or the response
  departs from the spec (missing or mistyped fields, undocumented statuses, wrong media types,
  missing required headers).

Readiness: Prism prints ``Prism is listening on <url>`` once it accepts connections; that line
is awaited with a deadline, never a fixed sleep, and gives the port when port 0 was asked for.
Stopping, however the caller ends (success, failure, Ctrl-C, a signal turned into an
exception): SIGTERM to Prism's own process group, SIGKILL if it lingers, then a wait, so no
zombie is left. On Linux the kernel also sends SIGTERM to Prism if the process that started it
is killed outright (SIGKILL), the one way out no cleanup code can catch.
"""

import ctypes
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Self

from scripts import node

HOST = "127.0.0.1"
PACKAGE = "@stoplight/prism-cli"
# Prism starts in about a second here; the limit is for a busy 2-core CI machine.
READY_TIMEOUT = 30.0
STOP_TIMEOUT = 5.0
LOG_LINES_KEPT = 40
_LISTENING = re.compile(r"Prism is listening on (http://\S+)")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
# Prism needs none of the caller's secrets: a proxied key travels in the request it forwards.
_WITHHELD_ENV = ("KIRIM_API_KEY", "KIRIM_KEY", "KIRIM_EXPIRED_API_KEY")
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
# Looked up here, in the parent: the child between fork and exec should only make the call.
_prctl = ctypes.CDLL(None).prctl if sys.platform == "linux" else None


class PrismFailed(node.ToolFailed):
    """Prism exited, or did not start listening in time; the message holds its last output."""


def version() -> str:
    return node.package_version(PACKAGE)


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the thread that started it dies."""
    if _prctl is not None:
        _prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class Prism:
    """``with Prism([...]) as prism:`` a Prism listening at ``prism.url``, stopped on exit.
    Use ``mock()`` or ``proxy()`` rather than building the arguments by hand."""

    def __init__(
        self,
        arguments: Sequence[str],
        *,
        port: int = 0,
        log: Path | None = None,
        ready_timeout: float = READY_TIMEOUT,
    ) -> None:
        self._command = [str(node.tool("prism")), *arguments, "--host", HOST, "--port", str(port)]
        self._log_path = log
        self._ready_timeout = ready_timeout
        self._lines: deque[str] = deque(maxlen=LOG_LINES_KEPT)
        self._process: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None
        self.url = ""
        self.startup_seconds = 0.0

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    def __enter__(self) -> Self:
        started = time.monotonic()
        log = None
        if self._log_path is not None:
            self._log_path.parent.mkdir(parents=True, exist_ok=True)
            log = self._log_path.open("w", encoding="utf-8")
        # Its own process group: a terminal's Ctrl-C reaches the caller, which stops Prism in
        # order, and stop() can signal Prism and anything it spawned at once.
        self._process = subprocess.Popen(
            self._command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
            process_group=0,
            preexec_fn=_die_with_parent,  # only prctl(), looked up before the fork
            env=node.environment(withheld=_WITHHELD_ENV),
        )
        lines: queue.Queue[str | None] = queue.Queue()
        # Keep draining Prism's output for its whole life, or a full pipe would block it.
        self._reader = threading.Thread(
            target=self._pump, args=(self._process, lines, log), daemon=True
        )
        self._reader.start()
        try:
            self.url = self._await_listening(lines, started + self._ready_timeout)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - started
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _pump(
        self,
        process: "subprocess.Popen[str]",
        lines: "queue.Queue[str | None]",
        log: IO[str] | None,
    ) -> None:
        if process.stdout is None:
            raise RuntimeError("Prism was started without a stdout pipe")
        try:
            for raw in process.stdout:
                line = _ANSI.sub("", raw.rstrip())
                self._lines.append(line)
                lines.put(line)
                if log is not None:
                    log.write(line + "\n")
                    log.flush()
        finally:
            lines.put(None)
            if log is not None:
                log.close()

    def _await_listening(self, lines: "queue.Queue[str | None]", deadline: float) -> str:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise PrismFailed(
                    f"Prism did not start listening within {self._ready_timeout:g} s:\n"
                    + self.log_tail()
                )
            try:
                line = lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                status = self._started().wait()
                raise PrismFailed(f"Prism exited with status {status}:\n" + self.log_tail())
            match = _LISTENING.search(line)
            if match:
                return match.group(1)

    def _started(self) -> "subprocess.Popen[str]":
        if self._process is None:
            raise RuntimeError("Prism is not started: use it as a context manager")
        return self._process

    def wait(self) -> int:
        """Block until Prism exits by itself; its exit status."""
        return self._started().wait()

    def stop(self) -> None:
        """SIGTERM to Prism's process group, SIGKILL if it lingers; waits, so no zombie."""
        process = self._process
        if process is None:
            return
        if process.returncode is None:
            for signum in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(process.pid, signum)
                except ProcessLookupError:
                    break
                try:
                    process.wait(timeout=STOP_TIMEOUT)
                    break
                except subprocess.TimeoutExpired:
                    continue
            process.wait()
        if self._reader is not None:
            self._reader.join(timeout=STOP_TIMEOUT)
        if process.stdout is not None:
            process.stdout.close()

    def log_tail(self, lines: int = 15) -> str:
        """The last lines Prism printed, colours removed."""
        return "\n".join(list(self._lines)[-lines:])


def mock(spec: Path, *, port: int = 0, log: Path | None = None) -> Prism:
    return Prism(["mock", str(spec)], port=port, log=log)


def proxy(spec: Path, upstream: str, *, port: int = 0, log: Path | None = None) -> Prism:
    return Prism(["proxy", str(spec), upstream], port=port, log=log)
