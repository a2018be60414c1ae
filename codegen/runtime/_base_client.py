"""The send loop: one request, its retries and their waits, logged; sync and async twins.

Both loops ask ``_retry`` what to do after each attempt, so they cannot drift apart; they differ
only in how they send and how they wait.
"""

from typing import TYPE_CHECKING

import httpx

from . import _retry, errors
from ._logging import log_attempt

if TYPE_CHECKING:
    from .client import Client


def send(client: "Client", http: httpx.Client, request: httpx.Request) -> httpx.Response:
    """The final response, whatever its status; ApiConnectionError when none arrived."""
    clock = client._clock
    for attempt in range(1, client.max_retries + 2):
        started = clock.monotonic()
        try:
            response = http.send(request)
        except httpx.RequestError as exc:
            decision = _after_error(client, request, exc, attempt, started)
            if decision.delay is None:
                raise errors.connection_error(request, exc) from exc
            clock.sleep(decision.delay)
            continue
        decision = _after_response(client, request, response, attempt, started)
        if decision.delay is None:
            return response
        response.close()
        clock.sleep(decision.delay)
    raise AssertionError("unreachable: the last attempt always returns or raises")


async def send_async(
    client: "Client", http: httpx.AsyncClient, request: httpx.Request
) -> httpx.Response:
    """The async twin of ``send``."""
    clock = client._clock
    for attempt in range(1, client.max_retries + 2):
        started = clock.monotonic()
        try:
            response = await http.send(request)
        except httpx.RequestError as exc:
            decision = _after_error(client, request, exc, attempt, started)
            if decision.delay is None:
                raise errors.connection_error(request, exc) from exc
            await clock.async_sleep(decision.delay)
            continue
        decision = _after_response(client, request, response, attempt, started)
        if decision.delay is None:
            return response
        await response.aclose()
        await clock.async_sleep(decision.delay)
    raise AssertionError("unreachable: the last attempt always returns or raises")


def _after_response(
    client: "Client",
    request: httpx.Request,
    response: httpx.Response,
    attempt: int,
    started: float,
) -> _retry.Decision:
    decision = _retry.after_response(
        request,
        response,
        attempt=attempt,
        max_retries=client.max_retries,
        max_retry_after=client.max_retry_after,
        now=client._clock.time,
        jitter=client._jitter,
    )
    log_attempt(
        request,
        str(response.status_code),
        attempt=attempt,
        attempts=client.max_retries + 1,
        elapsed=client._clock.monotonic() - started,
        decision=decision,
        request_id=response.headers.get("x-request-id"),
    )
    return decision


def _after_error(
    client: "Client",
    request: httpx.Request,
    exc: httpx.RequestError,
    attempt: int,
    started: float,
) -> _retry.Decision:
    decision = _retry.after_error(
        request, exc, attempt=attempt, max_retries=client.max_retries, jitter=client._jitter
    )
    log_attempt(
        request,
        type(exc).__name__,
        attempt=attempt,
        attempts=client.max_retries + 1,
        elapsed=client._clock.monotonic() - started,
        decision=decision,
        request_id=None,
    )
    return decision
