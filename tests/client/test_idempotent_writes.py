"""Writes carry an Idempotency-Key, so the client can retry them safely: by regeneration alone,
for every POST of a spec in the vendor's conventions."""

import uuid
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.client.conventions import label, models, op
from tests.conftest import ScratchPackages
from tests.support.clock import FakeClock
from tests.support.parity import Caller
from tests.support.scratch_package import operation
from tests.support.sockets import misbehaving_server, refusing_port
from tests.support.specs import authenticated_client, error_body


def create(conventions: ModuleType, call: Caller, client: Any, **kwargs: Any) -> Any:
    request = models(conventions).CreateLabelRequest(name="VIP")
    return call(op(conventions, "create_label"), client=client, body=request, **kwargs)


def keys(httpserver: HTTPServer) -> list[str | None]:
    return [request.headers.get("Idempotency-Key") for request, _ in httpserver.log]


def test_every_retry_of_a_call_sends_the_same_fresh_key(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller, clock: FakeClock
) -> None:
    for status in (503, 429):
        httpserver.expect_ordered_request("/v1/labels", method="POST").respond_with_json(
            error_body("api_error", "busy"), status=status
        )
    httpserver.expect_ordered_request("/v1/labels", method="POST").respond_with_json(
        label(), status=201
    )

    created = create(conventions, call, client)

    assert created.id == "lbl_1"
    sent = keys(httpserver)
    assert len(sent) == 3
    assert sent[0] is not None
    assert sent == [sent[0]] * 3
    assert uuid.UUID(sent[0]).version == 4
    assert clock.sleeps == [0.25, 0.5]


def test_each_call_gets_its_own_key(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller
) -> None:
    httpserver.expect_request("/v1/labels", method="POST").respond_with_json(label(), status=201)

    create(conventions, call, client)
    create(conventions, call, client)

    first, second = keys(httpserver)
    assert first != second


def test_the_callers_key_is_sent_as_it_is(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller
) -> None:
    httpserver.expect_request("/v1/labels", method="POST").respond_with_json(label(), status=201)

    create(conventions, call, client, idempotency_key="order-42")

    assert keys(httpserver) == ["order-42"]


@pytest.mark.parametrize("key", ["", "k" * 256])
def test_an_empty_or_too_long_key_is_refused_before_anything_is_sent(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller, key: str
) -> None:
    with pytest.raises(conventions.errors.InvalidArgumentError, match="idempotency_key"):
        create(conventions, call, client, idempotency_key=key)
    with pytest.raises(ValueError, match="1 to 255 characters"):
        create(conventions, call, client, idempotency_key=key)

    assert httpserver.log == []


def test_a_key_of_255_characters_is_accepted(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller
) -> None:
    httpserver.expect_request("/v1/labels", method="POST").respond_with_json(label(), status=201)

    create(conventions, call, client, idempotency_key="k" * 255)

    assert keys(httpserver) == ["k" * 255]


def test_a_declared_idempotency_key_header_is_the_same_argument(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller
) -> None:
    httpserver.expect_request("/v1/123/messages", method="POST").respond_with_json(
        {
            "object": "message",
            "id": "msg_1",
            "status": "pending",
            "created_at": "2026-01-01T00:00:00Z",
        },
        status=202,
    )
    send = op(conventions, "send_text_message")
    text = models(conventions).SendTextMessageRequest(to="+62811", text="hi")

    call(send, phone_number_id="123", client=client, body=text, idempotency_key="mine")
    call(send, phone_number_id="123", client=client, body=text)

    mine, generated = keys(httpserver)
    assert mine == "mine"
    assert generated is not None
    assert uuid.UUID(generated).version == 4


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_a_keyed_write_is_retried_on_the_statuses_a_read_is(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller, status: int
) -> None:
    httpserver.expect_ordered_request("/v1/labels").respond_with_json(
        error_body("api_error", "transient"), status=status
    )
    httpserver.expect_ordered_request("/v1/labels").respond_with_json(label(), status=201)

    assert create(conventions, call, client).id == "lbl_1"
    assert len(httpserver.log) == 2


