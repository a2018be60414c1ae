"""Prism's validating proxy (pinned in package-lock.json), started on a free loopback port.

`prism proxy` forwards each request to the upstream and returns the upstream's response as it
is, adding an ``sl-violations`` header that lists every way the request or the response departs
from the spec (missing or mistyped fields, undocumented statuses, wrong media types, missing
required headers). Readiness: Prism prints ``Prism is listening on <url>`` once it accepts
connections (about a second here); that line is awaited with a deadline, never a fixed sleep.
"""

import json
import os
import queue
import re
import subprocess
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from scripts.paths import ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"
PRISM_PACKAGE = ROOT / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
_LISTENING = re.compile(r"Prism is listening on (http://\S+)")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_LOG_LINES_KEPT = 40
# Prism needs none of the caller's secrets: the API key travels in the request it forwards.
_WITHHELD_ENV = ("KIRIM_API_KEY", "KIRIM_KEY")


class PrismFailed(Exception):
    """Prism exited or did not start listening in time; the message holds its last output."""


@dataclass(frozen=True)
class Proxy:
    url: str
    startup_seconds: float


def version() -> str:
    return str(json.loads(PRISM_PACKAGE.read_text(encoding="utf-8"))["version"])


@contextmanager
def running(spec: Path, upstream: str, timeout: float = 60.0) -> Iterator[Proxy]:
    env = {key: value for key, value in os.environ.items() if key not in _WITHHELD_ENV}
    command = [str(PRISM), "proxy", str(spec), upstream, "--host", "127.0.0.1", "--port", "0"]
    started = time.monotonic()
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**env, "SCARF_ANALYTICS": "false", "DO_NOT_TRACK": "1"},
    )
    log: deque[str] = deque(maxlen=_LOG_LINES_KEPT)
    lines: queue.Queue[str | None] = queue.Queue()
    # Keep draining Prism's output for its whole life, or a full pipe would block it.
    reader = threading.Thread(target=_pump, args=(process, log, lines), daemon=True)
    reader.start()
    try:
        url = _await_listening(process, lines, log, started + timeout)
        yield Proxy(url, time.monotonic() - started)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        reader.join(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def _pump(
    process: "subprocess.Popen[str]", log: deque[str], lines: "queue.Queue[str | None]"
) -> None:
    if process.stdout is None:
        raise RuntimeError("Prism was started without a stdout pipe")
    for line in process.stdout:
        line = _ANSI.sub("", line.rstrip())
        log.append(line)
        lines.put(line)
    lines.put(None)


def _await_listening(
    process: "subprocess.Popen[str]",
    lines: "queue.Queue[str | None]",
    log: deque[str],
    deadline: float,
) -> str:
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise PrismFailed("Prism did not start listening in time:\n" + "\n".join(log))
        try:
            line = lines.get(timeout=remaining)
        except queue.Empty:
            continue
        if line is None:
            raise PrismFailed(f"Prism exited ({process.wait()}):\n" + "\n".join(log))
        match = _LISTENING.search(line)
        if match:
            return match.group(1)
