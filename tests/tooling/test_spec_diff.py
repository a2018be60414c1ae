"""`make diff`: the detector gets every mutation of tests/support/spec_mutations.py right (its
verdict, its words, its CHANGELOG lines), the version gate enforces the 0.x policy, griffe covers
the Python surface, and `make diff` fails on an unbumped breaking change but passes on a safe one
(in a scratch copy of the repository).

Everything here edits tests/fixtures/specdiff/openapi.yaml, the grading tests' own spec, never
openapi.yaml: the API the package covers can grow without moving these tests."""

import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import jsonpatch
import pytest
import yaml

from scripts.generate import generate
from scripts.paths import PACKAGE_NAME
from scripts.spec import load
from scripts.specdiff import changelog, gitbase, semver, surface
from scripts.specdiff.grading import spec_changes
from scripts.specdiff.model import Change, Phrase, Specs, Verdict, overall
from tests.support import spec_mutations
from tests.support.scratch_repo import ScratchRepo
from tests.support.spec_mutations import MUTATIONS, Mutation, entry, holding_the_fixture

BY_NAME = {mutation.name: mutation for mutation in MUTATIONS}
B = Verdict.BREAKING
FIXTURE = spec_mutations.SPEC


def write(spec: dict[str, Any], destination: Path) -> Path:
    destination.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    return destination


def mutated(mutation: Mutation) -> dict[str, Any]:
    revision: dict[str, Any] = jsonpatch.apply_patch(load(FIXTURE), mutation.patch)
    return revision


Graded = list[Change] | Exception


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Specs, Graded]]:
    """Every mutation through the detector once; Redocly runs in parallel."""
    scratch = tmp_path_factory.mktemp("mutations")
    base = load(FIXTURE)

    def grade(mutation: Mutation) -> tuple[str, tuple[Specs, Graded]]:
        try:
            revision = mutated(mutation)
            result: Graded = spec_changes(
                FIXTURE, write(revision, scratch / f"{mutation.name}.yaml")
            )
            return mutation.name, (Specs(base, revision), result)
        except Exception as error:  # noqa: BLE001  # reported by that mutation's own test
            return mutation.name, (Specs(base, {}), error)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(pool.map(grade, MUTATIONS))


@pytest.fixture(scope="module")
def fixture_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package generated from the grading tests' spec, once per module."""
    package = tmp_path_factory.mktemp("fixture") / "generated" / PACKAGE_NAME
    generate(FIXTURE, package)
    return package


def _listing(changes: list[Change]) -> str:
    return "\n".join(f"  [{c.verdict.label}] {c.phrase.text} ({c.why})" for c in changes)


def _changes(graded: dict[str, tuple[Specs, Graded]], name: str) -> tuple[Specs, list[Change]]:
    specs, result = graded[name]
    if isinstance(result, Exception):
        pytest.fail(f"{name} does not apply to the fixture, or the detector failed: {result!r}")
    return specs, result


@pytest.mark.slow
@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda mutation: mutation.name)
def test_each_mutation_gets_its_verdict_words_and_changelog_lines(
    mutation: Mutation, graded: dict[str, tuple[Specs, Graded]]
) -> None:
    specs, result = _changes(graded, mutation.name)
    assert overall(result) is mutation.expect, f"{mutation.summary}\n{_listing(result)}"
    written = [(line.verdict, line.text) for line in changelog.lines(result, specs)]
    if mutation.some_lines:
        assert set(mutation.lines) <= set(written), written
    else:
        assert written == list(mutation.lines), _listing(result)


def test_corpus_covers_every_kind_of_change_the_issue_lists() -> None:
    required = {
        "field_removed": Verdict.BREAKING,
        "field_made_nullable": Verdict.BREAKING,
        "type_changed": Verdict.BREAKING,
        "request_enum_value_removed": Verdict.BREAKING,
        "new_required_query_parameter": Verdict.BREAKING,
        "status_removed": Verdict.BREAKING,
        "security_changed": Verdict.BREAKING,
        "new_optional_field": Verdict.ADDITION,
        "new_operation": Verdict.ADDITION,
        "new_open_set_value": Verdict.ADDITION,
        "description_only": Verdict.PATCH,
        "example_only": Verdict.PATCH,
    }
    corpus = {mutation.name: mutation.expect for mutation in MUTATIONS}
    assert {name: corpus.get(name) for name in required} == required


def test_every_mutation_applies_to_the_fixture_and_changes_it() -> None:
    """Fast (no Redocly): a patch that no longer applies fails here, by name."""
    base = load(FIXTURE)
    for mutation in MUTATIONS:
        assert (mutated(mutation) != base) is bool(mutation.patch), mutation.name


