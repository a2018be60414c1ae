"""One error family: everything the package raises derives from KirimError. Argument errors are
also ValueError or TypeError (so ``except ValueError`` keeps working), a closed client says so,
and a body that breaks the spec is described by model, field and index."""

import asyncio
import math
import sys
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

from tests.client.conftest import MakeClient
from tests.support.parity import Caller
from tests.support.specs import WidgetsApi, api_token, widget, widget_list

TOKEN = api_token()
BASE_URL = "https://api.widgets.invalid/v1"


def test_timeout_none_is_an_argument_error_and_a_kirim_error(api: WidgetsApi) -> None:
    with pytest.raises(api.errors.InvalidArgumentError, match="hang forever") as raised:
        api.package.AuthenticatedClient(base_url=BASE_URL, token=TOKEN, timeout=None)

    assert isinstance(raised.value, api.errors.KirimError)
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize(
    ("options", "builtin", "names"),
    [
        ({"timeout": 0}, ValueError, "timeout"),
        ({"timeout": -1.5}, ValueError, "timeout"),
        ({"timeout": math.nan}, ValueError, "timeout"),
        ({"timeout": "5"}, TypeError, "timeout"),
        ({"timeout": httpx.Timeout(None)}, ValueError, "read=None"),
        ({"timeout": httpx.Timeout(5.0, read=None)}, ValueError, "read=None"),
        ({"timeout": httpx.Timeout(5.0, connect=-1.0)}, ValueError, "connect"),
        ({"total_timeout": 0}, ValueError, "total_timeout"),
        ({"max_retries": -1}, ValueError, "max_retries"),
        ({"max_retries": "3"}, TypeError, "max_retries"),
        ({"max_retry_after": -1}, ValueError, "max_retry_after"),
        ({"headers": {"X-Trace": "a\r\nb"}}, ValueError, "X-Trace"),
        ({"headers": {"X-Naïve": "1"}}, ValueError, "X-Naïve"),
        ({"headers": {"X-Trace ": "1"}}, ValueError, "'X-Trace ' is not a valid HTTP name"),
        ({"headers": {" X-Trace": "1"}}, ValueError, "' X-Trace' is not a valid HTTP name"),
        ({"headers": [("X-Trace", "1")]}, TypeError, "headers"),
        ({"headers": {"X-Trace": 1}}, TypeError, "'X-Trace': names and values must be str"),
        ({"headers": {1: "x"}}, TypeError, "1: names and values must be str"),
        ({"token": 42}, TypeError, "token"),
        ({"retries": 2}, TypeError, "no argument 'retries' \\(did you mean 'max_retries'\\?\\)"),
        ({"verify_ssl": 1}, TypeError, "verify_ssl"),
        ({"verify_ssl": "/no/such/ca-bundle.pem"}, ValueError, "verify_ssl: cannot load"),
        ({"follow_redirects": "yes"}, TypeError, "follow_redirects"),
        ({"cookies": {"session": 1}}, TypeError, "'session': names and values must be str"),
        ({"httpx_args": {"no_such_option": 1}}, TypeError, "no argument no_such_option"),
        ({"httpx_args": [("http2", True)]}, TypeError, "httpx_args"),
        ({"prefix": None}, TypeError, "prefix"),
        ({"auth_header_name": "X-Kéy"}, ValueError, "auth_header_name 'X-Kéy' is not"),
    ],
)
def test_a_bad_option_is_an_argument_error_naming_it(
    api: WidgetsApi, options: dict[str, Any], builtin: type[Exception], names: str
) -> None:
    settings = {"base_url": BASE_URL, "token": TOKEN, **options}

    with pytest.raises(api.errors.InvalidArgumentError, match=names) as raised:
        api.package.AuthenticatedClient(**settings)

    assert isinstance(raised.value, api.errors.KirimError)
    assert isinstance(raised.value, builtin)


def test_arguments_given_by_position_are_refused_without_showing_them(api: WidgetsApi) -> None:
    with pytest.raises(
        api.errors.InvalidArgumentTypeError, match="keyword arguments only"
    ) as raised:
        api.package.AuthenticatedClient(TOKEN)

    assert TOKEN not in str(raised.value)


def test_http2_without_h2_names_the_extra_to_install(
    api: WidgetsApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "h2", None)  # absent, whatever this machine has

    with pytest.raises(api.errors.InvalidArgumentError, match=r"pip install 'httpx\[http2\]'"):
        api.package.AuthenticatedClient(token=TOKEN, httpx_args={"http2": True})


def test_an_unknown_option_of_with_options_is_an_argument_error(api: WidgetsApi) -> None:
    client = api.package.AuthenticatedClient(base_url=BASE_URL, token=TOKEN)

    with pytest.raises(api.errors.InvalidArgumentError, match="unknown option max_retry") as raised:
        client.with_options(max_retry=1)

    assert isinstance(raised.value, TypeError)


def test_no_key_at_all_is_an_argument_error(api: WidgetsApi) -> None:
    with pytest.raises(api.errors.InvalidArgumentError, match="KIRIM_API_KEY"):
        api.package.AuthenticatedClient(base_url=BASE_URL)


