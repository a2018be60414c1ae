"""Check a recorded response against openapi.yaml: status, headers and body, with openapi-core.

openapi-core finds the operation from the request (its host must match a `servers` entry) and
checks the response's status, media type, body schema and the headers the spec declares. A
recording made against another base URL (`make record --base-url`) is mapped onto the spec's
server, so the same path is checked. On top of the spec's schemas, one documented rule that JSON
Schema cannot express is checked here: `X-Request-Id` equals the body's `request_id`.
"""

from functools import cache
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.response.exceptions import (
    HeaderValidationError,
    InvalidData,
    MissingRequiredHeader,
)

from scripts.paths import SPEC
from scripts.recordings.cassette import Recording


@cache
def _openapi(spec: Path) -> OpenAPI:
    return OpenAPI.from_file_path(str(spec))


def problems(recording: Recording, spec: Path = SPEC) -> list[str]:
    """One line per way the recorded response breaks the spec; empty when it conforms."""
    if not recording.uri.startswith(recording.base_url):
        return [f"{recording.name}: request URI {recording.uri} is not under {recording.base_url}"]
    on_spec_server = urlsplit(recording.server + recording.uri[len(recording.base_url) :])
    request = MockRequest(
        f"{on_spec_server.scheme}://{on_spec_server.netloc}",
        recording.method,
        on_spec_server.path,
        args=dict(parse_qsl(on_spec_server.query)),
    )
    response = MockResponse(
        recording.body,
        status_code=recording.status,
        headers={name: values[0] for name, values in recording.headers.items() if values},
        content_type=recording.header("content-type") or "",
    )
    found = [
        line
        for error in _openapi(spec).iter_response_errors(request, response)
        for line in _describe(error)
    ]
    found += _request_id_mismatch(recording)
    return [f"{recording.name}: {line}" for line in found]


def _describe(error: Exception) -> list[str]:
    """openapi-core's errors, each reduced to where the problem is and what it is."""
    schema_errors = getattr(error.__cause__, "schema_errors", None)
    if isinstance(error, InvalidData) and schema_errors:
        return [f"response body at {e.json_path}: {e.message}" for e in schema_errors]
    if isinstance(error, MissingRequiredHeader):
        return [f"response header {error.name}: missing, the spec requires it"]
    if isinstance(error, HeaderValidationError):
        if schema_errors:
            return [f"response header {error.name}: {e.message}" for e in schema_errors]
        return [f"response header {error.name}: {error.__cause__ or type(error).__name__}"]
    return [f"{type(error).__name__}: {error}"]


def _request_id_mismatch(recording: Recording) -> list[str]:
    header = recording.header("x-request-id")
    try:
        in_body = recording.body_request_id()
    except ValueError:
        return []  # not JSON: openapi-core has reported the body already
    if header is None or in_body is None or header == in_body:
        return []
    return [
        f"response header X-Request-Id {header!r} differs from the body's request_id {in_body!r}"
    ]
