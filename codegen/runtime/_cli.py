"""``python -m kirim_chat``: every operation of the package as a command, for the shell.

The commands are found at run time in the package's ``api`` modules and their arguments are read
from each ``sync`` function's signature, so an operation added to the spec is a command after
regeneration, with nothing written here. Output is a table of a list's ``data`` items (or JSON
for anything else, and with ``--json``). Exit status: 0 on success; 1 when the call fails, with
the error on one line; 2 for a usage error, from a flag or from the environment alike (a bad
``--base-url`` or ``KIRIM_BASE_URL``, a missing API key); 130 when interrupted. Nothing it prints
repeats a value shaped like a key: argparse's own messages go through ``redact`` too.
"""

import argparse
import contextlib
import datetime
import enum
import importlib
import inspect
import json
import logging
import os
import pkgutil
import sys
import types
import typing
import uuid
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from . import errors
from ._constants import API_KEY_ENV, DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES
from ._logging import RetryNotices, logger
from ._options import resolve_base_url
from ._redact import KEY_SHAPE, redact
from ._version import __version__
from .client import AuthenticatedClient
from .types import Unset

EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

_MISSING = "-"
# The vendor tags every resource with its type in `object` ("account"): the same in every row.
_HIDDEN_COLUMNS = frozenset({"object"})
_SCALARS: dict[Any, Callable[[str], Any]] = {
    str: str,
    int: int,
    float: float,
    datetime.datetime: datetime.datetime.fromisoformat,
    datetime.date: datetime.date.fromisoformat,
    uuid.UUID: uuid.UUID,
}


@dataclass(frozen=True)
class Command:
    name: str
    """``list-accounts`` for ``api/accounts/list_accounts.py``."""
    module: types.ModuleType

    @property
    def summary(self) -> str:
        """The docstring's first line; "(deprecated)" added when its text before ``Args:`` has
        a ``Deprecated:`` paragraph, as the spec's deprecated operations get."""
        lines = (inspect.getdoc(self.module.sync) or "").splitlines()
        if not lines:
            return ""
        described = lines[: lines.index("Args:")] if "Args:" in lines else lines
        deprecated = any(line.startswith("Deprecated:") for line in described)
        return lines[0] + (" (deprecated)" if deprecated else "")


def commands(package: str) -> dict[str, Command]:
    """Every operation module of ``package`` (one with ``sync`` and ``sync_detailed``)."""
    api = importlib.import_module(f"{package}.api")
    found: dict[str, Command] = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        if hasattr(module, "sync") and hasattr(module, "sync_detailed"):
            name = info.name.rsplit(".", 1)[1].replace("_", "-")
            found[name] = Command(name, module)
    return dict(sorted(found.items()))


def _is_enum(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, enum.Enum)


def _is_union(kind: Any) -> bool:
    return isinstance(kind, types.UnionType) or typing.get_origin(kind) is typing.Union


def _unwrap_optional(annotation: Any) -> Any:
    """``X`` for ``X | Unset`` or ``X | None``; other unions stay as they are."""
    if _is_union(annotation):
        members = [m for m in typing.get_args(annotation) if m not in (Unset, type(None))]
        return members[0] if len(members) == 1 else annotation
    return annotation


def _closed_set(kind: Any) -> dict[str, Any] | None:
    """The values an enum, a Literal (a const) or a union of them allows, by their text; None
    for any other type."""
    by_text: dict[str, Any] = {}
    for part in typing.get_args(kind) if _is_union(kind) else (kind,):
        if _is_enum(part):
            by_text.update({str(member.value): member for member in part})
        elif typing.get_origin(part) is typing.Literal:
            by_text.update({str(value): value for value in typing.get_args(part)})
        elif part not in (Unset, type(None)):
            return None
    return by_text or None


