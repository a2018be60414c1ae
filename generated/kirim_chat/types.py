"""Shared types: the detailed Response, rate-limit headers, and the JSON shape checks models use."""

import email.utils
import math
from collections.abc import Callable, Mapping
from enum import Enum
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar, cast

import httpx
from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


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
    """The rate-limit headers of a response; a field is None when its header is absent or unreadable."""

    limit: int | None
    """Capacity of the bucket, in requests per minute (``X-RateLimit-Limit``)."""
    remaining: int | None
    """Requests left in the bucket (``X-RateLimit-Remaining``)."""
    reset: int | None
    """Unix time, in seconds, at which the bucket is full again (``X-RateLimit-Reset``)."""

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> "RateLimit | None":
        limit = _header_int(headers, "x-ratelimit-limit")
        remaining = _header_int(headers, "x-ratelimit-remaining")
        reset = _header_int(headers, "x-ratelimit-reset")
        if limit is None and remaining is None and reset is None:
            return None
        return cls(limit=limit, remaining=remaining, reset=reset)


def parse_retry_after(headers: httpx.Headers, now: Callable[[], float]) -> float | None:
    """Seconds to wait according to ``Retry-After`` (delta-seconds or an HTTP date), else None."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - now()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint, whatever its status."""

    status_code: int
    """The HTTP status; a plain int so that statuses outside the IANA registry (such as 520) work."""
    content: bytes
    headers: httpx.Headers
    parsed: T | None
    """The body parsed into its documented model, or None when the status has no documented body
    or an error body is not in the documented shape (the raw bytes are in ``content``)."""

    @property
    def request_id(self) -> str | None:
        """The ``X-Request-Id`` header, to quote when contacting support."""
        request_id: str | None = self.headers.get("x-request-id")
        return request_id

    @property
    def rate_limit(self) -> RateLimit | None:
        """The ``X-RateLimit-*`` headers, parsed."""
        return RateLimit.from_headers(self.headers)


# ---------------------------------------------------------------------------------------------
# JSON shape checks. Generated models call these in from_dict so that a body which breaks the
# spec's `required` or `type` constraints fails with a message naming the model and field,
# instead of being accepted with the wrong types or failing with a bare KeyError.
# ---------------------------------------------------------------------------------------------


class SchemaMismatch(ValueError):
    """A JSON value does not have the shape the spec describes."""


# What parsing a body can raise: JSONDecodeError and UnicodeDecodeError are ValueErrors, as are
# SchemaMismatch and a failed const or closed-enum check; RecursionError for absurd nesting.
PARSE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, RecursionError)


_JSON_TYPE_NAMES: dict[type, str] = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}

# The Python types json.loads produces for each JSON type: the fast path compares exact types.
_EXACT_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "string": (str,),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "null": (type(None),),
}

# The slow path, for values that did not come from json.loads (subclasses, other mappings).
_SCALAR_CHECKS: dict[str, Callable[[object], bool]] = {
    "any": lambda value: True,
    "object": lambda value: isinstance(value, Mapping),
    "string": lambda value: isinstance(value, str),
    "boolean": lambda value: isinstance(value, bool),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": lambda value: isinstance(value, int | float) and not isinstance(value, bool),
    "null": lambda value: value is None,
}


def _json_type_name(value: object) -> str:
    for python_type, name in _JSON_TYPE_NAMES.items():
        if isinstance(value, python_type):
            return name
    return type(value).__name__


def _split_top_level(spec: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in enumerate(spec):
        if char == "<":
            depth += 1
        elif char == ">":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(spec[start:index])
            start = index + 1
    parts.append(spec[start:])
    return list(dict.fromkeys(parts))


class _JsonCheck:
    """A compiled spec such as ``"string|null"`` or ``"array<object>"``."""

    __slots__ = ("accepts", "exact", "expected", "items")

    def __init__(self, spec: str) -> None:
        parts = _split_top_level(spec)
        self.expected = " or ".join(parts)
        self.items: _JsonCheck | None = None  # of the array alternative, to name a bad item
        exact: set[type] = set()
        alternatives: list[Callable[[object], bool]] = []
        for part in parts:
            if part.startswith("array<") and part.endswith(">"):
                self.items = _check_for(part[len("array<") : -1])
                alternatives.append(_array_of(self.items))
            else:
                exact.update(_EXACT_TYPES.get(part, ()))
                alternatives.append(_SCALAR_CHECKS[part])
        if "any" in parts:
            alternatives = [_SCALAR_CHECKS["any"]]
        self.exact = frozenset(exact)
        self.accepts = alternatives[0] if len(alternatives) == 1 else _any_of(alternatives)

    def matches(self, value: object) -> bool:
        return type(value) in self.exact or self.accepts(value)

    def mismatch(self, where: str, value: object) -> str:
        """What is wrong with ``value``, naming the first bad item of an array."""
        if self.items is not None and isinstance(value, list):
            for index, item in enumerate(value):
                if not self.items.matches(item):
                    return self.items.mismatch(f"{where}[{index}]", item)
        return f"{where}: expected {self.expected}, got {_json_type_name(value)}"


def _any_of(checks: list[Callable[[object], bool]]) -> Callable[[object], bool]:
    return lambda value: any(check(value) for check in checks)


def _array_of(items: "_JsonCheck") -> Callable[[object], bool]:
    return lambda value: isinstance(value, list) and all(items.matches(item) for item in value)


_CHECKS: dict[str, _JsonCheck] = {}


def _check_for(spec: str) -> _JsonCheck:
    check = _CHECKS.get(spec)
    if check is None:
        check = _CHECKS[spec] = _JsonCheck(spec)
    return check


E = TypeVar("E", bound=Enum)
_ENUM_MEMBERS: dict[type[Enum], dict[object, Enum]] = {}


def open_enum(enum_class: type[E], value: str) -> E | str:
    """The member for a known value, else the value itself: an open set never rejects."""
    members = _ENUM_MEMBERS.get(enum_class)
    if members is None:
        members = _ENUM_MEMBERS[enum_class] = {member.value: member for member in enum_class}
    return cast(E | str, members.get(value, value))


def json_object(value: object, model: str) -> dict[str, Any]:
    """A mutable copy of ``value`` if it is a JSON object, else SchemaMismatch."""
    if type(value) is dict or isinstance(value, Mapping):
        return dict(value)
    raise SchemaMismatch(f"{model}: expected object, got {_json_type_name(value)}")


def pop_required(d: dict[str, Any], model: str, key: str, spec: str) -> Any:
    """Remove and return a required field, checking its JSON type."""
    try:
        value = d.pop(key)
    except KeyError:
        raise SchemaMismatch(f"{model}: missing required field {key!r}") from None
    check = _CHECKS.get(spec) or _check_for(spec)
    if type(value) in check.exact or check.accepts(value):
        return value
    raise SchemaMismatch(check.mismatch(f"{model}.{key}", value))


def pop_optional(d: dict[str, Any], model: str, key: str, spec: str) -> Any:
    """Remove and return an optional field (UNSET when absent), checking its JSON type."""
    if key not in d:
        return UNSET
    return pop_required(d, model, key, spec)


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RateLimit",
    "RequestFiles",
    "Response",
    "SchemaMismatch",
    "Unset",
]
