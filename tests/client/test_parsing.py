"""Success bodies through a call: what the spec allows parses (forward compatibly); what it
forbids is a typed ResponseValidationError that keeps the body. (Each property type on its own:
tests/templates/.)"""

import json
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.client.conftest import MakeClient
from tests.support.parity import Caller
from tests.support.specs import REQUEST_ID, WidgetsApi, widget, widget_list

PATH = "/v1/widgets"


def serve(httpserver: HTTPServer, body: Any) -> None:
    httpserver.expect_request(PATH).respond_with_json(body, headers={"X-Request-Id": REQUEST_ID})


def test_known_statuses_are_typed_members(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    serve(httpserver, widget_list(widget(status="active"), widget(status="archived")))

    result = call(api.list_widgets, client=make_client())

    status = api.model("WidgetStatus")
    assert [item.status for item in result.data] == [status.ACTIVE, status.ARCHIVED]
    assert all(type(item.status) is status for item in result.data)


def test_an_unknown_status_is_kept_and_round_trips(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    body = widget_list(widget(status="melted"), widget(status="active"))
    serve(httpserver, body)

    result = call(api.list_widgets, client=make_client())

    melted = result.data[0]
    assert melted.status == "melted"
    assert type(melted.status) is str
    assert result.to_dict() == body  # nothing lost, nothing rejected


def test_unknown_extra_fields_are_kept_at_every_level(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    body = widget_list(widget(colour="blue", weight={"kg": 2}), total=1, has_more=False)
    serve(httpserver, body)

    result = call(api.list_widgets, client=make_client())

    assert result.data[0]["colour"] == "blue"
    assert result.data[0].additional_properties == {"colour": "blue", "weight": {"kg": 2}}
    assert result["total"] == 1
    assert result.has_more is False
    assert result.to_dict() == body


def test_optional_envelope_fields_may_be_absent(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    serve(httpserver, widget_list(widget()))

    result = call(api.list_widgets, client=make_client())

    assert type(result) is api.model("WidgetList")
    assert (result.has_more, result.next_cursor, result.request_id) == (None, None, None)
    assert result.data == [api.model("Widget").from_dict(widget())]
    assert result.to_dict() == widget_list(widget())  # absent stays absent


def test_a_widget_without_a_name_has_null_name(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    serve(httpserver, widget_list(widget(name=None, status="building")))

    building = call(api.list_widgets, client=make_client()).data[0]

    assert building.name is None
    assert building.status is api.model("WidgetStatus").BUILDING


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            widget_list(widget(status=5)),
            "WidgetList.data[0]: Widget.status: expected string, got integer",
        ),
        (
            widget_list(widget(name=["x"])),
            "WidgetList.data[0]: Widget.name: expected string or null, got array",
        ),
        (
            widget_list(widget(object="gadget")),
            "WidgetList.data[0]: Widget.object: expected 'widget', got 'gadget'",
        ),
        ({"widgets": []}, "WidgetList: missing required field 'data'"),
        (widget_list(widget(), has_more="no"), "WidgetList.has_more: expected boolean, got string"),
        ({"data": {}}, "WidgetList.data: expected array, got object"),
        ({"data": [widget(), "x"]}, "WidgetList.data[1]: expected object, got string"),
        ([widget()], "WidgetList: expected object, got array"),
        (
            widget_list(widget(), {key: value for key, value in widget().items() if key != "size"}),
            "WidgetList.data[1]: Widget: missing required field 'size'",
        ),
    ],
    ids=[
        "status-int",
        "name-list",
        "wrong-const",
        "no-data",
        "has-more-str",
        "data-object",
        "data-of-strings",
        "top-level-list",
        "missing-size",
    ],
)
def test_a_body_that_breaks_the_spec_raises_response_validation_error(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    body: Any,
    reason: str,
) -> None:
    serve(httpserver, body)

    with pytest.raises(api.errors.ResponseValidationError) as raised:
        call(api.list_widgets, client=make_client())

    failure = raised.value
    assert failure.reason == reason
    assert failure.status_code == 200
    assert json.loads(failure.body) == body  # the body is kept for the caller
    assert str(failure) == (
        f"200 response does not match the spec: {reason} [request_id: {REQUEST_ID}]"
    )
    assert failure.headers["x-request-id"] == REQUEST_ID


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"", "the body is empty"),
        (b'{"data": [', "the body is not JSON (Expecting value)"),
        (b"<html>ok</html>", "the body is not JSON (Expecting value)"),
        (b"\x80\x81 not text", "the body is not UTF-8 text"),
    ],
    ids=["empty", "truncated", "html", "binary"],
)
def test_a_success_body_that_is_not_json_raises_response_validation_error(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    payload: bytes,
    reason: str,
) -> None:
    httpserver.expect_request(PATH).respond_with_data(payload, status=200)

    with pytest.raises(api.errors.ResponseValidationError) as raised:
        call(api.list_widgets, client=make_client())

    assert raised.value.reason == reason
    assert raised.value.body == payload
    assert str(raised.value) == f"200 response does not match the spec: {reason}"


def test_the_detailed_call_raises_too_for_an_invalid_success_body(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    serve(httpserver, {"widgets": []})

    with pytest.raises(api.errors.ResponseValidationError):
        call.detailed(api.list_widgets, client=make_client())


def test_an_undocumented_success_status_is_a_validation_error(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request(PATH).respond_with_data("", status=204)

    with pytest.raises(api.errors.ResponseValidationError) as raised:
        call(api.list_widgets, client=make_client())

    assert raised.value.reason == "status 204 is not documented for list_widgets"
    assert raised.value.status_code == 204


def test_from_dict_on_its_own_raises_a_value_error_naming_the_field(api: WidgetsApi) -> None:
    with pytest.raises(ValueError, match=r"^Widget\.size: expected integer, got string$"):
        api.model("Widget").from_dict(widget(size="3"))
