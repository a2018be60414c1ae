"""A client pointed at the loopback test server, with a fake clock and no jitter."""

from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from kirim_chat import AuthenticatedClient
from tests.support.bodies import api_token
from tests.support.clock import FakeClock, controlled

MakeClient = Callable[..., AuthenticatedClient]


@pytest.fixture
def token() -> str:
    return api_token()


@pytest.fixture
def make_client(httpserver: HTTPServer, clock: FakeClock, token: str) -> MakeClient:
    """``make_client(max_retries=0)``: a client for the test server; keyword arguments override."""

    def make(*, jitter: float = 0.0, **overrides: Any) -> AuthenticatedClient:
        options: dict[str, Any] = {"base_url": httpserver.url_for("/v1"), "token": token}
        options.update(overrides)
        return controlled(AuthenticatedClient(**options), clock, jitter)

    return make
