"""Anything a server sends: every call ends in the documented model or a KirimError, never any
other exception, whatever bytes come back; sync and async, plain and detailed.

The responses are raw bytes written to a loopback socket (tests/support/raw_http.py), so the
framing (Content-Length, chunked, close-delimited, truncated), Content-Encoding and header
parsing are httpx's real ones; a mock transport would skip exactly the layers that break.
Hypothesis draws the status (documented, any three digits, not three digits), the headers
(garbage and duplicate Retry-After, X-RateLimit-*, Content-Type charsets, Content-Encoding,
X-Request-Id) and the body (the documented shapes, any JSON, empty, truncated, deeply nested,
not UTF-8, huge), then frames and encodes it one of several ways, right or wrong.
"""

import asyncio
import gzip
import json
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from tests.support.clock import FakeClock
from tests.support.raw_http import RawServer, Reply, Request
from tests.support.specs import WidgetsApi, authenticated_client, error_body, widget, widget_list

EXAMPLES = 250


# -- statuses ---------------------------------------------------------------------------------

DOCUMENTED = [200, 400, 401, 404, 429, 500]
# Repeated entries weigh a choice: most responses should get as far as the body.
status_lines = st.one_of(
    st.sampled_from(DOCUMENTED).map(lambda code: f"{code} Reason"),
    st.sampled_from(DOCUMENTED).map(lambda code: f"{code} Reason"),
    st.integers(100, 999).map(lambda code: f"{code} Whatever"),
    st.sampled_from(["200", "520 ", "099 Low", "1000 High", "abc Nope", "", "200 OK\x7f"]),
)

# -- headers ----------------------------------------------------------------------------------

garbage = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=40)
numbers = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["1e400", "-0", "0x10", " 7 ", "1" * 5000, "NaN", "inf"]),
)
dates = st.sampled_from(
    [
        "Wed, 21 Oct 2015 07:28:00 GMT",
        "Wed, 21 Oct 99999 07:28:00 GMT",
        "Mon, 32 Foo 2026 25:61:61 GMT",
        "Thu, 01 Jan 1970 00:00:00 +9999",
        "Sun, 06 Nov 1994 08:49:37",
    ]
)
header_values = {
    "Retry-After": st.one_of(numbers, dates, garbage),
    "X-RateLimit-Limit": st.one_of(numbers, garbage),
    "X-RateLimit-Remaining": st.one_of(numbers, garbage),
    "X-RateLimit-Reset": st.one_of(numbers, garbage),
    "X-Request-Id": st.one_of(garbage, st.just("req_" + "x" * 5000)),
    "Content-Type": st.sampled_from(
        [
            "application/json",
            "application/json; charset=utf-8",
            "application/json; charset=latin-1",
            "application/json; charset=utf-16",
            "application/json; charset=no-such-charset",
            "application/json; charset=",
            "text/html",
            "",
            ";;;",
        ]
    ),
    "X-Anything": garbage,
}
headers = st.lists(
    st.sampled_from(sorted(header_values)).flatmap(
        lambda name: st.tuples(st.just(name), header_values[name])
    ),
    max_size=8,  # duplicates included: the same name may be drawn twice
)

# -- bodies -----------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
documented = st.one_of(
    st.builds(lambda n: widget_list(*(widget(id=f"w_{i}") for i in range(n))), st.integers(0, 3)),
    st.builds(lambda: error_body("api_error", "internal_error", "Something failed.")),
    st.builds(lambda value: widget_list(widget(size=value)), json_values),
    st.builds(lambda value: {"error": value}, json_values),
    st.builds(lambda value: {"data": value}, json_values),
)
bodies = st.one_of(
    documented.map(lambda value: json.dumps(value).encode()),
    json_values.map(lambda value: json.dumps(value).encode()),
    st.just(b""),
    st.binary(max_size=200),  # mostly not UTF-8, not JSON
    documented.flatmap(
        lambda value: st.integers(0, len(json.dumps(value))).map(
            lambda cut: json.dumps(value).encode()[:cut]  # truncated JSON
        )
    ),
    st.sampled_from([1_000, 100_000]).map(lambda depth: b"[" * depth + b"]" * depth),
    st.sampled_from([1_000, 100_000]).map(lambda depth: b'{"data":' * depth + b"1" + b"}" * depth),
    st.just(json.dumps(widget_list(*(widget(id=f"w_{i}") for i in range(20_000)))).encode()),
    st.just(b'{"data": "' + b"x" * 3_000_000 + b'"}'),
    st.just('{"data": [], "request_id": "Ω"}'.encode("utf-16")),
)

