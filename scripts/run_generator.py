"""openapi-python-client's `generate --meta none --fail-on-warning`, with the raw spec handed to
the templates as the Jinja global ``spec``.

Why through the generator's API rather than its CLI: the generator's parsed operations drop facts
the package must carry (a parameter's own description, ``deprecated`` on operations and
parameters, a parameter schema's ``pattern`` and bounds), and the CLI offers no way to give the
templates anything more. So this builds the generator's ``Project`` as its CLI does, adds the one
global, and reports errors through the CLI's own ``handle_errors``: same messages, same exit
status. scripts/generate.py runs it in a subprocess, so each generation starts from a fresh
interpreter as the CLI's did.

Values read through ``spec`` are the document's own, untrusted text: a template escapes them
(``safe_for_docstring``, ``in_double_quote_literal``) like anything else from the spec.
"""

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer
from openapi_python_client import Project
from openapi_python_client.cli import handle_errors
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.schema import UntrustedString

# Argument names the templates give every operation function besides the spec's parameters; a
# parameter of that name becomes `<name>_<location>`, as the generator does for `client`.
RESERVED_ARGUMENTS = frozenset({"request_options"})


# Where a webhook body is read from; the generator makes models of component schemas only.
JSON_BODY = "application/json"
COMPONENT_SCHEMA = "#/components/schemas/"
# The templates' own modules, rendered after the generator's models (webhooks.py imports them).
OWN_MODULES = {"webhooks.py.jinja": "webhooks.py"}


class SpecError(Exception):
    """The spec asks for something the templates cannot generate; the message says what."""


@dataclass(frozen=True)
class Webhook:
    """One event of the document's ``webhooks``, as the templates need it."""

    name: str
    """The event's name, its key in ``webhooks`` (``contact.created``)."""
    model: str
    """The class of the model of its body."""
    fixed: tuple[tuple[str, str], ...]
    """The body's top-level required fields whose value the model fixes to a string (a
    ``const``), by which a body is recognised as this event's: ``(("type",
    "contact.created"),)``."""


