"""Checks of what a caller passes to an operation, made before anything is sent."""

import re
import uuid
from enum import Enum
from typing import Any

from ._json import SchemaMismatch
from ._redact import redact
from .errors import InvalidArgumentError, InvalidArgumentTypeError

# The vendor stores at most this many characters of an Idempotency-Key.
MAX_IDEMPOTENCY_KEY_LENGTH = 255
# How much of a refused value a message shows.
_SHOWN_CHARS = 60


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


def _shown(value: str) -> str:
    """``value`` for a message: quoted, shortened, and never a key (which ``redact`` hides)."""
    shown = redact(repr(value))
    return shown if len(shown) <= _SHOWN_CHARS else shown[: _SHOWN_CHARS - 1] + "…"


def text(
    value: object,
    name: str,
    pattern: re.Pattern[str] | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
) -> None:
    """A path or query parameter's string against its schema's ``pattern`` and lengths."""
    if not isinstance(value, str):
        raise InvalidArgumentTypeError(f"{name}: expected a string, got {type(value).__name__}")
    if min_length is not None and len(value) < min_length:
        raise InvalidArgumentError(
            f"{name}: expected at least {min_length} characters, got {len(value)}"
        )
    if max_length is not None and len(value) > max_length:
        raise InvalidArgumentError(
            f"{name}: expected at most {max_length} characters, got {len(value)}"
        )
    if pattern is not None and pattern.search(value) is None:
        raise InvalidArgumentError(
            f"{name}: expected text matching {pattern.pattern}, got {_shown(value)}"
        )


def number(
    value: object,
    name: str,
    minimum: float | None = None,
    maximum: float | None = None,
    integer: bool = True,
) -> None:
    """A path or query parameter's number against its schema's ``minimum`` and ``maximum``."""
    allowed = (int,) if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, allowed):
        expected = "an integer" if integer else "a number"
        raise InvalidArgumentTypeError(f"{name}: expected {expected}, got {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise InvalidArgumentError(f"{name}: expected at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise InvalidArgumentError(f"{name}: expected at most {maximum}, got {value}")


def model_json(body: Any, accepted: tuple[type, ...]) -> Any:
    """The JSON of a request body, one of the ``accepted`` model classes, checked as a response
    body would be (``from_dict`` of its own ``to_dict``): what the server would refuse is refused
    here, before anything is sent."""
    if not isinstance(body, accepted):
        names = ", ".join(model.__name__ for model in accepted)
        raise InvalidArgumentTypeError(
            f"body: expected {'one of ' if len(accepted) > 1 else ''}{names}, "
            f"got {type(body).__name__}"
        )
    model: Any = body  # one of the generated models, which isinstance cannot name
    try:
        data = model.to_dict()
        type(model).from_dict(data)
    except InvalidArgumentError:
        raise
    except SchemaMismatch as exc:
        raise InvalidArgumentError(redact(f"body: {exc}")) from None
    except (ValueError, TypeError, AttributeError, KeyError) as exc:
        # to_dict itself failed: a field holds what its type cannot write (a dict for a model).
        raise InvalidArgumentError(
            redact(f"body: cannot be written as JSON ({type(exc).__name__}: {exc})")
        ) from None
    return data
