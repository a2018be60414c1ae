"""The webhook part of `make demo`: a delivery signed with ``kirim_chat.webhooks.sign`` as Kirim
signs one, checked with ``verify`` and printed as the typed event it becomes. No server and no
secret of yours: the secret is a placeholder made up here.

The delivery is the first example of the first event of the spec's ``webhooks`` (an inbound text
message today), so the demo follows the spec. ``python -m scripts.demo_webhook`` prints it alone.
"""

import json
import sys
from pathlib import Path

from kirim_chat import webhooks
from kirim_chat.models import MetaEvent, MetaMessage
from scripts.paths import SPEC
from scripts.spec import load

# Made up here and shown in the source on purpose: the demo signs and checks its own delivery.
DEMO_SECRET = "whsec_" + "demo" * 6


def first_delivery(spec: Path = SPEC) -> tuple[str, bytes]:
    """The first event of the spec's ``webhooks`` and the body of its first example, as the
    bytes Kirim would send."""
    for name, item in (load(spec).get("webhooks") or {}).items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        for example in (media.get("examples") or {}).values():
            return name, json.dumps(example["value"], ensure_ascii=False).encode()
    raise LookupError(f"{spec} has no webhook event with an example")


def verified_delivery(spec: Path = SPEC) -> list[str]:
    """The lines the demo prints: which event was signed and verified, the typed event, and
    for an inbound message what a handler reads from it."""
    name, body = first_delivery(spec)
    headers = {"X-Kirim-Signature": webhooks.sign(body, DEMO_SECRET), "X-Kirim-Event": name}
    event = webhooks.verify(body, headers, [DEMO_SECRET])
    lines = [
        f"a {name} delivery, signed with webhooks.sign() and checked with webhooks.verify(), "
        f"is a {type(event).__name__}:",
        repr(event),
    ]
    lines += [
        f"  message {inbound.message.id} from {inbound.message.from_} to the account "
        f"{inbound.phone_number_id}: {_text(inbound.message)}"
        for inbound in (webhooks.inbound_messages(event) if isinstance(event, MetaEvent) else [])
    ]
    return lines


def _text(message: MetaMessage) -> str:
    return repr(message.text.body) if message.text is not None else f"a {message.type_} message"


def print_verified_delivery(spec: Path = SPEC) -> None:
    """What `make demo` calls last."""
    print("==> webhooks:", file=sys.stderr, flush=True)
    print("\n".join(verified_delivery(spec)), flush=True)


if __name__ == "__main__":
    print_verified_delivery()
