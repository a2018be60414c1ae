"""A clock that records the waits the client asks for instead of waiting."""

import asyncio
from typing import TypeVar

from kirim_chat._clock import Clock

EPOCH = 1_767_225_600.0  # 2026-01-01T00:00:00Z


class FakeClock(Clock):
    """Time advances only when the client sleeps; every requested sleep is kept in ``sleeps``."""

    def __init__(self, start: float = EPOCH) -> None:
        self.now = start
        self.elapsed = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.elapsed

    def time(self) -> float:
        return self.now + self.elapsed

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.elapsed += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # still yield to the loop, as a real sleep would


C = TypeVar("C")


def controlled(client: C, clock: Clock, jitter: float = 0.0) -> C:
    """``client`` with ``clock`` for its time and waits and a fixed backoff jitter: the private
    seams a client keeps for tests (its ``_clock`` and ``_jitter``); any generated client works."""
    client._clock = clock  # type: ignore[attr-defined]
    client._jitter = lambda: jitter  # type: ignore[attr-defined]
    return client
