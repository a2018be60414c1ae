"""`make bump`: the one command after editing openapi.yaml.

It grades the change as `make diff` does (against BASE, by default the merge-base with main),
sets info.version to the version the change needs (leaving it when nothing changed, or when it
is already bumped far enough), regenerates the package, refreshes the installed package's
metadata and writes the CHANGELOG lines under that version's heading: into the entry when it
exists, as a new entry when not. Running it again changes nothing. `make diff` stays the
read-only view of the same grading, and the gate CI runs.

Exit 0 when done; 1 when the versions make no sense (info.version below the base's); 2 when
grading itself fails (no base, Redocly, the generator).
"""

import datetime
import re
import sys
import tempfile
from pathlib import Path

from scripts import installed
from scripts.generate import GenerationFailed, generate
from scripts.paths import PACKAGE_NAME, ROOT
from scripts.spec import load
from scripts.specdiff import changelog, gitbase, grading, redocly, semver
from scripts.specdiff.grading import BaseHasNoSpec, Grading, grade
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


def _grade(spec: Path, base: gitbase.Base) -> Grading:
    """Grade what the spec generates now (generated/ may predate the edit)."""
    with tempfile.TemporaryDirectory(prefix="kirim-bump-") as scratch:
        candidate = Path(scratch) / PACKAGE_NAME
        generate(spec, candidate)
        return grade(spec, candidate, base)


def bump(spec: Path, package: Path, base: gitbase.Base, changelog_path: Path,
         today: datetime.date) -> list[str]:  # fmt: skip
    """Do it; the lines to print."""
    grading = _grade(spec, base)
    try:
        base_version = Version.parse(grading.base_version)
        current = Version.parse(grading.revision_version)
    except ValueError as error:
        raise BumpFailed(f"info.version: {error}") from None
    if current < base_version:
        raise BumpFailed(f"info.version {current} is below the base's {base_version}; fix it")
    verdict = grading.verdict
    target = semver.release_version(base_version, current, verdict)
    report = [
        f"make bump: {spec} against {base.commit[:12]} ({base.label})",
        f"Verdict: {verdict.label}.",
    ]
    if target != current:
        set_version(spec, target)
        report.append(f"info.version: {current} -> {target}")
    else:
        report.append(f"info.version: {current}, left as it is")
    generate(spec, package)
    report.append(f"regenerated {package}")
    report.append(installed.refresh(package=package))
    if verdict is Verdict.NONE:
        report.append("CHANGELOG.md: nothing to add, no change a caller could notice")
        return report
    before = changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else ""
    unreleased = current if current != target and current != base_version else None
    already = changelog.entry_bullets(before, target, *([unreleased] if unreleased else []))
    lines = changelog.lines(grading.changes, grading.specs, already)
    after = changelog.merged(before, target, lines, today, unreleased=unreleased)
    if after == before:
        report.append(f"CHANGELOG.md: the [{target}] entry already says all of it")
    else:
        changelog_path.write_text(after, encoding="utf-8")
        report.append(f"CHANGELOG.md: [{target}] gained {len(lines)} line(s):")
        report += [f"  - {line.text}" for line in lines]
        report.append(
            "Read them over and say what callers notice; keep the names in backticks, which "
            "is how the next `make bump` knows a line is there."
        )
    return report


def main() -> int:
    args = grading.arguments(__doc__.splitlines()[0]).parse_args()
    try:
        base = gitbase.find_base(ROOT, args.base)
        report = bump(args.spec, args.package, base, args.changelog, datetime.date.today())
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
