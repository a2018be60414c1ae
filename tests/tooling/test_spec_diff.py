"""`make diff`: the detector gets every mutation in tests/fixtures/spec_mutations/ right, the
version gate enforces the 0.x policy, griffe covers the Python surface, and `make check` fails on
an unbumped breaking change but passes on a safe one (in a scratch copy of the repository)."""

import datetime
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpatch
import pytest
import yaml

from scripts.generate import generate
from scripts.paths import FIXTURES, PACKAGE_DIR, PACKAGE_NAME, SPEC
from scripts.spec import load
from scripts.specdiff import gitbase, semver, surface
from scripts.specdiff.detect import spec_changes
from scripts.specdiff.model import Change, Verdict, overall
from scripts.specdiff.report import changelog_entry
from tests.support.scratch_repo import ScratchRepo

CORPUS = FIXTURES / "spec_mutations"


@dataclass(frozen=True)
class Mutation:
    name: str
    summary: str
    expect: Verdict
    mentions: tuple[str, ...]
    patch: list[dict[str, Any]]

    @classmethod
    def load(cls, path: Path) -> "Mutation":
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return cls(
            name=path.stem,
            summary=raw["summary"],
            expect=Verdict[raw["expect"].upper()],
            mentions=tuple(raw.get("mentions", ())),
            patch=raw["patch"],
        )

    def write(self, spec: Path, destination: Path) -> Path:
        mutated = jsonpatch.apply_patch(load(spec), self.patch)
        destination.write_text(yaml.safe_dump(mutated, sort_keys=False, allow_unicode=True))
        return destination


MUTATIONS = [Mutation.load(path) for path in sorted(CORPUS.glob("*.yaml"))]


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Change] | Exception]:
    """Every mutation through the detector once; Redocly runs in parallel, one process each."""
    scratch = tmp_path_factory.mktemp("mutations")

    def grade(mutation: Mutation) -> tuple[str, list[Change] | Exception]:
        try:
            revision = mutation.write(SPEC, scratch / f"{mutation.name}.yaml")
            return mutation.name, spec_changes(SPEC, revision)
        except Exception as error:  # noqa: BLE001  # reported by that mutation's own test
            return mutation.name, error

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(pool.map(grade, MUTATIONS))


def _listing(changes: list[Change]) -> str:
    return "\n".join(f"  [{c.verdict.label}] {c.where}: {c.what} ({c.why})" for c in changes)


@pytest.mark.slow
@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda mutation: mutation.name)
def test_each_mutation_gets_its_expected_verdict(
    mutation: Mutation, graded: dict[str, list[Change] | Exception]
) -> None:
    result = graded[mutation.name]
    if isinstance(result, Exception):
        pytest.fail(
            f"tests/fixtures/spec_mutations/{mutation.name}.yaml no longer applies to openapi.yaml "
            f"or the detector failed: {result!r}"
        )
    assert overall(result) is mutation.expect, f"{mutation.summary}\n{_listing(result)}"
    flagged = [c for c in result if c.verdict is mutation.expect]
    for text in mutation.mentions:
        assert any(text in f"{c.where} {c.what}" for c in flagged), (
            f"no {mutation.expect.label} change mentions {text!r}:\n{_listing(result)}"
        )


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
        "new_account_status_value": Verdict.ADDITION,
        "description_only": Verdict.PATCH,
        "example_only": Verdict.PATCH,
    }
    corpus = {mutation.name: mutation.expect for mutation in MUTATIONS}
    assert {name: corpus.get(name) for name in required} == required


# -- the version gate ---------------------------------------------------------------------------


def _judge(base: str, revision: str, verdict: Verdict, **overrides: Any) -> semver.Outcome:
    arguments: dict[str, Any] = {
        "package_text": revision,
        "changelog": f"## [{revision}] - 2026-11-25\n",
    } | overrides
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
    addition = _judge("0.1.0", "0.1.0", Verdict.ADDITION, changelog="")
    assert (addition.problems, str(addition.suggested)) == ([], "0.1.1")
    after_1_0 = _judge("1.4.2", "1.4.2", Verdict.ADDITION, changelog="")
    assert (after_1_0.problems, str(after_1_0.suggested)) == ([], "1.5.0")
    nothing = _judge("0.1.0", "0.1.0", Verdict.NONE, changelog="")
    assert (nothing.problems, nothing.suggested) == ([], None)


def test_gate_names_every_other_version_problem() -> None:
    assert "went backwards" in " ".join(_judge("0.2.0", "0.1.9", Verdict.NONE).problems)
    stale = _judge("0.1.0", "0.2.0", Verdict.BREAKING, package_text="0.1.0").problems
    assert any("make generate" in problem for problem in stale)
    undocumented = _judge("0.1.0", "0.2.0", Verdict.BREAKING, changelog="# Changelog\n").problems
    assert any("CHANGELOG.md has no `## [0.2.0]`" in problem for problem in undocumented)
    assert _judge("0.1.0", "v0.2", Verdict.BREAKING).problems == [
        "info.version: 'v0.2' is not a MAJOR.MINOR.PATCH version"
    ]


def test_changelog_entry_names_each_change_and_its_verdict() -> None:
    changes = [
        Change(Verdict.BREAKING, "GET /accounts response 200 body .data[].name", "removed", "r"),
        Change(Verdict.ADDITION, "GET /accounts query parameter org", "added", "r"),
    ]
    entry = changelog_entry(semver.Version(0, 2, 0), changes, datetime.date(2026, 11, 25))
    assert entry.splitlines() == [
        "## [0.2.0] - 2026-11-25",
        "### Breaking",
        "- GET /accounts response 200 body .data[].name: removed (breaking)",
        "### Added",
        "- GET /accounts query parameter org: added (safe, addition)",
    ]


