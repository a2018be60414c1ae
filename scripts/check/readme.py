"""Type-check every Python block of README.md with `mypy --strict` and pyright (strict).

Each ```python block is a program of its own, as a reader would copy it: it must import what it
uses and type-check without a cast or an ignore. tests/tooling/test_readme.py also runs every
block against a loopback server that answers each operation of openapi.yaml with its example,
with KIRIM_API_KEY and KIRIM_BASE_URL set.

An HTML comment on the line before a block (blank lines may come between) changes that:

    <!-- readme: no-run -->       type-checked, never run (it waits, needs a real key, ...)
    <!-- readme: skip -->         neither checked nor run (a fragment shown for its shape)
    <!-- readme: continued -->    the previous block's program, continued: the two (or more)
                                  are checked and run as one, for a step-by-step walkthrough
    <!-- readme: pytest -->       a test module: checked, and run with pytest, whose tests must
                                  all pass (for the section on testing one's own code)

Flags combine (``<!-- readme: continued, no-run -->``). Lines after the flags, inside the
comment, are hidden setup put before the block, for names a fragment takes as given:

    <!-- readme: no-run
    def rotate_key() -> None: ...
    -->

Errors are reported at their line in README.md.
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from scripts import node
from scripts.paths import PACKAGE_DIR, ROOT

README = ROOT / "README.md"
PYRIGHT = node.tool("pyright")
FLAGS = frozenset({"no-run", "skip", "continued", "pytest"})

_FENCE = re.compile(r"^```(\w*)\s*$")
_MARKER = re.compile(r"^<!--\s*readme:(.*?)(-->)?\s*$")


class MarkerError(ValueError):
    """A marker the checker does not understand: a typo must not switch a check off."""


@dataclass
class Snippet:
    """One program: a block, with its hidden setup and the blocks it continues."""

    line: int
    """The README line of the block's opening fence."""
    lines: list[str] = field(default_factory=list)
    origins: list[int] = field(default_factory=list)
    """The README line each program line comes from."""
    run: bool = True
    check: bool = True
    pytest: bool = False
    """Run as a test module by pytest rather than as a script."""

    @property
    def code(self) -> str:
        return "\n".join(self.lines) + "\n"

    @property
    def name(self) -> str:
        # test_*: the name pytest collects, for the blocks it runs.
        return f"test_readme_line_{self.line}" if self.pytest else f"readme_line_{self.line}"


@dataclass
class _Marker:
    flags: set[str]
    setup: list[str]
    setup_line: int


def snippets(markdown: str) -> list[Snippet]:
    """The programs of ``markdown``'s ```python blocks, markers applied (skipped ones omitted)."""
    lines = markdown.splitlines()
    programs: list[Snippet] = []
    marker: _Marker | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        started = _MARKER.match(line)
        if started:
            marker, index = _read_marker(lines, index, started)
            continue
        fence = _FENCE.match(line)
        if fence is None:
            if line.strip():
                marker = None  # a marker applies to the block right after it only
            index += 1
            continue
        end = next(
            (i for i in range(index + 1, len(lines)) if lines[i].startswith("```")), len(lines)
        )
        if fence.group(1) == "python":
            _add(programs, marker or _Marker(set(), [], index + 1), lines, index, end)
        marker = None
        index = end + 1
    return [program for program in programs if program.check or program.run]


def _read_marker(lines: list[str], index: int, started: re.Match[str]) -> tuple[_Marker, int]:
    head = started.group(1)
    flags = {flag.strip() for flag in head.split(",") if flag.strip()}
    unknown = flags - FLAGS
    if unknown:
        raise MarkerError(
            f"README line {index + 1}: unknown readme flag(s) {sorted(unknown)}; "
            f"known: {sorted(FLAGS)}"
        )
    setup: list[str] = []
    end = index
    if started.group(2) is None:  # the comment goes on: hidden setup lines until -->
        end = index + 1
        while end < len(lines) and lines[end].strip() != "-->":
            setup.append(lines[end])
            end += 1
        if end == len(lines):
            raise MarkerError(f"README line {index + 1}: readme marker without its closing -->")
    return _Marker(flags, setup, index + 2), end + 1


def _add(programs: list[Snippet], marker: _Marker, lines: list[str], fence: int, end: int) -> None:
    block = lines[fence + 1 : end]
    if "continued" in marker.flags:
        if not programs:
            raise MarkerError(f"README line {fence + 1}: 'continued' with no block before it")
        program = programs[-1]
    else:
        program = Snippet(line=fence + 1)
        programs.append(program)
    program.lines += marker.setup + block
    program.origins += [marker.setup_line + offset for offset in range(len(marker.setup))]
    program.origins += [fence + 2 + offset for offset in range(len(block))]
    if "no-run" in marker.flags:
        program.run = False
    if "skip" in marker.flags:
        program.run = program.check = False
    if "pytest" in marker.flags:
        program.pytest = True


