"""The recording files themselves: vcrpy's own format, honest provenance, no credentials."""

import re
from pathlib import Path

import pytest
import vcr
from vcr.serialize import deserialize, serialize
from vcr.serializers import yamlserializer

from scripts.check.secrets import findings
from scripts.recordings.cassette import BUILT_FROM_DOCS, BUILT_FROM_EXAMPLE
from tests.contract.recordings import (
    broken_recording_paths,
    load_recording,
    recording_id,
    recording_paths,
)

RECORDED_LIVE = re.compile(r"recorded live on (\d{4}-\d{2}-\d{2}) from (https?://\S+)")
ALL_FILES = recording_paths() + broken_recording_paths()


@pytest.mark.parametrize("path", ALL_FILES, ids=recording_id)
def test_file_is_exactly_what_vcrpy_writes(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    requests, responses, metadata = deserialize(text, yamlserializer)
    cassette = {"requests": requests, "responses": responses, "metadata": metadata}
    assert serialize(cassette, yamlserializer) == text


@pytest.mark.parametrize("path", recording_paths(), ids=recording_id)
def test_provenance_says_built_or_recorded_live(path: Path) -> None:
    recorded = load_recording(path)
    provenance = recorded.provenance
    source = provenance.get("source")
    if source in {BUILT_FROM_DOCS, BUILT_FROM_EXAMPLE}:
        # A built recording names what it follows, and claims no live origin.
        assert provenance.get("reference"), "name the page, or the spec's example, it follows"
        assert not {"recorded_on", "base_url"} & provenance.keys()
        assert recorded.uri.startswith(recorded.server + "/")
    else:
        match = RECORDED_LIVE.fullmatch(str(source))
        assert match, (
            f"source must be {BUILT_FROM_DOCS!r}, {BUILT_FROM_EXAMPLE!r} or "
            "'recorded live on <date> from <base url>'"
        )
        assert (provenance["recorded_on"], provenance["base_url"]) == match.groups()


def test_vcrpy_reads_the_provenance_as_cassette_metadata() -> None:
    path = recording_paths()[0]
    cassette = vcr.cassette.Cassette.load(path=str(path), record_mode="none")
    assert cassette.get_metadata("provenance", None) == load_recording(path).provenance


def test_no_file_holds_a_secret() -> None:
    # The check of `make secret-scan` (tests/tooling/test_secret_scan.py shows what it finds).
    assert findings(ALL_FILES) == []
