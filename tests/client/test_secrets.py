"""Configuration that cannot leak: keyword-only arguments, a base URL checked when the client is
built, and no API key in any message, repr or log line, even one the server sends back."""

import logging
import traceback
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

from tests.client.conftest import MakeClient
from tests.support.parity import Caller
from tests.support.sockets import misbehaving_server
from tests.support.specs import WidgetsApi, api_token, error_body, widget

TOKEN = api_token()
OTHER_KEY = "kdv_test_" + "0therC0mpanyKey0" + "12345678"  # someone else's, never configured
WIDGET_ID = widget()["id"]


def _package_log(caplog: pytest.LogCaptureFixture) -> str:
    """The lines the package logged (httpx and httpcore log what they log)."""
    return "\n".join(
        caplog.handler.format(record)
        for record in caplog.records
        if record.name == "kirim_chat"  # every generated package logs there
    )


def _traceback(error: BaseException) -> str:
    """What ``logger.exception`` would print: the error and every exception it chains to."""
    return "".join(traceback.format_exception(error))


def _texts(error: BaseException) -> list[str]:
    """Everything the package renders about an error."""
    return [str(error), repr(error), *(str(arg) for arg in error.args)] + [
        str(value) for value in vars(error).values() if isinstance(value, str)
    ]


def test_every_constructor_argument_is_keyword_only(api: WidgetsApi) -> None:
    for client_class, arguments in [
        (api.package.AuthenticatedClient, (TOKEN,)),
        (api.package.Client, ("https://api.widgets.invalid/v1",)),
    ]:
        with pytest.raises(TypeError) as raised:
            client_class(*arguments)
        assert TOKEN not in str(raised.value)


@pytest.mark.parametrize(
    "base_url",
    [TOKEN, f"  {TOKEN}\n", f"https://api.widgets.invalid/v1?key={TOKEN}"],
    ids=["key", "key-with-spaces", "key-in-query"],
)
def test_a_key_given_as_the_base_url_is_refused_without_repeating_it(
    api: WidgetsApi, base_url: str
) -> None:
    with pytest.raises(api.errors.InvalidArgumentError) as raised:
        api.package.AuthenticatedClient(base_url=base_url, token=TOKEN)

    assert isinstance(raised.value, ValueError | api.errors.KirimError)
    assert "base_url" in str(raised.value)
    assert "token=" in str(raised.value)  # says where the key goes
    for text in _texts(raised.value):
        assert TOKEN not in text


