"""What the generator's parsed model drops but the spec says reaches the generated code through
the raw spec the templates are handed (scripts/run_generator.py); and generation still fails, with
the generator's own message, where the generator's CLI would."""

import json
from pathlib import Path
from typing import Any

import pytest

from scripts.generate import GenerationFailed, generate


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