def _converter(annotation: Any, name: str) -> tuple[Callable[[str], Any], dict[str, Any]]:
    """How argparse reads a value of this type, and extra add_argument options."""
    kind = _unwrap_optional(annotation)
    if kind in _SCALARS:
        return _SCALARS[kind], {"metavar": name.upper()}
    allowed = _closed_set(kind)
    if allowed is not None:
        values: dict[str, Any] = allowed

        def one_of(text: str) -> Any:
            if text not in values:
                raise argparse.ArgumentTypeError(f"{text!r} is not one of {', '.join(values)}")
            return values[text]

        return one_of, {"metavar": "{" + ",".join(values) + "}"}
    members = typing.get_args(kind) if _is_union(kind) else ()
    if str in members:
        # An open set (its enum's values or any other string): the text is the value; the
        # values the spec lists are shown, and "..." says that others are accepted too.
        listed = [m.value for e in members if _is_enum(e) for m in e]
        metavar = "{" + ",".join([*listed, "..."]) + "}" if listed else name.upper()
        return str, {"metavar": metavar}
    if isinstance(kind, type) and hasattr(kind, "from_dict"):
        return lambda text: kind.from_dict(json.loads(text)), {"metavar": "JSON"}
    return json.loads, {"metavar": "JSON"}


def _argument_help(doc: str) -> dict[str, str]:
    """The descriptions of the ``Args:`` section of a generated docstring, by parameter name."""
    described: dict[str, str] = {}
    lines = iter(doc.splitlines())
    for line in lines:  # to the section's own heading: "Args:" may also occur in the description
        if line.strip() == "Args:":
            break
    for line in lines:
        text = line.strip()
        if not text:
            break
        name, _, rest = text.partition(" ")
        if rest.startswith("(") and "):" in rest:
            described[name] = rest.partition("):")[2].strip()
        elif described:
            last = next(reversed(described))
            described[last] += " " + text
    return described


def _add_parameters(parser: argparse.ArgumentParser, command: Command) -> None:
    # sync_detailed takes the same arguments as sync; reading them there leaves sync free to be
    # wrapped (a decorator, a test double) without changing the command.
    function = command.module.sync_detailed
    hints = typing.get_type_hints(function)
    described = _argument_help(inspect.getdoc(function) or "")
    for parameter in inspect.signature(function).parameters.values():
        # The call's own options come from the global flags (--timeout, --header...).
        if parameter.name in ("client", "request_options") or parameter.kind in (
            parameter.VAR_POSITIONAL,
            parameter.VAR_KEYWORD,
        ):
            continue
        annotation = hints.get(parameter.name, str)
        flag = "--" + parameter.name.replace("_", "-")
        required = parameter.default is inspect.Parameter.empty
        description = described.get(parameter.name)
        if description:
            description = description.replace("%", "%%")  # argparse formats help with %
        if _unwrap_optional(annotation) is bool:
            parser.add_argument(
                flag, dest=parameter.name, action=argparse.BooleanOptionalAction, help=description
            )
            continue
        convert, options = _converter(annotation, parameter.name)
        parser.add_argument(
            flag,
            dest=parameter.name,
            type=convert,
            required=required,
            default=None,
            help=description,
            **options,
        )


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose error messages never repeat a key: they quote the values they
    refuse (``invalid int value: '...'``), and a key pasted into the wrong place is one."""

    def error(self, message: str) -> typing.NoReturn:
        super().error(redact(message))


def _base_url(value: str) -> str:
    # The client's own check, so that the flag and $KIRIM_BASE_URL fail alike.
    if KEY_SHAPE.search(value):
        raise argparse.ArgumentTypeError(
            f"this is an API key (not repeated here): set it as ${API_KEY_ENV}, and give "
            f"--base-url the API root, such as {DEFAULT_BASE_URL!r}"
        )
    try:
        return resolve_base_url(value or " ")
    except errors.InvalidArgumentError as error:
        raise argparse.ArgumentTypeError(str(error).replace("base_url", "--base-url", 1)) from None


def _header(value: str) -> tuple[str, str]:
    name, colon, content = value.partition(":")
    if not colon or not name.strip():
        # The text is not shown: a header is where credentials go.
        raise argparse.ArgumentTypeError("expected 'Name: value', a name, a colon, then the value")
    return name.strip(), content.strip()


def _program(package: str, argv: Sequence[str] | None) -> str:
    """How the program was run, for its usage lines: ``kirim-chat`` (the installed script) or
    ``python -m kirim_chat``."""
    run_as = os.path.basename(sys.argv[0]) if argv is None and sys.argv else ""
    if not run_as or run_as in ("__main__.py", "-c"):
        return f"python -m {package}"
    return run_as


def parser(package: str, prog: str | None = None) -> argparse.ArgumentParser:
    root = _Parser(
        prog=prog or f"python -m {package}",
        description=f"Call the API from the shell; the key comes from ${API_KEY_ENV}.",
    )
    root.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    root.add_argument("--json", action="store_true", help="print the response body as JSON")
    root.add_argument(
        "--base-url", type=_base_url, help="API root, e.g. a local mock (default: the real API)"
    )
    root.add_argument(
        "--header",
        type=_header,
        action="append",
        default=[],
        metavar="'NAME: VALUE'",
        help="extra request header, repeatable (e.g. 'Prefer: example=all' for a Prism mock)",
    )
    root.add_argument(
        "--max-retries",
        type=int,
        default=DEFAULT_MAX_RETRIES,
        help=f"further attempts after a retryable failure (default {DEFAULT_MAX_RETRIES})",
    )
    root.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="the longest one attempt may take (default 30, of which 5 to connect)",
    )
    subparsers = root.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in commands(package).values():
        sub = subparsers.add_parser(command.name, help=command.summary)
        _add_parameters(sub, command)
    return root


def _cell(value: object) -> str:
    if value is None:
        return _MISSING
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def format_table(rows: Sequence[dict[str, Any]]) -> str:
    """Rows of JSON objects as aligned plain-text columns, one per key (``-`` for null)."""
    if not rows:
        return "No results."
    columns = [
        key for key in dict.fromkeys(k for row in rows for k in row) if key not in _HIDDEN_COLUMNS
    ]
    table = [[column.replace("_", " ").upper() for column in columns]]
    table += [[_cell(row.get(column)) for column in columns] for row in rows]
    widths = [max(len(line[index]) for line in table) for index in range(len(columns))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in table
    )


def render(result: object, as_json: bool) -> str:
    """What a command prints for the value its operation returned."""
    body = result.to_dict() if hasattr(result, "to_dict") else result
    items = body.get("data") if isinstance(body, dict) else None
    if as_json or not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        return json.dumps(body, indent=2, ensure_ascii=False)
    return format_table(items)


def _one_line(error: BaseException) -> str:
    return " ".join(f"{type(error).__name__}: {error}".split())


@contextlib.contextmanager
def _warnings_on_stderr() -> Iterator[None]:
    """Each warning of the call (a deprecated operation or option) as a ``warning:`` line:
    Python's default filters would hide a DeprecationWarning raised outside ``__main__``."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        finally:
            for warning in caught:
                print(f"warning: {warning.message}", file=sys.stderr)


