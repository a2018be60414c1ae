"""Validate every example in the spec against the schema it illustrates.

Covered: media-type examples (`example`, `examples.*.value`) of responses and request bodies,
parameter and header examples, and `example` / `examples` inside schemas. Schemas are validated
with the OpenAPI 3.1 dialect, with the spec itself as the registry so that `$ref`s resolve.
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

from scripts.spec import deref, escape, load

SPEC_URI = "urn:kirim-chat:openapi"
_SCHEMA_KEYWORDS_WITH_SUBSCHEMAS = ("properties", "patternProperties", "$defs")
_SCHEMA_KEYWORDS_WITH_SUBSCHEMA = ("items", "additionalProperties", "not", "contains")
_SCHEMA_KEYWORDS_WITH_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


@dataclass(frozen=True)
class Example:
    where: str
    """Human-readable location, e.g. `GET /accounts 200 application/json example 'all'`."""
    schema_pointer: str
    """JSON pointer to the schema the example must satisfy."""
    value: Any


def _examples_of(node: dict[str, Any], where: str, schema_pointer: str) -> Iterator[Example]:
    """The `example` and `examples` of a media type, parameter or header object."""
    if "example" in node:
        yield Example(f"{where} example", schema_pointer, node["example"])
    for name, example in (node.get("examples") or {}).items():
        if isinstance(example, dict) and "value" in example:
            yield Example(f"{where} example {name!r}", schema_pointer, example["value"])


def _with_schema(
    document: dict[str, Any], node: Any, pointer: str, where: str
) -> Iterator[Example]:
    """Examples of a parameter, header or media type found at ``pointer`` (maybe via $ref)."""
    target, target_pointer = deref(document, node)
    if target_pointer is not None:
        return  # checked once, where it is defined
    if isinstance(target, dict) and "schema" in target:
        yield from _examples_of(target, where, f"{pointer}/schema")


def _media_examples(
    document: dict[str, Any], holder: Any, pointer: str, where: str
) -> Iterator[Example]:
    """Examples in the `content` of a response or request body."""
    target, target_pointer = deref(document, holder)
    if target_pointer is not None or not isinstance(target, dict):
        return
    for name, header in (target.get("headers") or {}).items():
        yield from _with_schema(
            document, header, f"{pointer}/headers/{escape(name)}", f"{where} header {name}"
        )
    for media_type, media in (target.get("content") or {}).items():
        yield from _with_schema(
            document, media, f"{pointer}/content/{escape(media_type)}", f"{where} {media_type}"
        )


def _schema_examples(schema: Any, pointer: str, where: str) -> Iterator[Example]:
    """`example` / `examples` inside a schema and all of its subschemas."""
    if not isinstance(schema, dict):
        return
    if "example" in schema:
        yield Example(f"{where} example", pointer, schema["example"])
    if isinstance(schema.get("examples"), list):
        for index, value in enumerate(schema["examples"]):
            yield Example(f"{where} examples[{index}]", pointer, value)
    for keyword in _SCHEMA_KEYWORDS_WITH_SUBSCHEMAS:
        for name, sub in (schema.get(keyword) or {}).items():
            yield from _schema_examples(
                sub, f"{pointer}/{keyword}/{escape(name)}", f"{where}.{name}"
            )
    for keyword in _SCHEMA_KEYWORDS_WITH_SUBSCHEMA:
        if isinstance(schema.get(keyword), dict):
            yield from _schema_examples(
                schema[keyword], f"{pointer}/{keyword}", f"{where}[{keyword}]"
            )
    for keyword in _SCHEMA_KEYWORDS_WITH_SUBSCHEMA_LISTS:
        for index, sub in enumerate(schema.get(keyword) or []):
            yield from _schema_examples(
                sub, f"{pointer}/{keyword}/{index}", f"{where}.{keyword}[{index}]"
            )


def collect(document: dict[str, Any]) -> Iterator[Example]:
    """Every example in the document, with the pointer of its schema."""
    components = document.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield from _schema_examples(
            schema, f"#/components/schemas/{escape(name)}", f"schema {name}"
        )
    for name, parameter in (components.get("parameters") or {}).items():
        yield from _with_schema(
            document, parameter, f"#/components/parameters/{escape(name)}", f"parameter {name}"
        )
    for name, header in (components.get("headers") or {}).items():
        yield from _with_schema(
            document, header, f"#/components/headers/{escape(name)}", f"header {name}"
        )
    for name, response in (components.get("responses") or {}).items():
        yield from _media_examples(
            document, response, f"#/components/responses/{escape(name)}", f"response {name}"
        )
    for name, body in (components.get("requestBodies") or {}).items():
        yield from _media_examples(
            document, body, f"#/components/requestBodies/{escape(name)}", f"request body {name}"
        )
    for path, item in (document.get("paths") or {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or method == "parameters":
                continue
            base = f"#/paths/{escape(path)}/{method}"
            label = f"{method.upper()} {path}"
            for index, parameter in enumerate(operation.get("parameters") or []):
                yield from _with_schema(
                    document, parameter, f"{base}/parameters/{index}", f"{label} parameter {index}"
                )
            if "requestBody" in operation:
                yield from _media_examples(
                    document, operation["requestBody"], f"{base}/requestBody", f"{label} body"
                )
            for status, response in (operation.get("responses") or {}).items():
                yield from _media_examples(
                    document,
                    response,
                    f"{base}/responses/{escape(str(status))}",
                    f"{label} {status}",
                )


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
        print(f"{args.spec}: all {count} examples match their schemas")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
