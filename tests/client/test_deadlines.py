"""Deadlines: ``timeout`` bounds each attempt from start to last byte, a body that trickles in
included; ``total_timeout`` bounds the whole call, every attempt and wait included.

The waits between attempts run on the injected clock; only the tests of a server that is slow
in real time (a trickling body, a silent server) take real time, a fraction of a second each.
"""

import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from kirim_chat._clock import Clock
from tests.client.conftest import MakeClient
from tests.support.clock import FakeClock
from tests.support.parity import Caller
from tests.support.raw_http import RawServer, Reply, Request, response
from tests.support.specs import WidgetsApi, error_body

BODY_BYTES = 40
TRICKLE_INTERVAL = 0.05  # the whole body would take 2 s
BUSY = response(503, json.dumps(error_body("api_error", "busy")).encode())


def _trickle(request: Request) -> Reply:
    head = response(200, b"", headers=(("Content-Type", "application/json"),), length=False)
    head = head.replace(b"\r\n\r\n", f"\r\nContent-Length: {BODY_BYTES}\r\n\r\n".encode(), 1)
    return Reply([head, *[b" "] * BODY_BYTES], interval=TRICKLE_INTERVAL)


def test_a_body_that_trickles_in_cannot_outlast_the_timeout(
    api: WidgetsApi, make_client: MakeClient, call: Caller
) -> None:
    with RawServer(_trickle) as server:
        # The body trickles in real time: the client must measure it on a real clock.
        client = make_client(base_url=f"{server.url}/v1", clock=Clock(), timeout=0.3, max_retries=0)

        with pytest.raises(api.errors.ApiTimeoutError, match=r"not complete 0\.3s after"):
            call(api.list_widgets, client=client)

        # The client hung up on the body instead of waiting for its last byte.
        assert server.wait_for(lambda stats: stats.hung_up_early == 1)


class _LastByteLate(httpx.SyncByteStream):
    """A JSON body whose last byte arrives ``late`` seconds (on ``clock``) after the first."""

    def __init__(self, clock: FakeClock, late: float) -> None:
        self.clock, self.late = clock, late

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"data": '
        self.clock.elapsed += self.late
        yield b"[]}"


@pytest.mark.parametrize(("late", "in_time"), [(1.0, True), (1.001, False)])
def test_the_timeout_allows_a_last_byte_at_exactly_its_limit(
    api: WidgetsApi, make_client: MakeClient, clock: FakeClock, late: float, in_time: bool
) -> None:
    # Sync only: the async attempt is bounded by asyncio.timeout, on the event loop's clock.
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=_LastByteLate(clock, late))

    # An httpx client of one's own brings its own timeout.
    with httpx.Client(transport=httpx.MockTransport(handle), timeout=1.0) as own:
        client = make_client(max_retries=0).set_httpx_client(own)

        if in_time:
            assert api.list_widgets.sync(client=client).data == []
        else:
            with pytest.raises(api.errors.ApiTimeoutError, match=r"not complete 1s after"):
                api.list_widgets.sync(client=client)


