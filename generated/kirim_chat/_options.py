"""What configures a client or one call, and the check each value gets.

Every check refuses a bad value with ``InvalidArgumentError`` (``InvalidArgumentTypeError``, also
a TypeError, for a value of the wrong type) where it is given: when the client, or the
``RequestOptions`` of a call, is built, not later as a connection error. A refused value that may
be a secret (a key given as the URL, a header's value) is never repeated in the message.
"""

import functools
import inspect
import math
import os
import ssl
import urllib.parse
from collections.abc import Mapping
from functools import cache
from typing import Any, TypeVar

import httpx
from attrs import define, field, fields

from . import errors
from ._constants import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL
from ._redact import KEY_SHAPE, redact, remember
from .types import UNSET, Unset

# What a query parameter's value may be: httpx writes each as text (a bool as true/false).
QueryValue = str | int | float | bool


def resolve_base_url(value: str | None) -> str:
    source = "base_url"
    if not value:
        value, source = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL, f"${BASE_URL_ENV}"
    if not isinstance(value, str):
        raise errors.InvalidArgumentTypeError(
            f"{source} must be a string such as {DEFAULT_BASE_URL!r}, got {type(value).__name__}"
        )
    if KEY_SHAPE.search(value):
        # Not repeated in the message: a key given as the URL must not reach a log.
        raise errors.InvalidArgumentError(
            f"{source} holds an API key; pass the key as token=... (or ${API_KEY_ENV}) and the "
            f"API root, such as {DEFAULT_BASE_URL!r}, as base_url"
        )
    value = value.strip()
    shown = redact(value)
    try:
        # Both parsers: older httpx accepts some URLs (an unclosed IPv6 bracket) it cannot use.
        urllib.parse.urlsplit(value).port  # noqa: B018 (parsing the port is the check)
        url = httpx.URL(value)
    except (httpx.InvalidURL, ValueError) as exc:
        raise errors.InvalidArgumentError(f"{source} is not a URL: {shown!r}") from exc
    if url.scheme not in ("http", "https") or not url.host:
        raise errors.InvalidArgumentError(
            f"{source} must be an http:// or https:// URL such as {DEFAULT_BASE_URL!r}, "
            f"got {shown!r}"
        )
    if url.userinfo:
        raise errors.InvalidArgumentError(
            f"{source} must not hold credentials (user:password@): they would be sent with "
            "every request and shown in error messages"
        )
    if url.query or url.fragment:
        raise errors.InvalidArgumentError(
            f"{source} must not have a query or fragment, got {shown!r}"
        )
    return value.rstrip("/")


