"""`make demo`: the job users come for, on the package's own stand-in for the Kirim API.

It lists the organisation's WhatsApp accounts, sends a text message from the first connected one
(printing the message's id and the Idempotency-Key it was sent with), walks that number's
conversations, and checks a webhook delivery signed as Kirim signs one (scripts/demo_webhook.py).
No Kirim account, network or Node is needed: ``kirim_chat.testing.FakeKirim``
answers every call in process with the spec's examples and checks each request as the API would.

``--status 429`` (or any other status the spec documents for sending) makes the send answer that
status instead, to show the typed error it raises; the client's retries and their waits happen
as they would against the API, but the waits are skipped.

It imports nothing but the package (with its ``testing`` extra) and the standard library:
`make demo` installs only requirements-demo.txt. The code below is meant to be read as an
example of using the package.
"""

import argparse
import sys
import uuid
from collections.abc import Sequence
from urllib.parse import urlencode

from kirim_chat import AuthenticatedClient, errors
from kirim_chat.api.accounts import list_accounts
from kirim_chat.api.conversations import list_conversations
from kirim_chat.api.messages import send_message
from kirim_chat.models import AccountStatus, TextContent, TextMessageRequest
from kirim_chat.testing import FakeKirim
from scripts.demo_webhook import print_verified_delivery

RECIPIENT = "+628123456789"


def _heading(text: str) -> None:
    print(f"\n== {text}")


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]
    for row in [header, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        print(("   " + "  ".join(cells)).rstrip())


def show_accounts(client: AuthenticatedClient) -> str | None:
    """The accounts that can send (``status="all"`` would add those still onboarding); the
    phone_number_id of the first, which the messages and conversations paths take."""
    _heading("The connected WhatsApp accounts: list_accounts.sync(client=client)")
    accounts = list_accounts.sync(client=client)
    _table(
        ["PHONE NUMBER ID", "PHONE NUMBER", "NAME", "STATUS"],
        [
            [a.phone_number_id or "-", a.phone_number or "-", a.name or "-", str(a.status)]
            for a in accounts.data
        ],
    )
    return next(
        (
            account.phone_number_id
            for account in accounts.data
            if account.status == AccountStatus.CONNECTED and account.phone_number_id
        ),
        None,
    )


def send_text(client: AuthenticatedClient, sender: str) -> None:
    """One text message, with a key of our own: a send repeated with it is delivered once."""
    _heading(f"A text from {sender} to {RECIPIENT}: send_message.sync(sender, client=..., ...)")
    idempotency_key = str(uuid.uuid4())
    body = TextMessageRequest(to=RECIPIENT, text=TextContent(body="Halo dari kirim-chat!"))
    try:
        sent = send_message.sync(sender, client=client, body=body, idempotency_key=idempotency_key)
    except errors.ApiStatusError as error:
        print(f"   raised {type(error).__name__}: {error}")
        print(f"   status_code={error.status_code} code={error.code} param={error.param}")
        if isinstance(error, errors.RateLimitError):
            print(f"   retry_after={error.retry_after} s")
        return
    print(f"   message id:      {sent.data.id} (status {sent.data.status})")
    print(f"   Idempotency-Key: {idempotency_key}")


def show_conversations(client: AuthenticatedClient, sender: str) -> None:
    """Every conversation of the number, page after page: iterate() follows the cursors."""
    _heading(f"The conversations of {sender}: list_conversations.iterate(sender, client=client)")
    rows = []
    for conversation in list_conversations.iterate(sender, client=client):
        contact = conversation.contact
        who = "-" if contact is None else f"{contact.name or '-'} ({contact.phone_number or '-'})"
        unread = "-" if conversation.unread_count is None else str(conversation.unread_count)
        rows.append([conversation.id, who, str(conversation.status), unread])
    _table(["CONVERSATION", "CONTACT", "STATUS", "UNREAD"], rows)


def main(argv: Sequence[str] | None = None) -> int:
    with FakeKirim() as kirim:
        parser = argparse.ArgumentParser(
            prog="make demo",
            description=__doc__.splitlines()[0] if __doc__ else None,
            epilog='e.g. make demo DEMO_ARGS="--status 429"',
        )
        parser.add_argument(
            "--status",
            type=int,
            choices=kirim.statuses(send_message),
            help="the status the message send answers (the spec documents these)",
        )
        args = parser.parse_args(argv)
        if args.status is not None:
            kirim.answer(send_message, args.status)
            print(f"The stand-in answers every message send with {args.status}, as asked.")

        client = kirim.client  # in your application: AuthenticatedClient(), the key from the env
        sender = show_accounts(client)
        if sender is None:
            print("No connected account can send.", file=sys.stderr)
            return 1
        send_text(client, sender)
        show_conversations(client, sender)

        # Kirim then tells the application about the message (delivered, read, a reply) by
        # webhook: a delivery is trusted only once its signature is checked.
        _heading("A webhook delivery: webhooks.verify(body, headers, secrets)")
        print_verified_delivery()

        sends = [call for call in kirim.calls if call.operation == "sendMessage"]
        _heading("What the stand-in received (kirim.calls), as a test of your code would see it")
        for call in kirim.calls:
            query = f"?{urlencode(call.query)}" if call.query else ""
            print(f"   {call.method} {call.path}{query} -> {call.status}")
        if len(sends) > 1:
            waits = ", ".join(f"{wait:g}" for wait in kirim.waits)
            print(f"   the send was tried {len(sends)} times; waits skipped: {waits} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
