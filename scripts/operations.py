"""The operations of a spec, the generated module of each, and the arguments to call it with.

This is what lets the property and contract tests, the docs test, `make record` and
`make contract-live` cover every operation of openapi.yaml with no list of their own: a new
operation is picked up by its ``operationId``.

Module names follow the generator's own rule (``openapi_python_client.strings.PythonIdentifier``
on the tag and the operationId), so they cannot drift from what `make generate` writes. Argument
values come from the spec: an example where the spec gives one, else the simplest value the
schema accepts, drawn by hypothesis-jsonschema (derandomized, so the same every time).
"""

import enum
import importlib
import inspect
import re
import types
import typing
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from hypothesis import HealthCheck, Phase, find, settings
from hypothesis_jsonschema import from_schema
from openapi_python_client.strings import PythonIdentifier

from scripts.spec import METHODS, deref

# The generator's defaults (generator-config.yml sets neither): an identifier that would start
# badly gets this prefix, and operations without a tag go to the "default" tag.
_FIELD_PREFIX = "field_"
_TAG_PREFIX = "tag"
_DEFAULT_TAG = "default"
JSON = "application/json"


@dataclass(frozen=True)
class Operation:
    method: str
    """Lower case, as in the spec: ``get``."""
    path: str
    """The path template, e.g. ``/labels/{label_id}``."""
    operation_id: str
    tag: str
    parameters: tuple[dict[str, Any], ...]
    """Path-level and operation-level parameters, $refs followed."""
    request_body: dict[str, Any] | None
    responses: dict[str, dict[str, Any]]
    """Documented status (``"200"``, ``"default"``) -> response object, $refs followed."""
    summary: str = ""

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path} ({self.operation_id})"

    @property
    def module_path(self) -> str:
        """``api.<tag>.<operation>``, below the package."""
        tag = PythonIdentifier(self.tag, _TAG_PREFIX)
        return f"api.{tag}.{PythonIdentifier(self.operation_id, _FIELD_PREFIX)}"

    def module(self, package: types.ModuleType) -> types.ModuleType:
        return importlib.import_module(f"{package.__name__}.{self.module_path}")

    @property
    def statuses(self) -> list[int]:
        """The documented numeric statuses, in the spec's order."""
        return [int(status) for status in self.responses if str(status).isdigit()]

    @property
    def success_status(self) -> int | None:
        return next((status for status in self.statuses if 200 <= status < 300), None)

    @property
    def reads_only(self) -> bool:
        return self.method in {"get", "head", "options"}

    def json_schema(self, status: int) -> dict[str, Any] | None:
        """The JSON body schema of a documented response, as written ($refs kept)."""
        media = (self.responses.get(str(status), {}).get("content") or {}).get(JSON)
        return None if media is None else media.get("schema")

    def query_parameters(self) -> list[dict[str, Any]]:
        return [parameter for parameter in self.parameters if parameter.get("in") == "query"]

    def path_pattern(self) -> re.Pattern[str]:
        """Matches a concrete path such as ``/labels/lbl_1`` and captures its parameters."""
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.path))
        return re.compile(f"^{pattern}$")


def operations(document: dict[str, Any]) -> list[Operation]:
    """Every operation of the spec, in the spec's order."""
    found = []
    for path, item in (document.get("paths") or {}).items():
        shared = [deref(document, parameter)[0] for parameter in item.get("parameters") or []]
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            own = [deref(document, parameter)[0] for parameter in operation.get("parameters") or []]
            names = {(parameter["in"], parameter["name"]) for parameter in own}
            body = operation.get("requestBody")
            found.append(
                Operation(
                    method=method,
                    path=path,
                    operation_id=operation["operationId"],
                    tag=(operation.get("tags") or [_DEFAULT_TAG])[0],
                    parameters=tuple(
                        [p for p in shared if (p["in"], p["name"]) not in names] + own
                    ),
                    request_body=None if body is None else deref(document, body)[0],
                    responses={
                        str(status): deref(document, response)[0]
                        for status, response in (operation.get("responses") or {}).items()
                    },
                    summary=str(operation.get("summary", "")),
                )
            )
    return found


