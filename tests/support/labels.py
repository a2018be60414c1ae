"""Two operations openapi.yaml does not have, written in its style, for tests showing that a new
operation is picked up with no registration: a cursor-paginated ``GET /labels`` and a
``POST /labels`` with a JSON body answering 201."""

import copy
from typing import Any

HEADERS = {
    name: {"$ref": f"#/components/headers/{name}"}
    for name in ("X-Request-Id", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")
}
ERRORS = {
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "429": {"$ref": "#/components/responses/RateLimited"},
    "500": {"$ref": "#/components/responses/ServerError"},
}
LABEL = {
    "object": "label",
    "id": "lbl_01hxyz",
    "name": "VIP",
    "color": "green",
}

PATHS: dict[str, Any] = {
    "/labels": {
        "get": {
            "operationId": "listLabels",
            "tags": ["Labels"],
            "summary": "List labels",
            "description": "The labels of the organisation, a page at a time.",
            "parameters": [
                {
                    "name": "cursor",
                    "in": "query",
                    "required": False,
                    "description": "Where the page starts: a previous page's `next_cursor`.",
                    "schema": {"type": "string", "maxLength": 256},
                },
                {
                    "name": "limit",
                    "in": "query",
                    "required": False,
                    "description": "At most this many labels.",
                    "schema": {
                        "type": "integer",
                        "format": "int32",
                        "minimum": 1,
                        "maximum": 100,
                    },
                },
            ],
            "responses": {
                "200": {
                    "description": "A page of labels.",
                    "headers": HEADERS,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/LabelList"},
                            "examples": {
                                "first_page": {
                                    "summary": "The first page",
                                    "value": {
                                        "data": [LABEL],
                                        "has_more": True,
                                        "next_cursor": "cur_2",
                                        "request_id": "req_01HXYZABCDEFGHJKMNPQRSTVX5",
                                    },
                                }
                            },
                        }
                    },
                },
                **ERRORS,
            },
        },
        "post": {
            "operationId": "createLabel",
            "tags": ["Labels"],
            "summary": "Create a label",
            "description": "Adds a label to the organisation.",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/LabelCreate"},
                        "example": {"name": "VIP", "color": "green"},
                    }
                },
            },
            "responses": {
                "201": {
                    "description": "The new label.",
                    "headers": HEADERS,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Label"},
                            "example": LABEL,
                        }
                    },
                },
                "400": {"$ref": "#/components/responses/InvalidRequest"},
                **ERRORS,
            },
        },
    }
}

SCHEMAS: dict[str, Any] = {
    "LabelColor": {
        "type": "string",
        "description": "The colours this document knows by name.",
        "enum": ["red", "green", "blue"],
    },
    "Label": {
        "type": "object",
        "description": "A label.",
        "required": ["object", "id", "name"],
        "properties": {
            "object": {"type": "string", "const": "label", "description": "Always `label`."},
            "id": {"type": "string", "pattern": "^lbl_[0-9a-z]+$", "maxLength": 64},
            "name": {"type": "string", "maxLength": 64},
            "color": {
                "description": "An open set.",
                "anyOf": [
                    {"$ref": "#/components/schemas/LabelColor"},
                    {"type": "string", "maxLength": 32},
                ],
            },
        },
        "additionalProperties": True,
    },
    "LabelList": {
        "type": "object",
        "description": "A page of labels.",
        "required": ["data", "has_more", "next_cursor"],
        "properties": {
            "data": {
                "type": "array",
                "maxItems": 100,
                "items": {"$ref": "#/components/schemas/Label"},
            },
            "has_more": {"type": "boolean"},
            "next_cursor": {"type": ["string", "null"], "maxLength": 256},
            "request_id": {
                "type": "string",
                "pattern": "^req_[0-9A-HJKMNP-TV-Z]{26}$",
                "maxLength": 30,
            },
        },
        "additionalProperties": True,
    },
    "LabelCreate": {
        "type": "object",
        "description": "A label to create.",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "maxLength": 64},
            "color": {"$ref": "#/components/schemas/LabelColor"},
        },
        "additionalProperties": False,
    },
}

OPERATION_IDS = ("listLabels", "createLabel")


def with_labels(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` with the two label operations and their schemas added."""
    changed = copy.deepcopy(document)
    changed["paths"].update(copy.deepcopy(PATHS))
    changed["components"]["schemas"].update(copy.deepcopy(SCHEMAS))
    changed.setdefault("tags", []).append({"name": "Labels", "description": "Labels."})
    return changed
