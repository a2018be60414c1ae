"""kirim_chat.testing: the stand-in for the API in users' tests, on a scratch spec with examples
(not today's openapi.yaml: tests/contract/test_fake_kirim_serves_the_spec.py covers that one).

The scratch package is generated as `make generate` would, so these tests also show that any
spec gets its stand-in by regeneration alone: the spec travels inside the package.
"""

import asyncio
import importlib
import itertools
import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conftest import ScratchPackages
from tests.support.parity import Caller
from tests.support.scratch_package import model, operation

pytest_plugins = ["pytester"]

REQUEST_ID = "req_01HXYZABCDEFGHJKMNPQRSTVWX"
NOTE = {"id": "note_1", "object": "note", "kind": "text"}
FIRST_PAGE = {"data": [NOTE], "has_more": True, "next_cursor": "c2"}
LAST_PAGE = {"data": [{**NOTE, "id": "note_2"}], "has_more": False, "next_cursor": None}
RETRY_AFTER = 7


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _response(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/responses/{name}"}


def _json(schema: dict[str, Any], examples: dict[str, Any], **headers: Any) -> dict[str, Any]:
    return {
        "description": "An answer",
        "headers": {"X-Request-Id": {"$ref": "#/components/headers/X-Request-Id"}, **headers},
        "content": {
            "application/json": {
                "schema": schema,
                "examples": {name: {"value": value} for name, value in examples.items()},
            }
        },
    }


def _error(kind: str, code: str, param: str | None = None) -> dict[str, Any]:
    detail = {"type": kind, "code": code, "message": f"{code}.", "request_id": REQUEST_ID}
    return {"error": detail if param is None else {**detail, "param": param}}


RECIPIENT = {"type": "string", "pattern": r"^\+[1-9][0-9]{6,14}$", "maxLength": 16}
NOTES_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Notes", "version": "1.2.3"},
    "servers": [{"url": "https://api.notes.invalid/v1"}],
    "security": [{"bearerAuth": []}],
    "paths": {
        "/health": {
            "get": {
                "operationId": "getHealth",
                "tags": ["Meta"],
                "security": [{}],
                "responses": {"200": _json(_ref("Health"), {"up": {"status": "ok"}})},
            }
        },
        "/notes": {
            "get": {
                "operationId": "listNotes",
                "tags": ["Notes"],
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                    },
                    {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                    {"name": "status", "in": "query", "schema": _ref("NoteStatusFilter")},
                ],
                "responses": {
                    "200": _json(
                        _ref("NoteList"),
                        {"first_page": FIRST_PAGE, "last_page": LAST_PAGE},
                        **{"X-RateLimit-Limit": {"$ref": "#/components/headers/X-RateLimit-Limit"}},
                    ),
                    "400": _response("Invalid"),
                    "401": _response("Unauthenticated"),
                    "429": _response("RateLimited"),
                    "500": _response("ServerError"),
                },
            },
            "post": {
                "operationId": "createNote",
                "tags": ["Notes"],
                "parameters": [
                    {
                        "name": "Idempotency-Key",
                        "in": "header",
                        "schema": {"type": "string", "minLength": 1, "maxLength": 255},
                    }
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("NewNote")}},
                },
                "responses": {
                    "200": _json(_ref("Note"), {"created": NOTE}),
                    "400": _response("Invalid"),
                    "401": _response("Unauthenticated"),
                    "409": _json(
                        _ref("ErrorEnvelope"), {"busy": _error("conflict", "in_progress")}
                    ),
                    "429": _response("RateLimited"),
                },
            },
        },
        "/notes/{note_id}": {
            "get": {
                "operationId": "getNote",
                "tags": ["Notes"],
                "parameters": [
                    {
                        "name": "note_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "pattern": "^note_[a-z0-9]+$"},
                    }
                ],
                "responses": {
                    "200": _json(_ref("Note"), {"note": NOTE}),
                    "401": _response("Unauthenticated"),
                    "404": _json(_ref("ErrorEnvelope"), {"gone": _error("not_found", "no_note")}),
                },
            }
        },
        # After /notes/{note_id}, which it also matches: the literal segment must still win.
        "/notes/pinned": {
            "get": {
                "operationId": "listPinnedNotes",
                "tags": ["Notes"],
                "responses": {
                    "200": _json(_ref("NoteList"), {"pinned": LAST_PAGE}),
                    "500": {  # documented without an example
                        "description": "Failure",
                        "content": {"application/json": {"schema": _ref("ErrorEnvelope")}},
                    },
                },
            }
        },
    },
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "headers": {
            "X-Request-Id": {"schema": {"type": "string"}, "example": REQUEST_ID},
            "X-RateLimit-Limit": {"schema": {"type": "integer"}, "example": 600},
            "Retry-After": {"schema": {"type": "integer"}, "example": RETRY_AFTER},
        },
        "responses": {
            "Invalid": _json(
                _ref("ErrorEnvelope"),
                {
                    "bad_value": _error("invalid_request_error", "invalid_value", "status"),
                    "bad_limit": _error("invalid_request_error", "invalid_limit", "limit"),
                    "bad_recipient": _error("invalid_request_error", "invalid_recipient", "to"),
                },
            ),
            "Unauthenticated": _json(
                _ref("ErrorEnvelope"), {"no_key": _error("authentication_error", "no_key")}
            ),
            "RateLimited": _json(
                _ref("ErrorEnvelope"),
                {"slow_down": _error("rate_limit_error", "rate_limited")},
                **{"Retry-After": {"$ref": "#/components/headers/Retry-After"}},
            ),
            "ServerError": _json(_ref("ErrorEnvelope"), {"oops": _error("api_error", "internal")}),
        },
        "schemas": {
            "Health": {"type": "object", "properties": {"status": {"type": "string"}}},
            "NoteStatusFilter": {"type": "string", "enum": ["open", "all"]},
            "Note": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "object": {"type": "string", "const": "note"},
                    "kind": {"type": "string"},
                },
            },
            "NoteList": {
                "type": "object",
                "required": ["data"],
                "properties": {
                    "data": {"type": "array", "items": _ref("Note")},
                    "has_more": {"type": "boolean"},
                    "next_cursor": {"type": ["string", "null"]},
                },
            },
            "NewNote": {"oneOf": [_ref("TextNote"), _ref("LinkNote")]},
            "TextNote": {
                "type": "object",
                "required": ["type", "to", "text"],
                "properties": {
                    "type": {"type": "string", "const": "text"},
                    "to": RECIPIENT,
                    "text": {"type": "string", "minLength": 1, "maxLength": 100},
                },
                "additionalProperties": False,
            },
            "LinkNote": {
                "type": "object",
                "required": ["type", "to", "link"],
                "properties": {
                    "type": {"type": "string", "const": "link"},
                    "to": RECIPIENT,
                    "link": {"type": "string", "pattern": "^https://"},
                },
                "additionalProperties": False,
            },
            "ErrorEnvelope": {
                "type": "object",
                "required": ["error"],
                "properties": {"error": {"type": "object"}},
            },
        },
    },
}


