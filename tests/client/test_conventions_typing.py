"""The package generated from a spec in the vendor's conventions passes ``mypy --strict``, and code
that uses its writes and iterators gets the precise types (checked by mypy, not at run time)."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.conventions_spec import CONVENTIONS_SPEC
from tests.support.scratch_package import generate_package

pytestmark = pytest.mark.slow

NAME = "conventions_typed"
USER_CODE = f"""
from collections.abc import AsyncIterator, Iterator
from typing import assert_type

from {NAME} import AuthenticatedClient
from {NAME}.api.labels import create_label, delete_label, list_labels
from {NAME}.api.messages import send_text_message
from {NAME}.models import CreateLabelRequest, Label, LabelList, Message, SendTextMessageRequest
from {NAME}.types import Response


def use(client: AuthenticatedClient) -> None:
    assert_type(list_labels.iterate(client=client), Iterator[Label])
    assert_type(list_labels.aiterate(client=client), AsyncIterator[Label])
    assert_type(list_labels.pages(client=client), Iterator[Response[LabelList]])
    assert_type(list_labels.apages(client=client), AsyncIterator[Response[LabelList]])
    for label in list_labels.iterate(client=client, limit=10, colour="red"):
        assert_type(label, Label)
    page = list_labels.sync_detailed(client=client)
    assert_type(page.body, LabelList)
    assert_type(page.idempotent_replayed, bool | None)
    created = create_label.sync(client=client, body=CreateLabelRequest(name="x"))
    assert_type(created, Label)
    create_label.sync(client=client, body=CreateLabelRequest(name="x"), idempotency_key="k")
    text = SendTextMessageRequest(to="1", text="t")
    assert_type(send_text_message.sync("123", client=client, body=text), Message)
    assert_type(delete_label.sync("lbl_1", client=client), None)
"""
# Each line must be an error: the types are not merely Any.
WRONG_CODE = f"""
from {NAME} import AuthenticatedClient
from {NAME}.api.labels import create_label, list_labels
from {NAME}.models import CreateLabelRequest


def misuse(client: AuthenticatedClient) -> None:
    list_labels.iterate(client=client, colour="blue")
    list_labels.iterate(client=client, cursor="c")
    create_label.sync(client=client, body=CreateLabelRequest(name="x"), idempotency_key=5)
    next(list_labels.iterate(client=client)).no_such_field
"""


def _mypy(root: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null",
         *targets],
        cwd=root, capture_output=True, text=True, timeout=100, check=False,
        env={"MYPYPATH": str(root), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip


def test_the_generated_package_and_its_uses_type_check(tmp_path: Path) -> None:
    generate_package(CONVENTIONS_SPEC, tmp_path, NAME)
    (tmp_path / "user_code.py").write_text(USER_CODE, encoding="utf-8")
    (tmp_path / "wrong_code.py").write_text(WRONG_CODE, encoding="utf-8")

    checked = _mypy(tmp_path, NAME, "user_code.py")
    wrong = _mypy(tmp_path, "wrong_code.py")

    assert checked.returncode == 0, checked.stdout + checked.stderr
    errors = [line for line in wrong.stdout.splitlines() if ": error:" in line]
    assert sorted(int(line.split(":")[1]) for line in errors) == [8, 9, 10, 11], wrong.stdout
