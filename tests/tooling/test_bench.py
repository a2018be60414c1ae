"""The benchmark's own machinery: fair ordering, honest ratios, a working floor server, valid
synthetic specs. Speed itself is never asserted here; `make bench` measures it."""

import subprocess
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import yaml

from kirim_chat import webhooks
from kirim_chat.models import MetaEvent
from scripts import node
from scripts.bench import __main__ as bench_main
from scripts.bench.regeneration import RULESET
from scripts.bench.report import markdown_table
from scripts.bench.server import floor_server
from scripts.bench.specs import OPERATIONS_PER_TAG, synthetic_spec, template, write_synthetic_spec
from scripts.bench.timing import compare, interleave
from scripts.check.structure import problems
from scripts.paths import ROOT, SPEC
from scripts.spec import load
from tests.support import api_changes

pytestmark = pytest.mark.slow


def _recorder(calls: list[str], name: str) -> Callable[[], None]:
    return lambda: calls.append(name)


def test_interleave_rotates_who_goes_first_and_times_every_repeat() -> None:
    calls: list[str] = []
    candidates = {name: _recorder(calls, name) for name in ("a", "b", "c")}

    times = interleave(candidates, number=2, repeats=3)

    assert {name: len(values) for name, values in times.items()} == {"a": 3, "b": 3, "c": 3}
    firsts = [calls[index] for index in range(0, len(calls), 6)]
    assert firsts == ["a", "b", "c"]
    assert len(calls) == 3 * 3 * 2


def test_a_ratio_is_the_median_of_paired_ratios() -> None:
    found = compare({"mine": [2.0, 4.0, 9.0], "theirs": [1.0, 1.0, 3.0]}, "mine", "theirs")

    assert (found.subject_s, found.baseline_s, found.ratio) == (4.0, 1.0, 3.0)
    assert found.overhead_s == 3.0


def test_the_floor_server_answers_every_request_on_one_connection() -> None:
    body = b'{"data": []}'
    with floor_server(body) as url, httpx.Client() as client:
        first = client.get(f"{url}/accounts")
        second = client.get(f"{url}/accounts?status=all")

    assert (first.status_code, first.content) == (200, body)
    assert (second.status_code, second.content) == (200, body)
    assert first.headers["x-request-id"].startswith("req_")


@pytest.fixture(params=["openapi.yaml", "grown"])
def source(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """openapi.yaml, and a copy that grew operations, schemas and tags of its own (none of
    which the synthetic spec copies), as openapi.yaml will."""
    if request.param == "openapi.yaml":
        return SPEC
    grown = load(SPEC)
    for change in (
        api_changes.add_parameterless_get,
        api_changes.add_paginated_list_and_create,
        api_changes.add_open_set_field,
    ):
        grown = change(grown).spec
    path = tmp_path / "grown.yaml"
    path.write_text(yaml.safe_dump(grown, sort_keys=False), encoding="utf-8")
    return path


def test_a_synthetic_spec_has_its_operations_and_is_valid(source: Path, tmp_path: Path) -> None:
    operations = OPERATIONS_PER_TAG + 2
    original = load(source)
    path, method = template(original)
    copied = original["paths"][path][method]["operationId"]
    document = synthetic_spec(operations, source)

    ids = [item[method]["operationId"] for item in document["paths"].values()]
    assert ids == [f"{copied}{index}" for index in range(operations)]
    assert [tag["name"] for tag in document["tags"]] == ["Group0", "Group1"]
    models = [name for name in document["components"]["schemas"] if name.endswith("11")]
    assert models, "each operation has its own copies of the models of its body"
    assert problems(write_synthetic_spec(operations, tmp_path / "openapi.yaml", source)) == []


def test_the_synthetic_spec_passes_the_repository_ruleset_as_it_is(
    source: Path, tmp_path: Path
) -> None:
    """The ruleset states conventions, not places: copied schemas need no exemption, and what
    the source holds beyond the copied operation leaves no unused component behind."""
    spec = write_synthetic_spec(2, tmp_path / "openapi.yaml", source)
    result = subprocess.run(
        [str(node.tool("spectral")), "lint", "--quiet", "--ruleset", str(RULESET),
         "--fail-severity", "warn", str(spec)],
        capture_output=True, text=True, check=False, timeout=90, cwd=ROOT,
        env=node.environment(),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_report_is_a_markdown_table_that_lines_up() -> None:
    table = markdown_table(("measure", "ratio"), [("sync", "1.10x"), ("async, longer", "1.05x")])

    assert table.splitlines() == [
        "| measure       | ratio |",
        "|---------------|-------|",
        "| sync          | 1.10x |",
        "| async, longer | 1.05x |",
    ]


@pytest.mark.parametrize("batched", [False, True], ids=["one-long-message", "batched"])
def test_the_webhook_delivery_measured_is_2_kb_and_verifies_into_its_event(batched: bool) -> None:
    name, body = bench_main._delivery(2048, batched=batched)
    signature = webhooks.sign(body, bench_main.WEBHOOK_SECRET, timestamp=bench_main.WEBHOOK_TIME)
    headers = {"X-Kirim-Signature": signature, "X-Kirim-Event": name}

    event = webhooks.verify(body, headers, [bench_main.WEBHOOK_SECRET], now=bench_main.WEBHOOK_TIME)

    assert 2048 <= len(body) < 2048 + 200
    assert type(event) is webhooks.EVENTS[name]
    assert isinstance(event, MetaEvent)
    assert (len(webhooks.inbound_messages(event)) > 1) is batched
