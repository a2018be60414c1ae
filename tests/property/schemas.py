"""The response schemas of the spec, with $refs inlined, as hypothesis-jsonschema needs them."""

from dataclasses import dataclass
from typing import Any

from scripts.paths import SPEC
from scripts.spec import deref, load


@dataclass(frozen=True)
class ResponseBodies:
    """One schema of one operation's responses, and the statuses that use it."""

    operation_id: str
    schema_name: str
    statuses: tuple[int, ...]
    schema: dict[str, Any]

    @property
    def success(self) -> bool:
        return all(status < 400 for status in self.statuses)

    @property
    def id(self) -> str:
        return f"{self.operation_id}-{self.schema_name}-{'/'.join(map(str, self.statuses))}"


def inline(document: dict[str, Any], node: Any) -> Any:
    """``node`` with every local $ref replaced by its target (the spec has no cycles)."""
    node, _ = deref(document, node)
    if isinstance(node, dict):
        return {key: inline(document, value) for key, value in node.items()}
    if isinstance(node, list):
        return [inline(document, value) for value in node]
    return node


def response_bodies() -> list[ResponseBodies]:
    document = load(SPEC)
    found: dict[tuple[str, str], list[int]] = {}
    schemas: dict[str, dict[str, Any]] = {}
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status, response in operation["responses"].items():
                response, _ = deref(document, response)
                media = (response.get("content") or {}).get("application/json")
                if media is None:
                    continue
                _, pointer = deref(document, media["schema"])
                name = pointer.rsplit("/", 1)[-1] if pointer else f"inline-{status}"
                schemas[name] = inline(document, media["schema"])
                found.setdefault((operation["operationId"], name), []).append(int(status))
    return [
        ResponseBodies(operation_id, name, tuple(statuses), schemas[name])
        for (operation_id, name), statuses in found.items()
    ]
