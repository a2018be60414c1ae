"""Edits Redocly does not report: media-type examples, `x-` extensions, unused components.

Examples and extensions cannot affect a caller; a component no operation uses only shapes a
generated model, whose removal the griffe check reports. A reviewer should still see that the
spec changed there, so each edit is listed (once per named example), graded PATCH.
"""

from collections.abc import Iterator
from typing import Any

from scripts.spec import escape, segments
from scripts.specdiff.model import Change, Specs, Verdict
from scripts.specdiff.redocly import RawChange
from scripts.specdiff.walk import describe

_SHOWN = 10


def edits(raw_changes: list[RawChange], specs: Specs) -> Iterator[Change]:
    """The edits under no pointer that Redocly reported, as PATCH changes."""
    covered = [
        tuple(segments(location.pointer))
        for raw in raw_changes
        for location in (raw.base, raw.revision)
        if location is not None and segments(location.pointer)
    ]
    found: list[tuple[str, ...]] = []
    for leaf in _leaf_differences(specs.base, specs.revision, ()):
        if leaf == ("info", "version"):
            continue
        if any(_overlaps(leaf, pointer) for pointer in covered):
            continue
        leaf = _up_to_example(leaf)
        if leaf not in found:
            found.append(leaf)
    for leaf in found[:_SHOWN]:
        pointer = "#/" + "/".join(escape(part) for part in leaf)
        yield Change(
            verdict=Verdict.PATCH,
            where=describe(specs.revision, pointer),
            what="edited; Redocly reports nothing here (an example, an extension, a component "
            "no operation uses)",
            why="no effect on generated code or on what the server accepts",
            spec_pointer=pointer,
        )
    if len(found) > _SHOWN:
        yield Change(
            verdict=Verdict.PATCH,
            where="elsewhere",
            what=f"{len(found) - _SHOWN} more edits of examples or extensions",
            why="no effect on generated code or on what the server accepts",
        )


def _leaf_differences(a: Any, b: Any, path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(a.keys() | b.keys(), key=str):
            if key in a and key in b:
                yield from _leaf_differences(a[key], b[key], (*path, str(key)))
            else:
                yield (*path, str(key))
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for index, (left, right) in enumerate(zip(a, b, strict=True)):
            yield from _leaf_differences(left, right, (*path, str(index)))
    elif type(a) is not type(b) or a != b:
        yield path


def _overlaps(leaf: tuple[str, ...], pointer: tuple[str, ...]) -> bool:
    shorter = min(len(leaf), len(pointer))
    return leaf[:shorter] == pointer[:shorter]


def _up_to_example(leaf: tuple[str, ...]) -> tuple[str, ...]:
    """Report an edit inside a named example once, at the example."""
    for index, part in enumerate(leaf):
        if part == "examples" and index + 1 < len(leaf):
            return leaf[: index + 2]
        if part == "example":
            return leaf[: index + 1]
    return leaf
