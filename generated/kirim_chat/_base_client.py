"""The send loop: one request, its retries and their waits, logged, within its deadlines; sync and
async twins.

Both loops ask ``_retry`` what to do after each attempt and ``_Budget`` how long each attempt and
wait may take, so they cannot drift apart; they differ only in how they send, read and wait.

Deadlines. ``timeout`` bounds each attempt from sending the request to the last byte of the
body: httpx's own timeouts bound each step (connect, write, each read) by what is left of the
attempt, and the body is read in chunks with the deadline checked after each one, so a body
that trickles in cannot hold a call open. In async code the whole attempt also runs under
``asyncio.timeout``, which ends it exactly at its deadline; in sync code the attempt ends at
the first chunk after its deadline, or when the read waiting at the deadline times out,
whichever comes first. ``total_timeout`` bounds the whole call the same way: each attempt gets
at most what is left of it, and a wait that would end after it is not made.
"""

import datetime
import ssl
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

import httpx

from . import _retry, errors
from ._clock import Clock
from ._constants import REQUEST_ID_HEADER
from ._logging import log_attempt

if TYPE_CHECKING:
    from .client import Client


class _Budget:
    """The time one call may still spend, on the client's clock."""

    def __init__(self, clock: Clock, total: float | None, request: httpx.Request) -> None:
        self.clock = clock
        self.total = total
        self.call_deadline = None if self.total is None else self.clock.monotonic() + self.total
        # What build_request set: this client's timeout, or that of an httpx client given to
        # set_httpx_client. Its read value bounds each attempt.
        self.timeouts: dict[str, float | None] = dict(request.extensions.get("timeout") or {})
        self.per_attempt = self.timeouts.get("read")
        self.cut_by_total = False
        """Whether the current attempt has less time than ``timeout``: what is left of the call."""

    def note(self, exc: httpx.RequestError) -> str:
        """Why a timeout came sooner than ``timeout`` said, for the error's message."""
        if self.cut_by_total and isinstance(exc, httpx.TimeoutException):
            return f"total_timeout={self.total:g}s reached"
        return ""

    def start_attempt(self, request: httpx.Request) -> float | None:
        """Seconds this attempt may take (None: unbounded); clamps httpx's step timeouts to it."""
        limits = [self.per_attempt]
        if self.call_deadline is not None:
            left = self.call_deadline - self.clock.monotonic()
            if left <= 0:
                # A wait that overran the deadline (a real sleep may oversleep): no attempt is
                # sent without time for it, and the call ends as a timeout of total_timeout.
                self.cut_by_total = True
                raise httpx.TimeoutException(
                    "no time was left for another attempt", request=request
                )
            limits.append(left)
        limit = min((value for value in limits if value is not None), default=None)
        self.cut_by_total = limit is not None and limit != self.per_attempt
        if limit is not None:
            request.extensions["timeout"] = {
                step: limit if value is None else min(value, limit)
                for step, value in self.timeouts.items()
            } or {"connect": limit, "read": limit, "write": limit, "pool": limit}
        return limit

    def allow_wait(self, decision: _retry.Decision) -> _retry.Decision:
        """``decision``, unless its wait would end after the call's deadline."""
        if decision.delay is None or self.call_deadline is None:
            return decision
        if self.clock.monotonic() + decision.delay >= self.call_deadline:
            return _retry.Decision(
                None, f"; not retrying: the wait would pass total_timeout={self.total:g}s"
            )
        return decision


