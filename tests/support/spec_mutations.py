"""The mutation corpus of `make diff`: one edit of each kind a maintainer can make to a spec, with
the verdict it must get, words the report must use and the CHANGELOG lines it must write.

Every mutation is a JSON patch of tests/fixtures/specdiff/openapi.yaml, the grading tests' own
spec, written out literally: openapi.yaml may grow or change without moving any of them.
"""

import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.paths import FIXTURES, PACKAGE_NAME
from scripts.specdiff.model import Verdict
from tests.support.scratch_repo import ScratchRepo

SPEC = FIXTURES / "specdiff" / "openapi.yaml"
"""The base every mutation applies to: a listing, a cursor-paginated list, a POST with a body,
a webhook event."""
VERSION = "0.4.2"
"""Its info.version; the tests that bump it expect versions written from this one."""

Patch = list[dict[str, Any]]
B, A, D, P, N = (
    Verdict.BREAKING,
    Verdict.ADDITION,
    Verdict.DEPRECATION,
    Verdict.PATCH,
    Verdict.NONE,
)

ACCOUNT = "/components/schemas/Account"
FILTER = "/components/schemas/AccountStatusFilter"
ACCOUNTS = "/paths/~1accounts/get"
MESSAGES = "/paths/~1{phone_number_id}~1messages"
LIST_ACCOUNTS = "`GET /accounts` (`list_accounts`)"
LIST_MESSAGES = "`GET /{phone_number_id}/messages` (`list_messages`)"
STATUS_FILTER = f"the query parameter `status` of {LIST_ACCOUNTS}"
UNAUTHENTICATED_USERS = "`list_accounts`, `list_messages` and `send_message`"


@dataclass(frozen=True)
class Mutation:
    name: str
    summary: str
    expect: Verdict
    patch: Patch
    lines: tuple[tuple[Verdict, str], ...] = ()
    """CHANGELOG lines the change must get (exactly these, unless ``some_lines``)."""
    some_lines: bool = False
    """``lines`` is a subset: other lines may come with them."""


def _add(path: str, value: Any) -> dict[str, Any]:
    return {"op": "add", "path": path, "value": value}


def _replace(path: str, value: Any, was: Any = None) -> list[dict[str, Any]]:
    """Replace the value at ``path``, checking first that it is ``was`` (when given)."""
    test = [] if was is None else [{"op": "test", "path": path, "value": was}]
    return [*test, {"op": "replace", "path": path, "value": value}]


def _remove(path: str) -> dict[str, Any]:
    return {"op": "remove", "path": path}


def _ref(schema: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{schema}"}


CONNECTED = "/webhooks/account.connected"
CONNECTED_EVENT = "the webhook event `account.connected` (`AccountConnectedEvent`)"
SIGNATURE = "/components/parameters/SignatureHeader"


def _webhook(schema: str) -> dict[str, Any]:
    body = {"required": True, "content": {"application/json": {"schema": _ref(schema)}}}
    return {
        "post": {
            "summary": "An account was disconnected",
            "description": "A WhatsApp Business phone number was disconnected.",
            "requestBody": body,
            "responses": {"2XX": {"description": "Any 2xx status acknowledges the delivery."}},
        }
    }


DISCONNECTED_EVENT = {
    "type": "object",
    "description": "The envelope of `account.disconnected`.",
    "required": ["type"],
    "properties": {
        "type": {"description": "Always it.", "type": "string", "const": "account.disconnected"}
    },
    "additionalProperties": True,
}
NICKNAME = {"description": "A short label.", "type": "string", "maxLength": 32}
ORG = {
    "name": "org",
    "in": "query",
    "description": "Only the accounts of this organisation.",
    "schema": {"type": "string", "pattern": "^org_[0-9a-z]+$", "maxLength": 40},
}


def _probe(operation_id: str) -> dict[str, Any]:
    """An operation on ``/mutation-probes/{probe_id}`` answering an Account."""
    return {
        "operationId": operation_id,
        "tags": ["Accounts"],
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
                "content": {"application/json": {"schema": _ref("Account")}},
            },
            "401": {"$ref": "#/components/responses/Unauthenticated"},
        },
    }


