"""Every recording replays through the generated client, sync and async, into its model."""

import json
from dataclasses import dataclass
from typing import Any

import pytest

from kirim_chat import (
    ApiServerError,
    ApiStatusError,
    AuthenticationError,
    InvalidRequestError,
    RateLimitError,
    ResponseValidationError,
)
from kirim_chat.api.accounts import list_accounts
from kirim_chat.models import AccountList, AccountStatus, ErrorEnvelope, ErrorType
from kirim_chat.types import Response
from tests.contract.recordings import BROKEN_RECORDINGS, Recording, load_recording, recording
from tests.contract.replay import client_for, replaying
from tests.support.parity import Caller

SUCCESSES = ["200_connected.yaml", "200_all.yaml", "200_vendor_published_example.yaml"]


@dataclass(frozen=True)
class ExpectedError:
    file_name: str
    error_class: type[ApiStatusError]
    type: str
    code: str


ERRORS = [
    ExpectedError(
        "400_invalid_status.yaml",
        InvalidRequestError,
        "invalid_request_error",
        "invalid_field_value",
    ),
    ExpectedError(
        "401_expired_key.yaml", AuthenticationError, "authentication_error", "expired_api_key"
    ),
    ExpectedError(
        "429_rate_limited.yaml", RateLimitError, "rate_limit_error", "rate_limit_exceeded"
    ),
    ExpectedError("500_internal_error.yaml", ApiServerError, "api_error", "internal_error"),
]


def _send(call: Caller, recorded: Recording, detailed: bool) -> Any:
    """Send the recorded request once through the client and return what the operation gives."""
    client, kwargs = client_for(recorded)
    operation = call.detailed if detailed else call
    with replaying(recorded) as cassette:
        try:
            return operation(list_accounts, client=client, **kwargs)
        finally:
            assert cassette.play_count == 1, "the client should send exactly one request"


def _list(call: Caller, recorded: Recording) -> AccountList:
    """``sync`` / ``asyncio``: the model, or the typed exception."""
    accounts: AccountList = _send(call, recorded, detailed=False)
    return accounts


def _list_detailed(call: Caller, recorded: Recording) -> Response[AccountList | ErrorEnvelope]:
    """``sync_detailed`` / ``asyncio_detailed``: the response whatever its status."""
    response: Response[AccountList | ErrorEnvelope] = _send(call, recorded, detailed=True)
    return response


@pytest.mark.parametrize("name", SUCCESSES)
def test_success_parses_into_account_list_holding_the_recorded_body(
    name: str, call: Caller
) -> None:
    recorded = recording(name)
    accounts = _list(call, recorded)
    assert isinstance(accounts, AccountList)
    # to_dict leaves out what was absent and keeps nulls: equal means every field was kept.
    assert accounts.to_dict() == recorded.json
    for account in accounts.data:
        assert isinstance(account.status, AccountStatus)


@pytest.mark.parametrize("name", SUCCESSES)
def test_success_detailed_response_carries_status_headers_and_model(
    name: str, call: Caller
) -> None:
    recorded = recording(name)
    response = _list_detailed(call, recorded)
    assert response.status_code == 200
    assert isinstance(response.parsed, AccountList)
    assert response.request_id == recorded.header("x-request-id")
    assert response.rate_limit is not None
    assert response.rate_limit.limit == int(recorded.header("x-ratelimit-limit") or "")


def test_onboarding_account_has_null_sender_id_and_name(call: Caller) -> None:
    accounts = _list(call, recording("200_all.yaml"))
    assert isinstance(accounts, AccountList)
    onboarding = [a for a in accounts.data if a.status is AccountStatus.ONBOARDING]
    assert len(onboarding) == 1
    assert onboarding[0].phone_number_id is None
    assert onboarding[0].name is None
    assert onboarding[0].phone_number == "+628555666777"
    assert accounts.has_more is False
    assert accounts.next_cursor is None


def test_vendor_example_reads_the_absent_envelope_fields_as_none(call: Caller) -> None:
    recorded = recording("200_vendor_published_example.yaml")
    accounts = _list(call, recorded)
    assert isinstance(accounts, AccountList)
    assert accounts.has_more is None
    assert accounts.next_cursor is None
    assert accounts.request_id is None
    assert accounts.to_dict() == recorded.json  # and they stay absent
    [account] = accounts.data
    assert account.phone_number_id == "106540352242922"
    assert account.name == "Customer Support"
    assert account.status is AccountStatus.CONNECTED


@pytest.mark.parametrize("expected", ERRORS, ids=lambda expected: expected.file_name)
def test_error_raises_its_class_with_the_envelope_fields(
    expected: ExpectedError, call: Caller
) -> None:
    recorded = recording(expected.file_name)
    with pytest.raises(expected.error_class) as raised:
        _list(call, recorded)
    error = raised.value
    assert type(error) is expected.error_class
    assert error.status_code == recorded.status
    assert error.type == expected.type
    assert error.code == expected.code
    assert error.request_id == recorded.header("x-request-id") == recorded.body_request_id()


def test_rate_limit_error_carries_retry_after(call: Caller) -> None:
    with pytest.raises(RateLimitError) as raised:
        _list(call, recording("429_rate_limited.yaml"))
    assert raised.value.retry_after == 12.0


def test_invalid_request_error_names_the_parameter(call: Caller) -> None:
    with pytest.raises(InvalidRequestError) as raised:
        _list(call, recording("400_invalid_status.yaml"))
    assert raised.value.param == "status"


def test_authentication_error_carries_the_message(call: Caller) -> None:
    with pytest.raises(AuthenticationError) as raised:
        _list(call, recording("401_expired_key.yaml"))
    assert raised.value.message == "This API key has expired."


@pytest.mark.parametrize("expected", ERRORS, ids=lambda expected: expected.file_name)
def test_error_detailed_response_carries_the_error_and_the_envelope_parses(
    expected: ExpectedError, call: Caller
) -> None:
    recorded = recording(expected.file_name)
    response = _list_detailed(call, recorded)
    assert response.status_code == recorded.status
    assert response.parsed is None
    assert type(response.error) is expected.error_class
    assert (response.error.type, response.error.code) == (expected.type, expected.code)
    # The body is the spec's error envelope, with a known type as its enum member.
    envelope = ErrorEnvelope.from_dict(json.loads(response.content))
    assert isinstance(envelope.error.type_, ErrorType)
    assert envelope.error.type_ == expected.type
    assert envelope.error.code == expected.code
    assert envelope.error.request_id == response.request_id


def test_broken_recording_raises_response_validation_error_naming_the_field(
    call: Caller,
) -> None:
    broken = load_recording(BROKEN_RECORDINGS / "200_account_without_status.yaml")
    with pytest.raises(ResponseValidationError) as raised:
        _list(call, broken)
    assert raised.value.reason == "AccountList.data[0]: Account: missing required field 'status'"
    assert raised.value.status_code == 200
