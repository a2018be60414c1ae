"""The maintainer loop, proven on scratch copies of the repository: a change made to openapi.yaml
alone, then `make bump`, leaves `make check` green with no other file edited by hand. The
changes are tests/support/api_changes.py's, written in the spec's own style and under names the
spec does not use yet:

* an optional open-set field on the resource a listing returns (Account.quality_rating);
* a new GET without parameters whose documented errors are only 401, 429 and 500;
* a cursor-paginated list plus a POST with a JSON body answered by 201.

And a field rename, which must fail: there the failures must name the field, and the files a
maintainer has to touch are counted.

What `make check` covers today: the spec (structure, examples, Spectral), the generated code
(drift, ruff, mypy --strict over generated/ and every test and script that uses it), the version
gate and the CHANGELOG entry. The pytest suite is not run here (property and contract tests
enumerate operations and recordings, and a new operation needs its recordings first: `make
recordings`).
"""

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.bump import set_version
from scripts.paths import ROOT, SPEC
from scripts.spec import load
from scripts.specdiff.semver import Version
from tests.support import api_changes
from tests.support.budgets import SUBPROCESS
from tests.support.scratch_repo import ScratchRepo
from tests.support.spec_mutations import entry

# What `make bump` writes; anything else changed means a maintainer had to edit it by hand.
WRITTEN_BY_BUMP = re.compile(r"^(openapi\.yaml|CHANGELOG\.md|generated/.*)$")
Change = Callable[[dict[str, Any]], api_changes.Changed]


CHANGES = [
    api_changes.add_open_set_field,
    api_changes.add_parameterless_get,
    api_changes.add_paginated_list_and_create,
    api_changes.add_webhook_event,
    api_changes.rename_field,
]


@pytest.mark.parametrize("change", CHANGES, ids=lambda change: change.__name__)
def test_a_change_takes_names_the_spec_does_not_use_and_keeps_what_it_has(change: Change) -> None:
    """Applied to a spec that already holds every name the changes would pick first (the spec
    after all of them), each change picks others and overwrites nothing."""
    grown = load(SPEC)
    for earlier in CHANGES[:4]:
        grown = earlier(grown).spec
    first, again = change(load(SPEC)), change(grown)
    if change is api_changes.rename_field:
        assert again.names == first.names  # the same field of the same resource, by role
        return
    assert set(again.names.values()).isdisjoint(first.names.values()), again.names
    for part in ("paths", "tags", "webhooks"):
        for name in grown.get(part) or ():
            assert name in again.spec[part], f"{change.__name__} removed {part} {name}"
    for name, schema in grown["components"]["schemas"].items():
        kept = again.spec["components"]["schemas"][name]
        assert kept.get("properties", {}).items() >= schema.get("properties", {}).items(), name


@pytest.mark.slow  # a pytest run of its own
def test_a_spec_without_the_role_a_test_needs_skips_it_with_the_reason(tmp_path: Path) -> None:
    """tests/conftest.py turns MissingRole into a skip; any other LookupError stays an error."""
    module = tmp_path / "test_roles.py"
    module.write_text(
        "import pytest\n"
        "from tests.support import api_changes\n"
        "EMPTY = {'openapi': '3.1.0', 'paths': {}, 'components': {'schemas': {}}}\n"
        "@pytest.fixture\n"
        "def listed():\n"
        "    return api_changes.add_open_set_field(EMPTY)\n"
        "def test_in_the_test():\n"
        "    api_changes.add_parameterless_get(EMPTY)\n"
        "def test_in_a_fixture(listed):\n"
        "    pass\n"
        "def test_another_lookup_error():\n"
        "    raise LookupError('not a role')\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "tests.conftest",
         "-c", "/dev/null", "--rootdir", str(tmp_path), "-rs", "-q", str(module)],
        cwd=ROOT, capture_output=True, text=True, timeout=SUBPROCESS, check=False,
    )  # fmt: skip
    assert "1 failed, 2 skipped" in result.stdout, result.stdout + result.stderr
    assert "no operation of the spec documents ['401', '429', '500']" in result.stdout
    assert "the spec has no response listing an array of a component schema" in result.stdout
    assert "LookupError: not a role" in result.stdout


