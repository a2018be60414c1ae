"""The API changes a maintainer makes to openapi.yaml, written in the spec's own style (bounded
strings, open sets, rate-limit headers, only the documented statuses, examples): the maintainer
loop's "Done when" cases, and the one home of the scratch operations the tooling tests add to a
copy of the spec. Each takes the spec as a dict and returns the edited copy and the names a
CHANGELOG line or a failure must mention.

Nothing here depends on what openapi.yaml holds today: the errors and headers a new operation
reuses are found by role (tests/support/spec_targets.py), and every new path, operationId, tag
and schema gets a name the spec does not use yet (``Label``, else ``Badge``..., else
``Label2``), so the changes still apply once the spec has labels of its own.
"""

import copy
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import snake_case

from tests.support.spec_targets import (
    MissingRole,
    error_responses,
    free_name,
    list_item_schema,
    open_sets,
    operations,
    parameter_pointer,
    query_parameter,
    success_headers,
)
from tests.support.spec_targets import field as find_field

Spec = dict[str, Any]
REQUEST_ID_EXAMPLE = "req_01HXYZABCDEFGHJKMNPQRSTVX9"
# Nouns for a new resource, tried in turn; the first one the spec does not use is taken.
_NOUNS = ("Label", "Badge", "Sticker", "Marker")


@dataclass(frozen=True)
class Changed:
    spec: Spec
    names: dict[str, str] = field(default_factory=dict)
    """What the change is about, e.g. ``{"field": "Account.quality_rating"}``."""


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec.setdefault("components", {}).setdefault("schemas", {})
    return schemas


def _taken(spec: Spec) -> set[str]:
    """Every name a new resource could collide with, in one namespace: schemas, tags, paths
    (``/labels`` as ``labels``), operationIds and their functions."""
    names = set(_schemas(spec)) | {str(tag.get("name")) for tag in spec.get("tags") or []}
    names |= {path.strip("/") for path in spec.get("paths") or {}}
    for operation in operations(spec):
        operation_id = str(operation.node.get("operationId", ""))
        names |= {operation_id, snake_case(operation_id)}
    return names


@dataclass(frozen=True)
class _Noun:
    """A resource's names: ``Label``, ``labels``, ``listLabels``..."""

    singular: str

    @property
    def plural(self) -> str:
        return f"{self.singular}s"

    @property
    def path(self) -> str:
        return f"/{snake_case(self.plural)}"

    @property
    def prefix(self) -> str:
        """The id prefix, the word's first letter and consonants: ``lbl`` for Label."""
        word = self.singular.lower()
        return (word[0] + "".join(c for c in word[1:] if c.isalpha() and c not in "aeiou"))[:3]

    def all(self, *operation_ids: str) -> set[str]:
        ids = set(operation_ids)
        return {self.singular, f"{self.singular}List", f"{self.singular}Create", self.plural,
                self.path.strip("/"), *ids, *(snake_case(i) for i in ids)}  # fmt: skip


def _new_noun(spec: Spec, make_ids: Any, nouns: tuple[str, ...] = _NOUNS) -> _Noun:
    """The first of ``nouns`` none of whose names the spec uses (``Label``, ``Badge``..., then
    ``Label2``...)."""
    taken = _taken(spec)
    for word in nouns:
        noun = _Noun(word)
        if not noun.all(*make_ids(noun)) & taken:
            return noun
    return _Noun(free_name({name for name in taken if name.isidentifier()}, nouns[0]))


def _errors(spec: Spec, statuses: tuple[str, ...]) -> dict[str, Any]:
    documented = error_responses(spec)
    missing = [status for status in statuses if status not in documented]
    if missing:
        raise MissingRole(f"no operation of the spec documents {missing}, which a new one reuses")
    return {status: copy.deepcopy(documented[status]) for status in statuses}


def _tag(spec: Spec, name: str, description: str) -> None:
    spec.setdefault("tags", []).append({"name": name, "description": description})


