"""Each change Redocly reports, in the words a maintainer writes in CHANGELOG.md.

A line names what a caller uses: the operation and its Python function (`GET /labels`
(`list_labels`)), the model field (`Account.quality_rating`), the parameter with the operations
that take it, the tag by its name. Redocly reports the first place a change is met through the
$refs; the line names the node where it was written (its pointer in the spec), so an edit of a
schema shared by four responses is one line, and one of a shared parameter names every
operation that takes it.
"""

import json
from dataclasses import dataclass
from typing import Any

from scripts.spec import METHODS, example_index, resolve, segments
from scripts.specdiff.model import Phrase, Specs
from scripts.specdiff.policy import admits_any_string
from scripts.specdiff.redocly import Location, RawChange

_PROSE = {"description", "summary", "title", "$comment"}
_EXAMPLES = {"example", "examples"}
_COMBINATORS = {"anyOf", "oneOf", "allOf"}
_COMPONENT_NOUNS = {
    "schemas": "model",
    "parameters": "parameter",
    "responses": "response",
    "headers": "header",
    "requestBodies": "request body",
    "securitySchemes": "security scheme",
}


@dataclass(frozen=True)
class _Subject:
    name: str
    """How a line about an edit names it: "`Account.name`", "the response 200 of `GET /x`"."""
    noun: str = ""
    """How a line adding or removing it names it, before ``owner``: "field `Account.name`"."""
    owner: str = ""
    """What it is added to or removed from: "`GET /x` (`list_x`)"."""
    field: str = ""
    """``Schema.field`` for a field of a component schema."""
    required: bool | None = None
    """For a field or parameter: whether it is required (in the document it is in)."""
    typed: bool = False
    """Whether it has a schema's ``type`` (a security scheme's is another thing)."""
    keyword: str = ""
    """The keyword of a schema the change is in, when that is not a field (``anyOf``, say)."""


def phrases(raw: RawChange, specs: Specs) -> tuple[Phrase, ...]:
    """The CHANGELOG lines of one change; an empty text for a change another line says."""
    document = specs.base if raw.kind == "removed" else specs.revision
    closed = _open_set_closed(raw, specs)
    if closed:
        return (Phrase(f"`{closed}` no longer accepts values the spec does not name"),)
    written = _written_at(raw)
    if example_index(written) is not None:
        # A named example added or removed: documentation, whatever it belongs to.
        return (Phrase(documentation_line(document, written), role="example"),)
    if written[:1] == ["webhooks"] and len(written) <= 2 and raw.kind != "modified":
        # The section or one event: each event is a model verify() may now return, or not.
        verb = "Added" if raw.kind == "added" else "Removed"
        events = written[1:] or list(document.get("webhooks") or {})
        return tuple(Phrase(f"{verb} {webhook_label(document, name)}") for name in events)
    item = document.get("paths", {}).get(written[1]) if written[:1] == ["paths"] else None
    if len(written) == 2 and raw.kind != "modified" and isinstance(item, dict):
        # A path is one line per operation on it: each is a function callers gain or lose.
        verb = "Added" if raw.kind == "added" else "Removed"
        labels = [operation_label(document, written[1], m) for m in METHODS if m in item]
        if labels:
            return tuple(Phrase(f"{verb} {label}") for label in labels)
    subject = _subject(document, written, segments(raw.path))
    if subject.name.startswith("the authentication"):
        return (Phrase(f"Changed {subject.name}"),)
    if raw.kind == "added":
        return (_added(subject, written, document),)
    if raw.kind == "removed":
        return (_removed(subject, written, document),)
    return _modified(subject, raw)


def documentation_line(document: dict[str, Any], written: list[str]) -> str:
    """The line about an edit of an example or an `x-` extension at ``written``: one wording
    for what Redocly reports and what it does not, so that the two give one line."""
    index = example_index(written)
    if index is not None:
        named = written[index] == "examples" and index + 1 < len(written)
        noun = f"the example `{written[index + 1]}`" if named else "the example"
        return f"Changed {noun} of {subject_name(document, written[:index])}"
    for index, part in enumerate(written):
        if part.startswith("x-"):
            return f"Changed the extension `{part}` of {subject_name(document, written[:index])}"
    return f"Changed {subject_name(document, written)}, which no operation uses"


def snake_case(operation_id: str) -> str:
    """The name of an operation's module and the function callers import, by the generator's
    own rule. Imported here, when a line names an operation: importing the generator costs a
    second, which a run that phrases nothing (most of `make check`'s) need not pay."""
    from openapi_python_client.strings import snake_case as generators

    return str(generators(operation_id))


