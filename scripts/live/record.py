"""`make record`: re-record every live-recordable response of every operation of openapi.yaml
into tests/fixtures/recordings/<operationId>/.

Which responses can be provoked on demand, per operation (nothing is listed by hand):

* the success status: once per value of each query parameter with an ``enum`` (one recording
  per listing, say), else once with the required arguments only;
* 400, when documented and the operation has such a parameter: a value outside its enum;
* 401, when documented: a well-formed key that no account owns, and, when
  KIRIM_EXPIRED_API_KEY holds one, an expired key.

Only operations that read (GET) are called, unless ``--writes`` is given: a write changes the
account the key belongs to. Statuses that cannot be provoked (429, 500) come from the spec's
example instead (`make recording`, scripts/recordings/from_example.py).

It needs KIRIM_API_KEY. Each request goes through the generated client, so the recordings show
what the client really sends and receives. The keys are scrubbed before anything is written:
credential headers are dropped (whatever the case of their name) and the keys themselves, any
key-shaped string and any webhook signing secret (``whsec_...``, which creating a webhook
subscription returns) are replaced, in headers, URIs and bodies.
"""

import argparse
import os
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import vcr

import kirim_chat
from kirim_chat._constants import API_KEY_ENV
from kirim_chat._redact import KEY_SHAPE
from scripts.check.secrets import CREDENTIAL_HEADERS, WEBHOOK_SECRET
from scripts.live import INVALID_KEY
from scripts.operations import Operation, call_arguments, callable_live, enum_values
from scripts.paths import RECORDINGS, SPEC
from scripts.recordings.cassette import recorded_live
from scripts.spec import load

EXPIRED_KEY_ENV = "KIRIM_EXPIRED_API_KEY"
# Sent where a parameter only takes the values of its enum: the API must answer 400.
OUT_OF_ENUM = "bogus"
REDACTED = "[redacted]"


@dataclass(frozen=True)
class Target:
    """One recording: the operation, the status it must answer with, and how to provoke it."""

    operation: Operation
    status: int
    case: str
    """``status_all``, ``invalid_status``, ``invalid_key``...: the file name's second part."""
    query: dict[str, str] = field(default_factory=dict)
    """Query values to send on top of the required arguments (typed when they fit)."""
    key: str = "live"
    """Which key to send: ``live``, ``invalid`` or ``expired``."""

    @property
    def file_name(self) -> str:
        return f"{self.status}_{self.case}.yaml"

    @property
    def name(self) -> str:
        return f"{self.operation.operation_id}/{self.file_name}"


def targets(
    document: dict[str, Any],
    *,
    writes: bool = False,
    expired_key: bool = False,
    only: Iterable[str] = (),
) -> list[Target]:
    """Every live-recordable response of every operation (of the reading ones unless
    ``writes``; of the operations named in ``only`` if any), in the spec's order."""
    found = []
    for operation in callable_live(document, writes=writes, only=only):
        closed = [
            (parameter["name"], values)
            for parameter in operation.query_parameters()
            if (values := enum_values(document, parameter))
        ]
        success = operation.success_status
        if success is not None:
            if closed:
                found += [
                    Target(operation, success, f"{name}_{value}", {name: value})
                    for name, values in closed
                    for value in values
                ]
            else:
                found.append(Target(operation, success, "default"))
        if 400 in operation.statuses and closed:
            name = closed[0][0]
            found.append(Target(operation, 400, f"invalid_{name}", {name: OUT_OF_ENUM}))
        if 401 in operation.statuses:
            found.append(Target(operation, 401, "invalid_key", key="invalid"))
            if expired_key:
                found.append(Target(operation, 401, "expired_key", key="expired"))
    return found


def recordable(document: dict[str, Any], operation_id: str, status: int) -> bool:
    """Whether `make record` can record that response (with --writes for a write)."""
    return any(
        target.operation.operation_id == operation_id and target.status == status
        for target in targets(document, writes=True)
    )


class Scrubber:
    """vcrpy's before_record_request / before_record_response hooks that remove credentials.

    Credential headers of requests are dropped by vcrpy's own ``filter_headers`` (see
    ``recorder``); vcrpy has no such filter for responses, and none for a secret inside a
    value, a URI or a body, which is what this class adds."""

    def __init__(self, secrets: Iterable[str]) -> None:
        self._secrets = sorted({secret for secret in secrets if secret}, key=len, reverse=True)

    def text(self, value: str) -> str:
        for secret in self._secrets:
            value = value.replace(secret, REDACTED)
        return WEBHOOK_SECRET.sub(REDACTED, KEY_SHAPE.sub(REDACTED, value))

    def body(self, value: bytes | str | None) -> bytes | str | None:
        if isinstance(value, bytes):
            # Latin-1 maps every byte to one character and back, so binary bodies survive.
            return self.text(value.decode("latin-1")).encode("latin-1")
        return self.text(value) if isinstance(value, str) else value

    def request(self, request: Any) -> Any:
        request.headers = {name: self.text(value) for name, value in request.headers.items()}
        request.uri = self.text(request.uri)
        request.body = self.body(request.body)
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        headers = {
            name: [self.text(value) for value in values]
            for name, values in response["headers"].items()
            if name.lower() not in CREDENTIAL_HEADERS
        }
        body = self.body(response["body"]["string"])
        for name in headers:
            if name.lower() == "content-length" and isinstance(body, bytes):
                headers[name] = [str(len(body))]  # the scrubbed body may be shorter
        response["headers"], response["body"]["string"] = headers, body
        return response


