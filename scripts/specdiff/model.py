"""The graded change: what a caller of the package notices, in a CHANGELOG line, and its verdict."""

import enum
from dataclasses import dataclass
from typing import Any


class Verdict(enum.IntEnum):
    """Ordered by severity, so that the verdict of a set of changes is its maximum."""

    NONE = 0
    PATCH = 1
    """Safe, and nothing a caller can use or notice: descriptions, examples, constraints the
    client does not check."""
    DEPRECATION = 2
    """Safe: something callers use is marked for removal. A minor release from 1.0 (SemVer
    §7), a patch one in 0.x, as an addition is."""
    ADDITION = 3
    """Safe, and new: an operation, an optional field or parameter, a value of an open set."""
    BREAKING = 4
    """Code or data that worked against the base may fail against the revision."""

    @property
    def label(self) -> str:
        """How `make diff` and `make bump` name it: ``safe, addition``."""
        return _WORDS[self][0]

    @property
    def heading(self) -> str:
        """Its section in a CHANGELOG entry (and in `make diff`'s report): ``Added``."""
        return _WORDS[self][1]


_WORDS = {
    Verdict.NONE: ("no change", ""),
    Verdict.PATCH: ("safe, no effect on callers", "Changed"),
    Verdict.DEPRECATION: ("safe, deprecation", "Deprecated"),
    Verdict.ADDITION: ("safe, addition", "Added"),
    Verdict.BREAKING: ("breaking", "Breaking"),
}
SECTIONS = (Verdict.BREAKING, Verdict.ADDITION, Verdict.DEPRECATION, Verdict.PATCH)
"""The sections of an entry, in the order they are written."""


@dataclass(frozen=True)
class Phrase:
    """One CHANGELOG line, e.g. "Added optional field `Account.quality_rating`". The rest lets
    the entry merge lines that belong together (scripts/specdiff/changelog.py)."""

    text: str
    field: str = ""
    """``Schema.field`` when the line is about one field of a component schema."""
    role: str = ""
    """``added``, ``removed`` or ``required`` for lines about fields: a removal and an addition
    of the same shape become one rename; a required-list line yields to the field's own line.
    ``python`` for griffe's findings, which yield to a line about the spec that names them;
    ``example`` for edited examples and extensions, left out when anything else changed."""
    listed: tuple[str, str] | None = None
    """``(template, item)`` for an edit of one keyword, e.g. ``("Changed {} of `Account.name`",
    "`maxLength`")``: the phrases of one template share a line, which lists their items."""


@dataclass(frozen=True)
class Change:
    verdict: Verdict
    phrase: Phrase
    why: str
    """Why it gets its verdict: the Redocly rule and message, or the policy that re-graded it."""
    pointer: str = ""
    """Where to look in the spec (the component, not the resolved path); may be empty."""


@dataclass(frozen=True)
class Specs:
    """The base and the revision of the spec, loaded."""

    base: dict[str, Any]
    revision: dict[str, Any]


def overall(changes: list[Change]) -> Verdict:
    return max((change.verdict for change in changes), default=Verdict.NONE)
