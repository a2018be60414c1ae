"""scripts/list_accounts.py: a table or JSON on success, one line and a non-zero exit otherwise."""

import json
import socket
import subprocess
import sys
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from kirim_chat import AuthenticatedClient
from kirim_chat._constants import DEFAULT_BASE_URL
from kirim_chat.api.accounts import list_accounts
from kirim_chat.models import AccountList
from scripts import list_accounts as cli
from scripts.paths import ROOT
from tests.support.clock import FakeClock

TOKEN = "kdv_test_" + "c" * 24
REQUEST_ID = "req_01HXYZABCDEFGHJKMNPQRSTVX1"
ACCOUNTS: dict[str, Any] = {
    "data": [
        {
            "object": "account",
            "phone_number_id": "106540352242922",
            "phone_number": "+628111222333",
            "name": "Customer Support",
            "status": "connected",
        },
        {
            "object": "account",
            "phone_number_id": None,
            "phone_number": "+628555666777",
            "name": None,
            "status": "pending_review",  # not in the spec's list: kept, not rejected
            "quality_rating": "GREEN",  # an undocumented field: kept in --json
        },
    ],
    "has_more": False,
    "next_cursor": None,
    "request_id": REQUEST_ID,
}
TABLE = """\
PHONE NUMBER ID  PHONE NUMBER   NAME              STATUS
106540352242922  +628111222333  Customer Support  connected
-                +628555666777  -                 pending_review
"""


@pytest.fixture(autouse=True)
def api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIRIM_API_KEY", TOKEN)
    monkeypatch.delenv("KIRIM_BASE_URL", raising=False)


def _base_url(httpserver: HTTPServer) -> str:
    return httpserver.url_for("/v1")


def _error_body(type_: str, code: str, message: str) -> dict[str, Any]:
    return {"error": {"type": type_, "code": code, "message": message, "request_id": REQUEST_ID}}


