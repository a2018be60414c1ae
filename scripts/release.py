"""`make release`: release the package as info.version says, from a clean checkout of main.

Nothing changes until every check has passed: the working tree has no uncommitted change, the
version has no tag yet and is above the last release's, `make diff`'s gate passes against the
last release, CHANGELOG.md has the `## [Unreleased]` entry `make bump` writes (or the
version's own), and the sdist and the wheel build into dist/ and pass `twine check --strict`
(the package index's own rendering of README.md). Then the unreleased entry becomes
`## [X.Y.Z] - <today>`, CHANGELOG.md is committed ("Release X.Y.Z") and the commit is tagged
`vX.Y.Z`: the base `make diff` and `make bump` compare with from then on. Publishing stays a
person's act (CONTRIBUTING.md, "Releasing").

Exit 0 when released; 1 when a check fails (the message says which and what to do).
"""

import datetime
import subprocess
import sys
from pathlib import Path

from scripts.paths import PACKAGE_DIR, ROOT, SPEC
from scripts.spec import load
from scripts.specdiff import changelog, gitbase
from scripts.specdiff.__main__ import compare
from scripts.specdiff.grading import CHANGELOG
from scripts.specdiff.semver import Version

DIST = ROOT / "dist"


class ReleaseFailed(Exception):
    """A check failed; nothing was changed."""


def _git(*args: str) -> str:
    result = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise ReleaseFailed(f"git {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout.strip()


def _check(version: Version, tag: str) -> None:
    if _git("status", "--porcelain", "--untracked-files=no"):
        raise ReleaseFailed("the working tree has uncommitted changes: commit them first")
    if tag in _git("tag", "--list", tag).split():
        raise ReleaseFailed(f"{tag} exists already: `make bump` after a change, then release")
    last = gitbase.last_release(ROOT)
    if last is not None and version <= Version.parse(last.removeprefix("v")):
        raise ReleaseFailed(f"info.version {version} is not above the last release, {last}")
    try:
        base = gitbase.find_base(ROOT, None)
    except gitbase.NoBase as reason:
        raise ReleaseFailed(f"nothing to grade the release against: {reason}") from None
    if compare(SPEC, PACKAGE_DIR, base, CHANGELOG) != 0:
        raise ReleaseFailed("`make diff` fails (above): fix what it says, then release")
    names = changelog.entry_names(CHANGELOG.read_text(encoding="utf-8"))
    if changelog.UNRELEASED not in names and str(version) not in names:
        raise ReleaseFailed(f"CHANGELOG.md has no entry for {version}: run `make bump`")


def _build(version: Version) -> tuple[list[Path], str]:
    """The sdist and the wheel, built with the pinned backend (no download), and what
    `twine check` said of them."""
    built = [DIST / f"kirim_chat-{version}.tar.gz", DIST / f"kirim_chat-{version}-py3-none-any.whl"]
    for path in built:
        path.unlink(missing_ok=True)
    steps = {
        "build": [sys.executable, "-m", "build", "--sdist", "--wheel", "--no-isolation",
                  "--outdir", str(DIST), str(ROOT)],
        "twine check": [sys.executable, "-m", "twine", "--no-color", "check", "--strict",
                        *(str(path.relative_to(ROOT)) for path in built)],
    }  # fmt: skip
    for step, command in steps.items():
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            raise ReleaseFailed(f"{step} failed:\n{result.stdout}{result.stderr}")
    return built, result.stdout.strip()


def release(today: datetime.date) -> list[str]:
    version = Version.parse(load(SPEC)["info"]["version"])
    tag = f"v{version}"
    _check(version, tag)
    built, checked = _build(version)
    text = CHANGELOG.read_text(encoding="utf-8")
    released = changelog.released(text, version, today)
    if released != text:
        CHANGELOG.write_text(released, encoding="utf-8")
        _git("commit", "--quiet", "--message", f"Release {version}", "--", str(CHANGELOG))
    _git("tag", "--annotate", tag, "--message", f"kirim-chat {version}")
    return [
        f"make release: {tag} tags {_git('rev-parse', '--short', 'HEAD')}",
        checked,
        f"To publish: git push origin HEAD {tag} && twine upload "
        + " ".join(str(path.relative_to(ROOT)) for path in built),
    ]


def main() -> int:
    try:
        print("\n".join(release(datetime.date.today())))
    except ReleaseFailed as error:
        print(f"make release: FAILED: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
