"""The webhook part of `make demo` (scripts/demo_webhook.py): the spec's first webhook example,
signed and verified, printed as the typed event it becomes; read from the spec, whatever event
comes first there."""

import json

import pytest

from kirim_chat import webhooks
from scripts.demo_webhook import (
    first_delivery,
    package_spec,
    print_verified_delivery,
    verified_delivery,
)
from scripts.paths import SPEC
from scripts.spec import load


def test_the_specs_first_webhook_example_is_verified_into_its_typed_event() -> None:
    name, body = first_delivery()
    model = webhooks.EVENTS[name].__name__

    lines = verified_delivery()

    assert lines[0] == f"   a {name} delivery, signed with sign() and checked, is a {model}"
    inbound = [
        message
        for entry in json.loads(body).get("entry", [])
        for change in entry["changes"]
        for message in change["value"].get("messages", [])
    ]
    # An inbound message: one line each, with what a handler reads from it.
    assert len(lines) == 1 + len(inbound)
    for line, message in zip(lines[1:], inbound, strict=True):
        assert f"message {message['id']} from {message['from']} to the account" in line


def test_an_event_in_kirims_envelope_is_shown_as_its_model() -> None:
    document = load(SPEC)
    events = document["webhooks"]
    meta = [name for name, item in events.items() if "MetaEvent" in json.dumps(item)]
    document["webhooks"] = {name: item for name, item in events.items() if name not in meta}
    name, _ = first_delivery(document)
    model = webhooks.EVENTS[name].__name__

    lines = verified_delivery(document)

    assert lines[0].endswith(f"is a {model}")
    assert lines[1].startswith(f"   {model}(")
    assert len(lines) == 2


def test_printed_as_make_demo_shows_it(capsys: pytest.CaptureFixture[str]) -> None:
    print_verified_delivery()

    printed = capsys.readouterr()
    assert printed.err == ""
    assert printed.out.splitlines() == verified_delivery()


def test_a_spec_without_a_webhook_example_is_named() -> None:
    document = load(SPEC)
    document.pop("webhooks", None)
    with pytest.raises(LookupError, match="has no webhook event with an example"):
        first_delivery(document)


def test_the_package_carries_the_webhooks_of_openapi_yaml() -> None:
    """The demo reads the spec the package carries; it is openapi.yaml's, prose aside."""
    assert package_spec()["webhooks"].keys() == load(SPEC)["webhooks"].keys()
    assert first_delivery() == first_delivery(load(SPEC))