def send(
    client: "Client",
    http: httpx.Client,
    request: httpx.Request,
    max_retries: int,
    total_timeout: float | None,
    send_options: Mapping[str, Any],
) -> httpx.Response:
    """The final response, whatever its status; ApiConnectionError when none arrived.

    ``max_retries`` and ``total_timeout`` are the call's (its options', else the client's);
    ``send_options`` go to ``http.send`` (a copy's own ``follow_redirects``)."""
    clock = client._clock
    budget = _Budget(clock, total_timeout, request)
    for attempt in range(1, max_retries + 2):
        started = clock.monotonic()
        try:
            response = _attempt(http, request, clock, budget.start_attempt(request), send_options)
        except httpx.RequestError as exc:
            decision = _after_error(client, budget, request, exc, attempt, started, max_retries)
            if decision.delay is None:
                raise errors.connection_error(request, exc, budget.note(exc)) from exc
            clock.sleep(decision.delay)
            continue
        _timed(response, clock, started)
        decision = _after_response(client, budget, request, response, attempt, started, max_retries)
        if decision.delay is None:
            return response
        response.close()
        clock.sleep(decision.delay)
    raise AssertionError("unreachable: the last attempt always returns or raises")


async def send_async(
    client: "Client",
    http: httpx.AsyncClient,
    request: httpx.Request,
    max_retries: int,
    total_timeout: float | None,
    send_options: Mapping[str, Any],
) -> httpx.Response:
    """The async twin of ``send``."""
    clock = client._clock
    budget = _Budget(clock, total_timeout, request)
    for attempt in range(1, max_retries + 2):
        started = clock.monotonic()
        try:
            response = await _attempt_async(
                http, request, budget.start_attempt(request), send_options
            )
        except httpx.RequestError as exc:
            decision = _after_error(client, budget, request, exc, attempt, started, max_retries)
            if decision.delay is None:
                raise errors.connection_error(request, exc, budget.note(exc)) from exc
            await clock.async_sleep(decision.delay)
            continue
        _timed(response, clock, started)
        decision = _after_response(client, budget, request, response, attempt, started, max_retries)
        if decision.delay is None:
            return response
        await response.aclose()
        await clock.async_sleep(decision.delay)
    raise AssertionError("unreachable: the last attempt always returns or raises")


# -- one attempt ------------------------------------------------------------------------------


def _timed(response: httpx.Response, clock: Clock, started: float) -> None:
    """Set ``response.elapsed``, on the client's clock, from sending to the last byte. httpx
    sets it only when it closes a stream it read itself, which a response built in memory (a
    MockTransport's) never is."""
    response.elapsed = datetime.timedelta(seconds=clock.monotonic() - started)


def _attempt(
    http: httpx.Client,
    request: httpx.Request,
    clock: Clock,
    limit: float | None,
    send_options: Mapping[str, Any],
) -> httpx.Response:
    """Send ``request`` and read the whole body, within ``limit`` seconds of starting."""
    deadline = None if limit is None else clock.monotonic() + limit
    response = http.send(request, stream=True, **send_options)
    try:
        # A response of httpx.Client always streams synchronously (and of AsyncClient, async).
        body = _RawBody(
            cast(httpx.SyncByteStream, response.stream), request, clock, deadline, limit
        )
        response.stream = body
        try:
            response.read()
        except httpx.DecodingError:
            body.drain()
            response.close()
            return _undecoded(response, body.received)
    except BaseException:
        response.close()
        raise
    return response


async def _attempt_async(
    http: httpx.AsyncClient,
    request: httpx.Request,
    limit: float | None,
    send_options: Mapping[str, Any],
) -> httpx.Response:
    """The async twin of ``_attempt``; ``asyncio.timeout`` ends it exactly at its deadline."""
    # Imported here, not at the top: asyncio costs ~10 ms of every sync-only user's import.
    import asyncio

    try:
        async with asyncio.timeout(limit):
            try:
                response = await http.send(request, stream=True, **send_options)
            except ssl.SSLError as exc:
                # httpcore before 0.17 (httpx 0.23) lets an async TLS handshake's own error
                # out, where its sync twin and later versions raise httpx.ConnectError.
                raise httpx.ConnectError(f"{type(exc).__name__}: {exc}", request=request) from exc
            try:
                body = _AsyncRawBody(cast(httpx.AsyncByteStream, response.stream))
                response.stream = body
                try:
                    await response.aread()
                except httpx.DecodingError:
                    await body.drain()
                    await response.aclose()
                    return _undecoded(response, body.received)
            except BaseException:
                await response.aclose()
                raise
    except TimeoutError as exc:
        raise httpx.ReadTimeout(_too_slow(limit), request=request) from exc
    return response


