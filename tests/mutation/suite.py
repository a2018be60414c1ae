"""The test command cosmic-ray runs for each mutant, from inside the copied tree.

Copies the (mutated) runtime into the tree's generated package, puts that package first on the
path (ahead of the editable install, which points at the real checkout), and runs the fast client
tests, stopping at the first failure: one failure is enough to kill a mutant.
"""

import os
import sys

import pytest

from scripts.generate import copy_runtime
from scripts.paths import PACKAGE_DIR, ROOT, SPEC
from scripts.spec import load

SCRATCH_CACHE_ENV = "KIRIM_SCRATCH_CACHE"
# The fast runtime tests. The CLI's tests are left out: the CLI is being moved into the package
# and tested there; the load test is slow and proves nothing the fast tests do not, per mutant.
PYTEST_ARGS = [
    "tests/client",
    "tests/templates",
    "--ignore=tests/client/test_cli.py",
    "-m",
    "not slow",
    "-x",
    "-q",
    "-p",
    "no:cacheprovider",
    # A mutant that makes a call hang is killed by this, well before cosmic-ray's own limit.
    "-o",
    "timeout=30",
]


def main() -> int:
    copy_runtime(PACKAGE_DIR, str(load(SPEC)["info"]["version"]))
    generated = str(PACKAGE_DIR.parent)
    sys.path.insert(0, generated)
    # For the tests that start a Python subprocess, too.
    os.environ["PYTHONPATH"] = os.pathsep.join([generated, str(ROOT)])
    os.environ.setdefault(SCRATCH_CACHE_ENV, str(ROOT.parent / "scratch-cache"))
    os.chdir(ROOT)
    return int(pytest.main([*PYTEST_ARGS, *sys.argv[1:]]))


if __name__ == "__main__":
    sys.exit(main())