@contextlib.contextmanager
def _retry_notices() -> Iterator[None]:
    """A line on stderr for each retry wait of a second or more (see ``RetryNotices``)."""
    notices = RetryNotices()
    level = logger.level
    if logger.getEffectiveLevel() > logging.INFO:
        logger.setLevel(logging.INFO)  # the records of retried attempts are INFO
    logger.addHandler(notices)
    try:
        yield
    finally:
        logger.removeHandler(notices)
        logger.setLevel(level)


_GLOBAL_FLAGS = ("command", "json", "base_url", "header", "max_retries", "timeout")


def main(
    argv: Sequence[str] | None = None, package: str | None = None, prog: str | None = None
) -> int:
    package = package or __name__.rsplit(".", 1)[0]
    root = parser(package, prog or _program(package, argv))
    args = root.parse_args(argv)
    command = commands(package)[args.command]
    token = os.environ.get(API_KEY_ENV, "").strip()
    if not token:
        print(f"error: no API key: set {API_KEY_ENV} to your Kirim API key", file=sys.stderr)
        return EXIT_USAGE
    arguments = {
        name: value
        for name, value in vars(args).items()
        if name not in _GLOBAL_FLAGS and value is not None
    }
    settings: dict[str, Any] = {"max_retries": args.max_retries}
    if args.timeout is not None:
        settings["timeout"] = args.timeout
    try:
        client = AuthenticatedClient(
            base_url=args.base_url, token=token, headers=dict(args.header), **settings
        )
    except errors.InvalidArgumentError as error:
        # The environment ($KIRIM_BASE_URL, $KIRIM_API_KEY) fails as a flag does: a usage error.
        root.error(str(error))
    try:
        with client, _warnings_on_stderr(), _retry_notices():
            result = command.module.sync(client=client, **arguments)
    except errors.KirimError as error:
        print(f"error: {_one_line(error)}", file=sys.stderr)
        return EXIT_API_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    if result is not None:
        print(render(result, args.json))
    return 0