def callable_live(
    document: dict[str, Any], *, writes: bool = False, only: Iterable[str] = ()
) -> list[Operation]:
    """The operations `make record` and `make contract-live` may call on the real API: those
    that only read, unless ``writes``; only those named in ``only``, if any."""
    chosen = set(only)
    return [
        operation
        for operation in operations(document)
        if (operation.reads_only or writes) and (not chosen or operation.operation_id in chosen)
    ]


def find_operation(document: dict[str, Any], operation_id: str) -> Operation:
    for operation in operations(document):
        if operation.operation_id == operation_id:
            return operation
    known = ", ".join(operation.operation_id for operation in operations(document))
    raise LookupError(f"no operation {operation_id!r} in the spec; it has: {known}")


# --- values from the spec ---------------------------------------------------------------------


def inline(document: dict[str, Any], node: Any) -> Any:
    """``node`` with every local $ref replaced by its target (for tools that cannot follow
    $refs, such as hypothesis-jsonschema). The spec has no $ref cycles."""
    node, _ = deref(document, node)
    if isinstance(node, dict):
        return {key: inline(document, value) for key, value in node.items()}
    if isinstance(node, list):
        return [inline(document, value) for value in node]
    return node


def example_of(document: dict[str, Any], holder: dict[str, Any]) -> Any:
    """A value for a parameter, header or media type: its own example, else its schema's."""
    if "example" in holder:
        return holder["example"]
    for example in (holder.get("examples") or {}).values():
        example, _ = deref(document, example)
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    value = sample(document, holder.get("schema", {}))
    if holder.get("in") == "path" and value == "":
        # The simplest string is empty, and an empty segment is another URL: a path value
        # has at least one character, whatever its schema says.
        schema = {**inline(document, holder.get("schema", {})), "minLength": 1}
        value = _simplest(schema)
    return value


def sample(document: dict[str, Any], schema: Any) -> Any:
    """A value the schema accepts: the schema's own example, default or first enum value when
    it has one, else one drawn for it (the same every time)."""
    schema, _ = deref(document, schema)
    if not isinstance(schema, dict):
        return None
    if "const" in schema:
        return schema["const"]
    for keyword in ("examples", "enum"):
        if isinstance(schema.get(keyword), list) and schema[keyword]:
            return schema[keyword][0]
    for keyword in ("example", "default"):
        if keyword in schema:
            return schema[keyword]
    if schema.get("type") == "object" or "properties" in schema:
        properties = schema.get("properties") or {}
        return {name: sample(document, properties.get(name)) for name in schema.get("required", [])}
    for keyword in ("anyOf", "oneOf"):
        if schema.get(keyword):
            return sample(document, schema[keyword][0])
    return _simplest(inline(document, schema))