def add_open_set_field(spec: Spec) -> Changed:
    """An optional open-set field on the resource a listing returns (Account.quality_rating)."""
    spec = copy.deepcopy(spec)
    resource = list_item_schema(spec)
    enum = free_name(_schemas(spec), "QualityRating")
    name = free_name(_schemas(spec)[resource].get("properties") or {}, "quality_rating")
    _schemas(spec)[enum] = {
        "type": "string",
        "description": "The quality ratings this document knows by name.",
        "enum": ["GREEN", "YELLOW", "RED"],
    }
    _schemas(spec)[resource].setdefault("properties", {})[name] = {
        "description": "Meta's quality rating of the number. An open set; unknown values are kept.",
        "anyOf": [{"$ref": f"#/components/schemas/{enum}"}, {"type": "string", "maxLength": 64}],
    }
    return Changed(spec, {"field": f"{resource}.{name}", "enum": enum})


def add_parameterless_get(spec: Spec) -> Changed:
    """GET /organisation: no parameters, documented errors 401, 429 and 500 only."""
    spec = copy.deepcopy(spec)
    taken = _taken(spec)
    schema = free_name(taken, "Organisation")
    path, operation_id = f"/{snake_case(schema)}", f"get{schema}"
    _tag(spec, schema, "The organisation that owns the API key.")
    _schemas(spec)[schema] = {
        "type": "object",
        "description": "The organisation that owns the API key.",
        "required": ["object", "id", "name"],
        "properties": {
            "object": {"description": "Always `organisation`.", "const": "organisation",
                       "type": "string"},
            "id": {"description": "The organisation's id.", "type": "string",
                   "pattern": "^org_[0-9A-HJKMNP-TV-Z]{26}$", "maxLength": 30},
            "name": {"description": "The organisation's name.", "type": "string",
                     "maxLength": 256},
        },
        "additionalProperties": True,
    }  # fmt: skip
    example = {"object": "organisation", "id": "org_01HXYZABCDEFGHJKMNPQRSTVWX", "name": "Acme"}
    spec.setdefault("paths", {})[path] = {
        "get": {
            "operationId": operation_id,
            "tags": [schema],
            "summary": "Get the organisation that owns the API key",
            "description": "Returns the organisation the API key belongs to.",
            "responses": {
                "200": {
                    "description": "The organisation.",
                    "headers": success_headers(spec),
                    "content": {
                        "application/json": {
                            "schema": {"$ref": f"#/components/schemas/{schema}"},
                            "examples": {"acme": {"summary": "An organisation", "value": example}},
                        }
                    },
                },
                **_errors(spec, ("401", "429", "500")),
            },
        }
    }
    return Changed(
        spec,
        {
            "operation": f"GET {path}",
            "function": snake_case(operation_id),
            "operation_id": operation_id,
            "tag": schema,
        },
    )


