"""The benchmark's server: answers every request on a keep-alive connection with the same bytes.

    python -m scripts.bench.server BODY_FILE    # prints its URL, serves until SIGTERM/SIGINT

It is the floor on purpose. Its own cost is in both sides of every per-call ratio, so a server
that parsed requests properly (h11, werkzeug) would add tens of microseconds to both and make
the client's overhead look smaller than it is. It runs in its own process, on the other core.
It assumes what the benchmark sends: GET requests without a body, one at a time per connection.
"""

import asyncio
import contextlib
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from scripts.paths import ROOT

HOST = "127.0.0.1"
_END_OF_HEAD = b"\r\n\r\n"


def canned_response(body: bytes) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\n"
        "content-type: application/json\r\n"
        f"content-length: {len(body)}\r\n"
        "x-request-id: req_01HXYZABCDEFGHJKMNPQRSTVWX\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


class _Responder(asyncio.Protocol):
    def __init__(self, response: bytes) -> None:
        self._response = response
        self._pending = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if not isinstance(transport, asyncio.Transport):
            raise TypeError(f"a stream transport was expected, got {transport!r}")
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        if self._transport is None:
            raise RuntimeError("data arrived before the connection was made")
        self._pending += data
        while _END_OF_HEAD in self._pending:
            _head, _, self._pending = self._pending.partition(_END_OF_HEAD)
            self._transport.write(self._response)


async def serve(body: bytes) -> None:
    loop = asyncio.get_running_loop()
    response = canned_response(body)
    server = await loop.create_server(lambda: _Responder(response), HOST, 0)
    port = server.sockets[0].getsockname()[1]
    print(f"http://{HOST}:{port}", flush=True)
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    async with server:
        await stop.wait()


def main() -> None:
    asyncio.run(serve(Path(sys.argv[1]).read_bytes()))


@contextlib.contextmanager
def floor_server(body: bytes) -> Iterator[str]:
    """This server in its own process, serving ``body``; yields its URL."""
    with tempfile.NamedTemporaryFile(suffix=".json") as body_file:
        body_file.write(body)
        body_file.flush()
        server = subprocess.Popen(
            [sys.executable, "-m", "scripts.bench.server", body_file.name],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            if server.stdout is None:
                raise RuntimeError("the floor server was started without a stdout pipe")
            yield server.stdout.readline().strip()
        finally:
            server.terminate()
            server.wait(timeout=10)
            server.stdout.close() if server.stdout else None


if __name__ == "__main__":
    main()
