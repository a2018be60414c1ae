"""Synthetic specs of any size for the regeneration benchmark, grown from openapi.yaml.

The template is the spec's first listing (a GET whose success body, a component schema, holds
an array), or failing that its first operation with a component schema as its success body.
Operation i is a copy of it at its own path, with its own copies of the object schemas its
success body reaches (so models grow with operations, as in a real API), ten operations per tag
(so the api/ package grows in modules and folders). Errors, enums, headers and parameters stay
shared. Whatever else the spec holds is left out, and so is every component nothing refers to
any more: the synthetic spec passes the repository's checks whatever operations openapi.yaml
has.
"""

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from scripts.operations import JSON
from scripts.paths import SPEC
from scripts.spec import METHODS, load, segments

OPERATIONS_PER_TAG = 10
_SCHEMAS = "#/components/schemas/"


def template(document: dict[str, Any]) -> tuple[str, str]:
    """(path, method) of the operation the synthetic spec copies: the first listing (a GET
    whose success body holds an array of a component schema), else the first GET, else the
    first operation, whose success body is a component schema."""
    found = [
        (path, method)
        for path, item in (document.get("paths") or {}).items()
        for method in METHODS
        if isinstance(item.get(method), dict) and _success_schema(item[method]) is not None
    ]
    if not found:
        raise ValueError("no operation whose success body is a component schema to copy")

    def rank(choice: tuple[str, str]) -> int:
        path, method = choice
        if method != "get":
            return 2
        body = document["components"]["schemas"][_success_schema(document["paths"][path][method])]
        properties = (body.get("properties") or {}).values()
        return 0 if any("items" in value for value in properties) else 1

    return min(found, key=rank)


def _success_schema(operation: dict[str, Any]) -> str | None:
    for status, response in (operation.get("responses") or {}).items():
        schema = ((response.get("content") or {}).get(JSON) or {}).get("schema") or {}
        ref = schema.get("$ref") if str(status).startswith("2") else None
        if isinstance(ref, str) and ref.startswith(_SCHEMAS):
            return ref.removeprefix(_SCHEMAS)
    return None


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _reached(document: dict[str, Any], start: Any) -> set[tuple[str, str]]:
    """(kind, name) of every component ``start`` refers to, directly or through others."""
    seen: set[tuple[str, str]] = set()
    pending = list(_refs(start))
    while pending:
        parts = segments(pending.pop())
        if len(parts) < 3 or parts[0] != "components" or (parts[1], parts[2]) in seen:
            continue
        seen.add((parts[1], parts[2]))
        pending += _refs(document["components"][parts[1]][parts[2]])
    return seen


def _renamed(node: Any, names: dict[str, str]) -> Any:
    """``node`` with every $ref to a schema in ``names`` pointed at its new name."""
    text = json.dumps(node)
    for old, new in names.items():
        text = text.replace(f'"{_SCHEMAS}{old}"', f'"{_SCHEMAS}{new}"')
    return json.loads(text)


def synthetic_spec(operations: int, source: Path = SPEC) -> dict[str, Any]:
    original = load(source)
    path, method = template(original)
    item = original["paths"][path]
    operation = item[method]
    schemas = original["components"]["schemas"]
    body = {"$ref": f"{_SCHEMAS}{_success_schema(operation)}"}
    own = sorted(
        name
        for kind, name in _reached(original, body)
        if kind == "schemas" and "properties" in schemas[name]
    )
    document = copy.deepcopy(original)
    document["paths"], document["tags"] = {}, []
    document.pop("webhooks", None)
    for index in range(operations):
        tag = f"Group{index // OPERATIONS_PER_TAG}"
        if index % OPERATIONS_PER_TAG == 0:
            document["tags"].append({"name": tag, "description": f"Operations of {tag}."})
        names = {name: f"{name}{index}" for name in own}
        for name in own:
            document["components"]["schemas"][names[name]] = _renamed(schemas[name], names)
        copied = _renamed(operation, names)
        copied["operationId"] = f"{operation['operationId']}{index}"
        copied["summary"] = f"{operation.get('summary', '')}, copy {index}"
        copied["tags"] = [tag]
        shared = {key: copy.deepcopy(value) for key, value in item.items() if key not in METHODS}
        document["paths"][f"/{tag.lower()}/{index}{path}"] = {**shared, method: copied}
    _drop_unused_components(document)
    return document


def _drop_unused_components(document: dict[str, Any]) -> None:
    """Remove each component nothing outside ``components`` reaches; security schemes stay
    when a ``security`` requirement names them."""
    outside = {key: value for key, value in document.items() if key != "components"}
    reached = _reached(document, outside)
    named = {
        name
        for requirements in _security_requirements(document)
        for requirement in requirements
        for name in requirement
    }
    components = document.get("components", {})
    for kind in list(components):
        for name in list(components[kind]):
            if (kind, name) not in reached and not (kind == "securitySchemes" and name in named):
                del components[kind][name]
        if not components[kind]:
            del components[kind]


def _security_requirements(document: dict[str, Any]) -> Iterator[list[dict[str, Any]]]:
    yield document.get("security") or []
    for item in (document.get("paths") or {}).values():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield item[method].get("security") or []


def write_synthetic_spec(operations: int, path: Path, source: Path = SPEC) -> Path:
    path.write_text(
        yaml.safe_dump(synthetic_spec(operations, source), sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    return path
