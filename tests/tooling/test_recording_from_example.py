"""`make recording`: a recording built from the spec's example, for any documented response that
has one, conforms to the spec, replays through the client and says where it came from.
`make recordings`: every missing one built at once, and the orphans named to be deleted."""

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from vcr.request import Request as VcrRequest
from vcr.serialize import deserialize
from vcr.serializers import yamlserializer

from scripts.operations import Operation, find_operation, operations
from scripts.paths import RECORDINGS, SPEC
from scripts.recordings import coverage, from_example
from scripts.recordings.cassette import (
    BUILT_FROM_EXAMPLE,
    load_recording,
    recording_paths,
    spec_server,
    write,
)
from scripts.spec import load
from tests.contract.replay import replay_for, replaying
from tests.contract.spec_contract import problems
from tests.support.api_changes import add_paginated_list_and_create
from tests.support.scratch_repo import run_make

DOCUMENT = load(SPEC)
WITH_AN_EXAMPLE = [
    (operation, status)
    for operation in operations(DOCUMENT)
    for status in operation.statuses
    if from_example.has_example(DOCUMENT, operation, status)
]


@pytest.mark.parametrize(
    ("operation", "status"),
    WITH_AN_EXAMPLE,
    ids=[f"{operation.operation_id}-{status}" for operation, status in WITH_AN_EXAMPLE],
)
def test_a_recording_built_from_the_example_conforms_and_replays(
    operation: Operation, status: int, tmp_path: Path
) -> None:
    path = from_example.build(DOCUMENT, operation.operation_id, status, output_dir=tmp_path)

    assert path.parent == tmp_path / operation.operation_id
    recorded = load_recording(path)
    assert recorded.provenance["source"] == BUILT_FROM_EXAMPLE
    assert recorded.status == status
    assert problems(recorded) == []
    replay = replay_for(recorded, DOCUMENT)
    with replay.client, replaying(recorded) as cassette:
        response = replay.module.sync_detailed(client=replay.client, **replay.arguments)
    assert cassette.play_count == 1
    assert response.status_code == status
    if status >= 400:  # the error is the exception sync raises, not a parsed body
        assert response.parsed is None
        assert response.error is not None
        assert response.error.status_code == status
    elif recorded.body:
        assert response.parsed is not None
        assert response.parsed.to_dict() == recorded.json
    else:
        assert response.parsed is None


@pytest.mark.slow
def test_make_recording_writes_the_named_example(repo_root: Path, tmp_path: Path) -> None:
    operation, status = WITH_AN_EXAMPLE[0]
    name = from_example.example_names(DOCUMENT, operation, status)[-1]
    result = run_make(
        repo_root,
        "recording",
        f"OPERATION={operation.operation_id}",
        f"STATUS={status}",
        f"EXAMPLE={name}",
        f"RECORDINGS_DIR={tmp_path}",
    )
    assert result.returncode == 0, result.stderr
    path = tmp_path / operation.operation_id / from_example.file_name(status, name)
    assert f"wrote {path}" in result.stdout
    assert load_recording(path).provenance == {
        "source": BUILT_FROM_EXAMPLE,
        "reference": f"openapi.yaml: {operation.label}, response {status}, example {name!r}",
    }


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["noSuchOperation", "200"], "no operation 'noSuchOperation' in the spec; it has: "),
        (["{operation}", "599"], "documents no 599 response; it documents "),
        (["{operation}", "{status}", "--example", "nope"], "has no example 'nope'; it has "),
    ],
    ids=["unknown operation", "undocumented status", "unknown example"],
)
def test_an_unknown_operation_status_or_example_is_a_one_line_error(
    arguments: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    operation, status = WITH_AN_EXAMPLE[0]
    filled = [
        argument.format(operation=operation.operation_id, status=status) for argument in arguments
    ]
    assert from_example.main([*filled, "--output-dir", str(tmp_path)]) == 1
    error = capsys.readouterr().err
    assert message in error
    assert error.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("status", "message"),
    [(200, "OK"), (201, "Created"), (404, "Not Found"), (429, "Too Many Requests")],
)
def test_a_written_recording_carries_its_status_message(
    tmp_path: Path, status: int, message: str
) -> None:
    request = VcrRequest("GET", f"{spec_server(DOCUMENT)}/anything", "", {})
    path = write(tmp_path / "recording.yaml", request, status, {}, b"", {"source": "a test"})
    responses = deserialize(path.read_text(encoding="utf-8"), yamlserializer)[1]
    assert responses[0]["status"] == {"code": status, "message": message}


# -- `make recordings` -------------------------------------------------------------------------