PROBES = "/paths/~1mutation-probes~1{probe_id}"


def _renamed_name() -> Patch:
    return [
        {"op": "test", "path": f"{ACCOUNT}/required/3", "value": "name"},
        {"op": "replace", "path": f"{ACCOUNT}/required/3", "value": "display_name"},
        {
            "op": "move",
            "from": f"{ACCOUNT}/properties/name",
            "path": f"{ACCOUNT}/properties/display_name",
        },
    ]


ORGANISATION = {
    "type": "object",
    "description": "The organisation that owns the API key.",
    "required": ["object", "id"],
    "properties": {
        "object": {
            "description": "Always `organisation`.",
            "const": "organisation",
            "type": "string",
        },
        "id": {"description": "The organisation's id.", "type": "string", "maxLength": 64},
    },
    "additionalProperties": True,
}
GET_ORGANISATION = {
    "operationId": "getOrganisation",
    "tags": ["Organisation"],
    "summary": "The organisation that owns the API key",
    "responses": {
        "200": {
            "description": "The organisation.",
            "content": {"application/json": {"schema": _ref("Organisation")}},
        },
        "401": {"$ref": "#/components/responses/Unauthenticated"},
    },
}

LABEL = {
    "type": "object",
    "description": "A label.",
    "required": ["object", "id", "name"],
    "properties": {
        "object": {"description": "Always `label`.", "const": "label", "type": "string"},
        "id": {"description": "The label's id.", "type": "string", "maxLength": 30},
        "name": {"description": "The label's name.", "type": "string", "maxLength": 50},
    },
    "additionalProperties": True,
}
LABELS = {
    "get": {
        "operationId": "listLabels",
        "tags": ["Labels"],
        "parameters": [
            {"$ref": "#/components/parameters/LabelNameParam"},
            {"$ref": "#/components/parameters/CursorParam"},
        ],
        "responses": {
            "200": {
                "description": "A page of labels.",
                "content": {"application/json": {"schema": _ref("LabelList")}},
            },
            "404": {"$ref": "#/components/responses/NotFound"},
        },
    },
    "post": {
        "operationId": "createLabel",
        "tags": ["Labels"],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": _ref("Label")}},
        },
        "responses": {
            "201": {
                "description": "The new label.",
                "content": {"application/json": {"schema": _ref("Label")}},
            }
        },
    },
}
NOT_FOUND = {
    "description": "No such resource.",
    "content": {"application/json": {"schema": _ref("ErrorEnvelope")}},
}