def add_paginated_list_and_create(spec: Spec) -> Changed:
    """GET /labels, cursor-paginated as the vendor paginates, and POST /labels with a JSON body
    answered by 201 (another noun than Label when the spec has labels already)."""
    spec = copy.deepcopy(spec)
    noun = _new_noun(spec, lambda noun: (f"list{noun.plural}", f"create{noun.singular}"))
    item, page, create = noun.singular, f"{noun.singular}List", f"{noun.singular}Create"
    word, words = noun.singular.lower(), noun.plural.lower()
    list_id, create_id = f"list{noun.plural}", f"create{noun.singular}"
    _tag(spec, noun.plural, f"{noun.plural} the organisation puts on conversations.")
    name = {"description": f"The {word}'s name.", "type": "string", "maxLength": 64}
    _schemas(spec)[item] = {
        "type": "object",
        "description": f"A {word}.",
        "required": ["object", "id", "name"],
        "properties": {
            "object": {"description": f"Always `{word}`.", "const": word, "type": "string"},
            "id": {"description": f"The {word}'s id.", "type": "string",
                   "pattern": f"^{noun.prefix}_[0-9A-HJKMNP-TV-Z]{{26}}$",
                   "maxLength": len(noun.prefix) + 27},
            "name": name,
        },
        "additionalProperties": True,
    }  # fmt: skip
    _schemas(spec)[page] = {
        "type": "object",
        "description": f"One page of {words}.",
        "required": ["data", "has_more", "next_cursor"],
        "properties": {
            "data": {"description": f"The {words} of this page.", "type": "array",
                     "maxItems": 100, "items": {"$ref": f"#/components/schemas/{item}"}},
            "has_more": {"description": "Whether another page follows.", "type": "boolean"},
            "next_cursor": {"description": "Pass as `cursor` for the next page; null on the last.",
                            "type": ["string", "null"], "maxLength": 512},
        },
        "additionalProperties": True,
    }  # fmt: skip
    _schemas(spec)[create] = {
        "type": "object",
        "description": f"A {word} to create.",
        "required": ["name"],
        "properties": {"name": name},
        "additionalProperties": False,
    }
    one = {"object": word, "id": f"{noun.prefix}_01HXYZABCDEFGHJKMNPQRSTVWX", "name": "VIP"}
    headers = success_headers(spec)
    errors = _errors(spec, ("400", "401", "429", "500"))
    spec.setdefault("paths", {})[noun.path] = {
        "get": {
            "operationId": list_id,
            "tags": [noun.plural],
            "summary": f"List {words}",
            "description": f"Returns the organisation's {words}, one page at a time.",
            "parameters": [
                {"name": "limit", "in": "query", "required": False,
                 "description": f"{noun.plural} per page.",
                 "schema": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 100,
                            "default": 25}},
                {"name": "cursor", "in": "query", "required": False,
                 "description": "The previous page's `next_cursor`.",
                 "schema": {"type": "string", "maxLength": 512}},
            ],
            "responses": {
                "200": {
                    "description": f"One page of {words}.",
                    "headers": headers,
                    "content": {"application/json": {
                        "schema": {"$ref": f"#/components/schemas/{page}"},
                        "examples": {"last_page": {"summary": "The only page", "value": {
                            "data": [one], "has_more": False, "next_cursor": None}}},
                    }},
                },
                **errors,
            },
        },
        "post": {
            "operationId": create_id,
            "tags": [noun.plural],
            "summary": f"Create a {word}",
            "description": f"Creates a {word} and returns it.",
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": f"#/components/schemas/{create}"},
                "examples": {"vip": {"summary": f"A {word}", "value": {"name": "VIP"}}},
            }}},
            "responses": {
                "201": {
                    "description": f"The {word}, created.",
                    "headers": headers,
                    "content": {"application/json": {
                        "schema": {"$ref": f"#/components/schemas/{item}"},
                        "examples": {"vip": {"summary": f"The new {word}", "value": one}},
                    }},
                },
                **errors,
            },
        },
    }  # fmt: skip
    return Changed(
        spec,
        {
            "list": f"GET {noun.path}",
            "list_function": snake_case(list_id),
            "list_id": list_id,
            "create": f"POST {noun.path}",
            "create_function": snake_case(create_id),
            "create_id": create_id,
            "tag": noun.plural,
            "item": item,
            "page": page,
        },
    )


