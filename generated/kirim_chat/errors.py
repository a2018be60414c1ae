"""Every exception the package raises. Catch KirimError to catch them all.

KirimError
├── InvalidArgumentError       a bad argument, caught before anything is sent (also ValueError)
│   └── InvalidArgumentTypeError   an argument of the wrong type (also TypeError)
├── ClientClosedError          a call on a client after close() (also RuntimeError)
├── ApiStatusError             a response with an error status (>= 400)
│   ├── InvalidRequestError    400, 422
│   ├── AuthenticationError    401
│   ├── PermissionDeniedError  403
│   ├── NotFoundError          404
│   ├── ConflictError          409
│   ├── RateLimitError         429
│   └── ApiServerError         every status >= 500
├── ApiConnectionError         no response at all (refused, reset, DNS)
│   └── ApiTimeoutError        an attempt, or the whole call, took too long
├── ResponseValidationError    a success status whose body does not match the spec
└── WebhookError               a webhook delivery that cannot be trusted or read
    ├── MalformedSignatureHeaderError   no X-Kirim-Signature, or not t=...,v1=...
    ├── InvalidSignatureError           no v1 signature matches a secret
    ├── SignatureExpiredError           signed outside the tolerance, in the past or the future
    └── MalformedPayloadError           signed, but not a JSON event of the documented shape

Every one pickles and copies with its attributes (so it crosses a ProcessPoolExecutor), and its
message never holds an API key: text the server sent is redacted, the raw ``body`` is not.
"""

import json
import time
from collections.abc import Callable
from typing import Any

import httpx

from ._constants import MAX_DESCRIBED_CHARS, REQUEST_ID_HEADER
from ._json import SchemaMismatch
from ._rate_limit import RateLimit
from ._redact import contains_key, redact
from ._retry import error_detail, parse_retry_after


def _rebuild(cls: type["KirimError"], args: tuple[Any, ...]) -> "KirimError":
    """Unpickling: the instance without running ``__init__`` (whose keyword-only arguments the
    default protocol cannot supply); the attributes follow through ``__setstate__``."""
    return cls.__new__(cls, *args)


class KirimError(Exception):
    """Base class of every exception raised by kirim_chat."""

    def __reduce__(self) -> tuple[Any, ...]:
        # BaseException's own reduce calls ``cls(*args)``, which the keyword-only constructors
        # refuse: pickling, copy and multiprocessing would fail with a TypeError.
        return (_rebuild, (type(self), self.args), self.__dict__)


class InvalidArgumentError(KirimError, ValueError):
    """An argument the package cannot use (a value outside an enum, a negative retry count, no
    timeout), raised before anything is sent. Also a ValueError, so that ``except ValueError``
    written against earlier versions keeps catching it."""


class InvalidArgumentTypeError(InvalidArgumentError, TypeError):
    """An argument of the wrong type, or an unknown option. Also a TypeError."""


class ClientClosedError(KirimError, RuntimeError):
    """A call on a client that was closed (``close()``, ``aclose()`` or the end of its ``with``
    block). Also a RuntimeError, which is what httpx raised before."""


