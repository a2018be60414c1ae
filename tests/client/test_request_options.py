"""Per-call options: ``request_options=RequestOptions(...)`` on every operation function sets that
call's timeout, retries, extra headers and query parameters, over the client's, for that call
only, on the client's own connection pool."""

import importlib
import inspect
import json
import pkgutil
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

from tests.client.conftest import MakeClient
from tests.client.conventions import label, models, op
from tests.support.clock import FakeClock
from tests.support.parity import Caller
from tests.support.raw_http import RawServer, Reply, response
from tests.support.specs import WidgetsApi, error_body, widget, widget_list

OK_BODY = widget_list(widget())
PATH = "/v1/widgets"
# Every function an operation module may have; the paginated ones only for a cursor listing.
FUNCTIONS = (
    "sync",
    "sync_detailed",
    "asyncio",
    "asyncio_detailed",
    "pages",
    "iterate",
    "apages",
    "aiterate",
)


def _operations(package: ModuleType) -> Iterator[ModuleType]:
    api = importlib.import_module(f"{package.__name__}.api")
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "sync_detailed"):
            yield module


def test_every_function_of_every_operation_takes_request_options_keyword_only(
    api: WidgetsApi, conventions: ModuleType
) -> None:
    checked: list[str] = []
    for package in (api.package, conventions):
        options_type = package.RequestOptions
        for module in _operations(package):
            for name in FUNCTIONS:
                function = getattr(module, name, None)
                if function is None:
                    continue
                parameter = inspect.signature(function).parameters["request_options"]
                assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, (module, name)
                assert parameter.default is None, (module, name)
                hints = inspect.get_annotations(function, eval_str=True)
                assert hints["request_options"] == options_type | None, (module, name)
                assert "request_options" in (function.__doc__ or ""), (module, name)
                checked.append(name)
    # Both specs' operations, and the four helpers of the conventions' cursor listing.
    assert {"sync", "asyncio_detailed", "pages", "aiterate"} <= set(checked)


def _seen(call: Caller, sent: list[httpx.Request]) -> dict[str, Any]:
    return {"httpx_args": call.on_request(sent.append)}


def test_a_timeout_applies_to_its_call_only(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request(PATH).respond_with_json(OK_BODY)
    sent: list[httpx.Request] = []
    client = make_client(**_seen(call, sent))
    options = api.package.RequestOptions(timeout=httpx.Timeout(2.0, connect=1.0))

    call(api.list_widgets, client=client, request_options=options)
    call(api.list_widgets, client=client)

    first, second = (request.extensions["timeout"] for request in sent)
    assert first == {"connect": 1.0, "read": 2.0, "write": 2.0, "pool": 2.0}
    assert second == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}  # the client's


