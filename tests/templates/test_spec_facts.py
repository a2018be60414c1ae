"""What the generator's parsed model drops but the spec says reaches the generated code through
the raw spec the templates are handed (scripts/run_generator.py); and generation still fails, with
the generator's own message, where the generator's CLI would."""

import inspect
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from scripts.generate import GenerationFailed, generate
from tests.conftest import ScratchPackages
from tests.support.scratch_package import operation
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
