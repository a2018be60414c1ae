"""The package generated from KINDS_SPEC (one schema per kind of property), shared by the tests
of this folder; generated once per session."""

from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.conftest import ScratchPackages
from tests.support.clock import FakeClock, controlled
from tests.support.scratch_package import model, operation
from tests.templates.specs import KINDS_SPEC


@pytest.fixture
def kinds(scratch_packages: ScratchPackages) -> ModuleType:
    return scratch_packages(KINDS_SPEC)


@pytest.fixture
def models(kinds: ModuleType) -> Any:
    """``models.Point`` and so on: the generated model classes by name."""

    class Models:
        def __getattr__(self, name: str) -> Any:
            return model(kinds, name)

    return Models()


@pytest.fixture
def get_everything(kinds: ModuleType) -> ModuleType:
    return operation(kinds, "kinds", "get_everything")


@pytest.fixture
def client(kinds: ModuleType, httpserver: HTTPServer, clock: FakeClock) -> Any:
    return controlled(kinds.Client(base_url=httpserver.url_for("/")), clock)
