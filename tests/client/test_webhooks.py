"""kirim_chat.webhooks on a scratch spec of its own: each event of a spec's ``webhooks`` is read
into its model, by its X-Kirim-Event header or by the fields its model fixes; an event the spec
does not describe is kept whole; a body that is not JSON, or a described event that breaks its
schema, is MalformedPayloadError naming the field; the Meta helpers walk every entry and change.
The signature itself is tested in test_webhook_signing.py."""

import asyncio
import copy
import importlib
import json
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import ScratchPackages

SECRET = "whsec_test_events_0000000000000000"
T = 1716480000


def _envelope(name: str, data: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["id", "type", "created_at", "data"],
        "properties": {
            "id": {"type": "string", "maxLength": 30},
            "type": {"type": "string", "const": name},
            "created_at": {"type": "string", "format": "date-time"},
            "data": {"$ref": f"#/components/schemas/{data}"},
        },
        "additionalProperties": True,
    }


def _webhook(schema: str) -> dict[str, Any]:
    return {
        "post": {
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}
                },
            },
            "responses": {"2XX": {"description": "Acknowledged."}},
        }
    }


def _object(required: list[str], **properties: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "required": required,
        "properties": properties,
        "additionalProperties": True,
    }


def _array(item: str) -> dict[str, Any]:
    return {"type": "array", "items": {"$ref": f"#/components/schemas/{item}"}}


STRING = {"type": "string", "maxLength": 64}
# Kirim's two shapes in miniature: an envelope fixing `type`, and Meta's notification fixing
# `object`, with the path the helpers walk (entry[].changes[].value...).
EVENTS_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Events", "version": "1.0.0"},
    "paths": {},
    "webhooks": {
        "widget.created": _webhook("WidgetCreatedEvent"),
        "widget.renamed": _webhook("WidgetRenamedEvent"),
        "chat.received": _webhook("Notification"),
        "chat.status": _webhook("Notification"),
    },
    "components": {
        "schemas": {
            "Widget": _object(["id", "name"], id=STRING, name=STRING),
            "WidgetChange": _object(["widget"], widget={"$ref": "#/components/schemas/Widget"}),
            "WidgetCreatedEvent": _envelope("widget.created", "WidgetChange"),
            "WidgetRenamedEvent": _envelope("widget.renamed", "WidgetChange"),
            "Notification": _object(
                ["object", "entry"],
                object={"type": "string", "const": "whatsapp_business_account"},
                entry=_array("Entry"),
            ),
            "Entry": _object(["id", "changes"], id=STRING, changes=_array("Change")),
            "Change": _object(
                ["field", "value"], field=STRING, value={"$ref": "#/components/schemas/Value"}
            ),
            "Value": _object(
                ["metadata"],
                metadata={"$ref": "#/components/schemas/Recipient"},
                contacts=_array("Sender"),
                messages=_array("Message"),
                statuses=_array("Status"),
            ),
            "Recipient": _object(["phone_number_id"], phone_number_id=STRING),
            "Sender": _object([], wa_id=STRING, profile=_object([], name=STRING)),
            "Message": _object(["from", "id", "type"], id=STRING, type=STRING, **{"from": STRING}),
            "Status": _object(["id", "status"], id=STRING, status=STRING),
        }
    },
}

CREATED: dict[str, Any] = {
    "id": "evt_1",
    "type": "widget.created",
    "created_at": "2026-05-23T10:00:00Z",
    "livemode": False,
    "data": {"widget": {"id": "wdg_1", "name": "Gear", "colour": "red"}},
}


def _value(phone_number_id: str, **lists: Any) -> dict[str, Any]:
    return {
        "field": "messages",
        "value": {"metadata": {"phone_number_id": phone_number_id}, **lists},
    }


def _message(sender: str, wamid: str) -> dict[str, Any]:
    return {"from": sender, "id": wamid, "type": "text", "text": {"body": "Halo"}}


