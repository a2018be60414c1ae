"""`make contract-live` (scripts/live/contract.py) against a fake upstream on 127.0.0.1, on the
runtime tests' scratch spec (tests/support/specs.py) and its generated package, so a change to
openapi.yaml changes nothing here: a conforming upstream passes, and each planted departure (a
missing required field, a wrong type, an HTML body, an undocumented status) is reported by name.
The API key is built at runtime and only ever reaches the fake."""

import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from scripts import prism
from scripts.live import INVALID_KEY
from scripts.live import contract as contract_live
from tests.conftest import ScratchPackages
from tests.support.scratch_repo import run_make
from tests.support.specs import REQUEST_ID, WIDGETS_SPEC, error_body, widget, widget_list

pytestmark = pytest.mark.slow

API_KEY = "kdv_test_" + "k" * 24
HEADERS = {
    "X-Request-Id": REQUEST_ID,
    "X-RateLimit-Limit": "600",
    "X-RateLimit-Remaining": "599",
    "X-RateLimit-Reset": "1767225600",
}
UNAUTHENTICATED = error_body("authentication_error", "invalid_api_key", "The key is not valid.")
# GET /widgets, and GET /widgets/{widget_id}; POST /widgets is a write, never called here.
PATHS = re.compile(r"^/v1/widgets(/[^/]+)?$")


@pytest.fixture(scope="module")
def package(scratch_packages: ScratchPackages) -> ModuleType:
    return scratch_packages(WIDGETS_SPEC)


@pytest.fixture(scope="module")
def spec_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("widgets") / "openapi.yaml"
    path.write_text(yaml.safe_dump(WIDGETS_SPEC, sort_keys=False), encoding="utf-8")
    return path


def _json(status: int, body: Any) -> Response:
    return Response(
        json.dumps(body), status=status, headers=HEADERS, content_type="application/json"
    )


def _with_invalid_key(request: Request) -> bool:
    return request.headers.get("Authorization") == f"Bearer {INVALID_KEY}"


def conforming(request: Request) -> Response:
    if _with_invalid_key(request):
        return _json(401, UNAUTHENTICATED)
    if request.path.endswith("/widgets"):
        return _json(200, widget_list(widget(), has_more=False, next_cursor=None))
    return _json(200, widget())


def departing(request: Request) -> Response:
    if _with_invalid_key(request):
        return _json(403, {"error": {**UNAUTHENTICATED["error"], "type": "permission_error"}})
    if not request.path.endswith("/widgets"):
        return _json(200, widget())  # conforms: the departures below are each one call's
    status = request.args.get("status")
    if status == "active":
        return _json(200, widget_list(widget(), has_more="no"))
    if status == "all":
        return Response(
            "<html><body>502 Bad Gateway</body></html>", 200, HEADERS, content_type="text/html"
        )
    missing = {key: value for key, value in widget().items() if key != "size"}
    return _json(200, widget_list(missing))


def test_a_conforming_upstream_passes(
    httpserver: HTTPServer, package: ModuleType, spec_path: Path
) -> None:
    httpserver.expect_request(PATHS).respond_with_handler(conforming)
    with prism.proxy(spec_path, httpserver.url_for("/v1")) as proxy:
        outcomes = contract_live.run(proxy.url, API_KEY, WIDGETS_SPEC, package)
    assert [(outcome.status, outcome.departures) for outcome in outcomes] == [
        (200, []),
        (200, []),
        (200, []),
        (401, []),
        (200, []),
        (401, []),
    ]
    # Every call went through Prism to the upstream, key and query intact.
    seen = [
        (request.headers["Authorization"], request.path, request.query_string)
        for request, _ in httpserver.log
    ]
    widget_path = next(path for _, path, _ in seen if path != "/v1/widgets")
    assert seen == [
        (f"Bearer {API_KEY}", "/v1/widgets", b""),
        (f"Bearer {API_KEY}", "/v1/widgets", b"status=active"),
        (f"Bearer {API_KEY}", "/v1/widgets", b"status=all"),
        (f"Bearer {INVALID_KEY}", "/v1/widgets", b""),
        (f"Bearer {API_KEY}", widget_path, b""),
        (f"Bearer {INVALID_KEY}", widget_path, b""),
    ]


def test_contract_live_names_every_planted_departure(
    httpserver: HTTPServer,
    package: ModuleType,
    spec_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    httpserver.expect_request(PATHS).respond_with_handler(departing)
    monkeypatch.setenv("KIRIM_API_KEY", API_KEY)
    monkeypatch.setenv("KIRIM_BASE_URL", httpserver.url_for("/v1"))
    assert contract_live.main(["--spec", str(spec_path)], package) == 1
    captured = capsys.readouterr()
    output = captured.out + captured.err
    expected = [
        # missing required field, seen by Prism and by the client
        "list_widgets(): 200, 2 departures",
        "response.body.data.0: Response body property data.0 must have required property "
        "'size' [prism Error]",
        "client: ResponseValidationError: WidgetList.data[0]: Widget: missing required field "
        "'size'",
        # wrong type
        "list_widgets(status=active): 200, 2 departures",
        "response.body.has_more: Response body property has_more must be boolean [prism Error]",
        "client: ResponseValidationError: WidgetList.has_more: expected boolean, got string",
        # HTML body
        "list_widgets(status=all): 200, 3 departures",
        'response: The received media type "text/html" does not match the one specified',
        "client: ResponseValidationError: the body is not JSON",
        # undocumented status
        "list_widgets() with an invalid key: 403, 1 departure",
        "response: Unable to match the returned status code with those defined in the "
        "document: 200,400,401,429,500 [prism Warning]",
        "get_widget(): 200, conforms",
        "get_widget() with an invalid key: 403, 1 departure",
        "document: 200,401,404,429,500 [prism Warning]",
        f"FAILED: 9 departures from {spec_path} in 5 of 6 calls",
    ]
    missing = [line for line in expected if line not in output]
    assert not missing, f"not reported: {missing}\n{output}"
    assert API_KEY not in output


def test_make_contract_live_needs_a_key(repo_root: Path) -> None:
    result = run_make(repo_root, "contract-live", env={"KIRIM_API_KEY": None, "KIRIM_KEY": None})
    assert result.returncode != 0
    assert "contract-live] Error 2" in result.stderr
    assert "needs a key: set KIRIM_API_KEY" in result.stderr
