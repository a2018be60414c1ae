"""Field names that collide with the names generated code uses for its own variables."""

from typing import Any

from tests.conftest import ScratchPackages
from tests.support.scratch_package import model

CLASHES_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Clashes", "version": "1.0.0"},
    "paths": {},
    "components": {
        "schemas": {
            "Clash": {
                "type": "object",
                "required": ["d", "name"],
                "properties": {
                    "d": {"type": "string"},
                    "name": {"type": "string"},
                    "extra": {"type": "integer"},
                    "cls": {"type": "string"},
                },
            }
        }
    },
}


def test_fields_named_like_the_generated_locals_parse(scratch_packages: ScratchPackages) -> None:
    clash = model(scratch_packages(CLASHES_SPEC), "Clash")
    body = {"d": "dee", "name": "n", "extra": 1, "cls": "c", "more": True}

    parsed = clash.from_dict(body)

    assert (parsed.d, parsed.name, parsed.extra, parsed.cls) == ("dee", "n", 1, "c")
    assert parsed.to_dict() == body
