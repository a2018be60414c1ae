"""`make recordings`: which documented responses have no recording, built from the spec's
examples; and which recordings answer nothing the spec documents any more (orphans), named to
be deleted.

The contract tests fail on both (one test per missing response, one per orphan), with the same
messages; `make bump` prints ``missing_recordings_hint()`` after a change to the spec. A
response the spec gives no example of cannot be built: the message says to add one. A live
recording (`make record`) can replace a built one at any time.
"""

import argparse
import sys
from pathlib import Path
from typing import Any

from scripts.live.record import recordable
from scripts.operations import Operation, operations
from scripts.paths import RECORDINGS, ROOT, SPEC
from scripts.recordings.cassette import load_recording, recording_paths, spec_server
from scripts.recordings.from_example import NoExample, build, has_example
from scripts.spec import load


def _shown(path: Path) -> Path:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def _recorded(document: dict[str, Any], paths: list[Path]) -> dict[Path, tuple[str, int] | None]:
    """Each recording's (operationId, status), or None when its request is no operation."""
    server, listed = spec_server(document), operations(document)
    found: dict[Path, tuple[str, int] | None] = {}
    for path in paths:
        recording = load_recording(path, server)
        match = recording.operation(listed)
        found[path] = None if match is None else (match[0].operation_id, recording.status)
    return found


def missing_recordings(
    document: dict[str, Any], paths: list[Path], folder: Path = RECORDINGS
) -> dict[str, str]:
    """``"<operationId> <status>"`` -> how to add it, for each documented response of each
    operation that none of the recordings at ``paths`` answers."""
    seen = set(_recorded(document, paths).values())
    missing = {}
    for operation in operations(document):
        for status in operation.statuses:
            if (operation.operation_id, status) not in seen:
                missing[f"{operation.operation_id} {status}"] = _how_to_add(
                    document, operation, status, folder
                )
    return missing


def _how_to_add(document: dict[str, Any], operation: Operation, status: int, folder: Path) -> str:
    how = (
        "build one from the spec's example with "
        f"`make recording OPERATION={operation.operation_id} STATUS={status}`"
    )
    if not has_example(document, operation, status):
        how = f"add an example of that response to the spec, then {how}"
    if recordable(document, operation.operation_id, status):
        writes = "" if operation.reads_only else " WRITES=1"
        how = f"record it live with `make record{writes}` (needs KIRIM_API_KEY), or {how}"
    where = _shown(folder / operation.operation_id)
    return f"no recording of {operation.label} answering {status} in {where}/: {how}"


def orphans(document: dict[str, Any], paths: list[Path]) -> dict[Path, str]:
    """Each recording of a request that is no operation of the spec, or of a status its
    operation no longer documents, with why it can be deleted."""
    by_id = {operation.operation_id: operation for operation in operations(document)}
    found = {}
    for path, recorded in _recorded(document, paths).items():
        if recorded is None:
            recording = load_recording(path, spec_server(document))
            why = f"{recording.method} {recording.api_path} is no operation of the spec"
        elif recorded[1] not in by_id[recorded[0]].statuses:
            why = f"{by_id[recorded[0]].label} no longer documents {recorded[1]}"
        else:
            continue
        found[path] = f"{_shown(path)}: an orphan ({why}); delete it"
    return found


def missing_recordings_hint(spec: Path = SPEC, folder: Path = RECORDINGS) -> str | None:
    """What `make bump` prints when the spec and the recordings disagree; None when they agree."""
    document, paths = load(spec), recording_paths(folder)
    missing, orphaned = missing_recordings(document, paths, folder), orphans(document, paths)
    lines = []
    if missing:
        lines.append(
            f"{len(missing)} documented responses have no recording ({', '.join(missing)}): "
            "run `make recordings` to build them from the spec's examples"
        )
    if orphaned:
        lines.append(
            f"{len(orphaned)} recordings answer nothing the spec documents: "
            f"{', '.join(str(_shown(path)) for path in orphaned)}; delete them"
        )
    return "\n".join(lines) or None


def build_missing(
    document: dict[str, Any], folder: Path = RECORDINGS
) -> tuple[list[Path], dict[str, str]]:
    """Build every missing recording that the spec's examples allow; the files written, and
    the responses left without one with the reason."""
    built, left = [], {}
    for key in missing_recordings(document, recording_paths(folder), folder):
        operation_id, status = key.rsplit(" ", 1)
        try:
            built.append(build(document, operation_id, int(status), output_dir=folder))
        except NoExample as reason:
            left[key] = f"{reason} (an example in the spec, then `make recordings` again)"
    return built, left


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--output-dir", type=Path, default=RECORDINGS)
    args = parser.parse_args(argv)
    document = load(args.spec)
    built, left = build_missing(document, args.output_dir)
    for path in built:
        print(f"built {_shown(path)} from the spec's example")
    for reason in left.values():
        print(f"not built: {reason}", file=sys.stderr)
    orphaned = orphans(document, recording_paths(args.output_dir))
    for line in orphaned.values():
        print(line, file=sys.stderr)
    if not built and not left and not orphaned:
        print(f"make recordings: every documented response of {args.spec} has a recording")
    return 1 if left or orphaned else 0


if __name__ == "__main__":
    sys.exit(main())
