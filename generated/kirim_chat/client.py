"""The clients every operation is called with.

They own what is common to all operations: configuration from arguments or the environment,
authentication, timeouts, retries with backoff, the User-Agent and DEBUG logging. Operations call
``Client.request`` / ``Client.request_async``; both return the final ``httpx.Response`` whatever its
status, and raise ``ApiConnectionError`` / ``ApiTimeoutError`` only when no response arrived.
"""

import logging
import os
import platform
import random
import ssl
import sys
import time
from collections.abc import Callable, Mapping
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from . import errors
from .types import parse_retry_after

__version__ = "0.1.0"

DEFAULT_BASE_URL = "https://api.kirim.chat/v1"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 3
DEFAULT_MAX_RETRY_AFTER = 60.0
INITIAL_RETRY_DELAY = 0.25
MAX_RETRY_DELAY = 8.0

API_KEY_ENV = "KIRIM_API_KEY"
BASE_URL_ENV = "KIRIM_BASE_URL"
LOG_ENV = "KIRIM_LOG"

USER_AGENT = (
    f"kirim-chat/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
)

# Statuses worth another attempt: the server or a proxy may answer differently next time.
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Methods that may be repeated without changing the result; other methods are retried only
# when they carry an Idempotency-Key header.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# Failures that happen before the request reaches the server, so any method may be retried.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after which the server may or may not have acted on the request.
_MAYBE_SENT = (httpx.NetworkError, httpx.TimeoutException, httpx.RemoteProtocolError)

logger = logging.getLogger("kirim_chat")


def _configure_logging_from_env() -> None:
    """``KIRIM_LOG=debug`` (or ``info``) logs to stderr without any code change."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get(LOG_ENV, "").strip().lower()
    )
    if level is None:
        return
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)


_configure_logging_from_env()


class Clock:
    """Where the client reads time and waits. Tests pass a fake one so that nothing really sleeps."""

    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        import asyncio  # here, not at the top: it costs ~9 ms at import for sync-only users

        await asyncio.sleep(seconds)


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
        clock, jitter: Time source and random source for backoff; tests replace them.
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
    clock: Clock = field(factory=Clock, kw_only=True)
    jitter: Callable[[], float] = field(default=random.random, kw_only=True)
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
        return evolve(self, **changes)

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """A copy that also sends ``headers``."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: Mapping[str, str]) -> Self:
        """A copy that also sends ``cookies``."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float) -> Self:
        """A copy with another timeout."""
        return evolve(self, timeout=timeout)

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
        request = self._build_request(http, method, url, kwargs)
        for attempt in range(1, self.max_retries + 2):
            started = self.clock.monotonic()
            try:
                response = http.send(request)
            except httpx.RequestError as exc:
                delay = self._delay_after_error(request, exc, attempt, started)
                if delay is None:
                    raise _connection_error(request, exc) from exc
                self.clock.sleep(delay)
                continue
            delay = self._delay_after_response(request, response, attempt, started)
            if delay is None:
                return response
            response.close()
            self.clock.sleep(delay)
        raise AssertionError("unreachable: the last attempt always returns or raises")

    async def request_async(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """The async twin of ``request``."""
        http = self.get_async_httpx_client()
        request = self._build_request(http, method, url, kwargs)
        for attempt in range(1, self.max_retries + 2):
            started = self.clock.monotonic()
            try:
                response = await http.send(request)
            except httpx.RequestError as exc:
                delay = self._delay_after_error(request, exc, attempt, started)
                if delay is None:
                    raise _connection_error(request, exc) from exc
                await self.clock.async_sleep(delay)
                continue
            delay = self._delay_after_response(request, response, attempt, started)
            if delay is None:
                return response
            await response.aclose()
            await self.clock.async_sleep(delay)
        raise AssertionError("unreachable: the last attempt always returns or raises")

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

    # -- retry decisions, shared by the sync and async paths ------------------------------------

    def _delay_after_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int, started: float
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to hand this response back."""
        delay: float | None = None
        note = ""
        if response.status_code in RETRYABLE_STATUSES and _is_idempotent(request):
            retry_after = parse_retry_after(response.headers, self.clock.time)
            if attempt > self.max_retries:
                note = "; retries exhausted"
            elif retry_after is not None and retry_after > self.max_retry_after:
                note = f"; Retry-After {retry_after:g}s exceeds max_retry_after, not retrying"
            else:
                delay = retry_after if retry_after is not None else self._backoff(attempt)
        self._log_attempt(
            request,
            str(response.status_code),
            attempt,
            started,
            delay,
            note,
            response.headers.get("x-request-id"),
        )
        return delay

    def _delay_after_error(
        self, request: httpx.Request, exc: httpx.RequestError, attempt: int, started: float
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to raise."""
        retryable = isinstance(exc, _NOT_SENT) or (
            isinstance(exc, _MAYBE_SENT) and _is_idempotent(request)
        )
        delay = self._backoff(attempt) if retryable and attempt <= self.max_retries else None
        note = "; retries exhausted" if retryable and delay is None else ""
        self._log_attempt(request, type(exc).__name__, attempt, started, delay, note, None)
        return delay

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff from INITIAL_RETRY_DELAY, capped, with up to 25% jitter."""
        delay = min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2.0 ** (attempt - 1))
        return delay * (1.0 - 0.25 * self.jitter())

    def _log_attempt(
        self,
        request: httpx.Request,
        outcome: str,
        attempt: int,
        started: float,
        delay: float | None,
        note: str,
        request_id: str | None,
    ) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        retry = f"; retrying in {delay:.3f}s" if delay is not None else ""
        logger.debug(
            "%s %s -> %s in %.1f ms (attempt %d/%d, request_id=%s)%s%s",
            request.method,
            request.url.path,
            outcome,
            (self.clock.monotonic() - started) * 1000.0,
            attempt,
            self.max_retries + 1,
            request_id,
            retry,
            note,
        )


def _is_idempotent(request: httpx.Request) -> bool:
    return request.method in IDEMPOTENT_METHODS or "idempotency-key" in request.headers


def _connection_error(request: httpx.Request, exc: httpx.RequestError) -> errors.ApiConnectionError:
    # The URL without its query: the message must not carry anything but the target.
    target = f"{request.method} {request.url.copy_with(query=None)}"
    if isinstance(exc, httpx.TimeoutException):
        return errors.ApiTimeoutError(f"Request timed out ({type(exc).__name__}): {target}")
    detail = str(exc) or type(exc).__name__
    return errors.ApiConnectionError(f"Connection failed: {target}: {detail}")


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
