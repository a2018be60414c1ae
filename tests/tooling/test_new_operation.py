"""A new operation is covered by name with no registration anywhere: a scratch copy of the spec
gains a cursor-paginated ``GET /labels``, a ``POST /labels`` with a JSON body answering 201, and
a ``POST /{phone_number_id}/notes`` shaped like the vendor's send (a path parameter with a
pattern, an Idempotency-Key header, a oneOf body) (tests/support/api_changes.py, under other
nouns when the spec has those already), and each piece that enumerates the spec's operations
picks them up.

In-process here, on the package generated from that spec (the ``scratch_packages`` fixture):
the property checks, the contract check's list of missing recordings, `make recording`,
replay, `make record`, `make contract-live` (through Prism) and the package's own stand-in for
the API (kirim_chat.testing). On a scratch repository, by
running the suite's own test modules: the contract tests and the docs test.
"""

import importlib
import json
import re
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from scripts import prism
from scripts.live import INVALID_KEY, contract, record
from scripts.operations import example_of, find_operation, operations, required_arguments
from scripts.paths import SPEC
from scripts.recordings import from_example
from scripts.recordings.cassette import load_recording, recording_paths
from scripts.recordings.coverage import missing_recordings
from scripts.spec import load
from tests.conftest import ScratchPackages
from tests.contract.replay import replay_for, replaying
from tests.contract.spec_contract import problems
from tests.property import checks
from tests.property.schemas import response_bodies
from tests.support.api_changes import add_paginated_list_and_create, add_path_scoped_send
from tests.support.scratch_repo import ScratchRepo

pytestmark = pytest.mark.slow

ADDED = add_paginated_list_and_create(load(SPEC))
SENDING = add_path_scoped_send(ADDED.spec)
DOCUMENT, NAMES, SEND_NAMES = SENDING.spec, ADDED.names, SENDING.names
LIST, CREATE, SEND = NAMES["list_id"], NAMES["create_id"], SEND_NAMES["send_id"]
NEW = (LIST, CREATE, SEND)
LIVE_KEY = "kdv_test_" + "L" * 24
EXAMPLES_PER_PROPERTY = 20  # the properties themselves are exercised in full on openapi.yaml