# The version the scratch repositories start from, whatever openapi.yaml's is today, so that the
# versions `make bump` must reach can be written out.
BASE_VERSION = Version(0, 7, 3)


@pytest.fixture
def scratch(repo_root: Path, tmp_path: Path) -> ScratchRepo:
    repo = ScratchRepo.copy_of_checkout(repo_root, tmp_path / "repo")  # with a warm mypy cache
    set_version(repo.root / "openapi.yaml", BASE_VERSION)
    assert repo.make("generate").returncode == 0
    repo.commit(f"Version {BASE_VERSION}")
    repo.git("switch", "--quiet", "--create", "change")
    return repo


def _apply(scratch: ScratchRepo, change: Change) -> api_changes.Changed:
    spec = scratch.root / "openapi.yaml"
    changed = change(load(spec))
    spec.write_text(yaml.safe_dump(changed.spec, sort_keys=False, allow_unicode=True))
    return changed


def _output(result: Any) -> str:
    return f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"


def _changed_files(scratch: ScratchRepo) -> list[str]:
    scratch.git("add", "--all")
    return scratch.git("diff", "--cached", "--name-only").splitlines()


def _summary(stdout: str) -> dict[str, str]:
    rows = stdout.split("make check: summary\n", 1)[1].splitlines()[:-1]
    return {row.split()[0]: row.split()[1] for row in rows}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("change", "lines"),
    [
        (api_changes.add_open_set_field, ["Added optional field `{field}`"]),
        (
            api_changes.add_parameterless_get,
            ["Added `{operation}` (`{function}`)", "Added the tag `{tag}`"],
        ),
        (
            api_changes.add_paginated_list_and_create,
            [
                "Added `{list}` (`{list_function}`)",
                "Added `{create}` (`{create_function}`)",
                "Added the tag `{tag}`",
            ],
        ),
        (api_changes.add_webhook_event, ["Added the webhook event `{event}` (`{model}`)"]),
    ],
    ids=["open-set-field", "get-without-parameters", "paginated-list-and-create", "webhook-event"],
)
def test_a_change_to_the_spec_alone_then_make_bump_leaves_make_check_green(
    scratch: ScratchRepo, change: Change, lines: list[str]
) -> None:
    entry_before = entry(scratch.root) if "## [Unreleased]" in _changelog(scratch) else []
    changed = _apply(scratch, change)

    bumped = scratch.make("bump")
    assert bumped.returncode == 0, _output(bumped)
    # A new operation documents responses that have no recording yet: bump says what to run.
    new_responses = change in (
        api_changes.add_parameterless_get,
        api_changes.add_paginated_list_and_create,
    )
    assert ("run `make recordings`" in bumped.stdout) is new_responses, bumped.stdout
    checked = scratch.make("check")
    assert checked.returncode == 0, _output(checked)
    assert set(_summary(checked.stdout).values()) == {"passed"}, checked.stdout

    hand_edited = [name for name in _changed_files(scratch) if not WRITTEN_BY_BUMP.match(name)]
    assert hand_edited == []
    # Written out rather than asked of scripts/specdiff/semver.py, the code under test: in 0.x
    # an addition is a patch release.
    assert load(scratch.root / "openapi.yaml")["info"]["version"] == "0.7.4"
    # The lines `make bump` added to the Unreleased entry (which may hold earlier changes).
    added = [line for line in entry(scratch.root) if line not in entry_before]
    assert added == [
        *(["### Added"] if "### Added" not in entry_before else []),
        *(f"- {line.format(**changed.names)}" for line in lines),
    ]
    if change is api_changes.add_webhook_event:
        _new_event_is_verified_into_its_model(scratch, changed)


