"""The clients every operation is called with.

They own what is common to all operations: configuration from arguments or the environment,
checked when the client is built (``_options``), authentication, timeouts, retries with
backoff, the User-Agent and logging. Operations call ``Client.request`` /
``Client.request_async``; both return the final ``httpx.Response`` whatever its status, and raise
``ApiConnectionError`` / ``ApiTimeoutError`` only when no response arrived.

A client may be shared: by threads (the sync pool is built once, whoever calls first), by event
loops (each loop gets its own async pool, closed when that loop shuts down), by its copies
(``with_options`` and the like share its pools) and, safely, across ``os.fork()`` (see
``_pools``).
"""

import json
import random
import ssl
from collections.abc import Callable, Mapping
from typing import Any, Self

import httpx
from attrs import Factory, define, evolve, field, fields

from . import _base_client, errors
from ._clock import Clock
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_AFTER, DEFAULT_TIMEOUT, USER_AGENT
from ._logging import configure_from_env
from ._options import (
    RequestOptions,
    count,
    flag,
    header_name,
    non_negative_seconds,
    refuse_unknown_arguments,
    resolve_base_url,
    resolve_cookies,
    resolve_headers,
    resolve_httpx_args,
    resolve_timeout,
    resolve_token,
    resolve_total_timeout,
    resolve_verify,
    text,
)
from ._pools import Pools
from ._redact import redact
from .types import Unset

__all__ = ["AuthenticatedClient", "Client", "RequestOptions"]

configure_from_env()

