"""`make lint-spec` states the spec's conventions as rules: what is written in the spec's own
style passes with no edit of .spectral.yaml, and each convention still catches its violation.

Spectral runs on scratch copies of openapi.yaml in a tmp dir, with the repository's ruleset.
"""

import copy
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.paths import ROOT, SPEC
from scripts.spec import load
from tests.support import api_changes
from tests.support.spec_targets import first_operation, list_item_schema

pytestmark = pytest.mark.slow

RULESET = ROOT / ".spectral.yaml"
SPECTRAL = ROOT / "node_modules" / ".bin" / "spectral"
Problem = tuple[str, str]
"""(rule code, dotted path), as Spectral reports them."""


def lint(spec: dict[str, Any], tmp_path: Path) -> list[Problem]:
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    result = subprocess.run(
        [str(SPECTRAL), "lint", "--quiet", "--ruleset", str(RULESET), "--format", "json",
         "--fail-severity", "warn", str(path)],
        capture_output=True, text=True, check=False, timeout=90, cwd=ROOT,
        env={**os.environ, "SCARF_ANALYTICS": "false"},
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr
    found = json.loads(result.stdout)
    return sorted({(item["code"], ".".join(map(str, item["path"]))) for item in found})


def test_changes_written_in_the_spec_style_pass_without_touching_the_ruleset(
    tmp_path: Path,
) -> None:
    spec = load(SPEC)
    for change in (
        api_changes.add_open_set_field,
        api_changes.add_parameterless_get,
        api_changes.add_paginated_list_and_create,
    ):
        spec = change(spec).spec
    assert lint(spec, tmp_path) == []


def test_each_convention_catches_what_breaks_it(tmp_path: Path) -> None:
    spec = load(SPEC)
    resource = list_item_schema(spec)
    schemas = spec["components"]["schemas"]
    schemas["Gauge"] = {"type": "string", "enum": ["a", "b"]}
    schemas[resource]["properties"].update(
        {
            "open_unbounded": {"anyOf": [{"$ref": "#/components/schemas/Gauge"},
                                         {"type": "string"}]},
            "open_narrowed": {"anyOf": [{"$ref": "#/components/schemas/Gauge"},
                                        {"type": "string", "pattern": "^[a-z]+$",
                                         "maxLength": 8}]},
            "closed_by_anyof": {"anyOf": [{"$ref": "#/components/schemas/Gauge"},
                                          {"type": "integer", "format": "int32", "minimum": 0,
                                           "maximum": 9}]},
            "count": {"type": "integer", "format": "int32", "minimum": 0},
            "tags": {"type": "array", "items": {"type": "string", "maxLength": 8}},
            "listed": {"type": "array", "x-unbounded": "   ",
                       "items": {"type": "string", "maxLength": 8}},
            "owner_id": {"type": "string", "maxLength": 30},
        }
    )  # fmt: skip
    operation = first_operation(spec)
    spec["paths"]["/widgets"] = {
        "get": {
            **copy.deepcopy(operation.node),
            "operationId": "listWidgets",
            "parameters": [{"name": "q", "in": "query", "schema": {"type": "string",
                                                                    "maxLength": 8}}],
            "responses": {status: response for status, response
                          in operation.node["responses"].items() if status != "400"},
        }
    }  # fmt: skip
    # Rate-limit counters may stay without a maximum, wherever their header is declared.
    headers = spec["components"]["headers"]
    headers["X-RateLimit-Used"] = copy.deepcopy(headers["X-RateLimit-Remaining"])
    spec["paths"]["/widgets"]["get"]["responses"]["200"]["headers"]["X-RateLimit-Used"] = {
        "$ref": "#/components/headers/X-RateLimit-Used"
    }
    properties = f"components.schemas.{resource}.properties"
    found = [problem for problem in lint(spec, tmp_path) if problem[0].startswith("kirim-")]
    assert found == sorted(
        [
            ("kirim-bounded-array", f"{properties}.listed"),
            ("kirim-bounded-array", f"{properties}.tags"),
            ("kirim-bounded-integer", f"{properties}.count"),
            ("kirim-identifier-pattern", f"{properties}.owner_id"),
            ("kirim-invalid-input-documented", "paths./widgets.get.responses"),
            ("kirim-open-set", f"{properties}.closed_by_anyof.anyOf"),
            ("kirim-open-set", f"{properties}.open_narrowed.anyOf.1"),
            ("kirim-open-set", f"{properties}.open_unbounded.anyOf.1"),
        ]
    )


def test_the_ruleset_names_no_place_in_the_spec() -> None:
    """No exemption by JSON pointer: a convention is a rule, never a list of places."""
    ruleset = yaml.safe_load(RULESET.read_text(encoding="utf-8"))
    assert "overrides" not in ruleset
    assert "#/" not in RULESET.read_text(encoding="utf-8")
