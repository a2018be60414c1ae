"""Grade each change from the point of view of code that calls the generated client.

Redocly's grade is kept unless one of the rules below knows better. Each rule exists because
a mutation in tests/support/spec_mutations.py showed Redocly grading a change differently from
what it does to a caller of *this* package:

* a new value of an open set (``anyOf: [{$ref: KnownEnum}, {type: string}]``) is safe: the
  client already keeps values it does not know. Redocly: major (``enum-values-added``);
* a response field that becomes required adds a required argument to the generated attrs
  model's constructor. Redocly: minor or patch; griffe does not see attrs fields either;
* a response schema closed with ``additionalProperties: false`` drops the model's
  ``additional_properties``, so unknown fields are lost. Redocly: patch;
* any change to authentication. Redocly: patch when the requirement is dropped or a scheme's
  ``scheme``/``in``/``name`` changes;
* a new default for a request parameter changes what callers who omit it get. Redocly: patch;
* a new allowed value of a request parameter, or a parameter no longer required, is a new
  capability. Redocly: patch.
"""

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from scripts.spec import segments
from scripts.specdiff import phrasing, ungraded
from scripts.specdiff.model import Change, Specs, Verdict
from scripts.specdiff.redocly import Location, RawChange
from scripts.specdiff.walk import admits_any_string, describe, resolve

_BY_IMPACT = {"major": Verdict.BREAKING, "minor": Verdict.ADDITION, "patch": Verdict.PATCH}
_PROSE = {"description", "summary", "title", "example", "examples", "externalDocs"}
_DOCUMENTATION_ONLY_SCHEME_FIELDS = {"description", "bearerFormat"}


Grade = tuple[Verdict, str]
Rule = Callable[[RawChange, Specs], Grade | None]


def classify(raw_changes: list[RawChange], specs: Specs) -> list[Change]:
    """Every change, graded; edits Redocly does not report (examples) come last, as PATCH."""
    graded = [
        _classified(raw, specs)
        for raw in _per_operation(raw_changes, specs)
        if not (raw.path == "#/info" and raw.property == "version")  # the gate's business
    ]
    return graded + list(ungraded.edits(raw_changes, specs))


def _per_operation(raw_changes: list[RawChange], specs: Specs) -> list[RawChange]:
    """A path added or removed is one change per operation on it: each is a function callers
    gain or lose, and gets its own line."""
    split: list[RawChange] = []
    for raw in raw_changes:
        parts = segments(raw.path)
        if len(parts) != 2 or parts[0] != "paths" or raw.kind not in ("added", "removed"):
            split.append(raw)
            continue
        document = specs.revision if raw.kind == "added" else specs.base
        item = document.get("paths", {}).get(parts[1]) or {}
        methods = [method for method in phrasing.METHODS if isinstance(item.get(method), dict)]
        if not methods:
            split.append(raw)
        for method in methods:
            location = Location(f"{raw.path}/{method}")
            split.append(
                replace(
                    raw,
                    path=f"{raw.path}/{method}",
                    base=location if raw.kind == "removed" else None,
                    revision=location if raw.kind == "added" else None,
                )
            )
    return split


def _classified(raw: RawChange, specs: Specs) -> Change:
    document = specs.base if raw.kind == "removed" else specs.revision
    for rule in RULES:
        grade = rule(raw, specs)
        if grade is not None:
            verdict, why = grade
            break
    else:
        verdict = _BY_IMPACT.get(raw.impact, Verdict.BREAKING)
        rules = f", rule {', '.join(raw.rules)}" if raw.rules else ""
        why = f"Redocly grades it {raw.impact}{rules}"
    location = raw.revision if raw.kind != "removed" else raw.base
    return Change(
        verdict=verdict,
        where=describe(document, raw.path),
        what=_what(raw, document),
        why=why,
        spec_pointer=location.pointer if location else "",
        phrases=phrasing.phrases(raw, specs),
    )


# -- the rules --------------------------------------------------------------------------------


def _open_set_value_added(raw: RawChange, specs: Specs) -> Grade | None:
    if "enum-values-added" not in raw.rules:
        return None
    parts = segments(raw.path)
    if len(parts) < 2 or parts[-2] not in ("anyOf", "oneOf"):
        return None
    parent = resolve(specs.revision, parts[:-2])
    if not (isinstance(parent, dict) and admits_any_string(parent, specs.revision)):
        return None
    return (
        Verdict.ADDITION,
        "new known value of an open set: the schema also admits any string, so the client "
        "already keeps values it does not know (policy; Redocly says major)",
    )


def _became_required_in_response(raw: RawChange, specs: Specs) -> Grade | None:
    if raw.property != "required" or not _in_response(raw.path):
        return None
    added = sorted(set(_list_value(raw.revision)) - set(_list_value(raw.base)))
    if not added:
        return None
    return (
        Verdict.BREAKING,
        f"now required: {', '.join(added)}. The generated model's constructor gains a "
        "required argument, so code that builds it breaks; griffe cannot see attrs fields "
        f"(policy; Redocly says {raw.impact})",
    )


