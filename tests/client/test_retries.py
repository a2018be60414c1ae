"""Retries: which failures, how many attempts, how long between them, and Retry-After."""

import email.utils
import socket
from collections.abc import Iterator

import httpx
import pytest
from pytest_httpserver import HTTPServer

from kirim_chat import errors
from kirim_chat._retry import backoff
from kirim_chat.api.accounts import list_accounts
from kirim_chat.models import AccountList
from tests.client.conftest import MakeClient
from tests.support.bodies import account, account_list, error
from tests.support.clock import FakeClock
from tests.support.parity import Caller
from tests.support.sockets import misbehaving_server

OK_BODY = account_list(account())


def fail_then_succeed(httpserver: HTTPServer, statuses: list[int], **headers: str) -> None:
    for status in statuses:
        httpserver.expect_ordered_request("/v1/accounts").respond_with_json(
            error("api_error", "transient"), status=status, headers=headers
        )
    httpserver.expect_ordered_request("/v1/accounts").respond_with_json(OK_BODY)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried_until_success(
    httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller, status: int
) -> None:
    fail_then_succeed(httpserver, [status, status])

    result = call(list_accounts, client=make_client())

    assert isinstance(result, AccountList)
    assert len(httpserver.log) == 3
    assert clock.sleeps == [0.25, 0.5]  # exponential from 0.25 s (jitter pinned to 0 here)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 418, 501, 520])
