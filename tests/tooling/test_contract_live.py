"""`make contract-live` against a fake upstream on 127.0.0.1: a conforming upstream passes, and
each planted departure (a missing required field, a wrong type, an HTML body, an undocumented
status) is reported by name. The API key is built at runtime and only ever reaches the fake."""

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from scripts import prism
from scripts.live import INVALID_KEY
from scripts.live import contract as contract_live
from scripts.paths import SPEC
from scripts.spec import load
from tests.support.scratch_repo import run_make

pytestmark = pytest.mark.slow

API_KEY = "kdv_test_" + "k" * 24
REQUEST_ID = "req_01HXYZABCDEFGHJKMNPQRSTVWX"
HEADERS = {
    "X-Request-Id": REQUEST_ID,
    "X-RateLimit-Limit": "600",
    "X-RateLimit-Remaining": "599",
    "X-RateLimit-Reset": "1767225600",
}
ACCOUNT = {
    "object": "account",
    "phone_number_id": "106540352242922",
    "phone_number": "+628111222333",
    "name": "Customer Support",
    "status": "connected",
}
UNAUTHENTICATED = {
    "error": {
        "type": "authentication_error",
        "code": "invalid_api_key",
        "message": "The API key is not valid.",
        "request_id": REQUEST_ID,
    }
}


def _json(status: int, body: Any) -> Response:
    return Response(
        json.dumps(body), status=status, headers=HEADERS, content_type="application/json"
    )


def _with_invalid_key(request: Request) -> bool:
    return request.headers.get("Authorization") == f"Bearer {INVALID_KEY}"


def conforming(request: Request) -> Response:
    if _with_invalid_key(request):
        return _json(401, UNAUTHENTICATED)
    return _json(200, {"data": [ACCOUNT], "has_more": False, "next_cursor": None})


def departing(request: Request) -> Response:
    if _with_invalid_key(request):
        return _json(403, {"error": {**UNAUTHENTICATED["error"], "type": "permission_error"}})
    status = request.args.get("status")
    if status == "connected":
        return _json(200, {"data": [ACCOUNT], "has_more": "no"})
    if status == "all":
        return Response(
            "<html><body>502 Bad Gateway</body></html>", 200, HEADERS, content_type="text/html"
        )
    missing = {key: value for key, value in ACCOUNT.items() if key != "phone_number_id"}
    return _json(200, {"data": [missing]})


def test_a_conforming_upstream_passes(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_handler(conforming)
    with prism.proxy(SPEC, httpserver.url_for("/v1")) as proxy:
        outcomes = contract_live.run(proxy.url, API_KEY, load(SPEC))
    assert [(outcome.status, outcome.departures) for outcome in outcomes] == [
        (200, []),
        (200, []),
        (200, []),
        (401, []),
    ]
    # Every call went through Prism to the upstream, key and query intact.
    seen = [
        (request.headers["Authorization"], request.query_string) for request, _ in httpserver.log
    ]
    assert seen == [
        (f"Bearer {API_KEY}", b""),
        (f"Bearer {API_KEY}", b"status=connected"),
        (f"Bearer {API_KEY}", b"status=all"),
        (f"Bearer {INVALID_KEY}", b""),
    ]


def test_make_contract_live_names_every_planted_departure(
    httpserver: HTTPServer, repo_root: Path
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_handler(departing)
    result = run_make(
        repo_root,
        "contract-live",
        env={"KIRIM_API_KEY": API_KEY, "KIRIM_BASE_URL": httpserver.url_for("/v1")},
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "contract-live] Error 1" in result.stderr, output
    expected = [
        # missing required field, seen by Prism and by the client
        "list_accounts(): 200, 2 departures",
        "response.body.data.0: Response body property data.0 must have required property "
        "'phone_number_id' [prism Error]",
        "client: ResponseValidationError: AccountList.data[0]: Account: missing required field "
        "'phone_number_id'",
        # wrong type
        "list_accounts(status=connected): 200, 2 departures",
        "response.body.has_more: Response body property has_more must be boolean [prism Error]",
        "client: ResponseValidationError: AccountList.has_more: expected boolean, got string",
        # HTML body
        "list_accounts(status=all): 200, 3 departures",
        'response: The received media type "text/html" does not match the one specified',
        "client: ResponseValidationError: the body is not JSON",
        # undocumented status
        "list_accounts() with an invalid key: 403, 1 departure",
        "response: Unable to match the returned status code with those defined in the "
        "document: 200,400,401,429,500 [prism Warning]",
        "FAILED: 8 departures from openapi.yaml in 4 of 4 calls",
    ]
    missing = [line for line in expected if line not in output]
    assert not missing, f"not reported: {missing}\n{output}"
    assert API_KEY not in output


def test_make_contract_live_needs_a_key(repo_root: Path) -> None:
    result = run_make(repo_root, "contract-live", env={"KIRIM_API_KEY": None, "KIRIM_KEY": None})
    assert result.returncode != 0
    assert "contract-live] Error 2" in result.stderr
    assert "needs a key: set KIRIM_API_KEY" in result.stderr
