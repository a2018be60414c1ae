"""What the generated models' ``from_dict`` calls when a JSON value is not what the spec says.

The checks themselves are written into each model by codegen/templates/model.py.jinja, one per
field, for that field's JSON types; nothing here parses a description of a type at run time.
These helpers only build the error, on the failure path, so that a body that breaks the spec
fails with a message naming the model, the field and the array index.
"""

import datetime
from collections.abc import Mapping
from typing import Any, SupportsIndex

_JSON_TYPE_NAMES: tuple[tuple[type, str], ...] = (
    (bool, "boolean"),  # before int: a bool is an int to isinstance
    (dict, "object"),
    (list, "array"),
    (str, "string"),
    (int, "integer"),
    (float, "number"),
    (type(None), "null"),
)


class SchemaMismatch(ValueError):
    """A JSON value does not have the shape the spec describes. A ValueError, so that code
    written against the generator's plain models (which raise ValueError) keeps working."""


# What parsing a body can raise: JSONDecodeError and UnicodeDecodeError are ValueErrors, as is
# SchemaMismatch; RecursionError for absurd nesting. A body of the documented shape raises none.
PARSE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, RecursionError)


def json_type_name(value: object) -> str:
    """The JSON name of a value's type (``integer``, ``object``...), else its Python name."""
    for python_type, name in _JSON_TYPE_NAMES:
        if isinstance(value, python_type):
            return name
    return type(value).__name__


def json_object(value: object, model: str) -> Mapping[str, Any]:
    """``value`` if it is a JSON object, else SchemaMismatch naming the model."""
    if isinstance(value, Mapping):
        return value
    raise SchemaMismatch(f"{model}: expected object, got {json_type_name(value)}")


def missing(model: str, key: str) -> SchemaMismatch:
    return SchemaMismatch(f"{model}: missing required field {key!r}")


def wrong_type(where: str, expected: str, value: object) -> SchemaMismatch:
    """``where`` is ``Model.field`` or ``Model.field[index]``; ``expected`` is in words."""
    return SchemaMismatch(f"{where}: expected {expected}, got {json_type_name(value)}")


def wrong_value(where: str, expected: str, value: object) -> SchemaMismatch:
    """A value of the right type outside what the spec allows (a const, a closed enum, a date)."""
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:59] + "…"
    return SchemaMismatch(f"{where}: expected {expected}, got {shown}")


def within(where: str, exc: SchemaMismatch) -> SchemaMismatch:
    """A nested model's mismatch, located in its parent: ``List.data[3]: Item.size: ...``."""
    return SchemaMismatch(f"{where}: {exc}")


def index_of(items: list[Any], item: object) -> int:
    """The position of this very object in ``items`` (not of an equal one: ``1 == True``)."""
    return next(index for index, candidate in enumerate(items) if candidate is item)


class ReceivedDateTime(datetime.datetime):
    """A date-time read from JSON: a datetime that also keeps the text it was read from, so that
    ``to_dict()`` writes back exactly what was received (``Z`` or ``z`` rather than ``+00:00``,
    every fractional digit, the offset as written). It compares, hashes and computes as the
    datetime it is; what is derived from it (arithmetic, ``replace``, ``astimezone``) is a new
    value without the text, written as ``isoformat()`` gives it."""

    __slots__ = ("_text",)
    _text: str

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        # datetime's own reduction drops the text, and copy and deepcopy go through it too.
        text: str | None = getattr(self, "_text", None)
        if text is None:
            return super().__reduce_ex__(protocol)
        return (_received_datetime, (text,))


def _received_datetime(text: str) -> ReceivedDateTime:
    """Unpickling: the same text read again."""
    return parse_datetime(text, "ReceivedDateTime")


def datetime_text(value: datetime.datetime) -> str:
    """The JSON form of a date-time: its text as received, else RFC 3339 (``isoformat()``). A
    naive datetime has no RFC 3339 form: InvalidArgumentError, before anything is sent."""
    text: str | None = getattr(value, "_text", None)
    if text is not None:
        return text
    if value.utcoffset() is None:
        # Imported here: errors imports this module.
        from .errors import InvalidArgumentError

        raise InvalidArgumentError(
            f"a date-time needs a time zone to be sent (RFC 3339), got the naive {value!r}"
        )
    return value.isoformat()


def parse_datetime(value: str, where: str) -> ReceivedDateTime:
    """An RFC 3339 date-time (``Z`` or an offset, any fractional seconds) as an aware datetime
    that remembers ``value``."""
    try:
        # fromisoformat takes "Z" and offsets from Python 3.11 on; RFC 3339 also allows "t"/"z".
        # It keeps 6 fractional digits of any number; the text keeps them all.
        parsed = ReceivedDateTime.fromisoformat(value.upper())
    except ValueError:
        raise wrong_value(where, "an RFC 3339 date-time", value) from None
    if parsed.tzinfo is None:
        raise wrong_value(where, "an RFC 3339 date-time with a time zone", value)
    # fromisoformat also takes forms RFC 3339 does not: week dates ("2026-W01-1T..."), which
    # read as another day, and the basic format without separators ("20260101T000000Z").
    # Seconds are required too ("2026-01-02T03:04Z" is not RFC 3339). One character at a time:
    # slicing and joining them took a third of the parse.
    if not (
        len(value) > 16
        and value[4] == "-"
        and value[7] == "-"
        and value[10] in "Tt "
        and value[13] == ":"
        and value[16] == ":"
    ):
        raise wrong_value(where, "an RFC 3339 date-time", value)
    parsed._text = value
    return parsed
