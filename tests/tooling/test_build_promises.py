"""Configuration that carries a promise, checked by what it does: `make test` runs every check,
the whole suite and the version matrix; CI runs the README's test command; the matrix tests the
dependency floors by default; the package's dependency ranges are the README's; and no test
reaches the network beyond loopback. (Each Spectral rule at its severity:
test_spectral_conventions.py.)"""

import json
import os
import re
import shlex
import socket
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from scripts.paths import ROOT
from tests.support.budgets import SUBPROCESS
from tests.support.scratch_repo import run_make

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _dry_run_of_make_test() -> list[str]:
    """The commands `make test` runs, in order, from make's dry run (the setup rules left out):
    recursive makes run even then, each printing its own commands."""
    result = run_make(ROOT, "-n", "test", "TOOLS=", "CHROMIUM_READY=")
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.splitlines()


def _index(lines: list[str], pattern: str) -> int:
    found = [index for index, line in enumerate(lines) if re.search(pattern, line)]
    assert found, f"`make test` runs no command matching {pattern!r}:\n" + "\n".join(lines)
    return found[0]


def test_make_test_runs_every_check_then_the_whole_suite_and_the_matrix() -> None:
    lines = _dry_run_of_make_test()
    check = _index(lines, r"-m scripts\.check\.run ")
    pytest_run = _index(lines, r"-m pytest\b")
    matrix = _index(lines, r"/nox\b")
    assert check < pytest_run, "the checks run first"
    assert check < matrix, "the checks run first"
    # Every step the Makefile lists for `make check`, none left out.
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    steps = re.search(r"^CHECK_STEPS \?= (.*)$", makefile, re.MULTILINE)
    assert steps is not None
    assert shlex.split(lines[check])[-len(steps.group(1).split()) :] == steps.group(1).split()
    # The whole suite: nothing deselected, no marker, keyword or path narrowing it.
    arguments = shlex.split(lines[pytest_run].split("-m pytest", 1)[1])
    for scheduling in ("-n", "--dist", "--maxprocesses"):  # pytest-xdist: how, not what
        while scheduling in arguments:
            del arguments[arguments.index(scheduling) : arguments.index(scheduling) + 2]
    narrowing = {"-m", "-k", "--deselect", "--ignore", "--ignore-glob", "-x", "--lf"}
    assert not narrowing & set(arguments), lines[pytest_run]
    assert [argument for argument in arguments if not argument.startswith("-")] == []
    # The matrix as noxfile.py chooses it (its default sessions).
    assert shlex.split(lines[matrix])[1:] == [], lines[matrix]


def _readme_test_command() -> str:
    """The command README.md gives for running every check and test."""
    found = re.search(r"^(make [\w-]+)\s+#.*\btest suite\b", README, re.MULTILINE)
    assert found is not None, "README.md names no command that runs the test suite"
    return found.group(1)


def test_ci_runs_the_readme_test_command(tmp_path: Path) -> None:
    """.ci/run, with a `make` that only writes down how it was called."""
    called = tmp_path / "called"
    fake = tmp_path / "bin" / "make"
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\necho "make $*" >> {shlex.quote(str(called))}\n')
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    environment = {**os.environ, "PATH": f"{fake.parent}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run([str(ROOT / ".ci" / "run")], env=environment, check=True, timeout=SUBPROCESS)
    assert called.read_text().splitlines() == [_readme_test_command()]


def test_the_matrix_runs_the_dependency_floors_by_default() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "nox"), "--list", "--json"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=SUBPROCESS,
    )  # fmt: skip
    selected = {session["name"] for session in json.loads(result.stdout)}
    assert {"tests", "floors"} <= selected, selected


def _requirements() -> dict[str, Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {Requirement(line).name: Requirement(line) for line in project["dependencies"]}


def test_the_dependency_ranges_are_the_ones_the_readme_states() -> None:
    """README.md: "depends on `httpx` (0.23.1 to 0.28) and `attrs` (22.2 or newer)"."""
    requirements = _requirements()
    httpx = re.search(r"`httpx` \(([\d.]+) to ([\d.]+)\)", README)
    attrs = re.search(r"`attrs` \(([\d.]+) or newer\)", README)
    assert httpx is not None, "README.md no longer states the httpx range"
    assert attrs is not None, "README.md no longer states the attrs range"
    lowest, highest_series = httpx.groups()
    allowed = requirements["httpx"].specifier
    assert allowed.contains(lowest)
    assert allowed.contains(f"{highest_series}.99")
    assert not allowed.contains(_previous(lowest))
    assert not allowed.contains(_next_series(highest_series)), "the httpx cap is gone"
    assert sorted(requirements) == ["attrs", "httpx"]
    [attrs_lowest] = attrs.groups()
    assert requirements["attrs"].specifier.contains(attrs_lowest)
    assert requirements["attrs"].specifier.contains("99.0")
    assert not requirements["attrs"].specifier.contains(_previous(attrs_lowest))


def test_the_testing_extra_is_the_one_the_readme_states() -> None:
    """README.md: "The `testing` extra ... adds `jsonschema` (4.18 or newer)"."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = {
        name: [Requirement(line) for line in lines]
        for name, lines in project["optional-dependencies"].items()
    }
    stated = re.search(r"The `(\w+)` extra .*? adds `(\w+)` \(([\d.]+) or\s+newer\)", README, re.S)
    assert stated is not None, "README.md no longer states the testing extra"
    extra, name, lowest = stated.groups()
    [requirement] = extras[extra]
    assert requirement.name == name
    assert requirement.specifier.contains(lowest)
    assert not requirement.specifier.contains(_previous(lowest))


def _previous(version: str) -> str:
    """A version just below ``version``: 0.23.1 -> 0.23.0, 22.2 -> 22.1.99."""
    parts = [int(part) for part in version.split(".")]
    if parts[-1] > 0:
        return ".".join(map(str, [*parts[:-1], parts[-1] - 1, 99]))
    return ".".join(map(str, [*parts[:-2], parts[-2] - 1, 99]))


def _next_series(series: str) -> str:
    """0.28 -> 0.29.0."""
    major, minor = series.split(".")[:2]
    return f"{major}.{int(minor) + 1}.0"


def test_a_test_cannot_reach_beyond_loopback() -> None:
    """pyproject.toml's --block-network --allowed-hosts=127.0.0.1: a connection elsewhere is
    refused before any packet leaves (192.0.2.1 is TEST-NET-1, never routed)."""
    with socket.socket() as connection:
        connection.settimeout(1)
        with pytest.raises(RuntimeError, match="Network is disabled"):
            connection.connect(("192.0.2.1", 9))


def test_a_test_can_reach_loopback() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.create_connection(server.getsockname(), timeout=5):
            pass
