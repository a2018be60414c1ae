"""The generator is configured as intended and the package agrees with the spec it came from."""

import importlib
import json
from importlib.metadata import version
from pathlib import Path

import yaml
from openapi_python_client.config import ConfigFile
from openapi_python_client.strings import pascal_case

import kirim_chat
from kirim_chat import _constants as client_module
from scripts.generate import SPEC_FILE, without_prose
from scripts.operations import operations
from scripts.paths import GENERATOR_CONFIG, PACKAGE_DIR
from scripts.spec import load


def test_every_generator_config_key_is_one_the_generator_knows() -> None:
    # The generator ignores misspelled keys silently; a typo would quietly change the output.
    keys = set(yaml.safe_load(GENERATOR_CONFIG.read_text()))
    unknown = keys - set(ConfigFile.model_fields)
    assert not unknown, f"generator-config.yml has keys the generator ignores: {sorted(unknown)}"


def test_default_base_url_is_the_spec_server(spec_path: Path) -> None:
    servers = load(spec_path)["servers"]
    assert [server["url"] for server in servers] == [client_module.DEFAULT_BASE_URL]


def test_package_version_is_the_spec_version_and_the_installed_metadata(spec_path: Path) -> None:
    spec_version = load(spec_path)["info"]["version"]
    assert kirim_chat.__version__ == spec_version, "run `make bump` (or `make generate`)"
    # `make bump` and every make target refresh the editable install's metadata
    # (scripts/installed.py); a bare `pytest` after pulling a new version may not have.
    assert version("kirim-chat") == spec_version, "run any make target, e.g. `make setup`"


def test_package_is_marked_typed() -> None:
    assert (PACKAGE_DIR / "py.typed").is_file()


def test_public_import_paths(spec_path: Path) -> None:
    """Every object or enum schema is a model in kirim_chat.models (a schema that is only a
    union of others, oneOf or anyOf, is a type alias, not a class), every operation a module
    of kirim_chat.api with its four functions: read from the spec, not listed here."""
    from kirim_chat import AuthenticatedClient, Client  # noqa: F401

    spec = load(spec_path)
    models = importlib.import_module("kirim_chat.models")
    for name, schema in spec["components"]["schemas"].items():
        if {"properties", "enum"} & schema.keys() or schema.get("type") == "object":
            assert hasattr(models, pascal_case(name)), name
    for operation in operations(spec):
        module = operation.module(kirim_chat)
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, function)), f"{operation.label}: {function}"


def test_the_spec_in_the_package_keeps_every_fact_and_leaves_out_the_prose() -> None:
    document = {
        "info": {"title": "T", "version": "1.0.0", "description": "Long prose."},
        "paths": {
            "/rows": {
                "description": "Prose.",
                "get": {
                    "summary": "Prose.",
                    "x-internal": True,
                    "responses": {
                        "200": {
                            "description": "Prose.",
                            "content": {
                                "application/json": {
                                    "examples": {
                                        "one": {
                                            "summary": "Prose.",
                                            "value": {"description": "a row's own field"},
                                        }
                                    }
                                }
                            },
                        }
                    },
                },
            }
        },
        "components": {
            "schemas": {
                "Row": {
                    "description": "Prose.",
                    "properties": {
                        "description": {"type": "string", "description": "Prose."},
                        "x-tag": {"enum": [{"description": "a value"}]},
                    },
                    "examples": [{"summary": "a value"}],
                }
            }
        },
    }

    assert without_prose(document) == {
        "info": {"title": "T", "version": "1.0.0"},
        "paths": {
            "/rows": {
                "get": {
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "examples": {
                                        "one": {"value": {"description": "a row's own field"}}
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "Row": {
                    "properties": {
                        "description": {"type": "string"},
                        "x-tag": {"enum": [{"description": "a value"}]},
                    },
                    "examples": [{"summary": "a value"}],
                }
            }
        },
    }


def test_the_package_carries_its_spec_without_the_prose(spec_path: Path) -> None:
    carried = json.loads((PACKAGE_DIR / SPEC_FILE).read_text(encoding="utf-8"))
    assert carried == without_prose(load(spec_path)), "run `make generate`"
