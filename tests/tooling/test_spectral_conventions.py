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
from tests.support.spec_targets import MissingRole, free_name, list_item_schema

pytestmark = pytest.mark.slow

RULESET = ROOT / ".spectral.yaml"
SPECTRAL = ROOT / "node_modules" / ".bin" / "spectral"
Problem = tuple[str, str, str]
"""(rule code, severity, dotted path), as Spectral reports them."""
# Spectral's JSON output numbers the severities.
SEVERITIES = {0: "error", 1: "warn", 2: "info", 3: "hint"}


def lint(spec: dict[str, Any], tmp_path: Path) -> tuple[int, list[Problem]]:
    """Spectral's exit status under `make lint-spec`'s settings, and every problem it reports."""
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    result = subprocess.run(
        [str(SPECTRAL), "lint", "--quiet", "--ruleset", str(RULESET), "--format", "json",
         "--fail-severity", "warn", str(path)],
        capture_output=True, text=True, check=False, timeout=90, cwd=ROOT,
        env={**os.environ, "SCARF_ANALYTICS": "false"},
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr  # 2: the ruleset itself is broken
    found = json.loads(result.stdout)
    return result.returncode, sorted(
        {
            (item["code"], SEVERITIES[item["severity"]], ".".join(map(str, item["path"])))
            for item in found
        }
    )


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
    assert lint(spec, tmp_path) == (0, [])


def test_each_convention_catches_what_breaks_it(tmp_path: Path) -> None:
    added = api_changes.add_parameterless_get(load(SPEC))  # a GET in the spec's style
    spec = added.spec
    template = spec["paths"][added.names["operation"].split()[1]]["get"]
    resource = list_item_schema(spec)
    schemas = spec["components"]["schemas"]
    gauge = free_name(schemas, "Gauge")
    schemas[gauge] = {"type": "string", "enum": ["a", "b"]}
    schemas[resource]["properties"].update(
        {
            "open_unbounded": {"anyOf": [{"$ref": f"#/components/schemas/{gauge}"},
                                         {"type": "string"}]},
            "open_narrowed": {"anyOf": [{"$ref": f"#/components/schemas/{gauge}"},
                                        {"type": "string", "pattern": "^[a-z]+$",
                                         "maxLength": 8}]},
            "closed_by_anyof": {"anyOf": [{"$ref": f"#/components/schemas/{gauge}"},
                                          {"type": "integer", "format": "int32", "minimum": 0,
                                           "maximum": 9}]},
            "count": {"type": "integer", "format": "int32", "minimum": 0},
            "tags": {"type": "array", "items": {"type": "string", "maxLength": 8}},
            "listed": {"type": "array", "x-unbounded": "   ",
                       "items": {"type": "string", "maxLength": 8}},
            "owner_id": {"type": "string", "maxLength": 30},
        }
    )  # fmt: skip
    # Takes a parameter but documents no 400, 422 or 4XX.
    widgets, gadgets = free_name(spec["paths"], "/widgets"), free_name(spec["paths"], "/gadgets")
    spec["paths"][widgets] = {
        "get": {
            **copy.deepcopy(template),
            "operationId": "listWidgets",
            "parameters": [{"name": "q", "in": "query", "schema": {"type": "string",
                                                                    "maxLength": 8}}],
        }
    }  # fmt: skip
    # No 401, 429 or 500, and no rate-limit headers: the OWASP rules the spec keeps on.
    success = copy.deepcopy(template["responses"]["200"])
    success.pop("headers")
    spec["paths"][gadgets] = {
        "get": {**copy.deepcopy(template), "operationId": "listGadgets",
                "responses": {"200": success}}
    }  # fmt: skip
    # Rate-limit counters may stay without a maximum, wherever their header is declared.
    headers = spec["components"]["headers"]
    counters = [name for name in headers if name.lower().startswith("x-ratelimit-")]
    if not counters:
        raise MissingRole("the spec declares no X-RateLimit-* header")
    used = free_name(headers, "X-RateLimit-Used")
    headers[used] = copy.deepcopy(headers[counters[0]])
    spec["paths"][widgets]["get"]["responses"]["200"]["headers"][used] = {
        "$ref": f"#/components/headers/{used}"
    }
    properties = f"components.schemas.{resource}.properties"
    gadgets_get = f"paths.{gadgets}.get"
    # Every problem, OWASP's included, each at its severity: a rule turned off, downgraded or
    # turned back on (the OWASP rules the conventions replace) changes this list.
    assert lint(spec, tmp_path) == (
        1,
        sorted(
            [
                ("kirim-bounded-array", "error", f"{properties}.listed"),
                ("kirim-bounded-array", "error", f"{properties}.tags"),
                ("kirim-bounded-integer", "error", f"{properties}.count"),
                ("kirim-identifier-pattern", "warn", f"{properties}.owner_id"),
                ("kirim-invalid-input-documented", "warn", f"paths.{widgets}.get.responses"),
                ("kirim-open-set", "warn", f"{properties}.closed_by_anyof.anyOf"),
                ("kirim-open-set", "warn", f"{properties}.open_narrowed.anyOf.1"),
                ("kirim-open-set", "warn", f"{properties}.open_unbounded.anyOf.1"),
                ("owasp:api4:2023-string-limit", "error", f"{properties}.open_unbounded.anyOf.1"),
                ("owasp:api4:2023-rate-limit", "error", f"paths.{gadgets}.get.responses.200"),
                ("owasp:api4:2023-rate-limit-responses-429", "warn", f"{gadgets_get}.responses"),
                ("owasp:api8:2023-define-error-responses-401", "warn", f"{gadgets_get}.responses"),
                ("owasp:api8:2023-define-error-responses-500", "warn", f"{gadgets_get}.responses"),
            ]
        ),
    )


def test_the_ruleset_names_no_place_in_the_spec() -> None:
    """No exemption by JSON pointer: a convention is a rule, never a list of places."""
    ruleset = yaml.safe_load(RULESET.read_text(encoding="utf-8"))
    assert "overrides" not in ruleset
    assert "#/" not in RULESET.read_text(encoding="utf-8")
