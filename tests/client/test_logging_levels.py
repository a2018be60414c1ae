"""Logging: INFO shows retries and failures, DEBUG every attempt; ``KIRIM_LOG=info`` and ``=debug``
both work, and the handler ``KIRIM_LOG`` installs never repeats a line that the application's own
logging configuration prints."""

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tests.client.conftest import MakeClient
from tests.support.parity import Caller
from tests.support.sockets import refusing_port
from tests.support.specs import WidgetsApi, api_token, error_body, widget_list

TOKEN = api_token()


def _serve_retry_success_failure(httpserver: HTTPServer) -> None:
    """503 (retried, Retry-After: 0), then 200; then 401 on the next call."""
    busy = error_body("api_error", "busy")
    httpserver.expect_ordered_request("/v1/widgets").respond_with_json(
        busy, status=503, headers={"Retry-After": "0"}
    )
    httpserver.expect_ordered_request("/v1/widgets").respond_with_json(widget_list())
    httpserver.expect_ordered_request("/v1/widgets").respond_with_json(
        error_body("authentication_error", "expired_api_key"), status=401
    )


def _lines(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    return [
        (record.levelname, record.getMessage())
        for record in caplog.records
        if record.name == "kirim_chat"
    ]


@pytest.mark.parametrize("level", [logging.INFO, logging.DEBUG])
def test_info_shows_retries_and_failures_and_debug_every_attempt(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    caplog: pytest.LogCaptureFixture,
    level: int,
) -> None:
    _serve_retry_success_failure(httpserver)
    client = make_client()
    caplog.set_level(level, logger="kirim_chat")

    call(api.list_widgets, client=client)
    with pytest.raises(api.errors.AuthenticationError):
        call(api.list_widgets, client=client)

    lines = _lines(caplog)
    retried = ("INFO", "GET /v1/widgets -> 503")
    succeeded = ("DEBUG", "GET /v1/widgets -> 200")
    failed = ("INFO", "GET /v1/widgets -> 401")
    expected = [retried, failed] if level == logging.INFO else [retried, succeeded, failed]
    assert [(name, message.split(" in ")[0]) for name, message in lines] == expected
    assert "retrying in 0.000s" in lines[0][1]


@pytest.mark.parametrize(("status", "level"), [(399, "DEBUG"), (400, "INFO")])
def test_a_failure_starts_at_status_400(
    api: WidgetsApi,
    httpserver: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    caplog: pytest.LogCaptureFixture,
    status: int,
    level: str,
) -> None:
    httpserver.expect_request("/v1/widgets").respond_with_json(
        error_body("invalid_request_error", "bad"), status=status
    )
    caplog.set_level(logging.DEBUG, logger="kirim_chat")

    with pytest.raises(api.errors.KirimError):  # 399 is undocumented, 400 an error status
        call(api.list_widgets, client=make_client())

    assert [(name, message.split(" in ")[0]) for name, message in _lines(caplog)] == [
        (level, f"GET /v1/widgets -> {status}")
    ]


def test_a_call_that_gets_no_response_is_a_failure_at_info(
    api: WidgetsApi, make_client: MakeClient, call: Caller, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kirim_chat")

    with refusing_port() as port:
        client = make_client(base_url=f"http://127.0.0.1:{port}/v1", max_retries=0)
        with pytest.raises(api.errors.ApiConnectionError):
            call(api.list_widgets, client=client)

    assert [(name, message.split(" in ")[0]) for name, message in _lines(caplog)] == [
        ("INFO", "GET /v1/widgets -> ConnectError")
    ]


def _run(program: str, kirim_log: str, api: WidgetsApi, url: str) -> str:
    """stderr of ``program`` run with ``KIRIM_LOG`` and the scratch package importable."""
    package_root = Path(api.package.__file__ or "").parent.parent
    environment = {
        **{key: value for key, value in os.environ.items() if not key.startswith("KIRIM_")},
        "KIRIM_LOG": kirim_log,
        "KIRIM_API_KEY": TOKEN,
        "KIRIM_BASE_URL": url,
        "PYTHONPATH": os.pathsep.join([str(package_root), *sys.path]),
    }
    calls = (
        f"from {api.name}.api.widgets import list_widgets\n"
        f"from {api.name} import AuthenticatedClient, errors\n"
        "client = AuthenticatedClient()\n"
        "list_widgets.sync(client=client)\n"
        "try:\n"
        "    list_widgets.sync(client=client)\n"
        "except errors.AuthenticationError:\n"
        "    pass\n"
    )
    finished = subprocess.run(
        [sys.executable, "-c", program + calls],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert TOKEN not in finished.stderr + finished.stdout
    return finished.stderr


@pytest.mark.parametrize(
    ("kirim_log", "shown"), [("info", ["503", "401"]), ("debug", ["503", "200", "401"])]
)
def test_kirim_log_alone_prints_each_line_once(
    api: WidgetsApi, httpserver: HTTPServer, kirim_log: str, shown: list[str]
) -> None:
    _serve_retry_success_failure(httpserver)

    stderr = _run("", kirim_log, api, httpserver.url_for("/v1"))

    lines = [line for line in stderr.splitlines() if " kirim_chat " in line]
    assert [line.split(" -> ")[1][:3] for line in lines] == shown


@pytest.mark.parametrize(
    "configuration",
    [
        "import logging\nlogging.basicConfig(level=logging.DEBUG, format='APP %(message)s')\n",
        "import logging\nlogging.basicConfig(format='APP %(message)s')\n",  # root at WARNING
        "import logging, sys\n"
        "handler = logging.StreamHandler(sys.stderr)\n"
        "handler.setFormatter(logging.Formatter('APP %(message)s'))\n"
        "logging.getLogger('kirim_chat').addHandler(handler)\n",
    ],
    ids=["basicConfig-debug", "basicConfig-default", "handler-on-kirim_chat"],
)
def test_kirim_log_never_repeats_what_the_applications_logging_prints(
    api: WidgetsApi, httpserver: HTTPServer, configuration: str
) -> None:
    _serve_retry_success_failure(httpserver)

    stderr = _run(configuration, "debug", api, httpserver.url_for("/v1"))

    lines = [line for line in stderr.splitlines() if "GET /v1/widgets" in line]
    assert [line[:4] + line.split(" -> ")[1][:3] for line in lines] == [
        "APP 503",
        "APP 200",
        "APP 401",
    ]


def test_kirim_log_prints_what_the_applications_handler_level_leaves_out(
    api: WidgetsApi, httpserver: HTTPServer
) -> None:
    _serve_retry_success_failure(httpserver)
    configuration = (
        "import logging, sys\n"
        "handler = logging.StreamHandler(sys.stderr)\n"
        "handler.setFormatter(logging.Formatter('APP %(message)s'))\n"
        "handler.setLevel(logging.INFO)\n"
        "logging.getLogger('kirim_chat').addHandler(handler)\n"
    )

    stderr = _run(configuration, "debug", api, httpserver.url_for("/v1"))

    lines = [line for line in stderr.splitlines() if "GET /v1/widgets" in line]
    assert [(line.startswith("APP "), line.split(" -> ")[1][:3]) for line in lines] == [
        (True, "503"),  # INFO: the application's handler, at exactly its level, and only there
        (False, "200"),  # DEBUG, below the application's handler: KIRIM_LOG's own
        (True, "401"),
    ]