def add_path_scoped_send(spec: Spec) -> Changed:
    """POST /{phone_number_id}/notes in the shape of the vendor's send: a path parameter with a
    pattern, an ``Idempotency-Key`` header, a oneOf body (a text or an image note), answered by
    200 with the note."""
    spec = copy.deepcopy(spec)
    noun = _new_noun(
        spec,
        lambda noun: (f"send{noun.singular}", f"{{phone_number_id}}/{snake_case(noun.plural)}"),
        ("Note", "Memo", "Notice", "Ping"),
    )
    word, item, send_id = noun.singular.lower(), noun.singular, f"send{noun.singular}"
    variants = {kind: f"{kind}{item}" for kind in ("Text", "Image")}
    _tag(spec, noun.plural, f"{noun.plural} sent from one of the organisation's numbers.")
    for kind, name in variants.items():
        content = (
            {"type": "string", "maxLength": 4096, "description": "What the note says."}
            if kind == "Text"
            else {"type": "string", "format": "uri", "maxLength": 2048,
                  "description": "An HTTPS link to the image."}
        )  # fmt: skip
        field_name = kind.lower()
        _schemas(spec)[name] = {
            "type": "object",
            "description": f"A {field_name} {word}.",
            "required": ["type", field_name],
            "properties": {
                "type": {"description": f"Always `{field_name}`.", "const": field_name,
                         "type": "string"},
                field_name: content,
            },
            "additionalProperties": False,
        }  # fmt: skip
    _schemas(spec)[f"{item}Send"] = {
        "description": f"The {word} to send: one of its kinds.",
        "oneOf": [{"$ref": f"#/components/schemas/{name}"} for name in variants.values()],
    }
    _schemas(spec)[item] = {
        "type": "object",
        "description": f"A {word}, as sent.",
        "required": ["object", "id"],
        "properties": {
            "object": {"description": f"Always `{word}`.", "const": word, "type": "string"},
            "id": {"description": f"The {word}'s id.", "type": "string",
                   "pattern": f"^{noun.prefix}_[0-9A-HJKMNP-TV-Z]{{26}}$",
                   "maxLength": len(noun.prefix) + 27},
        },
        "additionalProperties": True,
    }  # fmt: skip
    path = f"/{{phone_number_id}}/{snake_case(noun.plural)}"
    sent = {"object": word, "id": f"{noun.prefix}_01HXYZABCDEFGHJKMNPQRSTVWX"}
    spec.setdefault("paths", {})[path] = {
        "post": {
            "operationId": send_id,
            "tags": [noun.plural],
            "summary": f"Send a {word}",
            "description": f"Sends a {word} from the number; safe to retry with the same key.",
            "parameters": [
                {"name": "phone_number_id", "in": "path", "required": True,
                 "description": "The sending number's id.", "example": "106540352242922",
                 "schema": {"type": "string", "pattern": "^[0-9]{6,20}$", "maxLength": 20}},
                {"name": "Idempotency-Key", "in": "header", "required": False,
                 "description": "Retries with the same key send the note once.",
                 "schema": {"type": "string", "maxLength": 255}},
            ],
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": f"#/components/schemas/{item}Send"},
                "examples": {"text": {"summary": f"A text {word}",
                                      "value": {"type": "text", "text": "Halo"}}},
            }}},
            "responses": {
                "200": {
                    "description": f"The {word}, sent.",
                    "headers": success_headers(spec),
                    "content": {"application/json": {
                        "schema": {"$ref": f"#/components/schemas/{item}"},
                        "examples": {"sent": {"summary": f"A {word} sent", "value": sent}},
                    }},
                },
                **_errors(spec, ("400", "401", "429", "500")),
            },
        }
    }  # fmt: skip
    return Changed(
        spec,
        {
            "send": f"POST {path}",
            "send_function": snake_case(send_id),
            "send_id": send_id,
            "tag": noun.plural,
            "variants": ",".join(variants.values()),
        },
    )


def add_webhook_event(spec: Spec) -> Changed:
    """A new webhook event in Kirim's envelope (``invoice.paid``): its body a component schema
    that fixes ``type``, delivered with the headers and answers of the spec's other events."""
    spec = copy.deepcopy(spec)
    events: dict[str, Any] = spec.setdefault("webhooks", {})
    taken = _taken(spec)
    # The first word none of whose names is taken: Invoice, else Invoice2...
    used = taken | {name.split(".")[0].capitalize() for name in events}
    used |= {name.removesuffix(suffix) for name in taken for suffix in ("PaidEvent", "Payment")}
    word = free_name({name for name in used if name.isidentifier()}, "Invoice")
    event, model, data = f"{snake_case(word)}.paid", f"{word}PaidEvent", f"{word}Payment"
    id_pattern = "^inv_[0-9A-HJKMNP-TV-Z]{26}$"
    _schemas(spec)[data] = {
        "type": "object",
        "description": "What the event carries.",
        "required": ["invoice_id", "amount"],
        "properties": {
            "invoice_id": {"description": "The invoice paid.", "type": "string",
                           "pattern": id_pattern, "maxLength": 30},
            "amount": {"description": "The amount paid, in cents.", "type": "integer",
                       "format": "int32", "minimum": 0, "maximum": 2147483647},
        },
        "additionalProperties": True,
    }  # fmt: skip
    _schemas(spec)[model] = {
        "type": "object",
        "description": f"Kirim's envelope of `{event}`.",
        "required": ["id", "type", "created_at", "data"],
        "properties": {
            "id": {"description": "The event's id.", "type": "string",
                   "pattern": "^evt_[0-9A-HJKMNP-TV-Z]{26}$", "maxLength": 30},
            "type": {"description": f"Always `{event}`.", "type": "string", "const": event},
            "created_at": {"description": "When the invoice was paid.", "type": "string",
                           "format": "date-time", "maxLength": 64},
            "data": {"$ref": f"#/components/schemas/{data}"},
        },
        "additionalProperties": True,
    }  # fmt: skip
    example = {
        "id": "evt_01HXYZABCDEFGHJKMNPQRSTVWX",
        "type": event,
        "created_at": "2026-05-23T10:00:00Z",
        "data": {"invoice_id": "inv_01HXYZABCDEFGHJKMNPQRSTVWX", "amount": 125000},
    }
    # Delivered as the spec's other events are: the same headers, answers and tags.
    first: dict[str, Any] = next(iter(events.values()), {})
    other: dict[str, Any] = first.get("post", {})
    operation: dict[str, Any] = {
        key: copy.deepcopy(other[key]) for key in ("tags", "parameters") if key in other
    }
    events[event] = {
        "post": {
            **operation,
            "summary": "An invoice was paid",
            "description": "A customer paid an invoice.",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": f"#/components/schemas/{model}"},
                        "examples": {"paid": {"summary": "A paid invoice", "value": example}},
                    }
                },
            },
            "responses": copy.deepcopy(other.get("responses"))
            or {"2XX": {"description": "Any 2xx status acknowledges the delivery."}},
        }
    }
    return Changed(spec, {"event": event, "model": model, "data": data})