# -- the version gate ---------------------------------------------------------------------------


def _judge(base: str, revision: str, verdict: Verdict, **overrides: Any) -> semver.Outcome:
    arguments: dict[str, Any] = {"package_text": revision, "entries": [revision]} | overrides
    return semver.judge(base, revision, verdict=verdict, **arguments)


def test_breaking_change_without_minor_bump_fails_in_0x() -> None:
    for unbumped in ("0.1.0", "0.1.1"):
        outcome = _judge("0.1.0", unbumped, Verdict.BREAKING)
        assert any("0.2.0 or later" in problem for problem in outcome.problems), unbumped
        assert outcome.suggested == semver.Version(0, 2, 0)


def test_breaking_change_with_minor_bump_passes_in_0x() -> None:
    for bumped in ("0.2.0", "1.0.0"):
        outcome = _judge("0.1.3", bumped, Verdict.BREAKING)
        assert outcome.problems == []
        assert str(outcome.suggested) == bumped


def test_breaking_change_needs_a_major_bump_from_1_0() -> None:
    assert _judge("1.4.2", "1.5.0", Verdict.BREAKING).problems
    assert _judge("1.4.2", "2.0.0", Verdict.BREAKING).problems == []


def test_safe_changes_pass_unbumped_with_the_bump_suggested() -> None:
    addition = _judge("0.1.0", "0.1.0", Verdict.ADDITION, entries=[])
    assert (addition.problems, str(addition.suggested)) == ([], "0.1.1")
    after_1_0 = _judge("1.4.2", "1.4.2", Verdict.ADDITION, entries=[])
    assert (after_1_0.problems, str(after_1_0.suggested)) == ([], "1.5.0")
    patch_after_1_0 = _judge("1.4.2", "1.4.2", Verdict.PATCH, entries=[])
    assert (patch_after_1_0.problems, str(patch_after_1_0.suggested)) == ([], "1.4.3")
    deprecation = _judge("1.4.2", "1.4.2", Verdict.DEPRECATION, entries=[])
    assert (deprecation.problems, str(deprecation.suggested)) == ([], "1.5.0")
    assert semver.bump_name(semver.Version(0, 4, 2), Verdict.DEPRECATION) == (
        "patch (deprecation, in 0.x)"
    )
    nothing = _judge("0.1.0", "0.1.0", Verdict.NONE, entries=[])
    assert (nothing.problems, nothing.suggested) == ([], None)


def test_gate_names_every_other_version_problem() -> None:
    assert "went backwards" in " ".join(_judge("0.2.0", "0.1.9", Verdict.NONE).problems)
    stale = _judge("0.1.0", "0.2.0", Verdict.BREAKING, package_text="0.1.0").problems
    assert any("make generate" in problem for problem in stale)
    undocumented = _judge("0.1.0", "0.2.0", Verdict.BREAKING, entries=["0.1.0"]).problems
    assert any("nor an `## [0.2.0]` entry" in problem for problem in undocumented)
    # The unreleased entry is the next release's: `make release` names it after the version.
    assert (
        _judge("0.1.0", "0.2.0", Verdict.BREAKING, entries=["Unreleased", "0.1.0"]).problems == []
    )
    assert _judge("0.1.0", "v0.2", Verdict.BREAKING).problems == [
        "info.version: 'v0.2' is not a MAJOR.MINOR.PATCH version"
    ]


def _change(verdict: Verdict, phrase: Phrase) -> Change:
    return Change(verdict, phrase, "why")


def test_changelog_entry_puts_each_line_under_its_verdict() -> None:
    changes = [
        _change(Verdict.ADDITION, Phrase("Added `GET /labels` (`list_labels`)")),
        _change(Verdict.BREAKING, Phrase("Removed field `Account.name`")),
        _change(Verdict.PATCH, Phrase("Reworded the description of `Account`")),
        _change(Verdict.DEPRECATION, Phrase("Deprecated `Account.phone_number`")),
    ]
    entry = changelog.entry(changelog.lines(changes, None))
    assert entry.splitlines() == [
        "## [Unreleased]",
        "### Breaking",
        "- Removed field `Account.name`",
        "### Added",
        "- Added `GET /labels` (`list_labels`)",
        "### Deprecated",
        "- Deprecated `Account.phone_number`",
        "### Changed",
        "- Reworded the description of `Account`",
    ]


