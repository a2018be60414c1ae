"""The steps of `make check` fail, naming the problem, on each kind of breakage, and pass on
faithful copies.

Every case runs on scratch copies of openapi.yaml and generated/kirim_chat in a tmp dir, passed
as the Makefile's SPEC and PACKAGE_DIR; the real files are never touched. Each test runs only
the steps it asserts on (ruff, the formatter and mypy look at the repository itself, not at
SPEC or PACKAGE_DIR, so they have nothing to say here). The breakages are made without naming
today's operations or fields, so a change to openapi.yaml does not break these tests. And
`make generate`, which the drift check repeats, fails on a spec it cannot fully generate.
"""

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.paths import PACKAGE_DIR, ROOT, SPEC
from tests.support.budgets import SUBPROCESS

pytestmark = pytest.mark.slow

# A nested make (when `make test` runs pytest) must not inherit the outer make's settings.
_MAKE_VARIABLES = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES"}
# The steps of `make check` that read SPEC or PACKAGE_DIR.
SPEC_AND_PACKAGE_STEPS = ("check-structure", "check-examples", "lint-spec", "check-drift")


@dataclass(frozen=True)
class Scratch:
    spec: Path
    package: Path

    def edit_spec(self, edit: Callable[[dict[str, Any]], None]) -> None:
        document = yaml.safe_load(self.spec.read_text(encoding="utf-8"))
        edit(document)
        self.spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")


@dataclass(frozen=True)
class Outcome:
    returncode: int
    output: str

    def failed_at(self, target: str) -> bool:
        """Whether ``target`` failed: in ``make check``'s summary (every step runs), or as the
        step run on its own."""
        in_summary = rf"^  {re.escape(target)} +FAILED"
        alone = rf"\*\*\* \[Makefile:\d+: {re.escape(target)}\] Error"
        return re.search(f"{in_summary}|{alone}", self.output, re.MULTILINE) is not None


@pytest.fixture
def scratch(tmp_path: Path) -> Scratch:
    copies = Scratch(spec=tmp_path / "openapi.yaml", package=tmp_path / "kirim_chat")
    shutil.copy(SPEC, copies.spec)
    shutil.copytree(PACKAGE_DIR, copies.package, ignore=shutil.ignore_patterns("__pycache__"))
    return copies


def make(scratch: Scratch, *targets: str) -> Outcome:
    env = {name: value for name, value in os.environ.items() if name not in _MAKE_VARIABLES}
    variables = [f"SPEC={scratch.spec}", f"PACKAGE_DIR={scratch.package}"]
    result = subprocess.run(
        ["make", "-s", "-C", str(ROOT), *targets, *variables],
        env=env,
        capture_output=True,
        text=True,
        timeout=SUBPROCESS,
        check=False,
    )
    return Outcome(result.returncode, result.stdout + result.stderr)


def _first_operation(document: dict[str, Any]) -> dict[str, Any]:
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "responses" in operation:
                return operation
    raise AssertionError("the spec has no operation")


def test_passes_on_faithful_copies(scratch: Scratch) -> None:
    outcome = make(scratch, *SPEC_AND_PACKAGE_STEPS)
    assert outcome.returncode == 0, outcome.output
    assert f"{scratch.package} is exactly what `make generate` writes" in outcome.output


def test_names_a_broken_ref(scratch: Scratch) -> None:
    text = scratch.spec.read_text(encoding="utf-8")
    assert "#/components/schemas/" in text
    scratch.spec.write_text(
        text.replace("#/components/schemas/", "#/components/schemas/Nowhere", 1), encoding="utf-8"
    )
    outcome = make(scratch, "check-structure")
    assert outcome.failed_at("check-structure"), outcome.output
    assert re.search(r"'/components/schemas/Nowhere\w*' does not exist", outcome.output)


def test_spectral_names_a_media_example_that_violates_its_schema(scratch: Scratch) -> None:
    def break_example(document: dict[str, Any]) -> None:
        # A string where the response body must be an object: wrong whatever the schema says.
        response = next(iter(_first_operation(document)["responses"].values()))
        media = next(iter(response["content"].values()))
        media.pop("examples", None)
        media["example"] = "not a body"

    scratch.edit_spec(break_example)
    outcome = make(scratch, "lint-spec")
    assert outcome.failed_at("lint-spec"), outcome.output
    found = re.search(r'oas3-valid-media-example\s+"example" property type must be', outcome.output)
    assert found, outcome.output


def test_check_examples_names_a_schema_examples_entry_spectral_misses(scratch: Scratch) -> None:
    names: list[str] = []

    def add_probe(document: dict[str, Any]) -> None:
        # A new optional field, on the first object schema that has fields.
        name, schema = next(
            (name, schema)
            for name, schema in document["components"]["schemas"].items()
            if "properties" in schema
        )
        names.append(name)
        schema["properties"]["probe"] = {
            "type": "string",
            "pattern": "^[0-9]+$",
            "maxLength": 8,
            "examples": ["not-digits"],
        }

    scratch.edit_spec(add_probe)
    spectral = make(scratch, "lint-spec")
    assert spectral.returncode == 0, f"Spectral now checks schema examples:\n{spectral.output}"
    outcome = make(scratch, "check-examples")
    assert outcome.failed_at("check-examples"), outcome.output
    assert (
        f"schema {names[0]}.probe examples[0]: at $: 'not-digits' does not match '^[0-9]+$'"
        in outcome.output
    )


