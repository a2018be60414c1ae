"""Grade each change from the point of view of code that calls the generated client.

Redocly's grade stands unless a rule below knows better. Redocly's configuration can only set
the impact of each of its rules for every change alike; each rule here needs to look at the
schema around the change, which is why it is code. Each exists because a mutation in
tests/support/spec_mutations.py showed Redocly grading a change differently from what it does
to a caller of *this* package:

* any change to authentication is breaking. Redocly: patch when the requirement is dropped or a
  scheme's ``scheme``/``in``/``name`` changes;
* a new value of an open set (``anyOf: [{$ref: KnownEnum}, {type: string}]``) is an addition:
  the client already keeps values it does not know. Redocly: major (``enum-values-added``);
* a response field that becomes required adds a required argument to the generated attrs
  model's constructor, which griffe cannot see: breaking. Redocly: minor or patch;
* a response schema closed with ``additionalProperties: false`` drops the model's
  ``additional_properties``, so unknown fields are lost: breaking. Redocly: patch;
* a new default for a request parameter changes what callers who omit it get: breaking.
  Redocly: patch;
* a request that accepts more (a new allowed value, a parameter no longer required) is a new
  capability: an addition. Redocly: patch;
* ``deprecated: true`` on an operation, a parameter or a field is a deprecation, which SemVer
  §7 releases as a minor version (a patch one in 0.x). Redocly: patch;
* a named example added to or removed from a response or a request body documents it and
  changes nothing a caller uses. Redocly: minor or major.
"""

from collections.abc import Callable
from typing import Any

from scripts.spec import deref, example_index, resolve, segments
from scripts.specdiff.model import Specs, Verdict
from scripts.specdiff.redocly import RawChange

_BY_IMPACT = {"major": Verdict.BREAKING, "minor": Verdict.ADDITION, "patch": Verdict.PATCH}
_DOCUMENTATION_ONLY_SCHEME_FIELDS = {"description", "bearerFormat"}
_NARROWING_KEYWORDS = {"enum", "const", "pattern", "format"}

Grade = tuple[Verdict, str]
Rule = Callable[[RawChange, Specs], Grade | None]


def grade(raw: RawChange, specs: Specs) -> Grade:
    """The verdict of one change, and why."""
    for rule in RULES:
        graded = rule(raw, specs)
        if graded is not None:
            verdict, reason = graded
            return verdict, f"policy: {reason} (Redocly says {raw.impact})"
    verdicts = zip(raw.rules, raw.messages, strict=True)
    said = "".join(f", {rule}: {message}" for rule, message in verdicts)
    return _BY_IMPACT.get(raw.impact, Verdict.BREAKING), f"Redocly: {raw.impact}{said}"


def admits_any_string(schema: Any, document: dict[str, Any]) -> bool:
    """Whether ``schema`` is an open set: anyOf/oneOf with a branch that takes any string."""
    if not isinstance(schema, dict):
        return False
    for branch in [*schema.get("anyOf", []), *schema.get("oneOf", [])]:
        target, _ = deref(document, branch)
        if (
            isinstance(target, dict)
            and target.get("type") == "string"
            and not _NARROWING_KEYWORDS & target.keys()
        ):
            return True
    return False


# -- the rules --------------------------------------------------------------------------------


def _auth_changed(raw: RawChange, specs: Specs) -> Grade | None:
    parts = segments(raw.path)
    requirement = parts[:1] == ["security"] or (parts[:1] == ["paths"] and "security" in parts)
    scheme = parts[:2] == ["components", "securitySchemes"] and (
        raw.kind == "removed"
        or (raw.kind == "modified" and raw.keyword not in _DOCUMENTATION_ONLY_SCHEME_FIELDS)
    )
    if requirement or scheme:
        return Verdict.BREAKING, "authentication changed: requests built the old way may be refused"
    return None


def _open_set_value_added(raw: RawChange, specs: Specs) -> Grade | None:
    if "enum-values-added" not in raw.rules:
        return None
    # The schema of the field (or parameter) the enum is met in: an open set's enum is one
    # branch of its anyOf.
    parts = segments(raw.path)
    while len(parts) >= 2 and parts[-2] in ("anyOf", "oneOf"):
        parts = parts[:-2]
    if not admits_any_string(resolve(specs.revision, parts), specs.revision):
        return None
    return Verdict.ADDITION, (
        "a new known value of an open set: the field also admits any string, so the client "
        "already keeps values it does not know"
    )


def _became_required_in_response(raw: RawChange, specs: Specs) -> Grade | None:
    if raw.keyword != "required" or "/responses/" not in raw.path:
        return None
    added = raw.gained
    if not added:
        return None
    return Verdict.BREAKING, (
        f"now required: {', '.join(map(str, added))}. The generated model's constructor gains "
        "a required argument, so code that builds it breaks; griffe cannot see attrs fields"
    )


def _extra_fields_no_longer_kept(raw: RawChange, specs: Specs) -> Grade | None:
    if raw.keyword != "additionalProperties" or "/responses/" not in raw.path:
        return None
    if raw.after is not False or raw.before is False:
        return None
    return Verdict.BREAKING, (
        "the generated model loses additional_properties: unknown fields the server sends are "
        "no longer kept"
    )


def _request_default_changed(raw: RawChange, specs: Specs) -> Grade | None:
    if raw.keyword != "default" or not _in_request(raw.path):
        return None
    return Verdict.BREAKING, "callers that omit this parameter now get the server's new default"


def _request_widened(raw: RawChange, specs: Specs) -> Grade | None:
    """A request that accepts more: a new allowed value, a parameter no longer required."""
    if not _in_request(raw.path):
        return None
    if raw.keyword == "enum":
        if not raw.gained or raw.lost:
            return None  # a value lost is Redocly's `enum-values-removed`: major
        return Verdict.ADDITION, "callers may pass a new value"
    if raw.keyword == "required" and raw.before is True and not raw.after:
        return Verdict.ADDITION, "callers may now leave it out"
    return None


def _deprecated(raw: RawChange, specs: Specs) -> Grade | None:
    if raw.keyword != "deprecated" or raw.after is not True:
        return None
    return Verdict.DEPRECATION, "callers are told to stop using it"


def _example(raw: RawChange, specs: Specs) -> Grade | None:
    written = [
        part
        for location in (raw.base, raw.revision)
        if location is not None
        for part in [segments(location.pointer)]
    ]
    if not any(example_index(parts) is not None for parts in written):
        return None
    return Verdict.PATCH, "an example documents; it changes neither code nor what is accepted"


RULES: tuple[Rule, ...] = (
    _example,
    _auth_changed,
    _open_set_value_added,
    _became_required_in_response,
    _extra_fields_no_longer_kept,
    _request_default_changed,
    _request_widened,
    _deprecated,
)


# -- helpers ----------------------------------------------------------------------------------


def _in_request(path: str) -> bool:
    return "/parameters/" in path or "/requestBody" in path
