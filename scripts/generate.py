"""Generate the kirim_chat package from the spec: `make generate`, and the drift check's twin run.

openapi-python-client (run by scripts/run_generator.py) writes the models and operations through
codegen/templates/; then the hand-written runtime in codegen/runtime/ is copied over the
generator's own client, errors and types modules, with the spec's info.version written into
``_version.py``. The package directory
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
        copy_runtime(package, str(document.get("info", {}).get("version", "")))
        # PEP 561 marker: the generator writes it only when it also writes project metadata.
        (package / "py.typed").write_text("")
        if output.exists():
            shutil.rmtree(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(package, output)


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
