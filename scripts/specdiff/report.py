"""The readable report of `make diff`: each change, where a caller meets it, and why it gets
its verdict. (The CHANGELOG lines are scripts/specdiff/changelog.py's.)"""

from scripts.specdiff.grading import Grading
from scripts.specdiff.model import Change, Verdict

_SECTIONS = (
    (Verdict.BREAKING, "Breaking"),
    (Verdict.ADDITION, "Safe: additions"),
    (Verdict.PATCH, "Safe: no effect on callers"),
)


def render(grading: Grading, package: str) -> list[str]:
    lines = render_changes(grading.spec_changes)
    if not grading.compared_python:
        lines.append(f"Python surface: not compared, the base has no {package}")
        return lines
    if grading.python_changes:
        lines.append("Python surface of the generated package (griffe):")
        lines += [f"  - {change.where}: {change.what}" for change in grading.python_changes]
    if grading.codegen_changes:
        lines.append("Generated package, changed by codegen/ rather than the spec:")
        for change in grading.codegen_changes:
            lines.append(f"  - {change.where}: {change.what}")
            lines.append(f"      why: {change.why}")
    return lines


def render_changes(changes: list[Change]) -> list[str]:
    if not changes:
        return ["No changes to the spec a caller could notice."]
    lines: list[str] = []
    for verdict, title in _SECTIONS:
        chosen = [change for change in changes if change.verdict is verdict]
        if not chosen:
            continue
        lines.append(f"{title} ({len(chosen)}):")
        for change in chosen:
            lines.append(f"  - {change.where}: {change.what}")
            pointer = f" [{change.spec_pointer}]" if change.spec_pointer else ""
            lines.append(f"      why: {change.why}{pointer}")
    return lines
