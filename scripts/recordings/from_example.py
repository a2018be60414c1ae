"""`make recording OPERATION=<operationId> STATUS=<status> [EXAMPLE=<name>]`: build a recording
of one documented response from the spec's own example, for a response that cannot be recorded
live (a 429, a 500, a write you would rather not make, an operation the API does not serve yet).

The request is the one the generated client sends with the operation's required arguments (the
spec's examples of its parameters and request body); the response is the documented status with
the example as its body and each documented header at its example value (``X-Request-Id`` set
to the body's ``request_id``, as the spec requires). The provenance says it was built from the
spec's example and names it; replace it with a live recording (`make record`) when you can.
"""

import argparse
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from vcr.request import Request as VcrRequest

from kirim_chat._constants import REQUEST_ID_HEADER
from scripts.operations import JSON, Operation, example_of, find_operation, request_body_of
from scripts.paths import RECORDINGS, SPEC
from scripts.recordings.cassette import BUILT_FROM_EXAMPLE, request_id_in, spec_server, write
from scripts.spec import deref, load


class NoExample(LookupError):
    """The response has no example to build a recording from."""


def _examples(document: dict[str, Any], media: dict[str, Any]) -> dict[str, Any]:
    """The named examples of a media type; a lone ``example`` is named ``example``."""
    found = {}
    for name, example in (media.get("examples") or {}).items():
        example, _ = deref(document, example)
        if isinstance(example, dict) and "value" in example:
            found[str(name)] = example["value"]
    if "example" in media:
        found.setdefault("example", media["example"])
    return found


def _media(operation: Operation, status: int) -> dict[str, Any] | None:
    response = operation.responses.get(str(status)) or {}
    media = (response.get("content") or {}).get(JSON)
    return media if isinstance(media, dict) else None


def example_names(document: dict[str, Any], operation: Operation, status: int) -> list[str]:
    """The names of the examples a recording of that response can be built from."""
    media = _media(operation, status)
    return [] if media is None else list(_examples(document, media))


def has_example(document: dict[str, Any], operation: Operation, status: int) -> bool:
    """Whether `make recording` can build that response: an example, or no body at all."""
    return _media(operation, status) is None or bool(example_names(document, operation, status))


def file_name(status: int, example: str) -> str:
    return f"{status}_example_{example}.yaml"


def _request(document: dict[str, Any], operation: Operation) -> VcrRequest:
    path = operation.path
    query = {}
    for parameter in operation.parameters:
        value = example_of(document, parameter)
        if parameter["in"] == "path":
            path = path.replace("{" + parameter["name"] + "}", quote(str(value), safe=""))
        elif parameter["in"] == "query" and parameter.get("required"):
            query[parameter["name"]] = _text(value)
    uri = spec_server(document) + path + (f"?{urlencode(query)}" if query else "")
    headers = {"accept": "*/*"}
    body = request_body_of(document, operation)
    if body is None:
        return VcrRequest(operation.method.upper(), uri, "", headers)
    headers["content-type"] = JSON
    return VcrRequest(operation.method.upper(), uri, _json(body), headers)


def _text(value: Any) -> str:
    """A header or query value as it goes on the wire."""
    return json.dumps(value) if isinstance(value, bool) else str(value)


def _json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def build(
    document: dict[str, Any],
    operation_id: str,
    status: int,
    example: str | None = None,
    output_dir: Path = RECORDINGS,
) -> Path:
    """Write the recording of ``operation_id``'s ``status`` response with its ``example`` (the
    first one by default) to ``output_dir/<operationId>/``; its path."""
    operation = find_operation(document, operation_id)
    response = operation.responses.get(str(status))
    if response is None:
        raise LookupError(
            f"{operation.label} documents no {status} response; it documents "
            + ", ".join(operation.responses)
        )
    media = _media(operation, status)
    body: bytes = b""
    headers: dict[str, list[str]] = {}
    name = "empty"
    if media is not None:
        examples = _examples(document, media)
        if not examples:
            raise NoExample(f"{operation.label} {status} has no example in the spec: add one")
        name = example if example is not None else next(iter(examples))
        if name not in examples:
            raise NoExample(
                f"{operation.label} {status} has no example {name!r}; it has "
                + ", ".join(repr(known) for known in examples)
            )
        body = _json(examples[name])
        headers["content-type"] = [JSON]
    request_id = request_id_in(status, json.loads(body) if body else None)
    for header_name, header in (response.get("headers") or {}).items():
        header, _ = deref(document, header)
        value = _text(example_of(document, header))
        if header_name.lower() == REQUEST_ID_HEADER and request_id is not None:
            value = request_id
        headers[header_name.lower()] = [value]
    provenance = {
        "source": BUILT_FROM_EXAMPLE,
        "reference": f"openapi.yaml: {operation.label}, response {status}, example {name!r}",
    }
    path = output_dir / operation.operation_id / file_name(status, name)
    return write(path, _request(document, operation), status, headers, body, provenance)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("operation", help="the operationId, e.g. listAccounts")
    parser.add_argument("status", type=int, help="a documented status, e.g. 429")
    parser.add_argument("--example", help="the example's name (default: the first)")
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--output-dir", type=Path, default=RECORDINGS)
    args = parser.parse_args(argv)
    try:
        path = build(load(args.spec), args.operation, args.status, args.example, args.output_dir)
    except LookupError as problem:
        print(f"make recording: {problem}", file=sys.stderr)
        return 1
    print(f"wrote {path} ({BUILT_FROM_EXAMPLE}); `make test` checks it against the spec")
    return 0


if __name__ == "__main__":
    sys.exit(main())