class Notes:
    """The package generated from NOTES_SPEC: its stand-in, operations and models."""

    def __init__(self, package: ModuleType) -> None:
        self.package = package
        self.testing = importlib.import_module(f"{package.__name__}.testing")
        self.errors = package.errors
        self.get_health = operation(package, "meta", "get_health")
        self.list_notes = operation(package, "notes", "list_notes")
        self.create_note = operation(package, "notes", "create_note")
        self.get_note = operation(package, "notes", "get_note")

    @property
    def root(self) -> Path:
        """The folder the package was generated into (a subprocess imports it from there)."""
        return Path(str(self.package.__file__)).parent.parent

    def text_note(self, to: str = "+628123456789", text: str = "hi") -> Any:
        return model(self.package, "TextNote")(to=to, text=text)


@pytest.fixture(scope="module")
def notes(scratch_packages: ScratchPackages) -> Notes:
    return Notes(scratch_packages(NOTES_SPEC))


@pytest.fixture
def fake(notes: Notes) -> Any:
    with notes.testing.FakeKirim() as stand_in:
        yield stand_in


def _envelope(error: Any) -> dict[str, Any]:
    detail: dict[str, Any] = json.loads(error.body)["error"]
    return detail


# -- answers ----------------------------------------------------------------------------------


def test_a_call_gets_its_first_success_example_and_the_headers_examples(
    notes: Notes, fake: Any, call: Caller
) -> None:
    response = call.detailed(notes.list_notes, client=fake.client)

    assert response.status_code == 200
    assert response.body.to_dict() == FIRST_PAGE
    assert response.request_id == REQUEST_ID
    assert response.rate_limit.limit == 600
    assert call(notes.get_note, note_id="note_9", client=fake.client).to_dict() == NOTE


