"""scripts/operations.py on small inline specs: every operation found with its generated module
name, and values built from schemas that the schemas accept."""

import re
from enum import Enum
from typing import Any

import pytest
from openapi_schema_validator import OAS31Validator

from scripts.operations import from_text, operations, python_name, sample, typed

SPEC: dict[str, Any] = {
    "paths": {
        "/widgets/{widget_id}": {
            "parameters": [
                {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "integer"}}
            ],
            "get": {
                "operationId": "getWidget",
                "tags": ["Widget Parts"],
                "responses": {"200": {"$ref": "#/components/responses/Ok"}},
            },
            "delete": {"operationId": "deleteWidget", "responses": {"204": {"description": "x"}}},
        }
    },
    "components": {"responses": {"Ok": {"description": "ok"}}},
}


def test_operations_carry_path_parameters_and_the_generators_module_names() -> None:
    found = operations(SPEC)
    assert [(op.method, op.operation_id, op.module_path) for op in found] == [
        ("get", "getWidget", "api.widget_parts.get_widget"),
        ("delete", "deleteWidget", "api.default.delete_widget"),
    ]
    assert [parameter["name"] for parameter in found[0].parameters] == ["widget_id"]
    assert found[0].responses == {"200": {"description": "ok"}}  # the $ref followed
    match = found[0].path_pattern().match("/widgets/42")
    assert match is not None
    assert match.groupdict() == {"widget_id": "42"}
    assert (found[0].success_status, found[1].reads_only) == (200, False)


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "pattern": "^lbl_[0-9a-z]{4}$"},
        {"type": "string", "format": "date-time"},
        {"type": "integer", "minimum": 5, "exclusiveMaximum": 7},
        {"type": "object", "required": ["a"], "properties": {"a": {"type": "boolean"}}},
        {"type": "array", "minItems": 2, "items": {"type": "string", "maxLength": 1}},
        {"anyOf": [{"type": "string", "enum": ["x", "y"]}, {"type": "string"}]},
        {"type": ["string", "null"], "examples": ["given"]},
    ],
)
def test_a_sample_is_valid_for_its_schema(schema: dict[str, Any]) -> None:
    value = sample({}, schema)
    assert OAS31Validator(schema, format_checker=OAS31Validator.FORMAT_CHECKER).is_valid(value)
    assert sample({}, schema) == value  # the same every time


class Colour(Enum):
    RED = "red"


def test_typed_converts_json_to_the_argument_type_or_refuses() -> None:
    assert typed(Colour | None, "red") is Colour.RED
    assert typed(Colour | None, None) is None
    with pytest.raises(ValueError, match=re.escape("'blue' fits none of")):
        typed(Colour | None, "blue")
    assert typed(int, 3) == 3
    with pytest.raises(TypeError):
        typed(int, "3")


def test_a_url_value_comes_back_as_its_json_type() -> None:
    integer = {"schema": {"type": "integer"}}
    assert from_text({}, integer, "42") == 42
    assert from_text({}, integer, "many") == "many"  # left for the server to refuse
    assert from_text({}, {"schema": {"type": "boolean"}}, "true") is True
    assert from_text({}, {"schema": {"type": "string"}}, "42") == "42"


def test_python_names_are_the_generators() -> None:
    assert [python_name(name) for name in ("type", "phoneNumber", "2fa")] == [
        "type_",
        "phone_number",
        "field_2fa",
    ]
