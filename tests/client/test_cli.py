"""``python -m <package>``: every operation is a command; a table or JSON on success, one line and
a non-zero exit otherwise.

The CLI is part of the runtime, so it is shown on a scratch package generated from a spec written
here; one test checks that every operation of openapi.yaml is a command of ``kirim_chat``.
"""

import importlib
import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import snake_case
from pytest_httpserver import HTTPServer

from kirim_chat import _cli as real_cli
from kirim_chat._constants import DEFAULT_BASE_URL
from scripts.paths import ROOT, SPEC
from scripts.spec import load
from tests.conftest import ScratchPackages
from tests.support.scratch_package import operation
from tests.support.sockets import refusing_port

TOKEN = "kdv_test_" + "c" * 24
REQUEST_ID = "req_01HXYZABCDEFGHJKMNPQRSTVX1"

ENVELOPE = {"$ref": "#/components/schemas/ErrorEnvelope"}
WIDGET_ID = {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}
CLI_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "CLI scratch", "version": "1.0.0"},
    "security": [{"bearerAuth": []}],
    "paths": {
        "/widgets": {
            "get": {
                "operationId": "listWidgets",
                "summary": "List the widgets",
                # Text that reads like the docstring's own section heading.
                "description": "Lists the widgets. Args: none is required.",
                "tags": ["Widgets"],
                "parameters": [
                    {
                        "name": "status",
                        "in": "query",
                        "schema": {
                            "type": "string",
                            "enum": ["active", "all"],
                            "description": "Which widgets to list.",
                        },
                    },
                    # A flag between options: every parameter after it is still an option.
                    {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                    {
                        "name": "limit",
                        "in": "query",
                        "schema": {
                            "type": "integer",
                            "description": "Page size (max 100).",
                            "default": 20,
                        },
                    },
                    {  # its own description wins over its schema's
                        "name": "after",
                        "in": "query",
                        "description": "Starts the page after this id (100% opaque).",
                        "schema": {"type": "string", "description": "An id."},
                    },
                    {
                        "name": "offset",
                        "in": "query",
                        "deprecated": True,
                        "description": "Use after.",
                        "schema": {"type": "integer"},
                    },
                    {  # a closed set made of two enums
                        "name": "shape",
                        "in": "query",
                        "schema": {
                            "anyOf": [
                                {"type": "string", "enum": ["round", "square"]},
                                {"type": "string", "enum": ["star"]},
                            ]
                        },
                    },
                    {"name": "view", "in": "query", "schema": {"const": "full"}},
                    {  # an open set: the values listed and any other string
                        "name": "colour",
                        "in": "query",
                        "schema": {
                            "anyOf": [
                                {"type": "string", "enum": ["red", "blue"]},
                                {"type": "string", "maxLength": 20},
                            ]
                        },
                    },
                ],
                "responses": {
                    "200": {
                        "description": "Widgets",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/WidgetList"}
                            }
                        },
                    },
                    "401": {
                        "description": "No key",
                        "content": {"application/json": {"schema": ENVELOPE}},
                    },
                },
            },
            "post": {
                "operationId": "createWidget",
                "summary": "Create a widget",
                "tags": ["Widgets"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/NewWidget"}}
                    },
                },
                "responses": {
                    "201": {
                        "description": "The widget",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}
                        },
                    }
                },
            },
        },
        "/widgets/{widget_id}/notes": {
            "post": {
                "operationId": "noteWidget",
                "summary": "Attach a note of any shape",
                "deprecated": True,
                "tags": ["Widgets"],
                "parameters": [WIDGET_ID],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {}}}},
                "responses": {"204": {"description": "Noted"}},
            }
        },
        "/widgets/{widget_id}": {
            "get": {
                "operationId": "getWidget",
                "summary": "Get one widget",
                "tags": ["Widgets"],
                "parameters": [WIDGET_ID],
                "responses": {
                    "200": {
                        "description": "The widget",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}
                        },
                    }
                },
            }
        },
    },
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Widget": {
                "type": "object",
                "required": ["object", "id", "name", "size"],
                "properties": {
                    "object": {"const": "widget"},
                    "id": {"type": "string"},
                    "name": {"type": ["string", "null"]},
                    "size": {"type": "integer"},
                },
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
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
                    "has_more": {"type": "boolean"},
                },
            },
            "ErrorEnvelope": {
                "type": "object",
                "required": ["error"],
                "properties": {"error": {"type": "object"}},
            },
        },
    },
}
WIDGETS: dict[str, Any] = {
    "data": [
        {"object": "widget", "id": "wdg_1", "name": "Blue one", "size": 3},
        {"object": "widget", "id": "wdg_22", "name": None, "size": 12, "labels": ["vip", "café"]},
    ],
    "has_more": False,
}
# Written out: columns in the order keys first appear, `object` left out, null as "-", an
# undocumented field kept as a column of its own, as compact JSON when it is not a scalar.
TABLE = """\
ID      NAME      SIZE  LABELS
wdg_1   Blue one  3     -
wdg_22  -         12    ["vip","café"]
"""


