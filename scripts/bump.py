"""`make bump`: the one command after editing openapi.yaml.

It grades the change as `make diff` does (against BASE, by default the last release tag),
sets info.version to the version the change needs (leaving it when nothing changed, or when it
is already bumped far enough), puts the package it generated for grading in place, refreshes
the installed package's metadata and writes the CHANGELOG lines into the `## [Unreleased]`
entry. Running it again changes nothing. `make diff` stays the read-only view of the same
grading, and the gate CI runs; `make release` names the entry after the version.

Exit 0 when done; 1 when the versions make no sense (info.version below the base's); 2 when
grading itself fails (no base, Redocly, the generator).
"""

import re
import shutil
import sys
import tempfile
from pathlib import Path

from scripts import installed
from scripts.generate import GenerationFailed, from_the_spec, generate
from scripts.paths import PACKAGE_NAME, ROOT
from scripts.recordings.coverage import missing_recordings_hint
from scripts.spec import load
from scripts.specdiff import changelog, gitbase, grading, redocly, semver
from scripts.specdiff.grading import BaseHasNoSpec, grade
from scripts.specdiff.model import Verdict
from scripts.specdiff.semver import Version

_INFO = re.compile(r"^info:[ \t]*(#.*)?$", re.MULTILINE)
_VERSION = re.compile(r"^(?P<indent>[ \t]+)version:[ \t]*(?P<value>[^#\n]*?)(?P<tail>[ \t]*#.*)?$")


class BumpFailed(Exception):
    """The change cannot be bumped as it stands; the message says why and what to do."""


def set_version(spec: Path, version: Version) -> None:
    """Rewrite info.version in place, keeping the rest of the file byte for byte."""
    text = spec.read_text(encoding="utf-8")
    info = _INFO.search(text)
    if info is None:
        raise BumpFailed(f"{spec} has no top-level `info:` mapping")
    position, indent = info.end() + 1, None
    while position < len(text):
        end = len(text) if text.find("\n", position) < 0 else text.find("\n", position)
        line = text[position:end]
        if line and not line[0].isspace() and not line.startswith("#"):
            break  # the next top-level key: info is over
        if line.strip() and not line.lstrip().startswith("#"):
            own = line[: len(line) - len(line.lstrip())]
            indent = own if indent is None else indent
            match = _VERSION.match(line)
            if match and own == indent:  # info's own key, not a line of its description
                value = match["value"].rstrip()
                quote = value[:1] if value[:1] in "'\"" else ""
                tail = match["tail"] or ""
                new = f"{own}version: {quote}{version}{quote}{tail}"
                spec.write_text(text[:position] + new + text[end:], encoding="utf-8")
                if str(load(spec).get("info", {}).get("version")) != str(version):
                    raise BumpFailed(f"could not set info.version in {spec}; set it by hand")
                return
        position = end + 1
    raise BumpFailed(f"{spec}: `info` has no `version`")


def bump(spec: Path, package: Path, base: gitbase.Base, changelog_path: Path) -> list[str]:
    """Do it; the lines to print."""
    with tempfile.TemporaryDirectory(prefix="kirim-bump-") as scratch:
        # Generated once, for griffe, then put in place with the version set (from_the_spec).
        candidate = Path(scratch) / PACKAGE_NAME
        generate(spec, candidate)
        graded = grade(spec, candidate, base)
        try:
            base_version = Version.parse(graded.base_version)
            current = Version.parse(graded.revision_version)
        except ValueError as error:
            raise BumpFailed(f"info.version: {error}") from None
        if current < base_version:
            raise BumpFailed(f"info.version {current} is below the base's {base_version}; fix it")
        target = semver.release_version(base_version, current, graded.verdict)
        report = [
            f"make bump: {spec} against {base.commit[:12]} ({base.label})",
            f"Verdict: {graded.verdict.label}.",
        ]
        if target != current:
            set_version(spec, target)
            report.append(f"info.version: {current} -> {target}")
        else:
            report.append(f"info.version: {current}, left as it is")
        shutil.rmtree(package, ignore_errors=True)
        shutil.copytree(candidate, package)
        from_the_spec(package, load(spec))
    report.append(f"regenerated {package}")
    report.append(installed.refresh(package=package))
    if graded.verdict is Verdict.NONE and base.release is None:
        report.append("CHANGELOG.md: nothing to add, no change a caller could notice")
        return report
    before = changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else ""
    merge = changelog.merged(
        before,
        changelog.lines(graded.changes, graded.specs),
        complete=base.release is not None,
    )
    if merge.text != before:
        changelog_path.write_text(merge.text, encoding="utf-8")
    report += _changelog_report(merge, base)
    return report


def _changelog_report(merge: changelog.Merge, base: gitbase.Base) -> list[str]:
    if not (merge.added or merge.dropped or merge.to_check):
        return ["CHANGELOG.md: the unreleased entry already says all of it"]
    report = []
    if merge.added:
        report.append(f"CHANGELOG.md: [{changelog.UNRELEASED}] gained {len(merge.added)} line(s):")
        report += [f"  - {line.text}" for line in merge.added]
    if merge.dropped:
        report.append(f"CHANGELOG.md: dropped what no longer changed since {base.release}:")
        report += [f"  - {text}" for text in merge.dropped]
    if merge.to_check:
        report.append("CHANGELOG.md: check these lines, whose change was undone since:")
        report += [f"  - {text}" for text in merge.to_check]
    report.append(
        "Read them over and say what callers notice; a line you reword or delete stays as you "
        "left it."
    )
    return report


def main() -> int:
    args = grading.arguments(__doc__.splitlines()[0]).parse_args()
    try:
        base = gitbase.find_base(ROOT, args.base)
        report = bump(args.spec, args.package, base, args.changelog)
    except (gitbase.NoBase, gitbase.BadBase, BaseHasNoSpec) as reason:
        print(f"make bump: nothing to grade against: {reason}. Pass BASE=<git ref>.",
              file=sys.stderr)  # fmt: skip
        return 2
    except (redocly.RedoclyFailed, GenerationFailed) as error:
        print(f"make bump: {error}", file=sys.stderr)
        return 2
    except BumpFailed as error:
        print(f"make bump: FAILED: {error}", file=sys.stderr)
        return 1
    print("\n".join(report))
    # A new operation or status needs its recordings before `make test` passes; say so now.
    hint = missing_recordings_hint(args.spec)
    if hint is not None:
        print(f"Recordings: {hint}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
