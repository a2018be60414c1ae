"""`make check` fails, naming the problem, on each kind of breakage, and passes on faithful copies.

Every case runs on scratch copies of openapi.yaml and generated/kirim_chat in a tmp dir, passed
as the Makefile's SPEC and PACKAGE_DIR; the real files are never touched. The ruff, format and
mypy targets always look at the repository itself, which is clean here.
"""

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.paths import PACKAGE_DIR, ROOT, SPEC
from tests.support.budgets import SUBPROCESS

pytestmark = pytest.mark.slow

# A nested make (when `make test` runs pytest) must not inherit the outer make's settings.
_MAKE_VARIABLES = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES"}


@dataclass(frozen=True)
class Scratch:
    spec: Path
    package: Path

    def edit_spec(self, old: str, new: str) -> None:
        text = self.spec.read_text(encoding="utf-8")
        assert old in text, f"the spec no longer contains {old!r}; update this test"
        self.spec.write_text(text.replace(old, new, 1), encoding="utf-8")


@dataclass(frozen=True)
class Outcome:
    returncode: int
    output: str

    def failed_at(self, target: str) -> bool:
        """Whether make stopped on ``target`` (so every check before it passed)."""
        return re.search(rf"\*\*\* \[Makefile:\d+: {target}\] Error", self.output) is not None


@pytest.fixture
def scratch(tmp_path: Path) -> Scratch:
    copies = Scratch(spec=tmp_path / "openapi.yaml", package=tmp_path / "kirim_chat")
    shutil.copy(SPEC, copies.spec)
    shutil.copytree(PACKAGE_DIR, copies.package, ignore=shutil.ignore_patterns("__pycache__"))
    return copies


def make_check(scratch: Scratch) -> Outcome:
    env = {name: value for name, value in os.environ.items() if name not in _MAKE_VARIABLES}
    variables = [f"SPEC={scratch.spec}", f"PACKAGE_DIR={scratch.package}"]
    result = subprocess.run(
        ["make", "-s", "-C", str(ROOT), "check", *variables],
        env=env,
        capture_output=True,
        text=True,
        timeout=SUBPROCESS,
        check=False,
    )
    return Outcome(result.returncode, result.stdout + result.stderr)


def test_passes_on_faithful_copies(scratch: Scratch) -> None:
    outcome = make_check(scratch)
    assert outcome.returncode == 0, outcome.output
    assert f"{scratch.package} is exactly what `make generate` writes" in outcome.output


def test_names_a_broken_ref(scratch: Scratch) -> None:
    scratch.edit_spec("'#/components/schemas/AccountList'", "'#/components/schemas/AccountLsit'")
    outcome = make_check(scratch)
    assert outcome.returncode != 0
    assert outcome.failed_at("check-structure"), outcome.output
    assert "'/components/schemas/AccountLsit' does not exist" in outcome.output


def test_names_an_example_that_violates_its_schema(scratch: Scratch) -> None:
    scratch.edit_spec("phone_number_id: '106540352242922'", "phone_number_id: 'not-digits'")
    outcome = make_check(scratch)
    assert outcome.returncode != 0
    assert outcome.failed_at("check-examples"), outcome.output
    assert (
        "GET /accounts 200 application/json example 'connected': "
        "at $.data[0].phone_number_id: 'not-digits' does not match '^[0-9]+$'"
    ) in outcome.output


def test_names_a_spectral_violation(scratch: Scratch) -> None:
    scratch.edit_spec(
        "  contact:\n    name: kirim-chat maintainers\n", "  x-contact:\n    name: x\n"
    )
    outcome = make_check(scratch)
    assert outcome.returncode != 0
    assert outcome.failed_at("lint-spec"), outcome.output
    assert re.search(
        r'warning\s+info-contact\s+Info object must have "contact" object', outcome.output
    )


def test_names_a_file_edited_by_hand_inside_the_generated_package(scratch: Scratch) -> None:
    with (scratch.package / "client.py").open("a", encoding="utf-8") as client:
        client.write("\nDEFAULT_MAX_RETRIES = 10\n")
    outcome = make_check(scratch)
    assert outcome.returncode != 0
    assert outcome.failed_at("check-drift"), outcome.output
    assert "changed:    client.py" in outcome.output
    assert "+DEFAULT_MAX_RETRIES = 10" in outcome.output


def test_names_the_files_another_ruff_configuration_formatted(scratch: Scratch) -> None:
    ruff = ROOT / ".venv" / "bin" / "ruff"
    subprocess.run(
        [str(ruff), "format", "--isolated", "--no-cache", "--line-length", "79", "--quiet", "."],
        cwd=scratch.package,
        check=True,
        timeout=SUBPROCESS,
    )
    outcome = make_check(scratch)
    assert outcome.returncode != 0
    assert outcome.failed_at("check-drift"), outcome.output
    assert "changed:    api/accounts/list_accounts.py" in outcome.output
