"""Kirim's webhook signatures: checking a delivery's ``X-Kirim-Signature`` against its raw body,
and writing one for a test delivery.

The header is ``t=<unix seconds>,v1=<hex>[,v1=<hex>...]``. Each ``v1`` is the hex HMAC-SHA256 of
the bytes ``<t>.<raw body>``, keyed with one of the subscription's active secrets: during a
secret rotation Kirim signs with every active secret, so a delivery carries several ``v1`` and
passes when any of them matches any secret the receiver holds.

Written here rather than taken from a library: the scheme is Kirim's own (Stripe's and Standard
Webhooks' differ in header names and in what is signed), and the standard library's ``hmac``
does the cryptography, with ``hmac.compare_digest`` for a comparison in constant time. Pure
computation: no I/O and no shared state, so it is safe from any thread or event loop.
"""

import hashlib
import hmac
import re
import time
from collections.abc import Iterable, Mapping

from .errors import (
    InvalidArgumentError,
    InvalidArgumentTypeError,
    InvalidSignatureError,
    MalformedSignatureHeaderError,
    SignatureExpiredError,
)

SIGNATURE_HEADER = "X-Kirim-Signature"
# The vendor rejects deliveries signed more than five minutes from now, either way.
DEFAULT_TOLERANCE = 300
SCHEME = "v1"

_TIMESTAMP = re.compile(r"[0-9]{1,15}")
_HEX_SHA256 = re.compile(r"[0-9a-fA-F]{64}")
# Where a framework parsed the body, the bytes it serialises again differ from those signed.
_RAW_BODY_HINT = (
    "Kirim signs the raw bytes it sent; pass the request body exactly as received (Flask: "
    "request.get_data(), FastAPI/Starlette: await request.body(), Django: request.body), not a "
    "body parsed and serialised again, whose spacing, key order or escaping differ"
)


def signature_header(headers: Mapping[str, str] | str | None) -> str:
    """The ``X-Kirim-Signature`` value: ``headers`` is the header itself, or the request's
    headers (found whatever the case of the name)."""
    if isinstance(headers, str):
        return headers
    if headers is None:
        raise MalformedSignatureHeaderError(f"no {SIGNATURE_HEADER} header was given")
    value = header_value(headers, SIGNATURE_HEADER)
    if value is None:
        raise MalformedSignatureHeaderError(
            f"the delivery has no {SIGNATURE_HEADER} header: Kirim signs every delivery, so an "
            "unsigned one did not come from Kirim"
        )
    return value


def header_value(headers: Mapping[str, str], name: str) -> str | None:
    """The value of header ``name`` in a request's headers, whatever the case of either; None
    when it is absent. Any mapping works: a dict, Starlette's, Django's ``request.headers``."""
    if not isinstance(headers, Mapping):
        raise InvalidArgumentTypeError(
            f"headers must be the request's headers (a mapping) or the {SIGNATURE_HEADER} "
            f"value (a str), got {type(headers).__name__}"
        )
    wanted = name.lower()
    for key, value in headers.items():
        if isinstance(key, str) and key.lower() == wanted:
            return value
    return None


def parse_header(value: str) -> tuple[int, list[str]]:
    """The timestamp and the ``v1`` signatures (lower-case hex) of a header value.

    Items are separated by commas, with optional spaces around them (as HTTP allows in lists);
    schemes other than ``v1`` are ignored, so that a new scheme can be added beside it.
    """
    if not isinstance(value, str):
        raise InvalidArgumentTypeError(
            f"the {SIGNATURE_HEADER} value must be a str, got {type(value).__name__}"
        )
    if not value.strip():
        raise MalformedSignatureHeaderError(f"the {SIGNATURE_HEADER} header is empty")
    timestamps: list[str] = []
    signatures: list[str] = []
    # Values are described, never quoted: a secret passed by mistake as the header must not
    # end up in an exception message or a log line.
    for position, item in enumerate(value.split(","), start=1):
        key, equals, text = item.strip().partition("=")
        if not equals or not key or key != key.strip() or text != text.strip():
            raise MalformedSignatureHeaderError(
                f"{SIGNATURE_HEADER} item {position} is not of the form key=value without "
                "spaces (expected t=<unix seconds>,v1=<hex>[,v1=<hex>...])"
            )
        if key == "t":
            timestamps.append(text)
        elif key == SCHEME:
            if not _HEX_SHA256.fullmatch(text):
                raise MalformedSignatureHeaderError(
                    f"{SIGNATURE_HEADER} item {position} (v1) is not a SHA-256 HMAC in hex: "
                    f"expected 64 hexadecimal characters, got {len(text)} characters"
                )
            signatures.append(text.lower())
    if len(timestamps) != 1:
        found = "no" if not timestamps else f"{len(timestamps)}"
        raise MalformedSignatureHeaderError(
            f"{SIGNATURE_HEADER} has {found} t= item; exactly one is expected"
        )
    if not _TIMESTAMP.fullmatch(timestamps[0]):
        raise MalformedSignatureHeaderError(
            f"{SIGNATURE_HEADER} t= must be Unix seconds, digits only (got "
            f"{len(timestamps[0])} characters that are not)"
        )
    if not signatures:
        raise MalformedSignatureHeaderError(
            f"{SIGNATURE_HEADER} has no v1= signature, the only scheme this package knows"
        )
    return int(timestamps[0]), signatures