# What the connections themselves are made of: a copy that changes one cannot share the pool.
_POOL_SETTINGS = frozenset({"verify_ssl", "httpx_args"})


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
        verify_ssl: True (the default) to check the server's certificate against the usual
            authorities, an ``ssl.SSLContext``, or the path of a CA bundle (a file, or a folder
            of certificates) to check it against instead; False turns checking off.
        follow_redirects, httpx_args: Passed to the ``httpx.Client`` and ``httpx.AsyncClient``
            built on first use (``httpx_args={"http2": True}`` needs ``httpx[http2]``).

    A bad value, or an argument the client does not take, raises ``errors.InvalidArgumentError``
    (a ValueError; ``InvalidArgumentTypeError``, also a TypeError, for a wrong type) when the
    client is built.
    """

    _base_url: str = field(default=None, converter=resolve_base_url, alias="base_url")
    _headers: dict[str, str] = field(factory=dict, converter=resolve_headers, alias="headers")
    _cookies: dict[str, str] = field(factory=dict, converter=resolve_cookies, alias="cookies")
    _timeout: httpx.Timeout = field(
        default=DEFAULT_TIMEOUT, converter=resolve_timeout, alias="timeout"
    )
    total_timeout: float | None = field(default=None, converter=resolve_total_timeout)
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, validator=count)
    max_retry_after: float = field(default=DEFAULT_MAX_RETRY_AFTER, validator=non_negative_seconds)
    _verify_ssl: bool | ssl.SSLContext = field(
        default=True, converter=resolve_verify, alias="verify_ssl"
    )
    _follow_redirects: bool = field(default=False, validator=flag, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(
        factory=dict, converter=resolve_httpx_args, alias="httpx_args"
    )
    # Time and randomness, private so that only tests replace them (see ``_copy_with``).
    _clock: Clock = field(factory=Clock, init=False)
    _jitter: Callable[[], float] = field(default=random.random, init=False)
    _pools: Pools = field(
        default=Factory(lambda self: Pools(self._build_sync, self._build_async), takes_self=True),
        init=False,
    )
    # False for a copy that shares the pools of the client it was made from: closing it leaves
    # them open, for the client that built them to close.
    _owns_pools: bool = field(default=True, init=False)
    # What a copy sends differently from the client that built the shared pool, whose settings
    # the pool carries: each request's timeout and cookies, and how redirects are followed.
    # Empty for that client itself, so an httpx client given to set_httpx_client keeps its own.
    _request_overrides: dict[str, Any] = field(factory=dict, init=False)
    _send_overrides: dict[str, Any] = field(factory=dict, init=False)
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
        """A copy with some constructor arguments changed, e.g. ``with_options(max_retries=0)``.

        The copy shares this client's connection pools (and any httpx client given to
        ``set_httpx_client``), unless it changes ``verify_ssl`` or ``httpx_args``, which make
        connections of another kind: then it builds pools of its own. Closing a copy that shares
        leaves the pools open; closing this client closes them for every copy. For one call
        only, an operation's ``request_options`` is lighter still."""
        return self._copy_with(**changes)

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """A copy that also sends ``headers``; it shares the pools (see ``with_options``)."""
        return self._copy_with(headers={**self._headers, **headers})

    def with_cookies(self, cookies: Mapping[str, str]) -> Self:
        """A copy that also sends ``cookies``; it shares the pools (see ``with_options``)."""
        return self._copy_with(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float) -> Self:
        """A copy with another timeout; it shares the pools (see ``with_options``)."""
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
        if _POOL_SETTINGS.isdisjoint(changes):
            copy._pools, copy._owns_pools = self._pools, False
            copy._request_overrides = dict(self._request_overrides)
            if "timeout" in changes:
                copy._request_overrides["timeout"] = copy._timeout
            if "cookies" in changes:
                copy._request_overrides["cookies"] = copy._cookies
            copy._send_overrides = dict(self._send_overrides)
            if "follow_redirects" in changes:
                copy._send_overrides["follow_redirects"] = copy._follow_redirects
        return copy

    # -- the underlying httpx clients -----------------------------------------------------------

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use your own ``httpx.Client`` (proxies, custom transports, event hooks), here and in
        the copies made from this client (``with_options``...), which share it.

        Authentication, the User-Agent, retries and URL resolution are applied per request, so
        they keep working; the timeout, cookies and TLS settings are those of your client,
        except what a copy changes (``with_timeout``). Closing this client closes it. A copy
        that sets its own keeps it to itself (and closes it)."""
        self._own_pools().set_sync(client)
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, built on first use (once, whichever thread asks)."""
        return self._pools.sync()

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use your own ``httpx.AsyncClient`` on every event loop; see ``set_httpx_client``."""
        self._own_pools().set_async(async_client)
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` of the running event loop, built on its first use there and
        closed when that loop shuts down. Call it from async code."""
        try:
            return self._pools.for_running_loop()
        except RuntimeError as exc:
            if isinstance(exc, errors.KirimError):
                raise
            raise errors.KirimError(
                "get_async_httpx_client() needs a running event loop: call it from async code"
            ) from exc

    def _own_pools(self) -> Pools:
        """This client's pools, made its own first if it shared another client's."""
        if not self._owns_pools:
            self._pools, self._owns_pools = Pools(self._build_sync, self._build_async), True
        return self._pools

    def _build_sync(self) -> httpx.Client:
        try:
            return httpx.Client(**self._pool_options())
        except (TypeError, ValueError, OSError, ImportError) as exc:
            raise errors.InvalidArgumentError(
                f"httpx.Client refused verify_ssl/httpx_args: {redact(str(exc))}"
            ) from exc

    def _build_async(self) -> httpx.AsyncClient:
        try:
            return httpx.AsyncClient(**self._pool_options())
        except (TypeError, ValueError, OSError, ImportError) as exc:
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
        """Close the client: its sync pool now (unless it is a copy that shares the pools of
        another client: that one closes them). Calls made afterwards raise ClientClosedError,
        on every copy that shares the pools too. Async pools close when their event loops shut
        down, or at once with ``aclose()``."""
        self._closed = True
        if self._owns_pools:
            self._pools.close()

    async def aclose(self) -> None:
        """Close the client: the running event loop's pool (or the ``httpx.AsyncClient`` you
        set) and the sync pool, as ``close`` does. Calls made afterwards raise
        ClientClosedError."""
        self._closed = True
        if self._owns_pools:
            await self._pools.aclose()

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
        if self._pools.closed:
            raise errors.ClientClosedError(
                f"This {type(self).__name__} is a copy (with_options, with_headers...) sharing "
                "the connection pools of a client that was closed; close that client only "
                "after the last call of its copies."
            )

    # -- sending --------------------------------------------------------------------------------

    def request(
        self,
        method: str,
        url: str,
        *,
        request_options: RequestOptions | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send a request with authentication, retries and logging; ``url`` is relative to
        ``base_url``. Returns the final response whatever its status. ``request_options``:
        settings for this call only, as for an operation."""
        self._check_open()
        http = self._pools.sync()
        request = self._build_request(http, method, url, kwargs, request_options)
        max_retries, total_timeout = self._limits(request_options)
        return _base_client.send(
            self, http, request, max_retries, total_timeout, self._send_overrides
        )

    async def request_async(
        self,
        method: str,
        url: str,
        *,
        request_options: RequestOptions | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """The async twin of ``request``."""
        self._check_open()
        http = self.get_async_httpx_client()
        request = self._build_request(http, method, url, kwargs, request_options)
        max_retries, total_timeout = self._limits(request_options)
        return await _base_client.send_async(
            self, http, request, max_retries, total_timeout, self._send_overrides
        )

    def _limits(self, options: RequestOptions | None) -> tuple[int, float | None]:
        """This call's ``max_retries`` and ``total_timeout``: its options', else the client's."""
        if options is None:
            return self.max_retries, self.total_timeout
        max_retries = options.max_retries
        total_timeout = options.total_timeout
        return (
            self.max_retries if isinstance(max_retries, Unset) else max_retries,
            self.total_timeout if isinstance(total_timeout, Unset) else total_timeout,
        )

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        method: str,
        url: str,
        kwargs: dict[str, Any],
        options: RequestOptions | None,
    ) -> httpx.Request:
        if http.is_closed:
            raise errors.ClientClosedError(
                "The httpx client given to this client was closed; set an open one."
            )
        # Resolved here rather than by the httpx client's base_url, so that a client passed to
        # set_httpx_client needs no base_url of its own.
        if not url.startswith(("http://", "https://")):
            url = self._base_url + "/" + url.lstrip("/")
        if self._request_overrides:
            self._override(kwargs)
        headers = {"User-Agent": USER_AGENT, **self._headers}
        if options is not None:
            _apply(options, kwargs, headers, self._auth_headers())
        if not kwargs.get("params"):
            kwargs.pop("params", None)  # an empty dict still makes httpx rebuild the URL
        headers.update(kwargs.pop("headers", None) or {})
        headers.update(self._auth_headers())
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

    def _override(self, kwargs: dict[str, Any]) -> None:
        """A copy's own timeout and cookies, over the shared pool's (the operation's cookie
        parameters win over the copy's cookies of the same name)."""
        for name, value in self._request_overrides.items():
            if name == "cookies":
                kwargs["cookies"] = {**value, **(kwargs.get("cookies") or {})}
            else:
                kwargs.setdefault(name, value)