# Run in the scratch repository's package: a delivery of the new event, signed as Kirim signs,
# comes back from verify() as the event's generated model, its fields typed by the spec.
_PROBE = """
import json, sys, typing
from kirim_chat import models, webhooks
event_name, model, body = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
raw = json.dumps(body).encode()
signature = webhooks.sign(raw, "whsec_test_probe", timestamp=1716480000)
for headers in ({"X-Kirim-Signature": signature, "X-Kirim-Event": event_name}, signature):
    event = webhooks.verify(raw, headers, "whsec_test_probe", now=1716480000)
    assert type(event) is getattr(models, model), type(event)
    assert event.to_dict() == body
    assert isinstance(event.data.amount, int) and event.data.amount == body["data"]["amount"]
assert webhooks.EVENTS[event_name] is getattr(models, model)
assert getattr(models, model) in typing.get_args(webhooks.KnownEvent)
# The models import each other only for type checkers: resolve their names in the package.
hints = typing.get_type_hints(getattr(models, model), localns=vars(models))
data = typing.get_type_hints(hints["data"], localns=vars(models))
print(hints["data"].__name__, data["amount"].__name__)
"""


def _new_event_is_verified_into_its_model(
    scratch: ScratchRepo, changed: api_changes.Changed
) -> None:
    event, model = changed.names["event"], changed.names["model"]
    post = load(scratch.root / "openapi.yaml")["webhooks"][event]["post"]
    body = next(iter(post["requestBody"]["content"]["application/json"]["examples"].values()))
    probe = subprocess.run(
        [sys.executable, "-c", _PROBE, event, model, json.dumps(body["value"])],
        cwd=scratch.root / "generated", capture_output=True, text=True, timeout=SUBPROCESS,
        check=False,
    )  # fmt: skip
    assert probe.returncode == 0, _output(probe)
    assert probe.stdout.split() == [changed.names["data"], "int"], _output(probe)


def _changelog(scratch: ScratchRepo) -> str:
    return (scratch.root / "CHANGELOG.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_field_rename_fails_only_where_the_field_is_used_and_names_it(
    scratch: ScratchRepo,
) -> None:
    changed = _apply(scratch, api_changes.rename_field)
    old, new = changed.names["old"], changed.names["new"]
    bumped = scratch.make("bump")
    assert bumped.returncode == 0, _output(bumped)
    assert f"`{changed.names['field']}` renamed to `{new}`" in bumped.stdout

    checked = scratch.make("check")
    failed = {step for step, state in _summary(checked.stdout).items() if state != "passed"}
    # The spec, its examples, the generated code and the version gate are all consistent;
    # only code that uses the field by its old name fails to type-check: in the repository
    # (typecheck) and in the README's examples (check-readme).
    assert failed <= {"typecheck", "check-readme"}, _output(checked)
    assert "typecheck" in failed, _output(checked)
    errors = re.findall(r"^(\S+?):\d+: error: (.*)$", checked.stdout, re.MULTILINE)
    errors += re.findall(r"^(README\.md):\d+: mypy: error: (.*)$", checked.stderr, re.MULTILINE)
    assert errors, _output(checked)
    for path, message in errors:
        # "has no attribute", or "Unexpected keyword argument" where a model is built or evolved
        assert f'"{old}"' in message, f"{path}: {message}"
    to_touch = sorted({"openapi.yaml", *(path for path, _ in errors)})
    # How many files a rename costs: openapi.yaml, plus each file that reads the field by name
    # (the contract tests of the recordings, the README's examples when the field is shown
    # there). It was about 25 before `make bump` and spec-built tests.
    print(f"a rename of {changed.names['field']}: {len(to_touch)} files to touch: {to_touch}")
    assert len(to_touch) <= 5, to_touch