def write(programs: Sequence[Snippet], directory: Path) -> list[Path]:
    """Each program as ``<name>.py`` in ``directory``."""
    paths = []
    for program in programs:
        path = directory / f"{program.name}.py"
        path.write_text(program.code, encoding="utf-8")
        paths.append(path)
    return paths


def typecheck(
    programs: Sequence[Snippet], readme: Path = README, package_root: Path = PACKAGE_DIR.parent
) -> list[str]:
    """The errors of ``mypy --strict`` and ``pyright`` (strict) in ``programs``, each as
    ``README.md:<line>: <tool>: <message>``; empty when both pass. The package is read from
    ``package_root`` (the folder that holds it) ahead of whatever the environment installed, so
    the blocks are checked against this checkout's package."""
    checked = [program for program in programs if program.check]
    if not checked:
        return []
    with tempfile.TemporaryDirectory(prefix="readme-") as scratch:
        directory = Path(scratch)
        paths = write(checked, directory)
        # Settings of their own: the repository's mypy and pyright configuration is not the
        # README reader's.
        (directory / "mypy.ini").write_text(f"[mypy]\nmypy_path = {package_root}\n")
        (directory / "pyrightconfig.json").write_text(
            json.dumps(
                {
                    "typeCheckingMode": "strict",
                    "pythonVersion": "3.11",
                    "extraPaths": [str(package_root)],
                }
            )
        )
        mypy = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--python-version",
                "3.11",
                # A cache of its own beside the repository's: the standard library, httpx and
                # the package are analysed once, not on every run (4 s to 2 s).
                "--cache-dir",
                str(ROOT / ".mypy_cache" / "readme"),
                "--config-file",
                str(directory / "mypy.ini"),
                "--no-error-summary",
                "--show-column-numbers",
                *map(str, paths),
            ],
            cwd=directory,
            capture_output=True,
            text=True,
            check=False,
        )
        pyright = subprocess.run(
            [
                str(PYRIGHT),
                "--pythonpath",
                sys.executable,
                "--project",
                str(directory),
                *map(str, paths),
            ],
            cwd=directory,
            env=node.environment(),
            capture_output=True,
            text=True,
            check=False,
        )
    by_name = {program.name: program for program in checked}
    errors = _located(mypy.stdout + mypy.stderr, "mypy", by_name, readme)
    errors += _located(pyright.stdout, "pyright", by_name, readme)
    errors.sort(key=lambda error: int(error.split(":")[1]))
    if mypy.returncode not in (0, 1) or pyright.returncode not in (0, 1):
        errors.append(f"a type checker could not run:\n{mypy.stderr}{pyright.stderr}")
    elif (mypy.returncode or pyright.returncode) and not errors:
        errors.append(f"a type checker failed:\n{mypy.stdout}{pyright.stdout}")
    return errors


_LOCATION = re.compile(r"((?:test_)?readme_line_\d+)\.py:(\d+)(?::\d+)?:?\s*-?\s*(.*)")


def _located(output: str, tool: str, by_name: dict[str, Snippet], readme: Path) -> list[str]:
    errors = []
    for line in output.splitlines():
        found = _LOCATION.search(line)
        if not found or not re.search(r"\berror\b", found.group(3)):
            continue
        program = by_name[found.group(1)]
        program_line = int(found.group(2))
        origin = program.origins[min(program_line, len(program.origins)) - 1]
        errors.append(f"{readme.name}:{origin}: {tool}: {found.group(3).strip()}")
    return errors


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("readme", type=Path, nargs="?", default=README)
    parser.add_argument(
        "--package", type=Path, default=PACKAGE_DIR, help="the package the blocks import"
    )
    args = parser.parse_args(argv)
    try:
        programs = snippets(args.readme.read_text(encoding="utf-8"))
    except MarkerError as bad_marker:
        print(bad_marker, file=sys.stderr)
        return 1
    errors = typecheck(programs, args.readme, args.package.resolve().parent)
    for located in errors:
        print(located, file=sys.stderr)
    checked = sum(program.check for program in programs)
    if errors:
        print(f"{len(errors)} type error(s) in {args.readme.name}'s Python blocks", file=sys.stderr)
        return 1
    print(
        f"{checked} Python block(s) of {args.readme.name} pass mypy --strict and pyright (strict)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