# Two accounts, the first with two changes: what Meta may batch into one notification.
INBOUND: dict[str, Any] = {
    "object": "whatsapp_business_account",
    "entry": [
        {
            "id": "waba_1",
            "changes": [
                _value(
                    "1065",
                    contacts=[
                        {"wa_id": "6281", "profile": {"name": "Budi"}},
                        {"wa_id": "6282", "profile": {"name": "Sari"}},
                    ],
                    messages=[_message("6281", "wamid.A"), _message("6282", "wamid.B")],
                ),
                _value("1066", messages=[_message("6283", "wamid.C")]),
            ],
        },
        {"id": "waba_2", "changes": [_value("2001", messages=[_message("6281", "wamid.D")])]},
    ],
}
STATUSES: dict[str, Any] = {
    "object": "whatsapp_business_account",
    "entry": [
        {
            "id": "waba_1",
            "changes": [
                _value("1065", statuses=[{"id": "wamid.A", "status": "delivered"}]),
                _value("1066", statuses=[{"id": "wamid.C", "status": "read"}]),
            ],
        }
    ],
}


@pytest.fixture(scope="module")
def package(scratch_packages: ScratchPackages) -> ModuleType:
    return scratch_packages(EVENTS_SPEC)


@pytest.fixture(scope="module")
def webhooks(package: ModuleType) -> ModuleType:
    return importlib.import_module(f"{package.__name__}.webhooks")


def delivery(body: Any, event: str | None = None) -> tuple[bytes, dict[str, str]]:
    """A body as Kirim would send it, and its headers, signed now-ish (at T)."""
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"X-Kirim-Signature": _sign(raw)}
    if event is not None:
        headers["X-Kirim-Event"] = event
    return raw, headers


def _sign(raw: bytes) -> str:
    from kirim_chat._signing import sign

    return sign(raw, SECRET, timestamp=T)


# -- known events --------------------------------------------------------------------------------


def test_every_event_of_the_spec_has_its_model(webhooks: ModuleType, package: ModuleType) -> None:
    models = package.models
    assert dict(webhooks.EVENTS) == {
        "widget.created": models.WidgetCreatedEvent,
        "widget.renamed": models.WidgetRenamedEvent,
        "chat.received": models.Notification,
        "chat.status": models.Notification,
    }


@pytest.mark.parametrize("with_headers", [True, False], ids=["headers", "signature-only"])
def test_a_known_event_is_its_model_by_header_or_by_its_fixed_fields(
    webhooks: ModuleType, package: ModuleType, with_headers: bool
) -> None:
    raw, headers = delivery(CREATED, "widget.created")
    given = headers if with_headers else headers["X-Kirim-Signature"]

    event = webhooks.verify(raw, given, [SECRET], now=T)

    assert type(event) is package.models.WidgetCreatedEvent
    assert event.data.widget.name == "Gear"
    assert event.data.widget["colour"] == "red"  # a field the spec does not describe, kept
    assert event.to_dict() == CREATED


def test_meta_notifications_are_known_by_their_object(
    webhooks: ModuleType, package: ModuleType
) -> None:
    for body in (INBOUND, STATUSES):
        raw, headers = delivery(body)
        event = webhooks.verify(raw, headers["X-Kirim-Signature"], SECRET, now=T)
        assert type(event) is package.models.Notification
        assert event.to_dict() == body


def test_the_header_decides_which_model_the_body_must_match(webhooks: ModuleType) -> None:
    # The body says widget.created; the header says widget.renamed: the model of the header's
    # event is asked for, and refuses the body by its `type`.
    raw, headers = delivery(CREATED, "widget.renamed")
    with pytest.raises(webhooks.MalformedPayloadError) as failure:
        webhooks.verify(raw, headers, [SECRET], now=T)
    assert "the widget.renamed delivery does not match its schema" in str(failure.value)
    assert "WidgetRenamedEvent.type" in str(failure.value)


def test_header_names_are_read_in_any_case(webhooks: ModuleType, package: ModuleType) -> None:
    raw, headers = delivery(INBOUND, "chat.received")
    lowered = {name.lower(): value for name, value in headers.items()}
    assert type(webhooks.verify(raw, lowered, [SECRET], now=T)) is package.models.Notification


