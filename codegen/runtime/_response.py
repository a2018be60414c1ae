"""What a detailed call returns: the status, headers and parsed body, and the rate-limit headers."""

from typing import Generic, TypeVar

import httpx
from attrs import define

from ._redact import redact


def _header_int(headers: httpx.Headers, name: str) -> int | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


@define(frozen=True)
class RateLimit:
    """The rate-limit headers of a response; a field is None when its header is absent or
    unreadable."""

    limit: int | None
    """Capacity of the bucket, in requests per minute (``X-RateLimit-Limit``)."""
    remaining: int | None
    """Requests left in the bucket (``X-RateLimit-Remaining``)."""
    reset: int | None
    """Unix time, in seconds, at which the bucket is full again (``X-RateLimit-Reset``)."""

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> "RateLimit | None":
        """The rate-limit headers of ``headers``; None when none of the three is readable."""
        limit = _header_int(headers, "x-ratelimit-limit")
        remaining = _header_int(headers, "x-ratelimit-remaining")
        reset = _header_int(headers, "x-ratelimit-reset")
        if limit is None and remaining is None and reset is None:
            return None
        return cls(limit=limit, remaining=remaining, reset=reset)


T = TypeVar("T")


@define(repr=False)
class Response(Generic[T]):
    """A response from an endpoint, whatever its status."""

    status_code: int
    """The HTTP status; a plain int so that statuses outside the IANA registry (such as 520)
    work."""
    content: bytes
    headers: httpx.Headers
    parsed: T | None
    """The body parsed into its documented model, or None when the status has no documented
    body or an error body is not in the documented shape (the raw bytes are in ``content``)."""

    @property
    def request_id(self) -> str | None:
        """The ``X-Request-Id`` header, to quote when contacting support."""
        request_id: str | None = self.headers.get("x-request-id")
        return request_id

    @property
    def rate_limit(self) -> RateLimit | None:
        """The ``X-RateLimit-*`` headers, parsed."""
        return RateLimit.from_headers(self.headers)

    def __repr__(self) -> str:
        # The bytes as a count, and the parsed model without keys: a body may echo one.
        return redact(
            f"Response(status_code={self.status_code}, request_id={self.request_id!r}, "
            f"content=<{len(self.content)} bytes>, parsed={self.parsed!r})"
        )
