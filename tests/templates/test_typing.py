"""The code emitted for every kind at once, for the spec facts the templates read from the raw
spec (deprecations, parameter rules, bodies of several models), and for models that refer to
each other in a cycle, passes mypy --strict: its typing is proven."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.scratch_package import generate_package
from tests.templates.facts_spec import FACTS_SPEC
from tests.templates.specs import IMPORTS_SPEC, KINDS_SPEC

pytestmark = pytest.mark.slow


def test_a_package_with_every_kind_passes_mypy_strict(tmp_path: Path) -> None:
    generate_package(KINDS_SPEC, tmp_path, "every_kind")
    generate_package(FACTS_SPEC, tmp_path, "facts")
    generate_package(IMPORTS_SPEC, tmp_path, "imports")

    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "every_kind",
            "facts",
            "imports",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )

    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Success: no issues found" in checked.stdout
