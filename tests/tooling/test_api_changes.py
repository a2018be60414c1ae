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
from tests.support import api_changes, budgets, spec_targets
from tests.support.budgets import SUBPROCESS
from tests.support.scratch_repo import ScratchRepo
from tests.support.spec_mutations import entry

# What `make bump` and `make recordings` write; anything else changed means a maintainer had to
# edit it by hand.
WRITTEN_BY_LOOP = re.compile(
    r"^(openapi\.yaml|CHANGELOG\.md|generated/.*|tests/fixtures/recordings/.*)$"
)
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


# A spec that has no such role, with nothing the finders might index into blindly: no
# components, one operation whose only parameter is a required query string.
_WITHOUT_ROLES: dict[str, dict[str, Any]] = {
    "no operation": {"openapi": "3.1.0", "paths": {}},
    "one bare operation": {
        "openapi": "3.1.0",
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "parameters": [
                        {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {"200": {"description": "OK."}},
                }
            }
        },
    },
}


@pytest.mark.parametrize("spec", _WITHOUT_ROLES.values(), ids=_WITHOUT_ROLES.keys())
@pytest.mark.parametrize(
    "finder",
    [
        spec_targets.field,
        spec_targets.list_item_schema,
        spec_targets.query_parameter,
        spec_targets.named_example,
    ],
    ids=lambda finder: finder.__name__,
)
def test_each_role_finder_says_missing_role_on_a_spec_without_it(
    finder: Callable[[dict[str, Any]], Any], spec: dict[str, Any]
) -> None:
    """MissingRole, which tests/conftest.py turns into a skip with its reason; any other error
    would turn a legitimate spec change into a failing test."""
    with pytest.raises(spec_targets.MissingRole):
        finder(spec)


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


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> ScratchRepo:
    """The repository at BASE_VERSION, generated and committed: prepared once for the module."""
    repo = ScratchRepo.copy_of_checkout(ROOT, tmp_path_factory.mktemp("base") / "repo")
    set_version(repo.root / "openapi.yaml", BASE_VERSION)
    assert repo.make("generate").returncode == 0
    repo.commit(f"Version {BASE_VERSION}")
    return repo


@pytest.fixture
def scratch(base: ScratchRepo, tmp_path: Path) -> ScratchRepo:
    repo = base.copy(tmp_path / "repo")  # with a warm mypy cache
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


@pytest.fixture
def released(scratch: ScratchRepo) -> ScratchRepo:
    """The scratch repository with its base version released (tagged), as main is between
    releases: `make bump` grades against the tag and keeps one Unreleased entry."""
    scratch.git("tag", f"v{BASE_VERSION}", "main")
    return scratch


