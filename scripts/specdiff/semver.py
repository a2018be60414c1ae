"""The version policy: which bump a change needs, and whether info.version made it.

The package version is the spec's info.version (the generated _version.py holds it), so the
spec is where a bump happens. Semantic versioning, with the usual reading of 0.x (as Cargo and
npm's caret ranges do): while the major version is 0, the minor number is the "major" one.

| change                 | 0.x                  | from 1.0.0           | enforced by `make diff` |
|------------------------|----------------------|----------------------|-------------------------|
| breaking               | minor: 0.1.4 → 0.2.0 | major: 1.4.2 → 2.0.0 | yes                     |
| addition, deprecation  | patch: 0.1.4 → 0.1.5 | minor: 1.4.2 → 1.5.0 | no, suggested           |
| no effect              | patch, when released | patch, when released | no, suggested           |

Only breaking changes are enforced: several safe changes may go out in one release, but code
that depends on `kirim-chat ~= 0.1` must never receive a breaking one.
"""

import re
from dataclasses import dataclass

from scripts.specdiff.changelog import UNRELEASED
from scripts.specdiff.model import Verdict

_VERSION = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
_SAFE_AND_NEW = (Verdict.ADDITION, Verdict.DEPRECATION)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: object) -> "Version":
        match = _VERSION.match(str(text))
        if match is None:
            raise ValueError(f"{text!r} is not a MAJOR.MINOR.PATCH version")
        major, minor, patch = (int(group) for group in match.groups())
        return cls(major, minor, patch)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def bump_name(base: Version, verdict: Verdict) -> str:
    """``minor``, say, with the reason when the 0.x reading applies."""
    if verdict is Verdict.NONE:
        return "none"
    if verdict is Verdict.BREAKING:
        return "minor (breaking, in 0.x)" if base.major == 0 else "major"
    if verdict in _SAFE_AND_NEW:
        return (
            f"patch ({verdict.label.removeprefix('safe, ')}, in 0.x)"
            if base.major == 0
            else "minor"
        )
    return "patch"


def next_version(base: Version, verdict: Verdict) -> Version:
    """The smallest version that carries changes of this verdict; ``base`` for NONE."""
    if verdict is Verdict.BREAKING:
        if base.major == 0:
            return Version(0, base.minor + 1, 0)
        return Version(base.major + 1, 0, 0)
    if verdict in _SAFE_AND_NEW and base.major > 0:
        return Version(base.major, base.minor + 1, 0)
    if verdict is not Verdict.NONE:
        return Version(base.major, base.minor, base.patch + 1)
    return base


def release_version(base: Version, current: Version, verdict: Verdict) -> Version:
    """The version to release changes of ``verdict`` as: ``current`` when it is already a
    bump from ``base`` big enough for them (or nothing changed), else the smallest that is."""
    if verdict is Verdict.NONE:
        return current
    needed = next_version(base, verdict)
    return current if current >= needed and current != base else needed


@dataclass(frozen=True)
class Outcome:
    problems: list[str]
    suggested: Version | None
    """The version to release these changes as: the spec's, when it is bumped enough."""


def judge(
    base_text: object,
    revision_text: object,
    package_text: str | None,
    verdict: Verdict,
    entries: list[str] | None,
) -> Outcome:
    """What is wrong with the versions, given the changes between them and the names of the
    CHANGELOG's entries (None: no CHANGELOG to check)."""
    problems: list[str] = []
    try:
        base = Version.parse(base_text)
        revision = Version.parse(revision_text)
    except ValueError as error:
        return Outcome([f"info.version: {error}"], None)
    if package_text != str(revision):
        problems.append(
            f"the generated package's __version__ is {package_text!r} but info.version is "
            f"{revision}: run `make bump` (or `make generate`)"
        )
    if revision < base:
        problems.append(f"info.version went backwards, from {base} to {revision}")
    needed = next_version(base, verdict)
    if verdict is Verdict.BREAKING and revision < needed:
        problems.append(
            f"breaking changes need info.version {needed} or later, a {bump_name(base, verdict)} "
            f"bump from {base}; it is {revision}. Run `make bump`: it sets info.version, "
            "regenerates and writes the CHANGELOG entry"
        )
    # The unreleased entry is the next release's, which `make release` names after the version.
    documented = entries is None or str(revision) in entries or UNRELEASED in entries
    if revision != base and not documented:
        problems.append(
            f"info.version is now {revision} but CHANGELOG.md has neither an `## [Unreleased]` "
            f"nor an `## [{revision}]` entry: run `make bump`"
        )
    suggested = release_version(base, revision, verdict)
    return Outcome(problems, suggested if verdict is not Verdict.NONE else None)
