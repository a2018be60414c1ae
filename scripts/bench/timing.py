"""Side-by-side timing: candidates run in alternating order within each repeat, and a ratio is the
median of the per-repeat ratios, so that drift in machine speed hits both sides alike."""

import statistics
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Comparison:
    subject_s: float
    """Median seconds per operation of the thing measured."""
    baseline_s: float
    """Median seconds per operation of what it is measured against."""
    ratio: float
    """Median over repeats of subject/baseline."""

    @property
    def overhead_s(self) -> float:
        return self.subject_s - self.baseline_s


def _orders(names: list[str], repeats: int) -> list[list[str]]:
    """Each repeat rotates who goes first, so no candidate always runs on a warmer machine."""
    return [names[index % len(names) :] + names[: index % len(names)] for index in range(repeats)]


def interleave(
    candidates: Mapping[str, Callable[[], object]], number: int, repeats: int
) -> dict[str, list[float]]:
    """Seconds per call of each candidate, one figure per repeat (``number`` calls each)."""
    times: dict[str, list[float]] = {name: [] for name in candidates}
    for order in _orders(list(candidates), repeats):
        for name in order:
            function = candidates[name]
            started = time.perf_counter()
            for _ in range(number):
                function()
            times[name].append((time.perf_counter() - started) / number)
    return times


async def interleave_async(
    candidates: Mapping[str, Callable[[], Awaitable[object]]], number: int, repeats: int
) -> dict[str, list[float]]:
    """``interleave`` for coroutine functions, awaited one at a time."""
    times: dict[str, list[float]] = {name: [] for name in candidates}
    for order in _orders(list(candidates), repeats):
        for name in order:
            function = candidates[name]
            started = time.perf_counter()
            for _ in range(number):
                await function()
            times[name].append((time.perf_counter() - started) / number)
    return times


def compare(times: Mapping[str, list[float]], subject: str, baseline: str) -> Comparison:
    pairs = zip(times[subject], times[baseline], strict=True)
    return Comparison(
        subject_s=statistics.median(times[subject]),
        baseline_s=statistics.median(times[baseline]),
        ratio=statistics.median(mine / theirs for mine, theirs in pairs),
    )