class Spec:
    """The raw OpenAPI document, looked up by what the templates hold: ``spec.operation(endpoint)``
    and ``spec.parameter(endpoint, parameter)``; ``spec.webhooks()`` and ``spec.model_at(...)``
    for the events."""

    def __init__(self, document: dict[str, Any], classes: Mapping[str, str] | None = None) -> None:
        self._document = document
        # The class of each model the generator made, by the JSON pointer of its schema
        # (``/components/schemas/Account``).
        self._classes = dict(classes or {})

    def _follow(self, node: Any) -> Any:
        """``node`` with its ``$ref`` (local, possibly chained) replaced by the target; keys
        beside a ``$ref`` (allowed in 3.1: ``description``, ``deprecated``) take precedence."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            reference = node["$ref"]
            if not reference.startswith("#/") or reference in seen:
                return node  # the generator has already refused what it cannot follow
            seen.add(reference)
            target: Any = self._document
            for part in reference[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = {**target, **{key: value for key, value in node.items() if key != "$ref"}}
        return node

    def operation(self, endpoint: Any) -> dict[str, Any]:
        """The operation object of ``endpoint``, its ``parameters`` merged with the path item's
        (the operation's win, as OpenAPI says), each parameter and its schema with $refs
        followed."""
        path_item = self._follow(self._document["paths"][endpoint.path.get_untrusted_value()])
        operation: dict[str, Any] = path_item[endpoint.method]
        parameters: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
            parameter = self._follow(raw)
            if "schema" in parameter:
                parameter = {**parameter, "schema": self._follow(parameter["schema"])}
            parameters[parameter["in"], parameter["name"]] = parameter
        return {**operation, "parameters": list(parameters.values())}

    def security(self, endpoint: Any) -> list[dict[str, Any]]:
        """The security requirements in force for ``endpoint``: its own ``security`` (even
        ``[]``), else the document's (the generator reads only the operation's)."""
        operation = self.operation(endpoint)
        if "security" in operation:
            return list(operation["security"])
        return list(self._document.get("security", []))

    def webhooks(self) -> list[Webhook]:
        """Each event of ``webhooks`` that is a ``post`` with a JSON body, in the document's
        order. Its body must be a ``$ref`` to a component schema: the generator makes models of
        those alone."""
        found = []
        for name, raw_item in (self._document.get("webhooks") or {}).items():
            operation = self._follow(raw_item).get("post")
            if operation is None:
                continue
            body = self._follow(operation.get("requestBody") or {})
            schema = ((body.get("content") or {}).get(JSON_BODY) or {}).get("schema") or {}
            reference = schema.get("$ref", "")
            model = self._class_of(reference)
            if model is None:
                raise SpecError(
                    f"webhooks.{name}: the {JSON_BODY} body must be a $ref to a schema in "
                    "components.schemas, of which the generator makes the event's model"
                )
            target = self._follow(schema)
            fixed = tuple(
                (key, constant)
                for key, value in (target.get("properties") or {}).items()
                if key in target.get("required", [])
                and isinstance(constant := self._follow(value).get("const"), str)
            )
            found.append(Webhook(name=name, model=model, fixed=fixed))
        return found

    def model_at(self, model: str, *path: str) -> str | None:
        """The class of the model found by following ``path``, property by property (through
        the items of arrays), from the model ``model``; None when the path leads nowhere or to
        a schema that is not a component."""
        pointers = {cls: pointer for pointer, cls in self._classes.items()}
        if model not in pointers:
            return None
        node: Any = {"$ref": "#" + pointers[model]}
        for step in path:
            node = self._follow(node)
            while node.get("type") == "array":
                node = self._follow(node.get("items", {}))
            node = (node.get("properties") or {}).get(step)
            if not isinstance(node, dict):
                return None
        while node.get("type") == "array":
            node = node.get("items", {})
        return self._class_of(node.get("$ref", ""))

    def _class_of(self, reference: str) -> str | None:
        if not reference.startswith(COMPONENT_SCHEMA):
            return None
        return self._classes.get(reference.removeprefix("#"))

    def parameter(self, endpoint: Any, parameter: Any) -> dict[str, Any] | None:
        """The parameter object behind one of ``endpoint``'s parameter properties; None for its
        body (which the generator lists with the parameters)."""
        places = {
            "path": endpoint.path_parameters,
            "query": endpoint.query_parameters,
            "header": endpoint.header_parameters,
            "cookie": endpoint.cookie_parameters,
        }
        name = parameter.name.get_untrusted_value().lower()
        for place, properties in places.items():
            if any(known is parameter for known in properties):
                parameters: list[dict[str, Any]] = self.operation(endpoint)["parameters"]
                for raw in parameters:
                    if raw["in"] == place and raw["name"].lower() == name:
                        return raw
                raise LookupError(f"no {place} parameter {name!r} in {endpoint.name}")
        return None


def _errors(spec: Path, config: Config, templates: Path) -> Sequence[GeneratorError]:
    # As openapi_python_client.generate does, with the global added before anything renders.
    openapi = GeneratorData.from_dict(json.loads(spec.read_bytes()), config=config)
    if isinstance(openapi, GeneratorError):
        return [openapi]
    _rename_reserved(openapi, config)
    project = _Project(openapi=openapi, config=config, custom_template_path=templates)
    classes = {model.name.get_untrusted_value(): model.class_info.name for model in openapi.models}
    project.env.globals["spec"] = Spec(json.loads(spec.read_bytes()), classes)
    try:
        return project.build()
    except SpecError as failure:
        return [GeneratorError(header="The spec cannot be generated", detail=str(failure))]


class _Project(Project):
    """The generator's project, which also renders the templates' own modules (OWN_MODULES)
    into the package, with the same environment and before the post hooks format them."""

    def _build_models(self) -> None:
        super()._build_models()
        for template, module in OWN_MODULES.items():
            text = self.env.get_template(template).render()
            (self.package_dir / module).write_text(text, encoding=self.config.file_encoding)


def _rename_reserved(openapi: GeneratorData, config: Config) -> None:
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for location, parameter in endpoint.iter_all_parameters():
                if parameter.python_name in RESERVED_ARGUMENTS:
                    renamed = UntrustedString(f"{parameter.python_name}_{location}")
                    parameter.set_python_name(new_name=renamed, config=config)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, required=True, help="the spec, as JSON")
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--custom-template-path", type=Path, required=True)
    parser.add_argument("--output-path", type=Path, required=True)
    args = parser.parse_args(argv)
    config = Config.from_sources(
        ConfigFile.load_from_path(args.config),
        MetaType.NONE,
        args.path,
        "utf-8",
        overwrite=False,
        output_path=args.output_path,
    )
    errors = _errors(args.path, config, args.custom_template_path.resolve())
    try:
        handle_errors(errors, fail_on_warning=True)
    except typer.Exit as failed:
        return failed.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
