"""Find things by their role in a spec, not by their name: "a required string field of a response
schema", "the first operation", "an open set". Tests that edit the spec (the mutation corpus, the
API changes of the maintainer loop) pick their targets here, so a legitimate rename in
openapi.yaml moves the target instead of breaking the test.

A spec may legitimately have nothing in a role (no optional enum-valued query parameter once the
last one is made required): then the finder raises MissingRole, which tests/conftest.py turns
into a skip naming the role, never an error.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from scripts.spec import METHODS, deref, escape

SCHEMAS = "/components/schemas/"
_NOT_FREE_TEXT = {"const", "enum", "pattern", "format", "$ref", "anyOf", "oneOf"}


class MissingRole(LookupError):
    """The spec has nothing in the role a test needs; the test is skipped, naming the role."""


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    node: dict[str, Any]

    @property
    def pointer(self) -> str:
        return f"/paths/{escape(self.path)}/{self.method}"

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


@dataclass(frozen=True)
class Field:
    schema: str
    """The component schema's name, e.g. ``Account``."""
    name: str
    node: dict[str, Any]
    required: bool

    @property
    def pointer(self) -> str:
        return f"{SCHEMAS}{escape(self.schema)}/properties/{escape(self.name)}"

    @property
    def required_pointer(self) -> str:
        return f"{SCHEMAS}{escape(self.schema)}/required"


def operations(spec: dict[str, Any]) -> Iterator[Operation]:
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield Operation(path, method, item[method])


def first_operation(spec: dict[str, Any]) -> Operation:
    for operation in operations(spec):
        return operation
    raise MissingRole("the spec has no operation")


def _schema_name(ref: object) -> str | None:
    if isinstance(ref, str) and ref.startswith("#" + SCHEMAS):
        return ref[len("#" + SCHEMAS) :]
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


def response_schemas(spec: dict[str, Any]) -> list[str]:
    """Names of the component schemas a 2xx response body reaches, in the order met."""
    found: list[str] = []
    pending = [
        ref
        for operation in operations(spec)
        for status, response in (operation.node.get("responses") or {}).items()
        if str(status).startswith("2")
        for ref in _refs(deref(spec, response)[0].get("content", {}))
    ]
    while pending:
        ref = pending.pop(0)
        name = _schema_name(ref)
        if name is not None and name not in found:
            found.append(name)
            pending.extend(_refs(spec["components"]["schemas"][name]))
        elif name is None and ref.startswith("#/components/"):
            pending.extend(_refs(deref(spec, {"$ref": ref})[0]))
    return found


def fields(spec: dict[str, Any], schemas: list[str] | None = None) -> Iterator[Field]:
    """The properties of the named object schemas (default: those of 2xx response bodies)."""
    for name in response_schemas(spec) if schemas is None else schemas:
        schema = spec["components"]["schemas"][name]
        required = set(schema.get("required", []))
        for field, node in (schema.get("properties") or {}).items():
            yield Field(name, field, node, field in required)


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def field(spec: dict[str, Any], *, required: bool | None = None, types: set[str] | None = None,
          open_set: bool = False, plain: bool = False) -> Field:  # fmt: skip
    """The first response field that fits: ``required`` or not; of exactly these JSON ``types``;
    an ``open_set`` (anyOf of an enum and a string); ``plain``: free text, with no const, enum,
    pattern, format or reference, and not a page's cursor (renaming ``next_cursor`` changes how
    the generated client pages, which is not what a test of a field wants)."""
    for candidate in fields(spec):
        node = candidate.node
        if required is not None and candidate.required is not required:
            continue
        if types is not None and _types(node) != types:
            continue
        if open_set and open_set_enum(spec, candidate) is None:
            continue
        if plain and (_NOT_FREE_TEXT & node.keys() or _is_page_cursor(spec, candidate)):
            continue
        return candidate
    raise MissingRole(
        f"the spec has no response field with required={required}, types={types}, "
        f"open_set={open_set}, plain={plain}"
    )


def _is_page_cursor(spec: dict[str, Any], candidate: Field) -> bool:
    """``next_cursor`` beside a ``data`` array: the vendor's cursor-pagination envelope."""
    data = (spec["components"]["schemas"][candidate.schema].get("properties") or {}).get("data")
    return candidate.name == "next_cursor" and isinstance(data, dict) and "items" in data


