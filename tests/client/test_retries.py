"""Retries: which failures, how many attempts, how long between them, and Retry-After."""

import email.utils
from collections.abc import Iterator

import httpx
import pytest
from pytest_httpserver import HTTPServer

from tests.client.conftest import MakeClient
from tests.support.clock import FakeClock
from tests.support.parity import Caller
from tests.support.sockets import misbehaving_server, refusing_port
from tests.support.specs import WidgetsApi, error_body, widget, widget_list

OK_BODY = widget_list(widget())
PATH = "/v1/widgets"


def fail_then_succeed(httpserver: HTTPServer, statuses: list[int], **headers: str) -> None:
    for status in statuses:
        httpserver.expect_ordered_request(PATH).respond_with_json(
            error_body("api_error", "transient"), status=status, headers=headers
        )
    httpserver.expect_ordered_request(PATH).respond_with_json(OK_BODY)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried_until_success(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    clock: FakeClock,
    call: Caller,
    status: int,
) -> None:
    fail_then_succeed(httpserver, [status, status])

    result = call(api.list_widgets, client=make_client())

    assert isinstance(result, api.model("WidgetList"))
    assert len(httpserver.log) == 3
    assert clock.sleeps == [0.25, 0.5]  # exponential from 0.25 s (jitter pinned to 0 here)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 418, 501, 520])
def test_other_statuses_are_never_retried(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    clock: FakeClock,
    call: Caller,
    status: int,
) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        error_body("invalid_request_error", "nope"), status=status
    )

    with pytest.raises(api.errors.ApiStatusError):
        call(api.list_widgets, client=make_client())

    assert len(httpserver.log) == 1
    assert clock.sleeps == []


def test_at_most_max_retries_plus_one_attempts_then_the_last_error_is_raised(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        error_body("api_error", "unavailable"), status=503
    )

    with pytest.raises(api.errors.ApiServerError) as raised:
        call(api.list_widgets, client=make_client(max_retries=3))

    assert raised.value.status_code == 503
    assert len(httpserver.log) == 4
    assert clock.sleeps == [0.25, 0.5, 1.0]


