"""Edits Redocly does not report: media-type examples, `x-` extensions, unused components.

Examples and extensions cannot affect a caller; a component no operation uses only shapes a
generated model, whose removal the griffe check reports. A reviewer should still see that the
spec changed there, so each edit is listed (once per named example), graded PATCH.
"""

from collections.abc import Iterator
from typing import Any

from scripts.spec import escape, segments
from scripts.specdiff import phrasing
from scripts.specdiff.model import Change, Phrase, Specs, Verdict
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
        what, line = _words(list(leaf), specs)
        yield Change(
            verdict=Verdict.PATCH,
            where=describe(specs.revision, pointer),
            what=what,
            why="examples and extensions change neither the generated code nor what the "
            "server accepts (Redocly does not compare them)",
            spec_pointer=pointer,
            phrases=(Phrase(line, role="example"),),
        )
    if len(found) > _SHOWN:
        yield Change(
            verdict=Verdict.PATCH,
            where="elsewhere",
            what=f"{len(found) - _SHOWN} more edits of examples or extensions",
            why="examples and extensions change neither the generated code nor what the "
            "server accepts",
            phrases=(Phrase(f"Changed {len(found) - _SHOWN} more examples", role="example"),),
        )


def _words(leaf: list[str], specs: Specs) -> tuple[str, str]:
    """What changed, for the report, and the CHANGELOG line."""
    document = specs.revision if _exists(specs.revision, leaf) else specs.base
    for index, part in enumerate(leaf):
        if part in ("examples", "example"):
            named = part == "examples" and index + 1 < len(leaf)
            noun = f"the example `{leaf[index + 1]}`" if named else "the example"
            where = phrasing.owner(document, leaf[:index])
            return f"{noun[4:]} changed", f"Changed {noun} of {where}"
        if part.startswith("x-"):
            where = phrasing.owner(document, leaf[:index])
            return (
                f"extension `{part}` changed",
                f"Changed the extension `{part}` of {where}",
            )
    where = phrasing.owner(document, leaf)
    return "changed in a part no operation uses", f"Changed {where}, which no operation uses"


def _exists(document: dict[str, Any], leaf: list[str]) -> bool:
    node: Any = document
    for part in leaf:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


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
