"""Every operation in a spec gets the client behaviour from generation alone.

A scratch spec with two operations is generated, with this repository's config and templates,
into a temporary package; its second operation, for which nobody wrote any code,
then shows typed errors, retries, timeouts and response validation.
"""

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

from tests.conftest import ScratchPackages
from tests.support.clock import FakeClock
from tests.support.parity import Caller
from tests.support.scratch_package import operation
from tests.support.sockets import misbehaving_server
from tests.support.specs import authenticated_client

PROBLEM = {"$ref": "#/components/schemas/Problem"}
SCRATCH_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Scratch", "version": "1.0.0"},
    "servers": [{"url": "https://scratch.invalid"}],
    "security": [{"bearerAuth": []}],
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "tags": ["Things"],
                "responses": {
                    "200": {
                        "description": "Things",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Thing"},
                                }
                            }
                        },
                    }
                },
            }
        },
        "/things/{thing_id}": {
            "get": {
                "operationId": "getThing",
                "tags": ["Things"],
                "parameters": [
                    {
                        "name": "thing_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The thing",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    },
                    "404": {
                        "description": "No such thing",
                        "content": {"application/json": {"schema": PROBLEM}},
                    },
                },
            }
        },
    },
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id", "size"],
                "properties": {"id": {"type": "string"}, "size": {"type": "integer"}},
            },
            "Problem": {
                "type": "object",
                "required": ["error"],
                "properties": {"error": {"type": "object"}},
            },
        },
    },
}


@pytest.fixture(scope="module")
def scratch_package(scratch_packages: ScratchPackages) -> ModuleType:
    return scratch_packages(SCRATCH_SPEC)


@pytest.fixture
def get_thing(scratch_package: ModuleType) -> ModuleType:
    return operation(scratch_package, "things", "get_thing")


@pytest.fixture
def scratch_client(scratch_package: ModuleType, httpserver: HTTPServer, clock: FakeClock) -> Any:
    return authenticated_client(
        scratch_package, clock, base_url=httpserver.url_for("/"), token="scratch-token"
    )


def test_the_scratch_package_was_generated_with_both_operations(
    scratch_package: ModuleType,
) -> None:
    things = importlib.import_module(f"{scratch_package.__name__}.api.things")
    assert {"get_thing", "list_things"} <= {
        path.stem for path in Path(things.__file__ or "").parent.glob("*.py")
    }


def test_second_operation_returns_its_model_and_quotes_the_path(
    get_thing: ModuleType, scratch_client: Any, httpserver: HTTPServer, call: Caller
) -> None:
    httpserver.expect_request("/things/a b").respond_with_json({"id": "a b", "size": 3})

    thing = call(get_thing, thing_id="a b", client=scratch_client)

    assert (type(thing).__name__, thing.id, thing.size) == ("Thing", "a b", 3)
    assert httpserver.log[0][0].headers["Authorization"] == "Bearer scratch-token"


def test_second_operation_raises_typed_errors(
    get_thing: ModuleType,
    scratch_package: ModuleType,
    scratch_client: Any,
    httpserver: HTTPServer,
    call: Caller,
) -> None:
    httpserver.expect_request("/things/x").respond_with_json(
        {"error": {"type": "not_found", "code": "resource_not_found", "request_id": "req_1"}},
        status=404,
    )

    with pytest.raises(scratch_package.errors.NotFoundError) as raised:
        call(get_thing, thing_id="x", client=scratch_client)

    assert (raised.value.code, raised.value.request_id) == ("resource_not_found", "req_1")


def test_second_operation_retries_with_backoff(
    get_thing: ModuleType,
    scratch_client: Any,
    httpserver: HTTPServer,
    clock: FakeClock,
    call: Caller,
) -> None:
    for _ in range(2):
        httpserver.expect_ordered_request("/things/x").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/things/x").respond_with_json({"id": "x", "size": 1})

    thing = call(get_thing, thing_id="x", client=scratch_client)

    assert thing.size == 1
    assert clock.sleeps == [0.25, 0.5]


def test_second_operation_validates_its_response(
    get_thing: ModuleType,
    scratch_package: ModuleType,
    scratch_client: Any,
    httpserver: HTTPServer,
    call: Caller,
) -> None:
    httpserver.expect_request("/things/x").respond_with_json({"id": "x", "size": "big"})

    with pytest.raises(scratch_package.errors.ResponseValidationError, match=r"Thing\.size"):
        call(get_thing, thing_id="x", client=scratch_client)


def test_second_operation_times_out(
    get_thing: ModuleType, scratch_package: ModuleType, scratch_client: Any, call: Caller
) -> None:
    assert scratch_client.timeout == httpx.Timeout(30.0, connect=5.0)  # a default, never None
    with misbehaving_server(hang_up=False) as port:
        client = scratch_client.with_options(
            base_url=f"http://127.0.0.1:{port}", timeout=0.2, max_retries=0
        )
        with pytest.raises(scratch_package.errors.ApiTimeoutError):
            call(get_thing, thing_id="x", client=client)
