"""The test command cosmic-ray runs for each mutant, from inside the copied tree.

Copies the (mutated) runtime into the tree's generated package, puts that package first on the
path (ahead of the editable install, which points at the real checkout), and runs the fast
runtime tests, stopping at the first failure: one failure is enough to kill a mutant. The test
files that exercise the mutated module most directly run first, so that most mutants die within
seconds; a surviving mutant runs every test either way.
"""

import filecmp
import os
import sys

import pytest

from scripts.generate import copy_runtime
from scripts.paths import PACKAGE_DIR, ROOT, RUNTIME, SPEC
from scripts.spec import load

# Where the driver keeps the runtime as it was before any mutation.
PRISTINE = ROOT.parent / "pristine-runtime"
# The fast runtime tests: tests/client (the load test is slow and adds nothing per mutant) and
# tests/templates (the generated from_dict calls the runtime's _json helpers).
SUITES = ("tests/client", "tests/templates")
# Which test files to run first for a mutant in which runtime module.
FIRST = {
    "__main__.py": ["tests/client/test_cli.py"],
    "_arguments.py": [
        "tests/client/test_idempotent_writes.py",
        "tests/client/test_configuration.py",
    ],
    "_cli.py": ["tests/client/test_cli.py"],
    "_options.py": [
        "tests/client/test_error_family.py",
        "tests/client/test_request_options.py",
        "tests/client/test_configuration.py",
    ],
    "_pagination.py": ["tests/client/test_pagination.py"],
    "_pools.py": [
        "tests/client/test_shared_pools.py",
        "tests/client/test_event_loops.py",
        "tests/client/test_threads.py",
    ],
    "_rate_limit.py": ["tests/client/test_observability.py"],
    "_base_client.py": [
        "tests/client/test_retries.py",
        "tests/client/test_deadlines.py",
        "tests/client/test_observability.py",
    ],
    "_clock.py": ["tests/client/test_retries.py"],
    "_constants.py": ["tests/client/test_configuration.py", "tests/client/test_retries.py"],
    "_json.py": ["tests/templates", "tests/client/test_parsing.py"],
    "_logging.py": ["tests/client/test_logging_levels.py", "tests/client/test_observability.py"],
    "_redact.py": ["tests/client/test_redaction.py", "tests/client/test_secrets.py"],
    "_response.py": ["tests/client/test_observability.py", "tests/client/test_pagination.py"],
    "_retry.py": ["tests/client/test_retries.py", "tests/client/test_idempotent_writes.py"],
    "client.py": ["tests/client/test_configuration.py", "tests/client/test_timeouts.py"],
    "errors.py": ["tests/client/test_errors.py", "tests/client/test_redaction.py"],
    "types.py": ["tests/client/test_parsing.py"],
    "testing.py": ["tests/client/test_fake_kirim.py"],
    "pytest_plugin.py": ["tests/client/test_fake_kirim.py"],
}
PYTEST_OPTIONS = [
    "-m",
    "not slow",
    "-x",
    "-q",
    "-p",
    "no:cacheprovider",
    "-p",
    "no:hypothesispytest",  # ~0.5 s of imports per mutant, for tests that use none of it
    # A mutant that makes a call hang is killed by this, well before cosmic-ray's own limit.
    "-o",
    "timeout=30",
]


def mutated_modules() -> list[str]:
    if not PRISTINE.is_dir():
        return []
    return [
        path.name
        for path in sorted(RUNTIME.glob("*.py"))
        if not filecmp.cmp(path, PRISTINE / path.name, shallow=False)
    ]


def test_files() -> list[str]:
    """Every test file of SUITES, those for the mutated module first."""
    every = [
        str(path.relative_to(ROOT))
        for suite in SUITES
        for path in sorted((ROOT / suite).rglob("test_*.py"))
    ]
    first = [
        name
        for module in mutated_modules()
        for prefix in FIRST.get(module, [])
        for name in every
        if name == prefix or name.startswith(prefix + "/")
    ]
    return list(dict.fromkeys([*first, *every]))


def main() -> int:
    copy_runtime(PACKAGE_DIR, str(load(SPEC)["info"]["version"]))
    generated = str(PACKAGE_DIR.parent)
    sys.path.insert(0, generated)
    # For the tests that start a Python subprocess, too.
    os.environ["PYTHONPATH"] = os.pathsep.join([generated, str(ROOT)])
    os.chdir(ROOT)
    return int(pytest.main([*test_files(), *PYTEST_OPTIONS, *sys.argv[1:]]))


if __name__ == "__main__":
    sys.exit(main())