ADDED = add_paginated_list_and_create(DOCUMENT)
NEW = (ADDED.names["list_id"], ADDED.names["create_id"])


@pytest.fixture
def recordings(tmp_path: Path) -> Path:
    """A copy of the committed recordings, which `make recordings` may add to."""
    return Path(shutil.copytree(RECORDINGS, tmp_path / "recordings"))


def _spec_file(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def _added(recordings: Path) -> set[Path]:
    """The recordings in ``recordings`` that are not committed ones."""
    committed = {path.relative_to(RECORDINGS) for path in recording_paths(RECORDINGS)}
    return {
        path
        for path in recording_paths(recordings)
        if path.relative_to(recordings) not in committed
    }


def _new_responses(document: dict[str, Any]) -> set[str]:
    return {
        f"{operation_id}/{status}"
        for operation_id in NEW
        for status in find_operation(document, operation_id).statuses
    }


def test_make_recordings_builds_every_missing_recording_from_the_examples(
    recordings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec_file(tmp_path, ADDED.spec)
    assert coverage.main(["--spec", str(spec), "--output-dir", str(recordings)]) == 0

    built = _added(recordings)
    names = {f"{path.parent.name}/{path.name.split('_', 1)[0]}" for path in built}
    assert names == _new_responses(ADDED.spec)
    assert capsys.readouterr().out.count("built ") == len(built)
    assert coverage.missing_recordings(ADDED.spec, recording_paths(recordings)) == {}
    for path in built:
        assert problems(load_recording(path, spec_server(ADDED.spec)), spec) == []
    # Run again: nothing left to build.
    assert coverage.main(["--spec", str(spec), "--output-dir", str(recordings)]) == 0
    assert "every documented response of" in capsys.readouterr().out
    assert _added(recordings) == built


def test_a_response_without_an_example_is_named_and_left_missing(
    recordings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = copy.deepcopy(ADDED.spec)
    listing = find_operation(document, NEW[0])
    media = document["paths"][listing.path]["get"]["responses"]["200"]["content"]
    media["application/json"].pop("examples")
    spec = _spec_file(tmp_path, document)
    assert coverage.main(["--spec", str(spec), "--output-dir", str(recordings)]) == 1
    assert f"not built: {listing.label} 200 has no example in the spec" in capsys.readouterr().err
    assert list(coverage.missing_recordings(document, recording_paths(recordings))) == [
        f"{NEW[0]} 200"
    ]


def test_orphans_are_named_as_deletable(
    recordings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An operation removed before release leaves its recordings behind; so does a status an
    operation no longer documents."""
    coverage.build_missing(ADDED.spec, recordings)  # the new operations' recordings
    document = copy.deepcopy(DOCUMENT)  # then the operations are removed again
    first = operations(document)[0]
    gone_status = max(first.statuses)
    del document["paths"][first.path][first.method]["responses"][str(gone_status)]
    spec = _spec_file(tmp_path, document)

    assert coverage.main(["--spec", str(spec), "--output-dir", str(recordings)]) == 1
    error = capsys.readouterr().err
    orphaned = coverage.orphans(document, recording_paths(recordings))
    expected = {path for path in recording_paths(recordings) if path.parent.name in NEW} | {
        path
        for path in recording_paths(recordings)
        if path.parent.name == first.operation_id and path.name.startswith(f"{gone_status}_")
    }
    assert set(orphaned) == expected
    for path in expected:
        assert f"{path}: an orphan (" in error
    assert error.count("; delete it") == len(expected)
    hint = coverage.missing_recordings_hint(spec, recordings)
    assert hint is not None
    assert f"{len(expected)} recordings answer nothing the spec documents" in hint


def test_the_hint_for_make_bump_names_what_is_missing_and_is_none_when_nothing_is(
    recordings: Path, tmp_path: Path
) -> None:
    assert coverage.missing_recordings_hint(SPEC, recordings) is None
    hint = coverage.missing_recordings_hint(_spec_file(tmp_path, ADDED.spec), recordings)
    assert hint is not None
    assert hint.startswith(f"{len(_new_responses(ADDED.spec))} documented responses have no")
    assert f"{NEW[0]} 200" in hint
    assert hint.endswith("run `make recordings` to build them from the spec's examples")


@pytest.mark.slow
def test_make_recordings_is_the_make_target(recordings: Path, tmp_path: Path) -> None:
    spec = _spec_file(tmp_path, ADDED.spec)
    result = run_make(SPEC.parent, "recordings", f"SPEC={spec}", f"RECORDINGS_DIR={recordings}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert coverage.missing_recordings(ADDED.spec, recording_paths(recordings)) == {}
