"""`make diff`: classify the changes of the spec against a base and check the version bump.

Exit 0 when nothing breaks callers, or breaking changes come with the bump they need (and when
no base can be found: the step is skipped, saying why); 1 when the bump, the generated
package's version or the CHANGELOG entry is missing; 2 when the comparison itself fails.
"""

import argparse
import datetime
import sys
import tempfile
from pathlib import Path

from scripts.paths import PACKAGE_DIR, PACKAGE_NAME, ROOT, SPEC
from scripts.spec import load
from scripts.specdiff import detect, gitbase, redocly, report, semver, surface
from scripts.specdiff.model import Change, overall

CHANGELOG = ROOT / "CHANGELOG.md"


def _relative(path: Path) -> str:
    return str(path.resolve().relative_to(ROOT))


def compare(spec: Path, package: Path, base: gitbase.Base, changelog: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="kirim-diff-") as scratch:
        base_root = Path(scratch)
        base_spec = base_root / "openapi.yaml"
        if not gitbase.extract_file(ROOT, base.commit, _relative(SPEC), base_spec):
            print(f"make diff: SKIPPED: the base {base.commit[:12]} has no {_relative(SPEC)}")
            return 0
        base_document, revision_document = load(base_spec), load(spec)
        changes = detect.spec_changes(base_spec, spec)
        python_changes: list[Change] = []
        compared_python = gitbase.extract_tree(ROOT, base.commit, _relative(PACKAGE_DIR), base_root)
        if compared_python:
            python_changes = surface.breakages(
                PACKAGE_NAME, base_root / _relative(PACKAGE_DIR.parent), package.parent
            )
    base_version = base_document.get("info", {}).get("version")
    revision_version = revision_document.get("info", {}).get("version")
    package_version = surface.package_version(package)
    everything = changes + python_changes
    verdict = overall(everything)
    outcome = semver.judge(
        base_version,
        revision_version,
        package_version,
        verdict,
        changelog.read_text(encoding="utf-8") if changelog.exists() else None,
    )

    print(f"make diff: {spec} against {base.commit[:12]} ({base.label})")
    print(f"info.version {base_version} -> {revision_version}; generated package {package_version}")
    print()
    print("\n".join(report.render_changes(changes)))
    if not compared_python:
        print(f"Python surface: not compared, the base has no {_relative(PACKAGE_DIR)}")
    elif python_changes:
        print("Python surface of the generated package (griffe):")
        print("\n".join(f"  - {change.where}: {change.what}" for change in python_changes))
    print()
    if outcome.suggested is None:
        print(f"Verdict: {verdict.label}. No version bump needed.")
    else:
        bump = semver.bump_name(semver.Version.parse(base_version), verdict)
        print(f"Verdict: {verdict.label}. Implied bump: {bump}, to {outcome.suggested}.")
        print()
        print("CHANGELOG entry (paste into CHANGELOG.md, above the previous release):")
        print()
        print(report.changelog_entry(outcome.suggested, everything, datetime.date.today()))
    if outcome.problems:
        print(file=sys.stderr)
        for problem in outcome.problems:
            print(f"make diff: FAILED: {problem}", file=sys.stderr)
        return 1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--package", type=Path, default=PACKAGE_DIR)
    parser.add_argument("--base", help="a git ref; default: the merge-base with main")
    parser.add_argument("--changelog", type=Path, default=CHANGELOG)
    args = parser.parse_args()
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
    except redocly.RedoclyFailed as error:
        print(f"make diff: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
