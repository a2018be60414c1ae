"""The four properties every response schema of every operation must have, for any generated
package: test_response_bodies.py runs them on openapi.yaml's, and the test of a new operation
(tests/tooling/test_new_operation.py) on a scratch spec's.

* A schema-valid body parses and round-trips: ``parsed.to_dict() == body``, unknown fields kept,
  and every value the spec names in an enum comes back as that enum's member.
* A success body broken at one `required` or `type` constraint raises ResponseValidationError,
  naming the field; never another exception.
* An error body is never a detailed response's ``parsed`` (that is the success body); when valid
  it parses into its documented model; ``sync`` raises, and ``Response.error`` is, the status's
  error class (from tests/support/error_classes.py, not from the mapping under test) either
  way, never anything else.
"""

import enum
import importlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import given, seed, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS31Validator

from scripts.operations import required_arguments
from tests.property.bodies import valid_bodies
from tests.property.breakage import Site, broken
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


def _holds(
    package: ModuleType,
    document: dict[str, Any],
    bodies: ResponseBodies,
    examples: int | None,
    *,
    broken_bodies: bool,
    check: Callable[[Subject, Any, Site | None, int], None],
) -> None:
    """Run ``check(operation, body, site, status)`` on generated bodies (schema-valid ones, or
    ones broken at one ``site``) served with each of the schema's statuses: ``examples`` (else
    the profile's count) shared out between the statuses, each status a run of its own, so that
    none is left out however few examples there are."""
    validator = OAS31Validator(bodies.schema)
    total = examples or settings().max_examples
    each = -(-total // len(bodies.statuses))  # rounded up: every status gets its share
    runs: dict[int, int] = dict.fromkeys(bodies.statuses, 0)
    with subject(package, document, bodies) as operation:
        valid = valid_bodies(bodies.schema)
        drawn: st.SearchStrategy[tuple[Any, Site | None]] = (
            valid.flatmap(lambda body: broken(body, bodies.schema))
            if broken_bodies
            else valid.map(lambda body: (body, None))
        )

        def served_with(status: int) -> Callable[[], None]:
            @given(drawn=drawn)
            def property_(drawn: tuple[Any, Site | None]) -> None:
                runs[status] += 1
                body, site = drawn
                assert validator.is_valid(body) is not broken_bodies
                operation.server.answer(status, body)
                check(operation, body, site, status)

            return property_

        for status in bodies.statuses:
            property_ = served_with(status)
            # Given a count (a share of the spec-wide budget, or a test outside tests/property,
            # whose conftest.py loads the fixed `ci` profile): as fixed as that profile.
            chosen = (
                settings(max_examples=each)
                if examples is None
                else settings(max_examples=each, derandomize=True, database=None, deadline=None)
            )
            if chosen.derandomize:
                # A derandomized run draws by the test's code, the same for every status: the
                # seed gives each status bodies of its own, the same on every run.
                property_ = seed(status)(property_)
            chosen(property_)()
    # The share of examples really ran, for every status.
    assert min(runs.values()) >= each, (runs, bodies.id)


def valid_success_bodies_round_trip(
    package: ModuleType,
    document: dict[str, Any],
    bodies: ResponseBodies,
    examples: int | None = None,
) -> None:
    def check(operation: Subject, body: Any, site: Site | None, status: int) -> None:
        parsed = operation.sync()
        assert parsed.to_dict() == body
        for path, value in enum_sites(body, bodies.schema):
            member = attribute_at(parsed, path)
            assert isinstance(member, enum.Enum), (path, member)
            assert member.value == value

    _holds(package, document, bodies, examples, broken_bodies=False, check=check)


def broken_success_bodies_raise(
    package: ModuleType,
    document: dict[str, Any],
    bodies: ResponseBodies,
    examples: int | None = None,
) -> None:
    def check(operation: Subject, body: Any, site: Site | None, status: int) -> None:
        assert site is not None
        with pytest.raises(operation.errors.ResponseValidationError) as raised:
            operation.sync()
        # The error names the field (the body itself: "expected object").
        field = site.field()
        expected = "expected object" if field is None else f"'{field}'" if site.remove else field
        assert expected in raised.value.reason, (site, raised.value.reason)

    _holds(package, document, bodies, examples, broken_bodies=True, check=check)


def valid_error_bodies_parse_and_raise(
    package: ModuleType,
    document: dict[str, Any],
    bodies: ResponseBodies,
    examples: int | None = None,
) -> None:
    models = importlib.import_module(f"{package.__name__}.models")

    def check(operation: Subject, body: Any, site: Site | None, status: int) -> None:
        detailed = operation.sync_detailed()
        assert detailed.parsed is None
        assert type(detailed.error) is expected_error_class(status, operation.errors)
        model = getattr(models, bodies.schema_name)
        assert model.from_dict(json.loads(detailed.content)).to_dict() == body
        with pytest.raises(operation.errors.ApiStatusError) as raised:
            operation.sync()
        assert type(raised.value) is expected_error_class(status, operation.errors)
        detail = body["error"]
        assert (raised.value.type, raised.value.code, raised.value.request_id) == (
            detail["type"],
            detail["code"],
            detail["request_id"],
        )
        assert raised.value.message == detail.get("message")
        assert raised.value.param == detail.get("param")

    _holds(package, document, bodies, examples, broken_bodies=False, check=check)


def broken_error_bodies_are_dropped_and_raise(
    package: ModuleType,
    document: dict[str, Any],
    bodies: ResponseBodies,
    examples: int | None = None,
) -> None:
    def check(operation: Subject, body: Any, site: Site | None, status: int) -> None:
        assert operation.sync_detailed().parsed is None
        with pytest.raises(operation.errors.ApiStatusError) as raised:
            operation.sync()
        assert type(raised.value) is expected_error_class(status, operation.errors)
        assert raised.value.status_code == status

    _holds(package, document, bodies, examples, broken_bodies=True, check=check)
