"""Fail when the pinned generator's own template changed underneath one of our overrides.

Each file in codegen/templates/ replaces the generator's template of the same name, except the
macro libraries of our own that overrides import, listed under ``[own]`` in overrides.toml with
their purpose. overrides.toml
records, for each, the generator version and the sha256 of the upstream template it was written
against. When the generator is upgraded and an upstream template changes, the override may be
missing a fix or a new feature: this check names it, so the maintainer can diff and port the
change, then run with --record to accept the new upstream file.
"""

import argparse
import hashlib
import json
import sys
import tomllib
from collections.abc import Callable
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

from scripts.paths import TEMPLATES

MANIFEST = TEMPLATES / "overrides.toml"
GENERATOR = "openapi-python-client"


def _upstream_template(name: str) -> bytes | None:
    template = files("openapi_python_client") / "templates" / name
    return template.read_bytes() if template.is_file() else None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


Upstream = Callable[[str], bytes | None]
"""The pinned generator's own template of a name, or None when it has none."""


def _overrides(templates: Path) -> list[str]:
    return sorted(
        str(path.relative_to(templates)) for path in templates.rglob("*.jinja") if path.is_file()
    )


def problems(
    templates: Path = TEMPLATES, upstream_template: Upstream = _upstream_template
) -> list[str]:
    """What is wrong between the overrides in ``templates``, their manifest and the installed
    generator's own templates; empty when they agree."""
    manifest_path = templates / MANIFEST.name
    manifest = tomllib.loads(manifest_path.read_text(encoding="utf-8"))
    recorded: dict[str, dict[str, str]] = manifest.get("templates", {})
    own: dict[str, dict[str, str]] = manifest.get("own", {})
    installed_version = version(GENERATOR)
    found = []
    if manifest.get("version") != installed_version:
        found.append(
            f"{MANIFEST.name} was written for {GENERATOR} {manifest.get('version')}, but "
            f"{installed_version} is installed: review every override against the new templates"
        )
    for name in _overrides(templates):
        entry = recorded.get(name)
        upstream = upstream_template(name)
        if name in own:
            if upstream is not None:
                found.append(
                    f"templates/{name}: listed under [own] in {MANIFEST.name}, but "
                    f"{GENERATOR} {installed_version} has a template of that name, which it hides"
                )
            continue
        if upstream is None:
            found.append(
                f"templates/{name}: {GENERATOR} {installed_version} has no template of that name, "
                "so the override is never used"
            )
        elif entry is None:
            found.append(f"templates/{name}: not recorded in {MANIFEST.name}")
        elif entry.get("upstream_sha256") != _sha256(upstream):
            found.append(
                f"templates/{name}: the generator's own {name} changed since the override was "
                f"written (recorded sha256 {entry.get('upstream_sha256', '?')[:12]}, installed "
                f"{_sha256(upstream)[:12]}); port the upstream change, then run "
                "`python -m scripts.check.templates --record`"
            )
    for name in sorted((set(recorded) | set(own)) - set(_overrides(templates))):
        found.append(f"{MANIFEST.name} records {name}, but templates/{name} does not exist")
    return found


_HEADER = """\
# Every file in codegen/templates/ replaces the openapi-python-client template of the same name,
# except the macro libraries of our own listed under [own]. `make check-templates` compares each
# upstream template with the sha256 recorded here and fails when the pinned generator's own
# template changed underneath the override. `change` says what the override does; it is kept
# when re-recording (`python -m scripts.check.templates --record`).
"""


def record(templates: Path = TEMPLATES, upstream_template: Upstream = _upstream_template) -> None:
    """Accept the installed generator's templates as the new upstream of every override."""
    manifest_path = templates / MANIFEST.name
    lines = [
        *_HEADER.splitlines(),
        "",
        f'generator = "{GENERATOR}"',
        f'version = "{version(GENERATOR)}"',
    ]
    old = tomllib.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    own: dict[str, dict[str, str]] = old.get("own", {})
    for name in sorted(own):
        lines += ["", f'[own."{name}"]', f"purpose = {json.dumps(own[name].get('purpose', ''))}"]
    for name in _overrides(templates):
        if name in own:
            continue
        upstream = upstream_template(name)
        if upstream is None:
            raise SystemExit(f"templates/{name} overrides no template of {GENERATOR}")
        change = old.get("templates", {}).get(name, {}).get("change", "TODO: describe the change")
        lines += [
            "",
            f'[templates."{name}"]',
            f'upstream_sha256 = "{_sha256(upstream)}"',
            f"change = {json.dumps(change)}",  # a JSON string is a valid TOML basic string
        ]
    manifest_path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help="accept the installed templates")
    if parser.parse_args().record:
        record()
        print(f"recorded {MANIFEST}")
        return 0
    found = problems()
    for problem in found:
        print(problem, file=sys.stderr)
    if not found:
        count = len(_overrides(TEMPLATES))
        print(f"{count} templates: the overrides match {GENERATOR} {version(GENERATOR)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
