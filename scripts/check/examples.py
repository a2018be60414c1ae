"""Validate the ``examples`` lists of the spec's schemas, which Spectral does not look at.

`make lint-spec` runs Spectral's ``oas3-valid-media-example`` and ``oas3-valid-schema-example``:
they validate every media-type, parameter and header example (``$ref``'d ones included) and
each schema's ``example``. They skip OpenAPI 3.1's ``examples`` keyword of a schema (a JSON
Schema list, used on every field of this spec): tests/tooling/test_make_check.py shows a wrong
entry there passing Spectral. This check covers exactly that gap, with the OpenAPI 3.1 dialect
and the spec itself as the registry so that ``$ref``s resolve.
"""

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_schema_validator import OAS31Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from scripts.spec import METHODS, load, pointer

SPEC_URI = "urn:kirim-chat:openapi"
# The JSON Schema 2020-12 keywords that hold subschemas: by name, alone, or in a list.
_NAMED_SUBSCHEMAS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_ONE_SUBSCHEMA = (
    "items", "additionalProperties", "not", "contains", "if", "then", "else", "propertyNames",
    "unevaluatedItems", "unevaluatedProperties", "contentSchema",
)  # fmt: skip
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


@dataclass(frozen=True)
class Example:
    where: str
    """Human-readable location, e.g. ``schema Account.name examples[0]``."""
    schema_pointer: str
    """JSON pointer to the schema the example must satisfy."""
    value: Any


def _schema_roots(document: dict[str, Any]) -> Iterator[tuple[list[str], str, Any]]:
    """(path, label, schema) of every schema written in place: components/schemas and the
    schemas of parameters, headers and media types, in operations and webhook events. A $ref
    is followed where it is defined."""
    components = document.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield ["components", "schemas", name], f"schema {name}", schema
    for kind in ("parameters", "headers", "responses", "requestBodies"):
        for name, holder in (components.get(kind) or {}).items():
            yield from _schemas_in(holder, ["components", kind, name], f"{kind} {name}")
    # Operations, and the webhook events Kirim sends (OpenAPI 3.1's `webhooks`), alike.
    for section in ("paths", "webhooks"):
        yield from _operation_schemas(document, section)


def _operation_schemas(
    document: dict[str, Any], section: str
) -> Iterator[tuple[list[str], str, Any]]:
    for path, item in (document.get(section) or {}).items():
        for index, parameter in enumerate(item.get("parameters") or []):
            yield from _schemas_in(parameter, [section, path, "parameters", str(index)], path)
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            base = [section, path, method]
            label = f"{method.upper()} {path}" if section == "paths" else f"webhook {path}"
            for index, parameter in enumerate(operation.get("parameters") or []):
                where = [*base, "parameters", str(index)]
                yield from _schemas_in(parameter, where, f"{label} parameter {index}")
            if "requestBody" in operation:
                body = operation["requestBody"]
                yield from _schemas_in(body, [*base, "requestBody"], f"{label} body")
            for status, response in (operation.get("responses") or {}).items():
                where = [*base, "responses", str(status)]
                yield from _schemas_in(response, where, f"{label} {status}")


def _schemas_in(holder: Any, parts: list[str], label: str) -> Iterator[tuple[list[str], str, Any]]:
    """The schemas of a parameter, header, response, request body or media type."""
    if not isinstance(holder, dict) or "$ref" in holder:
        return
    if "schema" in holder:
        yield [*parts, "schema"], label, holder["schema"]
    for name, header in (holder.get("headers") or {}).items():
        yield from _schemas_in(header, [*parts, "headers", name], f"{label} header {name}")
    for media_type, media in (holder.get("content") or {}).items():
        yield from _schemas_in(media, [*parts, "content", media_type], f"{label} {media_type}")


def _examples_in(schema: Any, parts: list[str], where: str) -> Iterator[Example]:
    """The ``examples`` list of a schema and of all its subschemas."""
    if not isinstance(schema, dict):
        return
    if isinstance(schema.get("examples"), list):
        for index, value in enumerate(schema["examples"]):
            yield Example(f"{where} examples[{index}]", pointer(parts), value)
    for keyword in _NAMED_SUBSCHEMAS:
        for name, sub in (schema.get(keyword) or {}).items():
            yield from _examples_in(sub, [*parts, keyword, name], f"{where}.{name}")
    for keyword in _ONE_SUBSCHEMA:
        yield from _examples_in(schema.get(keyword), [*parts, keyword], f"{where}[{keyword}]")
    for keyword in _SUBSCHEMA_LISTS:
        for index, sub in enumerate(schema.get(keyword) or []):
            where_sub = f"{where}.{keyword}[{index}]"
            yield from _examples_in(sub, [*parts, keyword, str(index)], where_sub)


def collect(document: dict[str, Any]) -> Iterator[Example]:
    """Every entry of every schema's ``examples`` list, with the pointer of its schema."""
    for parts, label, schema in _schema_roots(document):
        yield from _examples_in(schema, parts, label)


def problems(document: dict[str, Any]) -> list[str]:
    """One line per example that does not satisfy its schema."""
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, DRAFT202012.create_resource(document)
    )
    found = []
    for example in collect(document):
        validator = OAS31Validator(
            {"$ref": f"{SPEC_URI}{example.schema_pointer}"},
            registry=registry,
            format_checker=OAS31Validator.FORMAT_CHECKER,
        )
        for error in validator.iter_errors(example.value):
            location = error.json_path if error.path else "$"
            found.append(f"{example.where}: at {location}: {error.message}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    args = parser.parse_args()
    document = load(args.spec)
    found = problems(document)
    for problem in found:
        print(f"{args.spec}: {problem}", file=sys.stderr)
    if not found:
        count = sum(1 for _ in collect(document))
        print(f"{args.spec}: all {count} schema examples match their schemas")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
