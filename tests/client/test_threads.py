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


def test_sixteen_threads_making_their_first_call_at_once_build_one_pool(
    api: WidgetsApi, make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[httpx.Client] = []
    entered = threading.Semaphore(0)

    class SlowToBuild(httpx.Client):
        """An httpx.Client whose construction waits until every thread could have started
        building one too (or a moment has passed), so that a race cannot be missed."""

        def __init__(self, **options: Any) -> None:
            entered.release()
            for _ in range(THREADS - 1):
                if not entered.acquire(timeout=0.3):
                    break  # the others are not coming: they are waiting for this pool
            super().__init__(**options)
            built.append(self)

    monkeypatch.setattr(httpx, "Client", SlowToBuild)
    start = threading.Barrier(THREADS, timeout=10)
    results: list[object] = []

    with RawServer(lambda request: Reply([OK])) as server:
        client = make_client(base_url=f"{server.url}/v1")

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
