"""Inline specs for the generated-code tests: one schema per kind of property, in the manner of
openapi-python-client's functional tests (a small spec, generated, imported and executed)."""

from typing import Any


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


POINT = {
    "type": "object",
    "required": ["x", "y"],
    "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
}

SCHEMAS: dict[str, Any] = {
    "Point": POINT,
    "Scalars": {
        "type": "object",
        "required": ["count", "ratio", "flag", "created_at", "id", "day", "label"],
        "properties": {
            "count": {"type": "integer"},
            "ratio": {"type": "number"},
            "flag": {"type": "boolean"},
            "created_at": {"type": "string", "format": "date-time"},
            "id": {"type": "string", "format": "uuid"},
            "day": {"type": "string", "format": "date"},
            "label": {"type": "string"},
        },
    },
    "Nested": {
        "type": "object",
        "required": ["point"],
        "properties": {
            "point": ref("Point"),
            "inline": {
                "type": "object",
                "required": ["depth"],
                "properties": {"depth": {"type": "integer"}, "below": ref("Point")},
            },
        },
    },
    "Arrays": {
        "type": "object",
        "required": ["tags", "scores", "points", "grid", "groups"],
        "properties": {
            "tags": {"type": "array", "items": {"type": "string"}},
            "scores": {"type": "array", "items": {"type": "number"}},
            "points": {"type": "array", "items": ref("Point")},
            "grid": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}},
            "groups": {"type": "array", "items": {"type": "array", "items": ref("Point")}},
            "stamps": {"type": "array", "items": {"type": "string", "format": "date-time"}},
        },
    },
    "Nullables": {
        "type": "object",
        "required": ["name", "count", "point", "when", "tags"],
        "properties": {
            "name": {"type": ["string", "null"]},
            "count": {"type": ["integer", "null"]},
            "point": {"anyOf": [ref("Point"), {"type": "null"}]},
            "when": {"type": ["string", "null"], "format": "date-time"},
            "tags": {"type": ["array", "null"], "items": {"type": "string"}},
        },
    },
    "Consts": {
        "type": "object",
        "required": ["kind", "version", "enabled", "live"],
        "properties": {
            "kind": {"type": "string", "const": "thing"},
            "version": {"type": "integer", "const": 2},
            "enabled": {"type": "boolean", "const": True},
            # Without "type": the generator reads a boolean's type before its const, so
            # "enabled" above is a plain boolean (see test_invalid_bodies.py).
            "live": {"const": True},
        },
    },
    "Colour": {"type": "string", "enum": ["red", "green"]},
    "Level": {"type": "integer", "enum": [1, 2, 3]},
    "Enums": {
        "type": "object",
        "required": ["closed", "open", "level", "palette"],
        "properties": {
            "closed": ref("Colour"),
            "open": {"anyOf": [ref("Colour"), {"type": "string"}]},
            "level": ref("Level"),
            "palette": {"type": "array", "items": ref("Colour")},
        },
    },
    "Circle": {
        "type": "object",
        "required": ["radius"],
        "properties": {"radius": {"type": "number"}},
        "additionalProperties": False,
    },
    "Square": {
        "type": "object",
        "required": ["side"],
        "properties": {"side": {"type": "number"}},
        "additionalProperties": False,
    },
    "Unions": {
        "type": "object",
        "required": ["id_or_name", "amount", "shape", "point_or_label"],
        "properties": {
            "id_or_name": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
            "amount": {"oneOf": [{"type": "number"}, {"type": "boolean"}]},
            "shape": {"oneOf": [ref("Circle"), ref("Square")]},
            "point_or_label": {"anyOf": [ref("Point"), {"type": "string"}]},
        },
    },
    "Optionals": {
        "type": "object",
        "required": ["needed"],
        "properties": {
            "needed": {"type": "string"},
            "size": {"type": "integer"},
            "maybe": {"type": ["string", "null"]},
            "point": ref("Point"),
        },
    },
    "Counts": {"type": "object", "additionalProperties": {"type": "integer"}},
    "Closed": {
        "type": "object",
        "properties": {"name": {"type": "string"}},
        "additionalProperties": False,
    },
    "Open": {"type": "object", "properties": {"name": {"type": "string"}}},
}

