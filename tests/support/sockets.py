"""Loopback servers that misbehave at the socket level: they never answer, or they hang up.

They are separate from pytest-httpserver's shared server on purpose: a request left waiting
there would be answered, and logged, during a later test.
"""

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def misbehaving_server(*, hang_up: bool) -> Iterator[int]:
    """Yields the port of a server on 127.0.0.1 that reads each request and then either hangs up
    at once (``hang_up=True``) or stays silent until the block ends (so clients time out)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []

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

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept(); close() alone does not
        listener.close()
        thread.join(timeout=5)
        for connection in held:
            connection.close()
        assert not thread.is_alive()


@contextmanager
def refusing_port() -> Iterator[int]:
    """A port of 127.0.0.1 where connections are refused: bound for the whole block, so no other
    process can take it meanwhile, but never listening."""
    with socket.socket() as bound:
        bound.bind(("127.0.0.1", 0))
        yield int(bound.getsockname()[1])
