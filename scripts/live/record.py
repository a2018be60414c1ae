"""Re-record the live-recordable responses of GET /v1/accounts into tests/fixtures/recordings/.

`make record` runs this. It needs KIRIM_API_KEY; the 401 recording also needs an expired key in
KIRIM_EXPIRED_API_KEY and is skipped without one. Each request goes through the generated client,
so the recordings show what the client really sends and receives. The keys are scrubbed before
anything is written: credential headers are dropped (whatever the case of their name) and both the
keys themselves and any key-shaped string are replaced, in headers, URIs and bodies.

The 429 and 500 recordings, and the vendor's published example, cannot be provoked on demand and
are built from the documentation; this script never touches them.
"""

import argparse
import os
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import vcr

from kirim_chat import AuthenticatedClient, KirimError
from kirim_chat._constants import API_KEY_ENV
from kirim_chat._redact import KEY_SHAPE
from kirim_chat.api.accounts import list_accounts
from kirim_chat.models import AccountStatusFilter, ErrorEnvelope
from scripts.check.secrets import CREDENTIAL_HEADERS
from scripts.paths import RECORDINGS

EXPIRED_KEY_ENV = "KIRIM_EXPIRED_API_KEY"
REDACTED = "[redacted]"


@dataclass(frozen=True)
class Target:
    """One recording: the file it goes to and the request that produces it."""

    file_name: str
    status_filter: str | None
    """The `status` query value; None sends none. A value outside the enum is sent anyway."""
    expected_status: int
    expired_key: bool = False


TARGETS = (
    Target("200_connected.yaml", "connected", 200),
    Target("200_all.yaml", "all", 200),
    Target("400_invalid_status.yaml", "bogus", 400),
    Target("401_expired_key.yaml", None, 401, expired_key=True),
)


class Scrubber:
    """vcrpy's before_record_request / before_record_response hooks that remove credentials."""

    def __init__(self, secrets: Iterable[str]) -> None:
        self._secrets = sorted({secret for secret in secrets if secret}, key=len, reverse=True)

    def text(self, value: str) -> str:
        for secret in self._secrets:
            value = value.replace(secret, REDACTED)
        return KEY_SHAPE.sub(REDACTED, value)

    def body(self, value: bytes | str | None) -> bytes | str | None:
        if isinstance(value, bytes):
            # Latin-1 maps every byte to one character and back, so binary bodies survive.
            return self.text(value.decode("latin-1")).encode("latin-1")
        return self.text(value) if isinstance(value, str) else value

    def request(self, request: Any) -> Any:
        request.headers = {
            name: self.text(value)
            for name, value in request.headers.items()
            if name.lower() not in CREDENTIAL_HEADERS
        }
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


class UnexpectedStatus(Exception):
    """The API answered with another status than the recording is meant to show."""


def record(
    target: Target,
    *,
    token: str,
    base_url: str | None,
    output_dir: Path,
    scrubber: Scrubber,
    today: date,
) -> Path:
    """Send the target's request and write the scrubbed interaction to ``output_dir``."""
    kwargs: dict[str, Any] = {}
    httpx_args: dict[str, Any] = {}
    if target.status_filter in {member.value for member in AccountStatusFilter}:
        kwargs["status"] = AccountStatusFilter(target.status_filter)
    elif target.status_filter is not None:
        # The typed parameter refuses values outside the enum; the server's answer to one is
        # what we want to record, so it goes in as a client-level query parameter.
        httpx_args["params"] = {"status": target.status_filter}
    client = AuthenticatedClient(
        base_url=base_url, token=token, max_retries=0, httpx_args=httpx_args
    )
    provenance = {
        "source": f"recorded live on {today.isoformat()} from {client.base_url}",
        "recorded_on": today.isoformat(),
        "base_url": client.base_url,
    }
    recorder = vcr.VCR(
        record_mode="all",
        decode_compressed_response=True,  # a gzipped body could be neither read nor scrubbed
        before_record_request=scrubber.request,
        before_record_response=scrubber.response,
    )
    output_dir.mkdir(parents=True, exist_ok=True)
    # Record into a fresh file, then move it into place: recording over the existing cassette
    # would keep its old provenance and any interaction the new request does not match, and a
    # failed request would leave a half-written file.
    with tempfile.TemporaryDirectory(dir=output_dir, prefix=".recording-") as scratch:
        fresh = Path(scratch) / target.file_name
        with client, recorder.use_cassette(str(fresh)) as cassette:
            cassette.get_metadata("provenance", provenance)
            response = list_accounts.sync_detailed(client=client, **kwargs)
        if response.status_code != target.expected_status:
            code = response.parsed.error.code if isinstance(response.parsed, ErrorEnvelope) else ""
            raise UnexpectedStatus(
                f"expected {target.expected_status}, got {response.status_code} {code}".rstrip()
                + "; not written"
            )
        destination = output_dir / target.file_name
        os.replace(fresh, destination)
    return destination


def main(argv: list[str] | None = None, today: date | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--base-url", help="API root to record from (default: $KIRIM_BASE_URL, else the spec's)"
    )
    parser.add_argument("--output-dir", type=Path, default=RECORDINGS)
    args = parser.parse_args(argv)
    key = os.environ.get(API_KEY_ENV, "").strip()
    if not key:
        print(
            f"make record needs a live API key in {API_KEY_ENV}; nothing recorded", file=sys.stderr
        )
        return 1
    expired_key = os.environ.get(EXPIRED_KEY_ENV, "").strip()
    scrubber = Scrubber([key, expired_key])
    today = today or datetime.now(UTC).date()
    failed = False
    for target in TARGETS:
        if target.expired_key and not expired_key:
            print(
                f"skipped {target.file_name}: set {EXPIRED_KEY_ENV} to an expired key to record it",
                file=sys.stderr,
            )
            continue
        try:
            path = record(
                target,
                token=expired_key if target.expired_key else key,
                base_url=args.base_url,
                output_dir=args.output_dir,
                scrubber=scrubber,
                today=today,
            )
        except (UnexpectedStatus, KirimError) as problem:
            print(f"{target.file_name}: {problem}", file=sys.stderr)
            failed = True
            continue
        print(f"recorded {path}")
    if not failed:
        print("Review the recordings before committing them: they show your real accounts.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
