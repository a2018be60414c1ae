"""The ``kirim_chat`` logger, and ``KIRIM_LOG`` to switch it on without code.

Levels: INFO for the attempts worth knowing about (one that will be retried, one that ends the
call with an error), DEBUG for every other attempt. So ``KIRIM_LOG=info`` shows retries and
failures, and ``KIRIM_LOG=debug`` shows every attempt. A record of an attempt that will be
retried also carries the wait, as ``record.kirim_retry`` (a ``RetryWait``), for handlers such
as the command line's ``RetryNotices``.
"""

import logging
import os
import sys
import warnings
from typing import NamedTuple

import httpx

from ._constants import LOG_ENV
from ._redact import redact
from ._retry import Decision

logger = logging.getLogger("kirim_chat")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


class _FallbackHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes a record to stderr only when no handler of an ancestor logger will write it.

    ``KIRIM_LOG`` installs it so that the logs appear without any logging configuration; once
    the application configures logging (``logging.basicConfig``, say), the record reaches the
    application's handlers through propagation, and printing it here too would show it twice.
    Like ``logging.lastResort``, but for the level ``KIRIM_LOG`` asks for.
    """

    def handle(self, record: logging.LogRecord) -> bool:
        if _handled_elsewhere(record):
            return False
        return super().handle(record)

    def emit(self, record: logging.LogRecord) -> None:
        # sys.stderr at the time of the write, so that a replaced one (pytest, notebooks) is used.
        self.stream = sys.stderr
        super().emit(record)


class RetryWait(NamedTuple):
    """What a retried attempt ended with, and the wait before the next one."""

    outcome: str
    """The status (``"429"``) or, when no response came, the error's class name."""
    wait: float
    """Seconds until the next attempt."""
    attempt: int
    attempts: int
    """The most attempts the call may make."""


class RetryNotices(logging.Handler):
    """One line on stderr for each retry wait of ``min_wait`` seconds or more, so that a long
    wait (a 429's Retry-After) is not silence: ``waiting 30.0 s to retry: 429 on attempt 1 of
    4``. The command line installs it; it prints nothing else, and does not keep the lines of
    ``KIRIM_LOG`` from being written."""

    def __init__(self, min_wait: float = 1.0) -> None:
        super().__init__(logging.INFO)
        self.min_wait = min_wait

    def emit(self, record: logging.LogRecord) -> None:
        retry = getattr(record, "kirim_retry", None)
        if not isinstance(retry, RetryWait) or retry.wait < self.min_wait:
            return
        print(  # sys.stderr at the time of the write, as _FallbackHandler does
            f"waiting {retry.wait:.1f} s to retry: {retry.outcome} on attempt "
            f"{retry.attempt} of {retry.attempts}",
            file=sys.stderr,
        )


def _handled_elsewhere(record: logging.LogRecord) -> bool:
    """Whether another handler will write ``record``: one the application put on ``kirim_chat``
    itself, or one that propagation reaches (a handler of the root logger, say)."""
    current: logging.Logger | None = logger
    while current is not None:
        if any(
            not isinstance(handler, _FallbackHandler | RetryNotices)
            and record.levelno >= handler.level
            for handler in current.handlers
        ):
            return True
        current = current.parent if current.propagate else None
    return False


_warned_about: set[str] = set()


def configure_from_env() -> None:
    """``KIRIM_LOG=debug`` (or ``info``) logs to stderr without any code change; any other value
    warns, once, rather than being ignored."""
    value = os.environ.get(LOG_ENV, "").strip()
    level = _LEVELS.get(value.lower())
    if level is None:
        if value and value not in _warned_about:
            _warned_about.add(value)
            warnings.warn(
                f"{LOG_ENV}={redact(value)!r} is not one of {', '.join(_LEVELS)}; "
                "the kirim_chat logs stay off",
                RuntimeWarning,
                stacklevel=2,
            )
        return
    if not any(isinstance(handler, _FallbackHandler) for handler in logger.handlers):
        handler = _FallbackHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)


def log_attempt(
    request: httpx.Request,
    outcome: str,
    *,
    failed: bool,
    attempt: int,
    attempts: int,
    elapsed: float,
    decision: Decision,
    request_id: str | None,
) -> None:
    """One line per attempt: method, path (never the query), outcome, time, attempt, request id.

    INFO when the attempt is retried or ``failed`` (an error status, no response), else DEBUG.
    """
    level = logging.INFO if failed or decision.delay is not None else logging.DEBUG
    if not logger.isEnabledFor(level):
        return
    retry = f"; retrying in {decision.delay:.3f}s" if decision.delay is not None else ""
    wait = None
    if decision.delay is not None:
        wait = RetryWait(outcome, decision.delay, attempt, attempts)
    logger.log(
        level,
        "%s %s -> %s in %.1f ms (attempt %d/%d, request_id=%s)%s%s",
        request.method,
        redact(request.url.path),
        outcome,
        elapsed * 1000.0,
        attempt,
        attempts,
        redact(request_id) if request_id is not None else None,
        retry,
        decision.note,
        extra={"kirim_retry": wait},
    )
