"""Where the client reads the time and waits, so that tests can replace both."""

import time


class Clock:
    """The real clock. A client's clock is private (``client._clock``); tests swap in a fake
    one that records the waits instead of sleeping."""

    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        import asyncio  # here, not at the top: ~9 ms of import for sync-only users

        await asyncio.sleep(seconds)