@pytest.fixture(scope="module")
def package(scratch_packages: ScratchPackages) -> ModuleType:
    return scratch_packages(CLI_SPEC)


@pytest.fixture
def cli(package: ModuleType) -> ModuleType:
    return importlib.import_module(f"{package.__name__}._cli")


@pytest.fixture(autouse=True)
def api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIRIM_API_KEY", TOKEN)


def run(cli: ModuleType, package: ModuleType, *argv: str) -> int:
    code: int = cli.main(list(argv), package=package.__name__)
    return code


def test_lists_as_a_table_sending_the_options_as_typed_parameters(
    cli: ModuleType, package: ModuleType, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request(
        "/widgets",
        query_string="status=all&verbose=true&limit=5",
        headers={"Authorization": f"Bearer {TOKEN}", "Prefer": "example=all"},
    ).respond_with_json(WIDGETS)

    code = run(
        cli, package, "--base-url", httpserver.url_for("/"), "--header", "Prefer: example=all",
        "list-widgets", "--status", "all", "--limit", "5", "--verbose",
    )  # fmt: skip

    out, err = capsys.readouterr()
    assert (code, out, err) == (0, TABLE, "")


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("colour", "red"),  # an open set: a listed value
        ("colour", "teal"),  # or any other string
        ("shape", "round"),  # a closed set of two enums: a value of the first
        ("shape", "star"),  # or of the second
    ],
)
def test_a_set_option_takes_its_value_as_plain_text(
    cli: ModuleType, package: ModuleType, httpserver: HTTPServer, option: str, value: str
) -> None:
    httpserver.expect_request("/widgets", query_string=f"{option}={value}").respond_with_json(
        {"data": []}
    )
    url = httpserver.url_for("/")

    assert run(cli, package, "--base-url", url, "list-widgets", f"--{option}", value) == 0


