"""Rate limits and request ids are typed on success and on errors; DEBUG logs never hold the key."""

import datetime
import logging
import os
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

from tests.client.conftest import MakeClient
from tests.support.clock import FakeClock
from tests.support.parity import Caller
from tests.support.sockets import refusing_port
from tests.support.specs import REQUEST_ID, WidgetsApi, error_body, widget, widget_list

PATH = "/v1/widgets"
LIMIT_HEADERS = {
    "X-Request-Id": REQUEST_ID,
    "X-RateLimit-Limit": "600",
    "X-RateLimit-Remaining": "599",
    "X-RateLimit-Reset": "1767225660",
}


def test_rate_limit_and_request_id_on_success(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request(PATH).respond_with_json(widget_list(widget()), headers=LIMIT_HEADERS)

    response = call.detailed(api.list_widgets, client=make_client())

    assert response.request_id == REQUEST_ID
    assert response.rate_limit == api.package.RateLimit(limit=600, remaining=599, reset=1767225660)


def test_rate_limit_and_request_id_on_errors(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        error_body("rate_limit_error", "rate_limit_exceeded"),
        status=429,
        headers={**LIMIT_HEADERS, "X-RateLimit-Remaining": "0", "Retry-After": "30"},
    )

    with pytest.raises(api.errors.RateLimitError) as raised:
        call(api.list_widgets, client=make_client(max_retries=0))

    assert raised.value.request_id == REQUEST_ID
    assert raised.value.rate_limit == api.package.RateLimit(
        limit=600, remaining=0, reset=1767225660
    )
    assert raised.value.retry_after == 30.0


def test_elapsed_is_the_time_of_the_final_attempt_on_the_clients_clock(
    api: WidgetsApi, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    answers = iter([(503, 10.0), (200, 1.5)])

    def handle(request: httpx.Request) -> httpx.Response:
        status, takes = next(answers)
        clock.elapsed += takes  # the attempt takes this long, on the client's clock
        body = widget_list() if status == 200 else error_body("api_error", "busy")
        return httpx.Response(status, json=body)

    client = make_client(httpx_args={"transport": _transport(call, handle)})

    response = call.detailed(api.list_widgets, client=client)

    assert response.status_code == 200
    assert response.elapsed == datetime.timedelta(seconds=1.5)  # not the 503's, nor the wait
    assert clock.sleeps == [0.25]


def _transport(call: Caller, handle: Any) -> httpx.MockTransport:
    """A MockTransport for this mode's httpx client (a coroutine handler for async)."""

    async def handle_async(request: httpx.Request) -> httpx.Response:
        response: httpx.Response = handle(request)
        return response

    return httpx.MockTransport(handle_async if call.mode == "async" else handle)


def test_missing_or_garbled_rate_limit_headers_read_as_none(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_ordered_request(PATH).respond_with_json(widget_list())
    httpserver.expect_ordered_request(PATH).respond_with_json(
        widget_list(), headers={"X-RateLimit-Limit": "lots", "X-RateLimit-Remaining": "3"}
    )
    client = make_client()

    assert call.detailed(api.list_widgets, client=client).rate_limit is None
    partial = call.detailed(api.list_widgets, client=client).rate_limit
    assert partial == api.package.RateLimit(limit=None, remaining=3, reset=None)
    with pytest.raises(AttributeError):  # a value, read from the headers: never changed
        partial.remaining = 2


def taking(seconds: float, clock: FakeClock, call: Caller) -> dict[str, Any]:
    """``httpx_args`` under which every request takes ``seconds`` on the fake clock."""

    def advance(request: httpx.Request) -> None:
        clock.elapsed += seconds

    return call.on_request(advance)


def kirim_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == "kirim_chat"]


def test_one_debug_line_per_attempt_with_method_path_status_time_id_and_attempt(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    clock: FakeClock,
    call: Caller,
    caplog: pytest.LogCaptureFixture,
    token: str,
) -> None:
    httpserver.expect_ordered_request(PATH).respond_with_json(
        error_body("api_error", "unavailable"), status=503, headers={"X-Request-Id": "req_first"}
    )
    httpserver.expect_ordered_request(PATH).respond_with_json(
        widget_list(), headers={"X-Request-Id": "req_second"}
    )
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    client = make_client(httpx_args=taking(0.125, clock, call))

    call(api.list_widgets, client=client, status=api.model("WidgetStatusFilter").ALL)

    # The path only (queries stay out of the log), the time each attempt took on its own.
    assert kirim_lines(caplog) == [
        "GET /v1/widgets -> 503 in 125.0 ms (attempt 1/4, request_id=req_first); "
        "retrying in 0.250s",
        "GET /v1/widgets -> 200 in 125.0 ms (attempt 2/4, request_id=req_second)",
    ]
    assert token not in caplog.text


def test_a_failed_connection_is_logged_per_attempt_with_its_exception_name(
    api: WidgetsApi,
    make_client: MakeClient,
    clock: FakeClock,
    call: Caller,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with refusing_port() as port:
        client = make_client(
            base_url=f"http://127.0.0.1:{port}/v1",
            max_retries=1,
            httpx_args=taking(0.5, clock, call),
        )
        with pytest.raises(api.errors.ApiConnectionError):
            call(api.list_widgets, client=client)

    assert kirim_lines(caplog) == [
        "GET /v1/widgets -> ConnectError in 500.0 ms (attempt 1/2, request_id=None); "
        "retrying in 0.250s",
        "GET /v1/widgets -> ConnectError in 500.0 ms (attempt 2/2, request_id=None); "
        "retries exhausted",
    ]


def test_a_retry_after_beyond_the_cap_is_logged_as_the_reason_for_not_retrying(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    caplog: pytest.LogCaptureFixture,
) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        error_body("rate_limit_error", "rate_limit_exceeded"),
        status=429,
        headers={"Retry-After": "90"},
    )
    caplog.set_level(logging.DEBUG)

    with pytest.raises(api.errors.RateLimitError):
        call(api.list_widgets, client=make_client())

    assert kirim_lines(caplog) == [
        "GET /v1/widgets -> 429 in 0.0 ms (attempt 1/4, request_id=None); "
        "Retry-After 90s exceeds max_retry_after, not retrying"
    ]


def test_logs_and_errors_never_hold_the_key_even_when_everything_fails(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    caplog: pytest.LogCaptureFixture,
    token: str,
) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        error_body("authentication_error", "expired_api_key", "This API key has expired."),
        status=401,
    )
    caplog.set_level(logging.DEBUG)

    with pytest.raises(api.errors.AuthenticationError) as raised:
        call(api.list_widgets, client=make_client())

    for text in (caplog.text, str(raised.value), repr(raised.value), repr(raised.value.headers)):
        assert token not in text


@pytest.mark.parametrize("kirim_log", ["debug", None])
def test_kirim_log_debug_turns_logging_on_without_code(
    api: WidgetsApi, httpserver: HTTPServer, token: str, kirim_log: str | None
) -> None:
    httpserver.expect_request(PATH).respond_with_json(widget_list())
    package = api.package.__name__
    program = (
        f"from {package} import AuthenticatedClient\n"
        f"from {package}.api.widgets import list_widgets\n"
        "list_widgets.sync(client=AuthenticatedClient())\n"
    )
    scratch_root = str(Path(api.package.__file__ or "").parent.parent)
    environment = {
        **{key: value for key, value in os.environ.items() if key != "KIRIM_LOG"},
        "PYTHONPATH": os.pathsep.join(filter(None, [scratch_root, os.environ.get("PYTHONPATH")])),
        "KIRIM_API_KEY": token,
        "KIRIM_BASE_URL": httpserver.url_for("/v1"),
    }
    if kirim_log is not None:
        environment["KIRIM_LOG"] = kirim_log

    finished = subprocess.run(
        [sys.executable, "-c", program], env=environment, capture_output=True, text=True, timeout=60
    )

    assert finished.returncode == 0, finished.stderr
    if kirim_log is None:
        assert finished.stderr == ""  # the library stays silent unless asked
    else:
        assert "kirim_chat DEBUG GET /v1/widgets -> 200" in finished.stderr
    assert token not in finished.stderr + finished.stdout


@pytest.fixture
def pristine_logger() -> Iterator[logging.Logger]:
    """The package's logger, restored after the test (it is one logger for every package)."""
    logger = logging.getLogger("kirim_chat")
    level, handlers = logger.level, list(logger.handlers)
    logger.handlers.clear()
    logger.setLevel(logging.NOTSET)
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.mark.parametrize(
    ("kirim_log", "level"), [(" Debug\n", logging.DEBUG), ("INFO", logging.INFO), ("", None)]
)
def test_kirim_log_sets_the_level_once_with_one_handler(
    api: WidgetsApi,
    monkeypatch: pytest.MonkeyPatch,
    pristine_logger: logging.Logger,
    kirim_log: str,
    level: int | None,
) -> None:
    monkeypatch.setenv("KIRIM_LOG", kirim_log)

    api.package._logging.configure_from_env()
    api.package._logging.configure_from_env()  # as a second import of the package would

    if level is None:
        assert (pristine_logger.level, pristine_logger.handlers) == (logging.NOTSET, [])
    else:
        assert pristine_logger.level == level
        assert len(pristine_logger.handlers) == 1
        assert pristine_logger.handlers[0].stream is sys.stderr  # type: ignore[attr-defined]


def test_an_unknown_kirim_log_value_warns_once_and_logs_nothing(
    api: WidgetsApi, monkeypatch: pytest.MonkeyPatch, pristine_logger: logging.Logger
) -> None:
    monkeypatch.setenv("KIRIM_LOG", "verbose")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # so that only the package can make it once
        api.package._logging.configure_from_env()
        api.package._logging.configure_from_env()

    assert [(warning.category, str(warning.message)) for warning in caught] == [
        (
            RuntimeWarning,
            "KIRIM_LOG='verbose' is not one of debug, info; the kirim_chat logs stay off",
        )
    ]
    assert (pristine_logger.level, pristine_logger.handlers) == (logging.NOTSET, [])