# -- events the spec does not describe -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "event", "name"),
    [
        (
            {**CREATED, "type": "widget.exploded", "data": {"shards": [1, 2]}},
            None,
            "widget.exploded",
        ),
        ({**CREATED, "type": "widget.exploded"}, "widget.exploded", "widget.exploded"),
        (
            {"event": "message.received", "data": {"message": {}}},
            "message.received.v2",
            "message.received.v2",
        ),
        ({"object": "page", "entry": []}, None, None),
        ({}, None, None),
    ],
    ids=["new-type", "new-type-and-header", "other-envelope", "other-object", "empty"],
)
def test_an_event_the_spec_does_not_describe_is_kept_whole(
    webhooks: ModuleType, body: dict[str, Any], event: str | None, name: str | None
) -> None:
    raw, headers = delivery(body, event)

    unknown = webhooks.verify(raw, headers, [SECRET], now=T)

    assert type(unknown) is webhooks.UnknownEvent
    assert unknown.to_dict() == body
    assert unknown.type_ == name
    assert unknown.id == body.get("id")
    for key, value in body.items():
        assert key in unknown
        assert unknown[key] == value


def test_an_unknown_events_body_cannot_be_changed_through_to_dict(webhooks: ModuleType) -> None:
    raw, headers = delivery({"type": "widget.exploded", "data": {}})
    unknown = webhooks.verify(raw, headers, [SECRET], now=T)
    unknown.to_dict()["type"] = "changed"
    assert unknown.type_ == "widget.exploded"


# -- malformed payloads --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (b"", "not JSON \\(Expecting value at line 1 column 1\\)"),
        (b'{"type": "widget.created",', "not JSON"),
        (b"\xff\xfe{}", "not UTF-8|not JSON"),
        (b"[1, 2]", "a JSON array, not an event object"),
        (b'"widget.created"', "a JSON string, not an event object"),
        (b"[" * 100_000 + b"]" * 100_000, "cannot be read as JSON|not an event object"),
    ],
    ids=["empty", "truncated", "not-utf8", "array", "string", "deep"],
)
def test_a_signed_body_that_is_no_json_object_is_malformed(
    webhooks: ModuleType, raw: bytes, says: str
) -> None:
    _, headers = delivery(raw)
    with pytest.raises(webhooks.MalformedPayloadError, match=says) as failure:
        webhooks.verify(raw, headers, [SECRET], now=T)
    assert isinstance(failure.value, webhooks.WebhookError)


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (
            lambda b: b["data"]["widget"].pop("name"),
            "WidgetChange.widget: Widget: missing required field 'name'",
        ),
        (
            lambda b: b["data"].update(widget=7),
            "WidgetCreatedEvent.data: WidgetChange.widget: expected object, got integer",
        ),
        (
            lambda b: b.update(created_at="yesterday"),
            "WidgetCreatedEvent.created_at: expected an RFC 3339",
        ),
        (lambda b: b.pop("data"), "WidgetCreatedEvent: missing required field 'data'"),
    ],
    ids=["missing-field", "wrong-type", "bad-date", "no-data"],
)
def test_a_known_event_that_breaks_its_schema_is_malformed_naming_the_field(
    webhooks: ModuleType, change: Any, says: str
) -> None:
    body = copy.deepcopy(CREATED)
    change(body)
    raw, headers = delivery(body)
    with pytest.raises(webhooks.MalformedPayloadError) as failure:
        webhooks.verify(raw, headers, [SECRET], now=T)
    assert says in str(failure.value)


def test_a_meta_notification_that_breaks_its_schema_is_malformed(webhooks: ModuleType) -> None:
    body = copy.deepcopy(INBOUND)
    del body["entry"][1]["changes"][0]["value"]["metadata"]["phone_number_id"]
    raw, headers = delivery(body, "chat.received")
    with pytest.raises(webhooks.MalformedPayloadError, match=r"Notification.entry\[1\]"):
        webhooks.verify(raw, headers, [SECRET], now=T)


def test_the_signature_is_checked_before_the_body_is_read(webhooks: ModuleType) -> None:
    _, headers = delivery(b"not json")
    with pytest.raises(webhooks.InvalidSignatureError):
        webhooks.verify(b"not json either", headers, [SECRET], now=T)
    raw, headers = delivery(b"not json")
    with pytest.raises(webhooks.SignatureExpiredError):
        webhooks.verify(raw, headers, [SECRET], now=T + 301)


