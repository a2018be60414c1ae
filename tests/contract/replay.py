"""Replay a recording through the generated client: vcrpy answers, nothing goes on the wire.

The operation is found from the recorded request (its method and path, in the spec), and called
with the arguments the request carried, so any operation's recordings replay with no code here.

A recording may carry a value the client will not send: a query value outside its enum or a
path value against its pattern (in a recording of the 400 that refuses it), or no value at all
for a parameter that became required after it was recorded. Such a value is replaced by one the
spec accepts (left out when optional), so the client sends the request, and a request hook puts
the recorded URL back before it goes out: the recording is answered exactly as it was recorded.
A request with no such value is sent as the client builds it, so the replay also shows that the
client builds the recorded request.
"""

import json
import ssl
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any, Self

import httpx
import vcr
from openapi_schema_validator import OAS31Validator

import kirim_chat
from scripts.operations import (
    Operation,
    example_of,
    from_text,
    inline,
    operations,
    python_name,
    typed,
)
from scripts.paths import SPEC
from scripts.recordings.cassette import Recording
from scripts.spec import load

# Key-shaped, so the client sends what a real key looks like; built here, never committed.
TEST_TOKEN = "kdv_test_" + "0" * 24


@contextmanager
def replaying(recording: Recording) -> Iterator[Any]:
    """The recording's cassette, read-only: a request it does not hold raises instead of
    reaching the network, and so does a second request for its single interaction."""
    player = vcr.VCR(record_mode="none")
    with player.use_cassette(str(recording.path)) as cassette:
        yield cassette


@dataclass
class Replay:
    """What sends the recorded request again: the operation, its module, a client and the
    arguments to call the module's functions with."""

    operation: Operation
    module: ModuleType
    client: Any
    arguments: dict[str, Any]


def replay_for(
    recording: Recording,
    document: dict[str, Any] | None = None,
    package: ModuleType = kirim_chat,
) -> Replay:
    """A client that sends the recorded request, with retries off (one recorded interaction
    answers exactly one request)."""
    document = load(SPEC) if document is None else document
    found = recording.operation(operations(document))
    if found is None:
        raise LookupError(f"{recording.name}: {recording.method} {recording.uri} is no operation")
    operation, path_values = found
    module = operation.module(package)
    hints = typing.get_type_hints(module.sync_detailed)
    arguments: dict[str, Any] = {}
    refused = False
    for parameter in operation.parameters:
        name, where = python_name(parameter["name"]), parameter["in"]
        if where == "path":
            text = path_values[parameter["name"]]
        elif where == "query" and parameter["name"] in recording.query:
            text = recording.query[parameter["name"]]
        elif where == "query" and parameter.get("required"):
            refused = True  # recorded before the parameter was required
            arguments[name] = typed(hints[name], example_of(document, parameter))
            continue
        else:
            continue
        value = from_text(document, parameter, text)
        try:
            if not _accepts(document, parameter, value):
                raise ValueError(f"{value!r} breaks the spec's schema")  # noqa: TRY301
            arguments[name] = typed(hints[name], value)
        except (TypeError, ValueError):
            refused = True
            if parameter.get("required") or where == "path":
                arguments[name] = typed(hints[name], example_of(document, parameter))
    if "body" in hints and recording.request_body:
        arguments["body"] = typed(hints["body"], json.loads(recording.request_body))
    client = package.AuthenticatedClient(
        base_url=recording.base_url,
        token=TEST_TOKEN,
        max_retries=0,
        verify_ssl=_tls_context(),
        httpx_args={"event_hooks": {"request": [_SentAsRecorded(recording.uri)]}}
        if refused
        else {},
    )
    return Replay(operation, module, client, arguments)


@cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context for every replay: vcrpy answers before a connection is made, and each
    client building its own (loading the CA bundle) cost 30 ms a replay."""
    return ssl.create_default_context()


def _accepts(document: dict[str, Any], parameter: dict[str, Any], value: Any) -> bool:
    """Whether ``value`` is one the parameter's schema allows (its enum, pattern, bounds)."""
    schema = inline(document, parameter.get("schema", {}))
    return bool(OAS31Validator(schema).is_valid(value))


class _SentAsRecorded:
    """An httpx request hook that sets the request's URL back to the recorded one.

    httpx calls a sync client's hooks and awaits what an async client's return: this one does
    its work when called and returns itself, which awaits as nothing, so one hook serves both
    kinds of client (the replay does not know which the test will use)."""

    def __init__(self, uri: str) -> None:
        self._url = httpx.URL(uri)

    def __call__(self, request: httpx.Request) -> Self:
        request.url = self._url
        return self

    def __await__(self) -> Iterator[None]:
        return iter(())
