"""List the WhatsApp accounts of the organisation that owns $KIRIM_API_KEY, through kirim_chat.

    KIRIM_API_KEY=... python -m scripts.list_accounts [--status all] [--json] [--base-url URL]

Without --base-url (or $KIRIM_BASE_URL) it calls the real API. Exit status: 0 on success, 1 when
the API call fails (the error is printed as one line: class, status, type/code, message and
request id), 2 for a usage error such as a missing API key, 130 when interrupted.
"""

import argparse
import json
import os
import sys
from collections.abc import Sequence
from urllib.parse import urlsplit

from kirim_chat import AuthenticatedClient, KirimError
from kirim_chat._clock import Clock
from kirim_chat._constants import API_KEY_ENV
from kirim_chat.api.accounts import list_accounts
from kirim_chat.models import Account, AccountList, AccountStatusFilter
from kirim_chat.types import UNSET

EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

_COLUMNS = ("PHONE NUMBER ID", "PHONE NUMBER", "NAME", "STATUS")
_MISSING = "-"


def _base_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise argparse.ArgumentTypeError(f"not an http(s) URL: {value!r}")
    return value


def _header(value: str) -> tuple[str, str]:
    name, colon, content = value.partition(":")
    if not colon or not name.strip():
        raise argparse.ArgumentTypeError(f"expected 'Name: value', got {value!r}")
    return name.strip(), content.strip()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="list_accounts",
        description="List the WhatsApp accounts of the organisation that owns $KIRIM_API_KEY.",
    )
    parser.add_argument(
        "--status",
        choices=[member.value for member in AccountStatusFilter],
        help="connected (the API's default) or all, which adds onboarding and disconnected ones",
    )
    parser.add_argument("--json", action="store_true", help="print the response body as JSON")
    parser.add_argument(
        "--base-url",
        type=_base_url,
        help="API root, e.g. a local mock; default $KIRIM_BASE_URL, else the real API",
    )
    parser.add_argument(
        "--header",
        type=_header,
        action="append",
        default=[],
        metavar="'NAME: VALUE'",
        help="extra request header, repeatable (e.g. 'Prefer: example=all' for a Prism mock)",
    )
    return parser


def format_table(accounts: Sequence[Account]) -> str:
    """The accounts as aligned plain-text columns (no library: four columns, any terminal)."""
    if not accounts:
        return "No accounts."
    rows = [_COLUMNS] + [
        (
            account.phone_number_id or _MISSING,
            account.phone_number or _MISSING,
            account.name or _MISSING,
            str(account.status),
        )
        for account in accounts
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(_COLUMNS))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def _one_line(error: BaseException) -> str:
    return " ".join(f"{type(error).__name__}: {error}".split())


def _fetch(args: argparse.Namespace, token: str, clock: Clock) -> AccountList:
    status = AccountStatusFilter(args.status) if args.status else UNSET
    client = AuthenticatedClient(base_url=args.base_url, token=token, headers=dict(args.header))
    client._clock = clock
    with client:
        return list_accounts.sync(client=client, status=status)


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run the command; ``clock`` lets tests skip the real waits between retries."""
    args = _parser().parse_args(argv)
    token = os.environ.get(API_KEY_ENV, "").strip()
    if not token:
        print(f"error: no API key: set {API_KEY_ENV} to your Kirim API key", file=sys.stderr)
        return EXIT_USAGE
    try:
        accounts = _fetch(args, token, clock or Clock())
    except KirimError as error:
        print(f"error: {_one_line(error)}", file=sys.stderr)
        return EXIT_API_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    if args.json:
        print(json.dumps(accounts.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(format_table(accounts.data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
