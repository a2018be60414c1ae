"""`make bump`: after an edit of openapi.yaml it sets info.version to what the change needs,
regenerates, refreshes the installed metadata and writes the CHANGELOG lines; run again, it
changes nothing. Its parts are tested here on their own, then the whole in scratch copies of the
repository holding the grading tests' own spec (tests/fixtures/specdiff/openapi.yaml)."""

import datetime
import hashlib
import re
import subprocess
from pathlib import Path
from typing import Any

import jsonpatch
import pytest
import yaml

from scripts import installed
from scripts.bump import BumpFailed, set_version
from scripts.generate import generate
from scripts.paths import PACKAGE_NAME, ROOT
from scripts.spec import load
from scripts.specdiff import changelog, semver
from scripts.specdiff.changelog import Line
from scripts.specdiff.model import Change, Phrase, Verdict
from scripts.specdiff.semver import Version
from tests.support import spec_mutations
from tests.support.scratch_repo import ScratchRepo
from tests.support.spec_mutations import entry, holding_the_fixture

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
        ("0.1.0", "0.1.0", Verdict.DEPRECATION, "0.1.1"),  # SemVer §7, read for 0.x
        ("1.4.2", "1.4.2", Verdict.DEPRECATION, "1.5.0"),
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
RECORD = "<!-- Written by `make bump` (a line deleted above is not written again):"
WRITTEN = [
    Line(B, "Removed `kirim_chat.client.Client.clock`"),
    Line(A, "Added optional field `Account.quality_rating`"),
    Line(A, "Added `GET /labels` (`list_labels`)"),
    Line(P, "Changed the runtime: `kirim_chat._retry`"),
]


def _merged(text: str, written: list[Line], complete: bool = False) -> changelog.Merge:
    return changelog.merged(text, written, complete=complete)


def test_lines_go_into_an_unreleased_entry_above_the_others_which_records_them() -> None:
    merged = _merged(CHANGELOG, WRITTEN).text
    assert merged == CHANGELOG.replace(
        "Preamble.\n\n",
        "Preamble.\n\n"
        "## [Unreleased]\n"
        "### Breaking\n"
        "- Removed `kirim_chat.client.Client.clock`\n"
        "### Added\n"
        "- Added optional field `Account.quality_rating`\n"
        "- Added `GET /labels` (`list_labels`)\n"
        "### Changed\n"
        "- Changed the runtime: `kirim_chat._retry`\n"
        "\n"
        f"{RECORD}\n"
        "Removed `kirim_chat.client.Client.clock`\n"
        "Added optional field `Account.quality_rating`\n"
        "Added `GET /labels` (`list_labels`)\n"
        "Changed the runtime: `kirim_chat._retry`\n"
        "-->\n"
        "\n",
    )
    again = _merged(merged, WRITTEN)
    assert (again.text, again.added) == (merged, [])  # twice: no change
    assert changelog.entry_names(merged) == ["Unreleased", "0.2.0", "0.1.0"]


def test_a_line_deleted_or_reworded_by_hand_stays_as_it_was_left() -> None:
    merged = _merged(CHANGELOG, WRITTEN).text
    edited = merged.replace("- Added `GET /labels` (`list_labels`)\n", "").replace(
        "- Removed `kirim_chat.client.Client.clock`",
        "- The client no longer takes a clock: it was there for tests.",
    )
    again = _merged(edited, [*WRITTEN, Line(A, "Added the tag `Labels`")])
    assert again.added == [Line(A, "Added the tag `Labels`")]
    assert again.text == edited.replace(
        "- Added optional field `Account.quality_rating`\n",
        "- Added optional field `Account.quality_rating`\n- Added the tag `Labels`\n",
    ).replace("-->", "Added the tag `Labels`\n-->")


def test_a_listing_that_grows_gets_a_line_for_its_new_items_only() -> None:
    template = "Changed the runtime: {}"

    def listing(*modules: str) -> Line:
        items = tuple(f"`kirim_chat.{module}`" for module in modules)
        return changelog.lines(
            [
                Change(P, Phrase(template.format(item), listed=(template, item)), "why")
                for item in items
            ],
            None,
        )[0]

    first = _merged(CHANGELOG, [listing("_retry", "errors")], complete=True).text
    # The maintainer rewords the line; a later change touches one more module.
    edited = first.replace(
        "- Changed the runtime: `kirim_chat._retry` and `kirim_chat.errors`",
        "- Retries and errors read better.",
    )
    again = _merged(edited, [listing("_retry", "errors", "_pools")], complete=True)
    assert [line.text for line in again.added] == ["Changed the runtime: `kirim_chat._pools`"]
    assert (again.dropped, again.to_check) == ([], [])
    assert "- Retries and errors read better.\n- Changed the runtime: `kirim_chat._pools`\n" in (
        again.text
    )


