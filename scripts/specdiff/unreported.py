"""Edits Redocly does not report: media-type examples, `x-` extensions, unused components.

None of them can affect a caller (a component no operation uses only shapes a generated model,
whose removal griffe reports), but a reviewer should still see that the spec changed there, so
each is listed (once per named example), graded PATCH.
"""

from collections.abc import Iterator
from typing import Any

from scripts.spec import pointer, resolve, segments
from scripts.specdiff.model import Change, Phrase, Specs, Verdict
from scripts.specdiff.phrasing import documentation_line
from scripts.specdiff.redocly import RawChange

_SHOWN = 10
_WHY = "examples and extensions change neither the generated code nor what the server accepts"


def edits(raw_changes: list[RawChange], specs: Specs) -> Iterator[Change]:
    """The edits under no pointer that Redocly reported, as PATCH changes."""
    reported = [
        segments(location.pointer)
        for raw in raw_changes
        for location in (raw.base, raw.revision)
        if location is not None and location.pointer.strip("#/")
    ]
    found: list[list[str]] = []
    for leaf in _differences(specs.base, specs.revision, []):
        if leaf == ["info", "version"] or any(_overlap(leaf, parts) for parts in reported):
            continue
        leaf = _up_to_example(leaf)
        if leaf not in found:
            found.append(leaf)
    for leaf in found[:_SHOWN]:
        document = specs.revision if resolve(specs.revision, leaf[:-1]) is not None else specs.base
        line = documentation_line(document, leaf)
        yield Change(Verdict.PATCH, Phrase(line, role="example"), _WHY, pointer(leaf))
    if len(found) > _SHOWN:
        line = f"Changed {len(found) - _SHOWN} more examples or extensions"
        yield Change(Verdict.PATCH, Phrase(line, role="example"), _WHY)


def _differences(a: Any, b: Any, path: list[str]) -> Iterator[list[str]]:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(a.keys() | b.keys(), key=str):
            if key in a and key in b:
                yield from _differences(a[key], b[key], [*path, str(key)])
            else:
                yield [*path, str(key)]
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for index, (left, right) in enumerate(zip(a, b, strict=True)):
            yield from _differences(left, right, [*path, str(index)])
    elif type(a) is not type(b) or a != b:
        yield path


def _overlap(leaf: list[str], parts: list[str]) -> bool:
    shorter = min(len(leaf), len(parts))
    return leaf[:shorter] == parts[:shorter]


def _up_to_example(leaf: list[str]) -> list[str]:
    """Report an edit inside a named example once, at the example."""
    for index, part in enumerate(leaf):
        if part == "examples" and index + 1 < len(leaf):
            return leaf[: index + 2]
        if part == "example":
            return leaf[: index + 1]
    return leaf
