"""The API changes a maintainer makes to openapi.yaml, written in the spec's own style (bounded
strings, open sets, rate-limit headers, only the documented statuses, examples): issue 9's
"Done when" cases. Each takes the spec as a dict and returns the edited copy and the names a
CHANGELOG line or a failure must mention. Targets are found by role (tests/support/spec_targets.py),
so the changes still apply after a legitimate rename in openapi.yaml.
"""

import copy
from dataclasses import dataclass, field
from typing import Any

from tests.support.spec_targets import (
    error_responses,
    list_item_schema,
    success_headers,
)
from tests.support.spec_targets import field as find_field

Spec = dict[str, Any]
REQUEST_ID_EXAMPLE = "req_01HXYZABCDEFGHJKMNPQRSTVX9"


@dataclass(frozen=True)
class Changed:
    spec: Spec
    names: dict[str, str] = field(default_factory=dict)
    """What the change is about, e.g. ``{"field": "Account.quality_rating"}``."""


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _unused(spec: Spec, name: str) -> str:
    assert name not in _schemas(spec), f"openapi.yaml already has a schema {name}; pick another"
    return name


def _errors(spec: Spec, statuses: tuple[str, ...]) -> dict[str, Any]:
    documented = error_responses(spec)
    missing = [status for status in statuses if status not in documented]
    assert not missing, f"the first operation documents no {missing}; the scenario reuses them"
    return {status: copy.deepcopy(documented[status]) for status in statuses}


def _tag(spec: Spec, name: str, description: str) -> None:
    spec.setdefault("tags", []).append({"name": name, "description": description})


def add_open_set_field(spec: Spec) -> Changed:
    """An optional open-set field on the resource a listing returns (Account.quality_rating)."""
    spec = copy.deepcopy(spec)
    resource = list_item_schema(spec)
    enum = _unused(spec, "QualityRating")
    _schemas(spec)[enum] = {
        "type": "string",
        "description": "The quality ratings this document knows by name.",
        "enum": ["GREEN", "YELLOW", "RED"],
    }
    _schemas(spec)[resource]["properties"]["quality_rating"] = {
        "description": "Meta's quality rating of the number. An open set; unknown values are kept.",
        "anyOf": [{"$ref": f"#/components/schemas/{enum}"}, {"type": "string", "maxLength": 64}],
    }
    return Changed(spec, {"field": f"{resource}.quality_rating", "enum": enum})


def add_parameterless_get(spec: Spec) -> Changed:
    """GET /organisation: no parameters, documented errors 401, 429 and 500 only."""
    spec = copy.deepcopy(spec)
    schema = _unused(spec, "Organisation")
    _tag(spec, "Organisation", "The organisation that owns the API key.")
    _schemas(spec)[schema] = {
        "type": "object",
        "description": "The organisation that owns the API key.",
        "required": ["object", "id", "name"],
        "properties": {
            "object": {"description": "Always `organisation`.", "const": "organisation",
                       "type": "string"},
            "id": {"description": "The organisation's id.", "type": "string",
                   "pattern": "^org_[0-9A-HJKMNP-TV-Z]{26}$", "maxLength": 30},
            "name": {"description": "The organisation's name.", "type": "string",
                     "maxLength": 256},
        },
        "additionalProperties": True,
    }  # fmt: skip
    example = {"object": "organisation", "id": "org_01HXYZABCDEFGHJKMNPQRSTVWX", "name": "Acme"}
    spec["paths"]["/organisation"] = {
        "get": {
            "operationId": "getOrganisation",
            "tags": ["Organisation"],
            "summary": "Get the organisation that owns the API key",
            "description": "Returns the organisation the API key belongs to.",
            "responses": {
                "200": {
                    "description": "The organisation.",
                    "headers": success_headers(spec),
                    "content": {
                        "application/json": {
                            "schema": {"$ref": f"#/components/schemas/{schema}"},
                            "examples": {"acme": {"summary": "An organisation", "value": example}},
                        }
                    },
                },
                **_errors(spec, ("401", "429", "500")),
            },
        }
    }
    return Changed(spec, {"operation": "GET /organisation", "function": "get_organisation"})


