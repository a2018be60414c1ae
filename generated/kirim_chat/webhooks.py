"""Receiving Kirim's webhooks: check a delivery's signature, and read its body as a typed event.

``verify(body, headers, secrets)`` is all a handler needs: it raises a WebhookError (answer 400
or 401) unless Kirim signed these exact bytes with one of your secrets within five minutes of
now, and returns the event otherwise. ``sign`` writes the header Kirim would send, to test your
own endpoint. Neither needs a client, does I/O or keeps state, so both are safe from any thread
or event loop; no secret ever appears in what they raise.

Every event of the spec's ``webhooks`` has a model (``EVENTS``); an event this version of the
package does not describe is an ``UnknownEvent`` that keeps the whole body.
"""

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TypeAlias

from attrs import frozen

from . import _webhooks
from ._signing import DEFAULT_TOLERANCE, SIGNATURE_HEADER, sign
from ._webhooks import EVENT_HEADER, UnknownEvent
from .errors import (
    InvalidSignatureError,
    MalformedPayloadError,
    MalformedSignatureHeaderError,
    SignatureExpiredError,
    WebhookError,
)
from .models import (
    ContactCreatedEvent,
    ContactUpdatedEvent,
    ConversationAssignedEvent,
    ConversationClosedEvent,
    MessageCreatedEvent,
    MetaContact,
    MetaEvent,
    MetaMessage,
    MetaStatus,
)

KnownEvent: TypeAlias = (
    MetaEvent
    | MessageCreatedEvent
    | ConversationAssignedEvent
    | ConversationClosedEvent
    | ContactCreatedEvent
    | ContactUpdatedEvent
)
"""The body of an event the spec describes."""
Event: TypeAlias = KnownEvent | UnknownEvent
"""What ``verify`` returns."""

EVENTS: Mapping[str, type[KnownEvent]] = MappingProxyType(
    {
        "message.received": MetaEvent,
        "message.status": MetaEvent,
        "message.created": MessageCreatedEvent,
        "conversation.assigned": ConversationAssignedEvent,
        "conversation.closed": ConversationClosedEvent,
        "contact.created": ContactCreatedEvent,
        "contact.updated": ContactUpdatedEvent,
    }
)
"""The model of each event's body, by the event's name (its ``X-Kirim-Event`` header)."""

# What makes a body one of a model's events when the headers do not say: the top-level fields
# that model fixes, with their values.
_RECOGNISERS: tuple[tuple[type[KnownEvent], tuple[tuple[str, object], ...]], ...] = (
    (MetaEvent, (("object", "whatsapp_business_account"),)),
    (MessageCreatedEvent, (("type", "message.created"),)),
    (ConversationAssignedEvent, (("type", "conversation.assigned"),)),
    (ConversationClosedEvent, (("type", "conversation.closed"),)),
    (ContactCreatedEvent, (("type", "contact.created"),)),
    (ContactUpdatedEvent, (("type", "contact.updated"),)),
)


def verify(
    body: bytes | bytearray | memoryview | str,
    headers: Mapping[str, str] | str | None,
    secrets: str | Iterable[str],
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> Event:
    """Check a delivery and return its event.

    ``body`` is the request's body exactly as received (bytes); a body a framework parsed and
    serialised again has other bytes, and fails. ``headers`` is the request's headers (any
    mapping, names in any case) or the ``X-Kirim-Signature`` value alone; given the headers,
    ``X-Kirim-Event`` also says which event the body must be. ``secrets`` is the
    subscription's active signing secret, or all of them during a rotation. The delivery must
    have been signed within ``tolerance`` seconds of ``now`` (default: the current time), in
    the past or the future; 0 turns the time check off.

    Raises MalformedSignatureHeaderError, InvalidSignatureError, SignatureExpiredError, or
    MalformedPayloadError when the body is not JSON or is a described event that breaks its
    schema (all WebhookError, all KirimError): answer those with a 4xx status.
    """
    return _webhooks.verify(
        body,
        headers,
        secrets,
        events=EVENTS,
        recognisers=_RECOGNISERS,
        tolerance=tolerance,
        now=now,
    )


@frozen
class InboundMessage:
    """A message a customer sent, with the connected number that received it."""

    phone_number_id: str
    """The connected number that received the message: reply from it, fetch media with it."""
    message: MetaMessage
    contact: MetaContact | None
    """The customer's profile, when Meta sent one for the message's sender."""


@frozen
class StatusUpdate:
    """A new state of a message sent from a connected number."""

    phone_number_id: str
    """The connected number the message was sent from."""
    status: MetaStatus


def inbound_messages(event: MetaEvent) -> list[InboundMessage]:
    """Every message of a ``message.received`` delivery, each with its receiving number,
    across the delivery's entries and changes (Meta may batch several); none for a status
    delivery."""
    found = []
    for entry in event.entry:
        for change in entry.changes:
            value = change.value
            senders = {contact.wa_id: contact for contact in value.contacts or ()}
            for message in value.messages or ():
                found.append(
                    InboundMessage(
                        phone_number_id=value.metadata.phone_number_id,
                        message=message,
                        contact=senders.get(message.from_),
                    )
                )
    return found


def statuses(event: MetaEvent) -> list[StatusUpdate]:
    """Every status of a ``message.status`` delivery, each with the number that sent the
    message, across the delivery's entries and changes; none for a message delivery."""
    return [
        StatusUpdate(phone_number_id=change.value.metadata.phone_number_id, status=status)
        for entry in event.entry
        for change in entry.changes
        for status in change.value.statuses or ()
    ]


__all__ = (
    "EVENTS",
    "EVENT_HEADER",
    "Event",
    "InboundMessage",
    "InvalidSignatureError",
    "KnownEvent",
    "MalformedPayloadError",
    "MalformedSignatureHeaderError",
    "SIGNATURE_HEADER",
    "SignatureExpiredError",
    "StatusUpdate",
    "UnknownEvent",
    "WebhookError",
    "inbound_messages",
    "sign",
    "statuses",
    "verify",
)
