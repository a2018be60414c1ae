"""`make record` (scripts/live/record.py) against a fake upstream on 127.0.0.1.

The fake upstream echoes the key back in a header and in the body, as a careless server might,
so the tests show that the scrubber removes it from responses as well as requests.
"""

import json
import re
from datetime import date
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from vcr.request import Request as VcrRequest
from werkzeug import Request, Response

from kirim_chat import AuthenticationError, InvalidRequestError
from kirim_chat.models import AccountList
from scripts.check.secrets import findings
from scripts.live import INVALID_KEY, record
from tests.contract.recordings import load_recording
from tests.contract.replay import replay_for, replaying
from tests.contract.spec_contract import problems

pytestmark = pytest.mark.slow

# Built at runtime: no key-shaped string is committed. The expired key is deliberately not
# key-shaped, so only the scrubbing of the literal secret can remove it.
LIVE_KEY = "kdv_live_" + "Lk9_-" * 4 + "Lk9_"
EXPIRED_KEY = "expired-" + "e" * 24
TODAY = date(2026, 11, 25)
# What openapi.yaml's GET /accounts makes live-recordable: one success per value of its `status`
# enum, a value outside it, a key no account owns and an expired key.
RECORDED = [
    "listAccounts/200_status_connected.yaml",
    "listAccounts/200_status_all.yaml",
    "listAccounts/400_invalid_status.yaml",
    "listAccounts/401_invalid_key.yaml",
    "listAccounts/401_expired_key.yaml",
]


def _fake_kirim(request: Request) -> Response:
    """Answers GET /v1/accounts as the spec documents, and leaks the key it was sent."""
    auth = request.headers.get("Authorization", "")
    status = request.args.get("status", "connected")
    request_id = "req_" + "0" * 25 + str(len(status))
    if auth != f"Bearer {LIVE_KEY}":
        code, body = 401, _error("authentication_error", "expired_api_key", request_id)
    elif status not in {"connected", "all"}:
        code, body = 400, _error("invalid_request_error", "invalid_field_value", request_id)
    else:
        account = {
            "object": "account",
            "phone_number_id": "106540352242922",
            "phone_number": "+628111222333",
            "name": "Customer Support",
            "status": "connected",
        }
        code, body = 200, {"data": [account], "request_id": request_id, "echo": auth}
    headers = {
        "X-Request-Id": request_id,
        "X-RateLimit-Limit": "600",
        "X-RateLimit-Remaining": "599",
        "X-RateLimit-Reset": "1795564860",
        "X-Echo-Credentials": auth,
    }
    return Response(json.dumps(body), code, headers, content_type="application/json")


def _error(type_: str, code: str, request_id: str) -> dict[str, object]:
    return {"error": {"type": type_, "code": code, "request_id": request_id}}


@pytest.fixture
def upstream(httpserver: HTTPServer) -> HTTPServer:
    httpserver.expect_request("/v1/accounts", method="GET").respond_with_handler(_fake_kirim)
    return httpserver


@pytest.fixture
def keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIRIM_API_KEY", LIVE_KEY)
    monkeypatch.setenv(record.EXPIRED_KEY_ENV, EXPIRED_KEY)
    monkeypatch.delenv("KIRIM_BASE_URL", raising=False)


def _written(root: Path) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


@pytest.mark.usefixtures("keys")
def test_records_each_target_with_the_keys_scrubbed(upstream: HTTPServer, tmp_path: Path) -> None:
    base_url = upstream.url_for("/v1")
    assert record.main(["--base-url", base_url, "--output-dir", str(tmp_path)], TODAY) == 0

    sent = [request.headers.get("Authorization") for request, _ in upstream.log]
    assert sent == [f"Bearer {LIVE_KEY}"] * 3 + [f"Bearer {INVALID_KEY}", f"Bearer {EXPIRED_KEY}"]
    assert _written(tmp_path) == sorted(RECORDED)
    for name in RECORDED:
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert LIVE_KEY not in text
        assert EXPIRED_KEY not in text
        assert not re.search(r"^\s*authorization:", text, re.IGNORECASE | re.MULTILINE)
        assert findings([tmp_path / name]) == []
        recorded = load_recording(tmp_path / name)
        assert recorded.header("x-echo-credentials") == "Bearer " + record.REDACTED
        assert recorded.provenance == {
            "source": f"recorded live on 2026-11-25 from {base_url}",
            "recorded_on": "2026-11-25",
            "base_url": base_url,
        }
        assert problems(recorded) == []


