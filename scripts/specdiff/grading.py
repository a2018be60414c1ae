"""Everything `make diff` and `make bump` know about a change: the spec's changes graded, the
Python surface compared by griffe, and what codegen changed in the package on its own."""

import argparse
import tempfile
from dataclasses import dataclass
from pathlib import Path

from scripts.paths import PACKAGE_DIR, PACKAGE_NAME, ROOT, SPEC
from scripts.spec import load
from scripts.specdiff import codegen, detect, gitbase, surface
from scripts.specdiff.model import Change, Specs, Verdict, overall


class BaseHasNoSpec(Exception):
    """The base commit has no openapi.yaml: there is nothing to grade against."""


@dataclass(frozen=True)
class Grading:
    base: gitbase.Base
    specs: Specs
    spec_changes: list[Change]
    python_changes: list[Change]
    codegen_changes: list[Change]
    compared_python: bool
    """False when the base has no generated package (then neither griffe nor codegen ran)."""

    @property
    def changes(self) -> list[Change]:
        return self.spec_changes + self.python_changes + self.codegen_changes

    @property
    def verdict(self) -> Verdict:
        return overall(self.changes)

    @property
    def base_version(self) -> object:
        return self.specs.base.get("info", {}).get("version")

    @property
    def revision_version(self) -> object:
        return self.specs.revision.get("info", {}).get("version")


def relative(path: Path) -> str:
    return str(path.resolve().relative_to(ROOT))


def grade(spec: Path, package: Path, base: gitbase.Base) -> Grading:
    """Grade ``spec`` and the generated ``package`` (a directory named like the package)
    against ``base``."""
    with tempfile.TemporaryDirectory(prefix="kirim-diff-") as scratch:
        base_root = Path(scratch)
        base_spec = base_root / "openapi.yaml"
        if not gitbase.extract_file(ROOT, base.commit, relative(SPEC), base_spec):
            raise BaseHasNoSpec(f"the base {base.commit[:12]} has no {relative(SPEC)}")
        specs = Specs(load(base_spec), load(spec))
        spec_changes = detect.spec_changes(base_spec, spec)
        python_changes: list[Change] = []
        codegen_changes: list[Change] = []
        compared = gitbase.extract_tree(ROOT, base.commit, relative(PACKAGE_DIR), base_root)
        if compared:
            base_package = base_root / relative(PACKAGE_DIR)
            python_changes = surface.breakages(PACKAGE_NAME, base_package.parent, package.parent)
            codegen_changes = codegen.changes(base_spec, base_package, base_root / "codegen")
    return Grading(base, specs, spec_changes, python_changes, codegen_changes, compared)


CHANGELOG = ROOT / "CHANGELOG.md"


def arguments(description: str) -> argparse.ArgumentParser:
    """The command line `make diff` and `make bump` share: what to grade, against what."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--package", type=Path, default=PACKAGE_DIR)
    parser.add_argument("--base", help="a git ref; default: the merge-base with main")
    parser.add_argument("--changelog", type=Path, default=CHANGELOG)
    return parser
