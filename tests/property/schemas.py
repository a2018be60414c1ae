"""The response schemas of a spec's operations, with $refs inlined, as hypothesis-jsonschema
needs them: every operation of the spec, found by scripts/operations.py."""

from dataclasses import dataclass
from typing import Any

from scripts.operations import Operation, inline, operations
from scripts.spec import deref


@dataclass(frozen=True)
class ResponseBodies:
    """One schema of one operation's responses, and the statuses that use it."""

    operation: Operation
    schema_name: str
    statuses: tuple[int, ...]
    schema: dict[str, Any]

    @property
    def success(self) -> bool:
        return all(status < 400 for status in self.statuses)

    @property
    def id(self) -> str:
        statuses = "/".join(map(str, self.statuses))
        return f"{self.operation.operation_id}-{self.schema_name}-{statuses}"


def response_bodies(document: dict[str, Any]) -> list[ResponseBodies]:
    found: dict[tuple[str, str], list[int]] = {}
    schemas: dict[str, dict[str, Any]] = {}
    by_id: dict[str, Operation] = {}
    for operation in operations(document):
        by_id[operation.operation_id] = operation
        for status in operation.statuses:
            written = operation.json_schema(status)
            if written is None:
                continue
            _, pointer = deref(document, written)
            name = pointer.rsplit("/", 1)[-1] if pointer else f"inline-{status}"
            schemas[name] = inline(document, written)
            found.setdefault((operation.operation_id, name), []).append(status)
    return [
        ResponseBodies(by_id[operation_id], name, tuple(statuses), schemas[name])
        for (operation_id, name), statuses in found.items()
    ]
