"""Through a call, sync and async: a valid body comes back typed; a body that breaks its type
raises ResponseValidationError, whose message names the path to the field and keeps the body."""

import datetime
import json
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.support.parity import Caller
from tests.templates.specs import VALID


def test_a_valid_body_comes_back_typed(
    models: Any, get_everything: ModuleType, client: Any, httpserver: HTTPServer, call: Caller
) -> None:
    httpserver.expect_request("/everything").respond_with_json(VALID["Everything"])

    everything = call(get_everything, client=client)

    assert type(everything) is models.Everything
    assert everything == models.Everything.from_dict(VALID["Everything"])
    assert everything.scalars.day == datetime.date(2026, 2, 28)
    assert everything.arrays.groups[0][0] == models.Point(x=1, y=-2)
    assert everything.unions.shape == models.Square(side=2.0)
    assert everything.enums.palette == [models.Colour.RED, models.Colour.GREEN]


@pytest.mark.parametrize(
    ("kind", "changes", "message"),
    [
        (
            "scalars",
            {"count": 1.5},
            "Everything.scalars: Scalars.count: expected integer, got number",
        ),
        (
            "arrays",
            {"points": [{"x": 1, "y": 2}, {"x": 1, "y": 2}, {"x": 1, "y": "b"}]},
            "Everything.arrays: Arrays.points[2]: Point.y: expected integer, got string",
        ),
        (
            "nullables",
            {"tags": ["a", None]},
            "Everything.nullables: Nullables.tags[1]: expected string, got null",
        ),
        (
            "enums",
            {"closed": "blue"},
            "Everything.enums: Enums.closed: expected one of red, green, got 'blue'",
        ),
        (
            "unions",
            {"shape": {"radius": "big"}},
            "Everything.unions: Unions.shape: expected Circle or Square, got object "
            "(Circle.radius: expected number, got string; Square: missing required field 'side')",
        ),
    ],
    ids=["integer", "array-of-objects", "nullable-array", "closed-enum", "union-of-objects"],
)
def test_a_body_that_breaks_a_type_raises_response_validation_error(
    kinds: ModuleType,
    get_everything: ModuleType,
    client: Any,
    httpserver: HTTPServer,
    call: Caller,
    kind: str,
    changes: dict[str, Any],
    message: str,
) -> None:
    body = {**VALID["Everything"], kind: {**VALID["Everything"][kind], **changes}}
    httpserver.expect_request("/everything").respond_with_json(body)

    with pytest.raises(kinds.errors.ResponseValidationError) as raised:
        call(get_everything, client=client)

    assert raised.value.reason == message
    assert str(raised.value) == f"200 response does not match the spec: {message}"
    assert json.loads(raised.value.body) == body