def rename_field(spec: Spec) -> Changed:
    """A required string field of a response schema renamed, its examples with it: what a
    maintainer does when the vendor renames a field (Account.name -> display_name)."""
    spec = copy.deepcopy(spec)
    target = find_field(spec, required=True, types={"string", "null"}, plain=True)
    new_name = f"display_{target.name}"
    schema = _schemas(spec)[target.schema]
    schema["properties"] = {
        (new_name if key == target.name else key): value
        for key, value in schema["properties"].items()
    }
    schema["required"] = [new_name if key == target.name else key for key in schema["required"]]
    _rename_in_examples(spec, set(schema["required"]) - {new_name}, target.name, new_name)
    return Changed(
        spec, {"schema": target.schema, "old": target.name, "new": new_name,
               "field": f"{target.schema}.{target.name}"}
    )  # fmt: skip


def _rename_in_examples(node: Any, siblings: set[str], old: str, new: str) -> None:
    """Rename ``old`` in every mapping that looks like an instance of the schema (it holds the
    schema's other required fields too), wherever it sits in the spec's examples."""
    if isinstance(node, dict):
        if old in node and siblings <= node.keys():
            node[new] = node.pop(old)
        for value in node.values():
            _rename_in_examples(value, siblings, old, new)
    elif isinstance(node, list):
        for value in node:
            _rename_in_examples(value, siblings, old, new)


# -- the five changes of a release cycle, applied one after another (test_api_changes) ---------


def answer_with_201_and_a_timestamp(spec: Spec, sent: Changed) -> Changed:
    """The send added by ``add_path_scoped_send`` answers 201 Created with the resource, which
    now carries when it was created (an RFC 3339 date-time)."""
    spec = copy.deepcopy(spec)
    path = sent.names["send"].split(" ", 1)[1]
    responses = spec["paths"][path]["post"]["responses"]
    responses["201"] = responses.pop("200")
    responses["201"]["description"] = responses["201"]["description"].replace("sent", "created")
    item = _schemas(spec)[_ref_name(responses["201"]["content"]["application/json"]["schema"])]
    item["properties"]["created_at"] = {
        "description": "When it was created.", "type": "string", "format": "date-time",
        "maxLength": 40,
    }  # fmt: skip
    item["required"] = [*item["required"], "created_at"]
    for example in responses["201"]["content"]["application/json"]["examples"].values():
        example["value"]["created_at"] = "2026-05-23T10:00:00Z"
    return Changed(spec, sent.names)


