"""Which commit to compare with, and its copy of the spec and the generated package.

By default the last release: the newest `v*` tag reachable from HEAD (`make release` makes
them), so that every change since the release is graded together and a change committed on
main is not graded against itself. Before the first release, the merge-base of HEAD with
`main` (a developer's checkout) or `origin/main` (a clone of a branch, as CI makes); in a fresh
clone of main that is HEAD itself, so only uncommitted edits show. When none of these exists,
or the history is too shallow to hold them, there is nothing to compare with: NoBase, which
`make diff` reports and skips.
"""

import io
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

DEFAULT_BRANCHES = ("main", "origin/main")
RELEASE_TAGS = "v[0-9]*"


class NoBase(Exception):
    """No base could be found; the diff is skipped (visibly), not failed."""


class BadBase(Exception):
    """The base the caller asked for cannot be used; the diff fails."""


@dataclass(frozen=True)
class Base:
    commit: str
    label: str
    """How it was chosen, e.g. ``last release v0.4.2``."""
    release: str | None = None
    """The release tag on the base commit, if any: then every change since that release is
    graded."""


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)


def _commit(repo: Path, ref: str) -> str | None:
    result = _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    return result.stdout.decode().strip() if result.returncode == 0 else None


def release_tag(repo: Path, commit: str) -> str | None:
    """The newest release tag on ``commit``."""
    listed = _git(repo, "tag", "--points-at", commit, "--list", RELEASE_TAGS, "--sort=-v:refname")
    return next(iter(listed.stdout.decode().split()), None)


def last_release(repo: Path) -> str | None:
    """The newest release tag reachable from HEAD."""
    described = _git(repo, "describe", "--tags", "--abbrev=0", "--match", RELEASE_TAGS, "HEAD")
    if described.returncode != 0:
        return None
    return described.stdout.decode().strip() or None


def find_base(repo: Path, requested: str | None) -> Base:
    if requested:
        commit = _commit(repo, requested)
        if commit is None:
            raise BadBase(f"BASE={requested} is not a commit in {repo}")
        return Base(commit, f"BASE={requested}", release_tag(repo, commit))
    if _git(repo, "rev-parse", "--git-dir").returncode != 0:
        raise NoBase(f"{repo} is not a git checkout")
    if _commit(repo, "HEAD") is None:
        raise NoBase("HEAD has no commit yet")
    tag = last_release(repo)
    commit = _commit(repo, tag) if tag else None
    if tag and commit:
        return Base(commit, f"last release {tag}", release_tag(repo, commit))
    reasons = ["no release tag"]
    for branch in DEFAULT_BRANCHES:
        if _commit(repo, branch) is None:
            reasons.append(f"no `{branch}` ref")
            continue
        merge_base = _git(repo, "merge-base", "HEAD", branch)
        if merge_base.returncode == 0:
            commit = merge_base.stdout.decode().strip()
            return Base(commit, f"merge-base of HEAD and {branch}", release_tag(repo, commit))
        reasons.append(f"HEAD and `{branch}` share no history here (a shallow clone?)")
    raise NoBase("; ".join(reasons))


def extract_file(repo: Path, commit: str, path: str, destination: Path) -> bool:
    """Write ``path`` as of ``commit`` to ``destination``; False if it did not exist then."""
    result = _git(repo, "show", f"{commit}:{path}")
    if result.returncode != 0:
        return False
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_bytes(result.stdout)
    return True


def extract_tree(repo: Path, commit: str, path: str, destination: Path) -> bool:
    """Write the directory ``path`` as of ``commit`` under ``destination`` (keeping ``path``);
    False if it did not exist then. `git archive` rather than a worktree: nothing is written
    to the repository."""
    result = _git(repo, "archive", "--format=tar", commit, "--", path)
    if result.returncode != 0:
        return False
    with tarfile.open(fileobj=io.BytesIO(result.stdout)) as archive:
        archive.extractall(destination, filter="data")
    return True
