"""Every error status raises its typed error with the envelope's fields, whatever the body."""

import email.utils
import json
import time

import httpx
import pytest
from pytest_httpserver import HTTPServer

from tests.client.conftest import MakeClient
from tests.support.parity import Caller
from tests.support.specs import REQUEST_ID, WidgetsApi, error_body

HEADER_REQUEST_ID = "req_01HXYZABCDEFGHJKMNPQRSTV99"


@pytest.mark.parametrize(
    ("status", "class_name", "error_type", "code"),
    [
        (400, "InvalidRequestError", "invalid_request_error", "invalid_field_value"),
        (422, "InvalidRequestError", "invalid_request_error", "missing_required_field"),
        (401, "AuthenticationError", "authentication_error", "expired_api_key"),
        (403, "PermissionDeniedError", "permission_error", "insufficient_scope"),
        (404, "NotFoundError", "not_found", "resource_not_found"),
        (409, "ConflictError", "conflict", "duplicate"),
        (429, "RateLimitError", "rate_limit_error", "rate_limit_exceeded"),
        (499, "ApiStatusError", "invalid_request_error", "client_closed_request"),
        (500, "ApiServerError", "api_error", "internal_error"),
        (503, "ApiServerError", "api_error", "unavailable"),
        (520, "ApiServerError", "api_error", "unknown"),
    ],
)
def test_status_maps_to_its_class_with_every_envelope_field(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    status: int,
    class_name: str,
    error_type: str,
    code: str,
) -> None:
    error_class = getattr(api.errors, class_name)
    body = error_body(error_type, code, "Something specific.", param="status")
    httpserver.expect_request("/v1/widgets").respond_with_json(
        body, status=status, headers={"X-Request-Id": HEADER_REQUEST_ID, "X-RateLimit-Limit": "600"}
    )

    with pytest.raises(error_class) as raised:
        call(api.list_widgets, client=make_client(max_retries=0))

    failure = raised.value
    assert type(failure) is error_class
    assert isinstance(failure, api.errors.KirimError)
    assert failure.status_code == status
    assert (failure.type, failure.code, failure.message, failure.param) == (
        error_type,
        code,
        "Something specific.",
        "status",
    )
    assert failure.request_id == HEADER_REQUEST_ID  # the header wins over the body's
    assert failure.headers["x-request-id"] == HEADER_REQUEST_ID
    assert json.loads(failure.body) == body
    assert failure.rate_limit is not None
    assert failure.rate_limit.limit == 600
    assert str(failure).startswith(f"{status} {error_type}/{code}: Something specific.")


def test_an_undocumented_client_error_status_is_a_plain_api_status_error(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request("/v1/widgets").respond_with_data("I'm a teapot", status=418)

    with pytest.raises(api.errors.ApiStatusError) as raised:
        call(api.list_widgets, client=make_client())

    assert type(raised.value) is api.errors.ApiStatusError
    assert raised.value.status_code == 418
    assert raised.value.body == b"I'm a teapot"
    assert len(httpserver.log) == 1  # 418 is not retried


def test_request_id_falls_back_to_the_body_when_the_header_is_missing(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request("/v1/widgets").respond_with_json(
        error_body("authentication_error", "invalid_api_key"), status=401
    )

    with pytest.raises(api.errors.AuthenticationError) as raised:
        call(api.list_widgets, client=make_client())

    assert raised.value.request_id == REQUEST_ID
    assert raised.value.message is None  # optional in the envelope: absent, not an error
    assert "authentication_error/invalid_api_key" in str(raised.value)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
        (b"", "application/json"),
        (b'{"error": {"type": "api_error", "code": ', "application/json"),
        (b'{"message": "not the envelope"}', "application/json"),
        (b'["a", "list"]', "application/json"),
        (b'{"error": "a string, not an object"}', "application/json"),
        (b"\xff\xfe not utf-8", "application/json"),
    ],
    ids=["html", "empty", "truncated-json", "other-json", "json-list", "error-string", "binary"],
)
def test_error_status_with_a_body_that_is_not_the_envelope(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    body: bytes,
    content_type: str,
) -> None:
    httpserver.expect_request("/v1/widgets").respond_with_data(
        body, status=502, content_type=content_type, headers={"X-Request-Id": HEADER_REQUEST_ID}
    )

    with pytest.raises(api.errors.ApiServerError) as raised:
        call(api.list_widgets, client=make_client(max_retries=0))

    failure = raised.value
    assert (failure.type, failure.code, failure.message, failure.param) == (None,) * 4
    assert failure.body == body
    assert failure.request_id == HEADER_REQUEST_ID
    assert str(failure).startswith("502 error without the JSON error envelope")