# -- framing and encoding ---------------------------------------------------------------------

ENCODERS = {
    "gzip": gzip.compress,
    "deflate": zlib.compress,
    "identity": lambda body: body,
}


ENCODINGS = [None, None, None, "gzip", "deflate", "identity", "br", "bogus", "gzip, gzip"]
FRAMINGS = ["length"] * 4 + ["chunked"] * 2 + ["short", "long", "twice", "none", "bad-chunks"]


@st.composite
def responses(draw: st.DrawFn) -> bytes:
    status: str = draw(status_lines)
    header_list: list[tuple[str, str]] = draw(headers)
    body: bytes = draw(bodies)
    encoding = draw(st.sampled_from(ENCODINGS))
    if encoding is not None:
        header_list.append(("Content-Encoding", encoding))
        if draw(st.booleans()) and encoding in ENCODERS:
            body = ENCODERS[encoding](body)  # else the header lies about the body
    framing = draw(st.sampled_from(FRAMINGS))
    if framing == "length":
        header_list.append(("Content-Length", str(len(body))))
    elif framing == "short":
        header_list.append(("Content-Length", str(max(0, len(body) - 3))))
    elif framing == "long":
        header_list.append(("Content-Length", str(len(body) + 10)))  # truncated body
    elif framing == "twice":
        header_list += [("Content-Length", str(len(body))), ("Content-Length", "1")]
    elif framing in ("chunked", "bad-chunks"):
        header_list.append(("Transfer-Encoding", "chunked"))
        size = f"{len(body):x}" if framing == "chunked" else "zz"
        body = f"{size}\r\n".encode() + body + b"\r\n0\r\n\r\n" if body else b"0\r\n\r\n"
    return _message(status, header_list, body)


def _message(status: str, header_list: list[tuple[str, str]], body: bytes) -> bytes:
    """The bytes of a response: the status line and headers as given, then ``body``."""
    head = "\r\n".join([f"HTTP/1.1 {status}", *(f"{name}: {value}" for name, value in header_list)])
    return head.encode("latin-1") + b"\r\n\r\n" + body


def _raw(status: str, header_list: list[tuple[str, str]], body: bytes) -> bytes:
    return _message(status, [*header_list, ("Content-Length", str(len(body)))], body)


# -- the property -----------------------------------------------------------------------------


class Canned:
    """The bytes the server writes for every request until the next example."""

    def __init__(self) -> None:
        self.raw = b""

    def handle(self, request: Request) -> Reply:
        return Reply([self.raw], close=True)


@pytest.fixture(scope="module")
def canned() -> Iterator[tuple[Canned, RawServer]]:
    server_bytes = Canned()
    with RawServer(server_bytes.handle) as server:
        yield server_bytes, server


@pytest.fixture(scope="module")
def runner() -> Iterator[asyncio.Runner]:
    with asyncio.Runner() as running:
        yield running


def _outcome(call: Any) -> object:
    try:
        return call()
    except BaseException as exc:  # noqa: BLE001 (the property is that nothing else escapes)
        return exc


@pytest.fixture(scope="module")
def client(
    api: WidgetsApi, canned: tuple[Canned, RawServer], runner: asyncio.Runner
) -> Iterator[Any]:
    _, server = canned
    # The module's client (make_client is per test): the same builder, on a clock of its own.
    client = authenticated_client(
        api.package,
        FakeClock(),
        base_url=f"{server.url}/v1",
        max_retries=1,
        timeout=10.0,
        # A fresh connection per request: the server hangs up after each response.
        httpx_args={"limits": httpx.Limits(max_keepalive_connections=0)},
    )
    yield client
    client.close()
    runner.run(client.aclose())


