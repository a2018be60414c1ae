"""Every event of openapi.yaml's ``webhooks``, through kirim_chat.webhooks: each of the spec's
examples (the vendor's pages') and bodies generated from its schema, signed with ``sign``,
verify into the event's model and give back exactly the body. Events are found in the spec; a
new one is covered with no registration here. The runtime itself is tested on a scratch spec
(tests/client/test_webhooks.py)."""

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kirim_chat import webhooks
from scripts.operations import inline
from scripts.paths import SPEC
from scripts.spec import load
from tests.property.bodies import valid_bodies

DOCUMENT = load(SPEC)
SECRET = "whsec_test_spec_examples_000000000"
T = 1716480000
BODY = "application/json"


def _media(name: str) -> dict[str, Any]:
    media: dict[str, Any] = DOCUMENT["webhooks"][name]["post"]["requestBody"]["content"][BODY]
    return media


EVENTS = list(DOCUMENT.get("webhooks") or {})
WRITTEN: list[tuple[str, str, Any]] = [
    (name, example_name, example["value"])
    for name in EVENTS
    for example_name, example in (_media(name).get("examples") or {}).items()
]
EXAMPLES = [pytest.param(name, body, id=f"{name}-{label}") for name, label, body in WRITTEN]
META_EXAMPLES = [
    pytest.param(name, body, id=f"{name}-{label}")
    for name, label, body in WRITTEN
    if body.get("object") == "whatsapp_business_account"
]


def _verified(name: str | None, body: Any) -> Any:
    raw = json.dumps(body).encode()
    headers = {"X-Kirim-Signature": webhooks.sign(raw, SECRET, timestamp=T)}
    if name is not None:
        headers["X-Kirim-Event"] = name
    return webhooks.verify(raw, headers, [SECRET], now=T)


def test_every_event_of_the_spec_has_a_model_and_an_example() -> None:
    assert EVENTS, "the spec describes no webhook event"
    assert sorted(webhooks.EVENTS) == sorted(EVENTS)
    assert {name for name, _, _ in WRITTEN} == set(EVENTS)


@pytest.mark.parametrize(("name", "body"), EXAMPLES)
def test_each_example_verifies_into_its_events_model(name: str, body: Any) -> None:
    # By its X-Kirim-Event header, and by its body alone (a signature passed on its own).
    for event in (_verified(name, body), _verified(None, body)):
        assert type(event) is webhooks.EVENTS[name]
        assert event.to_dict() == body


@pytest.mark.parametrize(("name", "body"), META_EXAMPLES)
def test_the_meta_helpers_find_every_message_and_status_of_an_example(name: str, body: Any) -> None:
    event = _verified(name, body)
    values = [change["value"] for entry in body["entry"] for change in entry["changes"]]
    messages = [
        (v["metadata"]["phone_number_id"], m) for v in values for m in v.get("messages", [])
    ]
    statuses = [
        (v["metadata"]["phone_number_id"], s) for v in values for s in v.get("statuses", [])
    ]

    found = webhooks.inbound_messages(event)
    assert [(m.phone_number_id, m.message.to_dict()) for m in found] == messages
    assert [(s.phone_number_id, s.status.to_dict()) for s in webhooks.statuses(event)] == statuses
    for inbound in found:
        assert inbound.contact is not None
        assert inbound.contact.wa_id == inbound.message.from_
    assert messages or statuses, "an example with neither messages nor statuses"


@pytest.mark.slow
@pytest.mark.parametrize("name", EVENTS)
def test_generated_bodies_of_each_event_verify_into_its_model(name: str) -> None:
    schema = inline(DOCUMENT, _media(name)["schema"])

    @settings(
        max_examples=50,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(body=valid_bodies(schema), with_header=st.booleans())
    def holds(body: Any, with_header: bool) -> None:
        event = _verified(name if with_header else None, body)
        assert type(event) is webhooks.EVENTS[name]
        assert event.to_dict() == body

    holds()
