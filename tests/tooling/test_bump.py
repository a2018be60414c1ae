"""`make bump`: after an edit of openapi.yaml it sets info.version to what the change needs,
regenerates, refreshes the installed metadata and writes the CHANGELOG lines; run again, it
changes nothing. Its parts are tested here on their own, then the whole in scratch copies of the
repository holding the grading tests' own spec (tests/fixtures/specdiff/openapi.yaml)."""

import datetime
import hashlib
import subprocess
from pathlib import Path
from typing import Any

import jsonpatch
import pytest
import yaml

from scripts import installed
from scripts.bump import BumpFailed, set_version
from scripts.generate import generate
from scripts.paths import PACKAGE_NAME
from scripts.spec import load
from scripts.specdiff import changelog, semver
from scripts.specdiff.changelog import Line
from scripts.specdiff.model import Verdict
from scripts.specdiff.semver import Version
from tests.support import spec_mutations
from tests.support.scratch_repo import ScratchRepo
from tests.support.spec_mutations import holding_the_fixture

TODAY = datetime.date(2030, 1, 2)
B, A, P = Verdict.BREAKING, Verdict.ADDITION, Verdict.PATCH

# -- info.version, edited in place ------------------------------------------------------------

SPEC_TEXT = """openapi: 3.1.0
info:
  title: Scratch
  description: |
    Not this one:
    version: 9.9.9
  version: '1.4.2'   # the package version
  contact:
    name: x
paths: {}
"""