def test_a_const_option_takes_its_value_as_written(
    cli: ModuleType, package: ModuleType, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/widgets", query_string="view=full").respond_with_json({"data": []})
    url = httpserver.url_for("/")

    assert run(cli, package, "--base-url", url, "list-widgets", "--view", "full") == 0
    with pytest.raises(SystemExit) as exit_info:
        run(cli, package, "--base-url", url, "list-widgets", "--view", "brief")

    assert exit_info.value.code == 2
    assert "--view: 'brief' is not one of full" in capsys.readouterr().err


def test_a_value_outside_a_closed_set_is_a_usage_error_listing_the_values(
    cli: ModuleType, package: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(cli, package, "list-widgets", "--shape", "oval")

    assert exit_info.value.code == 2
    assert "--shape: 'oval' is not one of round, square, star" in capsys.readouterr().err


def test_options_left_out_are_not_sent(
    cli: ModuleType, package: ModuleType, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/widgets").respond_with_json({"data": []})

    assert run(cli, package, "--base-url", httpserver.url_for("/"), "list-widgets") == 0

    assert capsys.readouterr().out == "No results.\n"
    request, _ = httpserver.log[0]
    assert request.query_string == b""


def test_json_prints_the_body_with_unknown_fields_kept(
    cli: ModuleType, package: ModuleType, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/widgets").respond_with_json(WIDGETS)

    assert run(cli, package, "--base-url", httpserver.url_for("/"), "--json", "list-widgets") == 0

    assert json.loads(capsys.readouterr().out) == WIDGETS


def test_a_single_object_prints_as_json_and_the_path_parameter_is_one_segment(
    cli: ModuleType, package: ModuleType, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    widget = {"object": "widget", "id": "a/b", "name": "x", "size": 1}
    httpserver.expect_request("/widgets/a/b").respond_with_json(widget)  # werkzeug decodes %2F

    code = run(
        cli, package, "--base-url", httpserver.url_for("/"), "get-widget", "--widget-id", "a/b"
    )

    assert code == 0
    assert capsys.readouterr().out == (
        '{\n  "object": "widget",\n  "id": "a/b",\n  "name": "x",\n  "size": 1\n}\n'
    )
    request, _ = httpserver.log[0]
    assert request.environ["RAW_URI"] == "/widgets/a%2Fb"


def test_a_json_body_is_read_into_its_model_and_sent_with_an_idempotency_key(
    cli: ModuleType, package: ModuleType, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    widget = {"object": "widget", "id": "wdg_9", "name": "x", "size": 2}
    httpserver.expect_request(
        "/widgets", method="POST", json={"name": "x", "size": 2}
    ).respond_with_json(widget, status=201)

    code = run(
        cli, package, "--base-url", httpserver.url_for("/"),
        "create-widget", "--body", '{"name": "x", "size": 2}', "--idempotency-key", "k-1",
    )  # fmt: skip

    assert (code, json.loads(capsys.readouterr().out)) == (0, widget)
    request, _ = httpserver.log[0]
    assert request.headers["Idempotency-Key"] == "k-1"


def test_a_body_of_any_shape_is_sent_as_the_json_given(
    cli: ModuleType, package: ModuleType, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    note = {"text": "café", "tags": [1, None]}
    httpserver.expect_request("/widgets/wdg_1/notes", method="POST", json=note).respond_with_data(
        "", status=204
    )

    code = run(
        cli, package, "--base-url", httpserver.url_for("/"),
        "note-widget", "--widget-id", "wdg_1", "--body", json.dumps(note),
    )  # fmt: skip

    out, err = capsys.readouterr()
    assert (code, out) == (0, "")  # 204: nothing to print
    # A deprecated operation: the warning Python's filters would hide outside __main__.
    assert err == "warning: note_widget is deprecated: the API may remove this operation\n"


def test_an_api_error_is_one_line_with_class_code_and_request_id(
    cli: ModuleType, package: ModuleType, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    body = {
        "error": {
            "type": "authentication_error",
            "code": "expired_api_key",
            "message": "This API key\nhas expired.",
            "request_id": REQUEST_ID,
        }
    }
    httpserver.expect_request("/widgets").respond_with_json(
        body, status=401, headers={"X-Request-Id": REQUEST_ID}
    )

    code = run(cli, package, "--base-url", httpserver.url_for("/"), "list-widgets")

    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err == (
        "error: AuthenticationError: 401 authentication_error/expired_api_key: This API key has "
        f"expired. [request_id: {REQUEST_ID}]\n"
    )


def test_a_body_that_breaks_the_spec_is_one_line(
    cli: ModuleType, package: ModuleType, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/widgets").respond_with_json({"data": [{"object": "widget"}]})

    assert run(cli, package, "--base-url", httpserver.url_for("/"), "list-widgets") == 1

    assert capsys.readouterr().err == (
        "error: ResponseValidationError: 200 response does not match the spec: "
        "WidgetList.data[0]: Widget: missing required field 'id'\n"
    )


def test_connection_refused_is_one_line(
    cli: ModuleType, package: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    with refusing_port() as port:
        code = run(
            cli, package, "--base-url", f"http://127.0.0.1:{port}", "--max-retries", "0",
            "list-widgets",
        )  # fmt: skip

    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1
    assert err.startswith(
        f"error: ApiConnectionError: Connection failed: GET http://127.0.0.1:{port}/widgets"
    )


def test_max_retries_is_the_clients(
    cli: ModuleType, package: ModuleType, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_ordered_request("/widgets").respond_with_json({}, status=503)
    httpserver.expect_ordered_request("/widgets").respond_with_json({"data": []})

    code = run(
        cli, package, "--base-url", httpserver.url_for("/"), "--max-retries", "0", "list-widgets"
    )

    assert code == 1
    assert capsys.readouterr().err.startswith("error: ApiServerError: 503")
    assert len(httpserver.log) == 1


def test_a_missing_api_key_is_a_usage_error_and_sends_nothing(
    cli: ModuleType,
    package: ModuleType,
    httpserver: HTTPServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KIRIM_API_KEY", "  ")

    code = run(cli, package, "--base-url", httpserver.url_for("/"), "list-widgets")

    assert code == 2
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
    cli: ModuleType,
    package: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    environment: dict[str, str],
    argv: list[str],
    expected: str,
) -> None:
    targets: list[str] = []

    def record_target(*, client: Any, **_: Any) -> None:
        targets.append(client.base_url)

    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(operation(package, "widgets", "list_widgets"), "sync", record_target)

    assert run(cli, package, *argv, "list-widgets") == 0
    assert targets == [expected]


def test_ctrl_c_exits_130_without_a_traceback(
    cli: ModuleType,
    package: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def interrupted(**_: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(operation(package, "widgets", "list_widgets"), "sync", interrupted)

    assert run(cli, package, "--base-url", "http://127.0.0.1:9", "list-widgets") == 130
    assert capsys.readouterr().err == "interrupted\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["list-widgets", "--status", "disconnected"],
        ["list-widgets", "--limit", "many"],
        ["get-widget"],  # its path parameter is required
        ["--base-url", "api.kirim.chat", "list-widgets"],
        ["--header", "x", "list-widgets"],
        ["--max-retries", "-1", "list-widgets"],  # refused by the client, as in Python
        ["--timeout", "0", "list-widgets"],
        ["--timeout", "soon", "list-widgets"],
        ["no-such-command"],
        [],
    ],
)
def test_bad_arguments_are_usage_errors(
    cli: ModuleType, package: ModuleType, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(cli, package, *argv)
    assert exit_info.value.code == 2
    assert f"usage: python -m {package.__name__}" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "environment"),
    [
        (["--base-url", "ftp://127.0.0.1/v1"], {}),
        ([], {"KIRIM_BASE_URL": "ftp://127.0.0.1/v1"}),
        ([], {"KIRIM_API_KEY": "two words"}),
    ],
)
def test_the_environment_fails_as_the_flags_do(
    cli: ModuleType,
    package: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    environment: dict[str, str],
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    with pytest.raises(SystemExit) as exit_info:
        run(cli, package, *argv, "list-widgets")

    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert f"usage: python -m {package.__name__}" in err
    assert "must be an http:// or https:// URL" in err or "an API key is one word" in err


KEY = "kdv_live_" + "L3akL3akL3akL3akL3akL3ak"


@pytest.mark.parametrize(
    "argv",
    [
        ["--base-url", KEY, "list-widgets"],
        ["--base-url", f"https://{KEY}.example/v1", "list-widgets"],
        ["--header", f"Authorization Bearer {KEY}", "list-widgets"],
        ["--header", "X-Secret s3cr3t-not-key-shaped", "list-widgets"],  # the colon missing
        ["--max-retries", KEY, "list-widgets"],
        ["--timeout", KEY, "list-widgets"],
        ["list-widgets", "--status", KEY],
        ["list-widgets", "--limit", KEY],
        [KEY],
    ],
)
def test_no_key_given_in_the_wrong_place_is_ever_repeated(
    cli: ModuleType, package: ModuleType, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(cli, package, *argv)

    out, err = capsys.readouterr()
    assert exit_info.value.code == 2
    assert "usage:" in err
    assert KEY not in out + err
    assert "kdv_live_" not in out + err
    assert "s3cr3t" not in out + err


def test_version_and_timeout(
    cli: ModuleType,
    package: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(cli, package, "--version")
    assert (exit_info.value.code, capsys.readouterr().out) == (
        0,
        f"python -m {package.__name__} {CLI_SPEC['info']['version']}\n",
    )

    timeouts: list[Any] = []
    monkeypatch.setattr(
        operation(package, "widgets", "list_widgets"),
        "sync",
        lambda *, client, **_: timeouts.append(client.timeout),
    )
    assert run(cli, package, "--timeout", "2.5", "list-widgets") == 0
    assert run(cli, package, "list-widgets") == 0
    assert timeouts == [httpx.Timeout(2.5), httpx.Timeout(30.0, connect=5.0)]


def test_each_retry_wait_of_a_second_or_more_is_a_line_on_stderr(
    cli: ModuleType,
    package: ModuleType,
    httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    waits: list[float] = []
    monkeypatch.setattr(package._clock.Clock, "sleep", lambda self, seconds: waits.append(seconds))
    httpserver.expect_ordered_request("/widgets").respond_with_json(
        {}, status=429, headers={"Retry-After": "2"}
    )
    httpserver.expect_ordered_request("/widgets").respond_with_json({}, status=503)  # backoff
    httpserver.expect_ordered_request("/widgets").respond_with_json({"data": []})

    assert run(cli, package, "--base-url", httpserver.url_for("/"), "list-widgets") == 0

    out, err = capsys.readouterr()
    assert (out, err) == ("No results.\n", "waiting 2.0 s to retry: 429 on attempt 1 of 4\n")
    assert waits[0] == 2.0
    assert waits[1] < 1.0  # the 503's backoff: too short to mention
    assert logging.getLogger("kirim_chat").handlers == []  # nothing left behind


def test_help_lists_each_operation_with_its_summary_and_parameters(
    cli: ModuleType, package: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        run(cli, package, "--help")
    top = capsys.readouterr().out
    with pytest.raises(SystemExit):
        run(cli, package, "list-widgets", "--help")
    command = capsys.readouterr().out

    assert "list-widgets        List the widgets" in top
    assert "get-widget          Get one widget" in top
    assert "note-widget         Attach a note of any shape (deprecated)" in top
    assert "--status {active,all}" in command
    assert "--colour {blue,red,...}" in command  # an open set: others are accepted too
    assert "--request-options" not in command  # the global flags set the call's options
    # The docstring's sections after Args: (Raises:, Returns:) are not any option's help.
    operation = importlib.import_module(f"{package.__name__}.api.widgets.list_widgets")
    assert "Raises:" in (operation.sync_detailed.__doc__ or "")
    assert "Raises" not in command
    assert "Returns" not in command
    assert "Which widgets to list." in command
    words = " ".join(command.split())  # argparse wraps the help
    assert "Page size (max 100). When left out, the server applies its default: 20." in words
    assert "Starts the page after this id (100% opaque)." in words
    assert "--offset OFFSET Deprecated: passing it warns (DeprecationWarning). Use after." in words
    assert "Which widgets to list." in command


def _program(
    module: str, *argv: str, path: Path = ROOT, script: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m module argv...``, or ``python script argv...``, in ``path``."""
    return subprocess.run(
        [sys.executable, *([str(script)] if script else ["-m", module]), *argv],
        cwd=path,
        env={
            "KIRIM_API_KEY": TOKEN,
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": os.pathsep.join(sys.path),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_as_a_program_it_prints_the_table_and_errors_on_one_line(
    package: ModuleType, httpserver: HTTPServer
) -> None:
    httpserver.expect_ordered_request("/widgets").respond_with_json(WIDGETS)
    httpserver.expect_ordered_request("/widgets").respond_with_json(
        {"error": {"type": "authentication_error", "code": "invalid_api_key"}}, status=401
    )
    base = ("--base-url", httpserver.url_for("/"))

    listed = _program(package.__name__, *base, "list-widgets")
    failed = _program(package.__name__, *base, "list-widgets")

    assert (listed.returncode, listed.stdout, listed.stderr) == (0, TABLE, "")
    assert (failed.returncode, failed.stdout) == (1, "")
    assert failed.stderr == "error: AuthenticationError: 401 authentication_error/invalid_api_key\n"


def test_usage_names_the_program_as_it_was_run(package: ModuleType, tmp_path: Path) -> None:
    script = tmp_path / "kirim-chat"  # as the installed console script runs it
    script.write_text(f"import sys\nfrom {package.__name__}._cli import main\nsys.exit(main())\n")

    installed = _program(package.__name__, "--no-such-flag", path=tmp_path, script=script)
    as_module = _program(package.__name__, "--no-such-flag")

    assert installed.returncode == as_module.returncode == 2
    assert installed.stderr.startswith("usage: kirim-chat [-h]")
    assert as_module.stderr.startswith(f"usage: python -m {package.__name__} [-h]")


def test_every_operation_of_the_spec_is_a_command_of_kirim_chat() -> None:
    operation_ids = [
        operation["operationId"]
        for item in load(SPEC)["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    ]
    expected = {snake_case(operation_id).replace("_", "-") for operation_id in operation_ids}

    assert set(real_cli.commands("kirim_chat")) == expected
    listed = _program("kirim_chat", "--help")
    assert listed.returncode == 0
    assert all(f"    {name}" in listed.stdout for name in expected), listed.stdout