def operation_label(document: dict[str, Any], path: str, method: str) -> str:
    """```GET /labels` (`list_labels`)``: the operation and the function callers import."""
    operation = (document.get("paths", {}).get(path) or {}).get(method) or {}
    label = f"`{method.upper()} {path}`"
    operation_id = operation.get("operationId")
    return f"{label} (`{snake_case(operation_id)}`)" if operation_id else label


def webhook_label(document: dict[str, Any], name: str) -> str:
    """The event and the model of its body, which `kirim_chat.webhooks.verify` returns: "the
    webhook event `contact.created` (`ContactCreatedEvent`)"."""
    operation = ((document.get("webhooks") or {}).get(name) or {}).get("post") or {}
    body = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json")
    reference = str(((body or {}).get("schema") or {}).get("$ref", ""))
    model = reference.removeprefix("#/components/schemas/")
    label = f"the webhook event `{name}`"
    return f"{label} (`{model}`)" if model and model != reference else label


def subject_name(document: dict[str, Any], parts: list[str]) -> str:
    """Words for the node written at ``parts``, e.g. "the response 200 of `GET /accounts`
    (`list_accounts`)" or "`AccountList.data`"."""
    return _subject(document, parts, parts).name


# -- where a change was written, and what that is ---------------------------------------------


def _written_at(raw: RawChange) -> list[str]:
    """The pointer in the spec of the node that changed (its keyword stripped)."""
    location: Location | None = raw.base if raw.kind == "removed" else raw.revision
    if location is None or not location.pointer:
        return segments(raw.path)
    parts = segments(location.pointer)
    if raw.kind == "modified" and parts and parts[-1] == raw.keyword:
        parts = parts[:-1]
    return parts


def _subject(document: dict[str, Any], written: list[str], resolved: list[str]) -> _Subject:
    kind = written[1] if written[:1] == ["components"] and len(written) >= 3 else ""
    if resolved[:1] == ["paths"] and "parameters" in resolved and kind in ("schemas", ""):
        # A parameter, or the schema of one: callers know the parameter, not the schema.
        at = resolved.index("parameters") + 2
        if kind == "" or len(resolved) > at:
            return _parameter(document, resolved[:at])
    if kind == "schemas":
        name, rest = _schema_name(written)
        if rest:  # a keyword of the schema or field, e.g. its `anyOf`
            return _Subject(f"`{name}`", typed=True, keyword=rest[0])
        if "." not in name:
            return _Subject(f"`{name}`", noun=f"the model `{name}`", typed=True)
        parent = resolve(document, written[:-2]) or {}
        required = written[-1] in parent.get("required", [])
        return _Subject(
            f"`{name}`", noun=f"field `{name}`", field=name, required=required, typed=True
        )
    if kind == "parameters":
        return _parameter(document, written[:3])
    if kind in ("responses", "requestBodies") and len(written) > 3:
        noun = f"the {_COMPONENT_NOUNS[kind]} `{written[2]}`"
        return _in_body(noun, _owners(document, f"#/components/{kind}/{written[2]}"), written[3:])
    if kind:
        noun = f"the {_COMPONENT_NOUNS.get(kind, kind)} `{written[2]}`"
        return _Subject(noun, noun=noun)
    if written[:1] == ["paths"] and len(written) >= 3 and written[2] in METHODS:
        return _in_operation(document, written)
    if written[:1] == ["paths"] and len(written) >= 2:
        if written[2:3] == ["parameters"] and len(written) >= 4:
            return _parameter(document, written[:4])
        return _Subject(f"the path `{written[1]}`", noun=f"the path `{written[1]}`")
    if written[:1] == ["webhooks"] and len(written) >= 2:
        return _in_webhook(document, written)
    if written[:1] == ["tags"] and len(written) >= 2:
        tag = resolve(document, written[:2]) or {}
        noun = f"the tag `{tag.get('name', written[1])}`"
        return _Subject(noun, noun=noun)
    if written[:1] == ["security"]:
        return _Subject("the authentication every operation requires")
    if written[:1] == ["info"]:
        return _Subject("the API")
    where = "/".join(written) or "the document"
    return _Subject(f"`{where}`", noun=f"`{where}`")


def _in_operation(document: dict[str, Any], parts: list[str]) -> _Subject:
    label = operation_label(document, parts[1], parts[2])
    rest = parts[3:]
    if rest[:1] == ["parameters"] and len(rest) >= 2:
        return _parameter(document, parts[:5])
    if rest[:1] == ["security"]:
        return _Subject(f"the authentication of {label}")
    if rest[:1] == ["responses"] and len(rest) >= 2:
        return _in_body(f"the response {rest[1]}", label, rest[2:])
    if rest[:1] == ["requestBody"]:
        return _in_body("the request body", label, rest[1:])
    return _Subject(label, noun=label)


