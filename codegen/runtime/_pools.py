"""The connection pools behind a client: one sync pool, and one async pool per event loop.

An ``httpx.AsyncClient`` belongs to the event loop it first ran on: its connections are that
loop's transports. A client used from a second loop (a second ``asyncio.run``, a test runner's
loop per test, a framework's own loop) therefore gets a pool of its own there, and each pool is
closed when its loop shuts down, so nothing outlives its loop or warns about it.

The copies of a client (``with_options`` and the like) share its ``Pools``: the client that built
them closes them, for every copy.

Forks. A child process inherits the pools as they were, their sockets included, and two processes
writing on one connection garble each other's requests. So each ``Pools`` remembers the process
it was made in and checks it on every use (``os.getpid()``, a fraction of a microsecond): in a
child, the first call builds new pools. A check on use rather than an ``os.register_at_fork``
hook alone, because it needs no registry of every client alive and also sees forks made below
Python (a server that forks its workers in C). The pools built before the fork are kept,
untouched, for as long as the child lives: closing them there could write to the parent's
connections (an HTTP/2 GOAWAY, a TLS close_notify), and dropping them would let the garbage
collector close them with a ResourceWarning. An httpx client given to ``set_httpx_client`` or
``set_async_httpx_client`` is the caller's, and is used as it is in both processes.
"""

import os
import threading
from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING, NamedTuple

import httpx

from . import errors

if TYPE_CHECKING:
    # Imported where it is used, not here: asyncio costs ~10 ms of every sync user's import.
    import asyncio


class _LoopPool(NamedTuple):
    http: httpx.AsyncClient
    closer: AsyncGenerator[None, None]


# Guards the reset after a fork. An at-fork hook gives each child a fresh one: a lock held by
# another thread of the parent when it forked would stay held in the child forever.
_fork_lock = threading.Lock()
# The pools a child inherited, kept so that nothing ever closes or collects them (see above).
_inherited: list[object] = []


def _new_fork_lock() -> None:
    global _fork_lock
    _fork_lock = threading.Lock()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_new_fork_lock)


class Pools:
    """The lazily built pools of one client and its copies; safe to use from any number of
    threads, event loops and forked processes."""

    def __init__(
        self,
        build_sync: Callable[[], httpx.Client],
        build_async: Callable[[], httpx.AsyncClient],
    ) -> None:
        self._build_sync = build_sync
        self._build_async = build_async
        self._pid = os.getpid()
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        self._sync_given = False
        self._async_given: httpx.AsyncClient | None = None
        self._by_loop: dict[asyncio.AbstractEventLoop, _LoopPool] = {}
        self.closed = False
        """Set by ``close``/``aclose``: no pool is built or handed out any more."""

    def _check_process(self) -> None:
        if self._pid != os.getpid():
            self._forked()

    def _forked(self) -> None:
        """In a child process: set aside the pools built in the parent; calls build new ones."""
        with _fork_lock:
            if self._pid == os.getpid():
                return  # another thread of this child got here first
            _inherited.append((None if self._sync_given else self._sync, self._by_loop))
            self._lock = threading.Lock()
            if not self._sync_given:
                self._sync = None
            self._by_loop = {}
            self._pid = os.getpid()

    def _refuse_when_closed(self) -> None:
        if self.closed:
            raise errors.ClientClosedError("The client was closed; build a new one.")

    # -- sync -----------------------------------------------------------------------------------

    def sync(self) -> httpx.Client:
        """The sync pool, built once even when many threads make their first call together."""
        self._check_process()
        pool = self._sync
        if pool is None:
            with self._lock:
                self._refuse_when_closed()
                if self._sync is None:
                    self._sync = self._build_sync()
                pool = self._sync
        return pool

    def set_sync(self, pool: httpx.Client) -> None:
        self._check_process()
        with self._lock:
            self._sync, self._sync_given = pool, True

    def close(self) -> None:
        """Close the sync pool (built or given), and build or hand out none any more."""
        self._check_process()
        with self._lock:
            self.closed = True
            pool, self._sync = self._sync, None
        if pool is not None:
            pool.close()

    # -- async ----------------------------------------------------------------------------------

    def set_async(self, pool: httpx.AsyncClient) -> None:
        self._async_given = pool

    def for_running_loop(self) -> httpx.AsyncClient:
        """The async pool of the running event loop, built on its first use there (or the one
        given to ``set_async``, on every loop)."""
        import asyncio  # here: see the top of the module

        if self._async_given is not None:
            return self._async_given
        self._check_process()
        loop = asyncio.get_running_loop()
        entry = self._by_loop.get(loop)
        if entry is None:
            with self._lock:
                self._refuse_when_closed()
                self._forget_closed_loops()
                http = self._build_async()
                closer = _close_with_loop(http, lambda: self._forget(loop, http), self._pid)
                _start(closer)
                entry = self._by_loop[loop] = _LoopPool(http, closer)
        return entry.http

    async def aclose(self) -> None:
        """Close the running loop's pool (or the one given to ``set_async``) and the sync pool;
        the other loops' pools close as their loops shut down."""
        import asyncio  # here: see the top of the module

        self.closed = True
        if self._async_given is not None:
            await self._async_given.aclose()
        self._check_process()
        entry = self._by_loop.get(asyncio.get_running_loop())
        if entry is not None:
            await entry.closer.aclose()
        self.close()

    def _forget(self, loop: "asyncio.AbstractEventLoop", http: httpx.AsyncClient) -> None:
        with self._lock:
            entry = self._by_loop.get(loop)
            if entry is not None and entry.http is http:
                del self._by_loop[loop]

    def _forget_closed_loops(self) -> None:
        # A loop closed without shutting down its async generators (a bare loop.close()) never
        # ran its closer; its pool cannot be closed any more, only dropped.
        for loop in [loop for loop in self._by_loop if loop.is_closed()]:
            del self._by_loop[loop]


async def _close_with_loop(
    http: httpx.AsyncClient, forget: Callable[[], None], pid: int
) -> AsyncGenerator[None, None]:
    """Closes ``http`` when the generator is closed: by ``aclose``, or by the loop's
    ``shutdown_asyncgens()``, which ``asyncio.run`` and ``asyncio.Runner`` call before closing the
    loop. That is the one hook asyncio gives to run code in a loop that is about to end."""
    try:
        yield
    finally:
        forget()
        if os.getpid() == pid:  # a child shutting down a loop it inherited leaves the pool be
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
