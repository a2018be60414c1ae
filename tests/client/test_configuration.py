"""Configuration from arguments or the environment, and the API key kept out of sight."""

import inspect
import platform
import ssl
import subprocess
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

from tests.client.conftest import MakeClient
from tests.support.parity import Caller
from tests.support.specs import WIDGETS_SPEC, WidgetsApi, widget, widget_list

OK_BODY = widget_list(widget())
PATH = "/v1/widgets"


def test_token_and_base_url_come_from_the_environment(
    api: WidgetsApi, monkeypatch: pytest.MonkeyPatch, token: str
) -> None:
    monkeypatch.setenv("KIRIM_API_KEY", f"  {token}\n")  # as pasted from a file
    monkeypatch.setenv("KIRIM_BASE_URL", "http://127.0.0.1:9/v1/")

    client = api.package.AuthenticatedClient()

    assert client.token == token
    assert client.base_url == "http://127.0.0.1:9/v1"


def test_arguments_win_over_the_environment(
    api: WidgetsApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIRIM_API_KEY", "from-environment")
    monkeypatch.setenv("KIRIM_BASE_URL", "http://127.0.0.1:9/v1")

    client = api.package.AuthenticatedClient(
        base_url="http://127.0.0.1:8/v1", token="from-argument"
    )

    assert (client.base_url, client.token) == ("http://127.0.0.1:8/v1", "from-argument")


def test_the_default_base_url_is_the_production_api(api: WidgetsApi, token: str) -> None:
    assert api.package.AuthenticatedClient(token=token).base_url == "https://api.kirim.chat/v1"
    assert api.package.Client().base_url == "https://api.kirim.chat/v1"


@pytest.mark.parametrize("token", [None, "", "   "])
def test_no_key_anywhere_is_a_clear_error_naming_the_variable(
    api: WidgetsApi, token: str | None
) -> None:
    with pytest.raises(api.errors.KirimError, match="KIRIM_API_KEY"):
        api.package.AuthenticatedClient(token=token)


def test_repr_never_shows_the_token(api: WidgetsApi, token: str) -> None:
    client = api.package.AuthenticatedClient(token=token, headers={"X-Trace": "1"})

    for text in (repr(client), str(client), repr(client.with_options(max_retries=1))):
        assert token not in text
        assert "<redacted>" in text


def test_the_request_carries_auth_user_agent_and_custom_headers(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller, token: str
) -> None:
    httpserver.expect_request(PATH).respond_with_json(OK_BODY)

    call(api.list_widgets, client=make_client(headers={"X-Trace": "abc"}))

    sent = httpserver.log[0][0].headers
    assert sent["Authorization"] == f"Bearer {token}"
    assert sent["X-Trace"] == "abc"
    version = WIDGETS_SPEC["info"]["version"]  # the spec's, written in by generation
    assert sent["User-Agent"] == (
        f"kirim-chat/{version} python/{platform.python_version()} httpx/{httpx.__version__}"
    )


def test_the_callers_headers_dict_is_never_modified(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request(PATH).respond_with_json(OK_BODY)
    headers = {"X-Trace": "abc"}

    client = make_client(headers=headers)
    call(api.list_widgets, client=client)
    client.with_headers({"X-Other": "1"})

    assert headers == {"X-Trace": "abc"}


def test_a_custom_httpx_client_keeps_the_auth_header_and_the_base_url(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, token: str
) -> None:
    httpserver.expect_request(PATH).respond_with_json(OK_BODY)
    seen: list[httpx.Request] = []
    own_client = httpx.Client(event_hooks={"request": [seen.append]})  # no base_url, no auth

    client = make_client().set_httpx_client(own_client)
    api.list_widgets.sync(client=client)

    assert httpserver.log[0][0].headers["Authorization"] == f"Bearer {token}"
    assert seen
    assert seen[0].url.path == PATH
    own_client.close()


def test_a_custom_async_httpx_client_keeps_the_auth_header(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller, token: str
) -> None:
    httpserver.expect_request(PATH).respond_with_json(OK_BODY)
    client = make_client()
    if call.mode == "async":
        client.set_async_httpx_client(httpx.AsyncClient())
    else:
        client.set_httpx_client(httpx.Client())

    call(api.list_widgets, client=client)

    assert httpserver.log[0][0].headers["Authorization"] == f"Bearer {token}"


def test_with_options_changes_only_what_is_asked(api: WidgetsApi, token: str) -> None:
    client = api.package.AuthenticatedClient(token=token, max_retries=3)

    changed = client.with_options(max_retries=0)

    assert (changed.max_retries, client.max_retries) == (0, 3)
    assert changed.token == token
    assert changed.base_url == client.base_url


@pytest.mark.parametrize("option", ["max_retries", "max_retry_after"])
def test_negative_retry_settings_are_refused(api: WidgetsApi, token: str, option: str) -> None:
    settings: dict[str, Any] = {option: -1}
    with pytest.raises(ValueError, match=option):
        api.package.AuthenticatedClient(token=token, **settings)


@pytest.mark.parametrize(
    ("option", "value"), [("max_retries", 0), ("max_retry_after", 0), ("max_retry_after", 0.5)]
)
def test_zero_and_fractions_are_valid_retry_settings(
    api: WidgetsApi, token: str, option: str, value: float
) -> None:
    client = api.package.AuthenticatedClient(token=token, **{option: value})

    assert getattr(client, option) == value


def test_an_enum_parameter_also_takes_its_plain_value(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request(PATH, query_string="status=all").respond_with_json(OK_BODY)

    call(api.list_widgets, client=make_client(), status="all")

    assert len(httpserver.log) == 1


def test_an_invalid_enum_parameter_fails_before_anything_is_sent(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    with pytest.raises(api.errors.InvalidArgumentError) as raised:
        call(api.list_widgets, client=make_client(), status="bogus")
    assert str(raised.value) == "status: expected one of 'active', 'all', got 'bogus'"
    with pytest.raises(ValueError, match="got 'bogus'"):  # `except ValueError` still works
        call(api.list_widgets, client=make_client(), status="bogus")

    assert httpserver.log == []


def test_every_argument_is_keyword_only_the_defaults_are_safe_and_test_seams_are_hidden(
    api: WidgetsApi,
) -> None:
    keyword_only = inspect.Parameter.KEYWORD_ONLY
    common = [
        "headers",
        "cookies",
        "timeout",
        "total_timeout",
        "max_retries",
        "max_retry_after",
        "verify_ssl",
        "follow_redirects",
        "httpx_args",
    ]
    for client_class, own in [
        (api.package.Client, []),
        (api.package.AuthenticatedClient, ["token", "prefix", "auth_header_name"]),
    ]:
        parameters = inspect.signature(client_class).parameters
        assert list(parameters) == ["base_url", *common, *own]
        # Every argument by keyword: a key passed first can never be taken for base_url.
        assert [name for name, p in parameters.items() if p.kind is not keyword_only] == []
        defaults = {name: parameter.default for name, parameter in parameters.items()}
        assert defaults["timeout"] == httpx.Timeout(30.0, connect=5.0)
        assert (defaults["max_retries"], defaults["max_retry_after"]) == (3, 60.0)
        assert (defaults["verify_ssl"], defaults["follow_redirects"]) == (True, False)


def test_redirects_are_not_followed_unless_asked(
    api: WidgetsApi, httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request(PATH).respond_with_data(
        "", status=302, headers={"Location": httpserver.url_for("/v1/moved")}
    )
    httpserver.expect_request("/v1/moved").respond_with_json(OK_BODY)

    with pytest.raises(api.errors.ResponseValidationError) as raised:
        call(api.list_widgets, client=make_client())
    assert raised.value.status_code == 302
    assert [entry[0].path for entry in httpserver.log] == [PATH]

    moved = call(api.list_widgets, client=make_client(follow_redirects=True))
    assert moved.data[0].name == "Blue widget"
    assert [entry[0].path for entry in httpserver.log] == [PATH, PATH, "/v1/moved"]


# -- TLS: a CA bundle of one's own --------------------------------------------------------------


def _openssl(*arguments: str | Path) -> None:
    subprocess.run(["openssl", *map(str, arguments)], check=True, capture_output=True, timeout=60)


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A test CA (``ca.pem``) and a certificate it signed for 127.0.0.1 (``server.pem``, with
    ``server.key``), made with the openssl command for this run, never committed."""
    folder = tmp_path_factory.mktemp("tls")
    curve = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes")
    _openssl(
        "req", "-x509", *curve, "-keyout", folder / "ca.key", "-out", folder / "ca.pem",
        "-days", "2", "-subj", "/CN=kirim-chat test CA",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
    )  # fmt: skip
    _openssl(
        "req", *curve, "-keyout", folder / "server.key", "-out", folder / "server.csr",
        "-subj", "/CN=127.0.0.1",
    )  # fmt: skip
    (folder / "server.ext").write_text(
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
        "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
    )
    _openssl(
        "x509", "-req", "-in", folder / "server.csr", "-CA", folder / "ca.pem",
        "-CAkey", folder / "ca.key", "-CAcreateserial", "-out", folder / "server.pem",
        "-days", "1", "-extfile", folder / "server.ext",
    )  # fmt: skip
    return folder


@pytest.fixture
def https_server(certificates: Path) -> Iterator[HTTPServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificates / "server.pem", certificates / "server.key")
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.start()
    server.expect_request(PATH).respond_with_json(OK_BODY)
    yield server
    server.clear()
    server.stop()


@pytest.mark.parametrize("form", ["path", "pathlib", "folder", "context"])
def test_a_ca_bundle_of_ones_own_verifies_the_server_without_any_warning(
    api: WidgetsApi,
    https_server: HTTPServer,
    make_client: MakeClient,
    call: Caller,
    certificates: Path,
    form: str,
) -> None:
    folder = certificates / "hashed"
    if form == "folder":  # a folder of certificates named by their subject's hash, as capath
        folder.mkdir(exist_ok=True)
        hashed = subprocess.run(
            ["openssl", "x509", "-hash", "-noout", "-in", str(certificates / "ca.pem")],
            check=True, capture_output=True, text=True,
        ).stdout.strip()  # fmt: skip
        (folder / f"{hashed}.0").write_bytes((certificates / "ca.pem").read_bytes())
    bundle: Any = {
        "path": str(certificates / "ca.pem"),
        "pathlib": certificates / "ca.pem",
        "folder": str(folder),
        "context": ssl.create_default_context(cafile=certificates / "ca.pem"),
    }[form]

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # httpx 0.28 deprecates verify=<path>
        client = make_client(base_url=https_server.url_for("/v1"), verify_ssl=bundle)
        widgets = call(api.list_widgets, client=client)

    assert widgets.data[0].id == widget()["id"]


def test_the_usual_authorities_refuse_a_server_signed_by_an_unknown_ca(
    api: WidgetsApi, https_server: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    client = make_client(base_url=https_server.url_for("/v1"), max_retries=0)

    with pytest.raises(api.errors.ApiConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
        call(api.list_widgets, client=client)