def test_max_retries_zero_makes_one_attempt(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    httpserver.expect_request(PATH).respond_with_json(error_body("api_error", "x"), status=500)

    with pytest.raises(api.errors.ApiServerError):
        call(api.list_widgets, client=make_client(max_retries=0))

    assert len(httpserver.log) == 1
    assert clock.sleeps == []


def test_backoff_is_capped_and_jittered_down_by_at_most_a_quarter(api: WidgetsApi) -> None:
    backoff = api.package._retry.backoff
    delays = [backoff(attempt, jitter=1.0) for attempt in range(1, 10)]

    assert delays == [0.1875, 0.375, 0.75, 1.5, 3.0, 6.0, 6.0, 6.0, 6.0]  # 0.25 * 2**n, 8 s cap,
    assert [backoff(attempt, jitter=0.0) for attempt in (1, 6, 20)] == [0.25, 8.0, 8.0]  # less 25 %
    assert backoff(3, jitter=0.5) == 0.875


def test_backoff_grows_over_retries_with_the_jitter_applied(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    httpserver.expect_request(PATH).respond_with_json(error_body("api_error", "x"), status=503)

    with pytest.raises(api.errors.ApiServerError):
        call(api.list_widgets, client=make_client(max_retries=7, jitter=1.0))

    assert clock.sleeps == [0.1875, 0.375, 0.75, 1.5, 3.0, 6.0, 6.0]


def test_retry_after_in_seconds_is_honoured(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    fail_then_succeed(httpserver, [429], **{"Retry-After": "7"})

    call(api.list_widgets, client=make_client())

    assert clock.sleeps == [7.0]


def test_retry_after_as_an_http_date_is_honoured(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    when = email.utils.formatdate(clock.time() + 12, usegmt=True)
    fail_then_succeed(httpserver, [503], **{"Retry-After": when})

    call(api.list_widgets, client=make_client())

    assert clock.sleeps == [12.0]


@pytest.mark.parametrize("retry_after", ["0", "-5", "Thu, 01 Jan 2026 00:00:00 GMT"])
def test_a_retry_after_of_zero_or_in_the_past_retries_at_once(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    clock: FakeClock,
    call: Caller,
    retry_after: str,
) -> None:
    clock.now += 60  # the date above is a minute ago
    fail_then_succeed(httpserver, [429], **{"Retry-After": retry_after})

    call(api.list_widgets, client=make_client())

    assert clock.sleeps == [0.0]


def test_unreadable_retry_after_falls_back_to_backoff(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    fail_then_succeed(httpserver, [429], **{"Retry-After": "soon"})

    call(api.list_widgets, client=make_client())

    assert clock.sleeps == [0.25]


@pytest.mark.parametrize(
    ("options", "retry_after"),
    [({"max_retry_after": 60}, 3600), ({}, 61)],  # {}: the default cap (60 s) applies
    ids=["cap-given", "default-cap"],
)
def test_retry_after_beyond_the_cap_raises_at_once_with_retry_after_set(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    clock: FakeClock,
    call: Caller,
    options: dict[str, float],
    retry_after: int,
) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        error_body("rate_limit_error", "rate_limit_exceeded"),
        status=429,
        headers={"Retry-After": str(retry_after)},
    )

    with pytest.raises(api.errors.RateLimitError) as raised:
        call(api.list_widgets, client=make_client(**options))

    assert raised.value.retry_after == float(retry_after)
    assert f"retry after {retry_after}s" in str(raised.value)
    assert clock.sleeps == []
    assert len(httpserver.log) == 1


def test_the_retry_after_cap_is_configurable(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    fail_then_succeed(httpserver, [429], **{"Retry-After": "90"})

    call(api.list_widgets, client=make_client(max_retry_after=120))

    assert clock.sleeps == [90.0]


def test_by_default_a_retry_after_of_60_seconds_is_waited_for(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    fail_then_succeed(httpserver, [429], **{"Retry-After": "60"})

    call(api.list_widgets, client=make_client())  # no max_retry_after: the default applies

    assert clock.sleeps == [60.0]


def test_rate_limit_error_after_exhausted_retries_carries_retry_after(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        error_body("rate_limit_error", "rate_limit_exceeded"),
        status=429,
        headers={"Retry-After": "2"},
    )

    with pytest.raises(api.errors.RateLimitError) as raised:
        call(api.list_widgets, client=make_client(max_retries=2))

    assert raised.value.retry_after == 2.0
    assert clock.sleeps == [2.0, 2.0]
    assert len(httpserver.log) == 3


def test_a_post_always_carries_a_key_and_so_is_retried(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    # Every POST gets an Idempotency-Key (test_idempotent_writes.py has the details), so a 503
    # is retried; a write without a key (PATCH there) is not.
    httpserver.expect_ordered_request(PATH, method="POST").respond_with_json(
        error_body("api_error", "x"), status=503
    )
    httpserver.expect_ordered_request(PATH, method="POST").respond_with_json(
        widget(name="Blue widget"), status=201
    )
    new_widget = api.model("NewWidget")(name="Blue widget")

    call(api.create_widget, client=make_client(), body=new_widget)

    keys = [entry[0].headers.get("Idempotency-Key") for entry in httpserver.log]
    assert len(keys) == 2
    assert keys[0] is not None
    assert keys[0] == keys[1]
    assert clock.sleeps == [0.25]


def test_post_with_an_idempotency_key_is_retried_with_the_same_key(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    httpserver.expect_ordered_request(PATH, method="POST").respond_with_json(
        error_body("api_error", "x"), status=503
    )
    httpserver.expect_ordered_request(PATH, method="POST").respond_with_json(
        widget(name="Blue widget"), status=201
    )
    new_widget = api.model("NewWidget")(name="Blue widget")

    created = call(api.create_widget, client=make_client(), body=new_widget, idempotency_key="k-1")

    assert created.name == "Blue widget"
    assert [entry[0].headers["Idempotency-Key"] for entry in httpserver.log] == ["k-1", "k-1"]
    assert [entry[0].get_json() for entry in httpserver.log] == [{"name": "Blue widget"}] * 2
    assert clock.sleeps == [0.25]


@pytest.fixture
def refused_port() -> Iterator[int]:
    with refusing_port() as port:
        yield port


def test_connection_refused_is_retried_then_raises_api_connection_error(
    api: WidgetsApi,
    refused_port: int,
    make_client: MakeClient,
    clock: FakeClock,
    call: Caller,
) -> None:
    client = make_client(base_url=f"http://127.0.0.1:{refused_port}/v1")

    with pytest.raises(api.errors.ApiConnectionError) as raised:
        call(api.list_widgets, client=client, status="all")

    assert type(raised.value) is api.errors.ApiConnectionError
    cause = raised.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    # The target without its query, then httpx's own words for the failure.
    target = f"GET http://127.0.0.1:{refused_port}/v1/widgets"
    assert str(raised.value) == f"Connection failed: {target}: {cause}"
    assert clock.sleeps == [0.25, 0.5, 1.0]


def test_connection_refused_for_post_is_retried_because_nothing_was_sent(
    api: WidgetsApi, refused_port: int, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    client = make_client(base_url=f"http://127.0.0.1:{refused_port}/v1", max_retries=1)

    with pytest.raises(api.errors.ApiConnectionError):
        call(api.create_widget, client=client, body=api.model("NewWidget")(name="x"))

    assert clock.sleeps == [0.25]


@pytest.fixture
def hanging_up_port() -> Iterator[int]:
    with misbehaving_server(hang_up=True) as port:
        yield port


def test_the_server_hanging_up_is_retried_for_idempotent_requests(
    api: WidgetsApi, hanging_up_port: int, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    client = make_client(base_url=f"http://127.0.0.1:{hanging_up_port}/v1", max_retries=1)

    with pytest.raises(api.errors.ApiConnectionError) as raised:
        call(api.list_widgets, client=client)

    assert type(raised.value) is api.errors.ApiConnectionError
    assert isinstance(raised.value.__cause__, httpx.RemoteProtocolError)
    assert clock.sleeps == [0.25]


def test_the_server_hanging_up_on_a_post_is_retried_with_its_key(
    api: WidgetsApi, hanging_up_port: int, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    # The server may have acted on the request before hanging up; the Idempotency-Key makes
    # repeating it safe (without a key, a PATCH, it is not repeated: test_idempotent_writes.py).
    client = make_client(base_url=f"http://127.0.0.1:{hanging_up_port}/v1", max_retries=2)

    with pytest.raises(api.errors.ApiConnectionError):
        call(api.create_widget, client=client, body=api.model("NewWidget")(name="x"))

    assert clock.sleeps == [0.25, 0.5]
