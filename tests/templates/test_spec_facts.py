"""What the generator's parsed model drops but the spec says reaches the generated code through
the raw spec the templates are handed (scripts/run_generator.py); and generation still fails, with
the generator's own message, where the generator's CLI would."""

import asyncio
import inspect
import json
import re
import typing
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from scripts.generate import GenerationFailed, generate
from tests.conftest import ScratchPackages
from tests.support.clock import FakeClock, controlled
from tests.support.scratch_package import model, operation
from tests.templates.facts_spec import FACTS_SPEC


@pytest.fixture(scope="module")
def facts(scratch_packages: ScratchPackages) -> ModuleType:
    return scratch_packages(FACTS_SPEC)


@pytest.fixture
def list_notes(facts: ModuleType) -> ModuleType:
    return operation(facts, "notes", "list_notes")


@pytest.fixture
def send_note(facts: ModuleType) -> ModuleType:
    return operation(facts, "notes", "send_note")


def _args(function: Any) -> str:
    """The Args: section of a function's docstring, its lines joined."""
    doc = inspect.getdoc(function) or ""
    return " ".join(doc.partition("Args:")[2].partition("Raises:")[0].split())


def test_a_parameters_own_description_and_default_are_in_the_docstring(
    list_notes: ModuleType,
) -> None:
    for function in (list_notes.sync, list_notes.sync_detailed, list_notes.asyncio):
        args = _args(function)
        # A path-level parameter by $ref: its own description, not its schema's.
        assert "phone_number_id (str): The sending number's id, from list_accounts." in args
        assert (
            "cursor (str | Unset): Where the page starts: the next_cursor of the page before. "
            in args
        )
        assert "Opaque." not in args
        # No description of its own: its schema's.
        assert "label_id (str | Unset): Only notes with this label." in args
        assert (
            "How many notes a page holds. When left out, the server applies its default: 20."
            in args
        )


def test_a_warning_of_the_generator_fails_generation_with_its_message(tmp_path: Path) -> None:
    broken: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Broken", "version": "1.0.0"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "responses": {
                        "200": {
                            "description": "Things",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Missing"}
                                }
                            },
                        }
                    },
                }
            }
        },
    }
    spec = tmp_path / "broken.json"
    spec.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(GenerationFailed) as failed:
        generate(spec, tmp_path / "broken_package")
    message = str(failed.value)
    assert "WARNING parsing GET /things" in message
    assert "Could not find reference" in message
    assert not (tmp_path / "broken_package").exists()


# ---- deprecation ----

TOKEN = "kdv_test_" + "d" * 24
NOTE = {"id": "nte_1", "created_at": "2026-01-02T03:04:05Z"}
PHONE = "106540352242922"


@pytest.fixture
def client(facts: ModuleType, httpserver: HTTPServer, clock: FakeClock) -> Iterator[Any]:
    with controlled(
        facts.AuthenticatedClient(base_url=httpserver.url_for("/"), token=TOKEN), clock
    ) as client:
        yield client


def _deprecations(run: Callable[[], object]) -> list[warnings.WarningMessage]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run()
    return [w for w in caught if issubclass(w.category, DeprecationWarning)]


def _points_here(caught: list[warnings.WarningMessage]) -> bool:
    return all(Path(w.filename) == Path(__file__) for w in caught)


def test_a_deprecated_operation_says_so_in_its_docstrings(send_note: ModuleType) -> None:
    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        doc = inspect.getdoc(getattr(send_note, name)) or ""
        assert doc.splitlines()[2].startswith("Deprecated: the API may remove this operation"), name


@pytest.mark.parametrize("function", ["sync", "sync_detailed", "asyncio", "asyncio_detailed"])
def test_each_call_of_a_deprecated_operation_warns_once_at_the_callers_line(
    facts: ModuleType, send_note: ModuleType, client: Any, httpserver: HTTPServer, function: str
) -> None:
    httpserver.expect_request(f"/{PHONE}/notes", method="POST").respond_with_json(NOTE, status=202)
    body = model(facts, "TextNote")(text="hi")
    call = getattr(send_note, function)

    async def awaited() -> object:
        return await call(PHONE, client=client, body=body)

    if function.startswith("asyncio"):
        caught = _deprecations(lambda: asyncio.run(awaited()))
    else:
        caught = _deprecations(lambda: call(PHONE, client=client, body=body))

    assert [str(w.message) for w in caught] == [
        "send_note is deprecated: the API may remove this operation"
    ]
    assert _points_here(caught)