def test_names_a_spectral_violation(scratch: Scratch) -> None:
    scratch.edit_spec(lambda document: document["info"].pop("contact"))
    outcome = make(scratch, "lint-spec")
    assert outcome.failed_at("lint-spec"), outcome.output
    assert re.search(
        r'warning\s+info-contact\s+Info object must have "contact" object', outcome.output
    )


def test_drift_names_a_file_edited_by_hand_inside_the_generated_package(scratch: Scratch) -> None:
    with (scratch.package / "client.py").open("a", encoding="utf-8") as client:
        client.write("\nDEFAULT_MAX_RETRIES = 10\n")
    outcome = make(scratch, "check-drift")
    assert outcome.failed_at("check-drift"), outcome.output
    assert "changed:    client.py" in outcome.output
    assert "+DEFAULT_MAX_RETRIES = 10" in outcome.output


def test_drift_names_a_file_added_to_the_generated_package(scratch: Scratch) -> None:
    (scratch.package / "api" / "extra.py").write_text("HAND_WRITTEN = True\n", encoding="utf-8")
    outcome = make(scratch, "check-drift")
    assert outcome.failed_at("check-drift"), outcome.output
    assert "unexpected: api/extra.py" in outcome.output


def test_drift_names_the_files_removed_from_the_generated_package(scratch: Scratch) -> None:
    (scratch.package / "py.typed").unlink()
    tag = next(path for path in (scratch.package / "api").iterdir() if path.is_dir())
    removed = sorted(path.name for path in tag.iterdir() if path.suffix == ".py")
    shutil.rmtree(tag)
    outcome = make(scratch, "check-drift")
    assert outcome.failed_at("check-drift"), outcome.output
    assert "missing:    py.typed" in outcome.output
    for name in removed:  # a whole directory is named file by file
        assert f"missing:    api/{tag.name}/{name}" in outcome.output


def test_drift_names_the_files_another_ruff_configuration_formatted(scratch: Scratch) -> None:
    ruff = ROOT / ".venv" / "bin" / "ruff"
    subprocess.run(
        [str(ruff), "format", "--isolated", "--no-cache", "--line-length", "79", "--quiet", "."],
        cwd=scratch.package,
        check=True,
        timeout=SUBPROCESS,
    )
    outcome = make(scratch, "check-drift")
    assert outcome.failed_at("check-drift"), outcome.output
    assert re.search(r"changed:    api/\S+\.py", outcome.output), outcome.output


def test_make_generate_fails_on_an_operation_the_generator_cannot_handle(tmp_path: Path) -> None:
    """The generator skips such an operation with a warning; `make generate` must fail rather
    than write a package without it."""
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        yaml.safe_dump(
            {
                "openapi": "3.1.0",
                "info": {"title": "Partly unsupported", "version": "1.0.0"},
                "paths": {
                    "/notes": {
                        "post": {
                            "operationId": "createNote",
                            # The generator writes JSON, form and multipart bodies only.
                            "requestBody": {
                                "required": True,
                                "content": {"application/xml": {"schema": {"type": "object"}}},
                            },
                            "responses": {"204": {"description": "Created"}},
                        }
                    },
                    "/health": {"get": {"operationId": "getHealth",
                                        "responses": {"204": {"description": "Up"}}}},
                },
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    package = tmp_path / "out" / "kirim_chat"
    outcome = make(Scratch(spec=spec, package=package), "generate")
    assert outcome.failed_at("generate"), outcome.output
    assert "application/xml" in outcome.output
    assert not package.exists()


def test_make_generate_fails_on_a_webhook_body_that_is_no_component_schema(tmp_path: Path) -> None:
    """The generator makes models of component schemas only: an event whose body is written in
    place would have no model, so generation stops and names the event."""
    inline = {"type": "object", "properties": {"type": {"type": "string"}}}
    body = {"required": True, "content": {"application/json": {"schema": inline}}}
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        yaml.safe_dump(
            {
                "openapi": "3.1.0",
                "info": {"title": "An inline event", "version": "1.0.0"},
                "paths": {},
                "webhooks": {
                    "note.created": {
                        "post": {"requestBody": body, "responses": {"2XX": {"description": "OK"}}}
                    }
                },
            }
        ),
        encoding="utf-8",
    )
    package = tmp_path / "out" / "kirim_chat"
    outcome = make(Scratch(spec=spec, package=package), "generate")
    assert outcome.failed_at("generate"), outcome.output
    assert "webhooks.note.created: the application/json body must be a $ref" in outcome.output
    assert not package.exists()


def test_check_examples_reads_the_schemas_of_webhook_events_too(scratch: Scratch) -> None:
    def add_event(document: dict[str, Any]) -> None:
        header = {
            "name": "X-Probe",
            "in": "header",
            "schema": {"type": "string", "pattern": "^[0-9]+$", "examples": ["not-digits"]},
        }
        document.setdefault("webhooks", {})["probe.fired"] = {
            "post": {"parameters": [header], "responses": {"2XX": {"description": "OK"}}}
        }

    scratch.edit_spec(add_event)
    outcome = make(scratch, "check-examples")
    assert outcome.failed_at("check-examples"), outcome.output
    assert "webhook probe.fired parameter 0 examples[0]: at $: 'not-digits'" in outcome.output