def test_in_progress_is_retried_after_retry_after_else_backoff(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller, clock: FakeClock
) -> None:
    in_progress = error_body("conflict", "idempotency_in_progress")
    httpserver.expect_ordered_request("/v1/labels").respond_with_json(
        in_progress, status=409, headers={"Retry-After": "2"}
    )
    httpserver.expect_ordered_request("/v1/labels").respond_with_json(in_progress, status=409)
    httpserver.expect_ordered_request("/v1/labels").respond_with_json(label(), status=201)

    assert create(conventions, call, client).id == "lbl_1"
    assert clock.sleeps == [2.0, 0.5]  # Retry-After, then the backoff of attempt 2
    assert len(set(keys(httpserver))) == 1


@pytest.mark.parametrize(
    ("status", "code"),
    [(422, "idempotency_key_reuse"), (409, "idempotency_conflict"), (409, "name_taken")],
)
def test_key_reuse_and_other_conflicts_are_never_retried(
    conventions: ModuleType,
    httpserver: HTTPServer,
    client: Any,
    call: Caller,
    clock: FakeClock,
    status: int,
    code: str,
) -> None:
    httpserver.expect_request("/v1/labels").respond_with_json(
        error_body("conflict", code), status=status
    )

    with pytest.raises(conventions.errors.ApiStatusError) as raised:
        create(conventions, call, client)

    assert raised.value.code == code
    assert len(httpserver.log) == 1
    assert clock.sleeps == []


@pytest.mark.parametrize(
    "body", [b"<html>busy</html>", b"[" * 100_000], ids=["html", "nested-beyond-recursion"]
)
def test_a_conflict_whose_body_has_no_readable_code_is_not_retried(
    conventions: ModuleType,
    httpserver: HTTPServer,
    client: Any,
    call: Caller,
    clock: FakeClock,
    body: bytes,
) -> None:
    httpserver.expect_request("/v1/labels").respond_with_data(
        body, status=409, content_type="application/json"
    )

    with pytest.raises(conventions.errors.ApiStatusError) as raised:
        create(conventions, call, client)

    assert (raised.value.status_code, raised.value.code) == (409, None)
    assert len(httpserver.log) == 1
    assert clock.sleeps == []


def test_a_keyed_write_is_retried_when_the_connection_drops_after_sending(
    conventions: ModuleType, call: Caller, clock: FakeClock
) -> None:
    with misbehaving_server(hang_up=True) as port:
        made = authenticated_client(
            conventions, clock, base_url=f"http://127.0.0.1:{port}", max_retries=2
        )
        with pytest.raises(conventions.errors.ApiConnectionError):
            create(conventions, call, made)

    assert len(clock.sleeps) == 2  # both retries happened, then the error


def test_a_keyed_write_is_retried_after_a_timeout(
    conventions: ModuleType, call: Caller, clock: FakeClock
) -> None:
    with misbehaving_server(hang_up=False) as port:
        made = authenticated_client(
            conventions, clock, base_url=f"http://127.0.0.1:{port}", max_retries=1, timeout=0.05
        )
        with pytest.raises(conventions.errors.ApiTimeoutError):
            create(conventions, call, made)

    assert len(clock.sleeps) == 1


def test_a_refused_connection_is_retried_for_any_method(
    conventions: ModuleType, call: Caller, clock: FakeClock
) -> None:
    with refusing_port() as port:
        made = authenticated_client(
            conventions, clock, base_url=f"http://127.0.0.1:{port}", max_retries=2
        )
        rename = op(conventions, "rename_label")
        request = models(conventions).CreateLabelRequest(name="x")
        with pytest.raises(conventions.errors.ApiConnectionError):
            call(rename, label_id="lbl_1", client=made, body=request)

    assert len(clock.sleeps) == 2


def test_delete_is_retried_as_an_idempotent_method_and_patch_without_a_key_is_not(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller
) -> None:
    httpserver.expect_ordered_request("/v1/labels/lbl_1", method="DELETE").respond_with_json(
        {}, status=503
    )
    httpserver.expect_ordered_request("/v1/labels/lbl_1", method="DELETE").respond_with_data(
        "", status=204
    )
    httpserver.expect_ordered_request("/v1/labels/lbl_1", method="PATCH").respond_with_json(
        {}, status=503
    )

    assert call(op(conventions, "delete_label"), label_id="lbl_1", client=client) is None
    request = models(conventions).CreateLabelRequest(name="x")
    with pytest.raises(conventions.errors.ApiServerError):
        call(op(conventions, "rename_label"), label_id="lbl_1", client=client, body=request)

    assert [request.method for request, _ in httpserver.log] == ["DELETE", "DELETE", "PATCH"]
    assert keys(httpserver) == [None, None, None]  # only POSTs carry a key here


