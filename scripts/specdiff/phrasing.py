"""Each graded change in the words a maintainer writes in CHANGELOG.md.

Lines name what a caller uses: the operation and its Python function (`GET /labels`
(`list_labels`)), the model field (`Account.quality_rating`), the parameter, the tag by its
name. Redocly reports where a change is met through every $ref; the line is written from the
component where it was made (its pointer in openapi.yaml), so a schema shared by four
responses gives one line, not four.
"""

import json
from typing import Any

from openapi_python_client.strings import snake_case

from scripts.spec import segments
from scripts.specdiff.model import Phrase, Specs
from scripts.specdiff.redocly import Location, RawChange
from scripts.specdiff.walk import admits_any_string, component_name, describe, resolve

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PROSE = {"description", "summary", "title", "$comment"}
_EXAMPLES = {"example", "examples"}


def phrases(raw: RawChange, specs: Specs) -> tuple[Phrase, ...]:
    document = specs.base if raw.kind == "removed" else specs.revision
    resolved = segments(raw.path)
    written = _written_at(raw)
    closed = _open_set_closed(resolved, specs)
    if closed is not None:
        return (closed,)
    if resolved[:1] == ["paths"] and "parameters" in resolved:
        return _parameter(raw, resolved, document)
    if written[:2] == ["components", "schemas"] and len(written) >= 3:
        return _schema(raw, written, specs)
    if written[:1] == ["tags"] and len(written) >= 2:
        return _tag(raw, written, document)
    if "security" in resolved or written[:2] == ["components", "securitySchemes"]:
        return _security(raw, written, resolved, document)
    if resolved[:1] == ["paths"]:
        return _path_level(raw, resolved, written, specs)
    if written[:1] == ["info"] and raw.property in _PROSE:
        return (Phrase(f"Reworded the API's {raw.property}"),)
    return (_edit(_plain(describe(document, raw.path)), raw),)


def operation_label(document: dict[str, Any], path: str, method: str) -> str:
    """```GET /labels` (`list_labels`)``: the operation and the function callers import."""
    operation = (document.get("paths", {}).get(path) or {}).get(method) or {}
    label = f"`{method.upper()} {path}`"
    operation_id = operation.get("operationId")
    return f"{label} (`{snake_case(operation_id)}`)" if operation_id else label


# -- where the change was written -------------------------------------------------------------


def _written_at(raw: RawChange) -> list[str]:
    """The pointer in openapi.yaml of the node that changed (its keyword stripped)."""
    location: Location | None = raw.base if raw.kind == "removed" else raw.revision
    if location is None or not location.pointer:
        return segments(raw.path)
    parts = segments(location.pointer)
    if raw.kind == "modified" and parts and parts[-1] == raw.property:
        parts = parts[:-1]
    return parts


def _schema_name(parts: list[str]) -> tuple[str, list[str]]:
    """``Account.status`` and the keywords left over, for a pointer into a component schema."""
    name, rest = parts[2], parts[3:]
    while rest:
        if rest[0] == "properties" and len(rest) >= 2:
            name, rest = f"{name}.{rest[1]}", rest[2:]
        elif rest[0] == "items":
            name, rest = f"{name}[]", rest[1:]
        elif rest[0] in ("anyOf", "oneOf", "allOf") and len(rest) >= 2 and rest[1].isdigit():
            rest = rest[2:]
        else:
            break
    return name, rest


# -- component schemas ------------------------------------------------------------------------


def _open_set_closed(resolved: list[str], specs: Specs) -> Phrase | None:
    """A field that was an open set and is not any more: every change Redocly reports under it
    (the anyOf gone, an enum's keywords appearing) is this one fact."""
    for end in range(len(resolved), 1, -1):
        if resolved[end - 2] != "properties":
            continue
        before, after = resolve(specs.base, resolved[:end]), resolve(specs.revision, resolved[:end])
        if (
            after is not None
            and admits_any_string(before, specs.base)
            and not admits_any_string(after, specs.revision)
        ):
            name = component_name(specs.revision, resolved[:end]) or resolved[end - 1]
            return Phrase(f"`{name}` no longer accepts values the spec does not name")
    return None


