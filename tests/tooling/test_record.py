"""`make record` (scripts/live/record.py) against a fake upstream on 127.0.0.1, on the runtime
tests' scratch spec (tests/support/specs.py) and its generated package: what is recorded follows
from that spec, so a change to openapi.yaml changes nothing here.

The fake upstream echoes the key back in a header and in the body, as a careless server might,
so the tests show that the scrubber removes it from responses as well as requests.
"""

import json
import re
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from pytest_httpserver import HTTPServer
from vcr.request import Request as VcrRequest
from werkzeug import Request, Response

from scripts.check.secrets import findings
from scripts.live import INVALID_KEY, record
from scripts.recordings.cassette import load_recording, spec_server
from tests.conftest import ScratchPackages
from tests.contract.replay import replay_for, replaying
from tests.contract.spec_contract import problems
from tests.support.specs import REQUEST_ID, WIDGETS_SPEC, error_body, widget, widget_list

pytestmark = pytest.mark.slow

# Built at runtime: no key-shaped string is committed. The expired key is deliberately not
# key-shaped, so only the scrubbing of the literal secret can remove it.
LIVE_KEY = "kdv_live_" + "Lk9_-" * 4 + "Lk9_"
EXPIRED_KEY = "expired-" + "e" * 24
TODAY = date(2026, 11, 25)
SERVER = spec_server(WIDGETS_SPEC)
WIDGET_ID = "wgt_01HXYZABCDEFGHJKMNPQRSTVWX"
# What the spec makes live-recordable among its reads: for GET /widgets one success per value of
# its `status` enum and a value outside it, for GET /widgets/{widget_id} one success; for each,
# a key no account owns and an expired key. POST /widgets is a write: not called.
RECORDED = [
    "listWidgets/200_status_active.yaml",
    "listWidgets/200_status_all.yaml",
    "listWidgets/400_invalid_status.yaml",
    "listWidgets/401_invalid_key.yaml",
    "listWidgets/401_expired_key.yaml",
    "getWidget/200_default.yaml",
    "getWidget/401_invalid_key.yaml",
    "getWidget/401_expired_key.yaml",
]
EXPIRED = [name for name in RECORDED if name.endswith("_expired_key.yaml")]


@pytest.fixture(scope="module")
def package(scratch_packages: ScratchPackages) -> ModuleType:
    return scratch_packages(WIDGETS_SPEC)


@pytest.fixture(scope="module")
def spec_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("widgets") / "openapi.yaml"
    path.write_text(yaml.safe_dump(WIDGETS_SPEC, sort_keys=False), encoding="utf-8")
    return path


def _fake_upstream(request: Request) -> Response:
    """Answers the widgets spec's reads as it documents them, and leaks the key it was sent."""
    auth = request.headers.get("Authorization", "")
    status = request.args.get("status", "active")
    if auth != f"Bearer {LIVE_KEY}":
        code, body = 401, error_body("authentication_error", "expired_api_key")
    elif status not in {"active", "all"}:
        code, body = 400, error_body("invalid_request_error", "invalid_field_value")
    elif request.path.endswith("/widgets"):
        code, body = 200, widget_list(widget(id=WIDGET_ID), request_id=REQUEST_ID, echo=auth)
    else:
        code, body = 200, widget(id=request.path.rsplit("/", 1)[1], echo=auth)
    headers = {
        "X-Request-Id": REQUEST_ID,
        "X-RateLimit-Limit": "600",
        "X-RateLimit-Remaining": "599",
        "X-RateLimit-Reset": "1795564860",
        "X-Echo-Credentials": auth,
    }
    return Response(json.dumps(body), code, headers, content_type="application/json")


@pytest.fixture
def upstream(httpserver: HTTPServer) -> HTTPServer:
    pattern = re.compile(r"^/v1/widgets(/[^/]+)?$")
    httpserver.expect_request(pattern, method="GET").respond_with_handler(_fake_upstream)
    return httpserver


@pytest.fixture
def keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIRIM_API_KEY", LIVE_KEY)
    monkeypatch.setenv(record.EXPIRED_KEY_ENV, EXPIRED_KEY)
    monkeypatch.delenv("KIRIM_BASE_URL", raising=False)


def _main(package: ModuleType, spec_path: Path, *arguments: str, today: date = TODAY) -> int:
    """`make record` with the widgets spec and its package."""
    return record.main(["--spec", str(spec_path), *arguments], today, package=package)


def _written(root: Path) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


@pytest.mark.usefixtures("keys")
def test_records_each_target_with_the_keys_scrubbed(
    package: ModuleType, spec_path: Path, upstream: HTTPServer, tmp_path: Path
) -> None:
    base_url = upstream.url_for("/v1")
    assert _main(package, spec_path, "--base-url", base_url, "--output-dir", str(tmp_path)) == 0

    sent = [request.headers.get("Authorization") for request, _ in upstream.log]
    live, invalid, expired = f"Bearer {LIVE_KEY}", f"Bearer {INVALID_KEY}", f"Bearer {EXPIRED_KEY}"
    assert sent == [live] * 3 + [invalid, expired] + [live, invalid, expired]
    assert _written(tmp_path) == sorted(RECORDED)
    for name in RECORDED:
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert LIVE_KEY not in text
        assert EXPIRED_KEY not in text
        assert not re.search(r"^\s*authorization:", text, re.IGNORECASE | re.MULTILINE)
        assert findings([tmp_path / name]) == []
        recorded = load_recording(tmp_path / name, SERVER)
        assert recorded.header("x-echo-credentials") == "Bearer " + record.REDACTED
        assert recorded.provenance == {
            "source": f"recorded live on 2026-11-25 from {base_url}",
            "recorded_on": "2026-11-25",
            "base_url": base_url,
        }
        assert problems(recorded, spec_path) == []


