"""The CHANGELOG entry: a line per fact in a maintainer's words, under Breaking, Added,
Deprecated and Changed; and keeping CHANGELOG.md's `## [Unreleased]` entry up to date with them
(what `make bump` does) until `make release` names it after the version.

The lines come from each change's phrase (scripts/specdiff/phrasing.py); here they are put
together: a field removed and one of the same shape added to the same schema is a rename; a
required-list line yields to the line of the field it names; edits of one subject share a line;
a Python name griffe reports is left out when a line about the spec already names it.

The unreleased entry ends with a comment listing every line `make bump` wrote into it. A line
listed there is never written again, so a maintainer may reword or delete any line; a listed
line that the changes since the last release no longer produce (an operation added, then removed
before the release) is taken out again. A line also counts as written when a bullet already
names everything it names in backticks (`Account.name`, or `name` for
`kirim_chat.models.account.Account.name`), so a maintainer's own bullet can say it first.
"""

import datetime
import re
import textwrap
from dataclasses import dataclass, field
from typing import Any

from scripts.spec import pointer_get
from scripts.specdiff.model import SECTIONS, Change, Phrase, Specs, Verdict

UNRELEASED = "Unreleased"
WIDTH = 100
_HEADING = re.compile(r"^## \[(?P<name>[^\]]+)\](?P<rest>.*)$")
_RECORD = "<!-- Written by `make bump` (a line deleted above is not written again):"
_SPAN = re.compile(r"`([^`]+)`")
_IGNORED_FOR_RENAMES = {"description", "title", "example", "examples", "$comment"}


@dataclass(frozen=True)
class Line:
    verdict: Verdict
    text: str
    template: str = ""
    """For a line that lists items ("Changed the runtime: {}"), the line with ``{}`` for them."""
    items: tuple[str, ...] = ()

    def facts(self) -> list[str]:
        """The line as the facts it states, one per listed item: a listing that grows between
        two `make bump` runs states the earlier facts and some new ones."""
        if not self.items:
            return [self.text]
        return [self.template.format(item) for item in self.items]

    def only(self, items: list[str]) -> "Line":
        """The same line listing only ``items``."""
        return Line(
            self.verdict, self.template.format(_listing(items)), self.template, tuple(items)
        )


# -- the lines of a set of changes ------------------------------------------------------------


def lines(changes: list[Change], specs: Specs | None) -> list[Line]:
    """The entry's lines, most severe section first, each in the order its changes came."""
    every = [(change.verdict, change.phrase) for change in changes if change.phrase.text]
    # Edited examples and extensions are worth a line only when nothing else changed.
    if any(phrase.role != "example" for _, phrase in every):
        every = [(verdict, phrase) for verdict, phrase in every if phrase.role != "example"]
    every = _with_renames(every, specs)
    own = {phrase.field for _, phrase in every if phrase.role in ("added", "removed", "renamed")}
    # A field's own line carries the gravest verdict of everything said about the field (a new
    # field that is also required breaks the generated constructor).
    gravest: dict[str, Verdict] = {}
    for verdict, phrase in every:
        if phrase.field:
            gravest[phrase.field] = max(verdict, gravest.get(phrase.field, Verdict.NONE))
    every = [
        (gravest[phrase.field] if phrase.field in own else verdict, phrase)
        for verdict, phrase in every
        if phrase.text and not (phrase.role == "required" and phrase.field in own)
    ]
    about_the_spec = [phrase.text for _, phrase in every if phrase.role != "python"]
    every = [
        (verdict, phrase)
        for verdict, phrase in every
        if not (phrase.role == "python" and covered(phrase.text, about_the_spec))
    ]
    # One line per text, with the gravest verdict any of its changes got.
    verdicts: dict[str, Verdict] = {}
    listings: dict[str, tuple[str, tuple[str, ...]]] = {}
    for verdict, template, items in _joined_edits(every):
        text = template.format(_listing(items)) if items else template
        verdicts[text] = max(verdict, verdicts.get(text, Verdict.NONE))
        listings[text] = (template, tuple(items)) if items else ("", ())
    return [
        Line(verdict, text, *listings[text])
        for verdict in SECTIONS
        for text, graded in verdicts.items()
        if graded is verdict
    ]


def entry(written: list[Line], name: str = UNRELEASED) -> str:
    """An entry holding ``written``, as `make diff` shows it."""
    text = [f"## [{name}]"]
    for verdict in SECTIONS:
        chosen = [line for line in written if line.verdict is verdict]
        if chosen:
            text += [f"### {verdict.heading}", *(_bullet(line.text) for line in chosen)]
    return "\n".join(text)