def verify_signature(
    body: bytes | bytearray | memoryview | str,
    headers: Mapping[str, str] | str | None,
    secrets: str | Iterable[str],
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> int:
    """Check that ``body`` was signed by Kirim with one of ``secrets`` within ``tolerance``
    seconds of ``now`` (default: the current time), either way; 0 turns the time check off.
    Returns the signing time (Unix seconds).

    Raises MalformedSignatureHeaderError, InvalidSignatureError or SignatureExpiredError (all
    WebhookError); InvalidArgumentError for a mistake in the arguments themselves.
    """
    raw = _raw(body)
    keys = checked_secrets(secrets)
    limit = _tolerance(tolerance)
    timestamp, received = parse_header(signature_header(headers))
    expected = [_digest(key, timestamp, raw) for key in keys]
    # Every pair is compared, in constant time each: which secret matched is not revealed by
    # how long the comparison took.
    matched = False
    for candidate in expected:
        for signature in received:
            matched |= hmac.compare_digest(candidate, signature.encode())
    if not matched:
        raise InvalidSignatureError(
            f"no v1 signature of the delivery matches any of the {len(keys)} secret(s) given. "
            + _RAW_BODY_HINT
        )
    if limit:
        current = time.time() if now is None else now
        age = current - timestamp
        if abs(age) > limit:
            raise SignatureExpiredError(timestamp=timestamp, age=age, tolerance=limit)
    return timestamp


def sign(
    body: bytes | bytearray | memoryview | str,
    secret: str | Iterable[str],
    timestamp: int | None = None,
) -> str:
    """An ``X-Kirim-Signature`` value for ``body``, as Kirim would send it: signed at
    ``timestamp`` (Unix seconds; default now) with ``secret``, or with each of several secrets
    (one ``v1`` apiece, as during a rotation). For testing your own webhook endpoint."""
    raw = _raw(body)
    keys = checked_secrets(secret)
    if timestamp is None:
        timestamp = int(time.time())
    elif isinstance(timestamp, bool) or not isinstance(timestamp, int) or timestamp < 0:
        raise InvalidArgumentError(
            f"timestamp must be Unix seconds, an int >= 0, got {timestamp!r}"
        )
    signatures = (_digest(key, timestamp, raw).decode() for key in keys)
    return ",".join([f"t={timestamp}", *(f"v1={signature}" for signature in signatures)])


def _digest(secret: str, timestamp: int, raw: bytes | memoryview) -> bytes:
    """The hex HMAC-SHA256 of ``<timestamp>.<raw>``, fed in pieces: the body, which may be
    megabytes, is hashed where it lies rather than copied behind the prefix."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode(), hashlib.sha256)
    digest.update(raw)
    return digest.hexdigest().encode()


def _raw(body: object) -> bytes | memoryview:
    if isinstance(body, bytes):
        return body
    if isinstance(body, bytearray | memoryview):
        return memoryview(body)
    if isinstance(body, str):
        return body.encode()  # the body as text, decoded from the UTF-8 Kirim sends
    raise InvalidArgumentTypeError(
        f"body must be the raw request body (bytes), got {type(body).__name__}. " + _RAW_BODY_HINT
    )


def checked_secrets(secrets: object) -> list[str]:
    """The signing secrets, checked; the values are never shown."""
    keys = [secrets] if isinstance(secrets, str) else secrets
    if not isinstance(keys, Iterable):
        raise InvalidArgumentTypeError(
            f"secrets must be a str or a list of str, got {type(secrets).__name__}"
        )
    checked = list(keys)
    for position, key in enumerate(checked):
        if not isinstance(key, str):
            raise InvalidArgumentTypeError(
                f"secret #{position + 1} must be a str, got {type(key).__name__}"
            )
        if not key.strip():
            raise InvalidArgumentError(f"secret #{position + 1} is empty")
    if not checked:
        raise InvalidArgumentError(
            "no secret given: pass the subscription's active signing secret(s) (whsec_...)"
        )
    return checked


def _tolerance(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidArgumentTypeError(
            f"tolerance must be a number of seconds, got {type(value).__name__}"
        )
    if not value >= 0:  # NaN fails this too
        raise InvalidArgumentError(f"tolerance must be 0 (no time check) or more, got {value!r}")
    return float(value)
