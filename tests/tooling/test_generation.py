"""The generator is configured as intended and the package agrees with the spec it came from."""

from importlib.metadata import version
from pathlib import Path

import yaml
from openapi_python_client.config import ConfigFile

import kirim_chat
from kirim_chat import _constants as client_module
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
    assert kirim_chat.__version__ == spec_version
    assert version("kirim-chat") == spec_version


def test_package_is_marked_typed() -> None:
    assert (PACKAGE_DIR / "py.typed").is_file()


def test_public_import_paths() -> None:
    from kirim_chat import AuthenticatedClient, Client  # noqa: F401
    from kirim_chat.api.accounts import list_accounts
    from kirim_chat.models import Account, AccountList, AccountStatus, ErrorEnvelope  # noqa: F401

    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(list_accounts, name))
