"""A spec whose facts the generator's own parsing drops: parameters' own descriptions,
``deprecated`` on operations, parameters and fields, and the rules of parameter schemas
(pattern, lengths, bounds); and a request body that is one of several models."""

from typing import Any


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


LABEL_ID = "^lbl_[0-9A-HJKMNP-TV-Z]{26}$"

FACTS_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Facts", "version": "1.0.0"},
    "security": [{"bearerAuth": []}],
    "paths": {
        "/{phone_number_id}/notes": {
            # A path-level parameter by $ref, whose schema is a $ref too.
            "parameters": [{"$ref": "#/components/parameters/PhoneNumberId"}],
            "get": {
                "operationId": "listNotes",
                "tags": ["Notes"],
                "summary": "List notes",
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "description": "How many notes a page holds.",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
                    },
                    {
                        "name": "cursor",
                        "in": "query",
                        "description": "Where the page starts: the next_cursor of the page before.",
                        "schema": {"type": "string", "maxLength": 200, "description": "Opaque."},
                    },
                    {
                        "name": "label_id",
                        "in": "query",
                        "schema": {
                            "type": "string",
                            "pattern": LABEL_ID,
                            "description": "Only notes with this label.",
                        },
                    },
                    {
                        "name": "tag",
                        "in": "query",
                        "deprecated": True,
                        "description": "Use label_id.",
                        "schema": {"type": "string", "minLength": 2, "maxLength": 8},
                    },
                ],
                "responses": {"200": _json(_ref("NoteList"), "A page of notes")},
            },
            "post": {
                "operationId": "sendNote",
                "tags": ["Notes"],
                "summary": "Send a note",
                "deprecated": True,
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "oneOf": [_ref("TextNote"), _ref("ImageNote"), _ref("ReadReceipt")]
                            }
                        }
                    },
                },
                "responses": {"202": _json(_ref("Note"), "Accepted")},
            },
        },
        "/health": {
            "get": {
                "operationId": "getHealth",
                "tags": ["Meta"],
                "security": [],
                "responses": {"200": _json({"type": "object"}, "Up")},
            }
        },
    },
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "parameters": {
            "PhoneNumberId": {
                "name": "phone_number_id",
                "in": "path",
                "required": True,
                "description": "The sending number's id, from list_accounts.",
                "schema": _ref("PhoneNumberId"),
            }
        },
        "schemas": {
            "PhoneNumberId": {
                "type": "string",
                "pattern": r"^\d{6,20}$",
                "description": "A phone number id.",
            },
            "Note": {
                "type": "object",
                "required": ["id", "created_at"],
                "properties": {
                    "id": {"type": "string"},
                    "created_at": {"type": "string", "format": "date-time"},
                    "colour": {
                        "type": "string",
                        "deprecated": True,
                        "description": "The note's colour.",
                    },
                },
            },
            "NoteList": {
                "type": "object",
                "required": ["data"],
                "properties": {
                    "data": {"type": "array", "items": _ref("Note")},
                    "has_more": {"type": "boolean"},
                    "next_cursor": {"type": ["string", "null"]},
                },
            },
            "TextNote": {
                "type": "object",
                "required": ["type", "text"],
                "properties": {
                    "type": {"const": "text"},
                    "text": {"type": "string"},
                    "day": {"type": "string", "format": "date"},
                },
            },
            "ImageNote": {
                "type": "object",
                "required": ["type", "link"],
                "properties": {"type": {"const": "image"}, "link": {"type": "string"}},
            },
            "ReadReceipt": {
                "type": "object",
                "required": ["type", "message_id"],
                "properties": {"type": {"const": "read"}, "message_id": {"type": "string"}},
            },
        },
    },
}