def test_in_progress_is_waited_for_only_on_a_409_to_a_keyed_request(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller, clock: FakeClock
) -> None:
    in_progress = error_body("conflict", "idempotency_in_progress")
    httpserver.expect_ordered_request("/v1/labels/lbl_1", method="PATCH").respond_with_json(
        in_progress, status=409
    )
    httpserver.expect_ordered_request("/v1/labels", method="POST").respond_with_json(
        in_progress, status=400
    )
    request = models(conventions).CreateLabelRequest(name="x")

    with pytest.raises(conventions.errors.ApiStatusError) as unkeyed:
        call(op(conventions, "rename_label"), label_id="lbl_1", client=client, body=request)
    with pytest.raises(conventions.errors.ApiStatusError) as not_409:
        create(conventions, call, client)

    assert (unkeyed.value.status_code, not_409.value.status_code) == (409, 400)
    sent_keys = keys(httpserver)
    assert sent_keys[0] is None
    assert sent_keys[1]  # the POST was keyed: a 400 is not waited for all the same
    assert len(sent_keys) == 2
    assert clock.sleeps == []


def test_idempotent_replayed_is_on_the_detailed_response(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller
) -> None:
    for replayed in ("false", "true"):
        httpserver.expect_ordered_request("/v1/labels").respond_with_json(
            label(), status=201, headers={"Idempotent-Replayed": replayed}
        )
    httpserver.expect_ordered_request("/v1/labels").respond_with_json(label(), status=201)
    request = models(conventions).CreateLabelRequest(name="VIP")
    create_label = op(conventions, "create_label")

    flags = [
        call.detailed(
            create_label, client=client, body=request, idempotency_key="same"
        ).idempotent_replayed
        for _ in range(3)
    ]

    assert flags == [False, True, None]


def test_a_write_without_a_key_is_not_repeated_when_the_connection_drops(
    conventions: ModuleType, call: Caller, clock: FakeClock
) -> None:
    # A PATCH carries no key: the server may have acted before hanging up, so no retry.
    with misbehaving_server(hang_up=True) as port:
        made = authenticated_client(
            conventions, clock, base_url=f"http://127.0.0.1:{port}", max_retries=2
        )
        request = models(conventions).CreateLabelRequest(name="x")
        with pytest.raises(conventions.errors.ApiConnectionError):
            call(
                op(conventions, "rename_label"),
                label_id="lbl_1",
                client=made,
                body=request,
            )

    assert clock.sleeps == []


# Any method, not only POST, is keyed when its spec declares the header; one that does not
# declare it sends none.
_PUT_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Puts", "version": "1.0.0"},
    "paths": {
        "/things/{id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "put": {
                "operationId": "replaceThing",
                "parameters": [
                    {
                        "name": "Idempotency-Key",
                        "in": "header",
                        "required": False,
                        "schema": {"type": "string", "maxLength": 255},
                    },
                ],
                "responses": {"204": {"description": "Replaced."}},
            },
            "patch": {
                "operationId": "touchThing",
                "responses": {"204": {"description": "Touched."}},
            },
        }
    },
}


def test_any_method_that_declares_the_header_is_keyed_and_one_that_does_not_is_not(
    scratch_packages: ScratchPackages, httpserver: HTTPServer
) -> None:
    package = scratch_packages(_PUT_SPEC)
    replace = operation(package, "default", "replace_thing")
    touch = operation(package, "default", "touch_thing")
    httpserver.expect_request("/things/1").respond_with_data("", status=204)
    client = package.Client(base_url=httpserver.url_for("/"), max_retries=0)

    replace.sync("1", client=client, idempotency_key="mine")
    replace.sync("1", client=client)
    touch.sync("1", client=client)
    client.close()

    mine, generated, none = keys(httpserver)
    assert mine == "mine"
    assert generated is not None
    assert uuid.UUID(generated).version == 4
    assert none is None