def _simplest(schema: dict[str, Any]) -> Any:
    """A value hypothesis-jsonschema draws for a schema (patterns, formats, bounds), the same
    every time: derandomized, and its first draw kept (shrinking it takes seconds)."""
    fixed = settings(
        database=None,
        derandomize=True,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    return find(from_schema(schema), lambda _: True, settings=fixed)


def enum_values(document: dict[str, Any], parameter: dict[str, Any]) -> list[str]:
    """The values of a parameter whose schema is a closed ``enum``; empty for any other."""
    schema, _ = deref(document, parameter.get("schema", {}))
    values = schema.get("enum") if isinstance(schema, dict) else None
    return [str(value) for value in values] if isinstance(values, list) else []


def request_body_of(document: dict[str, Any], operation: Operation) -> Any:
    """The JSON request body to send: the spec's example, else one built from the schema."""
    content = (operation.request_body or {}).get("content") or {}
    media = content.get(JSON)
    return None if media is None else example_of(document, media)


# --- calling the generated function -----------------------------------------------------------


def python_name(name: str) -> str:
    """The generator's Python name for a parameter or property, e.g. ``type`` -> ``type_``."""
    return str(PythonIdentifier(name, _FIELD_PREFIX))


def required_arguments(
    document: dict[str, Any], operation: Operation, module: types.ModuleType
) -> dict[str, Any]:
    """Keyword arguments for the operation's function: every argument it requires, built from
    the spec (optional ones are left to their defaults)."""
    function = module.sync_detailed
    hints = typing.get_type_hints(function)
    by_name = {python_name(parameter["name"]): parameter for parameter in operation.parameters}
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        if name == "body":
            arguments[name] = typed(hints[name], request_body_of(document, operation))
        else:
            arguments[name] = typed(hints[name], example_of(document, by_name[name]))
    return arguments


def call_arguments(
    document: dict[str, Any],
    operation: Operation,
    module: types.ModuleType,
    query: dict[str, str] | None = None,
) -> tuple[dict[str, Any], dict[str, str]]:
    """The required arguments plus the ``query`` values, typed; and the query values the types
    refuse (a value outside an enum), to send as they are: the server's answer to those is
    what the caller wants to see."""
    arguments = required_arguments(document, operation, module)
    hints = typing.get_type_hints(module.sync_detailed)
    raw: dict[str, str] = {}
    for name, value in (query or {}).items():
        try:
            arguments[python_name(name)] = typed(hints[python_name(name)], value)
        except (TypeError, ValueError):
            raw[name] = value
    return arguments, raw


def typed(annotation: Any, value: Any) -> Any:
    """``value`` (JSON) as the generated function's parameter type wants it: a model through its
    ``from_dict``, an enum member, a date; raises ValueError when the value does not fit."""
    if typing.get_origin(annotation) in {typing.Union, types.UnionType}:
        errors = []
        for option in typing.get_args(annotation):
            if option is type(None):
                if value is None:
                    return None
                continue
            if getattr(option, "__name__", "") == "Unset":
                continue  # the generated marker of an argument not given
            try:
                return typed(option, value)
            except (TypeError, ValueError, KeyError) as error:
                errors.append(error)
        raise ValueError(f"{value!r} fits none of {annotation}: {errors}")
    if typing.get_origin(annotation) is typing.Literal:
        if value in typing.get_args(annotation):
            return value
        raise ValueError(f"{value!r} is not one of {typing.get_args(annotation)}")
    if typing.get_origin(annotation) is list and isinstance(value, list):
        [item] = typing.get_args(annotation)
        return [typed(item, element) for element in value]
    if inspect.isclass(annotation):
        if hasattr(annotation, "from_dict"):
            return annotation.from_dict(value)
        if issubclass(annotation, enum.Enum):
            return annotation(value)
        for kind, parse in _PARSERS.items():
            if issubclass(annotation, kind):
                return parse(value)
        if annotation in {str, int, float, bool} and not isinstance(value, annotation):
            raise TypeError(f"{value!r} is not a {annotation.__name__}")
    return value


_PARSERS: dict[type, Any] = {
    datetime: datetime.fromisoformat,
    date: date.fromisoformat,
    uuid.UUID: uuid.UUID,
}


def from_text(document: dict[str, Any], parameter: dict[str, Any], text: str) -> Any:
    """A path or query parameter's value as it arrived in a URL, back to its JSON type."""
    schema, _ = deref(document, parameter.get("schema", {}))
    declared = schema.get("type") if isinstance(schema, dict) else None
    kinds = set(declared) if isinstance(declared, list) else {declared}
    try:
        if "integer" in kinds:
            return int(text)
        if "number" in kinds:
            return float(text)
    except ValueError:
        return text  # not a number: sent as it is, for the server to refuse
    if "boolean" in kinds and text in {"true", "false"}:
        return text == "true"
    return text