def test_set_version_changes_only_info_version(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(SPEC_TEXT)
    set_version(spec, Version(1, 5, 0))
    assert spec.read_text() == SPEC_TEXT.replace("'1.4.2'", "'1.5.0'")
    assert load(spec)["info"]["version"] == "1.5.0"


def test_set_version_refuses_a_spec_without_one(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text("openapi: 3.1.0\ninfo:\n  title: x\npaths: {}\n")
    with pytest.raises(BumpFailed, match="`info` has no `version`"):
        set_version(spec, Version(1, 0, 0))


@pytest.mark.parametrize(
    ("base", "current", "verdict", "expected"),
    [
        ("0.1.0", "0.1.0", Verdict.NONE, "0.1.0"),  # nothing changed: left as it is
        ("0.1.0", "0.1.0", Verdict.PATCH, "0.1.1"),
        ("0.1.0", "0.1.0", Verdict.ADDITION, "0.1.1"),
        ("0.1.0", "0.1.0", Verdict.BREAKING, "0.2.0"),
        ("0.1.0", "0.2.0", Verdict.ADDITION, "0.2.0"),  # already bumped far enough: kept
        ("0.1.0", "0.1.1", Verdict.BREAKING, "0.2.0"),  # bumped, but not far enough
        ("1.4.2", "1.4.2", Verdict.PATCH, "1.4.3"),  # from 1.0 too: a patch, not a minor
        ("1.4.2", "1.4.2", Verdict.ADDITION, "1.5.0"),
        ("1.4.2", "1.4.2", Verdict.BREAKING, "2.0.0"),
    ],
)
def test_release_version(base: str, current: str, verdict: Verdict, expected: str) -> None:
    result = semver.release_version(Version.parse(base), Version.parse(current), verdict)
    assert str(result) == expected


# -- the CHANGELOG ----------------------------------------------------------------------------

CHANGELOG = """# Changelog

Preamble.

## [0.2.0] - 2026-11-25
### Changed (no effect on callers)
- Parsing costs less: each model's checks are written for its fields (`Account.name` too).

## [0.1.0] - 2026-11-20
### Added
- First release.
"""


def test_lines_merge_into_the_entry_that_exists() -> None:
    written = [
        Line(B, "Removed `kirim_chat.client.Client.clock`"),
        Line(A, "Added optional field `Account.quality_rating`"),
        Line(P, "Reworded the description of `Account.name`"),  # the entry names it already
        Line(P, "Changed the runtime: `kirim_chat._retry`"),
    ]
    merged = changelog.merged(CHANGELOG, "0.2.0", written, TODAY)
    assert merged == CHANGELOG.replace(
        "## [0.2.0] - 2026-11-25\n### Changed (no effect on callers)\n",
        "## [0.2.0] - 2026-11-25\n"
        "### Breaking\n"
        "- Removed `kirim_chat.client.Client.clock`\n"
        "### Added\n"
        "- Added optional field `Account.quality_rating`\n"
        "### Changed (no effect on callers)\n",
    ).replace(
        "(`Account.name` too).\n",
        "(`Account.name` too).\n- Changed the runtime: `kirim_chat._retry`\n",
    )
    assert changelog.merged(merged, "0.2.0", written, TODAY) == merged  # twice: no change


def test_an_unreleased_entry_is_renamed_when_the_version_moves_on() -> None:
    text = CHANGELOG.replace("## [0.2.0] - 2026-11-25", "## [0.1.1] - 2026-11-25")
    merged = changelog.merged(text, "0.2.0", [Line(B, "Removed field `A.b`")], TODAY, "0.1.1")
    assert "## [0.1.1]" not in merged
    assert merged.count("## [0.2.0] - 2030-01-02\n### Breaking\n- Removed field `A.b`\n") == 1
    assert "- Parsing costs less" in merged.split("## [0.1.0]")[0]


def test_a_new_entry_goes_above_the_others_with_long_lines_wrapped() -> None:
    long = "Added `GET /labels` (`list_labels`): " + "a very long line " * 8
    merged = changelog.merged(CHANGELOG, "0.2.1", [Line(A, long.strip())], TODAY)
    head, rest = merged.split("## [0.2.0]", 1)
    assert head.startswith("# Changelog\n\nPreamble.\n\n## [0.2.1] - 2030-01-02\n### Added\n- ")
    bullet = head.split("### Added\n", 1)[1].rstrip("\n").splitlines()
    assert all(len(line) <= changelog.WIDTH for line in bullet)
    assert len(bullet) > 1
    assert all(line.startswith("  ") for line in bullet[1:])
    assert changelog.covered(long, changelog.entry_bullets(merged, "0.2.1"))
    assert rest == CHANGELOG.split("## [0.2.0]", 1)[1]


# -- the installed metadata -------------------------------------------------------------------


def test_the_metadata_of_another_checkout_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scratch copy shares .venv with the checkout it came from: never repoint it."""
    package = tmp_path / PACKAGE_NAME
    package.mkdir()
    (package / "_version.py").write_text('__version__ = "99.0.0"\n')

    def no_pip(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"pip must not run: {args}")

    monkeypatch.setattr(subprocess, "run", no_pip)
    message = installed.refresh(root=tmp_path, package=package)
    assert "left alone: this environment installed it from" in message
    assert installed.installed_version() != "99.0.0"


# -- the whole command, in scratch copies of the repository -----------------------------------


@pytest.fixture
def scratch(repo_root: Path, tmp_path: Path) -> ScratchRepo:
    """A copy of this repository whose main holds the grading tests' spec and its package."""
    package = tmp_path / "fixture" / PACKAGE_NAME
    generate(spec_mutations.SPEC, package)
    repo = ScratchRepo.copy_of_checkout(repo_root, tmp_path / "repo")
    holding_the_fixture(repo, package)
    repo.git("switch", "--quiet", "--create", "change")
    return repo


def _run(scratch: ScratchRepo, *arguments: str) -> str:
    result = scratch.make(*arguments)
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _fingerprint(root: Path) -> dict[str, str]:
    """Every file git sees (tracked or not), by content."""
    listed = subprocess.run(
        ["git", "-C", str(root), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True, check=True,
    ).stdout.decode()  # fmt: skip
    return {
        name: hashlib.sha256((root / name).read_bytes()).hexdigest()
        for name in filter(None, listed.split("\0"))
        if (root / name).is_file()
    }


def _apply(scratch: ScratchRepo, mutation: str) -> None:
    """The corpus's mutation ``mutation``, made on top of the spec as it is now."""
    spec = scratch.root / "openapi.yaml"
    patch = next(m.patch for m in spec_mutations.MUTATIONS if m.name == mutation)
    spec.write_text(yaml.safe_dump(jsonpatch.apply_patch(load(spec), patch), sort_keys=False))


def _version(scratch: ScratchRepo) -> str:
    return str(load(scratch.root / "openapi.yaml")["info"]["version"])


def _entry(scratch: ScratchRepo, version: str) -> list[str]:
    text = (scratch.root / "CHANGELOG.md").read_text()
    assert text.count(f"## [{version}]") == 1, text
    return text.split(f"## [{version}] - ", 1)[1].split("\n## [", 1)[0].splitlines()[1:]


@pytest.mark.slow
def test_bump_sets_the_version_merges_into_its_entry_and_moves_an_unreleased_one(
    scratch: ScratchRepo,
) -> None:
    """Several changes before a release: one entry, never a second heading for a version;
    and a second run of the same bump changes nothing."""
    _apply(scratch, "new_open_set_field")
    output = _run(scratch, "bump")
    assert "info.version: 0.4.2 -> 0.4.3" in output
    assert "left alone: this environment installed it from" in output  # the shared .venv
    version_file = scratch.root / "generated" / PACKAGE_NAME / "_version.py"
    assert '__version__ = "0.4.3"' in version_file.read_text()
    assert _entry(scratch, "0.4.3") == [
        "### Added",
        "- Added optional field `Account.quality_rating`",
    ]
    before = _fingerprint(scratch.root)
    again = _run(scratch, "bump")
    assert _fingerprint(scratch.root) == before
    assert "the [0.4.3] entry already says all of it" in again

    # Another addition: the version is high enough already, its line joins the same entry.
    _apply(scratch, "new_operation_with_its_schema_and_tag")
    _run(scratch, "bump")
    assert _version(scratch) == "0.4.3"
    assert _entry(scratch, "0.4.3") == [
        "### Added",
        "- Added optional field `Account.quality_rating`",
        "- Added `GET /organisation` (`get_organisation`)",
        "- Added the tag `Organisation`",
    ]

    # A breaking change before the release: the unreleased entry becomes the next minor's.
    _apply(scratch, "field_renamed")
    _run(scratch, "bump")
    assert _version(scratch) == "0.5.0"
    assert "## [0.4.3]" not in (scratch.root / "CHANGELOG.md").read_text()
    assert _entry(scratch, "0.5.0") == [
        "### Breaking",
        "- `Account.name` renamed to `display_name`",
        "### Added",
        "- Added optional field `Account.quality_rating`",
        "- Added `GET /organisation` (`get_organisation`)",
        "- Added the tag `Organisation`",
    ]
