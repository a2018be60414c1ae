"""Replay a recording through the generated client: vcrpy answers, nothing goes on the wire."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import vcr

from kirim_chat import AuthenticatedClient
from kirim_chat.models import AccountStatusFilter
from tests.contract.recordings import Recording

# Key-shaped, so the client sends what a real key looks like; built here, never committed.
TEST_TOKEN = "kdv_test_" + "0" * 24


@contextmanager
def replaying(recording: Recording) -> Iterator[Any]:
    """The recording's cassette, read-only: a request it does not hold raises instead of
    reaching the network, and so does a second request for its single interaction."""
    player = vcr.VCR(record_mode="none")
    with player.use_cassette(str(recording.path)) as cassette:
        yield cassette


def client_for(recording: Recording) -> tuple[AuthenticatedClient, dict[str, Any]]:
    """A client that sends the recorded request, and the operation arguments to pass it.

    Retries are off: the single recorded interaction answers exactly one request. A `status`
    outside the enum (the 400 recording) cannot go through the typed parameter, so it is sent
    as a client-level query parameter, as scripts/record.py sends it.
    """
    kwargs: dict[str, Any] = {}
    httpx_args: dict[str, Any] = {}
    status = recording.query.get("status")
    if status in {member.value for member in AccountStatusFilter}:
        kwargs["status"] = AccountStatusFilter(status)
    elif status is not None:
        httpx_args["params"] = {"status": status}
    client = AuthenticatedClient(
        base_url=recording.base_url, token=TEST_TOKEN, max_retries=0, httpx_args=httpx_args
    )
    return client, kwargs