@pytest.mark.usefixtures("keys")
def test_what_it_recorded_replays_through_the_client(upstream: HTTPServer, tmp_path: Path) -> None:
    record.main(["--base-url", upstream.url_for("/v1"), "--output-dir", str(tmp_path)], TODAY)
    requests_upstream_saw = len(upstream.log)

    for name in RECORDED[:2]:
        recorded = load_recording(tmp_path / name)
        replay = replay_for(recorded)
        with replay.client, replaying(recorded):
            accounts = replay.module.sync(client=replay.client, **replay.arguments)
        assert isinstance(accounts, AccountList)
        assert accounts["echo"] == "Bearer " + record.REDACTED
    for name, error in [
        (RECORDED[2], InvalidRequestError),
        (RECORDED[3], AuthenticationError),
        (RECORDED[4], AuthenticationError),
    ]:
        recorded = load_recording(tmp_path / name)
        replay = replay_for(recorded)
        with replay.client, replaying(recorded), pytest.raises(error):
            replay.module.sync(client=replay.client, **replay.arguments)
    assert len(upstream.log) == requests_upstream_saw, "a replay reached the upstream"


@pytest.mark.usefixtures("keys")
def test_base_url_can_come_from_the_environment(
    upstream: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIRIM_BASE_URL", upstream.url_for("/v1"))
    assert record.main(["--output-dir", str(tmp_path)], TODAY) == 0
    assert len(upstream.log) == len(RECORDED)
    assert load_recording(tmp_path / RECORDED[1]).uri == upstream.url_for("/v1/accounts?status=all")


def test_refuses_to_run_without_a_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("KIRIM_API_KEY", raising=False)
    assert record.main(["--output-dir", str(tmp_path)], TODAY) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "KIRIM_API_KEY" in error
    assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("keys")
def test_records_no_expired_key_401_without_an_expired_key(
    upstream: HTTPServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv(record.EXPIRED_KEY_ENV)
    assert record.main(["--base-url", upstream.url_for("/v1"), "--output-dir", str(tmp_path)]) == 0
    assert "set KIRIM_EXPIRED_API_KEY to record one" in capsys.readouterr().err
    assert _written(tmp_path) == sorted(RECORDED[:4])


@pytest.mark.usefixtures("keys")
def test_an_unexpected_status_leaves_the_existing_recording_alone(
    upstream: HTTPServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("KIRIM_API_KEY", "kdv_live_" + "W" * 24)  # a key the upstream rejects
    existing = tmp_path / RECORDED[0]
    existing.parent.mkdir()
    existing.write_text("the recording from before\n")
    assert record.main(["--base-url", upstream.url_for("/v1"), "--output-dir", str(tmp_path)]) == 1
    assert f"{RECORDED[0]}: expected 200, got 401 expired_api_key; not written" in (
        capsys.readouterr().err
    )
    assert existing.read_text() == "the recording from before\n"
    assert _written(tmp_path) == sorted([RECORDED[0], *RECORDED[3:]])


@pytest.mark.parametrize(
    "header", ["Authorization", "authorization", "AUTHORIZATION", "aUtHoRiZaTiOn"]
)
def test_recorder_drops_credential_headers_in_any_case(header: str) -> None:
    scrubber = record.Scrubber([EXPIRED_KEY])
    before_record_request = record.recorder(scrubber).get_merged_config()["before_record_request"]
    request = VcrRequest("GET", "https://api.kirim.chat/v1/accounts", b"", {header: "Bearer x"})
    assert dict(before_record_request(request).headers) == {}
    response = {"headers": {header: ["Bearer x"], "x-kept": ["1"]}, "body": {"string": b""}}
    assert scrubber.response(response)["headers"] == {"x-kept": ["1"]}


def test_scrubber_replaces_keys_in_uris_headers_and_bodies() -> None:
    key_shaped = "kdv_test_" + "Q" * 24  # not one of the keys it was given
    scrubber = record.Scrubber([EXPIRED_KEY])
    request = VcrRequest(
        "POST",
        f"https://api.kirim.chat/v1/accounts?k={key_shaped}",
        f'{{"key": "{EXPIRED_KEY}"}}'.encode(),
        {"X-Note": key_shaped},
    )
    scrubbed = scrubber.request(request)
    assert scrubbed.uri == "https://api.kirim.chat/v1/accounts?k=[redacted]"
    assert scrubbed.body == b'{"key": "[redacted]"}'
    assert dict(scrubbed.headers) == {"X-Note": "[redacted]"}
    body = f"{key_shaped} and {EXPIRED_KEY}".encode()
    response = {
        "headers": {"x-note": [EXPIRED_KEY, "plain"], "Content-Length": [str(len(body))]},
        "body": {"string": body},
    }
    assert scrubber.response(response) == {
        "headers": {"x-note": ["[redacted]", "plain"], "Content-Length": ["25"]},
        "body": {"string": b"[redacted] and [redacted]"},
    }