MUTATIONS = [
    Mutation(
        "description_only",
        "Only a description changes.",
        P,
        _replace(f"{ACCOUNT}/description", "Reworded by the mutation corpus."),
        ((P, "Reworded the description of `Account`"),),
    ),
    Mutation(
        "example_only",
        "Only a response example changes; Redocly reports nothing, the detector still says so.",
        P,
        _replace(
            f"{ACCOUNTS}/responses/200/content/application~1json/examples/connected/value/data/0/name",
            "Customer Support, edited",
            was="Customer Support",
        ),
        ((P, f"Changed the example `connected` of the response 200 of {LIST_ACCOUNTS}"),),
    ),
    Mutation(
        "shared_response_examples_named",
        "A response shared by several operations gets named examples in place of its one.",
        P,
        [
            _remove("/components/responses/Unauthenticated/content/application~1json/example"),
            _add(
                "/components/responses/Unauthenticated/content/application~1json/examples",
                {
                    name: {
                        "summary": name,
                        "value": {
                            "error": {
                                "type": "authentication_error",
                                "code": code,
                                "request_id": rid,
                            }
                        },
                    }
                    for name, code, rid in [
                        ("invalid_key", "invalid_api_key", "req_01HXYZABCDEFGHJKMNPQRSTVX1"),
                        ("expired_key", "expired_api_key", "req_01HXYZABCDEFGHJKMNPQRSTVX2"),
                    ]
                },
            ),
        ],
        ((P, f"Changed the example of the response `Unauthenticated` of {UNAUTHENTICATED_USERS}"),),
    ),
    Mutation(
        "extra_fields_closed",
        "A response schema forbids extra fields; the generated model loses additional_properties.",
        B,
        _replace(f"{ACCOUNT}/additionalProperties", False, was=True),
        ((B, "`Account` no longer keeps the fields the spec does not declare"),),
    ),
    Mutation(
        "field_became_required",
        "An optional response field becomes required; the attrs constructor gains a required "
        "argument, which griffe cannot see.",
        B,
        [_add(f"{ACCOUNT}/required/-", "verified")],
        ((B, "`Account.verified` is now required"),),
    ),
    Mutation(
        "field_made_nullable",
        "A response field may now be null; code that uses it as a string breaks.",
        B,
        _replace(f"{ACCOUNT}/properties/phone_number/type", ["string", "null"], was="string"),
        ((B, "`Account.phone_number` may now be null"),),
    ),
    Mutation(
        "field_removed",
        "A response field is removed; code that reads it breaks.",
        B,
        [
            {"op": "test", "path": f"{ACCOUNT}/required/3", "value": "name"},
            _remove(f"{ACCOUNT}/required/3"),
            _remove(f"{ACCOUNT}/properties/name"),
        ],
        ((B, "Removed field `Account.name`"),),
    ),
    Mutation(
        "field_renamed",
        "A response field is renamed.",
        B,
        _renamed_name(),
        ((B, "`Account.name` renamed to `display_name`"),),
    ),
    Mutation(
        "new_open_set_value",
        "A new named value in every open set; clients already keep unknown values.",
        A,
        [
            _add("/components/schemas/AccountStatus/enum/-", "from_mutation"),
            _add("/components/schemas/ErrorType/enum/-", "from_mutation"),
        ],
        (
            (A, "Added the value `from_mutation` to `AccountStatus`"),
            (A, "Added the value `from_mutation` to `ErrorType`"),
        ),
    ),
    Mutation(
        "new_operation",
        "A new operation.",
        A,
        [_add(PROBES, {"get": _probe("getMutationProbe")})],
        ((A, "Added `GET /mutation-probes/{probe_id}` (`get_mutation_probe`)"),),
    ),
    Mutation(
        "new_operations_on_one_path",
        "Two new operations on one new path: two functions, so two lines.",
        A,
        [
            _add(
                PROBES, {"get": _probe("getMutationProbe"), "delete": _probe("deleteMutationProbe")}
            )
        ],
        (
            (A, "Added `GET /mutation-probes/{probe_id}` (`get_mutation_probe`)"),
            (A, "Added `DELETE /mutation-probes/{probe_id}` (`delete_mutation_probe`)"),
        ),
    ),
    Mutation(
        "new_operation_with_its_schema_and_tag",
        "A new operation answering a new schema, under a new tag: the schema is the operation's.",
        A,
        [
            _add("/paths/~1organisation", {"get": GET_ORGANISATION}),
            _add("/components/schemas/Organisation", ORGANISATION),
            _add("/tags/-", {"name": "Organisation", "description": "The organisation."}),
        ],
        (
            (A, "Added `GET /organisation` (`get_organisation`)"),
            (A, "Added the tag `Organisation`"),
        ),
    ),
    Mutation(
        "new_operations_with_their_components",
        "A list and a create, with the parameter, response and schemas they need: a line per "
        "operation, none for the components they bring.",
        A,
        [
            _add("/paths/~1labels", LABELS),
            _add(
                "/components/parameters/LabelNameParam",
                {
                    "name": "name",
                    "in": "query",
                    "description": "Only the labels with this name.",
                    "schema": {"type": "string", "maxLength": 50},
                },
            ),
            _add("/components/responses/NotFound", NOT_FOUND),
            _add("/components/schemas/Label", LABEL),
            _add(
                "/components/schemas/LabelList",
                {
                    "type": "object",
                    "description": "A page of labels.",
                    "required": ["data"],
                    "properties": {
                        "data": {"type": "array", "maxItems": 100, "items": _ref("Label")}
                    },
                },
            ),
        ],
        (
            (A, "Added `GET /labels` (`list_labels`)"),
            (A, "Added `POST /labels` (`create_label`)"),
        ),
    ),
    Mutation(
        "new_model_nothing_uses",
        "A schema no operation uses: only a model in the package.",
        P,
        [_add("/components/schemas/Label", LABEL)],
        ((P, "Added the model `Label`"),),
    ),
    Mutation(
        "new_response",
        "An operation documents a new error status, from a shared response.",
        A,
        [
            _add("/components/responses/NotFound", NOT_FOUND),
            _add(f"{ACCOUNTS}/responses/404", {"$ref": "#/components/responses/NotFound"}),
        ],
        ((A, f"Added the response 404 to {LIST_ACCOUNTS}"),),
    ),
    Mutation(
        "shared_parameter_reworded",
        "The description of a parameter two operations share: one line naming both.",
        P,
        _replace("/components/parameters/PhoneNumberIdParam/description", "The sender's id."),
        (
            (
                P,
                "Reworded the description of the path parameter `phone_number_id` of "
                "`list_messages` and `send_message`",
            ),
        ),
    ),
    Mutation(
        "operation_deprecated",
        "An operation is marked deprecated: a minor release from 1.0, a patch one in 0.x.",
        D,
        [_add(f"{ACCOUNTS}/deprecated", True)],
        ((D, f"Deprecated {LIST_ACCOUNTS}"),),
    ),
    Mutation(
        "parameter_deprecated",
        "A parameter is marked deprecated.",
        D,
        [_add("/components/parameters/AccountStatusFilterParam/deprecated", True)],
        ((D, f"Deprecated {STATUS_FILTER}"),),
    ),
    Mutation(
        "field_deprecated",
        "A field is marked deprecated.",
        D,
        [_add(f"{ACCOUNT}/properties/name/deprecated", True)],
        ((D, "Deprecated `Account.name`"),),
    ),
    Mutation(
        "deprecation_withdrawn",
        "A field marked deprecated is not any more: nothing for callers to do.",
        P,
        [_add(f"{ACCOUNT}/properties/name/deprecated", False)],
        ((P, "`Account.name` is no longer deprecated"),),
    ),
    Mutation(
        "open_set_gains_a_branch",
        "An open-set field also admits an integer: code that expects a string meets another type.",
        B,
        [
            _add(
                f"{ACCOUNT}/properties/status/anyOf/-",
                {"type": "integer", "minimum": 0, "maximum": 9},
            )
        ],
        ((B, "Changed `anyOf` of `Account.status`"),),
    ),
    Mutation(
        "new_optional_field",
        "A new optional response field; old clients keep it as an extra field.",
        A,
        [_add(f"{ACCOUNT}/properties/nickname", NICKNAME)],
        ((A, "Added optional field `Account.nickname`"),),
    ),
    Mutation(
        "new_open_set_field",
        "A new optional open-set field and the enum naming its known values.",
        A,
        [
            _add(
                "/components/schemas/QualityRating",
                {
                    "type": "string",
                    "description": "The quality ratings this document knows by name.",
                    "enum": ["GREEN", "YELLOW", "RED"],
                },
            ),
            _add(
                f"{ACCOUNT}/properties/quality_rating",
                {
                    "description": "Meta's quality rating. An open set.",
                    "anyOf": [_ref("QualityRating"), {"type": "string", "maxLength": 64}],
                },
            ),
        ],
        ((A, "Added optional field `Account.quality_rating`"),),
    ),
    Mutation(
        "new_required_response_field",
        "A new required response field; the generated constructor needs it, griffe cannot "
        "see that.",
        B,
        [
            _add(f"{ACCOUNT}/properties/nickname", NICKNAME),
            _add(f"{ACCOUNT}/required/-", "nickname"),
        ],
        ((B, "Added required field `Account.nickname`"),),
    ),
    Mutation(
        "new_optional_query_parameter",
        "A new optional query parameter.",
        A,
        [_add(f"{ACCOUNTS}/parameters/-", {**ORG, "required": False})],
        ((A, f"Added optional query parameter `org` to {LIST_ACCOUNTS}"),),
    ),
    Mutation(
        "new_required_query_parameter",
        "A new required query parameter; every existing call lacks it.",
        B,
        [_add(f"{ACCOUNTS}/parameters/-", {**ORG, "required": True})],
        ((B, f"Added required query parameter `org` to {LIST_ACCOUNTS}"),),
    ),
    Mutation(
        "new_request_enum_value",
        "An enum-valued query parameter accepts a new value.",
        A,
        [_add(f"{FILTER}/enum/-", "probe")],
        ((A, f"Added the value `probe` to {STATUS_FILTER}"),),
    ),
    Mutation(
        "request_enum_value_removed",
        "A query parameter no longer allows a value; callers passing it are refused.",
        B,
        _replace(f"{FILTER}/enum", ["connected"], was=["connected", "all"]),
        ((B, f"Removed the value `all` from {STATUS_FILTER}"),),
    ),
    Mutation(
        "request_enum_value_swapped",
        "A query parameter's value is renamed: callers passing the old one are refused.",
        B,
        _replace(f"{FILTER}/enum", ["connected", "everything"], was=["connected", "all"]),
        ((B, f"Removed the value `all` from {STATUS_FILTER}"),),
        some_lines=True,
    ),
    Mutation(
        "request_default_changed",
        "A query parameter's server default changes; callers that omit it get other results.",
        B,
        _replace(f"{FILTER}/default", "all", was="connected"),
        (
            (
                B,
                f"The default of the query parameter `status` of {LIST_ACCOUNTS} changed "
                "from `connected` to `all`",
            ),
        ),
    ),
    Mutation(
        "parameter_made_required",
        "An optional query parameter becomes required.",
        B,
        _replace("/components/parameters/AccountStatusFilterParam/required", True, was=False),
        ((B, f"The query parameter `status` of {LIST_ACCOUNTS} is now required"),),
    ),
    Mutation(
        "parameter_made_optional",
        "A required query parameter becomes optional: callers may now leave it out.",
        A,
        _replace(f"{MESSAGES}/get/parameters/0/required", False, was=True),
        (
            (
                A,
                f"The query parameter `conversation_id` of {LIST_MESSAGES} is now optional",
            ),
        ),
    ),
    Mutation(
        "closed_enum_value_added",
        "A response field that is a closed enum gains a value: code that matches every value "
        "meets one it does not know, and the generated model refuses it.",
        B,
        [_add("/components/schemas/MessageDirection/enum/-", "internal")],
        ((B, "Added the value `internal` to `MessageDirection`"),),
    ),
    Mutation(
        "open_set_closed",
        "An open-set field becomes its closed enum; an unknown value would now be rejected.",
        B,
        _replace(f"{ACCOUNT}/properties/status", _ref("AccountStatus")),
        ((B, "`Account.status` no longer accepts values the spec does not name"),),
    ),
    Mutation(
        "operation_removed",
        "An operation's path is removed.",
        B,
        [_remove("/paths/~1accounts")],
        ((B, f"Removed {LIST_ACCOUNTS}"),),
    ),
    Mutation(
        "reserialised",
        "The spec is loaded and written back (key order, quoting, line breaks change); nothing "
        "to report.",
        N,
        [],
    ),
    Mutation(
        "response_header_removed",
        "A documented header of a 2xx response is removed.",
        B,
        [_remove(f"{ACCOUNTS}/responses/200/headers/X-RateLimit-Reset")],
        (
            (
                B,
                f"Removed the header `X-RateLimit-Reset` from the response 200 of {LIST_ACCOUNTS}",
            ),
        ),
    ),
    Mutation(
        "response_narrowed",
        "A response field can no longer be null; readers are unaffected.",
        P,
        _replace(f"{ACCOUNT}/properties/name/type", "string", was=["string", "null"]),
        ((P, "`Account.name` can no longer be null"),),
    ),
    Mutation(
        "security_changed",
        "Authentication moves from a bearer token to an API key header.",
        B,
        _replace(
            "/components/securitySchemes/bearerAuth",
            {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
        ),
        ((B, "Changed `in`, `name`, `scheme` and `type` of the security scheme `bearerAuth`"),),
        some_lines=True,
    ),
    Mutation(
        "security_removed",
        "The operations no longer declare any authentication.",
        B,
        [_remove("/security")],
        ((B, "Changed the authentication every operation requires"),),
    ),
    Mutation(
        "status_removed",
        "A documented error status is removed.",
        B,
        [_remove(f"{ACCOUNTS}/responses/500")],
        ((B, f"Removed the response 500 from {LIST_ACCOUNTS}"),),
    ),
    Mutation(
        "type_changed",
        "A response field changes type (boolean to string).",
        B,
        _replace(f"{ACCOUNT}/properties/verified/type", "string", was="boolean"),
        ((B, "`Account.verified` changed type from boolean to string"),),
    ),
    Mutation(
        "new_tag",
        "A new tag.",
        A,
        [_add("/tags/-", {"name": "Probes", "description": "Added by the mutation corpus."})],
        ((A, "Added the tag `Probes`"),),
    ),
    Mutation(
        "new_webhook_event",
        "A new webhook event with the model of its body: a line naming the event and the model.",
        A,
        [
            _add("/webhooks/account.disconnected", _webhook("AccountDisconnectedEvent")),
            _add("/components/schemas/AccountDisconnectedEvent", DISCONNECTED_EVENT),
        ],
        ((A, "Added the webhook event `account.disconnected` (`AccountDisconnectedEvent`)"),),
    ),
    Mutation(
        "webhook_event_removed",
        "A webhook event removed: verify() no longer returns its model.",
        B,
        [_remove(CONNECTED)],
        ((B, f"Removed {CONNECTED_EVENT}"),),
    ),
    Mutation(
        "webhooks_removed",
        "The whole webhooks section removed: a line per event.",
        B,
        [_remove("/webhooks")],
        ((B, f"Removed {CONNECTED_EVENT}"),),
    ),
    Mutation(
        "webhook_header_reworded",
        "The description of a header parameter that only a webhook event uses.",
        P,
        _replace(f"{SIGNATURE}/description", "The signature.", was="The delivery's signature."),
        (
            (
                P,
                f"Reworded the description of the header parameter `X-Kirim-Signature` of "
                f"{CONNECTED_EVENT}",
            ),
        ),
    ),
    Mutation(
        "version_only",
        "Only info.version changes; the gate, not the classifier, handles versions.",
        N,
        _replace("/info/version", "0.4.3", was=VERSION),
    ),
]


CHANGELOG = f"""# Changelog

## [{VERSION}] - 2026-01-01
### Added
- First release.
"""


def holding_the_fixture(repo: ScratchRepo, package: Path) -> ScratchRepo:
    """``repo`` (a copy of the checkout) with SPEC as its openapi.yaml, ``package`` (generated
    from it) as its package and a CHANGELOG released up to VERSION, committed on main and
    tagged as that release: the base `make diff` and `make bump` compare with."""
    shutil.copyfile(SPEC, repo.root / "openapi.yaml")
    target = repo.root / "generated" / PACKAGE_NAME
    shutil.rmtree(target)
    shutil.copytree(package, target)
    (repo.root / "CHANGELOG.md").write_text(CHANGELOG, encoding="utf-8")
    repo.commit(f"The grading tests' spec, {VERSION}")
    repo.git("tag", "--annotate", f"v{VERSION}", "--message", f"Release {VERSION}")
    return repo


def entry(root: Path, name: str = "Unreleased") -> list[str]:
    """The bullets and section headings of the CHANGELOG.md entry ``name`` in ``root``,
    without the record of what `make bump` wrote."""
    text = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(rf"^## \[{re.escape(name)}\].*$", text, re.MULTILINE)
    assert len(headings) == 1, text
    body = text.split(f"\n{headings[0]}", 1)[1].split("\n## [", 1)[0].split("\n<!--", 1)[0]
    return [line for line in body.splitlines()[1:] if line.strip()]