def test_changelog_lines_join_what_belongs_together() -> None:
    edit = "Changed {} of the security scheme `bearerAuth`"
    changes = [
        _change(Verdict.BREAKING, Phrase("x", listed=(edit, "`in`"))),
        _change(Verdict.BREAKING, Phrase("x", listed=(edit, "`type`"))),
        # a new field that is also required: one line, with the graver verdict
        _change(Verdict.ADDITION, Phrase("Added required field `A.b`", field="A.b", role="added")),
        _change(Verdict.BREAKING, Phrase("`A.b` is now required", field="A.b", role="required")),
        # griffe's finding yields to the line about the spec that names the same thing
        _change(Verdict.BREAKING, Phrase("Removed `kirim_chat.models.a.A.c`", role="python")),
        _change(Verdict.BREAKING, Phrase("Removed field `A.c`", field="A.c", role="removed")),
        _change(Verdict.BREAKING, Phrase("Removed `kirim_chat.Client.clock`", role="python")),
        # one fact, said by the spec and by griffe (the module of the operation's functions)
        _change(
            Verdict.BREAKING,
            Phrase("The query parameter `s` of `GET /x` (`list_x`) is now required"),
        ),
        _change(
            Verdict.BREAKING,
            Phrase("`kirim_chat.api.x.list_x` needs the argument `s`", role="python"),
        ),
        # an edited example is left out when anything else changed
        _change(Verdict.PATCH, Phrase("Changed the example `x` of `A`", role="example")),
    ]
    assert [(line.verdict, line.text) for line in changelog.lines(changes, None)] == [
        (Verdict.BREAKING, "Changed `in` and `type` of the security scheme `bearerAuth`"),
        (Verdict.BREAKING, "Added required field `A.b`"),
        (Verdict.BREAKING, "Removed field `A.c`"),
        (Verdict.BREAKING, "Removed `kirim_chat.Client.clock`"),
        (Verdict.BREAKING, "The query parameter `s` of `GET /x` (`list_x`) is now required"),
    ]
    only_an_example = [_change(Verdict.PATCH, Phrase("Changed the example `x`", role="example"))]
    assert [line.text for line in changelog.lines(only_an_example, None)] == [
        "Changed the example `x`"
    ]


def test_a_line_is_already_there_when_a_bullet_names_what_it_names() -> None:
    bullets = [
        "The quality rating is now part of `Account` (`Account.quality_rating`), an open set.",
        "The client's `clock` and `jitter` arguments are gone.",
    ]
    assert changelog.covered("Added optional field `Account.quality_rating`", bullets)
    assert changelog.covered("Removed `kirim_chat.client.Client.jitter`", bullets)
    assert not changelog.covered("Added optional field `Account.nickname`", bullets)
    assert not changelog.covered("Added `GET /labels` (`list_labels`)", bullets)
    # Every name must be there, each as a whole dotted part:
    operation = "Added optional query parameter `org` to `GET /accounts` (`list_accounts`)"
    assert not changelog.covered(operation, ["Added `GET /accounts` (`list_accounts`)"])
    assert not changelog.covered("Added optional field `Account.nickname`", ["Renamed `name`"])
    assert changelog.covered(
        "Reworded the description of the API", ["Reworded the description of the API."]
    )


def test_package_version_is_read_from_the_generated_version_module(
    fixture_package: Path,
) -> None:
    assert surface.package_version(fixture_package) == spec_mutations.VERSION


# -- the Python surface -------------------------------------------------------------------------


def _generated_from(mutation_name: str, scratch: Path) -> Path:
    revision = write(mutated(BY_NAME[mutation_name]), scratch / "openapi.yaml")
    generate(revision, scratch / "generated" / PACKAGE_NAME)
    return scratch / "generated"


@pytest.mark.slow
def test_griffe_reports_a_removed_field(fixture_package: Path, tmp_path: Path) -> None:
    revision = _generated_from("field_removed", tmp_path)
    found = surface.breakages(PACKAGE_NAME, fixture_package.parent, revision)
    assert [(change.verdict, change.phrase.text) for change in found] == [
        (Verdict.BREAKING, f"Removed `{PACKAGE_NAME}.models.account.Account.name`")
    ]