def _in_webhook(document: dict[str, Any], parts: list[str]) -> _Subject:
    label = webhook_label(document, parts[1])
    rest = parts[3:] if parts[2:3] == ["post"] else []
    if rest[:1] == ["parameters"] and len(rest) >= 2:
        parameter = resolve(document, parts[:5]) or {}
        noun = f"the header `{parameter.get('name', rest[1])}`"
        return _Subject(f"{noun} of {label}", noun=noun, owner=label)
    if rest[:1] == ["requestBody"]:
        return _in_body("the body", label, rest[1:])
    return _Subject(label, noun=label)


def _in_body(noun: str, owner: str, rest: list[str]) -> _Subject:
    """A response or request body of ``owner``, or a header or an inline field of it."""
    whole = f"{noun} of {owner}"
    if rest[:1] == ["headers"] and len(rest) >= 2:
        header = f"the header `{rest[1]}`"
        return _Subject(f"{header} of {whole}", noun=header, owner=whole)
    fields = [rest[i + 1] for i, part in enumerate(rest[:-1]) if part == "properties"]
    if fields:
        field = ".".join(fields)
        return _Subject(f"`{field}` in {whole}", noun=f"field `{field}`", owner=whole, typed=True)
    return _Subject(whole, noun=noun, owner=owner)


def _parameter(document: dict[str, Any], parts: list[str]) -> _Subject:
    """The parameter at ``parts`` (in an operation, a path item or components), named with
    every operation that takes it."""
    parameter = resolve(document, parts) or {}
    noun = f"{parameter.get('in', '')} parameter `{parameter.get('name', parts[-1])}`".lstrip()
    if parts[0] == "components":
        owner = _owners(document, f"#/components/parameters/{parts[2]}")
    elif len(parts) >= 3 and parts[2] in METHODS:
        owner = operation_label(document, parts[1], parts[2])
    else:  # a path item's own parameter: every operation on the path takes it
        owner = _owners(document, "", path=parts[1])
    return _Subject(f"the {noun} of {owner}", noun=noun, owner=owner,
                    required=bool(parameter.get("required")), typed=True)  # fmt: skip


def _owners(document: dict[str, Any], reference: str, path: str = "") -> str:
    """The operations that use ``reference`` (or every operation on ``path``): the operation
    when there is one, else their functions."""
    found = []
    for where, item in (document.get("paths") or {}).items():
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict) or (path and where != path):
                continue
            if path or json.dumps(reference) in json.dumps([item.get("parameters"), operation]):
                label = operation_label(document, where, method)
                found.append((label, _function(document, where, method)))
    for name, item in ({} if path else document.get("webhooks") or {}).items():
        if json.dumps(reference) in json.dumps(item):
            label = webhook_label(document, name)
            found.append((label, label))
    if len(found) == 1:
        return found[0][0]
    return _listing([function for _, function in found]) or "no operation"


def _function(document: dict[str, Any], path: str, method: str) -> str:
    operation_id = document["paths"][path][method].get("operationId")
    return f"`{snake_case(operation_id)}`" if operation_id else f"`{method.upper()} {path}`"


def _schema_name(parts: list[str]) -> tuple[str, list[str]]:
    """``Account.status`` and the keywords left over, for a pointer into a component schema."""
    name, rest = parts[2], parts[3:]
    while rest:
        if rest[0] == "properties" and len(rest) >= 2:
            name, rest = f"{name}.{rest[1]}", rest[2:]
        elif rest[0] == "items":
            name, rest = f"{name}[]", rest[1:]
        elif rest[0] in _COMBINATORS and len(rest) > 2 and rest[1].isdigit():
            rest = rest[2:]  # into a branch; a whole branch is a keyword's edit
        else:
            break
    return name, rest


# -- what happened to it ----------------------------------------------------------------------


def _added(subject: _Subject, written: list[str], document: dict[str, Any]) -> Phrase:
    if _used_elsewhere(written, document):
        return Phrase("")  # the operation or field that uses it has the line
    if not subject.noun:
        return _edit(subject, subject.keyword or "definition")
    requirement = {None: "", True: "required ", False: "optional "}[subject.required]
    owner = f" to {subject.owner}" if subject.owner else ""
    text = f"Added {requirement}{subject.noun}{owner}"
    return Phrase(text, field=subject.field, role="added" if subject.field else "")


def _removed(subject: _Subject, written: list[str], document: dict[str, Any]) -> Phrase:
    if _used_elsewhere(written, document):
        return Phrase("")
    if not subject.noun:
        return _edit(subject, subject.keyword or "definition")
    owner = f" from {subject.owner}" if subject.owner else ""
    role = "removed" if subject.field else ""
    return Phrase(f"Removed {subject.noun}{owner}", field=subject.field, role=role)