def test_other_statuses_are_never_retried(
    httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller, status: int
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_json(
        error("invalid_request_error", "nope"), status=status
    )

    with pytest.raises(errors.ApiStatusError):
        call(list_accounts, client=make_client())

    assert len(httpserver.log) == 1
    assert clock.sleeps == []


def test_at_most_max_retries_plus_one_attempts_then_the_last_error_is_raised(
    httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_json(
        error("api_error", "unavailable"), status=503
    )

    with pytest.raises(errors.ApiServerError) as raised:
        call(list_accounts, client=make_client(max_retries=3))

    assert raised.value.status_code == 503
    assert len(httpserver.log) == 4
    assert clock.sleeps == [0.25, 0.5, 1.0]


def test_max_retries_zero_makes_one_attempt(
    httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_json(error("api_error", "x"), status=500)

    with pytest.raises(errors.ApiServerError):
        call(list_accounts, client=make_client(max_retries=0))

    assert len(httpserver.log) == 1
    assert clock.sleeps == []


def test_backoff_is_capped_and_jittered_down_by_at_most_a_quarter() -> None:
    delays = [backoff(attempt, jitter=1.0) for attempt in range(1, 10)]

    assert delays[:3] == [0.1875, 0.375, 0.75]  # 0.25 * 2**n, less the full 25 % jitter
    assert max(delays) == 8.0 * 0.75  # capped at 8 s before jitter
    assert backoff(20, jitter=0.0) == 8.0


def test_retry_after_in_seconds_is_honoured(
    httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    fail_then_succeed(httpserver, [429], **{"Retry-After": "7"})

    call(list_accounts, client=make_client())

    assert clock.sleeps == [7.0]


def test_retry_after_as_an_http_date_is_honoured(
    httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    when = email.utils.formatdate(clock.time() + 12, usegmt=True)
    fail_then_succeed(httpserver, [503], **{"Retry-After": when})

    call(list_accounts, client=make_client())

    assert clock.sleeps == [12.0]


def test_unreadable_retry_after_falls_back_to_backoff(
    httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    fail_then_succeed(httpserver, [429], **{"Retry-After": "soon"})

    call(list_accounts, client=make_client())

    assert clock.sleeps == [0.25]


def test_retry_after_beyond_the_cap_raises_at_once_with_retry_after_set(
    httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_json(
        error("rate_limit_error", "rate_limit_exceeded"),
        status=429,
        headers={"Retry-After": "3600"},
    )

    with pytest.raises(errors.RateLimitError) as raised:
        call(list_accounts, client=make_client(max_retry_after=60))

    assert raised.value.retry_after == 3600.0
    assert "retry after 3600s" in str(raised.value)
    assert clock.sleeps == []
    assert len(httpserver.log) == 1


def test_the_retry_after_cap_is_configurable(
    httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    fail_then_succeed(httpserver, [429], **{"Retry-After": "90"})

    call(list_accounts, client=make_client(max_retry_after=120))

    assert clock.sleeps == [90.0]


def test_rate_limit_error_after_exhausted_retries_carries_retry_after(
    httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_json(
        error("rate_limit_error", "rate_limit_exceeded"), status=429, headers={"Retry-After": "2"}
    )

    with pytest.raises(errors.RateLimitError) as raised:
        call(list_accounts, client=make_client(max_retries=2))

    assert raised.value.retry_after == 2.0
    assert clock.sleeps == [2.0, 2.0]
    assert len(httpserver.log) == 3


def test_post_is_not_retried_without_an_idempotency_key(
    httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock
) -> None:
    httpserver.expect_request("/v1/things", method="POST").respond_with_json(
        error("api_error", "x"), status=503
    )

    response = make_client().request("POST", "/things", json={"a": 1})

    assert response.status_code == 503
    assert len(httpserver.log) == 1


def test_post_with_an_idempotency_key_is_retried(
    httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock
) -> None:
    httpserver.expect_ordered_request("/v1/things", method="POST").respond_with_json(
        error("api_error", "x"), status=503
    )
    httpserver.expect_ordered_request("/v1/things", method="POST").respond_with_json({}, status=201)

    response = make_client().request(
        "POST", "/things", json={"a": 1}, headers={"Idempotency-Key": "k-1"}
    )

    assert response.status_code == 201
    assert [entry[0].headers["Idempotency-Key"] for entry in httpserver.log] == ["k-1", "k-1"]


def _closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on, so connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_connection_refused_is_retried_then_raises_api_connection_error(
    make_client: MakeClient, clock: FakeClock, call: Caller, token: str
) -> None:
    client = make_client(base_url=f"http://127.0.0.1:{_closed_port()}/v1")

    with pytest.raises(errors.ApiConnectionError) as raised:
        call(list_accounts, client=client)

    assert type(raised.value) is errors.ApiConnectionError
    assert "GET http://127.0.0.1:" in str(raised.value)
    assert token not in str(raised.value)
    assert clock.sleeps == [0.25, 0.5, 1.0]
    assert isinstance(raised.value.__cause__, Exception)


def test_connection_refused_for_post_is_retried_because_nothing_was_sent(
    make_client: MakeClient, clock: FakeClock
) -> None:
    client = make_client(base_url=f"http://127.0.0.1:{_closed_port()}/v1", max_retries=1)

    with pytest.raises(errors.ApiConnectionError):
        client.request("POST", "/things", json={})

    assert clock.sleeps == [0.25]


@pytest.fixture
def hanging_up_port() -> Iterator[int]:
    with misbehaving_server(hang_up=True) as port:
        yield port


def test_the_server_hanging_up_is_retried_for_idempotent_requests(
    hanging_up_port: int, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    client = make_client(base_url=f"http://127.0.0.1:{hanging_up_port}/v1", max_retries=1)

    with pytest.raises(errors.ApiConnectionError) as raised:
        call(list_accounts, client=client)

    assert isinstance(raised.value.__cause__, httpx.RemoteProtocolError)
    assert clock.sleeps == [0.25]


def test_the_server_hanging_up_on_a_post_is_not_retried(
    hanging_up_port: int, make_client: MakeClient, clock: FakeClock
) -> None:
    # The server may have acted on the request before hanging up: repeating it is unsafe.
    client = make_client(base_url=f"http://127.0.0.1:{hanging_up_port}/v1")

    with pytest.raises(errors.ApiConnectionError):
        client.request("POST", "/things", json={})

    assert clock.sleeps == []
