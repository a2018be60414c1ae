"""The runtime's tests run against a package generated from a scratch spec in the vendor's
conventions (tests/support/specs.py), never against today's openapi.yaml: a change there
touches none of them. ``make_client`` points that package's client at the loopback test server,
with a fake clock and no jitter."""

from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from kirim_chat._clock import Clock
from tests.conftest import ScratchPackages
from tests.support.clock import FakeClock
from tests.support.specs import WIDGETS_SPEC, WidgetsApi, api_token, authenticated_client

MakeClient = Callable[..., Any]


@pytest.fixture
def token() -> str:
    return api_token()


@pytest.fixture(scope="session")
def api(scratch_packages: ScratchPackages) -> WidgetsApi:
    return WidgetsApi(scratch_packages(WIDGETS_SPEC))


@pytest.fixture
def make_client(
    api: WidgetsApi, httpserver: HTTPServer, clock: FakeClock, token: str
) -> MakeClient:
    """``make_client(max_retries=0)``: a client for the test server, on the test's fake clock;
    keyword arguments override (``base_url=`` another server, ``clock=`` another clock)."""

    def make(*, clock: Clock = clock, jitter: float = 0.0, **overrides: Any) -> Any:
        options: dict[str, Any] = {"base_url": httpserver.url_for("/v1"), "token": token}
        options.update(overrides)
        return authenticated_client(api.package, clock, jitter=jitter, **options)

    return make
