"""Rate limits and request ids are typed on success and on errors; DEBUG logs never hold the key."""

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tests.client.conftest import MakeClient
from tests.support.parity import Caller
from tests.support.specs import REQUEST_ID, WidgetsApi, error, widget, widget_list

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
        error("rate_limit_error", "rate_limit_exceeded"),
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


def test_one_debug_line_per_attempt_with_method_path_status_time_id_and_attempt(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    caplog: pytest.LogCaptureFixture,
    token: str,
) -> None:
    httpserver.expect_ordered_request(PATH).respond_with_json(
        error("api_error", "unavailable"), status=503, headers={"X-Request-Id": "req_first"}
    )
    httpserver.expect_ordered_request(PATH).respond_with_json(
        widget_list(), headers={"X-Request-Id": "req_second"}
    )
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included

    call(api.list_widgets, client=make_client(), status=api.model("WidgetStatusFilter").ALL)

    lines = [record.getMessage() for record in caplog.records if record.name == "kirim_chat"]
    pattern = r"GET /v1/widgets -> {} in [0-9.]+ ms \(attempt {}/4, request_id={}\)"
    assert len(lines) == 2
    assert re.fullmatch(pattern.format(503, 1, "req_first") + r"; retrying in 0\.250s", lines[0])
    assert re.fullmatch(pattern.format(200, 2, "req_second"), lines[1])
    assert token not in caplog.text
    assert "status=all" not in "\n".join(lines)  # the path only: queries stay out of the log


def test_logs_and_errors_never_hold_the_key_even_when_everything_fails(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    caplog: pytest.LogCaptureFixture,
    token: str,
) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        error("authentication_error", "expired_api_key", "This API key has expired."),
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
