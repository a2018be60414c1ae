"""Reading the spec and following its local $refs; shared by the check scripts and the tests."""

from pathlib import Path
from typing import Any

import yaml

# libyaml's loader when PyYAML has it (it does on every platform with wheels): 5x the speed.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(path: Path) -> dict[str, Any]:
    # A safe loader (CSafeLoader or SafeLoader): only plain YAML, never arbitrary objects.
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506
    if not isinstance(document, dict):
        raise ValueError(f"{path}: not a YAML mapping")  # noqa: TRY004  # a bad file, not a bad call
    return document


def segments(pointer: str) -> list[str]:
    """The unescaped parts of a JSON pointer such as ``#/paths/~1accounts/get``."""
    return [
        part.replace("~1", "/").replace("~0", "~")
        for part in pointer.lstrip("#").strip("/").split("/")
        if part
    ]


def pointer_get(document: Any, pointer: str) -> Any:
    """The node at a JSON pointer such as ``#/components/schemas/Account``; KeyError if absent."""
    node = document
    for part in segments(pointer):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def escape(part: str) -> str:
    """One JSON pointer segment."""
    return part.replace("~", "~0").replace("/", "~1")


def deref(document: dict[str, Any], node: Any) -> tuple[Any, str | None]:
    """Follow a chain of local $refs; returns the target and its pointer (None if no $ref)."""
    pointer = None
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        pointer = node["$ref"]
        if not isinstance(pointer, str) or not pointer.startswith("#/"):
            raise ValueError(f"only local $refs are supported, got {pointer!r}")
        if pointer in seen:
            raise ValueError(f"$ref cycle through {pointer}")
        seen.add(pointer)
        node = pointer_get(document, pointer)
    return node, pointer