def add_paginated_list_and_create(spec: Spec) -> Changed:
    """GET /labels, cursor-paginated as the vendor paginates, and POST /labels with a JSON body
    answered by 201."""
    spec = copy.deepcopy(spec)
    label, page, create = (_unused(spec, name) for name in ("Label", "LabelList", "LabelCreate"))
    _tag(spec, "Labels", "Labels the organisation puts on conversations.")
    name = {"description": "The label's name.", "type": "string", "maxLength": 64}
    _schemas(spec)[label] = {
        "type": "object",
        "description": "A label.",
        "required": ["object", "id", "name"],
        "properties": {
            "object": {"description": "Always `label`.", "const": "label", "type": "string"},
            "id": {"description": "The label's id.", "type": "string",
                   "pattern": "^lbl_[0-9A-HJKMNP-TV-Z]{26}$", "maxLength": 30},
            "name": name,
        },
        "additionalProperties": True,
    }  # fmt: skip
    _schemas(spec)[page] = {
        "type": "object",
        "description": "One page of labels.",
        "required": ["data", "has_more", "next_cursor"],
        "properties": {
            "data": {"description": "The labels of this page.", "type": "array", "maxItems": 100,
                     "items": {"$ref": f"#/components/schemas/{label}"}},
            "has_more": {"description": "Whether another page follows.", "type": "boolean"},
            "next_cursor": {"description": "Pass as `cursor` for the next page; null on the last.",
                            "type": ["string", "null"], "maxLength": 512},
        },
        "additionalProperties": True,
    }  # fmt: skip
    _schemas(spec)[create] = {
        "type": "object",
        "description": "A label to create.",
        "required": ["name"],
        "properties": {"name": name},
        "additionalProperties": False,
    }
    one = {"object": "label", "id": "lbl_01HXYZABCDEFGHJKMNPQRSTVWX", "name": "VIP"}
    headers = success_headers(spec)
    errors = _errors(spec, ("400", "401", "429", "500"))
    spec["paths"]["/labels"] = {
        "get": {
            "operationId": "listLabels",
            "tags": ["Labels"],
            "summary": "List labels",
            "description": "Returns the organisation's labels, one page at a time.",
            "parameters": [
                {"name": "limit", "in": "query", "required": False,
                 "description": "Labels per page.",
                 "schema": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 100,
                            "default": 25}},
                {"name": "cursor", "in": "query", "required": False,
                 "description": "The previous page's `next_cursor`.",
                 "schema": {"type": "string", "maxLength": 512}},
            ],
            "responses": {
                "200": {
                    "description": "One page of labels.",
                    "headers": headers,
                    "content": {"application/json": {
                        "schema": {"$ref": f"#/components/schemas/{page}"},
                        "examples": {"last_page": {"summary": "The only page", "value": {
                            "data": [one], "has_more": False, "next_cursor": None}}},
                    }},
                },
                **errors,
            },
        },
        "post": {
            "operationId": "createLabel",
            "tags": ["Labels"],
            "summary": "Create a label",
            "description": "Creates a label and returns it.",
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": f"#/components/schemas/{create}"},
                "examples": {"vip": {"summary": "A label", "value": {"name": "VIP"}}},
            }}},
            "responses": {
                "201": {
                    "description": "The label, created.",
                    "headers": headers,
                    "content": {"application/json": {
                        "schema": {"$ref": f"#/components/schemas/{label}"},
                        "examples": {"vip": {"summary": "The new label", "value": one}},
                    }},
                },
                **errors,
            },
        },
    }  # fmt: skip
    return Changed(
        spec,
        {
            "list": "GET /labels",
            "list_function": "list_labels",
            "create": "POST /labels",
            "create_function": "create_label",
        },
    )


def rename_field(spec: Spec) -> Changed:
    """A required string field of a response schema renamed, its examples with it: what a
    maintainer does when the vendor renames a field (Account.name -> display_name)."""
    spec = copy.deepcopy(spec)
    target = find_field(spec, required=True, types={"string", "null"}, plain=True)
    new_name = f"display_{target.name}"
    schema = _schemas(spec)[target.schema]
    schema["properties"] = {
        (new_name if key == target.name else key): value
        for key, value in schema["properties"].items()
    }
    schema["required"] = [new_name if key == target.name else key for key in schema["required"]]
    _rename_in_examples(spec, set(schema["required"]) - {new_name}, target.name, new_name)
    return Changed(
        spec, {"schema": target.schema, "old": target.name, "new": new_name,
               "field": f"{target.schema}.{target.name}"}
    )  # fmt: skip


def _rename_in_examples(node: Any, siblings: set[str], old: str, new: str) -> None:
    """Rename ``old`` in every mapping that looks like an instance of the schema (it holds the
    schema's other required fields too), wherever it sits in the spec's examples."""
    if isinstance(node, dict):
        if old in node and siblings <= node.keys():
            node[new] = node.pop(old)
        for value in node.values():
            _rename_in_examples(value, siblings, old, new)
    elif isinstance(node, list):
        for value in node:
            _rename_in_examples(value, siblings, old, new)
