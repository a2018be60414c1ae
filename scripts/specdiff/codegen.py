"""Changes to the generated package that do not come from the spec: codegen/templates/,
codegen/runtime/, generator-config.yml or the pinned generator.

The base's spec is generated again with today's codegen and compared, file by file, with the
package the base committed: whatever differs was changed by codegen, not by openapi.yaml. Such
a change can alter what callers get (removing 500 from the retried statuses does), so it is
reported and needs at least a patch release; whether it breaks callers, griffe tells for the
Python surface and a person for the behaviour.
"""

import filecmp
from pathlib import Path

from scripts.generate import generate
from scripts.paths import PACKAGE_NAME, RUNTIME
from scripts.specdiff.model import Change, Phrase, Verdict

_TEMPLATED = "Changed the code generated for {}"
_WHY = (
    "the generated package changed although the spec did not ask for it: at least a patch "
    "release; the CHANGELOG line should say what callers notice"
)


def changes(base_spec: Path, base_package: Path, scratch: Path) -> list[Change]:
    """What today's codegen changes in the package generated from ``base_spec``, compared with
    ``base_package`` (the package as the base committed it)."""
    regenerated = scratch / "regenerated" / PACKAGE_NAME
    generate(base_spec, regenerated)
    differing = differences(base_package, regenerated)
    # The package's __init__.py comes from a template, not from codegen/runtime/__init__.py.
    runtime = [
        name
        for name in differing
        if "/" not in name and name != "__init__.py" and (RUNTIME / name).is_file()
    ]
    templated = [name for name in differing if name not in runtime]
    found = []
    if runtime:
        found.append(
            Change(
                verdict=Verdict.PATCH,
                where="the runtime of the generated package (codegen/runtime/)",
                what=f"changed: {', '.join(runtime)}",
                why=_WHY,
                phrases=tuple(_listed("Changed the runtime: {}", file) for file in runtime),
            )
        )
    if templated:
        found.append(
            Change(
                verdict=Verdict.PATCH,
                where="the code generated from the spec (codegen/templates/, the generator)",
                what=f"changed: {', '.join(templated)}",
                why=_WHY,
                phrases=tuple(_listed(_TEMPLATED, file) for file in templated),
            )
        )
    return found


def differences(old: Path, new: Path) -> list[str]:
    """Files added, removed or changed from ``old`` to ``new``, relative and sorted. By content:
    filecmp.dircmp would trust equal sizes and modification times."""

    def files(root: Path) -> set[str]:
        return {
            path.relative_to(root).as_posix()
            for path in root.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        }

    before, after = files(old), files(new)
    changed = {
        name for name in before & after if not filecmp.cmp(old / name, new / name, shallow=False)
    }
    return sorted((before ^ after) | changed)


def _listed(template: str, file: str) -> Phrase:
    """One changed file as a phrase; the entry lists the files of one template on one line."""
    if file.endswith(".py"):
        module = f"{PACKAGE_NAME}.{file.removesuffix('.py').replace('/', '.')}"
        name = f"`{module.removesuffix('.__init__')}`"
    else:
        name = f"`{file}`"
    return Phrase(template.format(name), listed=(template, name))
