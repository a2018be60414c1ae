"""The scratch spec written in the vendor's conventions for the runtime's tests, its bodies, and
the one way a test builds a client of any scratch package.

The runtime (retries, errors, timeouts, auth, configuration, logging, parsing, pools, deadlines,
redaction) behaves the same for every operation, so its tests run against this small spec
instead of today's openapi.yaml: a rename in openapi.yaml touches none of them. Every such test
shares this one spec, so a test session generates it once. The conventions are the vendor's (see
shared/kirim-api.md): bearer auth, the error envelope ``{"error": {type, code, message, param,
request_id}}`` on every error status, ``X-Request-Id`` and ``X-RateLimit-*`` headers,
``Retry-After`` on 429, open sets as ``anyOf`` of an enum and a string, extra fields allowed,
and an ``Idempotency-Key`` header on writes.
"""

from dataclasses import dataclass
from types import ModuleType
from typing import Any

from kirim_chat._clock import Clock
from tests.support.clock import controlled
from tests.support.scratch_package import model, operation

REQUEST_ID = "req_01HXYZABCDEFGHJKMNPQRSTVWX"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _header(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/headers/{name}"}


_TRACE_HEADERS = {
    "X-Request-Id": _header("X-Request-Id"),
    "X-RateLimit-Limit": _header("X-RateLimit-Limit"),
    "X-RateLimit-Remaining": _header("X-RateLimit-Remaining"),
    "X-RateLimit-Reset": _header("X-RateLimit-Reset"),
}


def _json(schema: dict[str, Any], description: str, **headers: Any) -> dict[str, Any]:
    return {
        "description": description,
        "headers": {**_TRACE_HEADERS, **headers},
        "content": {"application/json": {"schema": schema}},
    }


def _errors(*statuses: int) -> dict[str, Any]:
    return {str(status): {"$ref": f"#/components/responses/Error{status}"} for status in statuses}


_ERROR_DESCRIPTIONS = {
    400: "Validation failure",
    401: "Authentication failure",
    404: "No such resource",
    409: "Conflict with the resource's state",
    429: "Rate limit exceeded",
    500: "Internal server error",
}

# No pattern, unlike the vendor's ids: test_secrets.py sends a key in this path to see it kept
# out of errors and logs, which a pattern would refuse before sending (see test_spec_facts.py).
WIDGET_ID = {
    "name": "widget_id",
    "in": "path",
    "required": True,
    "schema": {"type": "string", "maxLength": 64},
}

WIDGETS_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Widgets", "version": "3.4.5"},
    "servers": [{"url": "https://api.widgets.invalid/v1"}],
    "security": [{"bearerAuth": []}],
    "paths": {
        "/widgets": {
            "get": {
                "operationId": "listWidgets",
                "tags": ["Widgets"],
                "parameters": [
                    {
                        "name": "status",
                        "in": "query",
                        "required": False,
                        "schema": _ref("WidgetStatusFilter"),
                    }
                ],
                "responses": {
                    "200": _json(_ref("WidgetList"), "The widgets"),
                    **_errors(400, 401, 429, 500),
                },
            },
            "post": {
                "operationId": "createWidget",
                "tags": ["Widgets"],
                "parameters": [
                    {
                        "name": "Idempotency-Key",
                        "in": "header",
                        "required": False,
                        "schema": {"type": "string", "maxLength": 255},
                    }
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("NewWidget")}},
                },
                "responses": {
                    "201": _json(_ref("Widget"), "The widget created"),
                    **_errors(400, 401, 409, 429, 500),
                },
            },
        },
        "/widgets/{widget_id}": {
            "get": {
                "operationId": "getWidget",
                "tags": ["Widgets"],
                "parameters": [WIDGET_ID],
                "responses": {
                    "200": _json(_ref("Widget"), "The widget"),
                    **_errors(401, 404, 429, 500),
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
            "Retry-After": {"schema": {"type": "integer"}},
        },
        "responses": {
            **{
                f"Error{status}": _json(_ref("ErrorEnvelope"), description)
                for status, description in _ERROR_DESCRIPTIONS.items()
                if status != 429
            },
            "Error429": _json(
                _ref("ErrorEnvelope"),
                _ERROR_DESCRIPTIONS[429],
                **{"Retry-After": _header("Retry-After")},
            ),
        },
        "schemas": {
            "WidgetStatusFilter": {"type": "string", "enum": ["active", "all"]},
            "WidgetStatus": {"type": "string", "enum": ["active", "archived", "building"]},
            "Widget": {
                "type": "object",
                "required": ["object", "id", "name", "size", "status"],
                "properties": {
                    "object": {"type": "string", "const": "widget"},
                    "id": {"type": "string"},
                    "name": {"type": ["string", "null"]},
                    "size": {"type": "integer"},
                    "status": {"anyOf": [_ref("WidgetStatus"), {"type": "string"}]},
                },
                "additionalProperties": True,
            },
            "NewWidget": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
            },
            "WidgetList": {
                "type": "object",
                "required": ["data"],
                "properties": {
                    "data": {"type": "array", "items": _ref("Widget")},
                    "has_more": {"type": "boolean"},
                    "next_cursor": {"type": ["string", "null"]},
                    "request_id": {"type": "string"},
                },
                "additionalProperties": True,
            },
            "ErrorType": {
                "type": "string",
                "enum": [
                    "invalid_request_error",
                    "authentication_error",
                    "permission_error",
                    "not_found",
                    "conflict",
                    "rate_limit_error",
                    "api_error",
                ],
            },
            "ErrorDetail": {
                "type": "object",
                "required": ["type", "code", "request_id"],
                "properties": {
                    "type": {"anyOf": [_ref("ErrorType"), {"type": "string"}]},
                    "code": {"type": "string"},
                    "message": {"type": "string"},
                    "param": {"type": ["string", "null"]},
                    "request_id": {"type": "string"},
                },
                "additionalProperties": True,
            },
            "ErrorEnvelope": {
                "type": "object",
                "required": ["error"],
                "properties": {"error": _ref("ErrorDetail")},
                "additionalProperties": True,
            },
        },
    },
}


