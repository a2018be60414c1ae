"""The maintainer's loop on synthetic specs: `make generate`, then every step of `make check`;
and `make generate` alone on openapi.yaml against the one-operation spec of an early release.

The steps are those of the Makefile's `check`, pointed at the synthetic spec and package instead
of the repository: ruff with the settings generated code gets (the repository's own config
targets generated/ by path), Spectral with the repository's ruleset as it is (it states the
spec's conventions as rules and names no place in the spec, so the copied schemas need nothing),
and mypy --strict with a cache warmed on the standard library and the dependencies, as a
maintainer's would be, but cold for the package.
"""

import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from scripts import node
from scripts.bench.specs import write_synthetic_spec
from scripts.generate import generate
from scripts.paths import PACKAGE_NAME, ROOT
from scripts.specdiff import gitbase

RULESET = ROOT / ".spectral.yaml"
ONE_OPERATION_RELEASE = "v0.2.1"
"""The last release whose openapi.yaml had one operation (GET /accounts)."""


@dataclass(frozen=True)
class RegenerationTime:
    operations: int
    generate_s: float
    check_s: float
    steps_s: dict[str, float]

    @property
    def total_s(self) -> float:
        return self.generate_s + self.check_s


class StepFailed(Exception):
    """A check failed on a synthetic spec: its timing would mean nothing."""


def _check_steps(workdir: Path, mypy_cache: Path) -> dict[str, list[str]]:
    """The commands of `make check`, for the spec and package in ``workdir``."""
    spec, package = workdir / "openapi.yaml", workdir / PACKAGE_NAME
    mypy_config = workdir / "mypy.ini"
    python, tools = sys.executable, Path(sys.executable).parent
    return {
        "check-structure": [python, "-m", "scripts.check.structure", str(spec)],
        "check-examples": [python, "-m", "scripts.check.examples", str(spec)],
        "lint-spec": [
            str(node.tool("spectral")), "lint", "--quiet", "--ruleset", str(RULESET),
            "--fail-severity", "warn", str(spec),
        ],
        "check-templates": [python, "-m", "scripts.check.templates"],
        "check-drift": [
            python, "-m", "scripts.check.drift", "--spec", str(spec), "--package", str(package),
        ],
        "lint": [
            str(tools / "ruff"), "check", "--isolated", "--no-cache", "--line-length", "100",
            "--target-version", "py311", "--select", "E,F,W,I", "--ignore", "E501", str(package),
        ],
        "format-check": [
            str(tools / "ruff"), "format", "--check", "--isolated", "--no-cache",
            "--line-length", "100", str(package),
        ],
        "typecheck": [
            str(tools / "mypy"), "--strict", "--python-version", "3.11", "--config-file",
            str(mypy_config), "--cache-dir", str(mypy_cache), "-p", PACKAGE_NAME,
        ],
    }  # fmt: skip


def _run(name: str, command: Sequence[str], cwd: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        command, cwd=cwd, env=_environment(cwd), capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise StepFailed(f"{name} failed in {cwd}:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return elapsed


def _environment(cwd: Path) -> dict[str, str]:
    return {
        **node.environment(),
        "MYPYPATH": str(cwd),  # the synthetic package, ahead of the installed kirim_chat
        "PYTHONPATH": str(ROOT),  # scripts.* from the repository, whatever the cwd
    }


def _prepare(operations: int, scratch: Path) -> Path:
    workdir = scratch / f"ops{operations}"
    workdir.mkdir(parents=True, exist_ok=True)
    write_synthetic_spec(operations, workdir / "openapi.yaml")
    (workdir / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
    return workdir


# What generated code imports from outside the package: the cache a maintainer's mypy has warm.
_DEPENDENCIES = """\
import asyncio, email.utils, enum, functools, json, logging, math, os, platform, random, ssl
import sys, time, typing
from collections.abc import Mapping

import attrs
import httpx
"""


def _warm_mypy_cache(scratch: Path, warm_cache: Path) -> None:
    """Type-check only the dependencies, so that the standard library, httpx and attrs are
    cached while the package starts cold."""
    (scratch / "dependencies.py").write_text(_DEPENDENCIES, encoding="utf-8")
    (scratch / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
    command = [
        str(Path(sys.executable).parent / "mypy"), "--strict", "--python-version", "3.11",
        "--config-file", str(scratch / "mypy.ini"), "--cache-dir", str(warm_cache),
        "dependencies.py",
    ]  # fmt: skip
    _run("typecheck (warm-up)", command, scratch)


def _once(workdir: Path, operations: int, warm_cache: Path) -> RegenerationTime:
    started = time.perf_counter()
    generate(workdir / "openapi.yaml", workdir / PACKAGE_NAME)
    generate_s = time.perf_counter() - started
    cache = workdir / "mypy-cache"
    shutil.rmtree(cache, ignore_errors=True)
    shutil.copytree(warm_cache, cache)
    steps = _check_steps(workdir, cache)
    steps_s = {name: _run(name, command, workdir) for name, command in steps.items()}
    return RegenerationTime(operations, generate_s, sum(steps_s.values()), steps_s)


def measure(sizes: Sequence[int], repeats: int, scratch: Path) -> list[RegenerationTime]:
    """Median times per size; sizes take turns within each repeat."""
    scratch = scratch.resolve()  # the steps run with the work directory as cwd
    workdirs = {size: _prepare(size, scratch) for size in sizes}
    warm_cache = scratch / "mypy-warm-cache"
    _warm_mypy_cache(scratch, warm_cache)
    runs: dict[int, list[RegenerationTime]] = {size: [] for size in sizes}
    for repeat in range(repeats):
        order = list(sizes) if repeat % 2 == 0 else list(reversed(sizes))
        for size in order:
            runs[size].append(_once(workdirs[size], size, warm_cache))
    return [_median(runs[size]) for size in sizes]


def _median(runs: list[RegenerationTime]) -> RegenerationTime:
    return RegenerationTime(
        operations=runs[0].operations,
        generate_s=statistics.median(run.generate_s for run in runs),
        check_s=statistics.median(run.check_s for run in runs),
        steps_s={
            name: statistics.median(run.steps_s[name] for run in runs) for name in runs[0].steps_s
        },
    )


def one_operation_spec(destination: Path) -> Path | None:
    """ONE_OPERATION_RELEASE's openapi.yaml, written to ``destination``; None when this clone
    does not have the tag."""
    commit = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{ONE_OPERATION_RELEASE}^{{commit}}"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    ).stdout.strip()  # fmt: skip
    if not commit or not gitbase.extract_file(ROOT, commit, "openapi.yaml", destination):
        return None
    return destination


def make_generate_seconds(
    specs: dict[str, Path], repeats: int, scratch: Path
) -> dict[str, list[float]]:
    """Seconds `make generate` takes on each spec (its command, in a fresh interpreter, as make
    runs it), the specs taking turns within each repeat."""
    names = list(specs)
    seconds: dict[str, list[float]] = {name: [] for name in names}
    for repeat in range(repeats + 1):  # the first round warms the file cache and is dropped
        for name in names[repeat % len(names) :] + names[: repeat % len(names)]:
            output = scratch / f"generate-{name}" / PACKAGE_NAME
            command = [
                sys.executable, "-m", "scripts.generate",
                "--spec", str(specs[name]), "--output", str(output),
            ]  # fmt: skip
            elapsed = _run(f"make generate ({name})", command, ROOT)
            if repeat:
                seconds[name].append(elapsed)
    return seconds
