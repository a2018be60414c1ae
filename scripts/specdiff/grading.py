"""Everything `make diff` and `make bump` know about a change: the spec's changes graded, the
Python surface compared by griffe, and what codegen changed in the package on its own."""

import argparse
import tempfile
from dataclasses import dataclass
from pathlib import Path

from scripts.paths import PACKAGE_DIR, PACKAGE_NAME, ROOT, SPEC
from scripts.spec import load
from scripts.specdiff import (
    codegen_changes,
    gitbase,
    phrasing,
    policy,
    redocly,
    surface,
    unreported,
)
from scripts.specdiff.model import Change, Specs, Verdict, overall

CHANGELOG = ROOT / "CHANGELOG.md"


class BaseHasNoSpec(Exception):
    """The base commit has no openapi.yaml: there is nothing to grade against."""


@dataclass(frozen=True)
class Grading:
    base: gitbase.Base
    specs: Specs
    changes: list[Change]
    """The spec's changes, then griffe's, then codegen's."""
    compared_python: bool
    """False when the base has no generated package (then neither griffe nor codegen ran)."""

    @property
    def verdict(self) -> Verdict:
        return overall(self.changes)

    @property
    def base_version(self) -> object:
        return self.specs.base.get("info", {}).get("version")

    @property
    def revision_version(self) -> object:
        return self.specs.revision.get("info", {}).get("version")


def spec_changes(base: Path, revision: Path) -> list[Change]:
    """The changes from the spec ``base`` to ``revision``, graded and phrased."""
    specs = Specs(load(base), load(revision))
    raw_changes = redocly.run(base, revision)
    changes = []
    for raw in raw_changes:
        if raw.path == "#/info" and raw.keyword == "version":
            continue  # the version gate's business
        verdict, why = policy.grade(raw, specs)
        location = raw.base if raw.kind == "removed" else raw.revision
        pointer = location.pointer if location else ""
        changes += [
            Change(verdict, phrase, why, pointer) for phrase in phrasing.phrases(raw, specs)
        ]
    return changes + list(unreported.edits(raw_changes, specs))


def grade(spec: Path, package: Path, base: gitbase.Base) -> Grading:
    """Grade ``spec`` and the generated ``package`` (a directory named like the package)
    against ``base``."""
    with tempfile.TemporaryDirectory(prefix="kirim-diff-") as scratch:
        base_root = Path(scratch)
        base_spec = base_root / "openapi.yaml"
        if not gitbase.extract_file(ROOT, base.commit, relative(SPEC), base_spec):
            raise BaseHasNoSpec(f"the base {base.commit[:12]} has no {relative(SPEC)}")
        changes = spec_changes(base_spec, spec)
        compared = gitbase.extract_tree(ROOT, base.commit, relative(PACKAGE_DIR), base_root)
        if compared:
            base_package = base_root / relative(PACKAGE_DIR)
            changes += surface.breakages(PACKAGE_NAME, base_package.parent, package.parent)
            changes += codegen_changes.changes(base_spec, base_package, base_root / "codegen")
        return Grading(base, Specs(load(base_spec), load(spec)), changes, compared)


def relative(path: Path) -> str:
    return str(path.resolve().relative_to(ROOT))


def arguments(description: str) -> argparse.ArgumentParser:
    """The command line `make diff` and `make bump` share: what to grade, against what."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--package", type=Path, default=PACKAGE_DIR)
    parser.add_argument("--base", help="a git ref; default: the last release tag")
    parser.add_argument("--changelog", type=Path, default=CHANGELOG)
    return parser
