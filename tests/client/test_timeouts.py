"""Timeouts are explicit, overridable, and end in ApiTimeoutError instead of a hang."""

import asyncio

import httpx
import pytest

from tests.client.conftest import MakeClient
from tests.support.clock import FakeClock
from tests.support.parity import Caller
from tests.support.sockets import misbehaving_server
from tests.support.specs import WidgetsApi

# What the client's timeout becomes on each request httpx sends (its request extensions).
QUICK = httpx.Timeout(0.2, connect=2.0)
# An attempt may last no longer than the read timeout, start to last byte: the client caps each
# of httpx's step timeouts at that budget (here connect's 2.0 s), not httpx's own 5 s default.
QUICK_AS_SENT = {"connect": 0.2, "read": 0.2, "write": 0.2, "pool": 0.2}
# The silent server hangs up after this long: well beyond QUICK's read timeout, well short of
# httpx's own 5 s default. A client that ignores its timeout fails here, at once, with a dropped
# connection instead of ApiTimeoutError.
SILENCE = 2.0


def test_the_default_timeout_is_explicit(api: WidgetsApi, token: str) -> None:
    client = api.package.AuthenticatedClient(token=token)

    async def async_pool_timeout() -> httpx.Timeout:
        # The async pool belongs to the running event loop, so it is made inside one.
        timeout: httpx.Timeout = client.get_async_httpx_client().timeout
        await client.aclose()
        return timeout

    assert client.timeout == httpx.Timeout(30.0, connect=5.0)
    assert client.get_httpx_client().timeout == httpx.Timeout(30.0, connect=5.0)
    client.close()
    client = api.package.AuthenticatedClient(token=token)
    assert asyncio.run(async_pool_timeout()) == httpx.Timeout(30.0, connect=5.0)


def test_a_number_of_seconds_becomes_an_httpx_timeout(api: WidgetsApi, token: str) -> None:
    assert api.package.AuthenticatedClient(token=token, timeout=2.5).timeout == httpx.Timeout(2.5)


def test_no_timeout_at_all_is_refused(api: WidgetsApi, token: str) -> None:
    with pytest.raises(ValueError, match="hang forever"):
        api.package.AuthenticatedClient(token=token, timeout=None)


def test_with_timeout_returns_a_new_client_and_leaves_the_old_one_alone(
    api: WidgetsApi, token: str
) -> None:
    client = api.package.AuthenticatedClient(token=token)

    quicker = client.with_timeout(1.0)

    assert quicker.timeout == httpx.Timeout(1.0)
    assert client.timeout == httpx.Timeout(30.0, connect=5.0)


def test_a_slow_server_raises_api_timeout_error_after_the_retries(
    api: WidgetsApi, make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    with misbehaving_server(hang_up=False, silent_for=SILENCE) as port:
        client = make_client(base_url=f"http://127.0.0.1:{port}/v1", timeout=QUICK, max_retries=1)

        with pytest.raises(api.errors.ApiTimeoutError) as raised:
            call(api.list_widgets, client=client, status="all")

    assert isinstance(raised.value, api.errors.ApiConnectionError)
    cause = raised.value.__cause__
    assert isinstance(cause, httpx.ReadTimeout)
    assert cause.request.extensions["timeout"] == QUICK_AS_SENT  # the client's, not httpx's
    # The target without its query string, and why: httpx's own read timeout (sync), or the
    # attempt's deadline, which async calls enforce themselves.
    detail = (
        "timed out"
        if call.mode == "sync"
        else ("the response was not complete 0.2s after the attempt started")
    )
    assert str(raised.value) == (
        f"Request timed out (ReadTimeout): GET http://127.0.0.1:{port}/v1/widgets: {detail}"
    )
    assert clock.sleeps == [0.25]  # the timeout was retried once, as GET is idempotent


def test_each_path_sends_with_the_clients_own_timeout(
    api: WidgetsApi, make_client: MakeClient, call: Caller
) -> None:
    # A silent server that hangs up after SILENCE: if the sync or the async path let httpx apply
    # its own default (5 s) instead of QUICK, the call fails here after SILENCE seconds with a
    # dropped connection, rather than after 0.2 s with a read timeout.
    with misbehaving_server(hang_up=False, silent_for=SILENCE) as port:
        client = make_client(base_url=f"http://127.0.0.1:{port}/v1", timeout=QUICK, max_retries=0)

        with pytest.raises(api.errors.ApiConnectionError) as raised:
            call(api.get_widget, client=client, widget_id="wgt_1")

    assert isinstance(raised.value.__cause__, httpx.ReadTimeout), raised.value
    assert type(raised.value) is api.errors.ApiTimeoutError
