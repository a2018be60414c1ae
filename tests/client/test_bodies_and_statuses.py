"""Request bodies, success statuses other than 200, path parameters and timestamps, as a spec in
the vendor's conventions generates them."""

import datetime
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import pytest
from pytest_httpserver import HTTPServer

from tests.client.conventions import CREATED_AT, label, models, op
from tests.support.parity import Caller

MESSAGE = {"object": "message", "id": "msg_1", "status": "pending", "created_at": CREATED_AT}


def test_a_const_field_defaults_to_its_value_so_callers_never_pass_it(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller
) -> None:
    httpserver.expect_request("/v1/106540352242922/messages", method="POST").respond_with_json(
        MESSAGE, status=202
    )
    text = models(conventions).SendTextMessageRequest(to="+628111222333", text="Halo")

    call(
        op(conventions, "send_text_message"),
        phone_number_id="106540352242922",
        client=client,
        body=text,
    )

    request, _ = httpserver.log[0]
    assert request.get_json() == {"type": "text", "to": "+628111222333", "text": "Halo"}
    created = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    assert models(conventions).Label(id="l", name="n", created_at=created).object_ == "label"


@pytest.mark.parametrize(
    ("name", "arguments", "status", "body", "expected"),
    [
        ("create_label", {"body": "request"}, 201, label(), "Label"),
        ("send_text_message", {"phone_number_id": "1", "body": "text"}, 202, MESSAGE, "Message"),
        ("delete_label", {"label_id": "lbl_1"}, 204, None, None),
    ],
    ids=["201", "202", "204"],
)
def test_each_documented_success_status_returns_its_model_or_none(
    conventions: ModuleType,
    httpserver: HTTPServer,
    client: Any,
    call: Caller,
    name: str,
    arguments: dict[str, Any],
    status: int,
    body: dict[str, Any] | None,
    expected: str | None,
) -> None:
    handler = httpserver.expect_request(f"/v1/{_path(name, arguments)}")
    if body is None:
        handler.respond_with_data("", status=status)
    else:
        handler.respond_with_json(body, status=status)

    result = call(op(conventions, name), client=client, **_arguments(conventions, arguments))
    detailed = call.detailed(
        op(conventions, name), client=client, **_arguments(conventions, arguments)
    )

    assert (result is None) if expected is None else type(result).__name__ == expected
    if body is not None:
        assert result.to_dict() == body  # the date-time as received, Z and all
    assert (detailed.status_code, detailed.error) == (status, None)
    assert detailed.body == result


@pytest.mark.parametrize("status", [200, 202, 204, 299])
def test_an_undocumented_success_status_is_a_validation_error(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller, status: int
) -> None:
    httpserver.expect_request("/v1/labels", method="POST").respond_with_json(label(), status=status)
    request = models(conventions).CreateLabelRequest(name="x")
    create = op(conventions, "create_label")

    with pytest.raises(conventions.errors.ResponseValidationError, match="is not documented"):
        call(create, client=client, body=request)
    detailed = call.detailed(create, client=client, body=request)

    assert detailed.parsed is None
    with pytest.raises(conventions.errors.ResponseValidationError) as raised:
        detailed.body  # noqa: B018
    assert raised.value.reason == f"status {status} is not documented for create_label"


@pytest.mark.parametrize("label_id", ["a/b", "a?b=1", "a#b", "a b", "../labels", "%2F"])
def test_a_path_parameter_is_one_segment_whatever_it_holds(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller, label_id: str
) -> None:
    httpserver.expect_request(f"/v1/labels/{label_id}", method="DELETE").respond_with_data(
        "", status=204
    )

    call(op(conventions, "delete_label"), label_id=label_id, client=client)

    request, _ = httpserver.log[0]
    raw = request.environ["RAW_URI"]  # as sent, before the server decodes it
    segment = raw.removeprefix("/v1/labels/")
    assert not any(char in segment for char in "/?# ")
    assert unquote(segment) == label_id
    assert request.args == {}


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        ("2026-03-04T05:06:07Z", datetime.datetime(2026, 3, 4, 5, 6, 7, tzinfo=datetime.UTC)),
        (
            "2026-03-04T05:06:07.123456789+07:00",
            datetime.datetime(
                2026, 3, 4, 5, 6, 7, 123456, tzinfo=datetime.timezone(datetime.timedelta(hours=7))
            ),
        ),
        (
            "2026-03-04t05:06:07.5z",
            datetime.datetime(2026, 3, 4, 5, 6, 7, 500000, tzinfo=datetime.UTC),
        ),
        (
            "2026-03-04T05:06:07-00:30",
            datetime.datetime(
                2026, 3, 4, 5, 6, 7, tzinfo=datetime.timezone(-datetime.timedelta(minutes=30))
            ),
        ),
    ],
    ids=["z", "offset-nanoseconds", "lowercase", "negative-offset"],
)
def test_date_times_parse_to_aware_datetimes_and_serialise_back_as_received(
    conventions: ModuleType, sent: str, expected: datetime.datetime
) -> None:
    parsed = models(conventions).Label.from_dict({**label(), "created_at": sent})

    assert parsed.created_at == expected
    assert parsed.created_at.utcoffset() == expected.utcoffset()
    assert parsed.to_dict()["created_at"] == sent


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        (
            "2026-03-04T05:06:07",
            "Label.created_at: expected an RFC 3339 date-time with a time zone",
        ),
        ("yesterday", "Label.created_at: expected an RFC 3339 date-time, got 'yesterday'"),
        (20260304, "Label.created_at: expected string, got integer"),
    ],
    ids=["naive", "garbage", "number"],
)
def test_a_date_time_that_is_not_rfc3339_is_refused_naming_the_field(
    conventions: ModuleType,
    httpserver: HTTPServer,
    client: Any,
    call: Caller,
    sent: Any,
    expected: str,
) -> None:
    httpserver.expect_request("/v1/labels", method="POST").respond_with_json(
        {**label(), "created_at": sent}, status=201
    )

    with pytest.raises(conventions.errors.ResponseValidationError) as raised:
        call(
            op(conventions, "create_label"),
            client=client,
            body=models(conventions).CreateLabelRequest(name="x"),
        )

    assert raised.value.reason.startswith(expected)


def _path(name: str, arguments: dict[str, Any]) -> str:
    return {
        "create_label": "labels",
        "send_text_message": f"{arguments.get('phone_number_id')}/messages",
        "delete_label": f"labels/{arguments.get('label_id')}",
    }[name]


def _arguments(package: ModuleType, arguments: dict[str, Any]) -> dict[str, Any]:
    bodies = {
        "request": models(package).CreateLabelRequest(name="VIP"),
        "text": models(package).SendTextMessageRequest(to="+62", text="hi"),
    }
    return {
        key: bodies.get(value, value) if key == "body" else value
        for key, value in arguments.items()
    }
