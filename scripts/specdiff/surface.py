"""The Python surface of the generated package: griffe's breaking-change check, and __version__.

griffe compares the public API statically (removed names, changed signatures of functions such
as ``list_accounts.sync``, removed enum members). It cannot see the constructor that attrs
writes, so a field that becomes required is policy.py's job, from the spec.
"""

import ast
from pathlib import Path

import griffe

from scripts.specdiff.model import Change, Phrase, Verdict

# Kinds whose old and new values say something a reader can act on.
_VALUE_KINDS = {
    griffe.BreakageKind.ATTRIBUTE_CHANGED_TYPE,
    griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE,
    griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT,
    griffe.BreakageKind.RETURN_CHANGED_TYPE,
}


def breakages(package: str, old_root: Path, new_root: Path) -> list[Change]:
    """Breaking changes of ``package`` from the copy under ``old_root`` to the one under
    ``new_root`` (each the directory that contains the package)."""
    old = griffe.load(package, search_paths=[old_root], resolve_aliases=False)
    new = griffe.load(package, search_paths=[new_root], resolve_aliases=False)
    return [
        Change(
            Verdict.BREAKING,
            Phrase(_line(breakage), role="python"),
            f"griffe: {breakage.kind.value.lower()} (`{breakage.obj.path}`)",
        )
        for breakage in griffe.find_breaking_changes(old, new)
    ]


def _line(breakage: griffe.Breakage) -> str:
    """The CHANGELOG line: what code that uses the object has to change. An operation's
    functions (``sync``, ``asyncio``, their ``_detailed`` twins) change together: the line
    names its module, once."""
    parts = breakage.obj.path.split(".")
    path = f"`{'.'.join(parts[:4] if parts[1:2] == ['api'] else parts)}`"
    kind = griffe.BreakageKind
    name = getattr(breakage.old_value, "name", None) or getattr(breakage.new_value, "name", "")
    if breakage.kind is kind.OBJECT_REMOVED:
        return f"Removed {path}"
    if breakage.kind is kind.PARAMETER_REMOVED:
        return f"{path} no longer takes `{name}`"
    if breakage.kind in (kind.PARAMETER_ADDED_REQUIRED, kind.PARAMETER_CHANGED_REQUIRED):
        return f"{path} needs the argument `{name}`"
    if breakage.kind in (kind.PARAMETER_MOVED, kind.PARAMETER_CHANGED_KIND):
        return f"{path} takes `{name}` differently ({breakage.kind.value.lower()})"
    if breakage.kind in _VALUE_KINDS:
        old, new = _short(breakage.old_value), _short(breakage.new_value)
        return f"{path}: {breakage.kind.value.lower()}, `{old}` to `{new}`"
    return f"{path}: {breakage.kind.value.lower()}"


def package_version(package_dir: Path) -> str | None:
    """``__version__`` as written in the generated _version.py, without importing it."""
    version_file = package_dir / "_version.py"
    if not version_file.is_file():
        return None
    for node in ast.parse(version_file.read_text(encoding="utf-8")).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)):
            continue
        names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        if "__version__" in names and isinstance(node.value.value, str):
            return node.value.value
    return None


def _short(value: object, limit: int = 60) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