def open_set_enum(spec: dict[str, Any], candidate: Field) -> str | None:
    """The named enum of an open-set field (``anyOf: [{$ref: Enum}, {type: string}]``)."""
    branches = candidate.node.get("anyOf") or candidate.node.get("oneOf") or []
    names = [_schema_name(branch.get("$ref")) for branch in branches if isinstance(branch, dict)]
    strings = [branch for branch in branches if isinstance(branch, dict) and "type" in branch]
    enums = [name for name in names if name and "enum" in spec["components"]["schemas"][name]]
    return enums[0] if enums and strings else None


def open_sets(spec: dict[str, Any]) -> Iterator[tuple[Field, str]]:
    """Every open-set field of every component schema, with its enum's name."""
    for candidate in fields(spec, list(spec.get("components", {}).get("schemas", {}))):
        enum = open_set_enum(spec, candidate)
        if enum is not None:
            yield candidate, enum


def list_item_schema(spec: dict[str, Any]) -> str:
    """The first response schema that is the item of an array in another response schema:
    the resource a listing returns (``Account``)."""
    for candidate in fields(spec):
        items = candidate.node.get("items")
        name = _schema_name(items.get("$ref")) if isinstance(items, dict) else None
        if name is not None:
            return name
    raise MissingRole("the spec has no response listing an array of a component schema")


def query_parameter(spec: dict[str, Any]) -> tuple[Operation, dict[str, Any], str]:
    """The first optional query parameter whose schema is a named enum with a default: the
    operation, the parameter (resolved) and its schema's name."""
    for operation in operations(spec):
        for parameter in operation.node.get("parameters", []):
            resolved = deref(spec, parameter)[0]
            schema_name = _schema_name(resolved.get("schema", {}).get("$ref"))
            if resolved.get("in") != "query" or resolved.get("required") or schema_name is None:
                continue
            schema = spec["components"]["schemas"][schema_name]
            if "enum" in schema and "default" in schema:
                return operation, resolved, schema_name
    raise MissingRole(
        "the spec has no optional query parameter whose schema is a named enum with a default"
    )


def parameter_pointer(spec: dict[str, Any], operation: Operation, name: str) -> str:
    """Where the parameter ``name`` of ``operation`` is written (its component, if a $ref)."""
    for index, parameter in enumerate(operation.node.get("parameters", [])):
        resolved, pointer = deref(spec, parameter)
        if resolved.get("name") == name:
            return pointer.lstrip("#") if pointer else f"{operation.pointer}/parameters/{index}"
    raise LookupError(f"{operation.label} has no parameter {name}")


def named_example(spec: dict[str, Any]) -> tuple[str, str, str, Any]:
    """A string leaf of a named example of a 2xx response: (example name, pointer to the
    example, pointer to the leaf, its value)."""
    for operation in operations(spec):
        for status, response in (operation.node.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            for media, content in deref(spec, response)[0].get("content", {}).items():
                for name, example in (content.get("examples") or {}).items():
                    pointer = (
                        f"{operation.pointer}/responses/{status}/content/{escape(media)}"
                        f"/examples/{escape(name)}"
                    )
                    for leaf, value in _string_leaves(example.get("value"), f"{pointer}/value"):
                        return name, pointer, leaf, value
    raise MissingRole("the spec has no named example with a string in a 2xx response")


def _string_leaves(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, str):
        yield pointer, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _string_leaves(value, f"{pointer}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _string_leaves(value, f"{pointer}/{index}")


def error_responses(spec: dict[str, Any]) -> dict[str, Any]:
    """Each error status the spec documents, with the response of the first operation that
    documents it, as written ($refs kept): what a new operation reuses."""
    found: dict[str, Any] = {}
    for operation in operations(spec):
        for status, node in (operation.node.get("responses") or {}).items():
            if str(status)[0] in "45":
                found.setdefault(str(status), node)
    return found


def success_headers(spec: dict[str, Any]) -> dict[str, Any]:
    """The headers of the 2xx response that declares the most (the first of those), as written
    ($refs kept): the trace and rate-limit headers a new operation's success carries."""
    found: dict[str, Any] = {}
    for operation in operations(spec):
        for status, response in (operation.node.get("responses") or {}).items():
            headers = deref(spec, response)[0].get("headers") or {}
            if str(status).startswith("2") and len(headers) > len(found):
                found = dict(headers)
    return found


def free_name(taken: Iterable[str], wanted: str) -> str:
    """``wanted``, or ``wanted2``, ``wanted3``...: the first that is not ``taken``."""
    names = set(taken)
    return next(
        candidate
        for candidate in (wanted, *(f"{wanted}{number}" for number in range(2, len(names) + 3)))
        if candidate not in names
    )
