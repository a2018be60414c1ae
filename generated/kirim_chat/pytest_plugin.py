"""The ``kirim`` pytest fixture: a fresh ``kirim_chat.testing.FakeKirim`` for each test.

Enable it in your conftest.py (pytest is needed only where this module is imported; the package
does not depend on it):

    pytest_plugins = ["kirim_chat.pytest_plugin"]

    def test_welcome_message(kirim: FakeKirim) -> None:
        send_welcome(kirim.client, "+628123456789")
        [call] = kirim.calls
"""

from collections.abc import Iterator

import pytest

from .testing import FakeKirim

__all__ = ["kirim"]


@pytest.fixture
def kirim() -> Iterator[FakeKirim]:
    """A stand-in for the Kirim API that answers from the spec's examples; closed after the
    test. See ``kirim_chat.testing``."""
    with FakeKirim() as fake:
        yield fake