def test_any_documented_status_or_example_on_request(notes: Notes, fake: Any) -> None:
    fake.answer(notes.get_note, 404)
    with pytest.raises(notes.errors.NotFoundError) as raised:
        notes.get_note.sync("note_9", client=fake.client)
    assert (raised.value.code, raised.value.request_id) == ("no_note", REQUEST_ID)

    fake.answer("listNotes", 200, example="last_page")
    assert notes.list_notes.sync(client=fake.client).to_dict() == LAST_PAGE
    assert notes.list_notes.sync(client=fake.client).to_dict() == LAST_PAGE  # until changed


def test_an_answer_for_some_times_then_the_one_before(notes: Notes, fake: Any) -> None:
    fake.answer("list_notes", 200, example="last_page")
    fake.answer("list_notes", 500, times=2)

    first = notes.list_notes.sync_detailed(client=fake.client)  # two 500s, retried: then 200
    after = notes.list_notes.sync(client=fake.client)

    assert [c.status for c in fake.calls] == [500, 500, 200, 200]
    assert first.body.to_dict() == after.to_dict() == LAST_PAGE
    assert fake.waits == [0.25, 0.5]  # the client's backoff, without jitter, and not slept

    fake.reset()
    assert (notes.list_notes.sync(client=fake.client).to_dict(), fake.waits) == (FIRST_PAGE, [])
    assert [c.status for c in fake.calls] == [200]


