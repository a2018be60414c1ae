"""Every documented response of every operation has a recording; every recording is of an
operation of openapi.yaml and conforms to it; and the check names what a broken one breaks."""

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.operations import Operation, operations
from scripts.paths import RECORDINGS, SPEC
from scripts.recordings.coverage import missing_recordings, orphans
from scripts.spec import load
from tests.contract.recordings import (
    BROKEN_RECORDINGS,
    broken_recording_paths,
    load_recording,
    recording,
    recording_id,
    recording_paths,
)
from tests.contract.spec_contract import problems

DOCUMENT = load(SPEC)
OPERATIONS = operations(DOCUMENT)
DOCUMENTED = [(operation, status) for operation in OPERATIONS for status in operation.statuses]
MISSING = missing_recordings(DOCUMENT, recording_paths())
VENDOR_PUBLISHED_BODY = (
    b'{"data":[{"object":"account","phone_number_id":"106540352242922",'
    b'"phone_number":"+628111222333","name":"Customer Support","status":"connected"}]}'
)


@pytest.mark.parametrize(
    ("operation", "status"),
    DOCUMENTED,
    ids=[f"{operation.operation_id}-{status}" for operation, status in DOCUMENTED],
)
def test_every_documented_response_has_a_recording(operation: Operation, status: int) -> None:
    key = f"{operation.operation_id} {status}"
    assert key not in MISSING, MISSING[key]


def test_a_response_without_a_recording_is_named_with_how_to_add_one() -> None:
    operation, status = DOCUMENTED[-1]
    kept = [
        path
        for path in recording_paths()
        if not (path.parent.name == operation.operation_id and path.name.startswith(f"{status}_"))
    ]
    assert len(kept) < len(recording_paths())
    missing = missing_recordings(DOCUMENT, kept)
    key = f"{operation.operation_id} {status}"
    assert list(missing) == [key]
    assert missing[key].startswith(
        f"no recording of {operation.label} answering {status} in "
        f"tests/fixtures/recordings/{operation.operation_id}/: "
    )
    assert f"`make recording OPERATION={operation.operation_id} STATUS={status}`" in missing[key]


@pytest.mark.parametrize("path", recording_paths(), ids=recording_id)
def test_recording_is_of_the_operation_whose_folder_it_is_in(path: Path) -> None:
    orphaned = orphans(DOCUMENT, [path])
    assert path not in orphaned, orphaned[path]  # `make recordings` lists every orphan too
    found = load_recording(path).operation(OPERATIONS)
    assert found is not None
    assert found[0].operation_id == path.parent.name
    assert path.parent.parent == RECORDINGS


@pytest.mark.parametrize("path", recording_paths(), ids=recording_id)
def test_recording_matches_the_spec(path: Path) -> None:
    assert problems(load_recording(path)) == []


def test_vendor_example_is_the_published_body_byte_for_byte() -> None:
    published = recording("listAccounts/200_vendor_published_example.yaml")
    assert published.body == VENDOR_PUBLISHED_BODY


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


def test_a_field_the_spec_now_requires_is_named(tmp_path: Path) -> None:
    # What a rename looks like to the recordings: the new name is missing from each of them.
    spec = tmp_path / "openapi.yaml"
    document: Any = load(SPEC)
    operation = operations(document)[0]
    schema_ref = operation.json_schema(operation.success_status or 200) or {}
    name = str(schema_ref.get("$ref", "")).rsplit("/", 1)[-1]
    schema = document["components"]["schemas"][name]
    schema["properties"]["renamed_field"] = {"type": "string"}
    schema["required"] = [*schema.get("required", []), "renamed_field"]
    spec.write_text(yaml.safe_dump(document), encoding="utf-8")
    success = next(
        path
        for path in recording_paths()
        if path.parent.name == operation.operation_id
        and path.name.startswith(str(operation.success_status))
    )
    assert problems(load_recording(success), spec) == [
        f"{success.name}: response body at $: 'renamed_field' is a required property"
    ]


def _edited_copy(name: str, old: str, new: str, tmp_path: Path) -> Path:
    copy = tmp_path / Path(name).name
    shutil.copy(recording(name).path, copy)
    text = copy.read_text(encoding="utf-8")
    assert old in text
    copy.write_text(text.replace(old, new, 1), encoding="utf-8")
    return copy


def test_a_header_of_the_wrong_type_is_reported(tmp_path: Path) -> None:
    copy = _edited_copy("listAccounts/200_status_connected.yaml", "- '599'", "- soon", tmp_path)
    assert problems(load_recording(copy)) == [
        "200_status_connected.yaml: response header X-RateLimit-Remaining: "
        "Failed to cast value to integer type: soon"
    ]


def test_an_undocumented_status_is_reported(tmp_path: Path) -> None:
    copy = _edited_copy("listAccounts/500_internal_error.yaml", "code: 500", "code: 503", tmp_path)
    assert problems(load_recording(copy)) == [
        "500_internal_error.yaml: ResponseNotFound: Unknown response http status: 503"
    ]


def test_a_request_id_header_that_differs_from_the_body_is_reported(tmp_path: Path) -> None:
    copy = _edited_copy(
        "listAccounts/401_expired_key.yaml",
        "- req_01HXYZABCDEFGHJKMNPQRSTVX0",
        "- req_01HXYZABCDEFGHJKMNPQRSTVX9",
        tmp_path,
    )
    assert problems(load_recording(copy)) == [
        "401_expired_key.yaml: response header X-Request-Id 'req_01HXYZABCDEFGHJKMNPQRSTVX9' "
        "differs from the body's request_id 'req_01HXYZABCDEFGHJKMNPQRSTVX0'"
    ]