def covered(text: str, bullets: list[str]) -> bool:
    """Whether one of ``bullets`` already says what ``text`` says (see the module docstring)."""
    names = _SPAN.findall(text)
    if not names:
        return _normal(text) in {_normal(bullet) for bullet in bullets}
    for bullet in bullets:
        spans = _SPAN.findall(bullet)
        if all(any(_names_same(name, span) for span in spans) for name in names):
            return True
    return False


def _with_renames(
    entries: list[tuple[Verdict, Phrase]], specs: Specs | None
) -> list[tuple[Verdict, Phrase]]:
    if specs is None:
        return entries
    removed = [(v, p) for v, p in entries if p.role == "removed"]
    added = [(v, p) for v, p in entries if p.role == "added"]
    renamed: dict[int, tuple[Verdict, Phrase]] = {}
    for old_verdict, old in removed:
        schema, old_name = old.field.rsplit(".", 1)
        for new_verdict, new in added:
            if id(new) in renamed or not new.field.startswith(f"{schema}."):
                continue
            new_name = new.field.rsplit(".", 1)[1]
            if _shape(specs.base, schema, old_name) == _shape(specs.revision, schema, new_name):
                verdict = max(old_verdict, new_verdict)
                text = f"`{old.field}` renamed to `{new_name}`"
                renamed[id(old)] = (verdict, Phrase(text, field=old.field, role="renamed"))
                # the new name has its line now: a required-list line about it yields too
                renamed[id(new)] = (verdict, Phrase("", field=new.field, role="renamed"))
                break
    return [renamed.get(id(phrase), (verdict, phrase)) for verdict, phrase in entries]


def _shape(document: dict[str, Any], schema: str, field: str) -> Any:
    """A property's schema without its prose, for telling a rename from a new field."""
    try:
        node = pointer_get(document, f"#/components/schemas/{schema}/properties/{field}")
    except (KeyError, IndexError, TypeError):
        return None
    return _without_prose(node)


def _without_prose(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_prose(v) for k, v in node.items() if k not in _IGNORED_FOR_RENAMES}
    if isinstance(node, list):
        return [_without_prose(value) for value in node]
    return node


def _joined_edits(
    entries: list[tuple[Verdict, Phrase]],
) -> list[tuple[Verdict, str, list[str]]]:
    """One line per template: "Changed `in`, `name` and `type` of the security scheme ...", as
    the template and its items (none for a line that lists nothing)."""
    lines: dict[tuple[Verdict, str], list[str]] = {}  # in order; a template's items
    for verdict, phrase in entries:
        template, item = phrase.listed or (phrase.text, "")
        items = lines.setdefault((verdict, template), [])
        if item and item not in items:
            items.append(item)
    return [(verdict, template, items) for (verdict, template), items in lines.items()]