def test_detailed_call_returns_error_responses_instead_of_raising(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request("/v1/widgets").respond_with_json(
        error_body("invalid_request_error", "invalid_field_value", "Bad status."),
        status=400,
        headers={"X-Request-Id": HEADER_REQUEST_ID},
    )

    response = call.detailed(api.list_widgets, client=make_client())

    assert response.status_code == 400
    assert response.parsed is None  # `parsed` is the success body
    assert type(response.error) is api.errors.InvalidRequestError
    assert response.error.code == "invalid_field_value"
    assert response.request_id == HEADER_REQUEST_ID
    with pytest.raises(api.errors.InvalidRequestError):
        response.body  # noqa: B018  # raises what sync raises


def test_detailed_call_gives_no_parsed_body_for_an_html_error_page(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request("/v1/widgets").respond_with_data(
        "<html>maintenance</html>", status=500, content_type="text/html"
    )

    response = call.detailed(api.list_widgets, client=make_client(max_retries=0))

    assert (response.status_code, response.parsed) == (500, None)
    assert response.content == b"<html>maintenance</html>"


def test_a_non_iana_status_works_in_detailed_calls(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request("/v1/widgets").respond_with_data("origin error", status=520)

    response = call.detailed(api.list_widgets, client=make_client(max_retries=0))

    assert response.status_code == 520
    assert response.parsed is None


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("m" * 200, "m" * 200),
        ("m" * 201, "m" * 199 + "…"),
        ("  spread \n over\tlines  ", "spread over lines"),
    ],
    ids=["200-chars-kept", "201-chars-shortened", "whitespace-collapsed"],
)
def test_the_servers_message_is_quoted_on_one_line_and_at_most_200_characters(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    message: str,
    shown: str,
) -> None:
    httpserver.expect_request("/v1/widgets").respond_with_json(
        error_body("invalid_request_error", "invalid_field_value", message), status=400
    )

    with pytest.raises(api.errors.InvalidRequestError) as raised:
        call(api.list_widgets, client=make_client())

    assert raised.value.message == message  # the field keeps the whole text
    assert str(raised.value) == (
        f"400 invalid_request_error/invalid_field_value: {shown} [request_id: {REQUEST_ID}]"
    )


def test_a_rate_limit_error_made_without_a_clock_reads_the_real_time(api: WidgetsApi) -> None:
    in_an_hour = email.utils.formatdate(time.time() + 3600, usegmt=True)

    failure = api.errors.RateLimitError(
        status_code=429, headers=httpx.Headers({"Retry-After": in_an_hour}), body=b""
    )

    assert failure.retry_after is not None
    assert 3590 < failure.retry_after <= 3600  # the date has whole seconds


def test_the_errors_details_are_keywords(api: WidgetsApi) -> None:
    headers = httpx.Headers({"X-Request-Id": REQUEST_ID})

    failure = api.errors.ResponseValidationError("no", status_code=200, headers=headers, body=b"{}")

    assert str(failure) == f"200 response does not match the spec: no [request_id: {REQUEST_ID}]"
    with pytest.raises(TypeError):
        api.errors.ResponseValidationError("no", 200, headers, b"{}")
    with pytest.raises(TypeError):
        api.errors.ApiStatusError(400, headers, b"{}")
    with pytest.raises(TypeError):
        api.errors.RateLimitError(429, headers, b"{}")
