"""What a detailed call returns: the status, headers and body of the final response."""

import datetime
import time
from collections.abc import Callable
from typing import Generic, TypeVar, cast

import httpx
from attrs import define, field

from . import errors
from ._constants import REQUEST_ID_HEADER
from ._rate_limit import RateLimit
from ._redact import redact

T = TypeVar("T")


@define(repr=False)
class Response(Generic[T]):
    """The final response of a call, whatever its status.

    ``body`` is the documented success body, typed, or the error ``sync`` would raise;
    ``parsed`` is the same body without raising (None for an error status)."""

    status_code: int
    """The HTTP status; a plain int so that statuses outside the IANA registry (such as 520)
    work."""
    content: bytes
    """The body as received."""
    headers: httpx.Headers
    parsed: T | None
    """The success body in its documented model; None for an error status, for a status
    documented without a body (204) and for a success status the spec does not document."""
    elapsed: datetime.timedelta = field(default=datetime.timedelta(0), kw_only=True)
    """How long the final attempt took, from sending its request to the last byte of its body
    (``httpx.Response.elapsed``); waits and earlier attempts are not counted."""
    # Set by the operation for a success status the spec does not list: why ``body`` raises.
    _undocumented: str | None = field(default=None, kw_only=True, alias="undocumented", repr=False)
    # The clock that dates an HTTP-date Retry-After; the client's, so tests can fake it.
    _now: Callable[[], float] = field(
        default=time.time, kw_only=True, alias="now", repr=False, eq=False
    )

    @property
    def body(self) -> T:
        """The documented success body. Raises what ``sync`` raises: the ApiStatusError for an
        error status, ResponseValidationError for a success status the spec does not list."""
        error = self.error
        if error is not None:
            raise error
        if self._undocumented is not None:
            raise errors.ResponseValidationError(
                self._undocumented,
                status_code=self.status_code,
                headers=self.headers,
                body=self.content,
            )
        return cast(T, self.parsed)

    @property
    def error(self) -> errors.ApiStatusError | None:
        """For an error status (400 and above), the exception ``sync`` raises, not raised."""
        if self.status_code < 400:
            return None
        return errors.status_error(self.status_code, self.headers, self.content, self._now)

    @property
    def request_id(self) -> str | None:
        """The ``X-Request-Id`` header, to quote when contacting support."""
        request_id: str | None = self.headers.get(REQUEST_ID_HEADER)
        return request_id

    @property
    def rate_limit(self) -> RateLimit | None:
        """The ``X-RateLimit-*`` headers, parsed."""
        return RateLimit.from_headers(self.headers)

    @property
    def idempotent_replayed(self) -> bool | None:
        """``Idempotent-Replayed``: True when the server answered a repeated Idempotency-Key
        with the response it stored for the first request, False when it processed this one,
        None when the header is absent (reads and unkeyed requests)."""
        value = self.headers.get("idempotent-replayed")
        if value is None:
            return None
        return {"true": True, "false": False}.get(value.strip().lower())

    def __repr__(self) -> str:
        # The bytes as a count, and the parsed model without keys: a body may echo one.
        return redact(
            f"Response(status_code={self.status_code}, request_id={self.request_id!r}, "
            f"content=<{len(self.content)} bytes>, parsed={self.parsed!r})"
        )