def test_a_line_a_bullet_says_already_is_recorded_not_written() -> None:
    text = CHANGELOG.replace(
        "## [0.2.0]",
        "## [Unreleased]\n- `Account` has a rating (`Account.quality_rating`).\n\n## [0.2.0]",
    )
    merged = _merged(text, WRITTEN[1:2])
    assert merged.added == []
    assert f"{RECORD}\nAdded optional field `Account.quality_rating`\n-->" in merged.text


def test_a_line_about_a_change_undone_since_the_release_is_taken_out() -> None:
    merged = _merged(CHANGELOG, WRITTEN).text
    undone = _merged(merged, WRITTEN[:2], complete=True)
    assert undone.dropped == [WRITTEN[2].text, WRITTEN[3].text]
    assert "list_labels" not in undone.text
    assert "kirim_chat._retry" not in undone.text
    assert undone.text == _merged(CHANGELOG, WRITTEN[:2]).text
    # Graded against no release, a line missing may be another branch's: it stays.
    assert _merged(merged, WRITTEN[:2], complete=False).text == merged
    # Reworded by hand, it stays too, for a person to look at.
    reworded = merged.replace(
        "- Added `GET /labels` (`list_labels`)", "- `list_labels` lists labels."
    )
    kept = _merged(reworded, WRITTEN[:2], complete=True)
    assert kept.to_check == ["`list_labels` lists labels."]
    assert "- `list_labels` lists labels." in kept.text


def test_the_release_names_the_unreleased_entry_after_the_version() -> None:
    written = _merged(CHANGELOG, WRITTEN).text
    released = changelog.released(written, "0.3.0", TODAY)
    assert released == CHANGELOG.replace(
        "Preamble.\n\n",
        "Preamble.\n\n"
        "## [0.3.0] - 2030-01-02\n"
        "### Breaking\n"
        "- Removed `kirim_chat.client.Client.clock`\n"
        "### Added\n"
        "- Added optional field `Account.quality_rating`\n"
        "- Added `GET /labels` (`list_labels`)\n"
        "### Changed\n"
        "- Changed the runtime: `kirim_chat._retry`\n"
        "\n",
    )
    assert RECORD not in released
    assert changelog.entry_names(released) == ["0.3.0", "0.2.0", "0.1.0"]
    assert changelog.released(released, "0.3.0", TODAY) == released  # released already
    with pytest.raises(ValueError, match="no `## \\[Unreleased\\]` entry"):
        changelog.released(CHANGELOG, "0.3.0", TODAY)