def test_no_failure_shows_the_secret_even_when_the_body_quotes_it(webhooks: ModuleType) -> None:
    # A test delivery signed with the very secret it carries in a field the schema checks.
    body = {**copy.deepcopy(CREATED), "created_at": SECRET}
    raw, headers = delivery(body)
    with pytest.raises(webhooks.MalformedPayloadError) as failure:
        webhooks.verify(raw, headers, [SECRET], now=T)
    for text in (str(failure.value), repr(failure.value)):
        assert SECRET not in text
    assert "WidgetCreatedEvent.created_at" in str(failure.value)


# -- the helpers for Meta's notifications --------------------------------------------------------


def test_inbound_messages_come_with_their_receiving_number_and_sender(
    webhooks: ModuleType,
) -> None:
    raw, headers = delivery(INBOUND, "chat.received")
    event = webhooks.verify(raw, headers, [SECRET], now=T)

    found = webhooks.inbound_messages(event)

    assert [(m.phone_number_id, m.message.id, m.message.from_) for m in found] == [
        ("1065", "wamid.A", "6281"),
        ("1065", "wamid.B", "6282"),
        ("1066", "wamid.C", "6283"),
        ("2001", "wamid.D", "6281"),
    ]
    # The sender's profile is that of its own change: 6283 sent none, and 6281's profile in
    # the first change does not leak into the last one.
    names = [m.contact.profile.name if m.contact else None for m in found]
    assert names == ["Budi", "Sari", None, None]
    assert found[0].message["text"] == {"body": "Halo"}
    assert webhooks.statuses(event) == []


def test_statuses_come_with_the_sending_number(webhooks: ModuleType) -> None:
    raw, headers = delivery(STATUSES, "chat.status")
    event = webhooks.verify(raw, headers, [SECRET], now=T)

    found = webhooks.statuses(event)

    assert [(s.phone_number_id, s.status.id, s.status.status) for s in found] == [
        ("1065", "wamid.A", "delivered"),
        ("1066", "wamid.C", "read"),
    ]
    assert webhooks.inbound_messages(event) == []


# -- what a handler can rely on ------------------------------------------------------------------


def test_verify_needs_no_client_and_runs_from_many_tasks_at_once(
    webhooks: ModuleType, package: ModuleType
) -> None:
    bodies = [{**CREATED, "id": f"evt_{index}"} for index in range(50)]

    async def handle(body: dict[str, Any]) -> Any:
        raw, headers = delivery(body)
        await asyncio.sleep(0)  # let the other handlers interleave
        return webhooks.verify(raw, headers, [SECRET], now=T)

    async def main() -> list[Any]:
        return await asyncio.gather(*(handle(body) for body in bodies))

    events = asyncio.run(main())

    assert [event.id for event in events] == [body["id"] for body in bodies]
    assert not hasattr(webhooks, "AuthenticatedClient")
    assert {type(event) for event in events} == {package.models.WidgetCreatedEvent}


def test_sign_writes_what_verify_accepts(webhooks: ModuleType) -> None:
    raw = json.dumps(CREATED).encode()
    header = webhooks.sign(raw, [SECRET, "whsec_test_rotating_1"], timestamp=T)
    assert header.startswith(f"t={T},v1=")
    assert header.count("v1=") == 2
    assert webhooks.verify(raw, header, ["whsec_test_rotating_1"], now=T).id == "evt_1"


def test_a_spec_without_webhooks_still_verifies_and_keeps_every_event(
    scratch_packages: ScratchPackages,
) -> None:
    bare = {key: value for key, value in EVENTS_SPEC.items() if key != "webhooks"}
    webhooks = importlib.import_module(f"{scratch_packages(bare).__name__}.webhooks")
    raw, headers = delivery(CREATED, "widget.created")

    event = webhooks.verify(raw, headers, [SECRET], now=T)

    assert type(event) is webhooks.UnknownEvent
    assert event.to_dict() == CREATED
    assert dict(webhooks.EVENTS) == {}
    assert not hasattr(webhooks, "inbound_messages")
