"""Bodies that break a schema's `required` or `type` constraints, and nothing else the client
does not check (pattern, maxLength and formats are left to the server: the client is lenient).

A valid body is broken at one site: a required key removed, or a value (the body itself, a
property, an array item) replaced by a JSON value of a type the schema does not allow.
"""

import copy
import math
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

JSON_TYPES = frozenset({"null", "boolean", "integer", "number", "string", "array", "object"})

# JSON values of each type, small: the value's type is what matters.
_VALUES_OF_TYPE: dict[str, st.SearchStrategy[Any]] = {
    "null": st.none(),
    "boolean": st.booleans(),
    "integer": st.integers(),
    "number": st.floats(allow_nan=False, allow_infinity=False).filter(
        lambda number: not number.is_integer()
    ),
    "string": st.text(max_size=8),
    "array": st.lists(st.integers(), max_size=2),
    "object": st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
}


def allowed_types(schema: dict[str, Any]) -> frozenset[str]:
    """The JSON types a value may have under ``schema`` (all of them when unconstrained)."""
    types = JSON_TYPES
    declared = schema.get("type")
    if isinstance(declared, str):
        types = frozenset({declared})
    elif isinstance(declared, list):
        types = frozenset(declared)
    if "const" in schema:
        types &= {json_type(schema["const"])}
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema:
            types &= frozenset().union(*(allowed_types(branch) for branch in schema[keyword]))
    return types | {"integer"} if "number" in types else types


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int) or (
        isinstance(value, float) and math.isfinite(value) and value.is_integer()
    ):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


@dataclass(frozen=True)
class Site:
    path: tuple[str | int, ...]
    """Where the broken value sits; ``()`` is the body itself."""
    remove: bool
    """Remove the key at ``path``; else replace the value with one of another type."""
    allowed: frozenset[str] = frozenset()

    def field(self) -> str | None:
        """The nearest property name on the path, which the client's error should mention."""
        return next((part for part in reversed(self.path) if isinstance(part, str)), None)


def sites(body: Any, schema: dict[str, Any], path: tuple[str | int, ...] = ()) -> list[Site]:
    found = []
    allowed = allowed_types(schema)
    if allowed != JSON_TYPES:
        found.append(Site(path, remove=False, allowed=allowed))
    if isinstance(body, dict):
        for key in schema.get("required", []):
            if key in body:
                found.append(Site((*path, key), remove=True))
        for key, subschema in schema.get("properties", {}).items():
            if key in body:
                found += sites(body[key], subschema, (*path, key))
    elif isinstance(body, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(body):
            found += sites(item, schema["items"], (*path, index))
    return found


@st.composite
def broken(draw: st.DrawFn, body: Any, schema: dict[str, Any]) -> tuple[Any, Site]:
    """``body`` broken at one of its sites, and the site."""
    site = draw(st.sampled_from(sites(body, schema)))
    if site.remove:
        replacement = None
    else:
        wrong = sorted(JSON_TYPES - site.allowed)
        replacement = draw(st.one_of(*(_VALUES_OF_TYPE[name] for name in wrong)))
    if not site.path:
        return replacement, site
    result = copy.deepcopy(body)
    container = result
    for part in site.path[:-1]:
        container = container[part]
    if site.remove:
        del container[site.path[-1]]
    else:
        container[site.path[-1]] = replacement
    return result, site