def _schema(raw: RawChange, parts: list[str], specs: Specs) -> tuple[Phrase, ...]:
    document = specs.base if raw.kind == "removed" else specs.revision
    name, rest = _schema_name(parts)
    subject = f"`{name}`"
    if len(parts) == 3 and raw.kind in ("added", "removed"):
        # A new or dropped model: a line only when no operation or field carries it (their
        # own lines say it already).
        if _referenced(document, parts[2]):
            return ()
        return (Phrase(f"{'Added' if raw.kind == 'added' else 'Removed'} the model {subject}"),)
    if raw.kind == "added" and not rest and "." in name:
        parent = resolve(document, parts[:-2]) or {}
        if parts[-1] in parent.get("required", []):
            return (Phrase(f"New required field {subject}", field=name, role="added"),)
        return (Phrase(f"Added optional field {subject}", field=name, role="added"),)
    if raw.kind == "removed" and not rest and "." in name:
        return (Phrase(f"Removed field {subject}", field=name, role="removed"),)
    if raw.kind != "modified":
        return (_edit(subject, raw, keyword=rest[-1] if rest else None),)
    keyword = raw.property or ""
    before, after = _value(raw.base), _value(raw.revision)
    if keyword == "type":
        return (Phrase(_type_change(subject, before, after)),)
    if keyword in _PROSE:
        return (Phrase(f"Reworded the {keyword} of {subject}"),)
    if keyword in _EXAMPLES:
        return (Phrase(f"Changed the examples of {subject}"),)
    if keyword == "enum":
        return _values_change(subject, before, after)
    if keyword == "required":
        return _required_change(name, before, after)
    if keyword == "additionalProperties":
        keeps = after is not False
        verb = "keeps" if keeps else "no longer keeps"
        return (Phrase(f"{subject} {verb} the fields the spec does not declare"),)
    if keyword == "default":
        return (Phrase(f"The default of {subject} changed from {_code(before)} to {_code(after)}"),)
    return (_edit(subject, raw),)


def _referenced(document: dict[str, Any], schema: str) -> bool:
    target = f"#/components/schemas/{schema}"
    everything_else = {
        key: value
        for key, value in document.items()
        if key != "components"
    } | {"components": {
        kind: ({name: node for name, node in nodes.items() if name != schema}
               if kind == "schemas" else nodes)
        for kind, nodes in document.get("components", {}).items()
    }}  # fmt: skip
    return f'"{target}"' in json.dumps(everything_else)


def _type_change(subject: str, before: Any, after: Any) -> str:
    old, new = _types(before), _types(after)
    if new == old | {"null"}:
        return f"{subject} may now be null"
    if old == new | {"null"}:
        return f"{subject} can no longer be null"
    return f"{subject} changed type from {' or '.join(sorted(old)) or 'any'} to " + (
        " or ".join(sorted(new)) or "any"
    )


def _types(value: Any) -> set[str]:
    if isinstance(value, list):
        return {str(item) for item in value}
    return {str(value)} if value is not None else set()


def _values_change(subject: str, before: Any, after: Any) -> tuple[Phrase, ...]:
    old, new = _list(before), _list(after)
    gained = [item for item in new if item not in old]
    lost = [item for item in old if item not in new]
    lines = []
    if gained:
        lines.append(Phrase(f"Added {_plural('the value', gained)} {_codes(gained)} to {subject}"))
    if lost:
        lines.append(Phrase(f"Removed {_plural('the value', lost)} {_codes(lost)} from {subject}"))
    return tuple(lines)


def _required_change(schema: str, before: Any, after: Any) -> tuple[Phrase, ...]:
    old, new = _list(before), _list(after)
    lines = [
        Phrase(f"`{schema}.{name}` is now required", field=f"{schema}.{name}", role="required")
        for name in new
        if name not in old
    ]
    lines += [
        Phrase(
            f"`{schema}.{name}` is no longer required", field=f"{schema}.{name}", role="required"
        )
        for name in old
        if name not in new
    ]
    return tuple(lines)


# -- parameters -------------------------------------------------------------------------------


