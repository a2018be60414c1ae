"""Under load: 500 concurrent async calls through one client, 10% of them answered with 429/503.

Which calls fail is a fixed rule on the call number, so the run is deterministic and every
expected count below is written out (httpx's own limits are out of reach, so no attempt fails
because the machine is slow). Each call stamps its number on every attempt (a ContextVar
read by an httpx request hook), so the server counts attempts per call. A FakeClock makes
backoff and Retry-After waits instant.

The pool holds POOL_SIZE connections, so the 500 calls queue for them. That proves keep-alive
(585 requests over at most POOL_SIZE connections) and keeps the test quick: httpcore matches
every waiting request against every connection each time one frees up, so its cost grows with
waiting requests x connections (with httpx's default 100 connections that matching was 90% of
the test's time).
"""

import asyncio
import json
from collections import Counter
from contextvars import ContextVar
from typing import Any

import httpx
import pytest

from tests.support import budgets
from tests.support.clock import FakeClock
from tests.support.http_server import LoopbackServer, Received, Reply
from tests.support.specs import REQUEST_ID, WidgetsApi, authenticated_client, widget

pytestmark = pytest.mark.slow

CALLS = 500
MAX_RETRIES = 3
POOL_SIZE = 10
CALL_HEADER = "x-test-call"
SHORT_RETRY_AFTER = 2
LONG_RETRY_AFTER = 3600  # beyond the client's max_retry_after: raised at once, not waited for
JITTER = 0.5

_current_call: ContextVar[int] = ContextVar("current_call", default=-1)


def _rule(call: int) -> str:
    """Every tenth call fails; the failing ones take turns among three behaviours."""
    if call % 10:
        return "ok"
    return ("always_503", "429_then_ok", "429_too_long")[call // 10 % 3]


# Calls 0, 10, ..., 490 fail: the 50 of them take the three rules in turn, 17 + 17 + 16.
ALWAYS_503, RECOVERED, TOO_LONG = 17, 17, 16
OK = CALLS - ALWAYS_503 - RECOVERED - TOO_LONG  # 450


def _reply(call: int, attempt: int) -> Reply:
    rule = _rule(call)
    if rule == "always_503":
        return _error(503, "api_error", "service_unavailable")
    if rule == "429_then_ok" and attempt <= 2:
        return _error(429, "rate_limit_error", "rate_limit_exceeded", SHORT_RETRY_AFTER)
    if rule == "429_too_long":
        return _error(429, "rate_limit_error", "rate_limit_exceeded", LONG_RETRY_AFTER)
    body = {"data": [widget(id=f"wgt_{call}", name=f"call {call}")]}
    return Reply(200, json.dumps(body).encode())


def _error(status: int, type_: str, code: str, retry_after: int | None = None) -> Reply:
    body = {"error": {"type": type_, "code": code, "request_id": REQUEST_ID}}
    headers = [("x-request-id", REQUEST_ID)]
    if retry_after is not None:
        headers.append(("retry-after", str(retry_after)))
    return Reply(status, json.dumps(body).encode(), tuple(headers))


async def _stamp_call(request: httpx.Request) -> None:
    request.headers[CALL_HEADER] = str(_current_call.get())


async def _call(api: WidgetsApi, client: Any, call: int) -> Any:
    _current_call.set(call)  # each gathered call runs in its own task, with its own context
    return await api.list_widgets.asyncio(client=client)


@pytest.mark.anyio
async def test_every_call_ends_in_a_result_or_a_typed_error_within_its_retry_budget(
    api: WidgetsApi, clock: FakeClock
) -> None:
    attempts: Counter[int] = Counter()

    def handle(request: Received) -> Reply:
        call = int(request.headers[CALL_HEADER])
        attempts[call] += 1
        return _reply(call, attempts[call])

    async with LoopbackServer(handle) as server:
        client = authenticated_client(
            api.package,
            clock,
            jitter=JITTER,
            base_url=server.url,
            token="kdv_test_" + "x" * 24,
            max_retries=MAX_RETRIES,
            # Connect, pool, read and write limits beyond pytest's own timeout. The 500 calls
            # queue for POOL_SIZE connections by design, and the server shares their event
            # loop, so on a busy machine a call may wait longer than the default limits before
            # it reaches the server: it would fail without being sent, be retried after a
            # backoff, and add a sleep the counts below do not expect. Those limits measure
            # the machine, not the client; a hang still ends at pytest's timeout.
            timeout=httpx.Timeout(budgets.PYTEST_TIMEOUT * 10),
            httpx_args={
                "event_hooks": {"request": [_stamp_call]},
                # No idle expiry: a connection is never replaced because the machine was slow.
                "limits": httpx.Limits(max_connections=POOL_SIZE, keepalive_expiry=None),
            },
        )
        try:
            outcomes = await asyncio.gather(
                *(_call(api, client, call) for call in range(CALLS)), return_exceptions=True
            )
        finally:
            await client.aclose()
        try:
            await server.wait_for_no_connections()
        except TimeoutError:
            pytest.fail(f"{server.open_connections} connection(s) still open after aclose()")

    # 450 ok at 1 attempt, 17 x 4 attempts (503 each time), 17 x 3 (429, 429, ok), 16 x 1.
    assert server.requests_served == 585
    # Keep-alive: the pool's connections carried every request and were reused, never replaced.
    assert server.connections_opened <= POOL_SIZE
    assert server.peak_connections <= POOL_SIZE

    kinds = Counter(type(outcome).__name__ for outcome in outcomes)
    assert kinds == {
        "WidgetList": OK + RECOVERED,
        "ApiServerError": ALWAYS_503,
        "RateLimitError": TOO_LONG,
    }
    results: list[Any] = outcomes  # each outcome's type was checked just above
    for call, outcome in enumerate(results):
        rule = _rule(call)
        if rule in ("ok", "429_then_ok"):
            assert outcome.data[0].name == f"call {call}", call  # its own response, not another's
        elif rule == "always_503":
            assert (outcome.status_code, outcome.code) == (503, "service_unavailable"), call
        else:
            assert (outcome.status_code, outcome.retry_after) == (429, LONG_RETRY_AFTER), call

    expected_attempts = {
        "ok": 1,
        "always_503": MAX_RETRIES + 1,
        "429_then_ok": 3,
        "429_too_long": 1,
    }
    assert attempts == {call: expected_attempts[_rule(call)] for call in range(CALLS)}

    # Waits: Retry-After twice per recovered call; backoff 0.25, 0.5, 1 s (less half the 25 %
    # jitter) per exhausted call.
    assert Counter(clock.sleeps) == {
        SHORT_RETRY_AFTER: 2 * RECOVERED,
        0.21875: ALWAYS_503,
        0.4375: ALWAYS_503,
        0.875: ALWAYS_503,
    }