@dataclass(frozen=True)
class WidgetsApi:
    """The package generated from WIDGETS_SPEC, with its operations and models by name."""

    package: ModuleType

    @property
    def name(self) -> str:
        """The package's import name (a subprocess imports it by this name)."""
        return self.package.__name__

    @property
    def errors(self) -> Any:
        return self.package.errors

    @property
    def list_widgets(self) -> ModuleType:
        return operation(self.package, "widgets", "list_widgets")

    @property
    def get_widget(self) -> ModuleType:
        return operation(self.package, "widgets", "get_widget")

    @property
    def create_widget(self) -> ModuleType:
        return operation(self.package, "widgets", "create_widget")

    def model(self, name: str) -> Any:
        return model(self.package, name)


# Bodies in the shapes WIDGETS_SPEC documents.


def widget(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "object": "widget",
        "id": "wgt_01HXYZABCDEFGHJKMNPQRSTVWX",
        "name": "Blue widget",
        "size": 3,
        "status": "active",
    }
    body.update(overrides)
    return body


def widget_list(*widgets: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"data": list(widgets), **extra}


def error_body(
    error_type: str, code: str, message: str | None = None, **extra: Any
) -> dict[str, Any]:
    detail: dict[str, Any] = {"type": error_type, "code": code, "request_id": REQUEST_ID}
    if message is not None:
        detail["message"] = message
    detail.update(extra)
    return {"error": detail}


def api_token() -> str:
    """A key-shaped token built at run time, so no committed file holds one."""
    return "kdv_live_" + "T3stT0ken" * 2 + "xyz123"


def authenticated_client(
    package: ModuleType, clock: Clock, *, jitter: float = 0.0, **options: Any
) -> Any:
    """``package.AuthenticatedClient(**options)`` (with ``api_token()`` unless ``token`` is
    given) whose time and waits are ``clock``'s and whose backoff jitter is fixed. A test of a
    server that is slow in real time passes a real ``Clock()``; every other test a FakeClock."""
    options.setdefault("token", api_token())
    return controlled(package.AuthenticatedClient(**options), clock, jitter)
