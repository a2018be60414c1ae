"""`make diff`: classify the changes of the spec against a base and check the version bump.

Exit 0 when nothing breaks callers, or breaking changes come with the bump they need (and when
no base can be found: the step is skipped, saying why); 1 when the bump, the generated
package's version or the CHANGELOG entry is missing; 2 when the comparison itself fails.
"""

import sys
from pathlib import Path

from scripts.generate import GenerationFailed
from scripts.paths import PACKAGE_DIR, ROOT
from scripts.specdiff import changelog, gitbase, grading, redocly, semver, surface
from scripts.specdiff.grading import BaseHasNoSpec, Grading, grade, relative
from scripts.specdiff.model import SECTIONS


def report(graded: Grading) -> list[str]:
    """Each change under its verdict: its CHANGELOG line, and why it gets that verdict."""
    lines: list[str] = []
    for verdict in SECTIONS:
        chosen = [change for change in graded.changes if change.verdict is verdict]
        if chosen:
            lines.append(f"{verdict.label} ({len(chosen)}):")
        for change in chosen:
            pointer = f" [{change.pointer}]" if change.pointer else ""
            lines.append(f"  - {change.phrase.text or '(said by another line)'}")
            lines.append(f"      why: {change.why}{pointer}")
    if not lines:
        lines.append("No changes a caller could notice.")
    if not graded.compared_python:
        lines.append(f"Python surface: not compared, the base has no {relative(PACKAGE_DIR)}")
    return lines


def compare(spec: Path, package: Path, base: gitbase.Base, changelog_path: Path) -> int:
    try:
        graded = grade(spec, package, base)
    except BaseHasNoSpec as reason:
        print(f"make diff: SKIPPED: {reason}")
        return 0
    package_version = surface.package_version(package)
    text = changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else None
    outcome = semver.judge(
        graded.base_version,
        graded.revision_version,
        package_version,
        graded.verdict,
        None if text is None else changelog.entry_names(text),
    )
    print(f"make diff: {spec} against {base.commit[:12]} ({base.label})")
    print(
        f"info.version {graded.base_version} -> {graded.revision_version}; "
        f"generated package {package_version}"
    )
    print()
    print("\n".join(report(graded)))
    print()
    if outcome.suggested is None:
        print(f"Verdict: {graded.verdict.label}. No version bump needed.")
    else:
        bump = semver.bump_name(semver.Version.parse(graded.base_version), graded.verdict)
        print(f"Verdict: {graded.verdict.label}. Implied bump: {bump}, to {outcome.suggested}.")
        print()
        print("CHANGELOG entry (`make bump` writes these lines into CHANGELOG.md):")
        print()
        print(changelog.entry(changelog.lines(graded.changes, graded.specs)))
    if outcome.problems:
        print(file=sys.stderr)
        for problem in outcome.problems:
            print(f"make diff: FAILED: {problem}", file=sys.stderr)
        return 1
    return 0


def main() -> int:
    args = grading.arguments(__doc__.splitlines()[0]).parse_args()
    try:
        base = gitbase.find_base(ROOT, args.base)
    except gitbase.NoBase as reason:
        print(f"make diff: SKIPPED, nothing to compare with: {reason}. Pass BASE=<git ref>.")
        return 0
    except gitbase.BadBase as error:
        print(f"make diff: {error}", file=sys.stderr)
        return 2
    try:
        return compare(args.spec, args.package, base, args.changelog)
    except (redocly.RedoclyFailed, GenerationFailed) as error:
        print(f"make diff: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