def test_max_retries_applies_to_its_call_only(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request(PATH).respond_with_json(error_body("api_error", "busy"), status=503)
    client = make_client(max_retries=2)

    with pytest.raises(api.errors.ApiServerError):
        call(
            api.list_widgets,
            client=client,
            request_options=api.package.RequestOptions(max_retries=0),
        )
    assert len(httpserver.log) == 1
    with pytest.raises(api.errors.ApiServerError):
        call(api.list_widgets, client=client)
    assert len(httpserver.log) == 1 + 3


def test_total_timeout_applies_to_its_call_only(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    clock: FakeClock,
) -> None:
    httpserver.expect_request(PATH).respond_with_json(error_body("api_error", "busy"), status=503)
    client = make_client(max_retries=3)
    quick = api.package.RequestOptions(total_timeout=0.6)

    with pytest.raises(api.errors.ApiServerError):
        call(api.list_widgets, client=client, request_options=quick)
    # Waits of 0.25 s then 0.5 s: the second would end after 0.6 s, so it is not made.
    assert clock.sleeps == [0.25]
    with pytest.raises(api.errors.ApiServerError):
        call(api.list_widgets, client=client)
    assert clock.sleeps == [0.25, 0.25, 0.5, 1.0]


def test_headers_are_added_for_the_call_and_replace_the_clients_of_the_same_name(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller, token: str
) -> None:
    httpserver.expect_request(PATH).respond_with_json(OK_BODY)
    client = make_client(headers={"x-trace": "client", "X-Tenant": "acme"})
    options = api.package.RequestOptions(headers={"X-Trace": "call", "X-Debug": "1"})

    call(api.list_widgets, client=client, request_options=options)
    call(api.list_widgets, client=client)

    with_options, without = (request.headers for request, _ in httpserver.log)
    assert with_options.getlist("X-Trace") == ["call"]  # one header, whatever the case
    assert (with_options["X-Debug"], with_options["X-Tenant"]) == ("1", "acme")
    assert with_options["Authorization"] == f"Bearer {token}"
    assert (without["X-Trace"], without.get("X-Debug")) == ("client", None)


@pytest.mark.parametrize("name", ["authorization", "Idempotency-Key", "Content-Type"])
def test_a_header_the_operation_or_the_key_sets_is_refused_before_sending(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller, name: str
) -> None:
    options = conventions.RequestOptions(headers={name: "mine"})

    with pytest.raises(conventions.errors.InvalidArgumentError, match=f"(?i)'{name}' is set by"):
        call(
            op(conventions, "create_label"),
            client=client,
            body=models(conventions).CreateLabelRequest(name="VIP"),
            request_options=options,
        )

    assert httpserver.log == []


def test_query_parameters_are_added_for_the_call_only(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request(PATH).respond_with_json(OK_BODY)
    client = make_client()
    options = api.package.RequestOptions(query={"expand": "owner", "page_size": 5, "beta": True})

    call(api.list_widgets, client=client, status="all", request_options=options)
    call(api.list_widgets, client=client)

    first, second = (request.args for request, _ in httpserver.log)
    assert dict(first) == {"status": "all", "expand": "owner", "page_size": "5", "beta": "true"}
    assert dict(second) == {}


def test_a_query_parameter_the_call_sends_is_refused_before_sending(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    options = api.package.RequestOptions(query={"status": "archived"})

    with pytest.raises(api.errors.InvalidArgumentError, match="status is already sent"):
        call(api.list_widgets, client=make_client(), status="all", request_options=options)

    assert httpserver.log == []


def test_a_write_keeps_one_idempotency_key_over_its_own_retries(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller
) -> None:
    httpserver.expect_ordered_request("/v1/labels", method="POST").respond_with_json(
        error_body("api_error", "busy"), status=503
    )
    httpserver.expect_ordered_request("/v1/labels", method="POST").respond_with_json(
        label(), status=201
    )
    no_retries = client.with_options(max_retries=0)  # the call's options win over the client's

    created = call(
        op(conventions, "create_label"),
        client=no_retries,
        body=models(conventions).CreateLabelRequest(name="VIP"),
        idempotency_key="order-7",
        request_options=conventions.RequestOptions(max_retries=1, headers={"X-Trace": "t"}),
    )

    assert created.id == "lbl_1"
    sent = [request.headers for request, _ in httpserver.log]
    assert [(h["Idempotency-Key"], h["X-Trace"]) for h in sent] == [("order-7", "t")] * 2


def test_every_page_of_a_listing_gets_the_options(
    conventions: ModuleType, httpserver: HTTPServer, client: Any
) -> None:
    for cursor, more in ((None, True), ("c/2", False)):
        body = {"data": [label()], "has_more": more, "next_cursor": "c/2" if more else None}
        query = None if cursor is None else {"cursor": cursor, "x": "1"}
        httpserver.expect_ordered_request("/v1/labels", query_string=query).respond_with_json(body)
    options = conventions.RequestOptions(headers={"X-Trace": "walk"}, query={"x": "1"})

    labels = list(op(conventions, "list_labels").iterate(client=client, request_options=options))

    assert len(labels) == 2
    assert [request.headers["X-Trace"] for request, _ in httpserver.log] == ["walk", "walk"]
    assert [request.args.get("x") for request, _ in httpserver.log] == ["1", "1"]


def test_calls_with_options_share_the_clients_one_connection(
    api: WidgetsApi, make_client: MakeClient, call: Caller
) -> None:
    ok = response(200, json.dumps(OK_BODY).encode())
    with RawServer(lambda request: Reply([ok])) as server:
        client = make_client(base_url=f"{server.url}/v1")

        for number in range(20):
            options = api.package.RequestOptions(
                timeout=5.0 + number, max_retries=number % 3, headers={"X-Call": str(number)}
            )
            call(api.list_widgets, client=client, request_options=options)

    assert [request.headers["x-call"] for request in server.stats.requests] == [
        str(number) for number in range(20)
    ]
    assert server.stats.connections_opened == 1


def test_the_undocumented_route_takes_request_options_too(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient
) -> None:
    httpserver.expect_request("/v1/anything").respond_with_json({})
    client = make_client()

    client.request(
        "GET", "/anything", request_options=api.package.RequestOptions(headers={"X-A": "1"})
    )

    assert httpserver.log[0][0].headers["X-A"] == "1"


@pytest.mark.parametrize(
    ("options", "builtin", "names"),
    [
        ({"timeout": None}, ValueError, "hang forever"),
        ({"timeout": 0}, ValueError, "timeout"),
        ({"total_timeout": -1}, ValueError, "total_timeout"),
        ({"max_retries": -1}, ValueError, "max_retries"),
        ({"max_retries": 1.5}, TypeError, "max_retries"),
        ({"headers": {"X-Trace": "a\nb"}}, ValueError, "X-Trace"),
        ({"headers": [("X-Trace", "1")]}, TypeError, "headers"),
        ({"query": {"limit": None}}, TypeError, "'limit'"),
        ({"query": ["limit"]}, TypeError, "query"),
        ({"retries": 1}, TypeError, "retries"),
    ],
)
def test_bad_options_are_refused_when_built(
    api: WidgetsApi, options: dict[str, Any], builtin: type[Exception], names: str
) -> None:
    with pytest.raises(api.errors.InvalidArgumentError, match=names) as raised:
        api.package.RequestOptions(**options)

    assert isinstance(raised.value, builtin)


def test_the_repr_of_options_shows_header_names_not_values(api: WidgetsApi, token: str) -> None:
    options = api.package.RequestOptions(
        max_retries=0, headers={"X-Api-Secret": token, "X-Trace": "t"}
    )

    assert repr(options) == "RequestOptions(max_retries=0, headers=<X-Api-Secret, X-Trace>)"
