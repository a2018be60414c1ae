"""A spec written in the vendor's conventions for writes and lists (see kirim-api.md): a
cursor-paginated list, a create returning 201, a path-scoped send returning 202 with a const body
field and a declared Idempotency-Key header, a DELETE returning 204, a PATCH, and RFC 3339
timestamps. Tests generate it with this repository's codegen to show what any such operation
gets by regeneration alone."""

from typing import Any

ENVELOPE: dict[str, Any] = {"$ref": "#/components/schemas/ErrorEnvelope"}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": ENVELOPE}}}


def _json(schema: str, description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


CONVENTIONS_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Conventions", "version": "1.0.0"},
    "security": [{"bearerAuth": []}],
    "paths": {
        "/labels": {
            "get": {
                "operationId": "listLabels",
                "tags": ["Labels"],
                "summary": "List labels",
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 25},
                    },
                    {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                    {
                        "name": "colour",
                        "in": "query",
                        "schema": {"type": "string", "enum": ["red", "green"]},
                    },
                ],
                "responses": {
                    "200": _json("LabelList", "A page of labels"),
                    "400": _error("Bad cursor or limit"),
                    "429": _error("Rate limited"),
                },
            },
            "post": {
                "operationId": "createLabel",
                "tags": ["Labels"],
                "summary": "Create a label",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/CreateLabelRequest"}
                        }
                    },
                },
                "responses": {
                    "201": _json("Label", "Created"),
                    "409": _error("Conflict"),
                    "422": _error("Key reused with another body"),
                },
            },
        },
        "/labels/{label_id}": {
            "parameters": [
                {"name": "label_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "delete": {
                "operationId": "deleteLabel",
                "tags": ["Labels"],
                "responses": {"204": {"description": "Deleted"}, "404": _error("No such label")},
            },
            "patch": {
                "operationId": "renameLabel",
                "tags": ["Labels"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/CreateLabelRequest"}
                        }
                    },
                },
                "responses": {"200": _json("Label", "Renamed")},
            },
        },
        "/{phone_number_id}/messages": {
            "post": {
                "operationId": "sendTextMessage",
                "tags": ["Messages"],
                "parameters": [
                    {
                        "name": "phone_number_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                    {
                        "name": "Idempotency-Key",
                        "in": "header",
                        "schema": {"type": "string", "maxLength": 255},
                    },
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/SendTextMessageRequest"}
                        }
                    },
                },
                "responses": {"202": _json("Message", "Accepted for delivery")},
            }
        },
    },
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Label": {
                "type": "object",
                "required": ["object", "id", "name", "created_at"],
                "properties": {
                    "object": {"const": "label"},
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "created_at": {"type": "string", "format": "date-time"},
                },
            },
            "LabelList": {
                "type": "object",
                "required": ["data"],
                "properties": {
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Label"}},
                    "has_more": {"type": "boolean"},
                    "next_cursor": {"type": ["string", "null"]},
                    "request_id": {"type": "string"},
                },
            },
            "CreateLabelRequest": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}},
            },
            "SendTextMessageRequest": {
                "type": "object",
                "required": ["type", "to", "text"],
                "properties": {
                    "type": {"const": "text"},
                    "to": {"type": "string"},
                    "text": {"type": "string"},
                },
            },
            "Message": {
                "type": "object",
                "required": ["object", "id", "status", "created_at"],
                "properties": {
                    "object": {"const": "message"},
                    "id": {"type": "string"},
                    "status": {"type": "string"},
                    "created_at": {"type": "string", "format": "date-time"},
                },
            },
            "ErrorEnvelope": {
                "type": "object",
                "required": ["error"],
                "properties": {"error": {"type": "object"}},
            },
        },
    },
}
