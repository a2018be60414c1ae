"""Reading the spec and following its local $refs; shared by the check scripts and the tests.

JSON pointers go through `jsonpointer` (parsing, escaping) and $refs through `referencing`
(the resolver jsonschema itself uses: it unescapes ``~0``/``~1`` and percent-encoding). What is
left here is only the loop over a *chain* of $refs, and the rule that this project's spec uses
local $refs only.
"""

from pathlib import Path
from typing import Any

import yaml
from jsonpointer import JsonPointer, JsonPointerException
from jsonpointer import escape as _escape
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
"""The keys of a path item that are operations, in the order the generator reads them."""

# libyaml's loader when PyYAML has it (it does on every platform with wheels): 5x the speed.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DOCUMENT_URI = "urn:kirim-chat:spec"


def load(path: Path) -> dict[str, Any]:
    # A safe loader (CSafeLoader or SafeLoader): only plain YAML, never arbitrary objects.
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506
    if not isinstance(document, dict):
        raise ValueError(f"{path}: not a YAML mapping")  # noqa: TRY004  # a bad file, not a bad call
    return document


def segments(pointer: str) -> list[str]:
    """The unescaped parts of a JSON pointer such as ``#/paths/~1accounts/get``."""
    return list(JsonPointer(pointer.removeprefix("#")).parts)


def pointer_get(document: Any, pointer: str) -> Any:
    """The node at a JSON pointer such as ``#/components/schemas/Account``; KeyError if absent."""
    try:
        return JsonPointer(pointer.removeprefix("#")).resolve(document)
    except JsonPointerException as error:
        raise KeyError(pointer) from error


def escape(part: str) -> str:
    """One JSON pointer segment."""
    return str(_escape(part))


def pointer(parts: list[str]) -> str:
    """The URI-fragment JSON pointer of ``parts``: ``["paths", "/accounts"]`` ->
    ``#/paths/~1accounts``."""
    return "#" + str(JsonPointer.from_parts(parts).path)


def deref(document: dict[str, Any], node: Any) -> tuple[Any, str | None]:
    """Follow a chain of local $refs; returns the target and its pointer (None if no $ref)."""
    target: str | None = None
    seen: set[str] = set()
    resolver = None
    while isinstance(node, dict) and "$ref" in node:
        target = node["$ref"]
        if not isinstance(target, str) or not target.startswith("#/"):
            raise ValueError(f"only local $refs are supported, got {target!r}")
        if target in seen:
            raise ValueError(f"$ref cycle through {target}")
        seen.add(target)
        if resolver is None:
            # Opaque: the spec as a plain JSON document, so no JSON Schema keyword ($id, say)
            # changes how a pointer into its non-schema parts resolves.
            registry: Registry[Any] = Registry().with_resource(
                _DOCUMENT_URI, Resource.opaque(document)
            )
            resolver = registry.resolver(base_uri=_DOCUMENT_URI)
        try:
            node = resolver.lookup(target).contents
        except Unresolvable as error:
            raise KeyError(f"$ref {target!r} points at nothing") from error
    return node, target


def resolve(document: dict[str, Any], parts: list[str]) -> Any:
    """The node at ``parts``, following $refs on the way and at the end; None when absent."""
    node: Any = document
    for part in parts:
        node, _ = deref(document, node)
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return deref(document, node)[0]


def example_index(parts: list[str]) -> int | None:
    """Where a pointer's ``parts`` enter an ``example``/``examples`` keyword (a field that happens
    to be called so, after ``properties``, is not one); None when they do not."""
    for index, part in enumerate(parts):
        if part in ("example", "examples") and (index == 0 or parts[index - 1] != "properties"):
            return index
    return None
