"""The CHANGELOG entry: a line per operation, field or parameter in a maintainer's words, under
Breaking, Added and Changed; and merging those lines into CHANGELOG.md (what `make bump` does).

The lines come from each change's phrases (scripts/specdiff/phrasing.py); here they are put
together: a field removed and one of the same shape added to the same schema is a rename; a
required-list line yields to the line of the field it names; edits of one subject share a line;
a Python name griffe reports gone is left out when a line about the spec already names it.

Merging is by name, not by wording: a line counts as present when one bullet of the entry
already names everything it names in backticks (`Account.name`, or `name` for
`kirim_chat.models.account.Account.name`), so a maintainer may reword a line freely.
"""

import datetime
import re
import textwrap
from dataclasses import dataclass
from typing import Any

from scripts.spec import pointer_get
from scripts.specdiff.model import Change, Phrase, Specs, Verdict

SECTIONS = ((Verdict.BREAKING, "Breaking"), (Verdict.ADDITION, "Added"), (Verdict.PATCH, "Changed"))
_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?P<rest>.*)$")
_SPAN = re.compile(r"`([^`]+)`")
_IGNORED_FOR_RENAMES = {"description", "title", "example", "examples", "$comment"}
WIDTH = 100


@dataclass(frozen=True)
class Line:
    verdict: Verdict
    text: str


def lines(
    changes: list[Change], specs: Specs | None, already: list[str] | None = None
) -> list[Line]:
    """The entry's lines, most severe section first, each in the order its changes came.
    Phrases ``already`` covers (the bullets of an entry written before) are left out."""
    every = [(change.verdict, phrase) for change in changes for phrase in change.phrases]
    # Edited examples and extensions are worth a line only when nothing else changed.
    if any(phrase.role != "example" for _, phrase in every):
        every = [(verdict, phrase) for verdict, phrase in every if phrase.role != "example"]
    entries = [entry for entry in every if not (already and covered(entry[1].text, already))]
    entries = _with_renames(entries, specs)
    own = {phrase.field for _, phrase in entries if phrase.role in ("added", "removed", "renamed")}
    # A field's own line carries the gravest verdict of everything said about the field (a new
    # field that is also required breaks the generated constructor).
    gravest: dict[str, Verdict] = {}
    for verdict, phrase in entries:
        if phrase.field:
            gravest[phrase.field] = max(verdict, gravest.get(phrase.field, Verdict.NONE))
    entries = [
        (gravest[phrase.field] if phrase.field in own else verdict, phrase)
        for verdict, phrase in entries
        if phrase.text and not (phrase.role == "required" and phrase.field in own)
    ]
    about_the_spec = [phrase.text for _, phrase in entries if phrase.role != "python"]
    entries = [
        (verdict, phrase)
        for verdict, phrase in entries
        if not (phrase.role == "python" and covered(phrase.text, about_the_spec))
    ]
    # One line per text, with the gravest verdict any of its changes got.
    verdicts: dict[str, Verdict] = {}
    for verdict, text in _joined_edits(entries):
        verdicts[text] = max(verdict, verdicts.get(text, Verdict.NONE))
    return [
        Line(verdict, text)
        for verdict, _ in SECTIONS
        for text, graded in verdicts.items()
        if graded is verdict
    ]


def entry(version: object, written: list[Line], today: datetime.date) -> str:
    """A new `## [version] - date` entry holding ``written``."""
    text = [f"## [{version}] - {today.isoformat()}"]
    for verdict, heading in SECTIONS:
        chosen = [line for line in written if line.verdict is verdict]
        if chosen:
            text.append(f"### {heading}")
            text += [_bullet(line.text) for line in chosen]
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


def merged(
    changelog: str,
    version: object,
    written: list[Line],
    today: datetime.date,
    unreleased: object | None = None,
) -> str:
    """``changelog`` with ``written`` in the entry for ``version``: added to the entry when it
    exists (only the lines it lacks), else to ``unreleased``'s entry renamed to ``version``
    (a version bumped again before its release), else as a new entry above the others."""
    text = changelog.splitlines()
    start = _entry_start(text, str(version))
    if start is None and unreleased is not None:
        start = _entry_start(text, str(unreleased))
        if start is not None:
            text[start] = f"## [{version}] - {today.isoformat()}"
    if start is None:
        if not written:
            return changelog
        first = next((i for i, line in enumerate(text) if _HEADING.match(line)), len(text))
        new = entry(version, written, today).splitlines()
        text[first:first] = [*new, ""] if first < len(text) else ["", *new]
        return "\n".join(text) + "\n"
    end = next((i for i in range(start + 1, len(text)) if _HEADING.match(text[i])), len(text))
    body = text[start + 1 : end]
    for line in written:
        if covered(line.text, _bullets(body)):
            continue
        body = _with_bullet(body, line)
    text[start + 1 : end] = body
    return "\n".join(text) + "\n"


