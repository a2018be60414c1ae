"""The webhook part of `make demo`: a delivery signed with ``kirim_chat.webhooks.sign`` as Kirim
signs one, checked with ``verify`` and printed as the typed event it becomes. No server and no
secret of yours: the secret is a placeholder made up here.

The delivery is the first example of the first event of the spec's ``webhooks`` (an inbound text
message today), so the demo follows the spec. It reads the spec the package carries
(``_spec.json``), as the stand-in does: the demo's light .venv has no YAML parser.
``python -m scripts.demo_webhook`` prints it alone.
"""

import importlib.resources
import json
from typing import Any

from kirim_chat import webhooks
from kirim_chat.models import MetaEvent, MetaMessage

# Made up here and shown in the source on purpose: the demo signs and checks its own delivery.
DEMO_SECRET = "whsec_" + "demo" * 6


def package_spec() -> dict[str, Any]:
    """The spec written into the package by `make generate`, without its prose."""
    text = importlib.resources.files("kirim_chat").joinpath("_spec.json").read_text("utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def first_delivery(spec: dict[str, Any] | None = None) -> tuple[str, bytes]:
    """The first event of the spec's ``webhooks`` (the package's, unless ``spec``) and the body
    of its first example, as the bytes Kirim would send."""
    document = package_spec() if spec is None else spec
    for name, item in (document.get("webhooks") or {}).items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        for example in (media.get("examples") or {}).values():
            return name, json.dumps(example["value"], ensure_ascii=False).encode()
    raise LookupError("the spec has no webhook event with an example")


def verified_delivery(spec: dict[str, Any] | None = None) -> list[str]:
    """The lines the demo prints: which event was signed and verified into which model, then
    what a handler reads from it: each inbound message of Meta's notification (a whole
    notification's repr runs to a screenful), any other event as it is."""
    name, body = first_delivery(spec)
    headers = {"X-Kirim-Signature": webhooks.sign(body, DEMO_SECRET), "X-Kirim-Event": name}
    event = webhooks.verify(body, headers, [DEMO_SECRET])
    lines = [f"   a {name} delivery, signed with sign() and checked, is a {type(event).__name__}"]
    if not isinstance(event, MetaEvent):
        return [*lines, f"   {event!r}"]
    return lines + [
        f"   message {inbound.message.id} from {inbound.message.from_} to the account "
        f"{inbound.phone_number_id}: {_text(inbound.message)}"
        for inbound in webhooks.inbound_messages(event)
    ]


def _text(message: MetaMessage) -> str:
    return repr(message.text.body) if message.text is not None else f"a {message.type_} message"


def print_verified_delivery(spec: dict[str, Any] | None = None) -> None:
    """What `make demo` calls last."""
    print("\n".join(verified_delivery(spec)), flush=True)


if __name__ == "__main__":
    print_verified_delivery()
