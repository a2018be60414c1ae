"""`make docs`: render openapi.yaml as one self-contained HTML API reference (Redocly build-docs).

``--inlineBundle`` embeds Redoc's scripts in the page; without it the page loads them from
Redocly's CDN and shows nothing offline. The page has one hash route per operation, such as
``reference.html#/accounts/listaccounts``.
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

from scripts.paths import ROOT, SPEC

REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
DEFAULT_OUTPUT = ROOT / "build" / "reference.html"
# Redocly phones home and nags about updates unless told not to; this machine has no route out.
_QUIET = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "DO_NOT_TRACK": "1"}


class DocsFailed(Exception):
    """redocly exited non-zero; the message holds what it printed."""


def build(spec: Path, output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    command = [
        str(REDOCLY), "build-docs", str(spec),
        "--inlineBundle",
        "--output", str(output),
    ]  # fmt: skip
    result = subprocess.run(
        command, env={**os.environ, **_QUIET}, capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or not output.is_file():
        raise DocsFailed(
            f"redocly build-docs failed on {spec} (exit {result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    try:
        build(args.spec, args.output)
    except DocsFailed as failure:
        print(failure, file=sys.stderr)
        return 1
    print(f"wrote {args.output} from {args.spec}; open it in a browser, no server needed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
