"""Names that collide with the names generated code uses for its own variables and arguments."""

from typing import Any

from pytest_httpserver import HTTPServer

from tests.conftest import ScratchPackages
from tests.support.scratch_package import model, operation

CLASHES_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Clashes", "version": "1.0.0"},
    "paths": {},
    "components": {
        "schemas": {
            "Clash": {
                "type": "object",
                "required": ["d", "name"],
                "properties": {
                    "d": {"type": "string"},
                    "name": {"type": "string"},
                    "extra": {"type": "integer"},
                    "cls": {"type": "string"},
                },
            }
        }
    },
}


def test_fields_named_like_the_generated_locals_parse(scratch_packages: ScratchPackages) -> None:
    clash = model(scratch_packages(CLASHES_SPEC), "Clash")
    body = {"d": "dee", "name": "n", "extra": 1, "cls": "c", "more": True}

    parsed = clash.from_dict(body)

    assert (parsed.d, parsed.name, parsed.extra, parsed.cls) == ("dee", "n", 1, "c")
    assert parsed.to_dict() == body


def _query(name: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "string"}}


OPTIONS_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Option clashes", "version": "1.0.0"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "parameters": [_query("request_options"), _query("timeout"), _query("headers")],
                "responses": {"204": {"description": "Listed"}},
            }
        }
    },
}


def test_parameters_named_like_the_call_options_keep_working_beside_them(
    scratch_packages: ScratchPackages, httpserver: HTTPServer
) -> None:
    package = scratch_packages(OPTIONS_SPEC)
    list_things = operation(package, "default", "list_things")
    httpserver.expect_request("/things").respond_with_data("", status=204)
    client = package.Client(base_url=httpserver.url_for("/"))

    list_things.sync(
        client=client,
        request_options_query="r",  # the spec's `request_options`, renamed as `client` would be
        timeout="t",  # the spec's own: RequestOptions holds the call's timeout
        headers="h",
        request_options=package.RequestOptions(headers={"X-Trace": "1"}),
    )

    request, _ = httpserver.log[0]
    assert dict(request.args) == {"request_options": "r", "timeout": "t", "headers": "h"}
    assert request.headers["X-Trace"] == "1"
    client.close()