def test_a_429_is_retried_after_its_retry_after_without_sleeping(
    notes: Notes, fake: Any, call: Caller, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_real_sleep(seconds: float) -> None:
        raise AssertionError(f"slept {seconds} s")

    real_async_sleep = asyncio.sleep

    async def only_yielding(seconds: float) -> None:
        assert seconds == 0, f"slept {seconds} s"
        await real_async_sleep(0)

    monkeypatch.setattr(time, "sleep", no_real_sleep)
    monkeypatch.setattr(asyncio, "sleep", only_yielding)
    fake.answer(notes.create_note, 429)

    with pytest.raises(notes.errors.RateLimitError) as raised:
        call(notes.create_note, client=fake.client, body=notes.text_note())

    assert raised.value.retry_after == RETRY_AFTER
    assert fake.waits == [RETRY_AFTER] * 3
    keys = {c.headers["idempotency-key"] for c in fake.calls}
    assert [c.status for c in fake.calls] == [429] * 4  # one call, retried three times
    assert len(keys) == 1


def test_a_listing_with_a_cursor_gets_the_page_that_ends_the_walk(notes: Notes, fake: Any) -> None:
    walk = notes.list_notes.iterate(client=fake.client, limit=10)
    ids = [note.id for note in itertools.islice(walk, 5)]  # a walk that never ends fails here

    assert ids == ["note_1", "note_2"]
    assert [c.query for c in fake.calls] == [{"limit": "10"}, {"limit": "10", "cursor": "c2"}]


# -- what is recorded -------------------------------------------------------------------------


def test_every_call_is_recorded_without_the_key(notes: Notes, fake: Any, call: Caller) -> None:
    call(
        notes.create_note,
        client=fake.client.with_headers({"X-Trace": "t-1"}),
        body=notes.text_note(text="Halo"),
        idempotency_key="order-42",
    )

    [recorded] = fake.calls
    assert recorded.operation == "createNote"
    assert (recorded.method, recorded.path, recorded.query) == ("POST", "/v1/notes", {})
    assert recorded.json == {"type": "text", "to": "+628123456789", "text": "Halo"}
    assert recorded.status == 200
    assert recorded.headers["idempotency-key"] == "order-42"
    assert recorded.headers["x-trace"] == "t-1"
    assert "authorization" not in recorded.headers
    assert notes.testing.FAKE_API_KEY not in repr(fake.calls)


# -- requests the spec refuses ----------------------------------------------------------------


def test_a_body_field_against_its_pattern_gets_the_400_of_that_field(
    notes: Notes, fake: Any
) -> None:
    # The model does not check patterns: the request is sent, and refused as the API would.
    with pytest.raises(notes.errors.InvalidRequestError) as raised:
        notes.create_note.sync(client=fake.client, body=notes.text_note(to="0812"))

    detail = _envelope(raised.value)
    assert (detail["type"], detail["code"], detail["param"]) == (
        "invalid_request_error",
        "invalid_recipient",  # the spec's 400 example for `to`
        "to",
    )
    assert "'0812' does not match" in detail["message"]
    assert fake.calls[-1].status == 400


def test_an_enum_value_the_spec_refuses_gets_the_400_envelope(notes: Notes, fake: Any) -> None:
    options = notes.package.RequestOptions(query={"status": "archived"})
    with pytest.raises(notes.errors.InvalidRequestError) as raised:
        notes.list_notes.sync(client=fake.client, request_options=options)

    detail = _envelope(raised.value)
    assert (detail["code"], detail["param"]) == ("invalid_value", "status")
    assert "'archived' is not one of ['open', 'all']" in detail["message"]


@pytest.mark.parametrize(
    ("method", "path", "body", "param", "complaint"),
    [
        ("GET", "/notes/NOTE-1", None, "note_id", "does not match '^note_[a-z0-9]+$'"),
        ("GET", "/notes?limit=500", None, "limit", "500 is greater than the maximum of 100"),
        ("GET", "/notes?limit=many", None, "limit", "'many' is not of type 'integer'"),
        ("POST", "/notes", {"type": "text", "to": "+628123456789"}, "text", "required"),
        (
            "POST",
            "/notes",
            {"type": "link", "to": "+628123456789", "link": "https://x", "colour": "red"},
            "colour",
            "('colour' was unexpected)",
        ),
        ("POST", "/notes", {"type": "link", "to": "+62812345", "link": "http://x"}, "link", ""),
        ("POST", "/notes", None, None, "the request body is required"),
    ],
    ids=["path-pattern", "query-maximum", "query-type", "missing", "unexpected", "variant", "none"],
)
def test_what_reaches_it_that_the_spec_refuses_is_a_400_naming_the_field(
    notes: Notes,
    fake: Any,
    method: str,
    path: str,
    body: Any,
    param: str | None,
    complaint: str,
) -> None:
    sent = {} if body is None else {"json": body}
    response = fake.client.request(method, path, **sent)

    assert response.status_code == 400
    detail = response.json()["error"]
    assert detail.get("param") == param
    assert complaint in detail["message"]
    # The type and code of the spec's example for that field, else of its first example.
    expected_code = "invalid_limit" if param == "limit" else "invalid_value"
    assert (detail["type"], detail["code"]) == ("invalid_request_error", expected_code)


def test_a_body_that_is_not_json_is_refused(fake: Any) -> None:
    response = fake.client.request(
        "POST", "/notes", content=b"{", headers={"Content-Type": "application/json"}
    )

    assert (response.status_code, response.json()["error"]["message"]) == (
        400,
        "the request body is not JSON",
    )
    assert fake.calls[-1].json is None


def test_a_request_without_the_key_gets_the_401_unless_the_operation_is_anonymous(
    fake: Any,
) -> None:
    without_key = fake.handle(httpx.Request("GET", "https://api.notes.invalid/v1/notes"))
    anonymous = fake.handle(httpx.Request("GET", "https://api.notes.invalid/v1/health"))

    assert without_key.status_code == 401
    assert without_key.json()["error"]["code"] == "no_key"
    assert (anonymous.status_code, anonymous.json()) == (200, {"status": "ok"})


def test_a_literal_segment_wins_over_a_parameter(fake: Any) -> None:
    # /notes/pinned would also match /notes/{note_id}, whose pattern it breaks.
    assert fake.client.request("GET", "/notes/pinned").json() == LAST_PAGE
    assert fake.calls[-1].operation == "listPinnedNotes"


def test_a_path_the_spec_does_not_describe_is_a_404(fake: Any) -> None:
    response = fake.client.request("DELETE", "/notes/note_1")

    assert response.status_code == 404
    assert response.json()["error"]["message"] == "the spec describes no DELETE /v1/notes/note_1"
    assert (fake.calls[-1].operation, fake.calls[-1].status) == (None, 404)


# -- asking for an answer ---------------------------------------------------------------------


def test_the_operations_and_their_statuses_come_from_the_spec(notes: Notes, fake: Any) -> None:
    assert fake.operations == [
        "getHealth",
        "listNotes",
        "createNote",
        "getNote",
        "listPinnedNotes",
    ]  # in the spec's order
    assert fake.statuses(notes.create_note) == [200, 400, 401, 409, 429]


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        (("listNote", 200), "no operation 'listNote'; did you mean 'listNotes'?"),
        (("listNotes", 404), "listNotes documents the statuses 200, 400, 401, 429, 500, not 404"),
        (("listNotes", 200, "middle_page"), "no example 'middle_page'; it has: first_page"),
        (("listPinnedNotes", 500), "listPinnedNotes's 500 answer has no example in the spec"),
    ],
)
def test_an_answer_the_spec_does_not_document_is_refused(
    notes: Notes, fake: Any, arguments: tuple[Any, ...], complaint: str
) -> None:
    operation_id, status, *example = arguments
    with pytest.raises(notes.errors.InvalidArgumentError) as raised:
        fake.answer(operation_id, status, example=example[0] if example else None)
    assert complaint in str(raised.value)