def test_a_key_in_kirim_base_url_is_refused_naming_the_variable(
    api: WidgetsApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIRIM_BASE_URL", TOKEN)

    with pytest.raises(api.errors.InvalidArgumentError, match=r"\$KIRIM_BASE_URL") as raised:
        api.package.AuthenticatedClient(token=TOKEN)

    assert TOKEN not in str(raised.value)


@pytest.mark.parametrize(
    ("base_url", "complaint"),
    [
        ("api.widgets.invalid/v1", "http:// or https://"),
        ("ftp://api.widgets.invalid/v1", "http:// or https://"),
        ("https://", "http:// or https://"),
        ("https://user:secret@api.widgets.invalid/v1", "credentials"),
        ("https://api.widgets.invalid/v1?version=2", "query"),
        ("http://[::1/v1", "not a URL"),
    ],
)
def test_a_base_url_that_is_not_an_http_root_is_refused_when_the_client_is_built(
    api: WidgetsApi, base_url: str, complaint: str
) -> None:
    with pytest.raises(api.errors.InvalidArgumentError, match="base_url") as raised:
        api.package.AuthenticatedClient(base_url=base_url, token=TOKEN)

    assert complaint in str(raised.value)
    assert "secret" not in str(raised.value)


# The shortest configured key that is searched for has 8 characters.
@pytest.mark.parametrize("token", [TOKEN, "sk-any-shape-the-user-configured", "Q7vLm3Tz"])
def test_a_key_the_server_echoes_stays_out_of_errors_and_logs(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    caplog: pytest.LogCaptureFixture,
    token: str,
) -> None:
    body = error_body("authentication_error", "invalid_api_key", f"Unknown key {token}.")
    body["error"]["param"] = f"Authorization: Bearer {token}"
    httpserver.expect_request("/v1/widgets").respond_with_json(
        body, status=401, headers={"X-Request-Id": f"req_{token}"}
    )
    caplog.set_level(logging.DEBUG)
    client = make_client(token=token)

    with pytest.raises(api.errors.AuthenticationError) as raised:
        call(api.list_widgets, client=client)

    error = raised.value
    assert error.message == "Unknown key <redacted>."
    assert error.param == "Authorization: Bearer <redacted>"
    assert error.request_id == "req_<redacted>"
    for text in [*_texts(error), _package_log(caplog)]:
        assert token not in text
    assert token.encode() in error.body  # the raw bytes stay as received


def test_a_configured_key_under_8_characters_is_not_searched_for(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    # Replacing so short a string everywhere would garble messages and protect nothing.
    httpserver.expect_request("/v1/widgets").respond_with_json(
        error_body("authentication_error", "invalid_api_key", "Unknown key P4wRk9Y."), status=401
    )

    with pytest.raises(api.errors.AuthenticationError) as raised:
        call(api.list_widgets, client=make_client(token="P4wRk9Y"))

    assert raised.value.message == "Unknown key P4wRk9Y."


def test_a_key_shaped_value_in_a_success_body_stays_out_of_messages_and_reprs(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    path = f"/v1/widgets/{WIDGET_ID}"
    httpserver.expect_ordered_request(path).respond_with_json(widget(object=OTHER_KEY))
    httpserver.expect_ordered_request(path).respond_with_json(widget(name=OTHER_KEY))
    client = make_client()

    with pytest.raises(api.errors.ResponseValidationError) as raised:
        call(api.get_widget, widget_id=WIDGET_ID, client=client)
    response = call.detailed(api.get_widget, widget_id=WIDGET_ID, client=client)

    assert "Widget.object: expected 'widget', got '<redacted>'" in str(raised.value)
    for text in [*_texts(raised.value), _traceback(raised.value)]:
        assert OTHER_KEY not in text
    assert OTHER_KEY.encode() in raised.value.body
    assert response.parsed.name == OTHER_KEY  # the data is the caller's, as received
    assert OTHER_KEY not in repr(response)
    assert "name='<redacted>'" in repr(response)


def test_a_key_in_a_path_stays_out_of_connection_errors_and_logs(
    api: WidgetsApi, make_client: MakeClient, call: Caller, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with misbehaving_server(hang_up=True) as port:
        client = make_client(base_url=f"http://127.0.0.1:{port}/v1", max_retries=1)

        with pytest.raises(api.errors.ApiConnectionError) as raised:
            call(api.get_widget, widget_id=TOKEN, client=client)

    assert "/v1/widgets/<redacted>" in str(raised.value)
    assert "/v1/widgets/<redacted>" in _package_log(caplog)
    for text in [*_texts(raised.value), _package_log(caplog), _traceback(raised.value)]:
        assert TOKEN not in text


@pytest.mark.parametrize(
    ("token", "complaint"),
    [
        ("https://api.widgets.invalid/v1", "looks like a URL"),
        (f"{TOKEN} extra", "one word"),
        (f"{TOKEN}\r\nX-Injected: 1", "one word"),
    ],
)
def test_a_token_that_cannot_be_a_key_is_refused_without_repeating_it(
    api: WidgetsApi, token: str, complaint: str
) -> None:
    with pytest.raises(api.errors.InvalidArgumentError, match=complaint) as raised:
        api.package.AuthenticatedClient(base_url="https://api.widgets.invalid/v1", token=token)

    assert TOKEN not in str(raised.value)


@pytest.mark.parametrize("links", [1, 40])
def test_every_link_of_a_long_or_looping_chain_is_scrubbed(api: WidgetsApi, links: int) -> None:
    request = httpx.Request("GET", "https://api.widgets.invalid/v1/widgets")
    chain: list[BaseException] = [httpx.ConnectError(f"refused, key {TOKEN}", request=request)]
    for depth in range(1, links):
        link = OSError(f"link {depth} quotes {TOKEN}")
        link.__cause__ = chain[-1]
        chain.append(link)
    chain[0].__context__ = chain[-1]  # back to the last: the walk must still end
    top = httpx.ConnectError("failed", request=request)
    top.__cause__ = chain[-1]

    error = api.errors.connection_error(request, top)

    assert TOKEN not in str(error)
    assert TOKEN not in _traceback(top)
    assert [str(link) for link in chain] == [
        "refused, key <redacted>",
        *(f"link {depth} quotes <redacted>" for depth in range(1, links)),
    ]


def test_reprs_of_clients_never_show_a_configured_key(api: WidgetsApi) -> None:
    secret = "sk-configured-elsewhere-0001"
    client = api.package.AuthenticatedClient(
        base_url="https://api.widgets.invalid/v1", token=secret
    )
    texts: list[Any] = [repr(client), str(client), repr(client.with_options(max_retries=0))]

    for text in texts:
        assert secret not in text
        assert "token=<redacted>" in text
