"""Fail, naming the files, when the committed package differs from what `make generate` writes.

The package is regenerated into a temporary directory with the pinned generator, ruff and
templates, and compared file by file. This catches a hand edit inside generated/, a spec or
template change without `make generate`, and output from another generator or ruff version.
"""

import argparse
import difflib
import sys
import tempfile
from pathlib import Path

from scripts.generate import GenerationFailed, generate
from scripts.paths import PACKAGE_DIR, PACKAGE_NAME, SPEC

_DIFF_LINES_SHOWN = 40


# Not filecmp.dircmp: in Python 3.11 it calls two files equal when their size and mtime agree,
# without reading them, and it names a directory found on one side only rather than its files
# (tests/tooling/test_drift.py shows both cases). A generated package is a few hundred kB, so
# reading every byte of both trees is cheap.
def _files(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def changes(expected_root: Path, actual_root: Path) -> dict[str, str]:
    """Each file that differs between two package trees, by its path relative to them, in
    order: ``missing`` (only in ``expected_root``), ``unexpected`` (only in ``actual_root``) or
    ``changed``. The one comparison of generated trees (the drift check, and whatever else
    compares two generations)."""
    expected, actual = _files(expected_root), _files(actual_root)
    found = {}
    for name in sorted(expected.keys() | actual.keys()):
        if name not in actual:
            found[name] = "missing"
        elif name not in expected:
            found[name] = "unexpected"
        elif expected[name] != actual[name]:
            found[name] = "changed"
    return found


def differences(expected_root: Path, actual_root: Path) -> list[str]:
    """One line per file that is changed, missing or unexpected in ``actual_root``."""
    return [f"{how + ':':<11} {name}" for name, how in changes(expected_root, actual_root).items()]


def _excerpt(expected_root: Path, actual_root: Path, name: str) -> str:
    """A unified diff from what the generator writes to what is in ``actual_root``."""
    diff = difflib.unified_diff(
        (expected_root / name).read_text(encoding="utf-8").splitlines(),
        (actual_root / name).read_text(encoding="utf-8").splitlines(),
        fromfile=f"make generate: {name}",
        tofile=f"{actual_root}/{name}",
        lineterm="",
    )
    lines = list(diff)
    shown = lines[:_DIFF_LINES_SHOWN]
    if len(lines) > len(shown):
        shown.append(f"... {len(lines) - len(shown)} more diff lines")
    return "\n".join(shown)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--package", type=Path, default=PACKAGE_DIR)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kirim-drift-") as scratch:
        fresh = Path(scratch) / PACKAGE_NAME
        try:
            generate(args.spec, fresh)
        except GenerationFailed as failure:
            print(failure, file=sys.stderr)
            return 1
        found = differences(fresh, args.package)
        if not found:
            print(f"{args.package} is exactly what `make generate` writes")
            return 0
        print(
            f"{args.package} differs from what `make generate` writes from {args.spec}. "
            "Never edit generated/ by hand: change the spec or templates/, then run "
            "`make generate`.",
            file=sys.stderr,
        )
        for line in found:
            print(f"  {line}", file=sys.stderr)
        for line in found:
            if line.startswith("changed:"):
                print(_excerpt(fresh, args.package, line.split(maxsplit=1)[1]), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
