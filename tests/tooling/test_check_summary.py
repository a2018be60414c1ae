"""`make check` runs every step even after one fails, and ends with a summary naming each
step's result; it fails when any step failed.

Scratch copies of openapi.yaml and the generated package in a tmp dir are passed as SPEC and
PACKAGE_DIR; CHECK_STEPS picks the steps the test asserts on (the full list is the default).
"""

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonpatch
import pytest
import yaml

from scripts.paths import PACKAGE_DIR, ROOT, SPEC
from scripts.spec import load

pytestmark = pytest.mark.slow

_MAKE_VARIABLES = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES"}
STEPS = ("check-examples", "check-structure", "lint-spec", "check-drift")


def make_check(
    tmp_path: Path, spec: dict[str, Any], stray_file: str | None = None
) -> tuple[int, str, str]:
    """Exit status, stdout (the steps' reports and the summary) and stderr; ``stray_file`` is
    added to the copy of the package, which the drift check must name."""
    spec_path, package = tmp_path / "openapi.yaml", tmp_path / "kirim_chat"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    shutil.copytree(PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    if stray_file is not None:
        (package / stray_file).write_text("", encoding="utf-8")
    env = {name: value for name, value in os.environ.items() if name not in _MAKE_VARIABLES}
    result = subprocess.run(
        ["make", "-s", "-C", str(ROOT), "check", f"SPEC={spec_path}",
         f"PACKAGE_DIR={package}", f"CHECK_STEPS={' '.join(STEPS)}"],
        env=env, capture_output=True, text=True, timeout=100, check=False,
    )  # fmt: skip
    return result.returncode, result.stdout, result.stderr


def summary(stdout: str) -> list[str]:
    return stdout.split("make check: summary\n", 1)[1].splitlines()


def test_two_breakages_show_in_one_run_and_the_summary_names_both(tmp_path: Path) -> None:
    broken = jsonpatch.apply_patch(
        load(SPEC),
        [{"op": "remove", "path": "/info/contact"}],  # Spectral's info-contact
    )
    returncode, stdout, stderr = make_check(tmp_path, broken, stray_file="stray.py")
    output = stdout + stderr
    assert returncode != 0, output
    # Both failures, each from its own step, in one run; the steps between them still ran.
    assert re.search(r'warning\s+info-contact\s+Info object must have "contact" object', output)
    assert "unexpected: stray.py" in output, output
    rows = [re.split(r"\s+", line.strip())[:2] for line in summary(stdout)[:-1]]
    assert rows == [
        ["check-examples", "passed"],
        ["check-structure", "passed"],
        ["lint-spec", "FAILED"],
        ["check-drift", "FAILED"],
    ]
    assert summary(stdout)[-1].startswith("make check: 2 of 4 steps FAILED: lint-spec, check-drift")


def test_the_summary_says_when_every_step_passed(tmp_path: Path) -> None:
    returncode, stdout, stderr = make_check(tmp_path, load(SPEC))
    assert returncode == 0, stdout + stderr
    assert summary(stdout)[-1] == f"make check: all {len(STEPS)} steps passed"
    assert [line.split()[:2] for line in summary(stdout)[:-1]] == [
        [step, "passed"] for step in STEPS
    ]


def test_check_runs_every_step_the_makefile_lists() -> None:
    """`make check` with no CHECK_STEPS runs the full list, the one `make help` documents."""
    listed = subprocess.run(
        ["make", "-s", "-C", str(ROOT), "--eval", "print-steps: ; @echo $(CHECK_STEPS)",
         "print-steps"],
        capture_output=True, text=True, check=True, timeout=30,
        env={k: v for k, v in os.environ.items() if k not in _MAKE_VARIABLES},
    ).stdout.split()  # fmt: skip
    assert listed == [
        "check-structure", "check-examples", "lint-spec", "check-templates", "check-drift",
        "diff", "secret-scan", "lint", "format-check", "typecheck", "verify-types",
        "check-readme",
    ]  # fmt: skip
