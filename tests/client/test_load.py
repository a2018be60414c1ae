"""Under load: 500 concurrent async calls through one client, 10% of them answered with 429/503.

Which calls fail is a fixed rule on the call number, so the run is deterministic. Each call
stamps its number on every attempt (a ContextVar read by an httpx request hook), so the server
counts attempts per call. A FakeClock makes backoff and Retry-After waits instant.
"""

import asyncio
import json
from collections import Counter
from contextvars import ContextVar

import httpx
import pytest

from kirim_chat import AuthenticatedClient, KirimError
from kirim_chat.api.accounts import list_accounts
from kirim_chat.errors import ApiServerError, RateLimitError
from kirim_chat.models import AccountList
from tests.support.clock import FakeClock, controlled
from tests.support.http_server import LoopbackServer, Received, Reply

pytestmark = pytest.mark.slow

CALLS = 500
MAX_RETRIES = 3
CALL_HEADER = "x-test-call"
SHORT_RETRY_AFTER = 2
LONG_RETRY_AFTER = 3600  # beyond the client's max_retry_after: raised at once, not waited for

_current_call: ContextVar[int] = ContextVar("current_call", default=-1)


def _rule(call: int) -> str:
    """Every tenth call fails; the failing ones take turns among three behaviours."""
    if call % 10:
        return "ok"
    return ("always_503", "429_then_ok", "429_too_long")[call // 10 % 3]


def _reply(call: int, attempt: int) -> Reply:
    rule = _rule(call)
    if rule == "always_503":
        return _error(503, "api_error", "service_unavailable")
    if rule == "429_then_ok" and attempt <= 2:
        return _error(429, "rate_limit_error", "rate_limit_exceeded", SHORT_RETRY_AFTER)
    if rule == "429_too_long":
        return _error(429, "rate_limit_error", "rate_limit_exceeded", LONG_RETRY_AFTER)
    account = {
        "object": "account",
        "phone_number_id": str(106540352242922 + call),
        "phone_number": "+628111222333",
        "name": f"call {call}",
        "status": "connected",
    }
    return Reply(200, json.dumps({"data": [account]}).encode())


def _error(status: int, type_: str, code: str, retry_after: int | None = None) -> Reply:
    request_id = "req_01HXYZABCDEFGHJKMNPQRSTVWX"
    body = {"error": {"type": type_, "code": code, "request_id": request_id}}
    headers = [("x-request-id", request_id)]
    if retry_after is not None:
        headers.append(("retry-after", str(retry_after)))
    return Reply(status, json.dumps(body).encode(), tuple(headers))


def _expected_attempts(call: int) -> int:
    return {"ok": 1, "always_503": MAX_RETRIES + 1, "429_then_ok": 3, "429_too_long": 1}[
        _rule(call)
    ]


async def _stamp_call(request: httpx.Request) -> None:
    request.headers[CALL_HEADER] = str(_current_call.get())


async def _call(client: AuthenticatedClient, call: int) -> AccountList:
    _current_call.set(call)  # each gathered call runs in its own task, with its own context
    return await list_accounts.asyncio(client=client)


@pytest.mark.anyio
async def test_every_call_ends_in_a_result_or_a_typed_error_within_its_retry_budget(
    clock: FakeClock,
) -> None:
    attempts: Counter[int] = Counter()

    def handle(request: Received) -> Reply:
        call = int(request.headers[CALL_HEADER])
        attempts[call] += 1
        return _reply(call, attempts[call])

    async with LoopbackServer(handle) as server:
        client = AuthenticatedClient(
            base_url=server.url,
            token="kdv_test_" + "x" * 24,
            max_retries=MAX_RETRIES,
            httpx_args={"event_hooks": {"request": [_stamp_call]}},
        )
        controlled(client, clock, jitter=0.5)
        try:
            outcomes = await asyncio.gather(
                *(_call(client, call) for call in range(CALLS)), return_exceptions=True
            )
        finally:
            await client.aclose()
        try:
            await server.wait_for_no_connections()
        except TimeoutError:
            pytest.fail(f"{server.open_connections} connection(s) still open after aclose()")
        assert server.connections_opened < server.requests_served  # keep-alive held under load

    for call, outcome in enumerate(outcomes):
        rule = _rule(call)
        if rule in ("ok", "429_then_ok"):
            assert isinstance(outcome, AccountList), (call, outcome)
            assert outcome.data[0].name == f"call {call}"  # its own response, not another's
        elif rule == "always_503":
            assert isinstance(outcome, ApiServerError), (call, outcome)
            assert (outcome.status_code, outcome.code) == (503, "service_unavailable")
        else:
            assert isinstance(outcome, RateLimitError), (call, outcome)
            assert outcome.retry_after == LONG_RETRY_AFTER
        assert isinstance(outcome, AccountList | KirimError)

    assert set(attempts) == set(range(CALLS))
    assert max(attempts.values()) <= MAX_RETRIES + 1
    assert {call: attempts[call] for call in range(CALLS)} == {
        call: _expected_attempts(call) for call in range(CALLS)
    }
    assert server.requests_served == sum(attempts.values())

    recovered = sum(_rule(call) == "429_then_ok" for call in range(CALLS))
    exhausted = sum(_rule(call) == "always_503" for call in range(CALLS))
    assert clock.sleeps.count(SHORT_RETRY_AFTER) == 2 * recovered  # Retry-After honoured
    assert len(clock.sleeps) == 2 * recovered + MAX_RETRIES * exhausted
