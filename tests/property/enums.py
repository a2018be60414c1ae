"""Where a body holds a value its schema names in an ``enum`` (directly, or in a branch of an
open set's ``anyOf``), and what the parsed model holds at the same place."""

from typing import Any

from scripts.operations import python_name

Path = tuple[str | int, ...]


def known_values(schema: dict[str, Any]) -> list[Any]:
    values = list(schema.get("enum") or [])
    for keyword in ("anyOf", "oneOf"):
        for branch in schema.get(keyword) or []:
            values += known_values(branch)
    return values


def enum_sites(body: Any, schema: dict[str, Any], path: Path = ()) -> list[tuple[Path, Any]]:
    """Every (path, value) of ``body`` where the value is one its schema names in an enum."""
    found: list[tuple[Path, Any]] = []
    if isinstance(body, str | int) and not isinstance(body, bool) and body in known_values(schema):
        found.append((path, body))
    if isinstance(body, dict):
        for key, subschema in (schema.get("properties") or {}).items():
            if key in body:
                found += enum_sites(body[key], subschema, (*path, key))
    elif isinstance(body, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(body):
            found += enum_sites(item, schema["items"], (*path, index))
    return found


def attribute_at(parsed: Any, path: Path) -> Any:
    """What the model holds at a body's ``path`` (a property by its Python name)."""
    for part in path:
        parsed = parsed[part] if isinstance(part, int) else getattr(parsed, python_name(part))
    return parsed
