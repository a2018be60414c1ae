"""Configuration from arguments or the environment, and the API key kept out of sight."""

import platform
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

from kirim_chat import AuthenticatedClient, Client, KirimError, __version__
from kirim_chat._constants import DEFAULT_BASE_URL
from kirim_chat.api.accounts import list_accounts
from tests.client.conftest import MakeClient
from tests.support.bodies import account, account_list
from tests.support.parity import Caller

OK_BODY = account_list(account())


def test_token_and_base_url_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, token: str
) -> None:
    monkeypatch.setenv("KIRIM_API_KEY", f"  {token}\n")  # as pasted from a file
    monkeypatch.setenv("KIRIM_BASE_URL", "http://127.0.0.1:9/v1/")

    client = AuthenticatedClient()

    assert client.token == token
    assert client.base_url == "http://127.0.0.1:9/v1"


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIRIM_API_KEY", "from-environment")
    monkeypatch.setenv("KIRIM_BASE_URL", "http://127.0.0.1:9/v1")

    client = AuthenticatedClient(base_url="http://127.0.0.1:8/v1", token="from-argument")

    assert (client.base_url, client.token) == ("http://127.0.0.1:8/v1", "from-argument")


def test_the_default_base_url_is_the_production_api(token: str) -> None:
    assert AuthenticatedClient(token=token).base_url == DEFAULT_BASE_URL
    assert Client().base_url == "https://api.kirim.chat/v1"


@pytest.mark.parametrize("token", [None, "", "   "])
def test_no_key_anywhere_is_a_clear_error_naming_the_variable(token: str | None) -> None:
    with pytest.raises(KirimError, match="KIRIM_API_KEY"):
        AuthenticatedClient(token=token)


def test_repr_never_shows_the_token(token: str) -> None:
    client = AuthenticatedClient(token=token, headers={"X-Trace": "1"})

    for text in (repr(client), str(client), repr(client.with_options(max_retries=1))):
        assert token not in text
        assert "<redacted>" in text


def test_the_request_carries_auth_user_agent_and_custom_headers(
    httpserver: HTTPServer, make_client: MakeClient, call: Caller, token: str
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_json(OK_BODY)

    call(list_accounts, client=make_client(headers={"X-Trace": "abc"}))

    sent = httpserver.log[0][0].headers
    assert sent["Authorization"] == f"Bearer {token}"
    assert sent["X-Trace"] == "abc"
    assert sent["User-Agent"] == (
        f"kirim-chat/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
    )


def test_the_callers_headers_dict_is_never_modified(
    httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_json(OK_BODY)
    headers = {"X-Trace": "abc"}

    client = make_client(headers=headers)
    call(list_accounts, client=client)
    client.with_headers({"X-Other": "1"})

    assert headers == {"X-Trace": "abc"}


def test_a_custom_httpx_client_keeps_the_auth_header_and_the_base_url(
    httpserver: HTTPServer, make_client: MakeClient, token: str
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_json(OK_BODY)
    seen: list[httpx.Request] = []
    own_client = httpx.Client(event_hooks={"request": [seen.append]})  # no base_url, no auth

    client = make_client().set_httpx_client(own_client)
    list_accounts.sync(client=client)

    assert httpserver.log[0][0].headers["Authorization"] == f"Bearer {token}"
    assert seen
    assert seen[0].url.path == "/v1/accounts"
    own_client.close()


def test_a_custom_async_httpx_client_keeps_the_auth_header(
    httpserver: HTTPServer, make_client: MakeClient, call: Caller, token: str
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_json(OK_BODY)
    client = make_client()
    if call.mode == "async":
        client.set_async_httpx_client(httpx.AsyncClient())
    else:
        client.set_httpx_client(httpx.Client())

    call(list_accounts, client=client)

    assert httpserver.log[0][0].headers["Authorization"] == f"Bearer {token}"


def test_with_options_changes_only_what_is_asked(token: str) -> None:
    client = AuthenticatedClient(token=token, max_retries=3)

    changed = client.with_options(max_retries=0)

    assert (changed.max_retries, client.max_retries) == (0, 3)
    assert changed.token == token
    assert changed.base_url == client.base_url


@pytest.mark.parametrize("option", ["max_retries", "max_retry_after"])
def test_negative_retry_settings_are_refused(token: str, option: str) -> None:
    settings: dict[str, Any] = {option: -1}
    with pytest.raises(ValueError, match=option):
        AuthenticatedClient(token=token, **settings)


def test_an_enum_parameter_also_takes_its_plain_value(
    httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request("/v1/accounts", query_string="status=all").respond_with_json(OK_BODY)

    call(list_accounts, client=make_client(), status="all")

    assert len(httpserver.log) == 1


def test_an_invalid_enum_parameter_fails_before_anything_is_sent(
    httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    with pytest.raises(ValueError, match="'bogus' is not a valid AccountStatusFilter"):
        call(list_accounts, client=make_client(), status="bogus")

    assert httpserver.log == []