KINDS = [name for name in SCHEMAS if name not in ("Point", "Colour", "Level", "Circle", "Square")]

# Every kind as one field of one response body, so that calls exercise them all.
SCHEMAS["Everything"] = {
    "type": "object",
    "required": [kind.lower() for kind in KINDS],
    "properties": {kind.lower(): ref(kind) for kind in KINDS},
}

KINDS_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Kinds", "version": "1.0.0"},
    "servers": [{"url": "https://kinds.invalid"}],
    "paths": {
        "/everything": {
            "get": {
                "operationId": "getEverything",
                "tags": ["Kinds"],
                "responses": {
                    "200": {
                        "description": "One of every kind",
                        "content": {"application/json": {"schema": ref("Everything")}},
                    }
                },
            }
        }
    },
    "components": {"schemas": SCHEMAS},
}

# A body of each kind that the spec allows, with every optional field present.
POINT_BODY = {"x": 1, "y": -2}
VALID: dict[str, dict[str, Any]] = {
    "Scalars": {
        "count": 7,
        "ratio": 0.5,
        "flag": False,
        "created_at": "2026-01-02T03:04:05+07:00",
        "id": "0b2f4a9e-6b1c-4c5e-9d3f-2a1b3c4d5e6f",
        "day": "2026-02-28",
        "label": "",
    },
    "Nested": {"point": POINT_BODY, "inline": {"depth": 2, "below": {"x": 0, "y": 0}}},
    "Arrays": {
        "tags": ["a", "b"],
        "scores": [1, 2.5],
        "points": [POINT_BODY, {"x": 3, "y": 4}],
        "grid": [[1, 2], [], [3]],
        "groups": [[POINT_BODY], []],
        "stamps": ["2026-01-01T00:00:00Z", "2026-01-01T07:00:00+07:00"],
    },
    "Nullables": {"name": None, "count": None, "point": None, "when": None, "tags": None},
    "Consts": {"kind": "thing", "version": 2, "enabled": True, "live": True},
    "Enums": {"closed": "green", "open": "purple", "level": 3, "palette": ["red", "green"]},
    "Unions": {
        "id_or_name": "abc",
        "amount": True,
        "shape": {"side": 2.0},
        "point_or_label": {"x": 1, "y": 1},
    },
    "Optionals": {"needed": "n", "size": 1, "maybe": "m", "point": POINT_BODY},
    "Counts": {"apples": 3, "pears": 0},
    "Closed": {"name": "shut"},
    "Open": {"name": "open", "colour": "blue", "nested": {"any": [1, None]}},
}
VALID["Everything"] = {kind.lower(): VALID[kind] for kind in KINDS}


def _returning(operation_id: str, tag: str, schema: str) -> dict[str, Any]:
    return {
        "get": {
            "operationId": operation_id,
            "tags": [tag],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": ref(schema)}},
                }
            },
        }
    }


# A folder holds files and a file names its folder (a cycle of two), a folder its parent (a
# cycle of one); a note is unrelated to both.
IMPORTS_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Imports", "version": "1.0.0"},
    "paths": {
        "/folder": _returning("getFolder", "Folders", "Folder"),
        "/note": _returning("getNote", "Notes", "Note"),
    },
    "components": {
        "schemas": {
            "Folder": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "parent": ref("Folder"),
                    "files": {"type": "array", "items": ref("File")},
                },
            },
            "File": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "folder": ref("Folder")},
            },
            "Note": {
                "type": "object",
                "required": ["text"],
                "properties": {"text": {"type": "string"}},
            },
        }
    },
}
