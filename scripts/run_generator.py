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
from collections.abc import Sequence
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


class Spec:
    """The raw OpenAPI document, looked up by what the templates hold: ``spec.operation(endpoint)``
    and ``spec.parameter(endpoint, parameter)``."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._document = document

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
    project = Project(openapi=openapi, config=config, custom_template_path=templates)
    project.env.globals["spec"] = Spec(json.loads(spec.read_bytes()))
    return project.build()


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
