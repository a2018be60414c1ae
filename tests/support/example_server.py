"""A loopback stand-in for the API that answers every operation of a spec with its example.

For each operation: the first success response, its first example body, and the examples of its
documented headers (so ``rate_limit`` and ``request_id`` are set as the real API sets them).
Written for the README's snippets, which must run without a key or a network; generic, so that
an operation added to the spec is served without a change here.
"""

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pytest_httpserver import HTTPServer

from scripts.spec import deref, load


def serve_examples(httpserver: HTTPServer, spec_path: Path) -> str:
    """Register every operation of ``spec_path`` on ``httpserver``; the base URL to use."""
    spec = load(spec_path)
    base_path = urlsplit(spec["servers"][0]["url"]).path.rstrip("/")
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            status, body, headers = _first_success(spec, operation)
            # {phone_number_id} and the like match one path segment.
            pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(base_path + path))
            httpserver.expect_request(
                re.compile(f"^{pattern}$"), method=method.upper()
            ).respond_with_data(
                json.dumps(body), status=status, headers=headers, content_type="application/json"
            )
    return httpserver.url_for(base_path)


def _first_success(
    spec: dict[str, Any], operation: dict[str, Any]
) -> tuple[int, Any, dict[str, str]]:
    for code, reference in operation["responses"].items():
        if not str(code).startswith("2"):
            continue
        response, _ = deref(spec, reference)
        media = (response.get("content") or {}).get("application/json", {})
        headers = {
            name: str(_example(spec, header))
            for name, header in (response.get("headers") or {}).items()
            if _example(spec, header) is not None
        }
        return int(code), _example(spec, media), headers
    raise ValueError(f"{operation.get('operationId')}: no success response to serve")


def _example(spec: dict[str, Any], node: Any) -> Any:
    """The first example of a media type, header or schema, following $refs."""
    node, _ = deref(spec, node)
    if "example" in node:
        return node["example"]
    for example in (node.get("examples") or {}).values():
        value, _ = deref(spec, example)
        return value.get("value")
    if "schema" in node:
        schema, _ = deref(spec, node["schema"])
        if "example" in schema:
            return schema["example"]
        examples = schema.get("examples")
        if isinstance(examples, list) and examples:
            return examples[0]
    return None
