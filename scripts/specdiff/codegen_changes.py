"""Changes to the generated package that do not come from the spec: codegen/templates/,
codegen/runtime/, generator-config.yml or the pinned generator.

The base's spec is generated again with today's codegen and compared, file by file (as
`make check-drift` compares), with the package the base committed: whatever differs was changed
by codegen, not by the spec. Such a change can alter what callers get (removing 500 from the
retried statuses does), so it is reported and needs at least a patch release; whether it breaks
callers, griffe tells for the Python surface and a person for the behaviour.
"""

from pathlib import Path

from scripts.check.drift import changes as tree_changes
from scripts.generate import generate
from scripts.paths import PACKAGE_NAME, RUNTIME
from scripts.specdiff.model import Change, Phrase, Verdict

_WHY = (
    "the generated package changed although the spec did not ask for it: at least a patch "
    "release; say in the CHANGELOG line what callers notice"
)


def changes(base_spec: Path, base_package: Path, scratch: Path) -> list[Change]:
    """What today's codegen changes in the package generated from ``base_spec``, compared with
    ``base_package`` (the package as the base committed it)."""
    regenerated = scratch / "regenerated" / PACKAGE_NAME
    generate(base_spec, regenerated)
    found = []
    for file in tree_changes(base_package, regenerated):
        # The package's __init__.py comes from a template, not from codegen/runtime/__init__.py.
        runtime = "/" not in file and file != "__init__.py" and (RUNTIME / file).is_file()
        template = "Changed the runtime: {}" if runtime else "Changed the code generated for {}"
        module = f"{PACKAGE_NAME}.{file.removesuffix('.py').replace('/', '.')}"
        name = f"`{module.removesuffix('.__init__')}`" if file.endswith(".py") else f"`{file}`"
        phrase = Phrase(template.format(name), listed=(template, name))
        found.append(Change(Verdict.PATCH, phrase, f"{_WHY} ({file})"))
    return found