def test_a_call_after_close_says_the_client_was_closed(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient
) -> None:
    client = make_client()
    with client:
        pass

    with pytest.raises(api.errors.ClientClosedError, match="was closed") as raised:
        api.list_widgets.sync(client=client)

    assert isinstance(raised.value, api.errors.KirimError)
    assert isinstance(raised.value, RuntimeError)  # what httpx raised before, still caught
    assert httpserver.log == []


def test_an_async_call_after_aclose_says_the_client_was_closed(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient
) -> None:
    httpserver.expect_request("/v1/widgets").respond_with_json(widget_list())
    client = make_client()

    async def use_then_close() -> None:
        async with client:
            await api.list_widgets.asyncio(client=client)
        with pytest.raises(api.errors.ClientClosedError, match="was closed"):
            await api.list_widgets.asyncio(client=client)

    asyncio.run(use_then_close())

    with pytest.raises(api.errors.ClientClosedError):
        asyncio.run(api.list_widgets.asyncio(client=client))  # another loop: still closed
    assert len(httpserver.log) == 1


def test_a_closed_httpx_client_of_your_own_is_a_closed_client_error(
    api: WidgetsApi, make_client: MakeClient
) -> None:
    own = httpx.Client()
    client = make_client().set_httpx_client(own)
    own.close()

    with pytest.raises(api.errors.ClientClosedError, match="httpx client"):
        api.list_widgets.sync(client=client)


def test_the_async_pool_outside_of_an_event_loop_is_a_kirim_error(
    api: WidgetsApi, make_client: MakeClient
) -> None:
    client = make_client()

    with pytest.raises(api.errors.KirimError, match="running event loop"):
        client.get_async_httpx_client()


def test_a_bad_enum_parameter_is_an_argument_error_before_anything_is_sent(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    with pytest.raises(api.errors.InvalidArgumentError, match="bogus"):
        call(api.list_widgets, client=make_client(), status="bogus")

    assert httpserver.log == []


def test_an_httpx_value_httpx_refuses_is_an_argument_error_when_the_pool_is_built(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    # A mount key must be a URL pattern ("http://"): httpx checks it only when it builds a pool.
    client = make_client(httpx_args={"mounts": {"http": None}})

    with pytest.raises(
        api.errors.InvalidArgumentError, match="refused verify_ssl/httpx_args"
    ) as raised:
        call(api.list_widgets, client=client)

    assert isinstance(raised.value.__cause__, ValueError)
    assert httpserver.log == []


@pytest.mark.parametrize(
    ("extra", "complaint", "builtin"),
    [
        (datetime(2026, 1, 2, tzinfo=UTC), "not JSON serializable", TypeError),
        (math.nan, "Out of range float values are not JSON compliant", ValueError),
        (math.inf, "Out of range float values are not JSON compliant", ValueError),
    ],
)
def test_a_body_that_is_not_json_is_an_argument_error_before_anything_is_sent(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    extra: object,
    complaint: str,
    builtin: type[Exception],
) -> None:
    new_widget = api.model("NewWidget")(name="x")
    new_widget["extra"] = extra  # an extra field with no JSON form

    with pytest.raises(api.errors.InvalidArgumentError, match=complaint) as raised:
        call(api.create_widget, client=make_client(), body=new_widget)

    assert isinstance(raised.value, builtin)  # what httpx raised before, still caught
    assert isinstance(raised.value.__cause__, builtin)
    # NaN has the right type, its value is out of range: not a type error.
    assert isinstance(raised.value, api.errors.InvalidArgumentTypeError) is (builtin is TypeError)
    assert httpserver.log == []


def test_a_json_body_is_sent_as_compact_utf8(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request("/v1/widgets", method="POST").respond_with_json(widget(), status=201)

    call(api.create_widget, client=make_client(), body=api.model("NewWidget")(name="café", size=2))

    request, _ = httpserver.log[0]
    assert request.get_data() == '{"name":"café","size":2}'.encode()
    assert request.headers["Content-Type"] == "application/json"


def _without(body: dict[str, Any], field: str) -> dict[str, Any]:
    return {name: value for name, value in body.items() if name != field}


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            widget_list(widget(), widget(size="big")),
            "WidgetList.data[1]: Widget.size: expected integer, got string",
        ),
        (widget_list(widget(object="user")), "Widget.object: expected 'widget', got 'user'"),
        (widget_list(_without(widget(), "size")), "missing required field 'size'"),
        ({"data": {}}, "WidgetList.data: expected array, got object"),
    ],
)
def test_a_body_that_breaks_the_spec_names_model_field_and_index(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    body: Any,
    words: str,
) -> None:
    httpserver.expect_request("/v1/widgets").respond_with_json(body)

    with pytest.raises(api.errors.ResponseValidationError) as raised:
        call(api.list_widgets, client=make_client())

    assert words in str(raised.value)
    assert str(raised.value).startswith("200 response does not match the spec: ")
