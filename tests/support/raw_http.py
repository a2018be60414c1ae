"""A loopback HTTP/1.1 server that writes exactly the bytes a test gives it, from threads.

Unlike pytest-httpserver (werkzeug frames every response itself) and ``http_server`` (h11 refuses
to write a malformed response), this one sends whatever the handler returns: a truncated body,
a lying Content-Length, garbage headers, a body that trickles in, or nothing at all. Each
connection has its own thread and is kept alive between requests unless the reply says
otherwise, so it serves sync and async clients, many threads, and several event loops at once;
it counts connections, so a test can see a pool close.
"""

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Request:
    method: str
    target: str
    headers: dict[str, str]


@dataclass(frozen=True)
class Reply:
    """What to write for one request.

    ``chunks`` are written in order, ``interval`` seconds apart (a slow server); ``close`` hangs
    up afterwards; ``silent`` writes nothing and holds the connection open until the server
    stops (a server that never answers).
    """

    chunks: Sequence[bytes] = ()
    interval: float = 0.0
    close: bool = False
    silent: bool = False


Handler = Callable[[Request], Reply]


def response(
    status: int | str,
    body: bytes = b"",
    headers: Sequence[tuple[str, str]] = (("Content-Type", "application/json"),),
    *,
    length: bool = True,
) -> bytes:
    """The bytes of a response; ``status`` may be any text (``"200 OK"``, ``"999"``)."""
    status_line = f"{status} Reason" if isinstance(status, int) else status
    lines = [f"HTTP/1.1 {status_line}", *(f"{name}: {value}" for name, value in headers)]
    if length:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


@dataclass
class Stats:
    requests: list[Request] = field(default_factory=list)
    connections_opened: int = 0
    open_connections: int = 0
    hung_up_early: int = 0
    """Replies the client stopped reading before their last chunk was written."""


class RawServer:
    """``with RawServer(handler) as server:`` serves on ``server.url`` until the block ends."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.stats = Stats()
        self._changed = threading.Condition()
        self._stopping = threading.Event()
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((HOST, 0))
        self._listener.listen(64)
        self._threads: list[threading.Thread] = []
        self._connections: set[socket.socket] = set()

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self._listener.getsockname()[1]}"

    def __enter__(self) -> Self:
        self._spawn(self._accept)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stopping.set()
        self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        self._listener.close()
        with self._changed:
            for connection in self._connections:
                with contextlib.suppress(OSError):  # the client may have hung up meanwhile
                    connection.shutdown(socket.SHUT_RDWR)  # wakes the blocked recv()s
        for thread in self._threads:
            thread.join(timeout=5)
        assert not any(thread.is_alive() for thread in self._threads)

    def wait_for(self, predicate: Callable[[Stats], bool], timeout: float = 5.0) -> bool:
        """Wait until ``predicate(stats)`` holds (True) or ``timeout`` passes (False)."""
        with self._changed:
            return self._changed.wait_for(lambda: predicate(self.stats), timeout)

    def _spawn(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _update(self, change: Callable[[Stats], None]) -> None:
        with self._changed:
            change(self.stats)
            self._changed.notify_all()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return  # the listener was shut down
            with self._changed:
                if self._stopping.is_set():
                    connection.close()
                    return
                self._connections.add(connection)
                self.stats.connections_opened += 1
                self.stats.open_connections += 1
                self._changed.notify_all()
            self._spawn(self._serve, connection)

    def _serve(self, connection: socket.socket) -> None:
        try:
            for request in _requests(connection):
                self._update(lambda stats: stats.requests.append(request))  # noqa: B023 (called at once)
                reply = self.handler(request)
                if reply.silent:
                    self._stopping.wait()
                    return
                if not self._write(connection, reply) or reply.close:
                    return
        except OSError:
            pass  # the client went away
        finally:
            with self._changed:
                self._connections.discard(connection)
                connection.close()
                self.stats.open_connections -= 1
                self._changed.notify_all()

    def _write(self, connection: socket.socket, reply: Reply) -> bool:
        """Write ``reply``; False when the client hung up before its end."""
        for index, chunk in enumerate(reply.chunks):
            if index and reply.interval and self._stopping.wait(reply.interval):
                return False
            try:
                connection.sendall(chunk)
            except OSError:

                def hung_up(stats: Stats) -> None:
                    stats.hung_up_early += 1

                self._update(hung_up)
                return False
        return True


def _requests(connection: socket.socket) -> Iterator[Request]:
    """The requests arriving on ``connection`` (heads only: the tests send no bodies)."""
    buffer = b""
    while True:
        while b"\r\n\r\n" not in buffer:
            data = connection.recv(65536)
            if not data:
                return
            buffer += data
        head, buffer = buffer.split(b"\r\n\r\n", 1)
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, _ = request_line.split(" ", 2)
        headers = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        yield Request(method, target, headers)


@contextmanager
def serving(handler: Handler) -> Iterator[RawServer]:
    with RawServer(handler) as server:
        yield server
