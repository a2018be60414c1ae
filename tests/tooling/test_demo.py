"""`make demo` (scripts/demo.py): the accounts, a text message sent (its id and the
Idempotency-Key it carried) and the conversations, as the spec's examples give them, on
kirim_chat.testing's stand-in; the typed error of any documented status on request; and nothing
imported or installed beyond requirements-demo.txt, so a fresh clone's demo stays light."""

import re
import subprocess
import sys
from typing import Any

import pytest

import kirim_chat
from kirim_chat._constants import DEFAULT_MAX_RETRIES
from kirim_chat.testing import FakeKirim
from scripts import demo
from scripts.demo_webhook import verified_delivery
from scripts.operations import JSON, example_of, find_operation
from scripts.paths import ROOT, SPEC
from scripts.spec import deref, load
from tests.support.budgets import SUBPROCESS
from tests.support.error_classes import expected_error_class
from tests.support.scratch_repo import run_make

DOCUMENT = load(SPEC)


def _example(operation_id: str, status: int | None = None) -> Any:
    """The first example of an operation's answer (its success, unless ``status``)."""
    operation = find_operation(DOCUMENT, operation_id)
    media = operation.responses[str(status or operation.success_status)]["content"][JSON]
    return example_of(DOCUMENT, media)


@pytest.fixture
def stand_ins(monkeypatch: pytest.MonkeyPatch) -> list[FakeKirim]:
    """The FakeKirim each demo run makes, kept to read what it received."""
    made: list[FakeKirim] = []

    class Kept(FakeKirim):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    monkeypatch.setattr(demo, "FakeKirim", Kept)
    return made


def test_the_demo_lists_the_accounts_sends_a_text_and_walks_the_conversations(
    stand_ins: list[FakeKirim], capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo.main([]) == 0

    out = capsys.readouterr().out
    [kirim] = stand_ins
    accounts = _example("listAccounts")["data"]
    for account in accounts:
        assert f"{account['phone_number_id']}  {account['phone_number']}" in out
    [send] = [call for call in kirim.calls if call.operation == "sendMessage"]
    assert send.path.endswith(f"/{accounts[0]['phone_number_id']}/messages")
    assert send.json["to"] == demo.RECIPIENT
    message = _example("sendMessage")["data"]
    assert f"message id:      {message['id']} (status {message['status']})" in out
    assert f"Idempotency-Key: {send.headers['idempotency-key']}\n" in out
    walk = [call.query for call in kirim.calls if call.operation == "listConversations"]
    assert walk == [{}, {"cursor": _example("listConversations")["next_cursor"]}]
    first_contact = _example("listConversations")["data"][0]["contact"]
    assert f"{first_contact['name']} ({first_contact['phone_number']})" in out
    # Last, a webhook delivery signed and verified into its typed event.
    webhook = out[out.index("== A webhook delivery") :].split("\n\n")[0]
    assert webhook.splitlines()[1:] == verified_delivery()


def test_a_rate_limited_send_shows_its_typed_error_and_the_skipped_waits(
    stand_ins: list[FakeKirim], capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo.main(["--status", "429"]) == 0

    out = capsys.readouterr().out
    rate_limited = find_operation(DOCUMENT, "sendMessage").responses["429"]
    retry_after, _ = deref(DOCUMENT, rate_limited["headers"]["Retry-After"])
    detail = _example("sendMessage", 429)["error"]
    assert f"raised RateLimitError: 429 {detail['type']}/{detail['code']}" in out
    assert f"retry_after={float(retry_after['example'])} s" in out
    attempts = DEFAULT_MAX_RETRIES + 1
    waits = ", ".join([str(retry_after["example"])] * DEFAULT_MAX_RETRIES)
    assert f"the send was tried {attempts} times; waits skipped: {waits} s" in out
    assert "The conversations of" in out  # the demo goes on after the error


@pytest.mark.parametrize(
    "status", [s for s in FakeKirim().statuses("sendMessage") if s >= 400 and s != 429]
)
def test_every_documented_error_status_of_a_send_can_be_asked_for(
    status: int, stand_ins: list[FakeKirim], capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo.main(["--status", str(status)]) == 0

    expected = expected_error_class(status, kirim_chat.errors).__name__
    assert f"raised {expected}: {status} " in capsys.readouterr().out


def test_a_status_the_spec_does_not_document_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        demo.main(["--status", "418"])

    assert exited.value.code == 2
    assert "invalid choice: 418 (choose from 200, 400," in capsys.readouterr().err


# The demo in an interpreter that can import only the standard library, the package, scripts/
# and what requirements-demo.txt installs, as a fresh clone's .venv after `make demo`: the dev
# venv's other packages (optional imports of httpx and jsonschema among them) are refused.
_ONLY_THE_DEMO_LOCK = """
import importlib.abc, importlib.metadata, re, sys

locked = set(sys.argv[1:])
by_module = importlib.metadata.packages_distributions()


class OnlyTheDemoLock(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if path is not None or top in sys.stdlib_module_names or top in ("kirim_chat", "scripts"):
            return None
        names = {re.sub(r"[-_.]+", "-", dist).lower() for dist in by_module.get(top, [top])}
        if names & locked:
            return None
        raise ModuleNotFoundError(f"No module named {name!r} in requirements-demo.txt", name=name)


sys.meta_path.insert(0, OnlyTheDemoLock())
from scripts import demo
from scripts.demo_webhook import verified_delivery

sys.exit(demo.main([]))
"""


def _distribution(line: str) -> str | None:
    found = re.match(r"^([A-Za-z0-9._-]+)==", line)
    return None if found is None else re.sub(r"[-_.]+", "-", found.group(1)).lower()


def test_the_demo_needs_nothing_beyond_requirements_demo() -> None:
    """What a fresh clone's `make demo` installs is all the demo needs."""
    lines = (ROOT / "requirements-demo.txt").read_text(encoding="utf-8").splitlines()
    locked = sorted(name for name in map(_distribution, lines) if name)
    ran = subprocess.run(
        [sys.executable, "-c", _ONLY_THE_DEMO_LOCK, *locked],
        cwd=ROOT, capture_output=True, text=True, timeout=SUBPROCESS, check=False,
    )  # fmt: skip

    assert ran.returncode == 0, ran.stderr
    assert f"message id:      {_example('sendMessage')['data']['id']}" in ran.stdout


def test_make_demo_installs_only_requirements_demo() -> None:
    result = run_make(ROOT, "-n", "-B", "demo")

    assert result.returncode == 0, result.stderr
    commands = result.stdout
    assert "pip install --quiet --disable-pip-version-check -r requirements-demo.txt" in commands
    for heavy in ("requirements-dev.txt", "npm ", "scripts.generate", "uv "):
        assert heavy not in commands, commands
    assert "-m scripts.demo" in commands
