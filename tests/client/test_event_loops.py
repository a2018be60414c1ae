"""One client, many event loops: each loop gets its own async pool, closed when the loop ends.

A second ``asyncio.run`` with the same client, a test runner's loop per test, a framework's own
loop, or two loops in two threads at once: every call works, and no pool outlives its loop.
"""

import asyncio
import gc
import json
import threading
import warnings
from collections.abc import Iterator

import pytest

from tests.client.conftest import MakeClient
from tests.support.raw_http import RawServer, Reply, Request, response
from tests.support.specs import WidgetsApi, widget, widget_list

OK = response(200, json.dumps(widget_list(widget())).encode())


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer(lambda request: Reply([OK])) as running:
        yield running


def test_one_client_serves_one_event_loop_after_another(
    api: WidgetsApi, server: RawServer, make_client: MakeClient
) -> None:
    client = make_client(base_url=f"{server.url}/v1")

    for _ in range(3):
        widgets = asyncio.run(api.list_widgets.asyncio(client=client))

        assert [item.id for item in widgets.data] == [widget()["id"]]
        # The loop's pool was closed as the loop shut down: its connection is gone.
        assert server.wait_for(lambda stats: stats.open_connections == 0)

    assert server.stats.connections_opened == 3  # one pool (one kept-alive connection) a loop
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gc.collect()  # a pool left behind would warn here about its unclosed transports
    assert [str(warning.message) for warning in caught] == []


def test_one_loop_reuses_its_pool_across_calls(
    api: WidgetsApi, server: RawServer, make_client: MakeClient
) -> None:
    client = make_client(base_url=f"{server.url}/v1")

    async def three_calls() -> None:
        for _ in range(3):
            await api.list_widgets.asyncio(client=client)

    asyncio.run(three_calls())

    assert (server.stats.connections_opened, len(server.stats.requests)) == (1, 3)


def test_two_loops_in_two_threads_share_one_client_at_once(
    api: WidgetsApi, make_client: MakeClient
) -> None:
    both_arrived = threading.Barrier(2, timeout=10)

    def handle(request: Request) -> Reply:
        both_arrived.wait()  # answers only once both loops have a request in flight
        return Reply([OK])

    with RawServer(handle) as server:
        client = make_client(base_url=f"{server.url}/v1")
        results: list[object] = []

        def run_loop() -> None:
            results.append(asyncio.run(api.list_widgets.asyncio(client=client)))

        threads = [threading.Thread(target=run_loop) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)

        assert server.wait_for(lambda stats: stats.open_connections == 0)

    assert [type(result).__name__ for result in results] == ["WidgetList", "WidgetList"]
    assert server.stats.connections_opened == 2


def test_a_loop_never_borrows_the_idle_connection_of_another_live_loop(
    api: WidgetsApi, server: RawServer, make_client: MakeClient
) -> None:
    client = make_client(base_url=f"{server.url}/v1")
    first_done, release = threading.Event(), threading.Event()

    async def call_then_linger() -> None:
        await api.list_widgets.asyncio(client=client)
        first_done.set()
        await asyncio.to_thread(release.wait, 30)  # the loop lives on, its connection idle

    lingering = threading.Thread(target=asyncio.run, args=(call_then_linger(),))
    lingering.start()
    try:
        assert first_done.wait(30)
        second = asyncio.run(api.list_widgets.asyncio(client=client))
    finally:
        release.set()
        lingering.join(timeout=30)

    assert type(second).__name__ == "WidgetList"
    # Its own connection: the other loop's transport belongs to that loop.
    assert server.stats.connections_opened == 2
    assert server.wait_for(lambda stats: stats.open_connections == 0)


def test_the_sync_pool_is_untouched_by_event_loops(
    api: WidgetsApi, server: RawServer, make_client: MakeClient
) -> None:
    client = make_client(base_url=f"{server.url}/v1")

    first = api.list_widgets.sync(client=client)
    asyncio.run(api.list_widgets.asyncio(client=client))
    second = api.list_widgets.sync(client=client)

    assert first == second == api.model("WidgetList").from_dict(widget_list(widget()))
    client.close()
    assert server.wait_for(lambda stats: stats.open_connections == 0)