class ApiStatusError(KirimError):
    """The API answered with an error status.

    The fields of the error envelope are None when the body is empty, not JSON, or not the
    envelope (for example an HTML page from a proxy); ``body`` always holds the raw bytes.
    """

    status_code: int
    type: str | None
    """Broad category, e.g. ``authentication_error``."""
    code: str | None
    """Stable identifier to branch on, e.g. ``expired_api_key``."""
    message: str | None
    """Human-readable explanation; its wording may change."""
    param: str | None
    """The request field at fault, when there is one."""
    request_id: str | None
    """The ``X-Request-Id`` header, else the body's ``request_id``."""
    headers: httpx.Headers
    body: bytes

    def __init__(self, *, status_code: int, headers: httpx.Headers, body: bytes) -> None:
        self.status_code = status_code
        self.headers = headers
        self.body = body
        detail = error_detail(body)
        # The envelope's text as the server sent it, but without keys: a 401 may quote the key.
        self.type = _str_field(detail, "type")
        self.code = _str_field(detail, "code")
        self.message = _str_field(detail, "message")
        self.param = _str_field(detail, "param")
        header_request_id = headers.get(REQUEST_ID_HEADER)
        self.request_id = (
            redact(header_request_id) if header_request_id else _str_field(detail, "request_id")
        )
        super().__init__(self._describe(detail is not None))

    @property
    def rate_limit(self) -> RateLimit | None:
        """The ``X-RateLimit-*`` headers of the error response, parsed."""
        return RateLimit.from_headers(self.headers)

    def _describe(self, has_envelope: bool) -> str:
        if has_envelope:
            kind = "/".join(part for part in (self.type, self.code) if part) or "error"
            text = f"{self.status_code} {kind}"
            if self.message:
                text += f": {_shorten(self.message)}"
            if self.param:
                text += f" (param: {_shorten(self.param)})"
        else:
            content_type = redact(self.headers.get("content-type", "no content type"))
            text = (
                f"{self.status_code} error without the JSON error envelope "
                f"({_shorten(content_type)}, {len(self.body)} bytes)"
            )
        if self.request_id:
            text += f" [request_id: {_shorten(self.request_id)}]"
        return text


class InvalidRequestError(ApiStatusError):
    """400 or 422: the request was malformed or failed validation."""


class AuthenticationError(ApiStatusError):
    """401: the API key is missing, malformed, revoked or expired."""


class PermissionDeniedError(ApiStatusError):
    """403: the key is valid but may not do this."""


class NotFoundError(ApiStatusError):
    """404: the resource does not exist."""


class ConflictError(ApiStatusError):
    """409: the request conflicts with the current state of a resource."""


class RateLimitError(ApiStatusError):
    """429: too many requests. ``retry_after`` is the wait the server asked for, in seconds."""

    retry_after: float | None

    def __init__(
        self,
        *,
        status_code: int,
        headers: httpx.Headers,
        body: bytes,
        now: Callable[[], float] | None = None,
    ) -> None:
        self.retry_after = parse_retry_after(headers, now or time.time)
        super().__init__(status_code=status_code, headers=headers, body=body)

    def _describe(self, has_envelope: bool) -> str:
        text = super()._describe(has_envelope)
        return text if self.retry_after is None else f"{text} (retry after {self.retry_after:g}s)"


class ApiServerError(ApiStatusError):
    """A status of 500 or above, including ones outside the IANA registry such as 520."""


class ApiConnectionError(KirimError):
    """No response arrived: the connection was refused or reset, DNS failed, and so on."""


class ApiTimeoutError(ApiConnectionError):
    """The request timed out (connect, read, write or pool)."""


class ResponseValidationError(KirimError):
    """A success status whose body does not match the spec: malformed JSON, a missing
    required field, a wrong type or const. ``reason`` says what was wrong."""

    status_code: int
    headers: httpx.Headers
    body: bytes
    reason: str

    def __init__(
        self, reason: str, *, status_code: int, headers: httpx.Headers, body: bytes
    ) -> None:
        self.reason = redact(reason)
        self.status_code = status_code
        self.headers = headers
        self.body = body
        request_id = headers.get(REQUEST_ID_HEADER)
        suffix = f" [request_id: {_shorten(redact(request_id))}]" if request_id else ""
        super().__init__(f"{status_code} response does not match the spec: {self.reason}{suffix}")


class WebhookError(KirimError):
    """A webhook delivery that must not be processed: answer it with a 4xx status. The message
    says why; it never holds a secret."""


class MalformedSignatureHeaderError(WebhookError):
    """The delivery has no ``X-Kirim-Signature`` header, or one not of the form
    ``t=<unix seconds>,v1=<hex>[,v1=<hex>...]``."""


class InvalidSignatureError(WebhookError):
    """No ``v1`` signature of the delivery matches any of the secrets: it was not signed by
    Kirim with a secret you hold, or its body is not the bytes Kirim sent."""