@pytest.mark.slow
def test_a_parameter_made_required_is_one_line_though_griffe_sees_four_functions(
    fixture_package: Path, tmp_path: Path
) -> None:
    """sync, asyncio and their _detailed twins all need the argument now: griffe's findings
    name the operation's module once, and yield to the spec's line, which names it too."""
    revision = _generated_from("parameter_made_required", tmp_path)
    python = surface.breakages(PACKAGE_NAME, fixture_package.parent, revision)
    assert len(python) >= 4
    assert {change.phrase.text for change in python} == {
        f"`{PACKAGE_NAME}.api.accounts.list_accounts` needs the argument `status`"
    }
    changes = spec_changes(FIXTURE, tmp_path / "openapi.yaml") + python
    assert [(line.verdict, line.text) for line in changelog.lines(changes, None)] == [
        (B, "The query parameter `status` of `GET /accounts` (`list_accounts`) is now required")
    ]


@pytest.mark.slow
def test_griffe_misses_a_new_required_field_which_the_spec_diff_catches(
    fixture_package: Path, tmp_path: Path
) -> None:
    revision = _generated_from("new_required_response_field", tmp_path)
    assert surface.breakages(PACKAGE_NAME, fixture_package.parent, revision) == []
    # ...although the generated constructor now needs it:
    module = (revision / PACKAGE_NAME / "models" / "account.py").read_text()
    assert "    nickname: str\n" in module
    assert overall(spec_changes(FIXTURE, tmp_path / "openapi.yaml")) is Verdict.BREAKING


# -- finding the base ---------------------------------------------------------------------------


@pytest.fixture
def forked(tmp_path: Path) -> tuple[ScratchRepo, str]:
    """main: A - C; feature: A - B (checked out). The repo and A, the fork point."""
    repo = ScratchRepo.init(tmp_path / "origin")
    fork = repo.commit("A")
    repo.git("switch", "--quiet", "--create", "feature")
    repo.commit("B")
    repo.git("switch", "--quiet", "main")
    repo.commit("C")
    repo.git("switch", "--quiet", "feature")
    return repo, fork


def test_base_is_the_last_release_reachable_from_head(forked: tuple[ScratchRepo, str]) -> None:
    repo, fork = forked
    repo.git("tag", "--annotate", "v0.1.0", "--message", "0.1.0", fork)
    repo.git("tag", "--annotate", "v0.2.0", "--message", "0.2.0", "main")  # not on feature
    assert gitbase.find_base(repo.root, None) == gitbase.Base(fork, "last release v0.1.0", "v0.1.0")
    # On main, a change committed since the release is graded against the release, not itself.
    repo.git("switch", "--quiet", "main")
    released = repo.git("rev-parse", "HEAD")
    repo.commit("D")
    assert gitbase.find_base(repo.root, None) == gitbase.Base(
        released, "last release v0.2.0", "v0.2.0"
    )
    assert gitbase.find_base(repo.root, "v0.1.0").release == "v0.1.0"
    assert gitbase.find_base(repo.root, "HEAD").release is None


def test_base_is_the_merge_base_with_main(forked: tuple[ScratchRepo, str]) -> None:
    repo, fork = forked
    assert gitbase.find_base(repo.root, None) == gitbase.Base(fork, "merge-base of HEAD and main")


def test_base_is_the_merge_base_with_origin_main_in_a_clone_of_a_branch(
    forked: tuple[ScratchRepo, str], tmp_path: Path
) -> None:
    repo, fork = forked
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "-b", "feature", str(repo.root), str(clone)], check=True)
    base = gitbase.find_base(clone, None)
    assert base == gitbase.Base(fork, "merge-base of HEAD and origin/main")


def test_no_base_in_a_shallow_clone_or_without_main(
    forked: tuple[ScratchRepo, str], tmp_path: Path
) -> None:
    repo, _ = forked
    shallow = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", "--no-single-branch", "-b", "feature",
         f"file://{repo.root}", str(shallow)],
        check=True,
    )  # fmt: skip
    with pytest.raises(gitbase.NoBase, match="shallow"):
        gitbase.find_base(shallow, None)
    repo.git("branch", "--move", "main", "trunk")
    with pytest.raises(gitbase.NoBase, match="no `main` ref"):
        gitbase.find_base(repo.root, None)
    with pytest.raises(gitbase.NoBase, match="not a git checkout"):
        gitbase.find_base(tmp_path / "clone-that-is-not", None)


def test_an_explicit_base_must_exist(forked: tuple[ScratchRepo, str]) -> None:
    repo, fork = forked
    assert gitbase.find_base(repo.root, "main~1").commit == fork
    with pytest.raises(gitbase.BadBase, match="BASE=no-such-ref"):
        gitbase.find_base(repo.root, "no-such-ref")


# -- `make diff` end to end, in a scratch copy of this repository ------------------------------