def test_total_timeout_stops_retrying_when_the_next_wait_would_pass_it(
    api: WidgetsApi,
    make_client: MakeClient,
    clock: FakeClock,
    call: Caller,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    with RawServer(lambda request: Reply([BUSY])) as server:
        client = make_client(base_url=f"{server.url}/v1", max_retries=5, total_timeout=1.0)

        with pytest.raises(api.errors.ApiServerError):
            call(api.list_widgets, client=client)

    assert clock.sleeps == [0.25, 0.5]  # 0.75 s waited; the next wait (1 s) would pass 1 s
    assert len(server.stats.requests) == 3
    assert "not retrying: the wait would pass total_timeout=1s" in caplog.text


def test_total_timeout_counts_the_time_attempts_take_and_bounds_the_next(
    api: WidgetsApi, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    timeouts: list[dict[str, Any]] = []
    durations = iter([0.6, 0.1])  # how long each attempt takes, on the client's clock

    def handle(request: Request) -> Reply:
        clock.elapsed += next(durations)
        return Reply([BUSY])

    def record(request: httpx.Request) -> None:
        timeouts.append(dict(request.extensions["timeout"]))

    with RawServer(handle) as server:
        client = make_client(
            base_url=f"{server.url}/v1",
            timeout=httpx.Timeout(30.0, connect=5.0),
            max_retries=5,
            total_timeout=1.0,
            httpx_args=call.on_request(record),
        )

        with pytest.raises(api.errors.ApiServerError):
            call(api.list_widgets, client=client)

    # The first attempt may take the whole second; it takes 0.6 s, then a 0.25 s wait leaves
    # 0.15 s for the second attempt, after which (at 0.95 s) no wait fits.
    assert clock.sleeps == [0.25]
    assert timeouts[0] == {"connect": 1.0, "read": 1.0, "write": 1.0, "pool": 1.0}
    assert timeouts[1] == pytest.approx(
        {"connect": 0.15, "read": 0.15, "write": 0.15, "pool": 0.15}
    )


class OversleepingClock(FakeClock):
    """Each wait lasts ``extra`` seconds longer than asked, as a real sleep on a busy machine
    may."""

    def __init__(self, extra: float) -> None:
        super().__init__()
        self.extra = extra

    def sleep(self, seconds: float) -> None:
        super().sleep(seconds)
        self.elapsed += self.extra


# The 0.25 s wait fits in the second; it ends exactly at the deadline, or past it.
@pytest.mark.parametrize("extra", [0.75, 1.0], ids=["at-the-deadline", "past-it"])
def test_no_attempt_is_sent_once_a_wait_has_overrun_total_timeout(
    api: WidgetsApi, make_client: MakeClient, call: Caller, extra: float
) -> None:
    clock = OversleepingClock(extra)
    with RawServer(lambda request: Reply([BUSY])) as server:
        client = make_client(
            base_url=f"{server.url}/v1", clock=clock, max_retries=5, total_timeout=1.0
        )

        with pytest.raises(
            api.errors.ApiTimeoutError,
            match=r"no time was left for another attempt \(total_timeout=1s reached\)$",
        ):
            call(api.list_widgets, client=client)

    assert clock.sleeps == [0.25]
    assert len(server.stats.requests) == 1


def test_without_total_timeout_each_step_keeps_its_own_timeout(
    api: WidgetsApi, make_client: MakeClient, call: Caller
) -> None:
    timeouts: list[dict[str, Any]] = []

    def record(request: httpx.Request) -> None:
        timeouts.append(dict(request.extensions["timeout"]))

    with RawServer(lambda request: Reply([response(200, b'{"data": []}')])) as server:
        client = make_client(
            base_url=f"{server.url}/v1",
            timeout=httpx.Timeout(30.0, connect=5.0),
            httpx_args=call.on_request(record),
        )
        call(api.list_widgets, client=client)

    assert timeouts == [{"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}]


def test_total_timeout_bounds_a_call_to_a_silent_server(
    api: WidgetsApi, make_client: MakeClient, call: Caller
) -> None:
    with RawServer(lambda request: Reply(silent=True)) as server:
        # The server is silent in real time: the whole call's deadline runs on a real clock.
        client = make_client(
            base_url=f"{server.url}/v1",
            clock=Clock(),
            timeout=10.0,
            max_retries=3,
            total_timeout=0.3,
        )

        with pytest.raises(api.errors.ApiTimeoutError, match=r"\(total_timeout=0\.3s reached\)$"):
            call(api.list_widgets, client=client)

        assert len(server.stats.requests) == 1  # no time was left for another attempt


def test_with_options_sets_a_bound_on_a_quick_copy(make_client: MakeClient) -> None:
    client = make_client()

    quick = client.with_options(timeout=2.0, total_timeout=2.0)

    assert (quick.total_timeout, quick.timeout) == (2.0, httpx.Timeout(2.0))
    assert client.total_timeout is None
