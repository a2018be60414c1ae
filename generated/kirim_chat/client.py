"""The clients every operation is called with.

They own what is common to all operations: configuration from arguments or the environment,
checked when the client is built, authentication, timeouts, retries with backoff, the User-Agent
and logging. Operations call ``Client.request`` / ``Client.request_async``; both return the final
``httpx.Response`` whatever its status, and raise ``ApiConnectionError`` / ``ApiTimeoutError``
only when no response arrived.

A client may be shared: by threads (the sync pool is built once, whoever calls first) and by
event loops (each loop gets its own async pool, closed when that loop shuts down).
"""

import json
import math
import os
import random
import ssl
import urllib.parse
from collections.abc import Callable, Mapping
from typing import Any, Self

import httpx
from attrs import Factory, define, evolve, field, fields

from . import _base_client, errors
from ._clock import Clock
from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_AFTER,
    DEFAULT_TIMEOUT,
    USER_AGENT,
)
from ._logging import configure_from_env
from ._pools import Pools
from ._redact import KEY_SHAPE, redact, remember

configure_from_env()


# -- checking the configuration: each refuses a bad value with InvalidArgumentError -------------


def _resolve_base_url(value: str | None) -> str:
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


def _seconds(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise errors.InvalidArgumentTypeError(
            f"{name} must be a number of seconds, got {type(value).__name__}"
        )
    if not (math.isfinite(value) and value > 0):
        raise errors.InvalidArgumentError(
            f"{name} must be a positive number of seconds, got {value!r}"
        )
    return float(value)


def _resolve_timeout(value: httpx.Timeout | float) -> httpx.Timeout:
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
        for name, seconds in value.as_dict().items():
            if seconds is not None:
                _seconds(f"timeout's {name} value", seconds)
        return value
    return httpx.Timeout(_seconds("timeout", value))


def _resolve_total_timeout(value: float | None) -> float | None:
    return None if value is None else _seconds("total_timeout", value)


def _resolve_token(value: str | None) -> str:
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


def _resolve_headers(value: Mapping[str, str]) -> dict[str, str]:
    """A copy (the caller's mapping is never modified) of headers httpx can send."""
    if not isinstance(value, Mapping):
        raise errors.InvalidArgumentTypeError(
            f"headers must be a mapping of names to values, got {type(value).__name__}"
        )
    copied = dict(value)
    for name, header_value in copied.items():
        if not (isinstance(name, str) and isinstance(header_value, str)):
            raise errors.InvalidArgumentTypeError(f"header {name!r}: names and values must be str")
        if not (name.isascii() and name.isprintable() and name.strip() == name and name):
            raise errors.InvalidArgumentError(f"header name {name!r} is not a valid HTTP name")
        if not header_value.isascii() or any(c in header_value for c in "\r\n\0"):
            # The value is not shown: custom headers often carry credentials.
            raise errors.InvalidArgumentError(
                f"header {name!r} has a value HTTP cannot carry (non-ASCII or a line break)"
            )
    return copied


def _resolve_cookies(value: Mapping[str, str]) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise errors.InvalidArgumentTypeError(
            f"cookies must be a mapping, got {type(value).__name__}"
        )
    return dict(value)


def _count(instance: object, attribute: Any, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise errors.InvalidArgumentTypeError(
            f"{attribute.name} must be an int, got {type(value).__name__}"
        )
    if value < 0:
        raise errors.InvalidArgumentError(f"{attribute.name} must not be negative, got {value!r}")


def _non_negative_seconds(instance: object, attribute: Any, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise errors.InvalidArgumentTypeError(
            f"{attribute.name} must be a number of seconds, got {type(value).__name__}"
        )
    if not value >= 0:  # NaN fails this too
        raise errors.InvalidArgumentError(f"{attribute.name} must not be negative, got {value!r}")


@define(repr=False, kw_only=True)
class Client:
    """A client for the operations that need no API key. Every argument is keyword-only.

    Arguments:
        base_url: The API root; defaults to ``$KIRIM_BASE_URL``, else ``https://api.kirim.chat/v1``.
            Checked at once: an http:// or https:// URL, without credentials or a query.
        headers: Headers sent with every request (the mapping is copied, never modified).
        cookies: Cookies sent with every request.
        timeout: The longest one attempt may take, from sending the request to the last byte
            of the response, in seconds (30 by default); for an ``httpx.Timeout``, its ``read``
            value, while its ``connect``, ``write`` and ``pool`` values bound those steps (5 s
            to connect by default). A body that trickles in counts whole. ``None`` is refused:
            it would allow hangs.
        total_timeout: The longest a whole call may take, every attempt and wait included, in
            seconds; ``None`` (the default) leaves only ``timeout`` and ``max_retries``. A retry
            that could not start in time is not made: the last error is raised instead.
        max_retries: Further attempts after a retryable failure (connection error, timeout,
            408, 429, 500, 502, 503, 504); 3 by default, 0 turns retries off.
        max_retry_after: The longest ``Retry-After`` the client will wait, in seconds (60 by
            default). When the server asks for more, the client does not wait: ``sync`` raises
            RateLimitError with ``retry_after`` set.
        verify_ssl, follow_redirects, httpx_args: Passed to the ``httpx.Client`` and
            ``httpx.AsyncClient`` built on first use.

    A bad value raises ``errors.InvalidArgumentError`` (a ValueError) when the client is built.
    """

    _base_url: str = field(default=None, converter=_resolve_base_url, alias="base_url")
    _headers: dict[str, str] = field(factory=dict, converter=_resolve_headers, alias="headers")
    _cookies: dict[str, str] = field(factory=dict, converter=_resolve_cookies, alias="cookies")
    _timeout: httpx.Timeout = field(
        default=DEFAULT_TIMEOUT, converter=_resolve_timeout, alias="timeout"
    )
    total_timeout: float | None = field(default=None, converter=_resolve_total_timeout)
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, validator=_count)
    max_retry_after: float = field(default=DEFAULT_MAX_RETRY_AFTER, validator=_non_negative_seconds)
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, alias="httpx_args")
    # Time and randomness, private so that only tests replace them (see ``_copy_with``).
    _clock: Clock = field(factory=Clock, init=False)
    _jitter: Callable[[], float] = field(default=random.random, init=False)
    _pools: Pools = field(
        default=Factory(lambda self: Pools(self._build_sync, self._build_async), takes_self=True),
        init=False,
    )
    _own_async_client: httpx.AsyncClient | None = field(default=None, init=False)
    _closed: bool = field(default=False, init=False)

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    def __repr__(self) -> str:
        return redact(
            f"{type(self).__name__}(base_url={self._base_url!r}, timeout={self._timeout!r}, "
            f"total_timeout={self.total_timeout!r}, max_retries={self.max_retries}"
            f"{self._repr_extra()})"
        )

    def _repr_extra(self) -> str:
        return ""

    def _auth_headers(self) -> dict[str, str]:
        return {}

    # -- configuration builders: each returns a new client and leaves this one untouched --------

    def with_options(self, **changes: Any) -> Self:
        """A copy with some constructor arguments changed, e.g. ``with_options(max_retries=0)``."""
        return self._copy_with(**changes)

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """A copy that also sends ``headers``."""
        return self._copy_with(headers={**self._headers, **headers})

    def with_cookies(self, cookies: Mapping[str, str]) -> Self:
        """A copy that also sends ``cookies``."""
        return self._copy_with(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float) -> Self:
        """A copy with another timeout."""
        return self._copy_with(timeout=timeout)

    def _copy_with(self, **changes: Any) -> Self:
        known = {attribute.alias for attribute in fields(type(self)) if attribute.init}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise errors.InvalidArgumentTypeError(
                f"unknown option {', '.join(unknown)}; the options are {', '.join(sorted(known))}"
            )
        copy = evolve(self, **changes)
        copy._clock, copy._jitter = self._clock, self._jitter
        return copy

    # -- the underlying httpx clients -----------------------------------------------------------

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use your own ``httpx.Client`` (proxies, custom transports, event hooks).

        Authentication, the User-Agent, retries and URL resolution are applied per request, so
        they keep working; the timeout, cookies and TLS settings are those of your client.
        """
        self._pools.set_sync(client)
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, built on first use (once, whichever thread asks)."""
        return self._pools.sync()

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use your own ``httpx.AsyncClient`` on every event loop; see ``set_httpx_client``."""
        self._own_async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` of the running event loop, built on its first use there and
        closed when that loop shuts down. Call it from async code."""
        if self._own_async_client is not None:
            return self._own_async_client
        try:
            return self._pools.for_running_loop()
        except RuntimeError as exc:  # no running event loop
            raise errors.KirimError(
                "get_async_httpx_client() needs a running event loop: call it from async code"
            ) from exc

    def _build_sync(self) -> httpx.Client:
        try:
            return httpx.Client(**self._pool_options())
        except (TypeError, ValueError, OSError) as exc:
            raise errors.InvalidArgumentError(
                f"httpx.Client refused verify_ssl/httpx_args: {redact(str(exc))}"
            ) from exc

    def _build_async(self) -> httpx.AsyncClient:
        try:
            return httpx.AsyncClient(**self._pool_options())
        except (TypeError, ValueError, OSError) as exc:
            raise errors.InvalidArgumentError(
                f"httpx.AsyncClient refused verify_ssl/httpx_args: {redact(str(exc))}"
            ) from exc

    def _pool_options(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def close(self) -> None:
        """Close the client: its sync pool now. Calls made afterwards raise ClientClosedError.
        Async pools close when their event loops shut down, or at once with ``aclose()``."""
        self._closed = True
        self._pools.close_sync()

    async def aclose(self) -> None:
        """Close the client: the running event loop's pool (or the ``httpx.AsyncClient`` you
        set) and the sync pool. Calls made afterwards raise ClientClosedError."""
        self._closed = True
        if self._own_async_client is not None:
            await self._own_async_client.aclose()
        await self._pools.close_running_loop()
        self._pools.close_sync()

    def __enter__(self) -> Self:
        self._check_open()
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        self._check_open()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    def _check_open(self) -> None:
        if self._closed:
            raise errors.ClientClosedError(
                f"This {type(self).__name__} was closed (close(), aclose() or the end of its "
                "with block); build a new one, or close it only after the last call."
            )

    # -- sending --------------------------------------------------------------------------------

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send a request with authentication, retries and logging; ``url`` is relative to
        ``base_url``. Returns the final response whatever its status."""
        self._check_open()
        http = self.get_httpx_client()
        return _base_client.send(self, http, self._build_request(http, method, url, kwargs))

    async def request_async(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """The async twin of ``request``."""
        self._check_open()
        http = self.get_async_httpx_client()
        request = self._build_request(http, method, url, kwargs)
        return await _base_client.send_async(self, http, request)

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, method: str, url: str, kwargs: dict[str, Any]
    ) -> httpx.Request:
        if http.is_closed:
            raise errors.ClientClosedError(
                "The httpx client given to this client was closed; set an open one."
            )
        # Resolved here rather than by the httpx client's base_url, so that a client passed to
        # set_httpx_client needs no base_url of its own.
        if not url.startswith(("http://", "https://")):
            url = self._base_url + "/" + url.lstrip("/")
        if not kwargs.get("params"):
            kwargs.pop("params", None)  # an empty dict still makes httpx rebuild the URL
        headers = {
            "User-Agent": USER_AGENT,
            **self._headers,
            **(kwargs.pop("headers", None) or {}),
            **self._auth_headers(),
        }
        try:
            if "json" in kwargs:
                # Encoded here rather than by httpx, whose versions before 0.28 write NaN and
                # Infinity (which are not JSON): one strict, compact UTF-8 form on every version.
                # The operation has set Content-Type already, to the media type the spec names.
                kwargs["content"] = json.dumps(
                    kwargs.pop("json"), ensure_ascii=False, separators=(",", ":"), allow_nan=False
                ).encode()
            return http.build_request(method, url, headers=headers, **kwargs)
        except httpx.InvalidURL as exc:
            raise errors.InvalidArgumentError(
                f"{method} {redact(url)}: not a valid URL ({redact(str(exc))})"
            ) from exc
        # A body or parameter that cannot be encoded: a value of a type JSON has no form for,
        # or a value out of its range (NaN); the error keeps the built-in class it replaces.
        except TypeError as exc:
            raise errors.InvalidArgumentTypeError(
                f"{method} {redact(url)}: {type(exc).__name__}: {redact(str(exc))}"
            ) from exc
        except ValueError as exc:
            raise errors.InvalidArgumentError(
                f"{method} {redact(url)}: {type(exc).__name__}: {redact(str(exc))}"
            ) from exc


@define(repr=False, kw_only=True)
class AuthenticatedClient(Client):
    """A client for operations that need an API key. Every argument is keyword-only.

    Arguments (besides those of Client):
        token: The API key; defaults to ``$KIRIM_API_KEY``. Without either,
            ``errors.InvalidArgumentError`` is raised. It is sent as ``Authorization: Bearer
            <token>`` and never shown: not by ``repr``, nor in any message or log line.
        prefix: The scheme written before the token (``Bearer``).
        auth_header_name: The header that carries it (``Authorization``).
    """

    token: str = field(default=None, converter=_resolve_token, repr=False)
    prefix: str = field(default="Bearer")
    auth_header_name: str = field(default="Authorization")

    def _repr_extra(self) -> str:
        return ", token=<redacted>"

    def _auth_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {self.auth_header_name: value}