def _modified(subject: _Subject, raw: RawChange) -> tuple[Phrase, ...]:
    keyword = raw.keyword or ""
    before, after = raw.before, raw.after
    name = subject.name
    if keyword in _PROSE:
        return (Phrase(f"Reworded the {keyword} of {name}"),)
    if keyword in _EXAMPLES:
        return (Phrase(f"Changed the examples of {name}", role="example"),)
    if keyword.startswith("x-"):
        return (Phrase(f"Changed the extension `{keyword}` of {name}", role="example"),)
    if keyword == "deprecated":
        no_longer = f"{_capital(name)} is no longer deprecated"
        return (Phrase(f"Deprecated {name}" if after else no_longer),)
    if keyword == "required" and isinstance(before or after, list):
        return _required_fields(name.strip("`"), raw.gained, raw.lost)
    if keyword == "required":
        return (Phrase(f"{_capital(name)} is now {'required' if after else 'optional'}"),)
    if keyword == "enum":
        gained, lost = raw.gained, raw.lost
        lines = []
        if gained:
            lines.append(Phrase(f"Added {_plural('the value', gained)} {_codes(gained)} to {name}"))
        if lost:
            lines.append(Phrase(f"Removed {_plural('the value', lost)} {_codes(lost)} from {name}"))
        return tuple(lines)
    if keyword == "type" and subject.typed:
        return (Phrase(_type_change(name, before, after)),)
    if keyword == "default":
        return (Phrase(f"The default of {name} changed from {_code(before)} to {_code(after)}"),)
    if keyword == "additionalProperties":
        verb = "keeps" if after is not False else "no longer keeps"
        return (Phrase(f"{name} {verb} the fields the spec does not declare"),)
    if keyword == "operationId":
        return (Phrase(f"`{snake_case(str(before))}` renamed to {name}"),)
    if keyword == "name" and name.startswith("the tag"):
        return (Phrase(f"Renamed the tag {_code(before)} to {_code(after)}"),)
    return (_edit(subject, keyword),)


def _required_fields(schema: str, gained: list[Any], lost: list[Any]) -> tuple[Phrase, ...]:
    states = [(name, "is now required") for name in gained]
    states += [(name, "is no longer required") for name in lost]
    return tuple(
        Phrase(f"`{schema}.{name}` {state}", field=f"{schema}.{name}", role="required")
        for name, state in states
    )


def _open_set_closed(raw: RawChange, specs: Specs) -> str | None:
    """``Account.status`` when the change is under a field that was an open set and is not any
    more: every change Redocly reports under it (the anyOf gone, the enum's keywords arriving)
    is this one fact."""
    resolved = segments(raw.path)
    for end in range(len(resolved), 1, -1):
        if resolved[end - 2] != "properties":
            continue
        before, after = resolve(specs.base, resolved[:end]), resolve(specs.revision, resolved[:end])
        if after is None or not admits_any_string(before, specs.base):
            continue
        if admits_any_string(after, specs.revision):
            return None
        written = segments(raw.base.pointer) if raw.base else []
        if written[:2] == ["components", "schemas"] and len(written) >= 3:
            return _schema_name(written)[0]
        return resolved[end - 1]
    return None


def _used_elsewhere(written: list[str], document: dict[str, Any]) -> bool:
    """Whether ``written`` is a whole component that something else in ``document`` uses."""
    if len(written) != 3 or written[0] != "components":
        return False
    target = json.dumps(f"#/components/{written[1]}/{written[2]}")
    components = document.get("components", {})
    others = {
        **{key: value for key, value in document.items() if key != "components"},
        **{
            f"{kind}/{name}": node
            for kind, nodes in components.items()
            for name, node in nodes.items()
            if (kind, name) != (written[1], written[2])
        },
    }
    return target in json.dumps(others)


# -- helpers ----------------------------------------------------------------------------------


def _edit(subject: _Subject, keyword: str) -> Phrase:
    """An edit of one keyword; the entry joins the edits of one subject on one line."""
    template = f"Changed {{}} of {subject.name}"
    return Phrase(template.format(f"`{keyword}`"), listed=(template, f"`{keyword}`"))


def _type_change(name: str, before: Any, after: Any) -> str:
    old, new = _types(before), _types(after)
    if new == old | {"null"}:
        return f"{name} may now be null"
    if old == new | {"null"}:
        return f"{name} can no longer be null"
    return f"{name} changed type from {' or '.join(sorted(old)) or 'any'} to " + (
        " or ".join(sorted(new)) or "any"
    )


def _types(value: Any) -> set[str]:
    if isinstance(value, list):
        return {str(item) for item in value}
    return {str(value)} if value is not None else set()


def _code(value: Any) -> str:
    return "unset" if value is None else f"`{value}`"


def _codes(values: list[Any]) -> str:
    return _listing([f"`{value}`" for value in values])


def _listing(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _plural(noun: str, values: list[Any]) -> str:
    return noun if len(values) == 1 else f"{noun}s"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
