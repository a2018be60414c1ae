"""`make secret-scan`: a key-shaped string, a known secret type or a credential header in a
recording fails the check, wherever it sits in a VCR cassette; a scrubbed recording passes.
Every secret here is built at runtime, so no committed file holds one."""

import sys
from pathlib import Path

import pytest

from scripts.check import secrets as scan_secrets
from scripts.check.secrets import (
    BASELINE,
    Finding,
    credential_headers,
    detect_secrets,
    files_under,
    findings,
    key_shapes,
)

KIRIM_KEY = "kdv_live_" + "Zq7" * 8
AWS_KEY = "AKIA" + "QX3P7R2M" + "9K4T6W8Y"

CASSETTE = """interactions:
- request:
    body: ''
    headers:
      accept:
      - '*/*'
{authorization}    method: GET
    uri: https://api.kirim.chat/v1/accounts?status=connected
  response:
    body:
      string: '{body}'
    headers:
      content-type:
      - application/json
      x-request-id:
      - req_01HXYZABCDEFGHJKMNPQRSTVWX
      x-ratelimit-reset:
      - '1795564860'
{extra_headers}    status:
      code: 200
      message: OK
version: 1
"""
CLEAN_BODY = (
    '{"data":[{"object":"account","phone_number_id":"106540352242922","phone_number":'
    '"+628111222333","name":"Customer Support","status":"connected"}],"has_more":false,'
    '"next_cursor":null,"request_id":"req_01HXYZABCDEFGHJKMNPQRSTVWX"}'
)


def _cassette(
    directory: Path,
    name: str,
    authorization: str | None = "Bearer [redacted]",
    body: str = CLEAN_BODY,
    extra_headers: str = "",
) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    header = "" if authorization is None else f"      authorization:\n      - {authorization}\n"
    text = CASSETTE.format(authorization=header, body=body, extra_headers=extra_headers)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_scrubbed_recording_passes(tmp_path: Path) -> None:
    clean = _cassette(tmp_path, "200_connected.yaml", authorization=None)
    assert findings([clean]) == []


def test_a_kirim_key_is_found_in_a_header_list_and_in_a_body(tmp_path: Path) -> None:
    leaked = _cassette(
        tmp_path,
        "leak.yaml",
        authorization=f"Bearer {KIRIM_KEY}",
        body=CLEAN_BODY.replace("Customer Support", f"key {KIRIM_KEY.replace('live', 'test')}"),
    )
    assert key_shapes([leaked]) == [
        Finding(leaked, 8, "Kirim API key shape"),
        Finding(leaked, 13, "Kirim API key shape"),
    ]


def test_another_secret_in_a_yaml_header_list_is_found(tmp_path: Path) -> None:
    # detect-secrets' YAML reader skips list items, where cassettes keep header values; the
    # plain-text pass is what finds this one.
    leaked = _cassette(
        tmp_path, "aws.yaml", extra_headers=f"      x-upstream-key:\n      - {AWS_KEY}\n"
    )
    assert [
        (finding.path, finding.line, finding.kind) for finding in detect_secrets([leaked], BASELINE)
    ] == [(leaked, 22, "AWS Access Key")]


@pytest.mark.parametrize(
    "header", ["Authorization", "authorization", "AUTHORIZATION", "Proxy-Authorization"]
)
def test_a_credential_header_is_found_whatever_its_case_and_value(
    header: str, tmp_path: Path
) -> None:
    leaked = _cassette(
        tmp_path, "leak.yaml", authorization=None, extra_headers=f"      {header}:\n      - x\n"
    )
    assert findings([leaked]) == [
        Finding(leaked, 19, f"credential header {header!r} in a response")
    ]
    # The request's own header, even scrubbed, is one too: the recorder drops it.
    scrubbed = _cassette(tmp_path, "scrubbed.yaml", authorization="Bearer [redacted]")
    assert findings([scrubbed]) == [
        Finding(scrubbed, 7, "credential header 'authorization' in a request")
    ]


def test_main_fails_naming_each_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _cassette(tmp_path / "recordings", "clean.yaml")
    leaked = _cassette(tmp_path / "recordings" / "sub", "leak.yaml", f"Bearer {KIRIM_KEY}")
    monkeypatch.setattr(sys, "argv", ["scan_secrets", str(tmp_path / "recordings")])
    assert scan_secrets.main() == 1
    assert f"{leaked}:8: Kirim API key shape" in capsys.readouterr().err


def test_main_fails_on_a_secret_only_detect_secrets_knows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    leaked = _cassette(
        tmp_path / "recordings",
        "aws.yaml",
        authorization=None,
        extra_headers=f"      x-upstream-key:\n      - {AWS_KEY}\n",
    )
    assert key_shapes([leaked]) == credential_headers([leaked]) == []  # not a Kirim key
    monkeypatch.setattr(sys, "argv", ["scan_secrets", str(tmp_path / "recordings")])
    assert scan_secrets.main() == 1
    assert f"{leaked}:20: AWS Access Key" in capsys.readouterr().err


def test_main_passes_when_there_is_nothing_to_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["scan_secrets", str(tmp_path / "recordings")])
    assert scan_secrets.main() == 0
    assert "nothing to scan" in capsys.readouterr().out
    assert files_under([tmp_path / "absent"]) == []