def _extra_fields_no_longer_kept(raw: RawChange, specs: Specs) -> Grade | None:
    if raw.property != "additionalProperties" or not _in_response(raw.path):
        return None
    closed = raw.revision is not None and raw.revision.value is False
    was_closed = raw.base is not None and raw.base.has_value and raw.base.value is False
    if not closed or was_closed:
        return None
    return (
        Verdict.BREAKING,
        "the generated model loses additional_properties: unknown fields the server sends "
        f"are no longer kept (policy; Redocly says {raw.impact})",
    )


def _auth_changed(raw: RawChange, specs: Specs) -> Grade | None:
    parts = segments(raw.path)
    requirement = parts[:1] == ["security"] or (parts[:1] == ["paths"] and "security" in parts)
    scheme = parts[:2] == ["components", "securitySchemes"] and (
        raw.kind == "removed"
        or (raw.kind == "modified" and raw.property not in _DOCUMENTATION_ONLY_SCHEME_FIELDS)
    )
    if not (requirement or scheme):
        return None
    return (
        Verdict.BREAKING,
        "authentication changed: requests built the old way may be refused "
        f"(policy; Redocly says {raw.impact})",
    )


def _request_default_changed(raw: RawChange, specs: Specs) -> Grade | None:
    if raw.property != "default" or not _in_request(raw.path):
        return None
    return (
        Verdict.BREAKING,
        "callers that omit this parameter now get the server's new default "
        f"(policy; Redocly says {raw.impact})",
    )


def _request_widened(raw: RawChange, specs: Specs) -> Grade | None:
    """A request that accepts more: a new allowed value, a parameter no longer required."""
    if not _in_request(raw.path):
        return None
    if raw.property == "enum":
        before, after = set(_list_value(raw.base)), set(_list_value(raw.revision))
        if not (after - before) or (before - after):
            return None  # removals are Redocly's `enum-values-removed`: major
        return (
            Verdict.ADDITION,
            f"callers may pass a new value (policy; Redocly says {raw.impact})",
        )
    was_required = raw.base is not None and raw.base.value is True
    if raw.property == "required" and was_required and not _value(raw.revision):
        return (
            Verdict.ADDITION,
            f"callers may now leave it out (policy; Redocly says {raw.impact})",
        )
    return None


RULES: tuple[Rule, ...] = (
    _auth_changed,
    _open_set_value_added,
    _became_required_in_response,
    _extra_fields_no_longer_kept,
    _request_default_changed,
    _request_widened,
)


# -- helpers ----------------------------------------------------------------------------------


def _in_response(path: str) -> bool:
    return "/responses/" in path


def _in_request(path: str) -> bool:
    return "/parameters/" in path or "/requestBody" in path


def _value(location: Location | None) -> Any:
    return location.value if location is not None and location.has_value else None


def _list_value(location: Location | None) -> list[Any]:
    if location is None or not isinstance(location.value, list):
        return []
    return location.value


def _what(raw: RawChange, document: dict[str, Any]) -> str:
    # Redocly's message on `required` names only the fields no longer required.
    if raw.messages and raw.property != "required":
        return " ".join(raw.messages)
    if raw.kind in ("added", "removed"):
        return f"{_subject(segments(raw.path), document)} {raw.kind}"
    if raw.property in _PROSE:
        return f"{raw.property} changed"
    if raw.property in ("required", "enum"):
        before, after = _list_value(raw.base), _list_value(raw.revision)
        gained = [repr(item) for item in after if item not in before]
        lost = [repr(item) for item in before if item not in after]
        noun = "required fields" if raw.property == "required" else "allowed values"
        edits = []
        if gained:
            edits.append(f"gained {', '.join(gained)}")
        if lost:
            edits.append(f"lost {', '.join(lost)}")
        return f"{noun} {' and '.join(edits) or 'reordered'}"
    old = _short(raw.base.value) if raw.base and raw.base.has_value else "unset"
    new = _short(raw.revision.value) if raw.revision and raw.revision.has_value else "unset"
    return f"`{raw.property}` changed from {old} to {new}"


def _subject(parts: list[str], document: dict[str, Any]) -> str:
    if len(parts) == 2 and parts[0] == "tags":
        tag = resolve(document, parts)
        return f"tag `{tag.get('name', parts[1]) if isinstance(tag, dict) else parts[1]}`"
    if "security" in parts:
        return "security requirement"
    if len(parts) >= 2 and parts[-2] == "properties":
        return f"property `{parts[-1]}`"
    if len(parts) >= 2 and parts[-2] == "parameters":
        parameter = resolve(document, parts) or {}
        return f"{parameter.get('in', '')} parameter `{parameter.get('name', parts[-1])}`".strip()
    if len(parts) == 2 and parts[0] == "paths":
        return f"path `{parts[1]}`"
    if len(parts) == 3 and parts[0] == "paths":
        return f"operation `{parts[2].upper()} {parts[1]}`"
    if len(parts) >= 2 and parts[-2] in ("responses", "headers", "securitySchemes"):
        return f"{parts[-2].rstrip('s').replace('securityScheme', 'security scheme')} `{parts[-1]}`"
    return f"`{parts[-1]}`" if parts else "the document"


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