@pytest.fixture
def scratch(repo_root: Path, tmp_path: Path, fixture_package: Path) -> ScratchRepo:
    """A copy of this repository whose main holds the grading tests' spec and its package."""
    repo = ScratchRepo.copy_of_checkout(repo_root, tmp_path / "repo")
    holding_the_fixture(repo, fixture_package)
    repo.git("switch", "--quiet", "--create", "change")
    return repo


def _output(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"


def _version(scratch: ScratchRepo) -> str:
    return str(load(scratch.root / "openapi.yaml")["info"]["version"])


def _edit(scratch: ScratchRepo, mutation: str) -> None:
    write(mutated(BY_NAME[mutation]), scratch.root / "openapi.yaml")


@pytest.mark.slow
def test_make_diff_fails_on_an_unbumped_breaking_change_and_make_bump_remedies_it(
    scratch: ScratchRepo,
) -> None:
    _edit(scratch, "field_removed")
    assert scratch.make("generate").returncode == 0
    scratch.commit("Drop a field")

    # The gate's own exit status, not a later step of `make check`.
    result = scratch.make("diff")
    assert result.returncode != 0, _output(result)
    assert "Property `name` of `Account` was removed" in result.stdout
    assert f"Removed `{PACKAGE_NAME}.models.account.Account.name`" in result.stdout
    assert "FAILED: breaking changes need info.version 0.5.0 or later" in result.stderr
    assert "Run `make bump`" in result.stderr

    # The remedy the report names: `make bump` sets the version, regenerates, writes the entry.
    bumped = scratch.make("bump")
    assert bumped.returncode == 0, _output(bumped)
    assert _version(scratch) == "0.5.0"
    assert surface.package_version(scratch.root / "generated" / PACKAGE_NAME) == "0.5.0"
    assert entry(scratch.root) == ["### Breaking", "- Removed field `Account.name`"]
    scratch.commit("Bump to 0.5.0")
    remedied = scratch.make("diff")
    assert remedied.returncode == 0, _output(remedied)


@pytest.mark.slow
def test_make_diff_passes_on_a_safe_change_committed_on_main(scratch: ScratchRepo) -> None:
    """On main, the change is graded against the last release, not against itself."""
    scratch.git("switch", "--quiet", "main")
    _edit(scratch, "new_optional_field")
    assert scratch.make("generate").returncode == 0
    scratch.commit("Add a field")

    result = scratch.make("diff")
    assert result.returncode == 0, _output(result)
    assert "(last release v0.4.2)" in result.stdout
    assert (
        "Verdict: safe, addition. Implied bump: patch (addition, in 0.x), to 0.4.3."
        in result.stdout
    )
    assert "  - Added optional field `Account.nickname`\n      why: Redocly: minor" in result.stdout
    assert "## [Unreleased]\n### Added\n- Added optional field `Account.nickname`" in result.stdout


def test_make_diff_skips_visibly_without_a_base(scratch: ScratchRepo) -> None:
    scratch.git("tag", "--delete", "v0.4.2")
    scratch.git("branch", "--delete", "--force", "main")
    result = scratch.make("diff")
    assert result.returncode == 0, _output(result)
    assert (
        "make diff: SKIPPED, nothing to compare with: no release tag; no `main` ref; "
        "no `origin/main` ref. Pass BASE=<git ref>."
    ) in result.stdout


@pytest.mark.slow
def test_a_change_to_the_runtime_alone_is_reported_and_needs_a_patch_release(
    scratch: ScratchRepo,
) -> None:
    """The spec did not change, the package did: `make diff` says so and asks for a patch
    release, and `make bump` makes it, with a line naming the module."""
    module = sorted(path for path in (scratch.root / "codegen" / "runtime").glob("_*.py"))[-1]
    with module.open("a", encoding="utf-8") as source:
        source.write("\nA_BEHAVIOUR_CHANGE = 1\n")
    assert scratch.make("generate").returncode == 0
    scratch.commit("Change the runtime")

    result = scratch.make("diff")
    assert result.returncode == 0, _output(result)  # only breaking changes are enforced
    assert f"  - Changed the runtime: `{PACKAGE_NAME}.{module.stem}`\n" in result.stdout
    assert "the generated package changed although the spec did not ask for it" in result.stdout
    assert "Verdict: safe, no effect on callers. Implied bump: patch, to 0.4.3." in result.stdout

    bumped = scratch.make("bump")
    assert bumped.returncode == 0, _output(bumped)
    assert _version(scratch) == "0.4.3"
    assert entry(scratch.root) == [
        "### Changed",
        f"- Changed the runtime: `{PACKAGE_NAME}.{module.stem}`",
    ]
