"""The classified change: what changed, where, and what it means for a caller of the package."""

import enum
from dataclasses import dataclass
from typing import Any


class Verdict(enum.IntEnum):
    """Ordered by severity, so that the verdict of a set of changes is its maximum."""

    NONE = 0
    PATCH = 1
    """Safe, and nothing a caller can use or notice: descriptions, examples, constraints the
    client does not check."""
    ADDITION = 2
    """Safe, and new: an operation, an optional field or parameter, a value of an open set."""
    BREAKING = 3
    """Code or data that worked against the base may fail against the revision."""

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Verdict.NONE: "no change",
    Verdict.PATCH: "safe, no effect on callers",
    Verdict.ADDITION: "safe, addition",
    Verdict.BREAKING: "breaking",
}


@dataclass(frozen=True)
class Phrase:
    """One CHANGELOG line about a change, in a maintainer's words, e.g. "Added optional field
    `Account.quality_rating`". The rest lets the entry merge lines that belong together."""

    text: str
    field: str = ""
    """``Schema.field`` when the line is about one field of a component schema."""
    role: str = ""
    """``added``, ``removed`` or ``required`` for lines about fields: a removal and an addition
    of the same shape become one rename; a required-list line yields to the field's own line.
    ``python`` for griffe's findings, which yield to a line about the spec that names them;
    ``example`` for edited examples and extensions, left out when anything else changed."""
    listed: tuple[str, str] | None = None
    """``(template, item)`` for a line that lists items, e.g. ``("Changed {} of `Account.name`",
    "`maxLength`")``: the phrases of one template share a line, which lists their items."""


@dataclass(frozen=True)
class Change:
    verdict: Verdict
    where: str
    """Where a caller meets the change, e.g. ``GET /accounts response 200 body .data[].name``."""
    what: str
    """What changed, in a sentence."""
    why: str
    """Why it gets its verdict: the Redocly rule, or the project policy that re-graded it."""
    spec_pointer: str = ""
    """Where to look in openapi.yaml (the component, not the resolved path); may be empty."""
    phrases: tuple[Phrase, ...] = ()
    """Its lines for the CHANGELOG; see scripts/specdiff/changelog.py."""


@dataclass(frozen=True)
class Specs:
    """The base and the revision of the spec, loaded."""

    base: dict[str, Any]
    revision: dict[str, Any]


def overall(changes: list[Change]) -> Verdict:
    return max((change.verdict for change in changes), default=Verdict.NONE)