def add_cursor_listing_beside(spec: Spec, sent: Changed) -> Changed:
    """A cursor-paginated GET on the send's path, listing what was sent."""
    spec = copy.deepcopy(spec)
    path = sent.names["send"].split(" ", 1)[1]
    send = spec["paths"][path]["post"]
    status = next(code for code in send["responses"] if code.startswith("2"))
    item = _ref_name(send["responses"][status]["content"]["application/json"]["schema"])
    example = next(iter(send["responses"][status]["content"]["application/json"]["examples"]))
    one = send["responses"][status]["content"]["application/json"]["examples"][example]["value"]
    page = free_name(_taken(spec), f"{item}List")
    list_id = free_name(_taken(spec), f"list{sent.names['tag']}")
    _schemas(spec)[page] = {
        "type": "object",
        "description": "One page of them.",
        "required": ["data"],
        "properties": {
            "data": {"description": "This page's items.", "type": "array", "maxItems": 100,
                     "items": {"$ref": f"#/components/schemas/{item}"}},
            "has_more": {"description": "Whether another page follows.", "type": "boolean"},
            "next_cursor": {"description": "Pass as `cursor` for the next page; null on the last.",
                            "type": ["string", "null"], "maxLength": 1024},
        },
        "additionalProperties": True,
    }  # fmt: skip
    spec["paths"][path]["get"] = {
        "operationId": list_id,
        "tags": send["tags"],
        "summary": "List what the number sent",
        "description": "One page at a time, newest first.",
        "parameters": [
            copy.deepcopy(send["parameters"][0]),
            {"name": "limit", "in": "query", "required": False, "description": "Items per page.",
             "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 25}},
            {"name": "cursor", "in": "query", "required": False,
             "description": "The previous page's `next_cursor`.",
             "schema": {"type": "string", "maxLength": 1024}},
        ],
        "responses": {
            "200": {
                "description": "One page.",
                "headers": success_headers(spec),
                "content": {"application/json": {
                    "schema": {"$ref": f"#/components/schemas/{page}"},
                    "examples": {"last_page": {"summary": "The only page", "value": {
                        "data": [one], "has_more": False, "next_cursor": None}}},
                }},
            },
            **_errors(spec, ("400", "401", "429", "500")),
        },
    }  # fmt: skip
    return Changed(
        spec, {"list": f"GET {path}", "list_function": snake_case(list_id), "list_id": list_id}
    )


def widen_an_open_set(spec: Spec) -> Changed:
    """A value the vendor started sending, named in an open set's enum (``suspended``)."""
    spec = copy.deepcopy(spec)
    for _, enum in open_sets(spec):
        values = _schemas(spec)[enum]["enum"]
        value = free_name(values, "suspended")
        values.append(value)
        return Changed(spec, {"enum": enum, "value": value})
    raise MissingRole("the spec has no open set (anyOf of a named enum and a string)")


def deprecate_a_field(spec: Spec) -> Changed:
    """A response field the vendor says to stop relying on: ``deprecated: true``."""
    spec = copy.deepcopy(spec)
    target = find_field(spec, required=True, types={"string", "null"}, plain=True)
    _schemas(spec)[target.schema]["properties"][target.name]["deprecated"] = True
    return Changed(spec, {"field": f"{target.schema}.{target.name}"})


def require_a_query_parameter(spec: Spec) -> Changed:
    """An optional query parameter with a named enum made required (the server no longer
    applies a default), as ``status`` of a listing."""
    spec = copy.deepcopy(spec)
    operation, parameter, _ = query_parameter(spec)
    pointer = parameter_pointer(spec, operation, parameter["name"])
    node = spec
    for part in pointer.strip("/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    node["required"] = True
    return Changed(
        spec,
        {
            "parameter": parameter["name"],
            "operation": operation.label,
            "function": snake_case(str(operation.node["operationId"])),
        },
    )


def remove_operation(spec: Spec, label: str) -> Changed:
    """The operation ``METHOD /path`` taken out again, with the schemas only it used."""
    spec = copy.deepcopy(spec)
    method, path = label.split(" ", 1)
    operation = spec["paths"][path].pop(method.lower())
    if not any(key in spec["paths"][path] for key in ("get", "post", "put", "patch", "delete")):
        del spec["paths"][path]
    for status, response in operation["responses"].items():
        schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
        if str(status).startswith("2") and isinstance(schema, dict) and "$ref" in schema:
            _schemas(spec).pop(_ref_name(schema), None)
    return Changed(spec, {"removed": label})


def _ref_name(schema: dict[str, Any]) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[-1]
