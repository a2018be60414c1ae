"""The mutation corpus of `make diff`: one edit of each kind a maintainer can make to the spec,
with the verdict it must get, words the report must use, and the CHANGELOG lines it must write.

Each mutation is built from the current spec: its targets are found by role
(tests/support/spec_targets.py: "a required free-text field of a response schema", "an optional
query parameter with a named enum"), and its JSON patch and expected words are written from
what was found. A field renamed in openapi.yaml therefore moves the mutation with it instead of
breaking it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import snake_case

from scripts.spec import deref, escape
from scripts.specdiff.model import Verdict
from tests.support.spec_targets import (
    Field,
    Operation,
    first_operation,
    list_item_schema,
    named_example,
    open_sets,
    operations,
    parameter_pointer,
    query_parameter,
)
from tests.support.spec_targets import field as find_field

Spec = dict[str, Any]
Patch = list[dict[str, Any]]
B, A, P, N = Verdict.BREAKING, Verdict.ADDITION, Verdict.PATCH, Verdict.NONE


@dataclass(frozen=True)
class Built:
    patch: Patch
    mentions: tuple[str, ...] = ()
    """Text that a change of the expected verdict must show in its ``where`` or ``what``."""
    lines: tuple[tuple[Verdict, str], ...] = ()
    """CHANGELOG lines the change must get (exactly these, unless ``some_lines``)."""
    some_lines: bool = False
    """``lines`` is a subset: other lines may come with them."""


@dataclass(frozen=True)
class Mutation:
    name: str
    summary: str
    expect: Verdict
    build: Callable[[Spec], Built] = field(repr=False)


def label(operation: Operation) -> str:
    """How a CHANGELOG line names an operation: ```GET /x` (`list_x`)``."""
    operation_id = operation.node.get("operationId")
    text = f"`{operation.label}`"
    return f"{text} (`{snake_case(operation_id)}`)" if operation_id else text


def _required_index(spec: Spec, target: Field) -> int:
    required: list[str] = spec["components"]["schemas"][target.schema]["required"]
    return required.index(target.name)


def _free_text(spec: Spec) -> Field:
    return find_field(spec, required=True, types={"string", "null"}, plain=True)


def _new_field() -> dict[str, Any]:
    return {
        "description": "A short label.",
        "type": "string",
        "pattern": "^[A-Za-z ]*$",
        "maxLength": 32,
    }


def description_only(spec: Spec) -> Built:
    schema = list_item_schema(spec)
    patch: Patch = [
        {
            "op": "replace",
            "path": f"/components/schemas/{schema}/description",
            "value": "Reworded by the mutation corpus.",
        }
    ]
    return Built(patch, ("description changed",), ((P, f"Reworded the description of `{schema}`"),))


def example_only(spec: Spec) -> Built:
    name, example, leaf, value = named_example(spec)
    operation = next(op for op in operations(spec) if example.startswith(op.pointer + "/"))
    status = example.split("/responses/")[1].split("/")[0]
    patch: Patch = [
        {"op": "test", "path": leaf, "value": value},
        {"op": "replace", "path": leaf, "value": f"{value}-edited"},
    ]
    line = f"Changed the example `{name}` of the response {status} of {label(operation)}"
    return Built(patch, (f"examples/{name}",), ((P, line),))


def extra_fields_closed(spec: Spec) -> Built:
    schema = list_item_schema(spec)
    patch: Patch = [
        {
            "op": "replace",
            "path": f"/components/schemas/{schema}/additionalProperties",
            "value": False,
        }
    ]
    line = f"`{schema}` no longer keeps the fields the spec does not declare"
    return Built(patch, ("additionalProperties",), ((B, line),))


def field_became_required(spec: Spec) -> Built:
    target = find_field(spec, required=False)
    patch: Patch = [{"op": "add", "path": f"{target.required_pointer}/-", "value": target.name}]
    return Built(patch, (target.name,), ((B, f"`{target.schema}.{target.name}` is now required"),))


def field_made_nullable(spec: Spec) -> Built:
    target = find_field(spec, types={"string"})
    patch: Patch = [
        {"op": "test", "path": f"{target.pointer}/type", "value": "string"},
        {"op": "replace", "path": f"{target.pointer}/type", "value": ["string", "null"]},
    ]
    line = f"`{target.schema}.{target.name}` may now be null"
    return Built(patch, (f".{target.name}",), ((B, line),))


def field_removed(spec: Spec) -> Built:
    target = _free_text(spec)
    index = _required_index(spec, target)
    patch: Patch = [
        {"op": "test", "path": f"{target.required_pointer}/{index}", "value": target.name},
        {"op": "remove", "path": f"{target.required_pointer}/{index}"},
        {"op": "remove", "path": target.pointer},
    ]
    return Built(
        patch, (f".{target.name}",), ((B, f"Removed field `{target.schema}.{target.name}`"),)
    )


def field_renamed(spec: Spec) -> Built:
    target = _free_text(spec)
    index = _required_index(spec, target)
    new = f"display_{target.name}"
    new_pointer = target.pointer.rsplit("/", 1)[0] + "/" + escape(new)
    patch: Patch = [
        {"op": "test", "path": f"{target.required_pointer}/{index}", "value": target.name},
        {"op": "replace", "path": f"{target.required_pointer}/{index}", "value": new},
        {"op": "move", "from": target.pointer, "path": new_pointer},
    ]
    line = f"`{target.schema}.{target.name}` renamed to `{new}`"
    return Built(patch, (f".{target.name}",), ((B, line),))


def new_open_set_value(spec: Spec) -> Built:
    """A new named value in every open set (an account's status, an error's type)."""
    enums = sorted({enum for _, enum in open_sets(spec)})
    assert enums, "openapi.yaml has no open set (anyOf of a named enum and a string)"
    patch: Patch = [
        {"op": "add", "path": f"/components/schemas/{enum}/enum/-", "value": "from_mutation"}
        for enum in enums
    ]
    lines = tuple((A, f"Added the value `from_mutation` to `{enum}`") for enum in enums)
    return Built(patch, ("from_mutation",), lines)


def _probe_operation(operation_id: str, schema: str) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "parameters": [
            {
                "name": "probe_id",
                "in": "path",
                "required": True,
                "schema": {"type": "string", "pattern": "^[0-9]+$", "maxLength": 32},
            }
        ],
        "responses": {
            "200": {
                "description": "The resource.",
                "content": {
                    "application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}
                },
            }
        },
    }


def new_operation(spec: Spec) -> Built:
    path = "/mutation-probes/{probe_id}"
    value = {"get": _probe_operation("getMutationProbe", list_item_schema(spec))}
    patch: Patch = [{"op": "add", "path": f"/paths/{escape(path)}", "value": value}]
    return Built(patch, (path,), ((A, f"Added `GET {path}` (`get_mutation_probe`)"),))


def new_operations_on_one_path(spec: Spec) -> Built:
    """Two operations on a new path: two functions, so two lines."""
    path = "/mutation-probes/{probe_id}"
    schema = list_item_schema(spec)
    value = {
        "get": _probe_operation("getMutationProbe", schema),
        "delete": _probe_operation("deleteMutationProbe", schema),
    }
    patch: Patch = [{"op": "add", "path": f"/paths/{escape(path)}", "value": value}]
    lines = (
        (A, f"Added `GET {path}` (`get_mutation_probe`)"),
        (A, f"Added `DELETE {path}` (`delete_mutation_probe`)"),
    )
    return Built(patch, (f"GET {path}", f"DELETE {path}"), lines)


def new_optional_field(spec: Spec) -> Built:
    schema = list_item_schema(spec)
    patch: Patch = [
        {
            "op": "add",
            "path": f"/components/schemas/{schema}/properties/nickname",
            "value": _new_field(),
        }
    ]
    return Built(patch, (".nickname",), ((A, f"Added optional field `{schema}.nickname`"),))


def new_required_response_field(spec: Spec) -> Built:
    schema = list_item_schema(spec)
    patch: Patch = [
        {
            "op": "add",
            "path": f"/components/schemas/{schema}/properties/nickname",
            "value": _new_field(),
        },
        {"op": "add", "path": f"/components/schemas/{schema}/required/-", "value": "nickname"},
    ]
    return Built(patch, ("nickname",), ((B, f"New required field `{schema}.nickname`"),))


def _org_parameter(required: bool) -> dict[str, Any]:
    return {
        "name": "org",
        "in": "query",
        "required": required,
        "schema": {"type": "string", "pattern": "^org_[0-9a-z]+$", "maxLength": 40},
    }


def new_optional_query_parameter(spec: Spec) -> Built:
    operation = first_operation(spec)
    patch: Patch = [
        {"op": "add", "path": f"{operation.pointer}/parameters/-", "value": _org_parameter(False)}
    ]
    line = f"Added optional query parameter `org` to {label(operation)}"
    return Built(patch, ("query parameter org",), ((A, line),))


def new_required_query_parameter(spec: Spec) -> Built:
    operation = first_operation(spec)
    patch: Patch = [
        {"op": "add", "path": f"{operation.pointer}/parameters/-", "value": _org_parameter(True)}
    ]
    line = f"New required query parameter `org` of {label(operation)}"
    return Built(patch, ("query parameter org",), ((B, line),))


def _filter(spec: Spec) -> tuple[Operation, str, str, list[Any], Any]:
    """The enum-valued query parameter: operation, name, schema name, values, default."""
    operation, parameter, schema = query_parameter(spec)
    node = spec["components"]["schemas"][schema]
    return operation, parameter["name"], schema, list(node["enum"]), node["default"]


def new_request_enum_value(spec: Spec) -> Built:
    operation, name, schema, _, _ = _filter(spec)
    patch: Patch = [{"op": "add", "path": f"/components/schemas/{schema}/enum/-", "value": "probe"}]
    line = f"The query parameter `{name}` of {label(operation)} also accepts `probe`"
    return Built(patch, ("probe",), ((A, line),))


def request_enum_value_removed(spec: Spec) -> Built:
    operation, name, schema, values, default = _filter(spec)
    kept = [value for value in values if value == default]
    dropped = next(value for value in values if value != default)
    patch: Patch = [
        {"op": "test", "path": f"/components/schemas/{schema}/enum", "value": values},
        {"op": "replace", "path": f"/components/schemas/{schema}/enum", "value": kept},
    ]
    line = f"The query parameter `{name}` of {label(operation)} no longer accepts `{dropped}`"
    return Built(patch, (f"query parameter {name}",), ((B, line),))


def request_default_changed(spec: Spec) -> Built:
    operation, name, schema, values, default = _filter(spec)
    other = next(value for value in values if value != default)
    patch: Patch = [
        {"op": "replace", "path": f"/components/schemas/{schema}/default", "value": other}
    ]
    line = (
        f"The default of the query parameter `{name}` of {label(operation)} changed "
        f"from `{default}` to `{other}`"
    )
    return Built(patch, (f"query parameter {name}",), ((B, line),))


def parameter_made_required(spec: Spec) -> Built:
    operation, name, _, _, _ = _filter(spec)
    pointer = parameter_pointer(spec, operation, name)
    patch: Patch = [{"op": "replace", "path": f"{pointer}/required", "value": True}]
    line = f"The query parameter `{name}` of {label(operation)} is now required"
    return Built(patch, (f"query parameter {name}",), ((B, line),))


def open_set_closed(spec: Spec) -> Built:
    target, enum = next(open_sets(spec))
    patch: Patch = [
        {"op": "replace", "path": target.pointer, "value": {"$ref": f"#/components/schemas/{enum}"}}
    ]
    line = f"`{target.schema}.{target.name}` no longer accepts values the spec does not name"
    return Built(patch, (f".{target.name}",), ((B, line),))


def operation_removed(spec: Spec) -> Built:
    path = first_operation(spec).path
    on_path = [operation for operation in operations(spec) if operation.path == path]
    patch: Patch = [{"op": "remove", "path": f"/paths/{escape(path)}"}]
    return Built(patch, (path,), tuple((B, f"Removed {label(op)}") for op in on_path))


def _response_pointer(spec: Spec, operation: Operation, status: str) -> str:
    node = operation.node["responses"][status]
    _, pointer = deref(spec, node)
    return pointer.lstrip("#") if pointer else f"{operation.pointer}/responses/{status}"


def response_header_removed(spec: Spec) -> Built:
    operation = first_operation(spec)
    status = next(code for code in operation.node["responses"] if str(code).startswith("2"))
    pointer = _response_pointer(spec, operation, status)
    response = deref(spec, operation.node["responses"][status])[0]
    header = list(response["headers"])[-1]
    patch: Patch = [{"op": "remove", "path": f"{pointer}/headers/{escape(header)}"}]
    line = f"The response {status} of {label(operation)} no longer has the header `{header}`"
    return Built(patch, (header,), ((B, line),))


def response_narrowed(spec: Spec) -> Built:
    target = _free_text(spec)
    patch: Patch = [{"op": "replace", "path": f"{target.pointer}/type", "value": "string"}]
    line = f"`{target.schema}.{target.name}` can no longer be null"
    return Built(patch, (f".{target.name}",), ((P, line),))


def security_changed(spec: Spec) -> Built:
    scheme = next(iter(spec["components"]["securitySchemes"]))
    patch: Patch = [
        {
            "op": "replace",
            "path": f"/components/securitySchemes/{escape(scheme)}",
            "value": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
        }
    ]
    line = f"Changed `in`, `name`, `scheme` and `type` of the security scheme `{scheme}`"
    return Built(patch, (scheme,), ((B, line),), some_lines=True)


def security_removed(spec: Spec) -> Built:
    patch: Patch = [{"op": "remove", "path": "/security"}]
    line = "Changed the authentication every operation requires"
    return Built(patch, ("security",), ((B, line),))


def status_removed(spec: Spec) -> Built:
    operation = first_operation(spec)
    status = [code for code in operation.node["responses"] if str(code)[0] in "45"][-1]
    patch: Patch = [{"op": "remove", "path": f"{operation.pointer}/responses/{status}"}]
    line = f"{label(operation)} no longer documents the response {status}"
    return Built(patch, (f"response {status}",), ((B, line),))


def type_changed(spec: Spec) -> Built:
    target = find_field(spec, types={"boolean"})
    patch: Patch = [
        {"op": "test", "path": f"{target.pointer}/type", "value": "boolean"},
        {"op": "replace", "path": f"{target.pointer}/type", "value": "string"},
    ]
    line = f"`{target.schema}.{target.name}` changed type from boolean to string"
    return Built(patch, (f".{target.name}",), ((B, line),))


def new_tag(spec: Spec) -> Built:
    patch: Patch = [
        {
            "op": "add",
            "path": "/tags/-",
            "value": {"name": "Probes", "description": "Added by the mutation corpus."},
        }
    ]
    return Built(patch, ("tag Probes",), ((A, "Added the tag `Probes`"),))


def reserialised(spec: Spec) -> Built:
    return Built([])


def version_only(spec: Spec) -> Built:
    major, minor, patch = str(spec["info"]["version"]).split(".")
    return Built(
        [{"op": "replace", "path": "/info/version", "value": f"{major}.{minor}.{int(patch) + 1}"}]
    )


MUTATIONS = [
    Mutation("description_only", "Only a description changes.", P, description_only),
    Mutation(
        "example_only",
        "Only a response example changes; Redocly reports nothing, the detector still says so.",
        P,
        example_only,
    ),
    Mutation(
        "extra_fields_closed",
        "A response schema forbids extra fields; the generated model loses additional_properties.",
        B,
        extra_fields_closed,
    ),
    Mutation(
        "field_became_required",
        "An optional response field becomes required; the attrs "
        "constructor gains a required argument, which griffe cannot see.",
        B,
        field_became_required,
    ),
    Mutation(
        "field_made_nullable",
        "A response field may now be null; code that uses it as a string breaks.",
        B,
        field_made_nullable,
    ),
    Mutation(
        "field_removed", "A response field is removed; code that reads it breaks.", B, field_removed
    ),
    Mutation("field_renamed", "A response field is renamed.", B, field_renamed),
    Mutation(
        "new_open_set_value",
        "A new named value in every open set; clients already keep unknown values.",
        A,
        new_open_set_value,
    ),
    Mutation("new_operation", "A new operation.", A, new_operation),
    Mutation(
        "new_operations_on_one_path",
        "Two new operations on one new path.",
        A,
        new_operations_on_one_path,
    ),
    Mutation(
        "new_optional_field",
        "A new optional response field; old clients keep it as an extra field.",
        A,
        new_optional_field,
    ),
    Mutation(
        "new_optional_query_parameter",
        "A new optional query parameter.",
        A,
        new_optional_query_parameter,
    ),
    Mutation(
        "new_request_enum_value",
        "An enum-valued query parameter accepts a new value.",
        A,
        new_request_enum_value,
    ),
    Mutation(
        "new_required_query_parameter",
        "A new required query parameter; every existing call lacks it.",
        B,
        new_required_query_parameter,
    ),
    Mutation(
        "new_required_response_field",
        "A new required response field; the generated "
        "constructor needs it, griffe cannot see that.",
        B,
        new_required_response_field,
    ),
    Mutation("new_tag", "A new tag.", A, new_tag),
    Mutation(
        "open_set_closed",
        "An open-set field becomes its closed enum; an unknown value would now be rejected.",
        B,
        open_set_closed,
    ),
    Mutation("operation_removed", "The first operation's path is removed.", B, operation_removed),
    Mutation(
        "parameter_made_required",
        "An optional query parameter becomes required.",
        B,
        parameter_made_required,
    ),
    Mutation(
        "request_default_changed",
        "A query parameter's server default changes; callers that omit it get other results.",
        B,
        request_default_changed,
    ),
    Mutation(
        "request_enum_value_removed",
        "A query parameter no longer allows a value; callers passing it are refused.",
        B,
        request_enum_value_removed,
    ),
    Mutation(
        "reserialised",
        "The spec is loaded and written back (key order, quoting, line "
        "breaks change); nothing to report.",
        N,
        reserialised,
    ),
    Mutation(
        "response_header_removed",
        "A documented header of a 2xx response is removed.",
        B,
        response_header_removed,
    ),
    Mutation(
        "response_narrowed",
        "A response field can no longer be null; readers are unaffected.",
        P,
        response_narrowed,
    ),
    Mutation(
        "security_changed",
        "Authentication moves from a bearer token to an API key header.",
        B,
        security_changed,
    ),
    Mutation(
        "security_removed",
        "The operations no longer declare any authentication.",
        B,
        security_removed,
    ),
    Mutation("status_removed", "A documented error status is removed.", B, status_removed),
    Mutation("type_changed", "A response field changes type (boolean to string).", B, type_changed),
    Mutation(
        "version_only",
        "Only info.version changes; the gate, not the classifier, handles versions.",
        N,
        version_only,
    ),
]
