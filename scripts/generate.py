"""Generate the kirim_chat package from the spec: `make generate`, and the drift check's twin run.

openapi-python-client (run by scripts/run_generator.py) writes the models and operations through
codegen/templates/; then the hand-written runtime in codegen/runtime/ is copied over the
generator's own client, errors and types modules, with the spec's info.version written into
``_version.py``, and the spec itself, without its prose, goes into ``_spec.json`` for
``kirim_chat.testing`` (which answers and checks requests as the spec says). The package directory
is replaced whole, because the generator's --overwrite only clears models/ and api/ and would let
stray files survive.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from scripts.paths import GENERATOR_CONFIG, PACKAGE_DIR, ROOT, RUNTIME, SPEC, TEMPLATES
from scripts.spec import load


class GenerationFailed(Exception):
    """The generator exited non-zero; the message holds what it printed."""


def generate(spec: Path, output: Path, config: Path = GENERATOR_CONFIG) -> None:
    """Write a freshly generated package to ``output``, replacing whatever was there."""
    with tempfile.TemporaryDirectory(prefix="kirim-generate-") as scratch:
        package = Path(scratch) / output.name
        # The generator parses YAML with pure-Python ruamel (two thirds of its run time). Handing
        # it JSON from libyaml halves generation, and puts it on the same YAML parser as every
        # check and test; the output is byte-identical.
        document = load(spec)
        spec_json = Path(scratch) / "openapi.json"
        spec_json.write_text(json.dumps(document), encoding="utf-8")
        # The post hooks in generator-config.yml call `ruff`; this venv's pinned ruff must be
        # the one found, or the formatting (and so the drift check) would vary by machine.
        bin_dir = str(Path(sys.executable).parent)
        env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
        # The generator's CLI with the raw spec handed to the templates (scripts/run_generator.py
        # says why), in a subprocess of its own as the CLI was.
        command = [
            sys.executable, "-m", "scripts.run_generator",
            "--path", str(spec_json),
            "--config", str(config.resolve()),
            "--custom-template-path", str(TEMPLATES),
            "--output-path", str(package),
        ]  # fmt: skip
        result = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise GenerationFailed(
                f"openapi-python-client failed on {spec} (exit {result.returncode}):\n"
                f"{result.stdout}{result.stderr}"
            )
        from_the_spec(package, document)
        # PEP 561 marker: the generator writes it only when it also writes project metadata.
        (package / "py.typed").write_text("")
        if output.exists():
            shutil.rmtree(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(package, output)


def from_the_spec(package: Path, document: dict[str, Any]) -> None:
    """What ``package`` takes from the spec besides the generator's output: the runtime, with
    info.version in ``_version.py``, and the spec itself (``_spec.json``). `make bump` calls it
    again after it sets the version, so nothing in the package keeps the old one."""
    copy_runtime(package, str(document.get("info", {}).get("version", "")))
    write_spec(package, document)


_VERSION_LINE = re.compile(r'^__version__ = "[^"]*"$', re.MULTILINE)


def copy_runtime(package: Path, version: str) -> None:
    """Copy codegen/runtime/ into ``package`` (its ``__init__.py`` excepted: the package's own
    comes from the templates) and write ``version`` into the copy of ``_version.py``."""
    for source in sorted(RUNTIME.glob("*.py")):
        if source.name == "__init__.py":
            continue
        text = source.read_text(encoding="utf-8")
        if source.name == "_version.py":
            text, count = _VERSION_LINE.subn(f"__version__ = {json.dumps(version)}", text)
            if count != 1:
                raise GenerationFailed(f'{source} must hold exactly one `__version__ = "..."`')
        (package / source.name).write_text(text, encoding="utf-8")


SPEC_FILE = "_spec.json"
# Keys of the spec that are prose: what kirim_chat.testing never reads, half the spec's size.
_PROSE = frozenset({"description", "summary", "externalDocs"})
# Maps whose keys are names the spec chose (a property called `description`, a response `200`):
# kept whole, only their values are trimmed.
_NAMED = frozenset({
    "paths", "properties", "patternProperties", "dependentSchemas", "$defs", "schemas",
    "parameters", "responses", "headers", "examples", "content", "securitySchemes",
    "requestBodies", "links", "callbacks", "encoding", "mapping", "variables",
})  # fmt: skip
# JSON values the spec quotes (examples, defaults, enums): kept exactly as written.
_LITERAL = frozenset({"example", "value", "default", "enum", "const"})


def write_spec(package: Path, document: dict[str, Any]) -> None:
    """The spec without its prose as ``_spec.json`` in ``package``: what the package's test
    double (``kirim_chat.testing``) answers and validates requests with, so that an operation
    added to the spec is served by regeneration alone. Indented, so that a change to the spec
    reads as a small diff of generated/."""
    text = json.dumps(without_prose(document), indent=1, ensure_ascii=False)
    (package / SPEC_FILE).write_text(text + "\n", encoding="utf-8")


def without_prose(node: Any) -> Any:
    """``node`` without descriptions, summaries, external docs and ``x-`` extensions; names the
    spec chose and the values it quotes are kept as they are."""
    if isinstance(node, list):
        return [without_prose(item) for item in node]
    if not isinstance(node, dict):
        return node
    kept: dict[str, Any] = {}
    for key, value in node.items():
        if key in _PROSE or key.startswith("x-"):
            continue
        if key in _LITERAL or (key == "examples" and isinstance(value, list)):
            kept[key] = value
        elif key in _NAMED and isinstance(value, dict):
            kept[key] = {name: without_prose(child) for name, child in value.items()}
        else:
            kept[key] = without_prose(value)
    return kept


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--output", type=Path, default=PACKAGE_DIR)
    args = parser.parse_args()
    try:
        generate(args.spec, args.output)
    except GenerationFailed as failure:
        print(failure, file=sys.stderr)
        return 1
    print(f"generated {args.output} from {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