def test_times_must_be_a_positive_count(notes: Notes, fake: Any) -> None:
    with pytest.raises(notes.errors.InvalidArgumentError, match="times: expected at least 1"):
        fake.answer("listNotes", 500, times=0)


# -- packaging --------------------------------------------------------------------------------


def test_without_jsonschema_the_import_names_the_extra_to_install(notes: Notes) -> None:
    probe = textwrap.dedent(
        f"""
        import sys
        sys.modules["jsonschema"] = None  # as if it were not installed
        try:
            import {notes.package.__name__}.testing
        except ImportError as error:
            print(error)
        """
    )
    root = notes.root
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, check=True
    )
    assert "pip install 'kirim-chat[testing]'" in result.stdout


def test_the_pytest_fixture_gives_each_test_a_fresh_stand_in(
    notes: Notes, pytester: pytest.Pytester
) -> None:
    package = notes.package.__name__
    pytester.makeconftest(f'pytest_plugins = ["{package}.pytest_plugin"]')
    pytester.makepyfile(
        f"""
        from {package}.api.notes import list_notes

        def test_one(kirim):
            list_notes.sync(client=kirim.client)
            assert len(kirim.calls) == 1

        def test_two(kirim):
            assert kirim.calls == []
        """
    )
    pytester.syspathinsert(notes.root)

    result = pytester.runpytest("-p", "no:cacheprovider")

    result.assert_outcomes(passed=2)
