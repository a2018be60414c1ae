"""The retry policy: which failures get another attempt, and how long to wait before it.

Pure decisions with no I/O, shared by the sync and the async send loops in ``_base_client``.
"""

import email.utils
import json
import math
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from ._constants import (
    IDEMPOTENCY_IN_PROGRESS,
    IDEMPOTENT_METHODS,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_DELAY,
    RETRY_JITTER,
    RETRYABLE_STATUSES,
)

# Failures that happen before the request reaches the server, so any method may be retried.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after which the server may or may not have acted on the request.
MAYBE_SENT = (httpx.NetworkError, httpx.TimeoutException, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class Decision:
    """What to do after an attempt: wait ``delay`` seconds and try again, or stop (None)."""

    delay: float | None
    note: str = ""
    """Why no retry happened although the failure was retryable, for the log line."""


def parse_retry_after(headers: httpx.Headers, now: Callable[[], float]) -> float | None:
    """Seconds to wait according to ``Retry-After`` (delta-seconds or an HTTP date), else None."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - now()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def is_idempotent(request: httpx.Request) -> bool:
    """Whether repeating the request cannot do anything twice."""
    return request.method in IDEMPOTENT_METHODS or "idempotency-key" in request.headers


def retryable_status(request: httpx.Request, response: httpx.Response) -> bool:
    """Whether the same request may get another answer: a retryable status of an idempotent
    request, or a keyed write whose first attempt the server is still processing."""
    if response.status_code in RETRYABLE_STATUSES:
        return is_idempotent(request)
    if response.status_code == 409 and "idempotency-key" in request.headers:
        return (error_detail(response.content) or {}).get("code") == IDEMPOTENCY_IN_PROGRESS
    return False


def error_detail(body: bytes) -> dict[str, object] | None:
    """The ``error`` object of the vendor's error envelope (``{"error": {...}}``), or None for
    any other body: the one reader of the envelope, here (the lowest module that needs it) for
    the retry decisions, which look at its ``code``, and for errors.py, which reads every field."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return None
    detail = document.get("error") if isinstance(document, dict) else None
    return detail if isinstance(detail, dict) else None


def backoff(attempt: int, jitter: float) -> float:
    """Exponential from INITIAL_RETRY_DELAY, capped at MAX_RETRY_DELAY, shortened by up to
    RETRY_JITTER; ``jitter`` is a random number in [0, 1)."""
    delay = min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2.0 ** (attempt - 1))
    return delay * (1.0 - RETRY_JITTER * jitter)


def after_response(
    request: httpx.Request,
    response: httpx.Response,
    *,
    attempt: int,
    max_retries: int,
    max_retry_after: float,
    now: Callable[[], float],
    jitter: Callable[[], float],
) -> Decision:
    """Whether to try again after ``response`` arrived for attempt number ``attempt``."""
    if not retryable_status(request, response):
        return Decision(None)
    if attempt > max_retries:
        return Decision(None, "; retries exhausted")
    retry_after = parse_retry_after(response.headers, now)
    if retry_after is None:
        return Decision(backoff(attempt, jitter()))
    if retry_after > max_retry_after:
        return Decision(
            None, f"; Retry-After {retry_after:g}s exceeds max_retry_after, not retrying"
        )
    return Decision(retry_after)


def after_error(
    request: httpx.Request,
    exc: httpx.RequestError,
    *,
    attempt: int,
    max_retries: int,
    jitter: Callable[[], float],
) -> Decision:
    """Whether to try again after ``exc`` stopped attempt number ``attempt``."""
    retryable = isinstance(exc, NOT_SENT) or (
        isinstance(exc, MAYBE_SENT) and is_idempotent(request)
    )
    if not retryable:
        return Decision(None)
    if attempt > max_retries:
        return Decision(None, "; retries exhausted")
    return Decision(backoff(attempt, jitter()))
