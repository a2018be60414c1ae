"""The packages generated from the tests' inline specs are kept between runs
(build/scratch-packages/, tests/support/scratch_package.py) under a key of everything besides the
spec and the runtime's code that shapes them, and handed out with the runtime as it is now: a
kept package must never outlive a change to codegen."""

import os
import shutil
import time
from pathlib import Path

import pytest

from scripts.paths import ROOT
from tests.support.scratch_package import codegen_key, generate_package, kept_packages

INPUTS = ["codegen", "generator-config.yml", "scripts/generate.py", "scripts/run_generator.py",
          "scripts/spec.py"]  # fmt: skip


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """What the key reads, copied, with a file that shapes nothing beside it."""
    for name in INPUTS:
        source, copy = ROOT / name, tmp_path / name
        if source.is_dir():
            shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy)
    (tmp_path / "README.md").write_text("prose\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "changed",
    [
        "codegen/templates/model.py.jinja",
        "generator-config.yml",
        "scripts/run_generator.py",
    ],
)
def test_a_change_to_what_shapes_the_package_is_a_new_key(checkout: Path, changed: str) -> None:
    before = codegen_key(checkout)
    with (checkout / changed).open("a", encoding="utf-8") as file:
        file.write("\n")
    assert codegen_key.__wrapped__(checkout) != before


def test_a_runtime_module_added_is_a_new_key(checkout: Path) -> None:
    before = codegen_key(checkout)
    (checkout / "codegen" / "runtime" / "_new.py").write_text("", encoding="utf-8")
    assert codegen_key.__wrapped__(checkout) != before


def test_a_change_to_anything_else_keeps_the_key(checkout: Path) -> None:
    before = codegen_key(checkout)
    (checkout / "README.md").write_text("other prose\n", encoding="utf-8")
    with (checkout / "codegen" / "runtime" / "client.py").open("a", encoding="utf-8") as file:
        file.write("\n")  # copied afresh into each package handed out
    (checkout / "codegen" / "runtime" / "__pycache__").mkdir(exist_ok=True)
    (checkout / "codegen" / "runtime" / "__pycache__" / "client.pyc").write_bytes(b"\0")
    assert codegen_key.__wrapped__(checkout) == before


def test_the_packages_of_a_key_unused_for_a_day_are_deleted(tmp_path: Path) -> None:
    old, recent = tmp_path / "0ld0ld0ld0ld0ld0", tmp_path / "recentrecentrece"
    for folder in (old, recent):
        (folder / "scratch_x").mkdir(parents=True)
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))

    kept = kept_packages(tmp_path)

    assert kept == tmp_path / codegen_key()
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([kept.name, recent.name])


_TINY_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1.2.3"},
    "paths": {
        "/ping": {"get": {"operationId": "ping", "responses": {"204": {"description": "OK."}}}}
    },
}


def test_a_package_is_handed_out_with_the_runtime_as_it_is_now(tmp_path: Path) -> None:
    first = generate_package(_TINY_SPEC, tmp_path / "first", "kept_tiny")
    kept = kept_packages() / "kept_tiny"
    # As if codegen/runtime/_json.py had changed since the package was kept.
    (kept / "_json.py").write_text("stale = True\n", encoding="utf-8")

    again = generate_package(_TINY_SPEC, tmp_path / "again", "kept_tiny")

    runtime = (ROOT / "codegen" / "runtime" / "_json.py").read_text(encoding="utf-8")
    assert (first / "_json.py").read_text(encoding="utf-8") == runtime
    assert (again / "_json.py").read_text(encoding="utf-8") == runtime
    assert '__version__ = "1.2.3"' in (again / "_version.py").read_text(encoding="utf-8")
