"""Every response schema of every operation of openapi.yaml, through the generated client, with
generated bodies: the properties are in checks.py. Operations are found in the spec; a new one
is covered with no registration here. Valid bodies come from bodies.py, broken ones from
breakage.py; the `ci` profile in conftest.py fixes the examples of each property, a share of a
budget for the whole spec."""

import re
from typing import Any

import pytest
from hypothesis import find

import kirim_chat
from scripts.operations import operations
from scripts.paths import SPEC
from scripts.spec import load
from tests.conftest import ScratchPackages
from tests.property import checks
from tests.property.bodies import valid_bodies
from tests.property.conftest import examples_per_schema
from tests.property.schemas import ResponseBodies, response_bodies

pytestmark = pytest.mark.slow

DOCUMENT = load(SPEC)
BODIES = response_bodies(DOCUMENT)
SUCCESS = [bodies for bodies in BODIES if bodies.success]
ERRORS = [bodies for bodies in BODIES if not bodies.success]


def _success_share(bodies: ResponseBodies) -> int | None:
    return examples_per_schema(len(SUCCESS), len(bodies.statuses))


def _error_share(bodies: ResponseBodies) -> int | None:
    return examples_per_schema(len(ERRORS), len(bodies.statuses))


def test_every_operation_with_a_json_response_is_covered() -> None:
    with_json = {
        operation.operation_id
        for operation in operations(DOCUMENT)
        if any(operation.json_schema(status) for status in operation.statuses)
    }
    assert {bodies.operation.operation_id for bodies in BODIES} == with_json
    assert with_json, "the spec has no operation with a JSON response"


@pytest.mark.parametrize("bodies", SUCCESS, ids=lambda bodies: bodies.id)
def test_valid_success_bodies_parse_and_round_trip(bodies: ResponseBodies) -> None:
    checks.valid_success_bodies_round_trip(kirim_chat, DOCUMENT, bodies, _success_share(bodies))


@pytest.mark.parametrize("bodies", SUCCESS, ids=lambda bodies: bodies.id)
def test_broken_success_bodies_raise_response_validation_error(bodies: ResponseBodies) -> None:
    checks.broken_success_bodies_raise(kirim_chat, DOCUMENT, bodies, _success_share(bodies))


@pytest.mark.parametrize("bodies", ERRORS, ids=lambda bodies: bodies.id)
def test_valid_error_bodies_parse_round_trip_and_raise_their_status_error(
    bodies: ResponseBodies,
) -> None:
    checks.valid_error_bodies_parse_and_raise(kirim_chat, DOCUMENT, bodies, _error_share(bodies))


@pytest.mark.parametrize("bodies", ERRORS, ids=lambda bodies: bodies.id)
def test_broken_error_bodies_are_dropped_and_still_raise_their_status_error(
    bodies: ResponseBodies,
) -> None:
    checks.broken_error_bodies_are_dropped_and_raise(
        kirim_chat, DOCUMENT, bodies, _error_share(bodies)
    )


def _stamp(format_: str, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "format": format_, **extra}


# Formats the client converts, which openapi.yaml need not use (yet).
DATES_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Dates", "version": "1.0.0"},
    "paths": {
        "/events": {
            "get": {
                "operationId": "listEvents",
                "tags": ["Events"],
                "responses": {
                    "200": {
                        "description": "Events",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Event"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Event": {
                "type": "object",
                "required": ["at", "day"],
                "properties": {
                    "at": _stamp("date-time"),
                    "day": _stamp("date"),
                    "ended_at": {"type": ["string", "null"], "format": "date-time"},
                    "stamps": {"type": "array", "items": _stamp("date-time")},
                },
            }
        }
    },
}


def test_date_times_and_dates_round_trip_in_every_rfc_3339_spelling(
    scratch_packages: ScratchPackages,
) -> None:
    # The drawn spellings include those that isoformat() would change.
    stamps = valid_bodies(_stamp("date-time"))
    for spelling in (r"Z$", r"z$", r"\dt\d", r"\.\d\D", r"\.\d{7,}", r"-\d\d:\d\d$"):
        pattern = re.compile(spelling)

        def spelled(text: str, pattern: re.Pattern[str] = pattern) -> bool:
            return pattern.search(text) is not None

        find(stamps, spelled)
    document = DATES_SPEC
    package = scratch_packages(document)
    (bodies,) = response_bodies(document)
    checks.valid_success_bodies_round_trip(package, document, bodies)
