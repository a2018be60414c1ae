"""kirim_chat.testing serves every operation of openapi.yaml, enumerated from the spec: the
generated function, called with the spec's example arguments, gets the first example of its
first success status by default and any documented status on request. A new operation is
covered by regeneration alone, with nothing to add here. (How the stand-in behaves is tested on
a scratch spec: tests/client/test_fake_kirim.py.)"""

import json
from collections.abc import Iterator

import pytest

import kirim_chat
from kirim_chat.testing import FakeKirim
from scripts.operations import JSON, Operation, example_of, operations, required_arguments
from scripts.paths import SPEC
from scripts.spec import load

DOCUMENT = load(SPEC)
OPERATIONS = operations(DOCUMENT)


@pytest.fixture(scope="module")
def kirim() -> Iterator[FakeKirim]:
    with FakeKirim() as stand_in:
        yield stand_in


def test_it_serves_the_operations_of_the_spec_and_no_other(kirim: FakeKirim) -> None:
    assert sorted(kirim.operations) == sorted(operation.operation_id for operation in OPERATIONS)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda operation: operation.operation_id)
def test_the_generated_call_gets_the_first_success_example_then_any_documented_status(
    kirim: FakeKirim, operation: Operation
) -> None:
    module = operation.module(kirim_chat)
    arguments = required_arguments(DOCUMENT, operation, module)
    success = operation.success_status
    assert success is not None
    kirim.reset()

    response = module.sync_detailed(client=kirim.client, **arguments)

    media = operation.responses[str(success)]["content"][JSON]
    assert (response.status_code, response.error) == (success, None)
    assert json.loads(response.content) == example_of(DOCUMENT, media)
    [call] = kirim.calls
    assert call.operation == operation.operation_id
    assert kirim.statuses(module) == operation.statuses

    once = kirim.client.with_options(max_retries=0)
    for status in operation.statuses:
        kirim.answer(module, status, times=1)
        assert module.sync_detailed(client=once, **arguments).status_code == status
