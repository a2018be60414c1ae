"""Threads: a client shared by threads builds one connection pool, however many threads make
their first call at the same moment."""

import json
import threading
from typing import Any

import httpx
import pytest

from tests.client.conftest import MakeClient
from tests.support.raw_http import RawServer, Reply, response
from tests.support.specs import WidgetsApi, widget, widget_list

THREADS = 16
OK = response(200, json.dumps(widget_list(widget())).encode())


class _Arrivals:
    """Counts the threads that reached the pool: waiting for its lock, or building it."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._threads: set[int] = set()

    def arrive(self) -> None:
        with self._changed:
            self._threads.add(threading.get_ident())
            self._changed.notify_all()

    def wait_for(self, count: int) -> None:
        with self._changed:
            # The timeout only turns a hang into a failure; the wait ends when all arrive.
            if not self._changed.wait_for(lambda: len(self._threads) >= count, timeout=30):
                raise AssertionError(f"only {len(self._threads)} of {count} threads arrived")


class _CountedLock:
    """The pool's lock, noting each thread that comes to wait for it."""

    def __init__(self, lock: Any, arrivals: _Arrivals) -> None:
        self._lock, self._arrivals = lock, arrivals

    def __enter__(self) -> None:
        self._arrivals.arrive()
        self._lock.acquire()

    def __exit__(self, *args: object) -> None:
        self._lock.release()


def test_sixteen_threads_making_their_first_call_at_once_build_one_pool(
    api: WidgetsApi, make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first pool is built only once every thread has come for it, either waiting for the
    pool's lock or building a pool of its own: a race cannot be missed, and nothing waits on
    time (a client that built a pool per thread would build sixteen here)."""
    built: list[httpx.Client] = []
    arrivals = _Arrivals()

    class BuiltWhenAllHaveArrived(httpx.Client):
        def __init__(self, **options: Any) -> None:
            arrivals.arrive()
            arrivals.wait_for(THREADS)
            super().__init__(**options)
            built.append(self)

    monkeypatch.setattr(httpx, "Client", BuiltWhenAllHaveArrived)
    start = threading.Barrier(THREADS, timeout=10)
    results: list[object] = []

    with RawServer(lambda request: Reply([OK])) as server:
        client = make_client(base_url=f"{server.url}/v1")
        pools = client._pools  # the runtime's pools: their lock is where threads wait
        pools._lock = _CountedLock(pools._lock, arrivals)

        def first_call() -> None:
            start.wait()
            results.append(api.list_widgets.sync(client=client))

        threads = [threading.Thread(target=first_call) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        client.close()

    assert len(built) == 1
    assert [type(result).__name__ for result in results] == ["WidgetList"] * THREADS
    assert len(server.stats.requests) == THREADS
