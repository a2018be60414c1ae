"""Fixtures for the tests of writes, pagination, bodies and statuses: the package generated from
tests/support/conventions_spec.py and a client of it pointed at the loopback test server."""

import importlib
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.conftest import ScratchPackages
from tests.support.clock import FakeClock
from tests.support.conventions_spec import CONVENTIONS_SPEC
from tests.support.scratch_package import operation
from tests.support.specs import authenticated_client

CREATED_AT = "2026-03-04T05:06:07.123Z"


@pytest.fixture(scope="module")
def conventions(scratch_packages: ScratchPackages) -> ModuleType:
    return scratch_packages(CONVENTIONS_SPEC)


@pytest.fixture
def client(conventions: ModuleType, httpserver: HTTPServer, clock: FakeClock) -> Any:
    return authenticated_client(conventions, clock, base_url=httpserver.url_for("/v1"))


def models(package: ModuleType) -> Any:
    """The package's ``models`` module (typed Any: its classes come from an inline spec)."""
    return importlib.import_module(f"{package.__name__}.models")


def op(package: ModuleType, name: str) -> ModuleType:
    """An operation module of the conventions package by its snake-case name."""
    tag = "messages" if name == "send_text_message" else "labels"
    return operation(package, tag, name)


def label(label_id: str = "lbl_1", name: str = "VIP") -> dict[str, Any]:
    return {"object": "label", "id": label_id, "name": name, "created_at": CREATED_AT}