def test_package_version_is_the_spec_version() -> None:
    assert surface.package_version(PACKAGE_DIR) == load(SPEC)["info"]["version"]


# -- the Python surface -------------------------------------------------------------------------


def _generated_from(mutation_name: str, scratch: Path) -> Path:
    mutation = Mutation.load(CORPUS / f"{mutation_name}.yaml")
    spec = mutation.write(SPEC, scratch / "openapi.yaml")
    generate(spec, scratch / "generated" / PACKAGE_NAME)
    return scratch / "generated"


@pytest.mark.slow
def test_griffe_reports_a_removed_field(tmp_path: Path) -> None:
    revision = _generated_from("field_removed", tmp_path)
    found = surface.breakages(PACKAGE_NAME, PACKAGE_DIR.parent, revision)
    assert [change.where for change in found] == ["Python `kirim_chat.models.account.Account.name`"]
    assert found[0].verdict is Verdict.BREAKING


@pytest.mark.slow
def test_griffe_misses_a_new_required_field_which_the_spec_diff_catches(tmp_path: Path) -> None:
    revision = _generated_from("new_required_response_field", tmp_path)
    assert surface.breakages(PACKAGE_NAME, PACKAGE_DIR.parent, revision) == []
    # ...although the generated constructor now needs it:
    account = (revision / PACKAGE_NAME / "models" / "account.py").read_text()
    assert "    nickname: str\n" in account
    assert overall(spec_changes(SPEC, tmp_path / "openapi.yaml")) is Verdict.BREAKING


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


# -- `make check` end to end, in a scratch copy of this repository ------------------------------

ACCOUNT_NAME = """        name:
          description: Display name of the account. Null until one is set.
          type: [string, 'null']
          maxLength: 256
          examples: [Customer Support]
"""
ACCOUNT_REQUIRED = "required: [object, phone_number_id, phone_number, name, status]"
NICKNAME = """        nickname:
          description: A short label the organisation chose for the number.
          type: string
          pattern: '^[A-Za-z ]*$'
          maxLength: 32
"""


@pytest.fixture
def scratch(repo_root: Path, tmp_path: Path) -> ScratchRepo:
    repo = ScratchRepo.copy_of_checkout(repo_root, tmp_path / "repo")
    repo.git("switch", "--quiet", "--create", "change")
    return repo


def _output(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"


def _spec_version(scratch: ScratchRepo) -> tuple[int, int, int]:
    major, minor, patch = load(scratch.root / "openapi.yaml")["info"]["version"].split(".")
    assert major == "0", "these tests follow the 0.x rules; update them for 1.0"
    return int(major), int(minor), int(patch)


@pytest.mark.slow
def test_make_diff_fails_on_an_unbumped_breaking_change(scratch: ScratchRepo) -> None:
    _, minor, _ = _spec_version(scratch)
    current, needed = f"0.{minor}.", f"0.{minor + 1}.0"  # in 0.x, breaking bumps the minor
    scratch.replace("openapi.yaml", ACCOUNT_NAME, "")
    scratch.replace("openapi.yaml", ACCOUNT_REQUIRED, ACCOUNT_REQUIRED.replace(" name,", ""))
    assert scratch.make("generate").returncode == 0
    scratch.commit("Drop Account.name")

    # The gate's own exit status, not a later step of `make check`.
    result = scratch.make("diff")
    assert result.returncode != 0, _output(result)
    assert "Property `name` of `Account` was removed" in result.stdout, _output(result)
    assert "Python `kirim_chat.models.account.Account.name`" in result.stdout, _output(result)
    assert f"FAILED: breaking changes need info.version {needed} or later" in result.stderr

    # The remedy the report prints: bump, regenerate, paste the entry.
    spec = load(scratch.root / "openapi.yaml")["info"]["version"]
    assert spec.startswith(current)
    scratch.replace("openapi.yaml", f"  version: {spec}\n", f"  version: {needed}\n")
    assert scratch.make("generate").returncode == 0
    entry = result.stdout.split("CHANGELOG entry", 1)[1].split("\n\n", 1)[1]
    assert entry.startswith(f"## [{needed}] - ")
    scratch.replace("CHANGELOG.md", f"\n## [{spec}]", f"\n{entry.strip()}\n\n## [{spec}]")
    scratch.commit(f"Release {needed}")
    remedied = scratch.make("diff")
    assert remedied.returncode == 0, _output(remedied)


@pytest.mark.slow
def test_make_diff_passes_on_a_safe_change(scratch: ScratchRepo) -> None:
    _, minor, patch = _spec_version(scratch)
    scratch.replace("openapi.yaml", ACCOUNT_NAME, ACCOUNT_NAME + NICKNAME)
    assert scratch.make("generate").returncode == 0
    scratch.commit("Add Account.nickname")

    result = scratch.make("diff")
    assert result.returncode == 0, _output(result)
    assert (
        "Verdict: safe, addition. Implied bump: patch (addition, in 0.x), "
        f"to 0.{minor}.{patch + 1}."
    ) in result.stdout
    assert "property `nickname` added" in result.stdout


def test_make_diff_skips_visibly_without_a_base(scratch: ScratchRepo) -> None:
    scratch.git("branch", "--delete", "--force", "main")
    result = scratch.make("diff")
    assert result.returncode == 0, _output(result)
    assert "make diff: SKIPPED, nothing to compare with: no `main` ref" in result.stdout
