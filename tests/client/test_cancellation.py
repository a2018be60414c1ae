"""Cancelling a call, during its request or during a backoff wait, stops it at once: the
cancellation propagates to the caller and nothing more is sent."""

import asyncio
import json

import pytest

from tests.client.conftest import MakeClient
from tests.support.clock import FakeClock
from tests.support.raw_http import RawServer, Reply, response
from tests.support.specs import WidgetsApi, error_body

BUSY = response(503, json.dumps(error_body("api_error", "busy")).encode())


class WaitingClock(FakeClock):
    """A clock whose waits never end by themselves; ``waiting`` is set once one has begun."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = asyncio.Event()

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.waiting.set()
        await asyncio.Event().wait()


async def _cancelled(task: asyncio.Task[object]) -> None:
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        async with asyncio.timeout(10):  # a hang here would be the bug, not the test
            await task


def test_cancelling_during_a_request_propagates_and_sends_nothing_more(
    api: WidgetsApi, make_client: MakeClient
) -> None:
    with RawServer(lambda request: Reply(silent=True)) as server:
        client = make_client(base_url=f"{server.url}/v1", max_retries=3)

        async def scenario() -> None:
            task = asyncio.create_task(api.list_widgets.asyncio(client=client))
            arrived = await asyncio.to_thread(server.wait_for, lambda s: len(s.requests) == 1)
            assert arrived
            await _cancelled(task)

        asyncio.run(scenario())

        assert len(server.stats.requests) == 1


def test_cancelling_during_a_backoff_wait_propagates_and_sends_nothing_more(
    api: WidgetsApi, make_client: MakeClient
) -> None:
    with RawServer(lambda request: Reply([BUSY])) as server:
        clock = WaitingClock()
        client = make_client(base_url=f"{server.url}/v1", clock=clock, max_retries=3)

        async def scenario() -> None:
            task = asyncio.create_task(api.list_widgets.asyncio(client=client))
            await clock.waiting.wait()
            await _cancelled(task)

        asyncio.run(scenario())

    assert clock.sleeps == [0.25]
    assert len(server.stats.requests) == 1


class InterruptedClock(FakeClock):
    def sleep(self, seconds: float) -> None:
        super().sleep(seconds)
        raise KeyboardInterrupt


def test_an_interrupt_during_a_sync_backoff_wait_propagates_and_sends_nothing_more(
    api: WidgetsApi, make_client: MakeClient
) -> None:
    with RawServer(lambda request: Reply([BUSY])) as server:
        clock = InterruptedClock()
        client = make_client(base_url=f"{server.url}/v1", clock=clock, max_retries=3)

        with pytest.raises(KeyboardInterrupt):
            api.list_widgets.sync(client=client)
        client.close()

    assert clock.sleeps == [0.25]
    assert len(server.stats.requests) == 1