def test_prints_the_accounts_as_a_table(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request(
        "/v1/accounts",
        method="GET",
        query_string="status=all",
        headers={"Authorization": f"Bearer {TOKEN}", "Prefer": "example=all"},
    ).respond_with_json(ACCOUNTS)

    code = cli.main(
        ["--base-url", _base_url(httpserver), "--status", "all", "--header", "Prefer: example=all"]
    )

    out, err = capsys.readouterr()
    assert (code, out, err) == (0, TABLE, "")


def test_without_status_leaves_the_default_to_the_api(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_json({"data": []})

    assert cli.main(["--base-url", _base_url(httpserver)]) == 0

    assert capsys.readouterr().out == "No accounts.\n"
    request, _response = httpserver.log[0]
    assert "status" not in request.args


def test_json_prints_the_body_with_unknown_fields_and_values_kept(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_json(ACCOUNTS)

    assert cli.main(["--base-url", _base_url(httpserver), "--json"]) == 0

    assert json.loads(capsys.readouterr().out) == ACCOUNTS


@pytest.mark.parametrize(
    ("status", "body", "error_class", "identifier"),
    [
        (401, _error_body("authentication_error", "expired_api_key", "This API key has expired."),
         "AuthenticationError", "authentication_error/expired_api_key"),
        (400, _error_body("invalid_request_error", "invalid_field_value", "status must be\none of"),
         "InvalidRequestError", "invalid_request_error/invalid_field_value"),
        (500, _error_body("api_error", "internal_error", "Something went wrong on our end."),
         "ApiServerError", "api_error/internal_error"),
    ],
)  # fmt: skip
def test_an_api_error_is_one_line_with_class_code_and_request_id(
    httpserver: HTTPServer,
    capsys: pytest.CaptureFixture[str],
    clock: FakeClock,
    status: int,
    body: dict[str, Any],
    error_class: str,
    identifier: str,
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_json(
        body, status=status, headers={"X-Request-Id": REQUEST_ID}
    )

    code = cli.main(["--base-url", _base_url(httpserver)], clock=clock)

    out, err = capsys.readouterr()
    assert (code, out) == (cli.EXIT_API_ERROR, "")
    assert err.count("\n") == 1  # one line, even when the server's message has a newline
    assert err.startswith(f"error: {error_class}: {status} {identifier}")
    assert REQUEST_ID in err


def test_a_body_that_breaks_the_spec_is_one_line(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_json({"data": [{"object": "account"}]})

    assert cli.main(["--base-url", _base_url(httpserver)]) == cli.EXIT_API_ERROR

    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("error: ResponseValidationError: 200 response does not match the spec")


def test_connection_refused_is_one_line_after_the_retries(
    capsys: pytest.CaptureFixture[str], clock: FakeClock
) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago and has no listener
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    code = cli.main(["--base-url", f"http://127.0.0.1:{port}"], clock=clock)

    err = capsys.readouterr().err
    assert code == cli.EXIT_API_ERROR
    assert err.count("\n") == 1
    assert err.startswith(
        f"error: ApiConnectionError: Connection failed: GET http://127.0.0.1:{port}/accounts"
    )
    assert len(clock.sleeps) == 3  # the client's default retries, waited on the fake clock


def test_a_missing_api_key_is_a_usage_error_and_sends_nothing(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIRIM_API_KEY", "  ")

    code = cli.main(["--base-url", _base_url(httpserver)])

    assert code == cli.EXIT_USAGE
    assert capsys.readouterr().err == "error: no API key: set KIRIM_API_KEY to your Kirim API key\n"
    assert httpserver.log == []


@pytest.mark.parametrize(
    ("environment", "argv", "expected"),
    [
        ({}, [], DEFAULT_BASE_URL),
        ({"KIRIM_BASE_URL": "http://127.0.0.1:9/v1"}, [], "http://127.0.0.1:9/v1"),
        ({"KIRIM_BASE_URL": "http://127.0.0.1:9/v1"}, ["--base-url", "http://127.0.0.1:8"],
         "http://127.0.0.1:8"),
    ],
)  # fmt: skip
def test_the_real_api_is_the_default_target(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    environment: dict[str, str],
    argv: list[str],
    expected: str,
) -> None:
    targets: list[str] = []

    def record_target(*, client: AuthenticatedClient, **_: Any) -> AccountList:
        targets.append(client.base_url)
        return AccountList(data=[])

    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(list_accounts, "sync", record_target)

    assert cli.main(argv) == 0
    assert targets == [expected]


def test_ctrl_c_exits_130_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(**_: Any) -> AccountList:
        raise KeyboardInterrupt

    monkeypatch.setattr(list_accounts, "sync", interrupted)

    assert cli.main(["--base-url", "http://127.0.0.1:9"]) == cli.EXIT_INTERRUPTED
    assert capsys.readouterr().err == "interrupted\n"


@pytest.mark.parametrize(
    "argv", [["--status", "disconnected"], ["--base-url", "api.kirim.chat"], ["--header", "x"]]
)
def test_bad_arguments_are_usage_errors(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == cli.EXIT_USAGE
    assert "usage: list_accounts" in capsys.readouterr().err


def _run_cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.list_accounts", *argv],
        cwd=ROOT,
        env={"KIRIM_API_KEY": TOKEN, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_as_a_program_it_prints_the_table(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_json(ACCOUNTS)

    result = _run_cli("--base-url", _base_url(httpserver))

    assert (result.returncode, result.stdout, result.stderr) == (0, TABLE, "")


def test_as_a_program_an_error_is_one_line_and_no_traceback(httpserver: HTTPServer) -> None:
    body = _error_body("authentication_error", "invalid_api_key", "The API key is not valid.")
    httpserver.expect_request("/v1/accounts").respond_with_json(body, status=401)

    result = _run_cli("--base-url", _base_url(httpserver))

    assert (result.returncode, result.stdout) == (cli.EXIT_API_ERROR, "")
    assert result.stderr == (
        "error: AuthenticationError: 401 authentication_error/invalid_api_key: "
        f"The API key is not valid. [request_id: {REQUEST_ID}]\n"
    )