def _parameter(raw: RawChange, resolved: list[str], document: dict[str, Any]) -> tuple[Phrase, ...]:
    index = resolved.index("parameters")
    parameter = resolve(document, resolved[: index + 2]) or {}
    where = parameter.get("in", "")
    name = parameter.get("name", resolved[index + 1] if index + 1 < len(resolved) else "?")
    owner = (
        operation_label(document, resolved[1], resolved[2])
        if index == 3
        else f"every operation of `{resolved[1]}`"
    )
    subject = f"the {where} parameter `{name}` of {owner}".replace("the  ", "the ")
    rest = resolved[index + 2 :]
    if not rest and raw.kind == "added":
        if parameter.get("required"):
            return (Phrase(f"New required {where} parameter `{name}` of {owner}"),)
        return (Phrase(f"Added optional {where} parameter `{name}` to {owner}"),)
    if not rest and raw.kind == "removed":
        return (Phrase(f"Removed {subject}"),)
    keyword = raw.property or ""
    before, after = _value(raw.base), _value(raw.revision)
    if keyword == "required" and not rest:
        state = "now required" if after else "now optional"
        return (Phrase(f"{_capital(subject)} is {state}"),)
    if keyword in _PROSE:
        return (Phrase(f"Reworded the {keyword} of {subject}"),)
    if keyword in _EXAMPLES:
        return (Phrase(f"Changed the example of {subject}"),)
    if keyword == "enum":
        old, new = _list(before), _list(after)
        gained = [item for item in new if item not in old]
        lost = [item for item in old if item not in new]
        lines = []
        if gained:
            lines.append(Phrase(f"{_capital(subject)} also accepts {_codes(gained)}"))
        if lost:
            lines.append(Phrase(f"{_capital(subject)} no longer accepts {_codes(lost)}"))
        return tuple(lines)
    if keyword == "default":
        change = f"from {_code(before)} to {_code(after)}"
        return (Phrase(f"The default of {subject} changed {change}"),)
    return (_edit(subject, raw),)


# -- operations, responses, headers -----------------------------------------------------------


def _path_level(
    raw: RawChange, resolved: list[str], written: list[str], specs: Specs
) -> tuple[Phrase, ...]:
    document = specs.base if raw.kind == "removed" else specs.revision
    if len(resolved) < 3 or resolved[2] not in METHODS:
        return (_edit(f"the path `{resolved[1]}`", raw),)
    owner = operation_label(document, resolved[1], resolved[2])
    rest = resolved[3:]
    verb = {"added": "Added", "removed": "Removed"}.get(raw.kind)
    keyword = raw.property or ""
    if not rest:
        if verb:
            return (Phrase(f"{verb} {owner}"),)
        if keyword in _PROSE:
            return (Phrase(f"Reworded the {keyword} of {owner}"),)
        if keyword == "operationId":
            old = snake_case(str(_value(raw.base)))
            return (Phrase(f"`{old}` renamed to {owner}"),)
        if keyword == "deprecated" and _value(raw.revision):
            return (Phrase(f"Deprecated {owner}"),)
        return (_edit(owner, raw),)
    if rest[0] == "responses" and len(rest) >= 2:
        status = rest[1]
        response = f"the response {status} of {owner}"
        if len(rest) == 2 and raw.kind == "added":
            return (Phrase(f"{owner} documents the response {status}"),)
        if len(rest) == 2 and raw.kind == "removed":
            return (Phrase(f"{owner} no longer documents the response {status}"),)
        if len(rest) >= 4 and rest[2] == "headers":
            header = f"`{rest[3]}`"
            if len(rest) == 4 and raw.kind == "added":
                return (Phrase(f"{_capital(response)} has the new header {header}"),)
            if len(rest) == 4 and raw.kind == "removed":
                return (Phrase(f"{_capital(response)} no longer has the header {header}"),)
            return (_edit(f"the header {header} of {response}", raw),)
        if len(rest) == 2 and keyword in _PROSE:
            return (Phrase(f"Reworded the {keyword} of {response}"),)
        return (_edit(response, raw),)
    if rest[0] == "requestBody":
        if len(rest) == 1 and verb:
            taking = "takes" if raw.kind == "added" else "no longer takes"
            return (Phrase(f"{owner} {taking} a request body"),)
        return (_edit(f"the request body of {owner}", raw),)
    return (_edit(owner, raw),)