def test_long_lines_are_wrapped_and_still_found() -> None:
    long = "Added `GET /labels` (`list_labels`): " + "a very long line " * 8
    merged = _merged(CHANGELOG, [Line(A, long.strip())]).text
    bullet = merged.split("### Added\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert all(len(line) <= changelog.WIDTH for line in bullet)
    assert len(bullet) > 1
    assert all(line.startswith("  ") for line in bullet[1:])
    assert (
        _merged(
            merged.split(RECORD)[0] + "\n" + CHANGELOG.split("Preamble.\n\n")[1],
            [Line(A, long.strip())],
        ).added
        == []
    )


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


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> ScratchRepo:
    """A copy of this repository whose main holds the grading tests' spec and its package:
    prepared once for the module."""
    root = tmp_path_factory.mktemp("base")
    package = root / "fixture" / PACKAGE_NAME
    generate(spec_mutations.SPEC, package)
    return holding_the_fixture(ScratchRepo.copy_of_checkout(ROOT, root / "repo"), package)


@pytest.fixture
def scratch(base: ScratchRepo, tmp_path: Path) -> ScratchRepo:
    repo = base.copy(tmp_path / "repo")
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


def _revert(scratch: ScratchRepo, mutation: str) -> None:
    """Take out what the corpus's mutation ``mutation`` (made of additions only) added."""
    spec = scratch.root / "openapi.yaml"
    patch = next(m.patch for m in spec_mutations.MUTATIONS if m.name == mutation)
    assert {operation["op"] for operation in patch} == {"add"}
    undo = [{"op": "remove", "path": operation["path"]} for operation in reversed(patch)]
    spec.write_text(yaml.safe_dump(jsonpatch.apply_patch(load(spec), undo), sort_keys=False))


def _version(scratch: ScratchRepo) -> str:
    return str(load(scratch.root / "openapi.yaml")["info"]["version"])


def _edit_changelog(scratch: ScratchRepo, old: str, new: str) -> None:
    scratch.replace("CHANGELOG.md", old, new)


@pytest.mark.slow
def test_bump_keeps_one_unreleased_entry_as_a_maintainer_left_it(scratch: ScratchRepo) -> None:
    """Several changes before a release: one entry, its lines as the maintainer left them, none
    about a change undone since the release; a second run of a bump changes nothing, and the
    package it puts in place is what `make generate` writes."""
    _apply(scratch, "new_open_set_field")
    output = _run(scratch, "bump")
    assert "(last release v0.4.2)" in output
    assert "info.version: 0.4.2 -> 0.4.3" in output
    assert "left alone: this environment installed it from" in output  # the shared .venv
    version_file = scratch.root / "generated" / PACKAGE_NAME / "_version.py"
    assert '__version__ = "0.4.3"' in version_file.read_text()
    assert entry(scratch.root) == ["### Added", "- Added optional field `Account.quality_rating`"]
    before = _fingerprint(scratch.root)
    again = _run(scratch, "bump")
    assert _fingerprint(scratch.root) == before
    assert "the unreleased entry already says all of it" in again

    # Another addition: the version is high enough already, its lines join the same entry.
    _apply(scratch, "new_operation_with_its_schema_and_tag")
    _run(scratch, "bump")
    assert _version(scratch) == "0.4.3"
    assert entry(scratch.root) == [
        "### Added",
        "- Added optional field `Account.quality_rating`",
        "- Added `GET /organisation` (`get_organisation`)",
        "- Added the tag `Organisation`",
    ]

    # A breaking change: the next minor version, the same entry. The maintainer deletes one
    # line and rewords another; an operation is added on the way.
    _apply(scratch, "field_renamed")
    _run(scratch, "bump")
    assert _version(scratch) == "0.5.0"
    _edit_changelog(scratch, "- Added the tag `Organisation`\n", "")
    _edit_changelog(scratch, "- `Account.name` renamed to `display_name`", "- Renamed a field.")
    _apply(scratch, "new_operation")
    _run(scratch, "bump")
    assert entry(scratch.root) == [
        "### Breaking",
        "- Renamed a field.",
        "### Added",
        "- Added optional field `Account.quality_rating`",
        "- Added `GET /organisation` (`get_organisation`)",
        "- Added `GET /mutation-probes/{probe_id}` (`get_mutation_probe`)",
    ]

    # The operation is removed again before the release: its line goes, nothing else moves.
    _revert(scratch, "new_operation")
    output = _run(scratch, "bump")
    assert "dropped what no longer changed since v0.4.2" in output
    assert entry(scratch.root) == [
        "### Breaking",
        "- Renamed a field.",
        "### Added",
        "- Added optional field `Account.quality_rating`",
        "- Added `GET /organisation` (`get_organisation`)",
    ]
    assert _version(scratch) == "0.5.0"
    drift = scratch.make("check-drift")
    assert drift.returncode == 0, drift.stdout + drift.stderr


@pytest.mark.slow
def test_release_names_the_entry_tags_the_version_and_builds_the_distributions(
    scratch: ScratchRepo,
) -> None:
    """Refused while anything is uncommitted; then the unreleased entry becomes the version's,
    committed and tagged, the distributions are built and checked, and the tag is the base."""
    _apply(scratch, "field_renamed")
    _run(scratch, "bump")
    _edit_changelog(scratch, "- `Account.name` renamed to `display_name`", "- Renamed a field.")
    refused = scratch.make("release")
    assert refused.returncode != 0
    assert "uncommitted changes" in refused.stderr
    scratch.commit("Bump to 0.5.0")
    scratch.git("config", "user.name", "Scratch")
    scratch.git("config", "user.email", "scratch@example.invalid")

    output = _run(scratch, "release")
    assert "make release: v0.5.0 tags" in output
    for built in ("kirim_chat-0.5.0-py3-none-any.whl", "kirim_chat-0.5.0.tar.gz"):
        assert f"Checking dist/{built}: PASSED" in output
    assert scratch.git("tag", "--points-at", "HEAD") == "v0.5.0"
    assert scratch.git("log", "-1", "--format=%s") == "Release 0.5.0"
    released = (scratch.root / "CHANGELOG.md").read_text()
    assert "## [Unreleased]" not in released
    assert "<!--" not in released
    heading = re.search(r"^## \[0\.5\.0\] - \d{4}-\d{2}-\d{2}$", released, re.MULTILINE)
    assert heading is not None, released
    assert entry(scratch.root, "0.5.0") == ["### Breaking", "- Renamed a field."]
    after = _run(scratch, "diff")
    assert "(last release v0.5.0)" in after
    assert "Verdict: no change." in after
    twice = scratch.make("release")
    assert "v0.5.0 exists already" in twice.stderr
