"""Follow the JSON pointers Redocly reports through a spec, and say in words where they lead.

Redocly reports the *resolved* location of a change (through every $ref), e.g.
``#/paths/~1accounts/get/responses/200/content/application~1json/schema/properties/data/items``,
so walking it needs $refs followed at each step.
"""

from typing import Any

from scripts.spec import deref, segments

_NARROWING_KEYWORDS = {"enum", "const", "pattern", "format"}
_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
_COMBINATORS = {"anyOf", "oneOf", "allOf"}


def resolve(document: dict[str, Any], parts: list[str]) -> Any:
    """The node at ``parts``, following $refs on the way; None when it does not exist."""
    node: Any = document
    for part in parts:
        node, _ = deref(document, node)
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    node, _ = deref(document, node)
    return node


def describe(document: dict[str, Any], pointer: str) -> str:
    """``GET /accounts response 200 body .data[].name`` for a resolved pointer."""
    parts = segments(pointer)
    if not parts:
        return "the document"
    if parts[0] != "paths":
        return _describe_top_level(document, parts)
    words: list[str] = []
    schema_path = ""
    index = 1
    while index < len(parts):
        part = parts[index]
        if index == 1:
            words.append(part)
        elif index == 2 and part in _METHODS:
            words[-1:] = [f"{part.upper()} {words[-1]}"]
        elif part == "parameters" and index + 1 < len(parts):
            parameter = resolve(document, parts[: index + 2]) or {}
            words.append(
                f"{parameter.get('in', '')} parameter {parameter.get('name', parts[index + 1])}"
            )
            index += 1
        elif part == "responses" and index + 1 < len(parts):
            words.append(f"response {parts[index + 1]}")
            index += 1
        elif part == "headers" and index + 1 < len(parts):
            words.append(f"header {parts[index + 1]}")
            index += 1
        elif part == "requestBody":
            words.append("request body")
        elif part == "content" and index + 1 < len(parts):
            index += 1  # one media type per response here; naming it adds nothing
        elif part == "schema":
            if words and not words[-1].startswith(("query", "path", "header", "cookie")):
                words.append("body")
        elif part == "properties" and index + 1 < len(parts):
            schema_path += f".{parts[index + 1]}"
            index += 1
        elif part == "items":
            schema_path += "[]"
        elif part in _COMBINATORS and index + 1 < len(parts):
            schema_path += f"<{part} {parts[index + 1]}>"
            index += 1
        else:
            schema_path += f"/{part}"
        index += 1
    if schema_path:
        words.append(schema_path)
    return " ".join(words)


def _describe_top_level(document: dict[str, Any], parts: list[str]) -> str:
    if parts[0] == "tags" and len(parts) >= 2:
        tag = resolve(document, parts[:2])
        name = tag.get("name", parts[1]) if isinstance(tag, dict) else parts[1]
        return f"tag {name}" + "".join(f"/{part}" for part in parts[2:])
    if parts[0] == "components" and len(parts) >= 3:
        return f"{parts[1]} {parts[2]}" + "".join(f"/{part}" for part in parts[3:])
    return "/".join(parts)


def admits_any_string(schema: Any, document: dict[str, Any]) -> bool:
    """Whether ``schema`` is an open set: anyOf/oneOf with a branch that takes any string."""
    if not isinstance(schema, dict):
        return False
    for branch in [*schema.get("anyOf", []), *schema.get("oneOf", [])]:
        target, _ = deref(document, branch)
        if (
            isinstance(target, dict)
            and target.get("type") == "string"
            and not _NARROWING_KEYWORDS & target.keys()
        ):
            return True
    return False


def component_name(document: dict[str, Any], parts: list[str]) -> str | None:
    """``Account.status`` for a resolved pointer such as
    ``paths/~1accounts/get/responses/200/.../properties/data/items/properties/status``: the
    last component schema the pointer enters, then the properties after it."""
    node: Any = document
    name: str | None = None
    index = 0
    while index < len(parts):
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            reference = node["$ref"]
            if reference.startswith("#/components/schemas/"):
                name = segments(reference)[2]
            node, _ = deref(document, node)
        part = parts[index]
        if isinstance(node, dict) and part in node:
            child = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            child = node[int(part)]
        else:
            return None
        if name is not None and part == "properties" and index + 1 < len(parts):
            name += f".{parts[index + 1]}"
            node = child.get(parts[index + 1]) if isinstance(child, dict) else None
            index += 2
            continue
        if name is not None and part == "items":
            name += "[]"
        node = child
        index += 1
    return name
