"""The Node tools pinned in package-lock.json (Spectral, Redocly, Prism): where they are, the
environment that keeps them quiet, and the one exception for a tool that failed.

Every script that runs one goes through here, and so does the Makefile, through
``python -m scripts.node TOOL ARGS...`` (see ``main``), so the list below is the only place
that says how the tools are kept from phoning home.
"""

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from scripts.paths import ROOT

NODE_MODULES = ROOT / "node_modules"
BIN = NODE_MODULES / ".bin"

# The tools send telemetry and look for updates unless told not to; this machine has no route
# to their servers, and a build should not depend on one.
QUIET_ENV: Mapping[str, str] = {
    "SCARF_ANALYTICS": "false",  # Spectral and Prism (Stoplight's npm packages)
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "DO_NOT_TRACK": "1",  # the cross-tool convention, for anything else they pull in
}


class ToolFailed(Exception):
    """A pinned tool exited non-zero or did not do its job; the message holds its output."""


def tool(name: str) -> Path:
    """The executable of a pinned tool, e.g. ``tool("spectral")``."""
    return BIN / name


def environment(withheld: Iterable[str] = ()) -> dict[str, str]:
    """This process's environment with the quiet settings, minus the ``withheld`` names (the
    caller's secrets, which no tool needs)."""
    dropped = set(withheld)
    kept = {key: value for key, value in os.environ.items() if key not in dropped}
    return {**kept, **QUIET_ENV}


def run(name: str, arguments: Sequence[str], cwd: Path | None = None) -> str:
    """Run a pinned tool to completion; its output, or ToolFailed with that output."""
    result = subprocess.run(
        [str(tool(name)), *arguments],
        env=environment(),
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise ToolFailed(
            f"{name} {' '.join(arguments[:1])} failed (exit {result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )
    return result.stdout


def package_version(package: str) -> str:
    """The installed version of an npm package, e.g. ``@stoplight/prism-cli``."""
    manifest = NODE_MODULES / package / "package.json"
    return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m scripts.node spectral lint ...``: the tool in the foreground, its exit status
    passed through. The Makefile's targets call Node tools this way."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    if not arguments:
        print("usage: python -m scripts.node TOOL [ARGUMENT...]", file=sys.stderr)
        return 2
    name, *arguments = arguments
    return subprocess.run([str(tool(name)), *arguments], env=environment(), check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