@pytest.mark.slow
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(raw=responses())
# Responses a random draw would rarely make, always run: huge or deeply nested bodies, an odd
# charset or encoding, out-of-range and repeated headers.
@example(raw=_raw("200 OK", [], b"[" * 100_000 + b"]" * 100_000))
@example(raw=_raw("200 OK", [], b'{"data": "' + b"x" * 3_000_000 + b'"}'))
@example(raw=_raw("200 OK", [("Content-Type", "application/json; charset=utf-16")], b"\xff\xfe{"))
@example(raw=_raw("503 Busy", [("Content-Encoding", "gzip")], b'{"error": {}}'))
@example(raw=_raw("999 Odd", [("Retry-After", "1e400")], b""))
@example(raw=_raw("429 Slow", [("Retry-After", "-5"), ("Retry-After", "x")], b"{"))
@example(raw=_raw("429 Slow", [("X-RateLimit-Reset", "9" * 5000)], b"{}"))
def test_every_response_ends_in_the_model_or_a_kirim_error(
    api: WidgetsApi,
    canned: tuple[Canned, RawServer],
    runner: asyncio.Runner,
    client: Any,
    raw: bytes,
) -> None:
    canned[0].raw = raw
    outcomes = {
        "sync": _outcome(lambda: api.list_widgets.sync(client=client)),
        "sync_detailed": _outcome(lambda: api.list_widgets.sync_detailed(client=client)),
        "asyncio": _outcome(lambda: runner.run(api.list_widgets.asyncio(client=client))),
        "asyncio_detailed": _outcome(
            lambda: runner.run(api.list_widgets.asyncio_detailed(client=client))
        ),
    }

    for name, outcome in outcomes.items():
        expected = api.package.Response if name.endswith("detailed") else api.model("WidgetList")
        assert isinstance(outcome, expected | api.errors.KirimError), (name, raw[:300], outcome)
    # The same bytes give the same kind of outcome, sync or async.
    assert type(outcomes["sync"]) is type(outcomes["asyncio"]), (raw[:300], outcomes)
    event(f"outcome: {type(outcomes['sync']).__name__}")  # --hypothesis-show-statistics


def _chunked(status: str, header_list: list[tuple[str, str]], pieces: list[bytes]) -> bytes:
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces)
    return _message(status, [*header_list, ("Transfer-Encoding", "chunked")], chunks + b"0\r\n\r\n")


# Decoding fails on the first piece: in chunks, the rest must still be read and kept.
@pytest.mark.parametrize(
    "raw",
    [
        _raw("503 Busy", [("Content-Encoding", "gzip")], b'{"error": {}}'),
        _chunked("503 Busy", [("Content-Encoding", "gzip")], [b'{"error"', b": {", b"}}"]),
    ],
    ids=["in-one-piece", "in-chunks"],
)
def test_a_body_whose_encoding_cannot_be_decoded_is_kept_as_received(
    api: WidgetsApi,
    canned: tuple[Canned, RawServer],
    runner: asyncio.Runner,
    client: Any,
    raw: bytes,
) -> None:
    canned[0].raw = raw
    requests = canned[1].stats.requests

    calls: list[Callable[[], object]] = [
        lambda: api.list_widgets.sync(client=client),
        lambda: runner.run(api.list_widgets.asyncio(client=client)),
    ]
    for call in calls:
        before = len(requests)
        with pytest.raises(api.errors.ApiServerError) as raised:
            call()

        assert len(requests) - before == 2  # a 503 all the same: retried once (max_retries=1)
        assert raised.value.body == b'{"error": {}}'  # not decodable as gzip: kept as it came
        assert raised.value.headers["content-encoding"] == "gzip"