# -- tags, authentication ---------------------------------------------------------------------


def _tag(raw: RawChange, written: list[str], document: dict[str, Any]) -> tuple[Phrase, ...]:
    tag = resolve(document, written[:2]) or {}
    name = f"`{tag.get('name', written[1])}`"
    if len(written) == 2 and raw.kind in ("added", "removed"):
        return (Phrase(f"{'Added' if raw.kind == 'added' else 'Removed'} the tag {name}"),)
    if raw.property == "name":
        old, new = _code(_value(raw.base)), _code(_value(raw.revision))
        return (Phrase(f"Renamed the tag {old} to {new}"),)
    if raw.property in _PROSE:
        return (Phrase(f"Reworded the {raw.property} of the tag {name}"),)
    return (_edit(f"the tag {name}", raw),)


def _security(
    raw: RawChange, written: list[str], resolved: list[str], document: dict[str, Any]
) -> tuple[Phrase, ...]:
    if written[:2] == ["components", "securitySchemes"] and len(written) >= 3:
        scheme = f"the security scheme `{written[2]}`"
        if len(written) == 3 and raw.kind in ("added", "removed"):
            return (Phrase(f"{'Added' if raw.kind == 'added' else 'Removed'} {scheme}"),)
        if raw.property in _PROSE:
            return (Phrase(f"Reworded the {raw.property} of {scheme}"),)
        return (_edit(scheme, raw),)
    if resolved[:1] == ["paths"] and len(resolved) >= 3 and resolved[2] in METHODS:
        label = operation_label(document, resolved[1], resolved[2])
        return (Phrase(f"Changed the authentication of {label}"),)
    return (Phrase("Changed the authentication every operation requires"),)


# -- helpers ----------------------------------------------------------------------------------


def _edit(subject: str, raw: RawChange, keyword: str | None = None) -> Phrase:
    """An edit of one keyword of ``subject``; the entry joins the edits of one subject."""
    keyword = keyword or raw.property or "definition"
    if keyword.startswith("x-"):
        return Phrase(f"Changed the extension `{keyword}` of {subject}", role="example")
    listed = (f"Changed {{}} of {subject}", f"`{keyword}`")
    return Phrase(f"Changed `{keyword}` of {subject}", listed=listed)


def _value(location: Location | None) -> Any:
    return location.value if location is not None and location.has_value else None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _code(value: Any) -> str:
    return "unset" if value is None else f"`{value}`"


def _codes(values: list[Any]) -> str:
    shown = [f"`{value}`" for value in values]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def _plural(noun: str, values: list[Any]) -> str:
    return noun if len(values) == 1 else f"{noun}s"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _plain(where: str) -> str:
    return f"`{where}`" if "`" not in where else where


def owner(document: dict[str, Any], parts: list[str]) -> str:
    """Words for the node at ``parts`` (unresolved), e.g. "the response 200 of `GET /accounts`
    (`list_accounts`)" or "`AccountList.data`"."""
    if parts[:2] == ["components", "schemas"] and len(parts) >= 3:
        return f"`{_schema_name(parts)[0]}`"
    if parts[:1] == ["components"] and len(parts) >= 3:
        return f"the {parts[1].rstrip('s')} `{parts[2]}`"
    if parts[:1] == ["paths"] and len(parts) >= 3 and parts[2] in METHODS:
        label = operation_label(document, parts[1], parts[2])
        rest = parts[3:]
        if rest[:1] == ["responses"] and len(rest) >= 2:
            return f"the response {rest[1]} of {label}"
        if rest[:1] == ["requestBody"]:
            return f"the request body of {label}"
        if rest[:1] == ["parameters"] and len(rest) >= 2:
            parameter = resolve(document, parts[:5]) or {}
            return f"the parameter `{parameter.get('name', rest[1])}` of {label}"
        return label
    return _plain(describe(document, "#/" + "/".join(parts)))
