"""The API key never appears in what an error or a log line shows, whatever the failure.

One test per error class the package raises from a call (connection, timeout, status,
validation), each checking that the token is absent, as an exact string, from the error's str,
repr and args, and from every log line of the call, DEBUG included."""

import logging

import httpx
import pytest
from pytest_httpserver import HTTPServer

from tests.client.conftest import MakeClient
from tests.support.parity import Caller
from tests.support.sockets import misbehaving_server, refusing_port
from tests.support.specs import WidgetsApi, error_body


def shown(failure: BaseException, caplog: pytest.LogCaptureFixture) -> list[str]:
    """Every text a caller or a log reader could see of a failed call."""
    return [
        str(failure),
        repr(failure),
        *(str(argument) for argument in failure.args),
        *(repr(argument) for argument in failure.args),
        caplog.text,
        *(record.getMessage() for record in caplog.records),
    ]


@pytest.fixture(autouse=True)
def debug_logging(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: kirim_chat, httpx and httpcore


def test_a_connection_error_never_shows_the_token(
    api: WidgetsApi,
    make_client: MakeClient,
    call: Caller,
    caplog: pytest.LogCaptureFixture,
    token: str,
) -> None:
    with refusing_port() as port, pytest.raises(api.errors.ApiConnectionError) as raised:
        call(
            api.list_widgets,
            client=make_client(base_url=f"http://127.0.0.1:{port}/v1", max_retries=1),
        )

    assert type(raised.value) is api.errors.ApiConnectionError
    assert [text for text in shown(raised.value, caplog) if token in text] == []


def test_a_timeout_never_shows_the_token(
    api: WidgetsApi,
    make_client: MakeClient,
    call: Caller,
    caplog: pytest.LogCaptureFixture,
    token: str,
) -> None:
    with misbehaving_server(hang_up=False, silent_for=2.0) as port:
        client = make_client(
            base_url=f"http://127.0.0.1:{port}/v1", timeout=httpx.Timeout(0.2), max_retries=1
        )
        with pytest.raises(api.errors.ApiTimeoutError) as raised:
            call(api.list_widgets, client=client)

    assert [text for text in shown(raised.value, caplog) if token in text] == []


def test_a_status_error_never_shows_the_token(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    caplog: pytest.LogCaptureFixture,
    token: str,
) -> None:
    httpserver.expect_request("/v1/widgets").respond_with_json(
        error_body("authentication_error", "expired_api_key", "This API key has expired."),
        status=401,
    )

    with pytest.raises(api.errors.AuthenticationError) as raised:
        call(api.list_widgets, client=make_client())

    assert [text for text in shown(raised.value, caplog) if token in text] == []
    assert token not in repr(raised.value.headers)  # the response's headers, not the request's


def test_a_validation_error_never_shows_the_token(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    caplog: pytest.LogCaptureFixture,
    token: str,
) -> None:
    httpserver.expect_request("/v1/widgets").respond_with_json({"data": "not a list"})

    with pytest.raises(api.errors.ResponseValidationError) as raised:
        call(api.list_widgets, client=make_client())

    assert [text for text in shown(raised.value, caplog) if token in text] == []
    assert token not in repr(raised.value.headers)


def test_the_token_is_sent_all_the_same(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller, token: str
) -> None:
    # The tests above would pass for a client that never sent the key at all.
    httpserver.expect_request("/v1/widgets").respond_with_json({"data": []})

    call(api.list_widgets, client=make_client())

    assert httpserver.log[0][0].headers["Authorization"] == f"Bearer {token}"
