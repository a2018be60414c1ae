"""Checks of what a caller passes to an operation, made before anything is sent."""

import uuid
from enum import Enum
from typing import Any

from .errors import InvalidArgumentError

# The vendor stores at most this many characters of an Idempotency-Key.
MAX_IDEMPOTENCY_KEY_LENGTH = 255


def enum_value(enum_class: type[Enum], value: object, name: str) -> Any:
    """The JSON value of ``value``, a member of ``enum_class`` or one of its plain values."""
    try:
        return enum_class(value).value
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum_class)
        raise InvalidArgumentError(f"{name}: expected one of {allowed}, got {value!r}") from None


def idempotency_key(value: str | None) -> str:
    """The caller's key, checked, or a new random one (UUIDv4) when the caller passed none.

    The key is made once per call, when its request is built, so every retry of that call sends
    the same key and the server can answer a repeat with the first answer instead of acting
    twice."""
    if value is None:
        return str(uuid.uuid4())
    if not isinstance(value, str):
        raise InvalidArgumentError(
            f"idempotency_key: expected a string, got {type(value).__name__}"
        )
    if not value or len(value) > MAX_IDEMPOTENCY_KEY_LENGTH:
        raise InvalidArgumentError(
            f"idempotency_key: expected 1 to {MAX_IDEMPOTENCY_KEY_LENGTH} characters, "
            f"got {len(value)}"
        )
    return value
