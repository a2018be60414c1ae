"""The ``kirim_chat`` logger: one DEBUG line per attempt, and ``KIRIM_LOG`` to switch it on."""

import logging
import os
import sys

import httpx

from ._constants import LOG_ENV
from ._retry import Decision

logger = logging.getLogger("kirim_chat")


def configure_from_env() -> None:
    """``KIRIM_LOG=debug`` (or ``info``) logs to stderr without any code change."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get(LOG_ENV, "").strip().lower()
    )
    if level is None:
        return
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)


def log_attempt(
    request: httpx.Request,
    outcome: str,
    *,
    attempt: int,
    attempts: int,
    elapsed: float,
    decision: Decision,
    request_id: str | None,
) -> None:
    """One line per attempt: method, path (never the query), outcome, time, attempt, request id."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    retry = f"; retrying in {decision.delay:.3f}s" if decision.delay is not None else ""
    logger.debug(
        "%s %s -> %s in %.1f ms (attempt %d/%d, request_id=%s)%s%s",
        request.method,
        request.url.path,
        outcome,
        elapsed * 1000.0,
        attempt,
        attempts,
        request_id,
        retry,
        decision.note,
    )
