"""Every recorded response conforms to openapi.yaml, and the check reports one that does not."""

import shutil
from pathlib import Path

import pytest

from scripts.spec import load
from tests.contract.recordings import (
    BROKEN_RECORDINGS,
    broken_recording_paths,
    load_recording,
    recording,
    recording_paths,
)
from tests.contract.spec_contract import problems

EXPECTED_RECORDINGS = {
    "200_connected.yaml",
    "200_all.yaml",
    "200_vendor_published_example.yaml",
    "400_invalid_status.yaml",
    "401_expired_key.yaml",
    "429_rate_limited.yaml",
    "500_internal_error.yaml",
}
VENDOR_PUBLISHED_BODY = (
    b'{"data":[{"object":"account","phone_number_id":"106540352242922",'
    b'"phone_number":"+628111222333","name":"Customer Support","status":"connected"}]}'
)


def test_the_documented_cases_are_recorded() -> None:
    assert {path.name for path in recording_paths()} == EXPECTED_RECORDINGS


def test_every_documented_status_has_a_recording(spec_path: Path) -> None:
    documented = set(load(spec_path)["paths"]["/accounts"]["get"]["responses"])
    recorded = {str(load_recording(path).status) for path in recording_paths()}
    assert documented <= recorded, f"statuses without a recording: {sorted(documented - recorded)}"


@pytest.mark.parametrize("path", recording_paths(), ids=lambda path: path.name)
def test_recording_matches_the_spec(path: Path) -> None:
    assert problems(load_recording(path)) == []


def test_vendor_example_is_the_published_body_byte_for_byte() -> None:
    assert recording("200_vendor_published_example.yaml").body == VENDOR_PUBLISHED_BODY


def test_every_broken_recording_is_reported() -> None:
    assert broken_recording_paths(), f"no fixtures in {BROKEN_RECORDINGS}"
    for path in broken_recording_paths():
        assert problems(load_recording(path)), f"{path.name} passed the contract check"


def test_a_missing_body_field_is_reported_by_name_and_place() -> None:
    broken = load_recording(BROKEN_RECORDINGS / "200_account_without_status.yaml")
    assert problems(broken) == [
        "200_account_without_status.yaml: response body at $.data[0]: "
        "'status' is a required property"
    ]


def test_a_missing_required_header_is_reported_by_name() -> None:
    broken = load_recording(BROKEN_RECORDINGS / "429_without_retry_after.yaml")
    assert problems(broken) == [
        "429_without_retry_after.yaml: response header Retry-After: missing, the spec requires it"
    ]


def _edited_copy(name: str, old: str, new: str, tmp_path: Path) -> Path:
    copy = tmp_path / name
    shutil.copy(recording(name).path, copy)
    text = copy.read_text(encoding="utf-8")
    assert old in text
    copy.write_text(text.replace(old, new, 1), encoding="utf-8")
    return copy


def test_a_header_of_the_wrong_type_is_reported(tmp_path: Path) -> None:
    copy = _edited_copy("200_connected.yaml", "- '599'", "- soon", tmp_path)
    assert problems(load_recording(copy)) == [
        "200_connected.yaml: response header X-RateLimit-Remaining: "
        "Failed to cast value to integer type: soon"
    ]


def test_an_undocumented_status_is_reported(tmp_path: Path) -> None:
    copy = _edited_copy("500_internal_error.yaml", "code: 500", "code: 503", tmp_path)
    assert problems(load_recording(copy)) == [
        "500_internal_error.yaml: ResponseNotFound: Unknown response http status: 503"
    ]


def test_a_request_id_header_that_differs_from_the_body_is_reported(tmp_path: Path) -> None:
    copy = _edited_copy(
        "401_expired_key.yaml",
        "- req_01HXYZABCDEFGHJKMNPQRSTVX0",
        "- req_01HXYZABCDEFGHJKMNPQRSTVX9",
        tmp_path,
    )
    assert problems(load_recording(copy)) == [
        "401_expired_key.yaml: response header X-Request-Id 'req_01HXYZABCDEFGHJKMNPQRSTVX9' "
        "differs from the body's request_id 'req_01HXYZABCDEFGHJKMNPQRSTVX0'"
    ]