def _apply(
    options: RequestOptions,
    kwargs: dict[str, Any],
    headers: dict[str, str],
    auth: dict[str, str],
) -> None:
    """One call's ``request_options``: its timeout, and its headers and query parameters, which
    may add to the request but not replace what the operation or the key sets."""
    if not isinstance(options.timeout, Unset):
        kwargs["timeout"] = options.timeout
    if options.headers:
        taken = {name.lower(): name for name in [*(kwargs.get("headers") or {}), *auth]}
        for name in options.headers:
            if name.lower() in taken:
                raise errors.InvalidArgumentError(
                    f"request_options.headers: {taken[name.lower()]!r} is set by the operation "
                    "or the API key; pass it as the operation's own argument"
                )
            for same in [known for known in headers if known.lower() == name.lower()]:
                del headers[same]  # replaced whatever its case: HTTP names ignore it
        headers.update(options.headers)
    if options.query:
        params = kwargs.get("params") or {}
        sent = sorted(set(params) & set(options.query))
        if sent:
            raise errors.InvalidArgumentError(
                f"request_options.query: {', '.join(sent)} is already sent by this call; pass "
                "it as the operation's own argument"
            )
        kwargs["params"] = {**params, **options.query}


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

    token: str = field(default=None, converter=resolve_token, repr=False)
    prefix: str = field(default="Bearer", validator=text)
    auth_header_name: str = field(default="Authorization", validator=header_name)

    def _repr_extra(self) -> str:
        return ", token=<redacted>"

    def _auth_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {self.auth_header_name: value}


refuse_unknown_arguments(Client)
refuse_unknown_arguments(AuthenticatedClient)
