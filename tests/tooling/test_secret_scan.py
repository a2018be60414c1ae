"""`make secret-scan`: a key-shaped string, a webhook secret, a known secret type or a credential
header in a recording fails the check, wherever it sits in a VCR cassette (``.yaml`` or
``.yml``) or any other file; a scrubbed recording, and one built from the spec's examples
whatever ids it holds, passes. Every secret here is built at runtime, so no committed file
holds one."""

import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts.check import secrets as scan_secrets
from scripts.check.secrets import (
    BASELINE,
    Finding,
    accept,
    credential_headers,
    detect_secrets,
    files_under,
    findings,
    key_shapes,
)
from scripts.recordings import from_example

KIRIM_KEY = "kdv_live_" + "Zq7" * 8
AWS_KEY = "AKIA" + "QX3P7R2M" + "9K4T6W8Y"
# Random-looking, as a session token or a signing secret is: what the entropy plugin is for.
TOKEN = "9f8Kq2LmZx7P" + "w4Rt1Yb6Nc3V" + "d5Hs0JgQ"
WEBHOOK_SECRET = "whsec_" + TOKEN
ULID = "01HXYZABCDEFGHJKMNPQRSTVWX"

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


def test_a_yml_cassette_is_read_as_yaml(tmp_path: Path) -> None:
    body = CLEAN_BODY.replace('"object":"account"', f'"id":"msg_{ULID}","object":"account"')
    leaked = _cassette(tmp_path, "leak.yml", authorization="Bearer [redacted]", body=body)
    assert findings([leaked]) == [
        Finding(leaked, 7, "credential header 'authorization' in a request")
    ]


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("notes.txt", f"the key was {KIRIM_KEY}\n", "Kirim API key shape"),
        ("body.json", f'{{"upstream": "{AWS_KEY}"}}\n', "AWS Access Key"),
        ("body.json", f'{{"phone_number_id": "1065403", "token": "{TOKEN}"}}\n',
         "Base64 High Entropy String"),
        ("hook.txt", f"initial_secret={WEBHOOK_SECRET}\n", "webhook signing secret"),
    ],
)  # fmt: skip
def test_a_secret_in_a_file_that_is_not_yaml_is_found(
    tmp_path: Path, name: str, text: str, kind: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert kind in {finding.kind for finding in findings([path])}


def _spec(response: dict[str, Any]) -> dict[str, Any]:
    """A one-operation spec whose 200 example is ``response``, for `make recording`."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Scan", "version": "1.0.0"},
        "servers": [{"url": "https://api.kirim.chat/v1"}],
        "paths": {
            "/{phone_number_id}/messages": {
                "post": {
                    "operationId": "sendMessage",
                    "parameters": [
                        {"name": "phone_number_id", "in": "path", "required": True,
                         "schema": {"type": "string"}, "example": "106540352242922"},
                    ],
                    "requestBody": {"content": {"application/json": {
                        "schema": {"type": "object"},
                        "example": {"status": "read", "message_id": "wamid.HBgNNjI4MTIzNDU2"},
                    }}},
                    "responses": {"200": {
                        "description": "Sent.",
                        "headers": {"X-Request-Id": {"schema": {"type": "string"},
                                                     "example": f"req_{ULID}"}},
                        "content": {"application/json": {"schema": {"type": "object"},
                                                         "example": response}},
                    }},
                }
            }
        },
    }  # fmt: skip


def _built(tmp_path: Path, response: dict[str, Any]) -> Path:
    return from_example.build(_spec(response), "sendMessage", 200, output_dir=tmp_path)


def test_a_recording_built_from_the_specs_examples_passes_whatever_ids_it_holds(
    tmp_path: Path,
) -> None:
    data = {
        "id": f"msg_{ULID}",  # first on the line: flagged as a Base64 string before
        "object": "message",
        "conversation": f"cnv_{ULID.replace('X', 'Y')}",  # an id under a key that is no id
        "labels": [f"lbl_{ULID.replace('W', 'Z')}"],
        "message_id": "wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEjVGNEI2QjJGMzQ5QkM3ODk=",
        "created_at": "2026-01-02T03:04:05Z",
    }
    hook = {"id": f"wbs_{ULID}", "initial_secret": "whsec_EXAMPLE_not_a_real_secret"}
    page = {"has_more": True, "next_cursor": "eyJpZCI6ImNudl8wMUhYWVoifQ"}  # base64 of JSON
    recording = _built(tmp_path, {"data": data, "hook": hook, **page, "request_id": f"req_{ULID}"})
    assert f'"id":"msg_{ULID}"' in recording.read_text(encoding="utf-8")
    assert findings([recording]) == []


@pytest.mark.parametrize(
    ("value", "kinds"),
    [
        (WEBHOOK_SECRET, {"webhook signing secret", "Secret Keyword",
                          "Base64 High Entropy String"}),
        (KIRIM_KEY, {"Kirim API key shape", "Secret Keyword"}),
        (AWS_KEY, {"AWS Access Key", "Secret Keyword"}),
    ],
)  # fmt: skip
def test_a_real_secret_in_a_built_recording_still_fails(
    tmp_path: Path, value: str, kinds: set[str]
) -> None:
    data = {"id": f"msg_{ULID}", "phone_number_id": "106540352242922", "initial_secret": value}
    recording = _built(tmp_path, {"data": data})
    assert {finding.kind for finding in findings([recording])} == kinds


@pytest.mark.parametrize(
    "placeholder",
    ["whsec_EXAMPLE", "whsec_placeholder_0001", "whsec_…", "whsec_xxxxxxxx", "whsec_"],
)
def test_a_webhook_secret_that_says_it_is_a_placeholder_passes(
    tmp_path: Path, placeholder: str
) -> None:
    recording = _built(tmp_path, {"data": {"initial_secret": placeholder}})
    assert findings([recording]) == []


def test_an_audited_false_positive_is_accepted_in_a_file_it_was_not_seen_in(
    tmp_path: Path,
) -> None:
    baseline = tmp_path / ".secrets.baseline"
    shutil.copyfile(BASELINE, baseline)
    first = _built(tmp_path / "first", {"data": {"nonce": TOKEN}})
    assert [finding.kind for finding in findings([first], baseline)] == [
        "Base64 High Entropy String"
    ]

    assert accept([first], baseline) == 1
    entries = json.loads(baseline.read_text(encoding="utf-8"))["results"]
    assert [entry["type"] for file in entries.values() for entry in file] == [
        "Base64 High Entropy String"
    ]
    assert TOKEN not in baseline.read_text(encoding="utf-8")  # hashed, never written out
    assert findings([first], baseline) == []
    # A new recording holding the same value, and one holding another.
    again = _built(tmp_path / "again", {"data": {"other_nonce": TOKEN}})
    assert findings([again], baseline) == []
    other = _built(tmp_path / "other", {"data": {"nonce": TOKEN[::-1]}})
    assert [finding.kind for finding in findings([other], baseline)] == [
        "Base64 High Entropy String"
    ]
