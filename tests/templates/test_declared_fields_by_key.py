"""A field that arrived as an extra one and is then declared by the spec keeps working as
``obj["field"]``: what `make diff` grades "safe, addition" must really be safe.

Two scratch packages from the same spec, before and after the spec declares ``colour`` (an
open set), ``size`` (an object) and ``tags`` (an array), parse the same body; item access and
``in`` must agree between them.
"""

import copy
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import ScratchPackages
from tests.support.scratch_package import model

BODY: dict[str, Any] = {
    "id": "w_1",
    "colour": "teal",
    "size": {"width": 3, "depth": 4},
    "tags": ["a", "b"],
    "unknown": True,
}
NEWLY_DECLARED = ("colour", "size", "tags")


def _spec(declared: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Scratch", "version": "1.0.0"},
        "paths": {
            "/widget": {
                "get": {
                    "operationId": "getWidget",
                    "responses": {
                        "200": {
                            "description": "A widget",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Widget"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Colour": {"type": "string", "enum": ["red", "teal"]},
                "Widget": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string"}, **declared},
                    "additionalProperties": True,
                },
            }
        },
    }


BEFORE = _spec({})
AFTER = _spec(
    {
        "colour": {"anyOf": [{"$ref": "#/components/schemas/Colour"}, {"type": "string"}]},
        "size": {
            "type": "object",
            "properties": {"width": {"type": "integer"}, "depth": {"type": "integer"}},
        },
        "tags": {"type": "array", "items": {"type": "string"}},
    }
)


@pytest.fixture(scope="module")
def widgets(scratch_packages: ScratchPackages) -> tuple[ModuleType, ModuleType]:
    return scratch_packages(BEFORE), scratch_packages(AFTER)


def _widget(package: ModuleType, body: dict[str, Any] = BODY) -> Any:
    return model(package, "Widget").from_dict(copy.deepcopy(body))


def test_a_newly_declared_field_reads_as_it_did_when_it_was_extra(
    widgets: tuple[ModuleType, ModuleType],
) -> None:
    before, after = (_widget(package) for package in widgets)
    assert before.additional_keys == ["colour", "size", "tags", "unknown"]
    assert after.additional_keys == ["unknown"]  # the spec now declares the other three
    for key in (*NEWLY_DECLARED, "id", "unknown"):
        assert key in before
        assert key in after
        assert after[key] == before[key] == BODY[key], key
    assert after.colour == "teal"
    assert after.size.width == 3  # the declared, typed view


def test_an_optional_field_that_is_absent_is_not_there_by_key_either(
    widgets: tuple[ModuleType, ModuleType],
) -> None:
    _, after = widgets
    widget = _widget(after, {"id": "w_2"})
    for key in (*NEWLY_DECLARED, "never-sent"):
        assert key not in widget
        with pytest.raises(KeyError, match=key):
            widget[key]


def test_setting_a_declared_field_by_key_checks_and_converts_it(
    widgets: tuple[ModuleType, ModuleType],
) -> None:
    _, after = widgets
    widget = _widget(after)
    widget["size"] = {"width": 9, "depth": 1}
    assert widget.size.width == 9
    assert widget["size"] == {"width": 9, "depth": 1}
    assert "size" not in widget.additional_properties
    with pytest.raises(ValueError, match=r"Widget\.tags: expected array, got string"):
        widget["tags"] = "not-a-list"
    assert widget.tags == ["a", "b"]  # a refused value changes nothing
    widget["extra"] = 1
    assert widget.additional_properties["extra"] == 1


def test_deleting_by_key_unsets_an_optional_field_and_refuses_a_required_one(
    widgets: tuple[ModuleType, ModuleType],
) -> None:
    _, after = widgets
    widget = _widget(after)
    del widget["colour"]
    assert "colour" not in widget
    assert "colour" not in widget.to_dict()
    with pytest.raises(KeyError, match="colour"):
        del widget["colour"]
    with pytest.raises(TypeError, match="'id' is a required field of Widget"):
        del widget["id"]
    assert widget["id"] == "w_1"
    del widget["unknown"]
    assert widget.additional_keys == []
