"""Copies share the pool, and forks never do.

``with_options``, ``with_headers``, ``with_timeout`` and ``with_cookies`` return copies that share
the client's connection pools, and any httpx client given to ``set_httpx_client``: however many
copies, the sockets stay within the pool's limits, and closing the client that built the pool
closes it for every copy. After ``os.fork()`` the child never touches the parent's pooled
connections: its first call builds a pool of its own, and the parent keeps its connection.
"""

import asyncio
import gc
import json
import os
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from tests.client.conftest import MakeClient
from tests.support.clock import FakeClock
from tests.support.http_server import LoopbackServer, Received
from tests.support.http_server import Reply as LoopbackReply
from tests.support.parity import Caller
from tests.support.raw_http import RawServer, Reply, response
from tests.support.specs import WidgetsApi, authenticated_client, widget, widget_list

OK_BODY = json.dumps(widget_list(widget())).encode()
COPIES = 300
POOL_SIZE = 10


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer(lambda request: Reply([response(200, OK_BODY)])) as running:
        yield running


@contextmanager
def no_resource_warnings() -> Iterator[None]:
    """Fails when anything left unclosed (a socket, a transport) warns when collected."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
        gc.collect()
    assert [str(warning.message) for warning in caught] == []


def _copy(client: Any, number: int) -> Any:
    """A different copy each time, as an application making one per request would."""
    return client.with_options(
        max_retries=number % 4, timeout=10.0 + number, headers={"X-Copy": str(number)}
    )


def test_three_hundred_copies_share_one_connection_and_the_callers_httpx_client(
    api: WidgetsApi, server: RawServer, make_client: MakeClient, call: Caller
) -> None:
    hooked: list[str] = []
    own_pool: dict[str, Any] = {"limits": httpx.Limits(max_connections=POOL_SIZE)}
    hooks = call.on_request(lambda request: hooked.append(request.headers["X-Copy"]))
    own: httpx.Client | httpx.AsyncClient
    with no_resource_warnings():
        client = make_client(base_url=f"{server.url}/v1")
        if call.mode == "sync":
            own = httpx.Client(**own_pool, **hooks)
            client.set_httpx_client(own)
        else:
            own = httpx.AsyncClient(**own_pool, **hooks)
            client.set_async_httpx_client(own)

        for number in range(COPIES):
            copy = _copy(client, number)
            assert call(api.list_widgets, client=copy).data[0].id == widget()["id"]

        call.close_client(client)
        assert server.wait_for(lambda stats: stats.open_connections == 0)
        del copy

    numbers = [str(number) for number in range(COPIES)]
    assert hooked == numbers  # the caller's httpx client sent every copy's call
    assert [request.headers["x-copy"] for request in server.stats.requests] == numbers
    assert server.stats.connections_opened == 1  # one kept-alive connection for them all
    assert own.is_closed  # closing the client that was given it closed it


@pytest.mark.anyio
async def test_three_hundred_copies_at_once_stay_within_the_pools_limit(
    api: WidgetsApi, clock: FakeClock
) -> None:
    async with LoopbackServer(lambda request: _ok(request)) as server:
        client = authenticated_client(
            api.package,
            clock,
            base_url=server.url,
            httpx_args={"limits": httpx.Limits(max_connections=POOL_SIZE)},
        )
        with no_resource_warnings():
            results = await asyncio.gather(
                *(
                    api.list_widgets.asyncio(client=_copy(client, number))
                    for number in range(COPIES)
                )
            )
            await client.aclose()
            await server.wait_for_no_connections()

    assert len(results) == server.requests_served == COPIES
    assert server.peak_connections <= POOL_SIZE
    assert server.connections_opened <= POOL_SIZE


def _ok(request: Received) -> LoopbackReply:
    return LoopbackReply(200, OK_BODY)


def test_closing_a_copy_leaves_the_pool_open_and_closing_the_original_closes_it_for_all(
    api: WidgetsApi, server: RawServer, make_client: MakeClient, call: Caller
) -> None:
    client = make_client(base_url=f"{server.url}/v1")
    copy = client.with_headers({"X-Copy": "1"})

    call(api.list_widgets, client=copy)
    call.close_client(copy)
    with pytest.raises(api.errors.ClientClosedError, match="was closed"):
        call(api.list_widgets, client=copy)
    call(api.list_widgets, client=client)  # the pool is open: its connection carries on
    assert (server.stats.connections_opened, server.stats.open_connections) == (1, 1)

    other = client.with_timeout(5.0)
    call.close_client(client)

    assert server.wait_for(lambda stats: stats.open_connections == 0)
    with pytest.raises(api.errors.ClientClosedError, match=r"copy .* sharing .* was closed"):
        call(api.list_widgets, client=other)
    assert len(server.stats.requests) == 2


@pytest.mark.parametrize("change", [{"verify_ssl": False}, {"httpx_args": {"http1": True}}])
def test_a_copy_that_changes_the_connections_builds_and_closes_its_own_pool(
    api: WidgetsApi, server: RawServer, make_client: MakeClient, change: dict[str, Any]
) -> None:
    client = make_client(base_url=f"{server.url}/v1")
    copy = client.with_options(**change)

    api.list_widgets.sync(client=client)
    api.list_widgets.sync(client=copy)
    assert server.stats.connections_opened == 2
    copy.close()

    assert server.wait_for(lambda stats: stats.open_connections == 1)
    api.list_widgets.sync(client=client)  # the original's pool was left alone
    client.close()


def test_a_copy_sends_its_own_timeout_cookies_and_redirect_setting_on_the_shared_pool(
    api: WidgetsApi, make_client: MakeClient
) -> None:
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path.endswith("/widgets"):
            return httpx.Response(302, headers={"Location": "/v1/moved"})
        return httpx.Response(200, json=widget_list())

    own = httpx.Client(transport=httpx.MockTransport(handle), timeout=7.0)  # its own timeout
    client = make_client(max_retries=0).set_httpx_client(own)
    copy = (
        client.with_timeout(2.0).with_cookies({"session": "s1"}).with_options(follow_redirects=True)
    )

    assert api.list_widgets.sync(client=copy).data == []  # followed to /v1/moved
    with pytest.raises(api.errors.ResponseValidationError):
        api.list_widgets.sync(client=client)  # the 302 itself: the original does not follow

    first, _, original = sent
    assert first.extensions["timeout"]["read"] == 2.0
    assert first.headers["Cookie"] == "session=s1"
    assert original.extensions["timeout"]["read"] == 7.0  # the given httpx client's own
    assert "Cookie" not in original.headers
    client.close()


def test_an_httpx_client_set_on_a_copy_stays_with_the_copy(
    api: WidgetsApi, server: RawServer, make_client: MakeClient
) -> None:
    seen: list[httpx.Request] = []
    client = make_client(base_url=f"{server.url}/v1")
    copy = client.with_options(max_retries=0)
    copy.set_httpx_client(httpx.Client(event_hooks={"request": [seen.append]}))

    api.list_widgets.sync(client=client)
    api.list_widgets.sync(client=copy)
    copy.close()  # it owns what it was given

    assert len(seen) == 1
    api.list_widgets.sync(client=client)
    client.close()
    assert server.stats.connections_opened == 2


# -- fork ---------------------------------------------------------------------------------------


def in_child(work: Callable[[], str]) -> str:
    """``work()`` run in a forked child process: what it returned, or the error it raised."""
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        # Python 3.12+ warns that forking a process with threads (the test server's) may
        # deadlock the child; the child here never touches what those threads hold.
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # pragma: no cover (the child: its coverage and its exit are its own)
        outcome = "the child did not finish"
        try:
            os.close(read_end)
            outcome = work()
        except BaseException as exc:  # noqa: BLE001 (reported to the parent, whatever it is)
            outcome = f"{type(exc).__name__}: {exc}"
        finally:
            os.write(write_end, outcome.encode())
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        outcome = pipe.read().decode()
    os.waitpid(pid, 0)
    return outcome


def test_a_forked_child_opens_its_own_connection_and_the_parent_keeps_its_own(
    api: WidgetsApi, server: RawServer, make_client: MakeClient
) -> None:
    client = make_client(base_url=f"{server.url}/v1")
    api.list_widgets.sync(client=client)
    assert server.stats.connections_opened == 1

    pools = api.package._pools

    def child() -> str:
        if pools._fork_lock.locked():
            return "the child inherited a held lock: its first call would wait forever"
        with warnings.catch_warnings(record=True) as caught:  # the parent's pool, collected
            warnings.simplefilter("always")
            result = type(api.list_widgets.sync(client=client)).__name__
            gc.collect()
        return "; ".join([result, *(str(warning.message) for warning in caught)])

    # Forked while the lock that guards the reset is held, as by another thread of the parent.
    with pools._fork_lock:
        assert in_child(child) == "WidgetList"
    assert server.stats.connections_opened == 2  # the child's own, not the parent's

    api.list_widgets.sync(client=client)
    assert server.stats.connections_opened == 2  # the parent's kept-alive connection, reused
    assert len(server.stats.requests) == 3
    client.close()


def test_a_forked_child_builds_its_own_async_pool_on_an_inherited_event_loop(
    api: WidgetsApi, server: RawServer, make_client: MakeClient
) -> None:
    client = make_client(base_url=f"{server.url}/v1")
    with asyncio.Runner() as runner:  # one loop, still open when the process forks
        runner.run(api.list_widgets.asyncio(client=client))
        assert server.stats.connections_opened == 1

        def child() -> str:
            return type(runner.run(api.list_widgets.asyncio(client=client))).__name__

        assert in_child(child) == "WidgetList"
        assert server.stats.connections_opened == 2

        runner.run(api.list_widgets.asyncio(client=client))
        assert server.stats.connections_opened == 2
        runner.run(client.aclose())
    assert server.wait_for(lambda stats: stats.open_connections == 0)