def _listing(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


# -- CHANGELOG.md -----------------------------------------------------------------------------


@dataclass
class Merge:
    """What writing the lines did to the unreleased entry."""

    text: str
    added: list[Line] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    """Lines `make bump` wrote earlier about changes undone since."""
    to_check: list[str] = field(default_factory=list)
    """Bullets that name what such a line named, reworded by hand: left for a person."""


def merged(changelog: str, written: list[Line], *, complete: bool) -> Merge:
    """``changelog`` with ``written`` in its unreleased entry (created above the others when
    there is something to write). ``complete``: ``written`` holds every change since the last
    release, so a line written earlier and missing from it is about a change undone, and is
    taken out."""
    text = changelog.splitlines()
    start = next((i for i, line in enumerate(text) if _name(line) == UNRELEASED), None)
    if start is None:
        if not written:
            return Merge(changelog)
        start = next((i for i, line in enumerate(text) if _name(line)), len(text))
        text[start:start] = [f"## [{UNRELEASED}]", ""]
    end = _end(text, start)
    body, record = _without_record(text[start + 1 : end])
    merge = Merge("")
    if complete:
        wanted = {fact for line in written for fact in line.facts()}
        merge.dropped = [line for line in record if line not in wanted]
        record = [line for line in record if line in wanted]
        for stale in merge.dropped:
            kept = [b for b in _bullets(body) if _normal(b) != _normal(stale)]
            if len(kept) < len(_bullets(body)):
                body = _without_bullet(body, stale)
            else:
                merge.to_check += [b for b in kept if _shares_a_name(stale, b)]
    for line in written:
        # Each fact once: a listing that grew since the last run gets a line for its new items.
        new = [
            (fact, item)
            for fact, item in zip(line.facts(), line.items or ("",), strict=True)
            if fact not in record
        ]
        if not new:
            continue
        record += [fact for fact, _ in new]
        unsaid = [(fact, item) for fact, item in new if not covered(fact, _bullets(body))]
        if not unsaid:
            continue
        shown = line.only([item for _, item in unsaid]) if line.items else line
        body = _with_bullet(body, shown)
        merge.added.append(shown)
    while body and not body[-1].strip():
        body.pop()
    if record:
        body += ["", _RECORD, *record, "-->"]
    text[start + 1 : end] = [*body, ""] if end < len(text) else body
    merge.text = "\n".join(text) + "\n"
    return merge


def released(changelog: str, version: object, today: datetime.date) -> str:
    """``changelog`` with its unreleased entry named ``## [version] - today``, its record of
    written lines dropped; unchanged when ``version`` has its entry already."""
    text = changelog.splitlines()
    start = next((i for i, line in enumerate(text) if _name(line) == UNRELEASED), None)
    if start is None:
        if any(_name(line) == str(version) for line in text):
            return changelog
        raise ValueError(f"CHANGELOG.md has no `## [{UNRELEASED}]` entry to release as {version}")
    end = _end(text, start)
    body, _ = _without_record(text[start + 1 : end])
    while body and not body[-1].strip():
        body.pop()
    text[start:end] = [
        f"## [{version}] - {today.isoformat()}",
        *body,
        *([""] if end < len(text) else []),
    ]
    return "\n".join(text) + "\n"


def entry_names(changelog: str) -> list[str]:
    """The names of the entries: ``Unreleased``, ``0.4.2``, ..."""
    return [name for line in changelog.splitlines() if (name := _name(line))]


def _name(line: str) -> str:
    match = _HEADING.match(line)
    return match["name"] if match else ""


def _end(text: list[str], start: int) -> int:
    return next((i for i in range(start + 1, len(text)) if _name(text[i])), len(text))


def _without_record(body: list[str]) -> tuple[list[str], list[str]]:
    if _RECORD not in body:
        return list(body), []
    start = body.index(_RECORD)
    end = body.index("-->", start)
    return body[:start] + body[end + 1 :], body[start + 1 : end]


def _bullets(body: list[str]) -> list[str]:
    """The entry's bullets, each with its continuation lines joined."""
    bullets: list[str] = []
    for line in body:
        if line.startswith("- "):
            bullets.append(line[2:].strip())
        elif line.startswith("  ") and bullets:
            bullets[-1] += " " + line.strip()
    return bullets


def _without_bullet(body: list[str], text: str) -> list[str]:
    """``body`` without the bullet that says ``text``, and without its section if it empties."""
    for index, line in enumerate(body):
        if line.startswith("- ") and _normal(_bullets(body[index:])[0]) == _normal(text):
            end = index + 1
            while end < len(body) and body[end].startswith("  "):
                end += 1
            body = body[:index] + body[end:]
            break
    return [
        line
        for index, line in enumerate(body)
        if not (
            line.startswith("### ") and not _bullets(body[index + 1 : _section_end(body, index)])
        )
    ]


def _section_end(body: list[str], heading: int) -> int:
    return next((i for i in range(heading + 1, len(body)) if body[i].startswith("### ")), len(body))


def _with_bullet(body: list[str], line: Line) -> list[str]:
    bullet = _bullet(line.text).splitlines()
    headings = [i for i, text in enumerate(body) if text.startswith("### ")]
    for index in headings:
        if _section_of(body[index]) is line.verdict:
            end = next((i for i in headings if i > index), len(body))
            while end > index + 1 and not body[end - 1].strip():
                end -= 1  # before the blank lines that end the section
            return [*body[:end], *bullet, *body[end:]]
    # No such section yet: add it before the first section that comes after it.
    heading = f"### {line.verdict.heading}"
    for index in headings:
        verdict = _section_of(body[index])
        if verdict is None or SECTIONS.index(verdict) > SECTIONS.index(line.verdict):
            return [*body[:index], heading, *bullet, *body[index:]]
    end = len(body)
    while end > 0 and not body[end - 1].strip():
        end -= 1
    return [*body[:end], heading, *bullet, *body[end:]]


def _section_of(heading: str) -> Verdict | None:
    """Which verdict a `### ...` heading holds: by its first word, so "Changed (no effect on
    callers)" written by hand is the Changed section."""
    words = heading.removeprefix("###").split()
    first = words[0].lower() if words else ""
    return next((verdict for verdict in SECTIONS if verdict.heading.lower() == first), None)


def _bullet(text: str) -> str:
    return "\n".join(
        textwrap.wrap(text, width=WIDTH, initial_indent="- ", subsequent_indent="  ",
                      break_long_words=False, break_on_hyphens=False)
    )  # fmt: skip


def _shares_a_name(text: str, bullet: str) -> bool:
    spans = _SPAN.findall(bullet)
    return any(_names_same(name, span) for name in _SPAN.findall(text) for span in spans)


def _names_same(name: str, span: str) -> bool:
    return name == span or name.endswith(f".{span}")


def _normal(text: str) -> str:
    return " ".join(text.lstrip("- ").split()).rstrip(".")
