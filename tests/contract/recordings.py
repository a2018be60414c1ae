"""The committed recordings (tests/fixtures/recordings/<operationId>/) and the broken ones that
show the checks fail; see scripts/recordings/cassette.py for the format."""

from pathlib import Path

from scripts.paths import FIXTURES, RECORDINGS
from scripts.recordings.cassette import Recording, load_recording, recording_paths

BROKEN_RECORDINGS = FIXTURES / "broken_recordings"


def recording(name: str) -> Recording:
    """A committed recording by its path below the recordings folder, e.g.
    ``listAccounts/200_status_all.yaml``."""
    return load_recording(RECORDINGS / name)


def recording_id(path: Path) -> str:
    """A test id: ``listAccounts/200_status_all``."""
    return f"{path.parent.name}/{path.stem}"


def broken_recording_paths() -> list[Path]:
    return sorted(BROKEN_RECORDINGS.glob("*.yaml"))


__all__ = [
    "BROKEN_RECORDINGS",
    "Recording",
    "broken_recording_paths",
    "load_recording",
    "recording",
    "recording_id",
    "recording_paths",
]