def _too_slow(limit: float | None) -> str:
    return f"the response was not complete {limit:g}s after the attempt started"


class _RawBody(httpx.SyncByteStream):
    """The response's raw byte stream, checked against the attempt's deadline after each chunk
    and kept, so that a body whose Content-Encoding cannot be decoded can still be returned."""

    def __init__(
        self,
        stream: httpx.SyncByteStream,
        request: httpx.Request,
        clock: Clock,
        deadline: float | None,
        limit: float | None,
    ) -> None:
        self._stream = stream
        self._chunks: Iterator[bytes] | None = None
        self.received: list[bytes] = []
        self._request, self._clock, self._deadline, self._limit = request, clock, deadline, limit

    def __iter__(self) -> Iterator[bytes]:
        if self._chunks is None:
            self._chunks = iter(self._stream)
        for chunk in self._chunks:  # resumable: drain() goes on where a reader stopped
            self.received.append(chunk)
            if self._deadline is not None and self._clock.monotonic() > self._deadline:
                raise httpx.ReadTimeout(_too_slow(self._limit), request=self._request)
            yield chunk

    def drain(self) -> None:
        for _ in self:
            pass

    def close(self) -> None:
        self._stream.close()


class _AsyncRawBody(httpx.AsyncByteStream):
    """The async twin of ``_RawBody``, without deadline checks (``asyncio.timeout`` does that)."""

    def __init__(self, stream: httpx.AsyncByteStream) -> None:
        self._stream = stream
        self._chunks: AsyncIterator[bytes] | None = None
        self.received: list[bytes] = []

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._chunks is None:
            self._chunks = aiter(self._stream)
        async for chunk in self._chunks:
            self.received.append(chunk)
            yield chunk

    async def drain(self) -> None:
        async for _ in self:
            pass

    async def aclose(self) -> None:
        await self._stream.aclose()


def _undecoded(response: httpx.Response, raw: list[bytes]) -> httpx.Response:
    """``response`` with its body as received, when its Content-Encoding cannot be decoded: an
    error status still raises its typed error (and is retried when retryable), and a success
    body that is not the documented JSON fails validation like any other."""
    kept = httpx.Response(
        response.status_code,
        headers=[
            (name, value)
            for name, value in response.headers.raw
            if name.lower() != b"content-encoding"
        ],
        stream=httpx.ByteStream(b"".join(raw)),
        request=response.request,
    )
    kept.read()
    kept.headers = response.headers  # the headers as received, Content-Encoding included
    return kept


# -- what to do next --------------------------------------------------------------------------


def _after_response(
    client: "Client",
    budget: _Budget,
    request: httpx.Request,
    response: httpx.Response,
    attempt: int,
    started: float,
    max_retries: int,
) -> _retry.Decision:
    decision = _retry.after_response(
        request,
        response,
        attempt=attempt,
        max_retries=max_retries,
        max_retry_after=client.max_retry_after,
        now=client._clock.time,
        jitter=client._jitter,
    )
    decision = budget.allow_wait(decision)
    log_attempt(
        request,
        str(response.status_code),
        failed=response.status_code >= 400,
        attempt=attempt,
        attempts=max_retries + 1,
        elapsed=client._clock.monotonic() - started,
        decision=decision,
        request_id=response.headers.get(REQUEST_ID_HEADER),
    )
    return decision


def _after_error(
    client: "Client",
    budget: _Budget,
    request: httpx.Request,
    exc: httpx.RequestError,
    attempt: int,
    started: float,
    max_retries: int,
) -> _retry.Decision:
    decision = _retry.after_error(
        request, exc, attempt=attempt, max_retries=max_retries, jitter=client._jitter
    )
    decision = budget.allow_wait(decision)
    log_attempt(
        request,
        type(exc).__name__,
        failed=True,
        attempt=attempt,
        attempts=max_retries + 1,
        elapsed=client._clock.monotonic() - started,
        decision=decision,
        request_id=None,
    )
    return decision