def seconds(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise errors.InvalidArgumentTypeError(
            f"{name} must be a number of seconds, got {type(value).__name__}"
        )
    if not (math.isfinite(value) and value > 0):
        raise errors.InvalidArgumentError(
            f"{name} must be a positive number of seconds, got {value!r}"
        )
    return float(value)


def resolve_timeout(value: httpx.Timeout | float) -> httpx.Timeout:
    if value is None:
        raise errors.InvalidArgumentError(
            "timeout=None would let a request hang forever; pass a number of seconds or an "
            "httpx.Timeout instead"
        )
    if isinstance(value, httpx.Timeout):
        if value.read is None:
            raise errors.InvalidArgumentError(
                "timeout: an httpx.Timeout with read=None would let a request hang forever; "
                "its read value bounds each attempt"
            )
        for name, limit in value.as_dict().items():
            if limit is not None:
                seconds(f"timeout's {name} value", limit)
        return value
    return httpx.Timeout(seconds("timeout", value))


def resolve_total_timeout(value: float | None) -> float | None:
    return None if value is None else seconds("total_timeout", value)


def resolve_token(value: str | None) -> str:
    if value is not None and not isinstance(value, str):
        raise errors.InvalidArgumentTypeError(f"token must be a string, got {type(value).__name__}")
    token = (value if value is not None else os.environ.get(API_KEY_ENV, "")).strip()
    if not token:
        raise errors.InvalidArgumentError(
            f"No API key: pass AuthenticatedClient(token=...) or set the {API_KEY_ENV} "
            "environment variable."
        )
    if token.startswith(("http://", "https://")):
        raise errors.InvalidArgumentError(
            "token looks like a URL; pass the API key as token=... and the URL as base_url=..."
        )
    if not token.isprintable() or any(character.isspace() for character in token):
        # Not repeated: the value is a secret, or holds one.
        raise errors.InvalidArgumentError(
            "token contains spaces or control characters; an API key is one word"
        )
    remember(token)
    return token


def _header_name(name: object, what: str) -> None:
    if not isinstance(name, str):
        raise errors.InvalidArgumentTypeError(f"{what} {name!r}: names and values must be str")
    if not (name.isascii() and name.isprintable() and name.strip() == name and name):
        raise errors.InvalidArgumentError(f"{what} {name!r} is not a valid HTTP name")


def resolve_headers(value: Mapping[str, str]) -> dict[str, str]:
    """A copy (the caller's mapping is never modified) of headers httpx can send."""
    if not isinstance(value, Mapping):
        raise errors.InvalidArgumentTypeError(
            f"headers must be a mapping of names to values, got {type(value).__name__}"
        )
    copied = dict(value)
    for name, header_value in copied.items():
        if not (isinstance(name, str) and isinstance(header_value, str)):
            raise errors.InvalidArgumentTypeError(f"header {name!r}: names and values must be str")
        _header_name(name, "header name")
        if not header_value.isascii() or any(c in header_value for c in "\r\n\0"):
            # The value is not shown: custom headers often carry credentials.
            raise errors.InvalidArgumentError(
                f"header {name!r} has a value HTTP cannot carry (non-ASCII or a line break)"
            )
    return copied


def resolve_cookies(value: Mapping[str, str]) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise errors.InvalidArgumentTypeError(
            f"cookies must be a mapping, got {type(value).__name__}"
        )
    copied = dict(value)
    for name, cookie_value in copied.items():
        if not (isinstance(name, str) and isinstance(cookie_value, str)):
            raise errors.InvalidArgumentTypeError(f"cookie {name!r}: names and values must be str")
    return copied


def resolve_query(value: Mapping[str, QueryValue]) -> dict[str, QueryValue]:
    if not isinstance(value, Mapping):
        raise errors.InvalidArgumentTypeError(
            f"query must be a mapping of names to values, got {type(value).__name__}"
        )
    copied = dict(value)
    for name, parameter in copied.items():
        if not isinstance(name, str) or not name:
            raise errors.InvalidArgumentTypeError(f"query parameter {name!r}: names must be str")
        if not isinstance(parameter, QueryValue):
            raise errors.InvalidArgumentTypeError(
                f"query parameter {name!r}: expected str, int, float or bool, "
                f"got {type(parameter).__name__}"
            )
    return copied


def resolve_verify(value: str | os.PathLike[str] | bool | ssl.SSLContext) -> bool | ssl.SSLContext:
    """True, False, or an SSLContext: a CA bundle's path is loaded here, once, into a context of
    its own. httpx 0.28 deprecates ``verify=<path>`` (a DeprecationWarning, fatal under ``-W
    error``) while 0.23 to 0.27 accept both, so a context is what works on every version."""
    if isinstance(value, bool | ssl.SSLContext):
        return value
    if not isinstance(value, str | os.PathLike):
        raise errors.InvalidArgumentTypeError(
            "verify_ssl must be True, False, an ssl.SSLContext or the path of a CA bundle, "
            f"got {type(value).__name__}"
        )
    path = os.fspath(value)
    try:
        if os.path.isdir(path):
            return ssl.create_default_context(capath=path)
        return ssl.create_default_context(cafile=path)
    except (OSError, ssl.SSLError) as exc:
        raise errors.InvalidArgumentError(
            f"verify_ssl: cannot load the CA bundle {redact(path)!r}: {redact(str(exc))}"
        ) from exc


@cache
def _httpx_client_arguments() -> frozenset[str]:
    """What ``httpx.Client`` and ``httpx.AsyncClient`` take, on the installed httpx."""
    names = inspect.signature(httpx.Client).parameters.keys()
    return frozenset(names) & inspect.signature(httpx.AsyncClient).parameters.keys()


def resolve_httpx_args(value: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise errors.InvalidArgumentTypeError(
            f"httpx_args must be a mapping of httpx.Client arguments, got {type(value).__name__}"
        )
    copied = dict(value)
    if not copied:
        return copied
    known = _httpx_client_arguments()
    unknown = sorted(str(name) for name in copied if name not in known)
    if unknown:
        raise errors.InvalidArgumentTypeError(
            f"httpx_args: httpx {httpx.__version__} has no argument {', '.join(unknown)}"
        )
    # Imported where it is used, not at the top, as difflib is: each costs every user's import.
    import importlib.util

    if copied.get("http2") and importlib.util.find_spec("h2") is None:
        raise errors.InvalidArgumentError(
            "httpx_args: http2=True needs the h2 package; install it with "
            "pip install 'httpx[http2]'"
        )
    return copied


# -- construction mistakes ---------------------------------------------------------------------

T = TypeVar("T")


def refuse_unknown_arguments(cls: type[T]) -> type[T]:
    """Make ``cls(...)`` (an attrs class) refuse a positional argument or an unknown keyword
    with InvalidArgumentTypeError (also the TypeError Python would raise), naming the closest
    known argument, instead of a plain TypeError. The signature, for type checkers, ``inspect``
    and ``help``, stays the one attrs writes."""
    attrs_init = cls.__init__
    known = frozenset(attribute.alias for attribute in fields(cls) if attribute.init)  # type: ignore[arg-type]
    name = cls.__name__

    @functools.wraps(attrs_init)
    def __init__(self: T, *args: Any, **kwargs: Any) -> None:
        if args:
            # The values are not shown: a key passed first would be one of them.
            raise errors.InvalidArgumentTypeError(
                f"{name} takes keyword arguments only, e.g. {name}({min(known)}=...)"
            )
        if not known.issuperset(kwargs):
            import difflib

            unknown = sorted(set(kwargs) - known)
            hints = [
                f"{argument!r} (did you mean {close[0]!r}?)" if close else repr(argument)
                for argument in unknown
                for close in [difflib.get_close_matches(argument, known, n=1)]
            ]
            raise errors.InvalidArgumentTypeError(
                f"{name} has no argument {', '.join(hints)}; its arguments are "
                f"{', '.join(sorted(known))}"
            )
        attrs_init(self, **kwargs)

    cls.__init__ = __init__  # type: ignore[assignment]
    return cls


# -- attrs validators ---------------------------------------------------------------------------


def count(instance: object, attribute: Any, value: object) -> None:
    if isinstance(value, Unset):
        return  # RequestOptions: the client's
    if isinstance(value, bool) or not isinstance(value, int):
        raise errors.InvalidArgumentTypeError(
            f"{attribute.name} must be an int, got {type(value).__name__}"
        )
    if value < 0:
        raise errors.InvalidArgumentError(f"{attribute.name} must not be negative, got {value!r}")


def non_negative_seconds(instance: object, attribute: Any, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise errors.InvalidArgumentTypeError(
            f"{attribute.name} must be a number of seconds, got {type(value).__name__}"
        )
    if not value >= 0:  # NaN fails this too
        raise errors.InvalidArgumentError(f"{attribute.name} must not be negative, got {value!r}")


def flag(instance: object, attribute: Any, value: object) -> None:
    if not isinstance(value, bool):
        raise errors.InvalidArgumentTypeError(
            f"{attribute.alias} must be True or False, got {type(value).__name__}"
        )


def text(instance: object, attribute: Any, value: object) -> None:
    if not isinstance(value, str):
        raise errors.InvalidArgumentTypeError(
            f"{attribute.alias} must be a string, got {type(value).__name__}"
        )


def header_name(instance: object, attribute: Any, value: object) -> None:
    _header_name(value, attribute.alias)


# -- one call's options -------------------------------------------------------------------------


def _call_timeout(value: httpx.Timeout | float | Unset) -> httpx.Timeout | Unset:
    return value if isinstance(value, Unset) else resolve_timeout(value)


def _call_total_timeout(value: float | Unset | None) -> float | Unset | None:
    return value if isinstance(value, Unset) else resolve_total_timeout(value)


@refuse_unknown_arguments
@define(frozen=True, kw_only=True, repr=False)
class RequestOptions:
    """Settings for one call, over the client's: ``request_options=RequestOptions(...)`` on any
    operation function (``sync``, ``asyncio``, the detailed ones, ``pages``, ``iterate``...).

    One argument rather than one per setting: an operation's own parameters come from the spec,
    which may one day name one ``timeout`` or ``headers``; the generator renames a parameter
    called ``request_options`` (to ``request_options_query`` and so on), so this name is the only
    one the package reserves. Build one once and reuse it: it is checked when built, and frozen.

    Arguments (each left out keeps the client's):
        timeout: The longest one attempt of this call may take, in seconds or as an
            ``httpx.Timeout``, as the client's ``timeout``.
        total_timeout: The longest the whole call may take, retries included; None for no bound.
        max_retries: Further attempts after a retryable failure; 0 turns retries off.
        headers: Headers added to this call's request, over the client's ``headers``. A header
            the operation or the API key sets (``Authorization``, ``Idempotency-Key``, a header
            parameter) is refused: pass it as the operation's own argument.
        query: Query parameters added to this call's URL (for a parameter the spec does not
            describe yet). One the call already sends is refused, as above.

    A bad value raises ``errors.InvalidArgumentError`` when the options are built; the call uses
    the client's connection pool, whatever the options.
    """

    timeout: httpx.Timeout | Unset = field(default=UNSET, converter=_call_timeout)
    total_timeout: float | Unset | None = field(default=UNSET, converter=_call_total_timeout)
    max_retries: int | Unset = field(default=UNSET, validator=count)
    headers: dict[str, str] = field(factory=dict, converter=resolve_headers)
    query: dict[str, QueryValue] = field(factory=dict, converter=resolve_query)

    def __repr__(self) -> str:
        # Header names only: their values often carry credentials.
        shown = [
            f"{name}={getattr(self, name)!r}"
            for name in ("timeout", "total_timeout", "max_retries")
            if not isinstance(getattr(self, name), Unset)
        ]
        if self.headers:
            shown.append(f"headers=<{', '.join(self.headers)}>")
        if self.query:
            shown.append(f"query={self.query!r}")
        return redact(f"RequestOptions({', '.join(shown)})")