def _step(repo: ScratchRepo, changed: api_changes.Changed, message: str) -> str:
    """What a maintainer does for one change: edit openapi.yaml, `make bump`, build the
    recordings bump asks for, commit. Returns what `make bump` printed."""
    (repo.root / "openapi.yaml").write_text(
        yaml.safe_dump(changed.spec, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    bumped = repo.make("bump")
    assert bumped.returncode == 0, _output(bumped)
    if "run `make recordings`" in bumped.stdout:
        built = repo.make("recordings")
        assert built.returncode == 0, _output(built)
    hand_edited = [name for name in _changed_files(repo) if not WRITTEN_BY_LOOP.match(name)]
    assert hand_edited == [], f"{message}: {hand_edited}"
    repo.commit(message)
    return bumped.stdout


def _version(repo: ScratchRepo) -> str:
    return str(load(repo.root / "openapi.yaml")["info"]["version"])


@pytest.mark.slow
@pytest.mark.timeout(budgets.RELEASE_CYCLE)  # before the module's budget, so this one applies
def test_a_release_cycle_of_changes_needs_the_spec_make_bump_and_make_recordings_alone(
    released: ScratchRepo,
) -> None:
    """Five ordinary changes in the vendor's shapes, one after another between two releases:
    A, a path-scoped POST answering 201 with a date-time; B, a cursor-paginated GET beside it;
    C, a new value of an open set, a new optional open-set field, a field deprecated, a new
    webhook event (verified into its generated model); E, B
    removed again before the release; then the suite is green with nothing else edited. D, a
    query parameter made required, then fails only where code calls the operation without it."""
    repo = released
    spec = repo.root / "openapi.yaml"
    entry_before = entry(repo.root) if "## [Unreleased]" in _changelog(repo) else []

    def new_lines() -> list[str]:
        return [line for line in entry(repo.root) if line not in entry_before]

    sent = api_changes.add_path_scoped_send(load(spec))
    a = api_changes.answer_with_201_and_a_timestamp(sent.spec, sent)
    _step(repo, a, "A: a send answering 201")
    assert _version(repo) == "0.7.4"  # an addition: a patch release in 0.x
    assert f"- Added `{a.names['send']}` (`{a.names['send_function']}`)" in new_lines()

    b = api_changes.add_cursor_listing_beside(load(spec), sent)
    _step(repo, b, "B: a listing beside it")
    listed = f"- Added `{b.names['list']}` (`{b.names['list_function']}`)"
    assert listed in new_lines()

    widened = api_changes.widen_an_open_set(load(spec))
    field = api_changes.add_open_set_field(widened.spec)
    _step(repo, field, "C: a new value of an open set, and a new open-set field")
    deprecated = api_changes.deprecate_a_field(load(spec))
    _step(repo, deprecated, "C: a field deprecated")
    event = api_changes.add_webhook_event(load(spec))
    _step(repo, event, "C: a new webhook event")
    lines = new_lines()
    assert f"- Added the webhook event `{event.names['event']}` (`{event.names['model']}`)" in lines
    assert f"- Added the value `{widened.names['value']}` to `{widened.names['enum']}`" in lines
    assert f"- Added optional field `{field.names['field']}`" in lines
    assert f"- Deprecated `{deprecated.names['field']}`" in lines
    assert _version(repo) == "0.7.4"  # a deprecation is a patch release in 0.x too

    removed = api_changes.remove_operation(load(spec), b.names["list"])
    bumped = _step(repo, removed, "E: the listing taken out again before the release")
    assert listed not in new_lines()  # never released: nothing to announce
    orphans = sorted(repo.root.glob(f"tests/fixtures/recordings/{b.names['list_id']}/*.yaml"))
    assert orphans, "B's recordings were built"
    for orphan in orphans:  # named by `make bump` as deletable, and deleted
        assert str(orphan.relative_to(repo.root)) in bumped, bumped
        orphan.unlink()
    repo.commit("E: B's recordings deleted, as make bump said")

    checked = repo.make("check")
    assert set(_summary(checked.stdout).values()) == {"passed"}, _output(checked)
    _new_event_is_verified_into_its_model(repo, event)
    # The tests that follow the spec, on what changed (the README's programs are checked by
    # `make check` above): the recordings, the response properties and the reference.
    touched = " or ".join([a.names["send_id"], "listAccounts"])
    tested = repo.pytest(
        "tests/contract", "tests/property", "tests/tooling/test_docs.py",
        "-k", touched, "-x", "-q", "-n", "0",
    )  # fmt: skip
    assert tested.returncode == 0, tested.stdout[-3000:] + tested.stderr[-2000:]

    required = api_changes.require_a_query_parameter(load(spec))
    spec.write_text(yaml.safe_dump(required.spec, sort_keys=False, allow_unicode=True))
    bumped_d = repo.make("bump")
    assert bumped_d.returncode == 0, _output(bumped_d)
    assert _version(repo) == "0.8.0"  # breaking: a minor release in 0.x
    breaking = entry(repo.root)[: entry(repo.root).index("### Added")]
    assert any(
        f"`{required.names['parameter']}`" in line and "now required" in line for line in breaking
    ), breaking
    checked = repo.make("check")
    failed = {step for step, state in _summary(checked.stdout).items() if state != "passed"}
    assert failed, _output(checked)
    assert failed <= {"typecheck", "check-readme"}, _output(checked)
    errors = re.findall(r"^(\S+?):\d+: error: (.*)$", checked.stdout, re.MULTILINE)
    errors += re.findall(r"^(README\.md):\d+: mypy: error: (.*)$", checked.stderr, re.MULTILINE)
    assert errors, _output(checked)
    for path, message in errors:  # each names the argument now needed, where it is missing
        assert f'"{required.names["parameter"]}"' in message, f"{path}: {message}"


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