def recorder(scrubber: Scrubber) -> vcr.VCR:
    return vcr.VCR(
        record_mode="all",
        decode_compressed_response=True,  # a gzipped body could be neither read nor scrubbed
        filter_headers=sorted(CREDENTIAL_HEADERS),  # case-insensitive: vcrpy's HeadersDict
        before_record_request=scrubber.request,
        before_record_response=scrubber.response,
    )


class UnexpectedStatus(Exception):
    """The API answered with another status than the recording is meant to show."""


def record(
    target: Target,
    *,
    document: dict[str, Any],
    package: ModuleType,
    token: str,
    base_url: str | None,
    output_dir: Path,
    scrubber: Scrubber,
    today: date,
) -> Path:
    """Send the target's request and write the scrubbed interaction to
    ``output_dir/<operationId>/``."""
    module = target.operation.module(package)
    arguments, raw_query = call_arguments(document, target.operation, module, target.query)
    client = package.AuthenticatedClient(
        base_url=base_url,
        token=token,
        max_retries=0,
        httpx_args={"params": raw_query} if raw_query else {},
    )
    folder = output_dir / target.operation.operation_id
    folder.mkdir(parents=True, exist_ok=True)
    # Record into a fresh file, then move it into place: recording over the existing cassette
    # would keep its old provenance and any interaction the new request does not match, and a
    # failed request would leave a half-written file.
    with tempfile.TemporaryDirectory(dir=folder, prefix=".recording-") as scratch:
        fresh = Path(scratch) / target.file_name
        with client, recorder(scrubber).use_cassette(str(fresh)) as cassette:
            cassette.get_metadata("provenance", recorded_live(today.isoformat(), client.base_url))
            response = module.sync_detailed(client=client, **arguments)
        if response.status_code != target.status:
            code = (response.error.code if response.error is not None else None) or ""
            raise UnexpectedStatus(
                f"expected {target.status}, got {response.status_code} {code}".rstrip()
                + "; not written"
            )
        destination = folder / target.file_name
        os.replace(fresh, destination)
    return destination


def record_all(
    document: dict[str, Any],
    package: ModuleType,
    *,
    keys: dict[str, str],
    base_url: str | None,
    output_dir: Path,
    today: date,
    writes: bool = False,
    only: Iterable[str] = (),
) -> bool:
    """Record every target; False if any failed (each failure is printed)."""
    scrubber = Scrubber(keys.values())
    failed = False
    for target in targets(document, writes=writes, expired_key="expired" in keys, only=only):
        try:
            path = record(
                target,
                document=document,
                package=package,
                token=keys[target.key],
                base_url=base_url,
                output_dir=output_dir,
                scrubber=scrubber,
                today=today,
            )
        except (UnexpectedStatus, package.errors.KirimError) as problem:
            print(f"{target.name}: {problem}", file=sys.stderr)
            failed = True
            continue
        print(f"recorded {path}")
    return not failed


def main(
    argv: list[str] | None = None, today: date | None = None, package: ModuleType = kirim_chat
) -> int:
    """``package`` is the one generated from ``--spec`` (tests pass a scratch spec's)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--base-url", help="API root to record from (default: $KIRIM_BASE_URL, else the spec's)"
    )
    parser.add_argument("--output-dir", type=Path, default=RECORDINGS)
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument(
        "--writes", action="store_true", help="also call the operations that change data"
    )
    parser.add_argument(
        "--operation", action="append", default=[], help="only this operationId (repeatable)"
    )
    args = parser.parse_args(argv)
    key = os.environ.get(API_KEY_ENV, "").strip()
    if not key:
        print(
            f"make record needs a live API key in {API_KEY_ENV}; nothing recorded", file=sys.stderr
        )
        return 1
    keys = {"live": key, "invalid": INVALID_KEY}
    expired_key = os.environ.get(EXPIRED_KEY_ENV, "").strip()
    if expired_key:
        keys["expired"] = expired_key
    else:
        print(f"no 401 with an expired key: set {EXPIRED_KEY_ENV} to record one", file=sys.stderr)
    ok = record_all(
        load(args.spec),
        package,
        keys=keys,
        base_url=args.base_url,
        output_dir=args.output_dir,
        today=today or datetime.now(UTC).date(),
        writes=args.writes,
        only=args.operation,
    )
    if ok:
        print("Review the recordings before committing them: they show your real accounts.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
