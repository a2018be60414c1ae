"""The readable report of `make diff`, and the CHANGELOG entry it suggests."""

import datetime

from scripts.specdiff.model import Change, Verdict
from scripts.specdiff.semver import Version

_SECTIONS = (
    (Verdict.BREAKING, "Breaking", "Breaking"),
    (Verdict.ADDITION, "Safe: additions", "Added"),
    (Verdict.PATCH, "Safe: no effect on callers", "Changed (no effect on callers)"),
)


def render_changes(changes: list[Change]) -> list[str]:
    if not changes:
        return ["No changes a caller could notice."]
    lines: list[str] = []
    for verdict, title, _ in _SECTIONS:
        chosen = [change for change in changes if change.verdict is verdict]
        if not chosen:
            continue
        lines.append(f"{title} ({len(chosen)}):")
        for change in chosen:
            lines.append(f"  - {change.where}: {change.what}")
            pointer = f" [{change.spec_pointer}]" if change.spec_pointer else ""
            lines.append(f"      why: {change.why}{pointer}")
    return lines


def changelog_entry(version: Version, changes: list[Change], today: datetime.date) -> str:
    """A Keep-a-Changelog section naming each change and its verdict."""
    lines = [f"## [{version}] - {today.isoformat()}"]
    for verdict, _, heading in _SECTIONS:
        chosen = [change for change in changes if change.verdict is verdict]
        if chosen:
            lines.append(f"### {heading}")
            lines += [f"- {change.where}: {change.what} ({verdict.label})" for change in chosen]
    return "\n".join(lines)
