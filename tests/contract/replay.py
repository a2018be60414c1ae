"""Replay a recording through the generated client: vcrpy answers, nothing goes on the wire.

The operation is found from the recorded request (its method and path, in the spec), and called
with the arguments the request carried, so any operation's recordings replay with no code here.
"""

import json
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import vcr

import kirim_chat
from scripts.operations import Operation, from_text, python_name, typed
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
    answers exactly one request). A query value the typed argument refuses (a `status` outside
    its enum, in a 400 recording) is sent as a client-level query parameter instead, as
    `make record` sent it."""
    document = load(SPEC) if document is None else document
    found = recording.operation(document)
    if found is None:
        raise LookupError(f"{recording.name}: {recording.method} {recording.uri} is no operation")
    operation, path_values = found
    module = operation.module(package)
    hints = typing.get_type_hints(module.sync_detailed)
    arguments: dict[str, Any] = {}
    raw_query: dict[str, str] = {}
    for parameter in operation.parameters:
        name, where = python_name(parameter["name"]), parameter["in"]
        if where == "path":
            text = path_values[parameter["name"]]
        elif where == "query" and parameter["name"] in recording.query:
            text = recording.query[parameter["name"]]
        else:
            continue
        try:
            arguments[name] = typed(hints[name], from_text(document, parameter, text))
        except (TypeError, ValueError):
            raw_query[parameter["name"]] = text
    if "body" in hints and recording.request_body:
        arguments["body"] = typed(hints["body"], json.loads(recording.request_body))
    client = package.AuthenticatedClient(
        base_url=recording.base_url,
        token=TEST_TOKEN,
        max_retries=0,
        httpx_args={"params": raw_query} if raw_query else {},
    )
    return Replay(operation, module, client, arguments)
