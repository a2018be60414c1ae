"""Loopback servers that misbehave at the socket level: they never answer, they hang up, or
they refuse every connection.

They are separate from pytest-httpserver's shared server on purpose: a request left waiting
there would be answered, and logged, during a later test.
"""

import contextlib
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def refusing_port() -> Iterator[int]:
    """Yields a port on 127.0.0.1 that refuses every connection at once: a socket bound to it
    that never listens. The test owns the port until the block ends, so no other process can
    start listening there (a port closed and then assumed free could be taken meanwhile)."""
    with socket.socket() as owner:
        owner.bind(("127.0.0.1", 0))
        yield int(owner.getsockname()[1])


@contextmanager
def misbehaving_server(*, hang_up: bool, silent_for: float | None = None) -> Iterator[int]:
    """Yields the port of a server on 127.0.0.1 that reads each request and then either hangs up
    at once (``hang_up=True``) or stays silent until the block ends (so clients time out).

    ``silent_for``: stay silent that many seconds at most, then hang up. A client that ignores
    its own (shorter) timeout then fails with a dropped connection instead of a timeout, soon,
    rather than waiting for some longer default."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    timers: list[threading.Timer] = []

    def serve() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return  # the listener was shut down: the block is over
            connection.recv(65536)
            if hang_up:
                connection.close()
            else:
                held.append(connection)
                if silent_for is not None:
                    timer = threading.Timer(silent_for, _hang_up, (connection,))
                    timers.append(timer)
                    timer.start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept(); close() alone does not
        listener.close()
        thread.join(timeout=5)
        for timer in timers:
            timer.cancel()
        for connection in held:
            connection.close()
        assert not thread.is_alive()


def _hang_up(connection: socket.socket) -> None:
    # shutdown() sends the FIN even while the client is blocked reading; close() alone may not.
    with contextlib.suppress(OSError):
        connection.shutdown(socket.SHUT_RDWR)