@pytest.mark.usefixtures("keys")
def test_what_it_recorded_replays_through_the_client(
    package: ModuleType, spec_path: Path, upstream: HTTPServer, tmp_path: Path
) -> None:
    _main(package, spec_path, "--base-url", upstream.url_for("/v1"), "--output-dir", str(tmp_path))
    requests_upstream_saw = len(upstream.log)

    for name in RECORDED:
        recorded = load_recording(tmp_path / name, SERVER)
        replay = replay_for(recorded, WIDGETS_SPEC, package)
        with replay.client, replaying(recorded):
            if recorded.status == 200:
                parsed = replay.module.sync(client=replay.client, **replay.arguments)
                assert parsed["echo"] == "Bearer " + record.REDACTED
                continue
            error = {
                400: package.errors.InvalidRequestError,
                401: package.errors.AuthenticationError,
            }
            with pytest.raises(error[recorded.status]):
                replay.module.sync(client=replay.client, **replay.arguments)
    assert len(upstream.log) == requests_upstream_saw, "a replay reached the upstream"


@pytest.mark.usefixtures("keys")
def test_base_url_can_come_from_the_environment(
    package: ModuleType,
    spec_path: Path,
    upstream: HTTPServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KIRIM_BASE_URL", upstream.url_for("/v1"))
    assert _main(package, spec_path, "--output-dir", str(tmp_path)) == 0
    assert len(upstream.log) == len(RECORDED)
    recorded = load_recording(tmp_path / RECORDED[1], SERVER)
    assert recorded.uri == upstream.url_for("/v1/widgets?status=all")


def test_refuses_to_run_without_a_key(
    package: ModuleType,
    spec_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("KIRIM_API_KEY", raising=False)
    assert _main(package, spec_path, "--output-dir", str(tmp_path)) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "KIRIM_API_KEY" in error
    assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("keys")
def test_records_no_expired_key_401_without_an_expired_key(
    package: ModuleType,
    spec_path: Path,
    upstream: HTTPServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv(record.EXPIRED_KEY_ENV)
    base_url = upstream.url_for("/v1")
    assert _main(package, spec_path, "--base-url", base_url, "--output-dir", str(tmp_path)) == 0
    assert "set KIRIM_EXPIRED_API_KEY to record one" in capsys.readouterr().err
    assert _written(tmp_path) == sorted(set(RECORDED) - set(EXPIRED))


@pytest.mark.usefixtures("keys")
def test_an_unexpected_status_leaves_the_existing_recording_alone(
    package: ModuleType,
    spec_path: Path,
    upstream: HTTPServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("KIRIM_API_KEY", "kdv_live_" + "W" * 24)  # a key the upstream rejects
    existing = tmp_path / RECORDED[0]
    existing.parent.mkdir()
    existing.write_text("the recording from before\n")
    base_url = upstream.url_for("/v1")
    assert _main(package, spec_path, "--base-url", base_url, "--output-dir", str(tmp_path)) == 1
    assert f"{RECORDED[0]}: expected 200, got 401 expired_api_key; not written" in (
        capsys.readouterr().err
    )
    assert existing.read_text() == "the recording from before\n"
    # Only the 401s, which that key provokes as documented, were written.
    assert _written(tmp_path) == sorted([RECORDED[0], *(n for n in RECORDED if "/401_" in n)])


@pytest.mark.parametrize(
    "header", ["Authorization", "authorization", "AUTHORIZATION", "aUtHoRiZaTiOn"]
)
def test_recorder_drops_credential_headers_in_any_case(header: str) -> None:
    scrubber = record.Scrubber([EXPIRED_KEY])
    before_record_request = record.recorder(scrubber).get_merged_config()["before_record_request"]
    request = VcrRequest("GET", f"{SERVER}/widgets", b"", {header: "Bearer x"})
    assert dict(before_record_request(request).headers) == {}
    response = {"headers": {header: ["Bearer x"], "x-kept": ["1"]}, "body": {"string": b""}}
    assert scrubber.response(response)["headers"] == {"x-kept": ["1"]}


def test_scrubber_replaces_keys_in_uris_headers_and_bodies() -> None:
    key_shaped = "kdv_test_" + "Q" * 24  # not one of the keys it was given
    scrubber = record.Scrubber([EXPIRED_KEY])
    request = VcrRequest(
        "POST",
        f"{SERVER}/widgets?k={key_shaped}",
        f'{{"key": "{EXPIRED_KEY}"}}'.encode(),
        {"X-Note": key_shaped},
    )
    scrubbed = scrubber.request(request)
    assert scrubbed.uri == f"{SERVER}/widgets?k=[redacted]"
    assert scrubbed.body == b'{"key": "[redacted]"}'
    assert dict(scrubbed.headers) == {"X-Note": "[redacted]"}
    webhook_secret = "whsec_" + "Wh5" * 10  # what creating a webhook subscription returns
    body = f"{key_shaped} and {EXPIRED_KEY}, {webhook_secret}".encode()
    response = {
        "headers": {"x-note": [EXPIRED_KEY, "plain"], "Content-Length": [str(len(body))]},
        "body": {"string": body},
    }
    assert scrubber.response(response) == {
        "headers": {"x-note": ["[redacted]", "plain"], "Content-Length": ["37"]},
        "body": {"string": b"[redacted] and [redacted], [redacted]"},
    }