@pytest.fixture(scope="module")
def spec_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("new-operations") / "openapi.yaml"
    path.write_text(yaml.safe_dump(DOCUMENT, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def package(scratch_packages: ScratchPackages) -> ModuleType:
    return scratch_packages(DOCUMENT)


def test_the_new_operations_are_found_with_their_generated_modules(package: ModuleType) -> None:
    found = {operation.operation_id: operation for operation in operations(DOCUMENT)}
    assert set(NEW) <= set(found)
    listing, creation = found[LIST], found[CREATE]
    tag = NAMES["tag"].lower()
    assert listing.module(package).__name__ == (
        f"{package.__name__}.api.{tag}.{NAMES['list_function']}"
    )
    assert required_arguments(DOCUMENT, listing, listing.module(package)) == {}
    body = required_arguments(DOCUMENT, creation, creation.module(package))["body"]
    assert body.to_dict() == _request_example()


def test_the_packages_stand_in_serves_them(package: ModuleType) -> None:
    """kirim_chat.testing answers the new operations with their examples, as generated."""
    testing = importlib.import_module(f"{package.__name__}.testing")
    with testing.FakeKirim() as kirim:
        for operation_id in NEW:
            operation = find_operation(DOCUMENT, operation_id)
            module = operation.module(package)
            arguments = required_arguments(DOCUMENT, operation, module)
            response = module.sync_detailed(client=kirim.client, **arguments)
            success = operation.responses[str(operation.success_status)]["content"][
                "application/json"
            ]
            assert response.status_code == operation.success_status, response.content
            assert json.loads(response.content) == example_of(DOCUMENT, success)
    assert [call.operation for call in kirim.calls] == list(NEW)


def test_the_property_checks_cover_the_new_responses(package: ModuleType) -> None:
    new = [bodies for bodies in response_bodies(DOCUMENT) if bodies.operation.operation_id in NEW]
    assert {bodies.id.rsplit("-", 1)[0] for bodies in new if bodies.success} == {
        f"{CREATE}-{NAMES['item']}",
        f"{LIST}-{NAMES['page']}",
        f"{SEND}-{SEND_NAMES['tag'][:-1]}",
    }
    errors = sorted(bodies.id for bodies in new if not bodies.success)
    assert [(name.split("-")[0], name.rsplit("-", 1)[1]) for name in errors] == sorted(
        (operation_id, "400/401/429/500") for operation_id in NEW
    )
    for bodies in new:
        if bodies.success:
            checks.valid_success_bodies_round_trip(package, DOCUMENT, bodies, EXAMPLES_PER_PROPERTY)
            checks.broken_success_bodies_raise(package, DOCUMENT, bodies, EXAMPLES_PER_PROPERTY)
        else:
            checks.valid_error_bodies_parse_and_raise(
                package, DOCUMENT, bodies, EXAMPLES_PER_PROPERTY
            )
            checks.broken_error_bodies_are_dropped_and_raise(
                package, DOCUMENT, bodies, EXAMPLES_PER_PROPERTY
            )


def _missing_of_the_new_operations(paths: list[Path]) -> dict[str, str]:
    """Those of the spec's other operations are not this test's business: a spec that grew
    before its recordings did still has them."""
    missing = missing_recordings(DOCUMENT, paths)
    return {key: how for key, how in missing.items() if key.split()[0] in NEW}


def test_their_missing_recordings_are_named_with_how_to_add_them() -> None:
    missing = _missing_of_the_new_operations(recording_paths())
    assert sorted(missing) == sorted(
        f"{operation_id} {status}"
        for operation_id in NEW
        for status in find_operation(DOCUMENT, operation_id).statuses
    )
    assert missing[f"{LIST} 200"] == (
        f"no recording of {NAMES['list']} ({LIST}) answering 200 in "
        f"tests/fixtures/recordings/{LIST}/: record it live with `make record` (needs "
        "KIRIM_API_KEY), or build one from the spec's example with "
        f"`make recording OPERATION={LIST} STATUS=200`"
    )
    assert "`make record WRITES=1`" in missing[f"{CREATE} 201"]
    assert "record it live" not in missing[f"{LIST} 429"]


def test_recordings_built_from_their_examples_conform_and_replay(
    package: ModuleType, spec_path: Path, tmp_path: Path
) -> None:
    built = []
    for operation in operations(DOCUMENT):
        if operation.operation_id in NEW:
            built += [
                from_example.build(DOCUMENT, operation.operation_id, status, output_dir=tmp_path)
                for status in operation.statuses
            ]
    assert _missing_of_the_new_operations(recording_paths() + built) == {}
    for path in built:
        recorded = load_recording(path)
        assert problems(recorded, spec_path) == []
        replay = replay_for(recorded, DOCUMENT, package)
        with replay.client, replaying(recorded):
            response = replay.module.sync_detailed(client=replay.client, **replay.arguments)
        assert response.status_code == recorded.status
        if recorded.status >= 400:
            assert response.error is not None
        else:
            assert response.parsed.to_dict() == recorded.json
    [posted] = (tmp_path / CREATE).glob("201_example_*.yaml")
    assert (load_recording(posted).method, json.loads(load_recording(posted).request_body)) == (
        "POST",
        _request_example(),
    )


def _request_example() -> Any:
    creation = find_operation(DOCUMENT, CREATE)
    return example_of(DOCUMENT, (creation.request_body or {})["content"]["application/json"])


def _created() -> Any:
    """The spec's example of the created resource."""
    creation = find_operation(DOCUMENT, CREATE)
    return example_of(DOCUMENT, creation.responses["201"]["content"]["application/json"])


def _sent() -> Any:
    sending = find_operation(DOCUMENT, SEND)
    return example_of(DOCUMENT, sending.responses["200"]["content"]["application/json"])


def _fake_kirim(request: Request) -> Response:
    """The new operations as the scratch spec documents them."""
    request_id = "req_01HXYZABCDEFGHJKMNPQRSTVX5"
    headers = {
        "X-Request-Id": request_id,
        "X-RateLimit-Limit": "600",
        "X-RateLimit-Remaining": "599",
        "X-RateLimit-Reset": "1795564860",
    }
    if request.headers.get("Authorization") != f"Bearer {LIVE_KEY}":
        error = {"type": "authentication_error", "code": "invalid_api_key"}
        body: Any = {"error": {**error, "request_id": request_id}}
        status = 401
    elif request.method == "POST" and request.path.count("/") > 2:  # /v1/{phone_number_id}/...
        body, status = _sent(), 200
    elif request.method == "POST":
        body, status = {**_created(), "name": request.get_json()["name"]}, 201
    else:
        page = {"data": [_created()], "has_more": False, "next_cursor": None}
        body, status = {**page, "request_id": request_id}, 200
    return Response(json.dumps(body), status, headers, content_type="application/json")


@pytest.fixture
def upstream(httpserver: HTTPServer) -> str:
    for operation_id in NEW:
        operation = find_operation(DOCUMENT, operation_id)
        below_v1 = re.compile("^/v1" + operation.path_pattern().pattern.removeprefix("^"))
        httpserver.expect_request(below_v1, method=operation.method.upper()).respond_with_handler(
            _fake_kirim
        )
    return httpserver.url_for("/v1")


def test_make_record_records_the_new_get_and_the_post_only_with_writes(
    package: ModuleType, spec_path: Path, upstream: str, tmp_path: Path
) -> None:
    def recorded(writes: bool, output_dir: Path) -> list[str]:
        assert record.record_all(
            DOCUMENT,
            package,
            keys={"live": LIVE_KEY, "invalid": INVALID_KEY},
            base_url=upstream,
            output_dir=output_dir,
            today=date(2026, 11, 25),
            writes=writes,
            only=NEW,
        )
        return sorted(str(path.relative_to(output_dir)) for path in output_dir.rglob("*.yaml"))

    assert recorded(False, tmp_path / "reads") == [
        f"{LIST}/200_default.yaml",
        f"{LIST}/401_invalid_key.yaml",
    ]
    assert recorded(True, tmp_path / "writes") == sorted(
        [
            f"{CREATE}/201_default.yaml",
            f"{CREATE}/401_invalid_key.yaml",
            f"{LIST}/200_default.yaml",
            f"{LIST}/401_invalid_key.yaml",
            f"{SEND}/200_default.yaml",
            f"{SEND}/401_invalid_key.yaml",
        ]
    )
    for path in (tmp_path / "writes").rglob("*.yaml"):
        assert problems(load_recording(path), spec_path) == []


def test_make_contract_live_calls_the_new_operations_through_prism(
    package: ModuleType, spec_path: Path, upstream: str
) -> None:
    with prism.proxy(spec_path, upstream) as proxy:
        outcomes = contract.run(proxy.url, LIVE_KEY, DOCUMENT, package, writes=True, only=NEW)
    assert [(outcome.scenario, outcome.status, outcome.departures) for outcome in outcomes] == [
        (f"{NAMES['list_function']}()", 200, []),
        (f"{NAMES['list_function']}() with an invalid key", 401, []),
        (f"{NAMES['create_function']}()", 201, []),
        (f"{NAMES['create_function']}() with an invalid key", 401, []),
        (f"{SEND_NAMES['send_function']}()", 200, []),
        (f"{SEND_NAMES['send_function']}() with an invalid key", 401, []),
    ]


def test_the_suites_own_contract_and_docs_tests_pick_them_up(
    repo_root: Path, tmp_path: Path
) -> None:
    repo = ScratchRepo.copy_of_checkout(repo_root, tmp_path / "repo")
    (repo.root / "openapi.yaml").write_text(yaml.safe_dump(DOCUMENT, sort_keys=False))
    recordings = repo.root / "tests" / "fixtures" / "recordings"
    built = from_example.build(DOCUMENT, LIST, 200, output_dir=recordings)  # `make recording`

    run = repo.pytest(
        "tests/contract/test_recordings_match_spec.py",
        "tests/tooling/test_docs.py",
        "-k",
        " or ".join(NEW),
        "--tb=line",
    )
    for passed in [
        # A path parameter, a header parameter and a oneOf body, where Redoc shows them.
        f"test_every_parameter_is_shown_with_its_values[{SEND}]",
        f"test_every_request_body_field_is_shown[{SEND}]",
        f"test_every_documented_response_has_a_recording[{LIST}-200]",
        f"test_recording_matches_the_spec[{LIST}/{built.stem}]",
        f"test_every_parameter_is_shown_with_its_values[{LIST}]",
        f"test_every_request_body_field_is_shown[{CREATE}]",
        f"test_every_success_field_is_shown[{CREATE}]",
        f"test_every_error_response_is_shown[{CREATE}]",
    ]:
        assert f"{passed} PASSED" in run.stdout, run.stdout
    # The responses still without a recording fail, by name, saying how to add one.
    assert f"test_every_documented_response_has_a_recording[{CREATE}-201] FAILED" in run.stdout
    assert re.search(
        rf"AssertionError: no recording of {re.escape(NAMES['create'])} \({CREATE}\) answering "
        rf"201 .*`make recording OPERATION={CREATE} STATUS=201`",
        run.stdout,
    ), run.stdout
