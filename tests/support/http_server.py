"""A keep-alive HTTP/1.1 server on 127.0.0.1 for tests that need many concurrent connections.

Built on asyncio streams and h11 (the sans-IO HTTP/1.1 parser httpx itself depends on), rather
than on pytest-httpserver: werkzeug's server answers one request at a time unless threaded, and
only keeps connections alive when threaded. This one runs inside the caller's event loop, so it
takes hundreds of concurrent keep-alive connections without threads, and it counts connections
on the server side, which is how the load test proves that none is left open.
"""

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self

import h11

HOST = "127.0.0.1"
_READ_SIZE = 65536


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Received:
    """What the handler sees of a request: enough to route and to identify the caller."""

    method: str
    target: str
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Received], Reply]


class LoopbackServer:
    """``async with LoopbackServer(handler) as server:`` serves on ``server.url`` until exit."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self._server: asyncio.Server | None = None
        self._changed = asyncio.Condition()
        self._writers: set[asyncio.StreamWriter] = set()
        self.open_connections = 0
        self.peak_connections = 0
        self.connections_opened = 0
        self.requests_served = 0

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the server is not started")
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    async def __aenter__(self) -> Self:
        self._server = await asyncio.start_server(self._serve, HOST, 0, backlog=1024)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._server is None:
            return
        self._server.close()
        # Connections a client left open would keep their handlers reading forever.
        for writer in list(self._writers):
            writer.close()
        await self.wait_for_no_connections()
        await self._server.wait_closed()

    async def wait_for_no_connections(self, timeout: float = 10.0) -> None:
        """Return once every connection has been closed; TimeoutError if some stay open.

        Closing a client only sends FINs: the server notices each one when its handler next
        reads, so this waits on that event rather than checking at once."""
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(lambda: self.open_connections == 0)

    async def _count(self, delta: int) -> None:
        async with self._changed:
            self.open_connections += delta
            if delta > 0:
                self.connections_opened += 1
                self.peak_connections = max(self.peak_connections, self.open_connections)
            self._changed.notify_all()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await self._count(+1)
        self._writers.add(writer)
        connection = h11.Connection(h11.SERVER)
        request: Received | None = None
        try:
            while True:
                event = connection.next_event()
                if event is h11.NEED_DATA:
                    connection.receive_data(await reader.read(_READ_SIZE))
                elif isinstance(event, h11.Request):
                    request = Received(
                        method=event.method.decode(),
                        target=event.target.decode(),
                        headers={k.decode(): v.decode() for k, v in event.headers},
                    )
                elif isinstance(event, h11.EndOfMessage) and request is not None:
                    self.requests_served += 1
                    writer.write(_encode(connection, self._handler(request)))
                    await writer.drain()
                    request = None
                    if connection.our_state is not h11.DONE:
                        break
                    connection.start_next_cycle()
                elif isinstance(event, h11.ConnectionClosed) or event is h11.PAUSED:
                    break
        except (ConnectionError, h11.ProtocolError):
            pass  # the peer went away mid-message; the connection is over either way
        finally:
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()
            await self._count(-1)


def _encode(connection: h11.Connection, reply: Reply) -> bytes:
    headers = [
        ("content-type", "application/json"),
        ("content-length", str(len(reply.body))),
        *reply.headers,
    ]
    return b"".join(
        [
            connection.send(h11.Response(status_code=reply.status, headers=headers)) or b"",
            connection.send(h11.Data(data=reply.body)) or b"",
            connection.send(h11.EndOfMessage()) or b"",
        ]
    )
