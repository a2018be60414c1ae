"""The connection pools behind a client: one sync pool, and one async pool per event loop.

An ``httpx.AsyncClient`` belongs to the event loop it first ran on: its connections are that
loop's transports. A client used from a second loop (a second ``asyncio.run``, a test runner's
loop per test, a framework's own loop) therefore gets a pool of its own there, and each pool is
closed when its loop shuts down, so nothing outlives its loop or warns about it.
"""

import threading
from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING, NamedTuple

import httpx

if TYPE_CHECKING:
    # Imported where it is used, not here: asyncio costs ~10 ms of every sync user's import.
    import asyncio


class _LoopPool(NamedTuple):
    http: httpx.AsyncClient
    closer: AsyncGenerator[None, None]


class Pools:
    """The lazily built pools of one client; safe to use from any number of threads and loops."""

    def __init__(
        self,
        build_sync: Callable[[], httpx.Client],
        build_async: Callable[[], httpx.AsyncClient],
    ) -> None:
        self._build_sync = build_sync
        self._build_async = build_async
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        self._by_loop: dict[asyncio.AbstractEventLoop, _LoopPool] = {}

    # -- sync -----------------------------------------------------------------------------------

    def sync(self) -> httpx.Client:
        """The sync pool, built once even when many threads make their first call together."""
        pool = self._sync
        if pool is None:
            with self._lock:
                if self._sync is None:
                    self._sync = self._build_sync()
                pool = self._sync
        return pool

    def set_sync(self, pool: httpx.Client) -> None:
        with self._lock:
            self._sync = pool

    def close_sync(self) -> None:
        with self._lock:
            pool, self._sync = self._sync, None
        if pool is not None:
            pool.close()

    # -- async ----------------------------------------------------------------------------------

    def for_running_loop(self) -> httpx.AsyncClient:
        """The async pool of the running event loop, built on its first use there."""
        import asyncio  # here: see the top of the module

        loop = asyncio.get_running_loop()
        entry = self._by_loop.get(loop)
        if entry is None:
            with self._lock:
                self._forget_closed_loops()
                http = self._build_async()
                closer = _close_with_loop(http, lambda: self._forget(loop))
                _start(closer)
                entry = self._by_loop[loop] = _LoopPool(http, closer)
        return entry.http

    async def close_running_loop(self) -> None:
        """Close the running loop's pool now rather than when the loop shuts down."""
        import asyncio  # here: see the top of the module

        entry = self._by_loop.get(asyncio.get_running_loop())
        if entry is not None:
            await entry.closer.aclose()

    def _forget(self, loop: "asyncio.AbstractEventLoop") -> None:
        with self._lock:
            self._by_loop.pop(loop, None)

    def _forget_closed_loops(self) -> None:
        # A loop closed without shutting down its async generators (a bare loop.close()) never
        # ran its closer; its pool cannot be closed any more, only dropped.
        for loop in [loop for loop in self._by_loop if loop.is_closed()]:
            del self._by_loop[loop]


async def _close_with_loop(
    http: httpx.AsyncClient, forget: Callable[[], None]
) -> AsyncGenerator[None, None]:
    """Closes ``http`` when the generator is closed: by ``close_running_loop``, or by the loop's
    ``shutdown_asyncgens()``, which ``asyncio.run`` and ``asyncio.Runner`` call before closing the
    loop. That is the one hook asyncio gives to run code in a loop that is about to end."""
    try:
        yield
    finally:
        forget()
        await http.aclose()


def _start(closer: AsyncGenerator[None, None]) -> None:
    """Run ``closer`` up to its ``yield``. Its first step registers it with the running loop's
    async-generator hooks (which is what makes the loop close it at shutdown) and does not
    await anything, so it can be driven here without awaiting."""
    step = closer.asend(None)
    try:
        step.send(None)
    except StopIteration:
        return
    raise AssertionError("the closer awaited before its first yield")  # pragma: no cover
