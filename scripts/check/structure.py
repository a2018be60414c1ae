"""Validate the spec's structure against the OpenAPI 3.1 schema, resolving every $ref."""

import argparse
import sys
from pathlib import Path

from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename


def problems(spec_path: Path) -> list[str]:
    """What is wrong with the spec's structure; empty when it is valid."""
    try:
        document, base_uri = read_from_filename(str(spec_path))
    except Exception as error:  # noqa: BLE001  # a YAML syntax error, an unreadable file: findings
        return [f"{spec_path}: cannot be read: {error}"]
    try:
        validate(document, base_uri=base_uri)
    except Exception as error:  # noqa: BLE001  # the validator raises unrelated types; all are findings
        return [f"{spec_path}: {type(error).__name__}: {_first_line(error)}"]
    return []


def _first_line(error: Exception) -> str:
    text = str(error).strip() or repr(error)
    # An unresolvable $ref's message goes on to quote the whole document it searched.
    return text.splitlines()[0].split(" within {", 1)[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("spec", type=Path)
    args = parser.parse_args()
    found = problems(args.spec)
    for problem in found:
        print(problem, file=sys.stderr)
    if not found:
        print(f"{args.spec}: valid OpenAPI 3.1")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
