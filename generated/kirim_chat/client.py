"""The clients every operation is called with.

They own what is common to all operations: configuration from arguments or the environment,
authentication, timeouts, retries with backoff, the User-Agent and DEBUG logging. Operations call
``Client.request`` / ``Client.request_async``; both return the final ``httpx.Response`` whatever its
status, and raise ``ApiConnectionError`` / ``ApiTimeoutError`` only when no response arrived.
"""

import os
import random
import ssl
from collections.abc import Callable, Mapping
from typing import Any, Self

import httpx
from attrs import define, evolve, field

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

configure_from_env()


def _resolve_base_url(value: str | None) -> str:
    return (value or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")


def _resolve_timeout(value: httpx.Timeout | float) -> httpx.Timeout:
    if value is None:
        raise ValueError(
            "timeout=None would let a request hang forever; pass a number of seconds or an "
            "httpx.Timeout instead"
        )
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _copy(value: Mapping[str, str]) -> dict[str, str]:
    """Keep a copy, so that the caller's mapping is never modified."""
    return dict(value)


def _non_negative(instance: object, attribute: Any, value: float) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must not be negative, got {value!r}")


@define(repr=False)
class Client:
    """A client for the operations that need no API key.

    Arguments:
        base_url: The API root; defaults to ``$KIRIM_BASE_URL``, else ``https://api.kirim.chat/v1``.
        headers: Headers sent with every request (the mapping is copied, never modified).
        cookies: Cookies sent with every request.
        timeout: Seconds (or an ``httpx.Timeout``) before a request fails with ApiTimeoutError;
            30 s, of which 5 s to connect, by default. ``None`` is refused: it would allow hangs.
        max_retries: Further attempts after a retryable failure (connection error, timeout,
            408, 429, 500, 502, 503, 504); 3 by default, 0 turns retries off.
        max_retry_after: The longest ``Retry-After`` the client will wait, in seconds (60 by
            default). When the server asks for more, the client does not wait: ``sync`` raises
            RateLimitError with ``retry_after`` set.
        verify_ssl, follow_redirects, httpx_args: Passed to the ``httpx.Client`` and
            ``httpx.AsyncClient`` built on first use.
    """

    _base_url: str = field(default=None, converter=_resolve_base_url, alias="base_url")
    _headers: dict[str, str] = field(factory=dict, converter=_copy, kw_only=True, alias="headers")
    _cookies: dict[str, str] = field(factory=dict, converter=_copy, kw_only=True, alias="cookies")
    _timeout: httpx.Timeout = field(
        default=DEFAULT_TIMEOUT, converter=_resolve_timeout, kw_only=True, alias="timeout"
    )
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True, validator=_non_negative)
    max_retry_after: float = field(
        default=DEFAULT_MAX_RETRY_AFTER, kw_only=True, validator=_non_negative
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    # Time and randomness, private so that only tests replace them (see ``_copy_with``).
    _clock: Clock = field(factory=Clock, init=False)
    _jitter: Callable[[], float] = field(default=random.random, init=False)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, timeout={self._timeout!r}, "
            f"max_retries={self.max_retries}{self._repr_extra()})"
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
        copy = evolve(self, **changes)
        copy._clock, copy._jitter = self._clock, self._jitter
        return copy

    # -- the underlying httpx clients -----------------------------------------------------------

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use your own ``httpx.Client`` (proxies, custom transports, event hooks).

        Authentication, the User-Agent, retries and URL resolution are applied per request, so
        they keep working; the timeout, cookies and TLS settings are those of your client.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, built on first use."""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use your own ``httpx.AsyncClient``; see ``set_httpx_client``."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, built on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    def close(self) -> None:
        """Close the sync connection pool."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async connection pool."""
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    # -- sending --------------------------------------------------------------------------------

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send a request with authentication, retries and logging; ``url`` is relative to
        ``base_url``. Returns the final response whatever its status."""
        http = self.get_httpx_client()
        return _base_client.send(self, http, self._build_request(http, method, url, kwargs))

    async def request_async(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """The async twin of ``request``."""
        http = self.get_async_httpx_client()
        request = self._build_request(http, method, url, kwargs)
        return await _base_client.send_async(self, http, request)

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, method: str, url: str, kwargs: dict[str, Any]
    ) -> httpx.Request:
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
        return http.build_request(method, url, headers=headers, **kwargs)


def _resolve_token(value: str | None) -> str:
    token = (value if value is not None else os.environ.get(API_KEY_ENV, "")).strip()
    if not token:
        raise errors.KirimError(
            f"No API key: pass AuthenticatedClient(token=...) or set the {API_KEY_ENV} "
            "environment variable."
        )
    return token


@define(repr=False)
class AuthenticatedClient(Client):
    """A client for operations that need an API key.

    Arguments (besides those of Client):
        token: The API key; defaults to ``$KIRIM_API_KEY``. Without either, KirimError is raised.
            It is sent as ``Authorization: Bearer <token>`` and never shown by ``repr``.
        prefix: The scheme written before the token (``Bearer``).
        auth_header_name: The header that carries it (``Authorization``).
    """

    token: str = field(default=None, converter=_resolve_token, kw_only=True, repr=False)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def _repr_extra(self) -> str:
        return ", token=<redacted>"

    def _auth_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {self.auth_header_name: value}
