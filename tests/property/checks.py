"""The four properties every response schema of every operation must have, for any generated
package: test_response_bodies.py runs them on openapi.yaml's, and the test of a new operation
(tests/tooling/test_new_operation.py) on a scratch spec's.

* A schema-valid body parses and round-trips: ``parsed.to_dict() == body``, unknown fields kept,
  and every value the spec names in an enum comes back as that enum's member.
* A success body broken at one `required` or `type` constraint raises ResponseValidationError,
  naming the field; never another exception.
* An error body is parsed into its model when valid and dropped (``parsed is None``) when
  broken; ``sync`` raises the status's error class (from tests/support/error_classes.py, not
  from the mapping under test) either way, never anything else.
"""

import enum
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS31Validator

from scripts.operations import required_arguments
from tests.property.bodies import valid_bodies
from tests.property.breakage import broken
from tests.property.enums import attribute_at, enum_sites
from tests.property.schemas import ResponseBodies
from tests.support.error_classes import expected_error_class


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


class Subject:
    """One operation of a package, callable with its required arguments against a canned
    server."""

    def __init__(self, package: ModuleType, document: dict[str, Any], bodies: ResponseBodies):
        self.errors = package.errors
        self.module = bodies.operation.module(package)
        self.arguments = required_arguments(document, bodies.operation, self.module)
        self.server = CannedServer()
        self.client = package.AuthenticatedClient(
            base_url="http://127.0.0.1:9", token="kdv_test_" + "p" * 24, max_retries=0
        )
        self.client.set_httpx_client(
            httpx.Client(transport=httpx.MockTransport(self.server.handle))
        )

    def sync(self) -> Any:
        return self.module.sync(client=self.client, **self.arguments)

    def sync_detailed(self) -> Any:
        return self.module.sync_detailed(client=self.client, **self.arguments)


@contextmanager
def subject(
    package: ModuleType, document: dict[str, Any], bodies: ResponseBodies
) -> Iterator[Subject]:
    made = Subject(package, document, bodies)
    with made.client:
        yield made


def _run(
    property_: Callable[..., None], examples: int | None, bodies: ResponseBodies, runs: list[int]
) -> None:
    if examples is not None:
        # Called from outside tests/property (whose conftest.py loads the fixed `ci` profile):
        # as fixed as that profile, whatever profile is loaded.
        fixed = settings(max_examples=examples, derandomize=True, database=None, deadline=None)
        property_ = fixed(property_)
    property_()
    # The profile's example count really ran, and every status had examples.
    assert len(runs) >= (examples or settings().max_examples), (len(runs), bodies.id)
    assert set(runs) == set(bodies.statuses), (set(runs), bodies.id)


def valid_success_bodies_round_trip(
    package: ModuleType,
    document: dict[str, Any],
    bodies: ResponseBodies,
    examples: int | None = None,
) -> None:
    validator = OAS31Validator(bodies.schema)
    runs: list[int] = []
    with subject(package, document, bodies) as operation:

        @given(body=valid_bodies(bodies.schema), status=st.sampled_from(bodies.statuses))
        def check(body: Any, status: int) -> None:
            runs.append(status)
            assert validator.is_valid(body)
            operation.server.answer(status, body)
            parsed = operation.sync()
            assert parsed.to_dict() == body
            for path, value in enum_sites(body, bodies.schema):
                member = attribute_at(parsed, path)
                assert isinstance(member, enum.Enum), (path, member)
                assert member.value == value

        _run(check, examples, bodies, runs)


def broken_success_bodies_raise(
    package: ModuleType,
    document: dict[str, Any],
    bodies: ResponseBodies,
    examples: int | None = None,
) -> None:
    validator = OAS31Validator(bodies.schema)
    runs: list[int] = []
    with subject(package, document, bodies) as operation:

        @given(data=st.data(), status=st.sampled_from(bodies.statuses))
        def check(data: st.DataObject, status: int) -> None:
            runs.append(status)
            body, site = data.draw(
                valid_bodies(bodies.schema).flatmap(lambda b: broken(b, bodies.schema))
            )
            assert not validator.is_valid(body)
            operation.server.answer(status, body)
            with pytest.raises(operation.errors.ResponseValidationError) as raised:
                operation.sync()
            # The error names the field (the body itself: "expected object").
            field = site.field()
            expected = (
                "expected object" if field is None else f"'{field}'" if site.remove else field
            )
            assert expected in raised.value.reason, (site, raised.value.reason)

        _run(check, examples, bodies, runs)


def valid_error_bodies_parse_and_raise(
    package: ModuleType,
    document: dict[str, Any],
    bodies: ResponseBodies,
    examples: int | None = None,
) -> None:
    runs: list[int] = []
    with subject(package, document, bodies) as operation:

        @given(body=valid_bodies(bodies.schema), status=st.sampled_from(bodies.statuses))
        def check(body: Any, status: int) -> None:
            runs.append(status)
            operation.server.answer(status, body)
            assert operation.sync_detailed().parsed.to_dict() == body
            error_class = expected_error_class(status, operation.errors)
            with pytest.raises(operation.errors.ApiStatusError) as raised:
                operation.sync()
            assert type(raised.value) is error_class
            detail = body["error"]
            assert (raised.value.type, raised.value.code, raised.value.request_id) == (
                detail["type"],
                detail["code"],
                detail["request_id"],
            )
            assert raised.value.message == detail.get("message")
            assert raised.value.param == detail.get("param")

        _run(check, examples, bodies, runs)


def broken_error_bodies_are_dropped_and_raise(
    package: ModuleType,
    document: dict[str, Any],
    bodies: ResponseBodies,
    examples: int | None = None,
) -> None:
    validator = OAS31Validator(bodies.schema)
    runs: list[int] = []
    with subject(package, document, bodies) as operation:

        @given(data=st.data(), status=st.sampled_from(bodies.statuses))
        def check(data: st.DataObject, status: int) -> None:
            runs.append(status)
            body, _ = data.draw(
                valid_bodies(bodies.schema).flatmap(lambda b: broken(b, bodies.schema))
            )
            assert not validator.is_valid(body)
            operation.server.answer(status, body)
            assert operation.sync_detailed().parsed is None
            with pytest.raises(operation.errors.ApiStatusError) as raised:
                operation.sync()
            assert type(raised.value) is expected_error_class(status, operation.errors)
            assert raised.value.status_code == status

        _run(check, examples, bodies, runs)
