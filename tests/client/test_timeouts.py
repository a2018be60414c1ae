"""Timeouts are explicit, overridable, and end in ApiTimeoutError instead of a hang."""

import httpx
import pytest

from kirim_chat import AuthenticatedClient, errors
from kirim_chat._constants import DEFAULT_TIMEOUT
from kirim_chat.api.accounts import list_accounts
from tests.client.conftest import MakeClient
from tests.support.clock import FakeClock
from tests.support.parity import Caller
from tests.support.sockets import misbehaving_server


def test_the_default_timeout_is_explicit(token: str) -> None:
    client = AuthenticatedClient(token=token)

    assert client.timeout == DEFAULT_TIMEOUT == httpx.Timeout(30.0, connect=5.0)
    assert client.get_httpx_client().timeout == DEFAULT_TIMEOUT
    client.close()


def test_a_number_of_seconds_becomes_an_httpx_timeout(token: str) -> None:
    assert AuthenticatedClient(token=token, timeout=2.5).timeout == httpx.Timeout(2.5)


def test_no_timeout_at_all_is_refused(token: str) -> None:
    with pytest.raises(ValueError, match="hang forever"):
        AuthenticatedClient(token=token, timeout=None)  # type: ignore[arg-type]


def test_with_timeout_returns_a_new_client_and_leaves_the_old_one_alone(token: str) -> None:
    client = AuthenticatedClient(token=token)

    quicker = client.with_timeout(1.0)

    assert quicker.timeout == httpx.Timeout(1.0)
    assert client.timeout == DEFAULT_TIMEOUT


def test_a_slow_server_raises_api_timeout_error_after_the_retries(
    make_client: MakeClient, clock: FakeClock, call: Caller
) -> None:
    with misbehaving_server(hang_up=False) as port:
        client = make_client(
            base_url=f"http://127.0.0.1:{port}/v1",
            timeout=httpx.Timeout(0.2, connect=2.0),
            max_retries=1,
        )

        with pytest.raises(errors.ApiTimeoutError) as raised:
            call(list_accounts, client=client)

    assert isinstance(raised.value, errors.ApiConnectionError)
    assert isinstance(raised.value.__cause__, httpx.ReadTimeout)
    assert "Request timed out (ReadTimeout): GET http://127.0.0.1:" in str(raised.value)
    assert clock.sleeps == [0.25]  # the timeout was retried once, as GET is idempotent