# -- building the lines -----------------------------------------------------------------------


def _with_renames(
    entries: list[tuple[Verdict, Phrase]], specs: Specs | None
) -> list[tuple[Verdict, Phrase]]:
    if specs is None:
        return entries
    removed = [(v, p) for v, p in entries if p.role == "removed"]
    added = [(v, p) for v, p in entries if p.role == "added"]
    renamed: dict[int, tuple[Verdict, Phrase]] = {}
    dropped: set[int] = set()
    for old_verdict, old in removed:
        schema, old_name = old.field.rsplit(".", 1)
        for new_verdict, new in added:
            if id(new) in dropped or not new.field.startswith(f"{schema}."):
                continue
            new_name = new.field.rsplit(".", 1)[1]
            if _shape(specs.base, schema, old_name) == _shape(specs.revision, schema, new_name):
                text = f"`{old.field}` renamed to `{new_name}`"
                verdict = max(old_verdict, new_verdict)
                renamed[id(old)] = (verdict, Phrase(text, field=old.field, role="renamed"))
                dropped.add(id(new))
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
        return {
            key: _without_prose(value)
            for key, value in node.items()
            if key not in _IGNORED_FOR_RENAMES
        }
    if isinstance(node, list):
        return [_without_prose(value) for value in node]
    return node


def _joined_edits(entries: list[tuple[Verdict, Phrase]]) -> list[tuple[Verdict, str]]:
    """One line per template: "Changed `in`, `name` and `type` of the security scheme ..."."""
    items: dict[tuple[Verdict, str], list[str]] = {}
    order: list[tuple[Verdict, str | tuple[Verdict, str]]] = []
    for verdict, phrase in entries:
        if phrase.listed is None:
            order.append((verdict, phrase.text))
            continue
        template, item = phrase.listed
        key = (verdict, template)
        if key not in items:
            items[key] = []
            order.append((verdict, key))
        if item not in items[key]:
            items[key].append(item)
    result = []
    for verdict, entry_or_key in order:
        if isinstance(entry_or_key, str):
            result.append((verdict, entry_or_key))
        else:
            named = items[entry_or_key]
            listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
            result.append((verdict, entry_or_key[1].format(listed)))
    return result


# -- reading and editing CHANGELOG.md ---------------------------------------------------------


def entry_bullets(changelog: str, *versions: object) -> list[str]:
    """The bullets of the entries for ``versions`` that exist in ``changelog``."""
    text = changelog.splitlines()
    bullets: list[str] = []
    for version in versions:
        start = _entry_start(text, str(version))
        if start is None:
            continue
        end = next((i for i in range(start + 1, len(text)) if _HEADING.match(text[i])), len(text))
        bullets += _bullets(text[start + 1 : end])
    return bullets


def _names_same(name: str, span: str) -> bool:
    return name == span or name.endswith(f".{span}")


def _normal(text: str) -> str:
    return " ".join(text.lstrip("- ").split()).rstrip(".")


def _entry_start(text: list[str], version: str) -> int | None:
    for index, line in enumerate(text):
        match = _HEADING.match(line)
        if match and match["version"] == version:
            return index
    return None


def _bullets(body: list[str]) -> list[str]:
    """The entry's bullets, each with its continuation lines joined."""
    bullets: list[str] = []
    for line in body:
        if line.startswith("- "):
            bullets.append(line[2:].strip())
        elif line.startswith("  ") and bullets:
            bullets[-1] += " " + line.strip()
    return bullets


def _bullet(text: str) -> str:
    return "\n".join(
        textwrap.wrap(
            text,
            width=WIDTH,
            initial_indent="- ",
            subsequent_indent="  ",
            break_long_words=False,
            break_on_hyphens=False,
        )
    )


def _section_of(heading: str) -> Verdict | None:
    """Which verdict a `### ...` heading holds: by its first word, so "Changed (no effect on
    callers)" written by hand is the Changed section."""
    words = heading.removeprefix("###").split()
    first = words[0].lower() if words else ""
    for verdict, name in SECTIONS:
        if first == name.lower():
            return verdict
    return None


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
    rank = {verdict: position for position, (verdict, _) in enumerate(SECTIONS)}
    heading = f"### {dict(SECTIONS)[line.verdict]}"
    for index in headings:
        verdict = _section_of(body[index])
        if verdict is None or rank[verdict] > rank[line.verdict]:
            return [*body[:index], heading, *bullet, *body[index:]]
    end = len(body)
    while end > 0 and not body[end - 1].strip():
        end -= 1
    return [*body[:end], heading, *bullet, *body[end:]]