def test_a_deprecated_parameter_is_documented_and_warns_only_when_passed(
    list_notes: ModuleType, client: Any, httpserver: HTTPServer
) -> None:
    httpserver.expect_request(f"/{PHONE}/notes").respond_with_json({"data": [NOTE]})

    assert (
        "tag (str | Unset): Deprecated: passing it warns (DeprecationWarning). Use label_id."
        in (_args(list_notes.sync))
    )
    assert _deprecations(lambda: list_notes.sync(PHONE, client=client)) == []
    caught = _deprecations(lambda: list_notes.sync(PHONE, client=client, tag="old"))
    assert [str(w.message) for w in caught] == [
        "list_notes: the parameter tag is deprecated: the API may remove it"
    ]
    assert _points_here(caught)


@pytest.mark.parametrize("function", ["pages", "iterate", "apages", "aiterate"])
def test_the_listing_helpers_warn_once_when_called_not_once_per_page(
    list_notes: ModuleType, client: Any, httpserver: HTTPServer, function: str
) -> None:
    httpserver.expect_ordered_request(f"/{PHONE}/notes").respond_with_json(
        {"data": [NOTE], "has_more": True, "next_cursor": "c2"}
    )
    httpserver.expect_ordered_request(f"/{PHONE}/notes").respond_with_json({"data": [NOTE]})
    walk = getattr(list_notes, function)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        walked = walk(PHONE, client=client, tag="old")
        at_call = len(caught)
        if function.startswith("a"):

            async def drain() -> int:
                return len([item async for item in walked])

            count = asyncio.run(drain())
        else:
            count = len(list(walked))

    assert (at_call, len(caught), count) == (1, 1, 2)
    assert _points_here(list(caught))


def test_a_deprecated_field_says_so_in_its_attribute_docstring(facts: ModuleType) -> None:
    source = inspect.getsource(model(facts, "Note"))
    assert "Deprecated: the API may remove this field. The note's colour." in source
    assert source.count("Deprecated") == 1


# ---- parameters checked before sending ----

LABEL = "lbl_01HXYZABCDEFGHJKMNPQRSTVWX"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"phone_number_id": "12345"}, r"phone_number_id: expected text matching ^\d{6,20}$"),
        # ASCII digits only, as in the ECMA regexes of JSON Schema.
        ({"phone_number_id": "١٢٣٤٥٦٧"}, "phone_number_id: expected text matching"),
        ({"label_id": "lbl_1"}, "label_id: expected text matching ^lbl_[0-9A-HJKMNP-TV-Z]{26}$"),
        ({"limit": 0}, "limit: expected at least 1, got 0"),
        ({"limit": 101}, "limit: expected at most 100, got 101"),
        ({"tag": "a"}, "tag: expected at least 2 characters, got 1"),
        ({"tag": "abcdefghi"}, "tag: expected at most 8 characters, got 9"),
        ({"cursor": "c" * 201}, "cursor: expected at most 200 characters, got 201"),
    ],
)
def test_a_parameter_breaking_its_schema_is_refused_before_sending(
    facts: ModuleType,
    list_notes: ModuleType,
    client: Any,
    httpserver: HTTPServer,
    arguments: dict[str, Any],
    message: str,
) -> None:
    arguments = {"phone_number_id": PHONE, **arguments}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # tag is deprecated
        with pytest.raises(facts.errors.InvalidArgumentError) as refused:
            list_notes.sync(client=client, **arguments)
    assert str(refused.value).startswith(message)
    assert httpserver.log == []


@pytest.mark.parametrize("arguments", [{"limit": True}, {"limit": "5"}, {"label_id": 7}])
def test_a_parameter_of_another_type_is_refused_as_such(
    facts: ModuleType, list_notes: ModuleType, client: Any, arguments: dict[str, Any]
) -> None:
    with pytest.raises(facts.errors.InvalidArgumentTypeError):
        list_notes.sync(PHONE, client=client, **arguments)


def test_parameters_within_their_schema_are_sent(
    list_notes: ModuleType, client: Any, httpserver: HTTPServer
) -> None:
    httpserver.expect_request(
        f"/{PHONE}/notes", query_string=f"limit=100&cursor={'c' * 200}&label_id={LABEL}"
    ).respond_with_json({"data": []})
    httpserver.expect_request("/123456/notes", query_string="limit=1").respond_with_json(
        {"data": []}
    )

    list_notes.sync(PHONE, client=client, limit=100, cursor="c" * 200, label_id=LABEL)
    list_notes.sync("123456", client=client, limit=1)

    assert len(httpserver.log) == 2


