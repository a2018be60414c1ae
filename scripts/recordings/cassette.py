"""One recording: a VCR.py cassette holding one request and its response, plus provenance.

Recordings live in tests/fixtures/recordings/<operationId>/, one file per case, named
``<status>_<case>.yaml``. Each cassette's metadata says where it came from:

* ``recorded live on <date> from <base url>`` (`make record`), with ``recorded_on`` and
  ``base_url``;
* ``built from the spec's example`` (`make recording`), with the example it was built from;
* ``built from the vendor documentation``, with the page it follows (written by hand).

Reading and writing go through vcrpy's own serializer, so the files are exactly what vcrpy
writes and replays.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from vcr.request import Request as VcrRequest
from vcr.serialize import deserialize, serialize
from vcr.serializers import yamlserializer

from scripts.operations import Operation
from scripts.paths import RECORDINGS, SPEC
from scripts.spec import load

BUILT_FROM_DOCS = "built from the vendor documentation"
BUILT_FROM_EXAMPLE = "built from the spec's example"


def recorded_live(on: str, base_url: str) -> dict[str, str]:
    """The provenance of a live recording."""
    return {
        "source": f"recorded live on {on} from {base_url}",
        "recorded_on": on,
        "base_url": base_url,
    }


def spec_server(document: dict[str, Any]) -> str:
    return str(document["servers"][0]["url"]).rstrip("/")


@dataclass(frozen=True)
class Recording:
    """One request and its response, as a cassette holds them."""

    path: Path
    method: str
    uri: str
    request_body: bytes
    status: int
    headers: dict[str, list[str]]
    """Response headers; vcrpy records httpx's header names in lower case."""
    body: bytes
    provenance: dict[str, Any]
    server: str
    """The spec's server, where the request went unless the provenance names another."""

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def base_url(self) -> str:
        """The API root the request was sent to."""
        return str(self.provenance.get("base_url", self.server))

    @property
    def api_path(self) -> str:
        """The request's path below the API root, e.g. ``/accounts``."""
        return urlsplit(self.uri[len(self.base_url) :]).path

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
        return request_id_in(self.status, self.json)

    def operation(self, listed: Sequence[Operation]) -> tuple[Operation, dict[str, str]] | None:
        """The operation this request was for, among a spec's ``listed`` operations
        (``scripts.operations.operations``, read once for any number of recordings), and its
        path parameters."""
        if not self.uri.startswith(self.base_url):
            return None
        for operation in listed:
            match = operation.path_pattern().match(self.api_path)
            if operation.method == self.method.lower() and match:
                return operation, match.groupdict()
        return None


def request_id_in(status: int, body: Any) -> str | None:
    """Kirim's ``request_id`` in a body: at the top of a success, in ``error`` of an error."""
    if not isinstance(body, dict):
        return None
    holder = body.get("error", body) if status >= 400 else body
    value = holder.get("request_id") if isinstance(holder, dict) else None
    return value if isinstance(value, str) else None


def load_recording(path: Path, server: str | None = None) -> Recording:
    """Read a cassette; ``server`` is the spec's server (default: openapi.yaml's)."""
    loaded = deserialize(path.read_text(encoding="utf-8"), yamlserializer)
    requests, responses = loaded[0], loaded[1]
    metadata: dict[str, Any] = loaded[2] if len(loaded) > 2 else {}
    if len(requests) != 1:
        raise ValueError(f"{path.name}: holds {len(requests)} interactions, expected exactly one")
    request, response = requests[0], responses[0]
    body = request.body or b""
    return Recording(
        path=path,
        method=request.method,
        uri=request.uri,
        request_body=body.encode() if isinstance(body, str) else body,
        status=response["status"]["code"],
        headers=response["headers"],
        body=response["body"]["string"],
        provenance=metadata.get("provenance", {}),
        server=server if server is not None else _openapi_server(),
    )


def _openapi_server() -> str:
    stamp = SPEC.stat()
    return _server_of(SPEC, stamp.st_mtime_ns, stamp.st_size)


@cache
def _server_of(spec: Path, mtime_ns: int, size: int) -> str:
    """The spec's server, parsed once per version of the file (keyed on its stamp): every
    recording read asks for it, and parsing the whole spec for it took 30 ms a recording."""
    return spec_server(load(spec))


def recording_paths(root: Path = RECORDINGS) -> list[Path]:
    """Every recording under ``root``, one directory per operation."""
    return sorted(root.glob("*/*.yaml"))


def write(
    path: Path,
    request: VcrRequest,
    status: int,
    headers: dict[str, list[str]],
    body: bytes,
    provenance: dict[str, Any],
) -> Path:
    """Write a one-interaction cassette, as vcrpy would."""
    response = {
        "status": {"code": status, "message": HTTPStatus(status).phrase},
        "headers": headers,
        "body": {"string": body},
    }
    cassette = {
        "requests": [request],
        "responses": [response],
        "metadata": {"provenance": provenance},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(serialize(cassette, yamlserializer), encoding="utf-8")
    return path
