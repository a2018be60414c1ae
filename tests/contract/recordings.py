"""The recorded responses, read with vcrpy's own cassette loader (one interaction per file)."""

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from vcr.serialize import deserialize
from vcr.serializers import yamlserializer

from scripts.paths import FIXTURES, RECORDINGS, SPEC
from scripts.spec import load

BROKEN_RECORDINGS = FIXTURES / "broken_recordings"
SPEC_SERVER: str = load(SPEC)["servers"][0]["url"]
BUILT = "built from the vendor documentation"


@dataclass(frozen=True)
class Recording:
    """One request and its response, as a cassette holds them."""

    path: Path
    method: str
    uri: str
    status: int
    headers: dict[str, list[str]]
    """Response headers; vcrpy records httpx's header names in lower case."""
    body: bytes
    provenance: dict[str, Any]

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def base_url(self) -> str:
        """The API root the request was sent to: the spec's server unless recorded elsewhere."""
        return str(self.provenance.get("base_url", SPEC_SERVER))

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.uri).query))

    def header(self, name: str) -> str | None:
        """The first value of a response header, whatever the case of its recorded name."""
        for recorded, values in self.headers.items():
            if recorded.lower() == name.lower() and values:
                return values[0]
        return None

    @cached_property
    def json(self) -> Any:
        return json.loads(self.body)

    def body_request_id(self) -> str | None:
        """``request_id`` of a success body, or of the error object of an error body."""
        document = self.json
        if not isinstance(document, dict):
            return None
        holder = document.get("error", document) if self.status >= 400 else document
        value = holder.get("request_id") if isinstance(holder, dict) else None
        return value if isinstance(value, str) else None


def load_recording(path: Path) -> Recording:
    loaded = deserialize(path.read_text(encoding="utf-8"), yamlserializer)
    requests, responses = loaded[0], loaded[1]
    metadata: dict[str, Any] = loaded[2] if len(loaded) > 2 else {}
    if len(requests) != 1:
        raise ValueError(f"{path.name}: holds {len(requests)} interactions, expected exactly one")
    request, response = requests[0], responses[0]
    return Recording(
        path=path,
        method=request.method,
        uri=request.uri,
        status=response["status"]["code"],
        headers=response["headers"],
        body=response["body"]["string"],
        provenance=metadata.get("provenance", {}),
    )


def recording_paths() -> list[Path]:
    return sorted(RECORDINGS.glob("*.yaml"))


def broken_recording_paths() -> list[Path]:
    return sorted(BROKEN_RECORDINGS.glob("*.yaml"))


def recording(name: str) -> Recording:
    return load_recording(RECORDINGS / name)
