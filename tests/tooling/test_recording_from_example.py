"""`make recording`: a recording built from the spec's example, for any documented response that
has one, conforms to the spec, replays through the client and says where it came from."""

from pathlib import Path

import pytest

from scripts.operations import Operation, operations
from scripts.paths import SPEC
from scripts.recordings import from_example
from scripts.recordings.cassette import BUILT_FROM_EXAMPLE, load_recording
from scripts.spec import load
from tests.contract.replay import replay_for, replaying
from tests.contract.spec_contract import problems
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
