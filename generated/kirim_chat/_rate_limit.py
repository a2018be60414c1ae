"""The rate-limit headers every 2xx and 4xx response carries, parsed."""

import httpx
from attrs import define


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
