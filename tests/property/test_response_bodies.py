"""Every response schema of the spec, through the generated client, with generated bodies.

* A schema-valid body parses and round-trips: ``parsed.to_dict() == body``, unknown fields kept.
* A success body broken at one `required` or `type` constraint raises ResponseValidationError,
  naming the field; never another exception.
* An error body is parsed into its model when valid and dropped (``parsed is None``) when
  broken; ``sync`` raises the status's ApiStatusError either way, never anything else.

Valid bodies come from bodies.py, broken ones from breakage.py; the `ci` profile in conftest.py
fixes the number of examples of each property.
"""

import json
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS31Validator

import kirim_chat.models
from kirim_chat import AuthenticatedClient, errors
from kirim_chat.api.accounts import list_accounts
from scripts.paths import SPEC
from scripts.spec import load
from tests.property.bodies import valid_bodies
from tests.property.breakage import broken
from tests.property.schemas import ResponseBodies, response_bodies

pytestmark = pytest.mark.slow

# How each operation of the spec is called; a new operation fails the coverage test below
# until it is added here.
OPERATIONS: dict[str, ModuleType] = {"listAccounts": list_accounts}

BODIES = response_bodies()
SUCCESS = [bodies for bodies in BODIES if bodies.success]
ERRORS = [bodies for bodies in BODIES if not bodies.success]


class CannedServer:
    """An httpx transport that answers every request with the body set last."""

    def __init__(self) -> None:
        self.status = 200
        self.content = b""

    def answer(self, status: int, body: Any) -> None:
        self.status, self.content = status, json.dumps(body).encode()

    def handle(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            self.status, content=self.content, headers={"content-type": "application/json"}
        )


@contextmanager
def client_and_server() -> Iterator[tuple[AuthenticatedClient, CannedServer]]:
    server = CannedServer()
    client = AuthenticatedClient(
        base_url="http://127.0.0.1:9", token="kdv_test_" + "p" * 24, max_retries=0
    )
    client.set_httpx_client(httpx.Client(transport=httpx.MockTransport(server.handle)))
    with client:
        yield client, server


def test_every_operation_and_response_schema_is_covered() -> None:
    operation_ids = {
        operation["operationId"]
        for item in load(SPEC)["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    assert operation_ids == set(OPERATIONS)
    assert {bodies.id for bodies in BODIES} == {
        "listAccounts-AccountList-200",
        "listAccounts-ErrorEnvelope-400/401/429/500",
    }


@pytest.mark.parametrize("bodies", SUCCESS, ids=lambda bodies: bodies.id)
def test_valid_success_bodies_parse_and_round_trip(bodies: ResponseBodies) -> None:
    operation = OPERATIONS[bodies.operation_id]
    validator = OAS31Validator(bodies.schema)

    runs: list[int] = []

    @given(body=valid_bodies(bodies.schema), status=st.sampled_from(bodies.statuses))
    def check(body: Any, status: int) -> None:
        runs.append(status)
        assert validator.is_valid(body)
        server.answer(status, body)
        assert operation.sync(client=client).to_dict() == body

    with client_and_server() as (client, server):
        check()
    _assert_ran_enough(runs, bodies)


@pytest.mark.parametrize("bodies", SUCCESS, ids=lambda bodies: bodies.id)
def test_broken_success_bodies_raise_response_validation_error(bodies: ResponseBodies) -> None:
    operation = OPERATIONS[bodies.operation_id]
    validator = OAS31Validator(bodies.schema)

    runs: list[int] = []

    @given(data=st.data(), status=st.sampled_from(bodies.statuses))
    def check(data: st.DataObject, status: int) -> None:
        runs.append(status)
        body, site = data.draw(
            valid_bodies(bodies.schema).flatmap(lambda b: broken(b, bodies.schema))
        )
        assert not validator.is_valid(body)
        server.answer(status, body)
        with pytest.raises(errors.ResponseValidationError) as raised:
            operation.sync(client=client)
        # The error names the field (the body itself: "expected object").
        field = site.field()
        expected = "expected object" if field is None else f"'{field}'" if site.remove else field
        assert expected in raised.value.reason, (site, raised.value.reason)

    with client_and_server() as (client, server):
        check()
    _assert_ran_enough(runs, bodies)


def _assert_ran_enough(runs: list[int], bodies: ResponseBodies) -> None:
    """The profile's example count really ran, and every status had examples."""
    assert len(runs) >= settings().max_examples
    assert set(runs) == set(bodies.statuses)


def _error_class(status: int) -> type[errors.ApiStatusError]:
    return type(errors.status_error(status, httpx.Headers(), b""))


@pytest.mark.parametrize("bodies", ERRORS, ids=lambda bodies: bodies.id)
def test_valid_error_bodies_parse_round_trip_and_raise_their_status_error(
    bodies: ResponseBodies,
) -> None:
    operation = OPERATIONS[bodies.operation_id]

    runs: list[int] = []

    @given(body=valid_bodies(bodies.schema), status=st.sampled_from(bodies.statuses))
    def check(body: Any, status: int) -> None:
        runs.append(status)
        server.answer(status, body)
        detailed = operation.sync_detailed(client=client)
        assert detailed.parsed is None
        model = getattr(kirim_chat.models, bodies.schema_name)
        assert model.from_dict(json.loads(detailed.content)).to_dict() == body
        with pytest.raises(errors.ApiStatusError) as raised:
            operation.sync(client=client)
        assert type(raised.value) is _error_class(status)
        detail = body["error"]
        assert (raised.value.type, raised.value.code, raised.value.request_id) == (
            detail["type"],
            detail["code"],
            detail["request_id"],
        )
        assert raised.value.message == detail.get("message")
        assert raised.value.param == detail.get("param")

    with client_and_server() as (client, server):
        check()
    _assert_ran_enough(runs, bodies)


@pytest.mark.parametrize("bodies", ERRORS, ids=lambda bodies: bodies.id)
def test_broken_error_bodies_are_dropped_and_still_raise_their_status_error(
    bodies: ResponseBodies,
) -> None:
    operation = OPERATIONS[bodies.operation_id]
    validator = OAS31Validator(bodies.schema)

    runs: list[int] = []

    @given(data=st.data(), status=st.sampled_from(bodies.statuses))
    def check(data: st.DataObject, status: int) -> None:
        runs.append(status)
        body, _ = data.draw(valid_bodies(bodies.schema).flatmap(lambda b: broken(b, bodies.schema)))
        assert not validator.is_valid(body)
        server.answer(status, body)
        assert operation.sync_detailed(client=client).parsed is None
        with pytest.raises(errors.ApiStatusError) as raised:
            operation.sync(client=client)
        assert type(raised.value) is _error_class(status)
        assert raised.value.status_code == status

    with client_and_server() as (client, server):
        check()
    _assert_ran_enough(runs, bodies)