class SignatureExpiredError(WebhookError):
    """The delivery was signed further from now than the tolerance allows, in the past (a
    replay of an old delivery, or a slow clock) or the future (a fast clock)."""

    timestamp: int
    """When the delivery was signed, in Unix seconds."""
    age: float
    """Seconds from signing to now; negative when the timestamp is in the future."""
    tolerance: float

    def __init__(self, *, timestamp: int, age: float, tolerance: float) -> None:
        self.timestamp = timestamp
        self.age = age
        self.tolerance = tolerance
        when = f"{age:.0f}s ago" if age >= 0 else f"{-age:.0f}s in the future"
        super().__init__(
            f"the delivery was signed {when} (t={timestamp}), outside the tolerance of "
            f"{tolerance:g}s: a replayed delivery, or a clock that is off"
        )


class MalformedPayloadError(WebhookError):
    """The delivery is correctly signed but is not a JSON event of the documented shape."""


_CLASS_BY_STATUS: dict[int, type[ApiStatusError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: InvalidRequestError,
}


def status_error(
    status_code: int,
    headers: httpx.Headers,
    body: bytes,
    now: Callable[[], float] | None = None,
) -> ApiStatusError:
    """The exception for an error response, chosen by status code alone."""
    if status_code == 429:
        return RateLimitError(status_code=status_code, headers=headers, body=body, now=now)
    if status_code >= 500:
        return ApiServerError(status_code=status_code, headers=headers, body=body)
    error_class = _CLASS_BY_STATUS.get(status_code, ApiStatusError)
    return error_class(status_code=status_code, headers=headers, body=body)


def invalid_body(response: httpx.Response, exc: BaseException) -> ResponseValidationError:
    """The exception for a success response whose body could not be parsed into its model."""
    if isinstance(exc, json.JSONDecodeError):
        reason = (
            "the body is empty" if not response.content else f"the body is not JSON ({exc.msg})"
        )
    elif isinstance(exc, UnicodeDecodeError):
        reason = "the body is not UTF-8 text"
    elif isinstance(exc, SchemaMismatch):
        reason = str(exc)
    else:
        reason = f"{type(exc).__name__}: {exc}"
    _scrub_chain(exc)
    return ResponseValidationError(
        reason, status_code=response.status_code, headers=response.headers, body=response.content
    )


def connection_error(
    request: httpx.Request, exc: httpx.RequestError, note: str = ""
) -> ApiConnectionError:
    """The exception for a request that got no response; ``note`` says more, when there is more
    to say (``total_timeout=2s reached``)."""
    # The URL without its query: the message must not carry anything but the target.
    target = redact(f"{request.method} {request.url.copy_with(query=None)}")
    detail = _shorten(redact(str(exc)))
    _scrub_chain(exc)
    if isinstance(exc, httpx.TimeoutException):
        text = f"Request timed out ({type(exc).__name__}): {target}"
        text = f"{text}: {detail}" if detail else text
        return ApiTimeoutError(f"{text} ({note})" if note else text)
    return ApiConnectionError(f"Connection failed: {target}: {detail or type(exc).__name__}")


def _scrub_chain(exc: BaseException) -> None:
    """Redact the messages of ``exc`` and of the exceptions it chains to: they become our error's
    ``__cause__``, and a traceback (``logger.exception``) prints them too. A mismatch quotes the
    value it found; httpx and h11 may quote a URL or a header."""
    seen: set[int] = set()  # a chain may loop back on itself; each link is scrubbed once
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if any(isinstance(arg, str) and contains_key(arg) for arg in current.args):
            current.args = tuple(
                redact(arg) if isinstance(arg, str) else arg for arg in current.args
            )
        current = current.__cause__ or current.__context__


def _str_field(detail: dict[str, object] | None, key: str) -> str | None:
    if detail is None:
        return None
    value = detail.get(key)
    return redact(value) if isinstance(value, str) else None


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_DESCRIBED_CHARS else text[: MAX_DESCRIBED_CHARS - 1] + "…"


__all__ = [
    "ApiConnectionError",
    "ApiServerError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "ClientClosedError",
    "ConflictError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "InvalidRequestError",
    "InvalidSignatureError",
    "KirimError",
    "MalformedPayloadError",
    "MalformedSignatureHeaderError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "SignatureExpiredError",
    "WebhookError",
]
