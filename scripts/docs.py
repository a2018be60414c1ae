"""`make docs`: render openapi.yaml as one self-contained HTML API reference (Redocly build-docs).

``--inlineBundle`` embeds Redoc's scripts in the page; without it the page loads them from
Redocly's CDN and shows nothing offline. The page has one hash route per operation, such as
``reference.html#/accounts/listaccounts``.
"""

import argparse
import sys
from pathlib import Path

from scripts import node
from scripts.paths import ROOT, SPEC

DEFAULT_OUTPUT = ROOT / "build" / "reference.html"


def build(spec: Path, output: Path) -> None:
    """Write the reference for ``spec`` to ``output``; node.ToolFailed if redocly fails."""
    output.parent.mkdir(parents=True, exist_ok=True)
    node.run("redocly", ["build-docs", str(spec), "--inlineBundle", "--output", str(output)])
    if not output.is_file():
        raise node.ToolFailed(f"redocly build-docs exited 0 but wrote no {output}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    try:
        build(args.spec, args.output)
    except node.ToolFailed as failure:
        print(failure, file=sys.stderr)
        return 1
    print(f"wrote {args.output} from {args.spec}; open it in a browser, no server needed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