def test_a_refused_value_shaped_like_a_key_is_not_echoed(
    facts: ModuleType, list_notes: ModuleType, client: Any
) -> None:
    with pytest.raises(facts.errors.InvalidArgumentError) as refused:
        list_notes.sync(PHONE, client=client, label_id=TOKEN)
    assert TOKEN not in str(refused.value)
    assert "<redacted>" in str(refused.value)


def test_patterns_are_compiled_once_with_the_module(
    list_notes: ModuleType, client: Any, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    httpserver.expect_request(f"/{PHONE}/notes").respond_with_json({"data": []})
    compiled = list_notes._LABEL_ID_PATTERN
    searched: list[str] = []

    class Spy:
        pattern = compiled.pattern

        def search(self, text: str) -> object:
            searched.append(text)
            return compiled.search(text)

    assert compiled.flags & re.ASCII
    monkeypatch.setattr(list_notes, "_LABEL_ID_PATTERN", Spy())
    list_notes.sync(PHONE, client=client, label_id=LABEL)
    list_notes.sync(PHONE, client=client, label_id=LABEL)

    assert searched == [LABEL, LABEL]  # the module's pattern, not one compiled per call


# ---- request bodies refused before sending ----


def _send(send_note: ModuleType, client: Any, body: Any) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # send_note is deprecated
        return send_note.sync(PHONE, client=client, body=body)


@pytest.mark.parametrize(
    "body", [{"type": "text", "text": "hi"}, None, "hi"], ids=["dict", "none", "str"]
)
def test_a_body_that_is_none_of_the_variants_is_refused_naming_them(
    facts: ModuleType, send_note: ModuleType, client: Any, httpserver: HTTPServer, body: Any
) -> None:
    with pytest.raises(facts.errors.InvalidArgumentTypeError) as refused:
        _send(send_note, client, body)

    assert str(refused.value) == (
        "body: expected one of TextNote, ImageNote, ReadReceipt, got " + type(body).__name__
    )
    assert httpserver.log == []


def test_each_variant_is_sent_as_its_json(
    facts: ModuleType, send_note: ModuleType, client: Any, httpserver: HTTPServer
) -> None:
    bodies = [
        model(facts, "TextNote")(text="hi"),
        model(facts, "ImageNote")(link="https://example.invalid/a.png"),
        model(facts, "ReadReceipt")(message_id="msg_1"),
    ]
    for body in bodies:
        httpserver.expect_oneshot_request(
            f"/{PHONE}/notes", method="POST", json=body.to_dict()
        ).respond_with_json(NOTE, status=202)
        assert _send(send_note, client, body).id == "nte_1"
    assert len(httpserver.log) == 3


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("text", 5, "body: TextNote.text: expected string, got integer"),
        ("type_", "image", "body: TextNote.type: expected 'text', got 'image'"),
        ("day", "2026-01-02", "body: cannot be written as JSON (AttributeError"),
        ("text", TOKEN, None),  # a valid body: sent
    ],
)
def test_a_variant_whose_content_breaks_the_spec_is_refused_naming_the_field(
    facts: ModuleType,
    send_note: ModuleType,
    client: Any,
    httpserver: HTTPServer,
    field: str,
    value: Any,
    message: str | None,
) -> None:
    httpserver.expect_request(f"/{PHONE}/notes", method="POST").respond_with_json(NOTE, status=202)
    body = model(facts, "TextNote")(text="hi")
    setattr(body, field, value)

    if message is None:
        _send(send_note, client, body)
        assert len(httpserver.log) == 1
        return
    with pytest.raises(facts.errors.InvalidArgumentError) as refused:
        _send(send_note, client, body)
    assert str(refused.value).startswith(message)
    assert httpserver.log == []


# ---- which client an operation takes ----


def test_an_operation_that_needs_a_key_takes_only_an_authenticated_client(
    facts: ModuleType, list_notes: ModuleType, send_note: ModuleType
) -> None:
    # The document's security applies to operations that state none of their own.
    for module in (list_notes, send_note):
        for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            hints = typing.get_type_hints(getattr(module, name))
            assert hints["client"] is facts.AuthenticatedClient, (module.__name__, name)
    # `security: []`: no key needed, either client will do.
    get_health = operation(facts, "meta", "get_health")
    hints = typing.get_type_hints(get_health.sync)
    assert set(typing.get_args(hints["client"])) == {facts.AuthenticatedClient, facts.Client}
