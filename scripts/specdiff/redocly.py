"""Run `redocly diff` (pinned in package-lock.json) and read its JSON report.

Why Redocly: it is maintained, already pinned here for linting, resolves $refs, tells request
from response schemas and grades each change major/minor/patch with a named rule, with the
impacts of its own `diff-recommended` configuration (scripts/specdiff/policy.py says why the
re-gradings this client needs cannot be configured). Optic, the other candidate, is archived;
oasdiff is a Go binary that cannot be installed from npm or PyPI. The command is marked
experimental, so the report version is checked and the mutation corpus in
tests/support/spec_mutations.py pins the behaviour this project relies on.
"""

import json
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts import node

REDOCLY = node.tool("redocly")
SUPPORTED_REPORT_VERSION = "1"


class RedoclyFailed(node.ToolFailed):
    """`redocly diff` did not produce a report this module understands."""


@dataclass(frozen=True)
class Location:
    pointer: str
    """Where the node is written in the spec, e.g. ``#/components/schemas/Account/required``."""
    value: Any = None
    """Its value there; None when it has none."""


@dataclass(frozen=True)
class RawChange:
    """One entry of Redocly's report, as Redocly graded it."""

    path: str
    """Where it is first met, through $refs, e.g. ``#/paths/~1accounts/get/parameters/0``."""
    kind: str
    """``added``, ``removed`` or ``modified``."""
    impact: str
    """``major``, ``minor`` or ``patch``."""
    keyword: str | None
    """The keyword that changed, for ``modified`` (Redocly's ``property``)."""
    rules: tuple[str, ...] = ()
    messages: tuple[str, ...] = ()
    base: Location | None = None
    revision: Location | None = None

    @property
    def before(self) -> Any:
        return self.base.value if self.base else None

    @property
    def after(self) -> Any:
        return self.revision.value if self.revision else None

    @property
    def gained(self) -> list[Any]:
        """For a list keyword (``enum``, ``required``): the items the revision added."""
        return [item for item in _items(self.after) if item not in _items(self.before)]

    @property
    def lost(self) -> list[Any]:
        """For a list keyword: the items the revision dropped."""
        return [item for item in _items(self.before) if item not in _items(self.after)]


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def run(base: Path, revision: Path) -> list[RawChange]:
    """The changes from ``base`` to ``revision``, as Redocly grades them."""
    with tempfile.TemporaryDirectory(prefix="kirim-redocly-") as scratch:
        output = Path(scratch) / "diff.json"
        command = [
            str(REDOCLY), "diff", str(base), str(revision),
            "--format", "json", "--output", str(output),
            "--fail-on", "none", "--lint-config", "off",
        ]  # fmt: skip
        result = subprocess.run(
            command, env=node.environment(), capture_output=True, text=True, check=False
        )
        if result.returncode != 0 or not output.exists():
            raise RedoclyFailed(
                f"`redocly diff` failed (exit {result.returncode}):\n{result.stdout}{result.stderr}"
            )
        return parse(json.loads(output.read_text(encoding="utf-8")))


def parse(report: dict[str, Any]) -> list[RawChange]:
    version = report.get("reportVersion")
    if version != SUPPORTED_REPORT_VERSION:
        raise RedoclyFailed(
            f"`redocly diff` wrote report version {version!r}; this script reads version "
            f"{SUPPORTED_REPORT_VERSION!r}. Check the new format, then update scripts/specdiff."
        )
    return [
        RawChange(
            path=entry["path"],
            kind=entry["kind"],
            impact=entry["impact"],
            keyword=entry.get("property"),
            rules=tuple(verdict["ruleId"] for verdict in entry.get("verdicts") or []),
            messages=tuple(verdict["message"] for verdict in entry.get("verdicts") or []),
            base=_location(entry.get("base")),
            revision=_location(entry.get("revision")),
        )
        for entry in report.get("changes", [])
    ]


def _location(raw: dict[str, Any] | None) -> Location | None:
    return None if raw is None else Location(raw.get("pointer", ""), raw.get("value"))
