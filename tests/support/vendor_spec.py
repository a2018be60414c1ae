"""A scratch spec in Kirim's conventions, for tests of the runtime that must not depend on
today's openapi.yaml: bearer keys, a list envelope, resources tagged by ``object``, the
``{"error": {...}}`` envelope on every error status, X-Request-Id and X-RateLimit-* headers.

``scratch(scratch_packages)`` generates it (once per session) and returns a ``Scratch`` with its
operations, models and client classes at hand.
"""

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from tests.support.clock import FakeClock, controlled
from tests.support.scratch_package import model, operation

TOKEN = "kdv_live_" + "Scr4tchScr4tch" + "abcdefghij"  # key-shaped, built at run time

_ERROR = {"$ref": "#/components/schemas/ErrorEnvelope"}
_HEADERS = {
    name: {"$ref": f"#/components/headers/{name}"}
    for name in ("X-Request-Id", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")
}


def _error_response(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "headers": _HEADERS,
        "content": {"application/json": {"schema": _ERROR}},
    }


def _errors(*statuses: str) -> dict[str, Any]:
    return {status: {"$ref": f"#/components/responses/Error{status}"} for status in statuses}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Widgets", "version": "1.0.0"},
    "servers": [{"url": "https://api.widgets.invalid/v1"}],
    "security": [{"bearerAuth": []}],
    "tags": [{"name": "Widgets"}],
    "paths": {
        "/widgets": {
            "get": {
                "operationId": "listWidgets",
                "tags": ["Widgets"],
                "summary": "List widgets",
                "parameters": [
                    {
                        "name": "kind",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "string", "enum": ["round", "square"]},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The widgets",
                        "headers": _HEADERS,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/WidgetList"}
                            }
                        },
                    },
                    **_errors("400", "401", "429", "500"),
                },
            }
        },
        "/widgets/{widget_id}": {
            "get": {
                "operationId": "getWidget",
                "tags": ["Widgets"],
                "summary": "Get a widget",
                "parameters": [
                    {
                        "name": "widget_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The widget",
                        "headers": _HEADERS,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}
                        },
                    },
                    **_errors("401", "404", "429", "500"),
                },
            }
        },
    },
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "headers": {
            "X-Request-Id": {"schema": {"type": "string"}},
            "X-RateLimit-Limit": {"schema": {"type": "integer"}},
            "X-RateLimit-Remaining": {"schema": {"type": "integer"}},
            "X-RateLimit-Reset": {"schema": {"type": "integer"}},
        },
        "responses": {
            f"Error{status}": _error_response(description)
            for status, description in {
                "400": "Validation failure",
                "401": "Authentication failure",
                "404": "No such widget",
                "429": "Rate limit exceeded",
                "500": "Internal server error",
            }.items()
        },
        "schemas": {
            "WidgetList": {
                "type": "object",
                "required": ["data"],
                "properties": {
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
                    "request_id": {"type": "string"},
                },
            },
            "Widget": {
                "type": "object",
                "required": ["object", "id", "size"],
                "properties": {
                    "object": {"type": "string", "const": "widget"},
                    "id": {"type": "string"},
                    "size": {"type": "integer"},
                    "label": {"type": ["string", "null"]},
                },
            },
            "ErrorEnvelope": {
                "type": "object",
                "required": ["error"],
                "properties": {"error": {"$ref": "#/components/schemas/ErrorDetail"}},
            },
            "ErrorDetail": {
                "type": "object",
                "required": ["type", "code", "request_id"],
                "properties": {
                    "type": {"type": "string"},
                    "code": {"type": "string"},
                    "message": {"type": "string"},
                    "param": {"type": "string"},
                    "request_id": {"type": "string"},
                },
            },
        },
    },
}


def widget(widget_id: str = "w_1", **overrides: Any) -> dict[str, Any]:
    return {"object": "widget", "id": widget_id, "size": 3, "label": None, **overrides}


def widget_list(*widgets: dict[str, Any]) -> dict[str, Any]:
    return {"data": list(widgets)}


def error_body(error_type: str, code: str, message: str | None = None) -> dict[str, Any]:
    detail = {"type": error_type, "code": code, "request_id": "req_01HXYZABCDEFGHJKMNPQRSTVWX"}
    if message is not None:
        detail["message"] = message
    return {"error": detail}


@dataclass(frozen=True)
class Scratch:
    """The generated scratch package, with what the tests call at hand."""

    package: ModuleType
    list_widgets: ModuleType
    get_widget: ModuleType

    @property
    def errors(self) -> Any:
        return self.package.errors

    @property
    def name(self) -> str:
        return self.package.__name__

    def model(self, name: str) -> Any:
        return model(self.package, name)

    def client(
        self, base_url: str, *, clock: FakeClock | None = None, token: str = TOKEN, **options: Any
    ) -> Any:
        """An AuthenticatedClient for ``base_url``; with ``clock``, its time and waits are fake
        (and its backoff has no jitter)."""
        client = self.package.AuthenticatedClient(base_url=base_url, token=token, **options)
        return client if clock is None else controlled(client, clock)


def scratch(scratch_packages: Callable[[dict[str, Any]], ModuleType]) -> Scratch:
    package = scratch_packages(SPEC)
    return Scratch(
        package=package,
        list_widgets=operation(package, "widgets", "list_widgets"),
        get_widget=operation(package, "widgets", "get_widget"),
    )
