"""A throwaway git repository in tmp, for tests that run git or `make` on an edited project.

``copy_of_checkout`` copies the working tree (committed or not, ignored files left out) into a
fresh repository whose `main` holds that copy, and links the real .venv and node_modules in, so
`make` runs the same tools without installing anything.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.budgets import SUBPROCESS

# Variables of an outer `make` (or a user's command line) that must not leak into the inner one.
_OUTER_MAKE_VARIABLES = ("MAKEFLAGS", "MAKELEVEL", "MFLAGS", "BASE", "SPEC", "PACKAGE_DIR")
_SHARED_TOOL_DIRS = (".venv", "node_modules")
_MYPY_CACHE = ".mypy_cache"


class ScratchRepo:
    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def init(cls, root: Path, branch: str = "main") -> "ScratchRepo":
        root.mkdir(parents=True, exist_ok=True)
        repo = cls(root)
        repo.git("init", "--quiet", "--initial-branch", branch)
        return repo

    @classmethod
    def copy_of_checkout(cls, checkout: Path, root: Path) -> "ScratchRepo":
        listed = subprocess.run(
            ["git", "-C", str(checkout), "ls-files", "-z", "--cached", "--others",
             "--exclude-standard"],
            capture_output=True, check=True,
        ).stdout.decode()  # fmt: skip
        repo = cls.init(root)
        for name in filter(None, listed.split("\0")):
            source = checkout / name
            if source.is_file():  # a file deleted but not yet committed is listed too
                (root / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, root / name)
        for name in _SHARED_TOOL_DIRS:
            (root / name).symlink_to(checkout / name)
        # mypy's cache, copied (never shared: mypy writes to it): the files copied above keep
        # their mtimes, so mypy rechecks only what the test changes (0.3 s instead of 7 s).
        if (checkout / _MYPY_CACHE).is_dir():
            shutil.copytree(
                checkout / _MYPY_CACHE, root / _MYPY_CACHE, symlinks=True, dirs_exist_ok=True
            )
        # .gitignore's `/.venv/` matches directories only, not these links.
        with (root / ".git" / "info" / "exclude").open("a") as exclude:
            exclude.write("".join(f"/{name}\n" for name in _SHARED_TOOL_DIRS))
        repo.commit("copy of the checkout")
        return repo

    def copy(self, root: Path) -> "ScratchRepo":
        """This scratch repository copied to ``root`` (its history, links and mypy cache, the
        mtimes kept): cheaper than another ``copy_of_checkout`` when a module's tests all start
        from the same prepared state."""
        shutil.copytree(self.root, root, symlinks=True)
        return ScratchRepo(root)

    def git(self, *args: str) -> str:
        result = subprocess.run(
            ["git", "-c", "user.name=Scratch", "-c", "user.email=scratch@example.invalid",
             "-c", "commit.gpgsign=false", *args],
            cwd=self.root, capture_output=True, text=True, check=True,
        )  # fmt: skip
        return result.stdout.strip()

    def commit(self, message: str) -> str:
        self.git("add", "--all")
        self.git("commit", "--quiet", "--allow-empty", "--message", message)
        return self.git("rev-parse", "HEAD")

    def replace(self, name: str, old: str, new: str) -> None:
        """Edit a file; the text to replace must be there, so a stale test fails loudly."""
        path = self.root / name
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{name} does not contain exactly one {old!r}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    def pytest(
        self, *arguments: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """This repository's own test suite (or part of it), verbose, with the same Python."""
        environment = {
            key: value for key, value in os.environ.items() if key not in _OUTER_MAKE_VARIABLES
        }
        # This copy's package, not the checkout's that the shared .venv's editable install
        # points at: PYTHONPATH comes before the .pth files on sys.path.
        environment["PYTHONPATH"] = str(self.root / "generated")
        environment.update(env or {})
        return subprocess.run(
            [sys.executable, "-m", "pytest", "-v", "-p", "no:cacheprovider", *arguments],
            cwd=self.root, env=environment, capture_output=True, text=True, check=False,
            timeout=SUBPROCESS,
        )  # fmt: skip

    def make(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        """Run make with the tools already in place: ``TOOLS=`` skips the setup rules, which
        would otherwise see the freshly copied lock files as newer than the linked .venv."""
        return run_make(self.root, "TOOLS=", *arguments)


def run_make(
    directory: Path, *arguments: str, env: dict[str, str | None] | None = None
) -> subprocess.CompletedProcess[str]:
    """``make`` in ``directory``, free of any outer make's variables; ``env`` entries set to
    None are removed."""
    environment = {
        key: value for key, value in os.environ.items() if key not in _OUTER_MAKE_VARIABLES
    }
    for key, value in (env or {}).items():
        if value is None:
            environment.pop(key, None)
        else:
            environment[key] = value
    return subprocess.run(
        ["make", "--no-print-directory", *arguments],
        cwd=directory, env=environment, capture_output=True, text=True, check=False,
    )  # fmt: skip
