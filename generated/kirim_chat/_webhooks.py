"""Reading a verified webhook delivery's body as the event it is: the machinery behind
``kirim_chat.webhooks``, which is generated from the spec's ``webhooks`` and hands this module
the model of each event.

A delivery's event is known from its ``X-Kirim-Event`` header when the caller gives the headers,
else from the body: each event's model fixes some top-level field to a constant (``type`` in
Kirim's envelope, ``object`` in Meta's notification), and a body with those values is that
event. A body of a known event must match its model, or the delivery is refused
(MalformedPayloadError naming the field); any other JSON object is an UnknownEvent, kept whole,
so that an event Kirim adds before this package describes it is never an error.

Pure computation, like _signing: no I/O and no shared state.
"""

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, Self, TypeVar

from attrs import define, field

from ._json import PARSE_ERRORS, SchemaMismatch, json_type_name
from ._signing import DEFAULT_TOLERANCE, checked_secrets, header_value, verify_signature
from .errors import MalformedPayloadError

EVENT_HEADER = "X-Kirim-Event"


class EventModel(Protocol):
    """What the generated models of event bodies offer."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


E = TypeVar("E", bound=EventModel)

Recogniser = tuple[type[E], Sequence[tuple[str, object]]]
"""A model and the top-level fields, with their values, that make a body one of its events."""


@define
class UnknownEvent:
    """An event this version of the package does not describe, kept whole: read it by key
    (``event["data"]``), or all of it with ``to_dict()``. Upgrading the package may give it a
    model of its own."""

    body: dict[str, Any]
    """The body as received, parsed."""
    event_name: str | None = field(default=None, kw_only=True)
    """The delivery's ``X-Kirim-Event`` header, when the headers were given."""

    @property
    def type_(self) -> str | None:
        """The event's name: the body's ``type`` (Kirim's envelope), else the
        ``X-Kirim-Event`` header; None when neither says."""
        name = self.body.get("type")
        return name if isinstance(name, str) else self.event_name

    @property
    def id(self) -> str | None:
        """The body's ``id`` (``evt_...`` in Kirim's envelope); None when it has none."""
        value = self.body.get("id")
        return value if isinstance(value, str) else None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.body)

    def __getitem__(self, key: str) -> Any:
        return self.body[key]

    def __contains__(self, key: str) -> bool:
        return key in self.body


def verify(
    body: bytes | bytearray | memoryview | str,
    headers: Mapping[str, str] | str | None,
    secrets: str | Iterable[str],
    *,
    events: Mapping[str, type[E]],
    recognisers: Sequence[Recogniser[E]],
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> E | UnknownEvent:
    """Check the delivery's signature (_signing.verify_signature), then read its body."""
    keys = checked_secrets(secrets)
    verify_signature(body, headers, keys, tolerance=tolerance, now=now)
    event_name = None if headers is None or isinstance(headers, str) else _event_name(headers)
    try:
        return parse(body, event_name, events=events, recognisers=recognisers)
    except MalformedPayloadError as failure:
        # A mismatch quotes the value it found; a test delivery may hold the secret it was
        # signed with, which must not reach a log line through the message.
        message = str(failure)
        if not any(key in message for key in keys):
            raise
        for key in keys:
            message = message.replace(key, "<secret>")
        raise MalformedPayloadError(message) from None


def parse(
    body: bytes | bytearray | memoryview | str,
    event_name: str | None,
    *,
    events: Mapping[str, type[E]],
    recognisers: Sequence[Recogniser[E]],
) -> E | UnknownEvent:
    """The event ``body`` holds: of ``event_name``'s model when the package knows that name,
    else of the model whose fixed fields it has, else an UnknownEvent."""
    document = _json_object(body)
    model = events.get(event_name) if event_name is not None else None
    if model is None:
        model = next(
            (
                candidate
                for candidate, fixed in recognisers
                if all(_has(document, key, value) for key, value in fixed)
            ),
            None,
        )
    if model is None:
        return UnknownEvent(document, event_name=event_name)
    try:
        return model.from_dict(document)
    except PARSE_ERRORS as failure:
        which = f"the {event_name} delivery" if event_name in events else "the delivery"
        reason = str(failure) if isinstance(failure, SchemaMismatch) else type(failure).__name__
        raise MalformedPayloadError(f"{which} does not match its schema: {reason}") from None


def _has(document: Mapping[str, Any], key: str, value: object) -> bool:
    found = document.get(key)
    # `type(...) is` so that True never stands for 1: JSON tells them apart.
    return type(found) is type(value) and found == value


def _json_object(body: bytes | bytearray | memoryview | str) -> dict[str, Any]:
    try:
        # json.loads takes no memoryview: a view is copied here, once its signature has been
        # checked in place.
        document = json.loads(body if isinstance(body, str | bytes) else bytes(body))
    except json.JSONDecodeError as failure:
        raise MalformedPayloadError(
            f"the delivery's body is not JSON ({failure.msg} at line {failure.lineno} column "
            f"{failure.colno})"
        ) from None
    except UnicodeDecodeError:
        raise MalformedPayloadError("the delivery's body is not UTF-8 text") from None
    except PARSE_ERRORS as failure:  # absurd nesting: RecursionError
        raise MalformedPayloadError(
            f"the delivery's body cannot be read as JSON ({type(failure).__name__})"
        ) from None
    if not isinstance(document, dict):
        raise MalformedPayloadError(
            f"the delivery's body is a JSON {json_type_name(document)}, not an event object"
        )
    return document


def _event_name(headers: Mapping[str, str]) -> str | None:
    name = header_value(headers, EVENT_HEADER)
    return name.strip() if name is not None and name.strip() else None
