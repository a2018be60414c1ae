"""Generate a package from an inline spec with this repository's config, templates and runtime,
and import it: how tests show what *any* spec gets, without depending on today's openapi.yaml.

In the manner of openapi-python-client's functional tests: a small spec written in the test,
generated exactly as `make generate` would, then imported and executed.
"""

import fcntl
import functools
import hashlib
import importlib
import importlib.metadata
import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from scripts.generate import copy_runtime, generate
from scripts.paths import GENERATOR_CONFIG, ROOT

# Where generated packages outlive a test run, one folder per codegen_key().
KEPT = ROOT / "build" / "scratch-packages"
# What shapes a generated package besides its spec: a change to any of them is a new key, so a
# kept package is never stale. The runtime is not among them: generate_package copies it afresh
# into each package it hands out (as generate() does, after the generator ran), so an edit of
# codegen/runtime/ (and each mutant of `make mutation`) regenerates nothing. Its file names are:
# a module added or removed must not linger in a kept package.
_CODEGEN_INPUTS = ("codegen/templates", "generator-config.yml", "scripts/generate.py",
                   "scripts/run_generator.py", "scripts/spec.py")  # fmt: skip
_CODEGEN_TOOLS = ("openapi-python-client", "ruff")
# Kept packages whose key has not been used for this long are deleted.
_STALE_AFTER = 24 * 3600


@functools.cache
def codegen_key(root: Path = ROOT) -> str:
    """A digest of what shapes a generated package besides its spec and its runtime's code: the
    templates, the config, the generation scripts and the runtime's module names (of the
    checkout at ``root``), and the versions of the tools they run."""
    digest = hashlib.sha256()
    for top in _CODEGEN_INPUTS:
        path = root / top
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(str(file.relative_to(root)).encode() + b"\0" + file.read_bytes())
    for module in sorted((root / "codegen" / "runtime").glob("*.py")):
        digest.update(f"runtime {module.name}".encode())
    for tool in _CODEGEN_TOOLS:
        try:
            digest.update(f"{tool}=={importlib.metadata.version(tool)}".encode())
        except importlib.metadata.PackageNotFoundError:  # ruff, in the version matrix
            digest.update(f"{tool} absent".encode())
    return digest.hexdigest()[:16]


def kept_packages(home: Path = KEPT) -> Path:
    """The folder under ``home`` for packages generated with today's codegen, which outlive a
    test run (a warm run generates nothing); folders of keys unused for a day are deleted."""
    folder = home / codegen_key()
    folder.mkdir(parents=True, exist_ok=True)
    os.utime(folder)
    for other in home.iterdir():
        if other != folder and time.time() - other.stat().st_mtime > _STALE_AFTER:
            shutil.rmtree(other, ignore_errors=True)
    return folder


def package_name(spec: dict[str, Any], prefix: str = "scratch") -> str:
    """A stable import name for a spec: the same spec always gets the same package name."""
    digest = hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:10]
    return f"{prefix}_{digest}"


def generate_package(spec: dict[str, Any], root: Path, name: str) -> Path:
    """Package ``name`` generated from ``spec``, at ``root / name``: a copy of the one kept for
    today's codegen (generated first if there is none; processes that need it at once wait on a
    lock), with codegen/runtime/ as it is now."""
    kept = kept_packages()
    with (kept / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not (kept / name / "py.typed").exists():  # written last by generate
            _generate(spec, kept, name)
        shutil.copytree(kept / name, root / name)
    copy_runtime(root / name, str(spec.get("info", {}).get("version", "")))
    return root / name


def _generate(spec: dict[str, Any], root: Path, name: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    spec_path = root / f"{name}.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    config = yaml.safe_load(GENERATOR_CONFIG.read_text(encoding="utf-8"))
    config.update(project_name_override=name.replace("_", "-"), package_name_override=name)
    config_path = root / f"{name}-config.yml"
    config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
    generate(spec_path, root / name, config=config_path)
    return root / name


@contextmanager
def imported(root: Path, name: str) -> Iterator[ModuleType]:
    """Package ``name`` under ``root`` imported for the duration of the block, then forgotten."""
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(root))
        for module in [module for module in sys.modules if module.split(".")[0] == name]:
            del sys.modules[module]


def operation(package: ModuleType, tag_module: str, operation_module: str) -> ModuleType:
    """``package.api.<tag>.<operation>``, e.g. ``operation(pkg, "widgets", "list_widgets")``."""
    return importlib.import_module(f"{package.__name__}.api.{tag_module}.{operation_module}")


def model(package: ModuleType, name: str) -> Any:
    """A model class of the package by its class name."""
    return getattr(importlib.import_module(f"{package.__name__}.models"), name)
