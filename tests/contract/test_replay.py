"""Every recording replays through the generated client, sync and async, into its documented
result: a success into its model holding the whole body, an error into the exception its status
maps to, carrying the envelope's fields. Then a few recordings whose content is the point."""

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS31Validator
from vcr.errors import CannotOverwriteExistingCassetteException
from vcr.request import Request as VcrRequest

import kirim_chat
import kirim_chat.models
from kirim_chat import AuthenticationError, InvalidRequestError, RateLimitError
from kirim_chat.models import AccountList, AccountStatus
from scripts.operations import inline
from scripts.paths import SPEC
from scripts.recordings import cassette
from scripts.recordings.cassette import Recording, spec_server
from scripts.spec import load
from tests.conftest import ScratchPackages
from tests.contract.recordings import (
    BROKEN_RECORDINGS,
    load_recording,
    recording,
    recording_id,
    recording_paths,
)
from tests.contract.replay import replay_for, replaying
from tests.support.error_classes import expected_error_class
from tests.support.parity import Caller
from tests.support.specs import REQUEST_ID, WIDGETS_SPEC, error_body

DOCUMENT = load(SPEC)


def _send(call: Caller, recorded: Recording, detailed: bool) -> Any:
    """Send the recorded request once through the client and return what the operation gives."""
    replay = replay_for(recorded, DOCUMENT)
    operation = call.detailed if detailed else call
    with replaying(recorded) as cassette:
        try:
            return operation(replay.module, client=replay.client, **replay.arguments)
        finally:
            assert cassette.play_count == 1, "the client should send exactly one request"


def _is_error(recorded: Recording) -> bool:
    return recorded.status >= 400


@pytest.mark.parametrize("path", recording_paths(), ids=recording_id)
def test_recording_replays_into_its_documented_result(path: Path, call: Caller) -> None:
    recorded = load_recording(path)
    if not _is_error(recorded):
        parsed = _send(call, recorded, detailed=False)
        # to_dict leaves out what was absent and keeps nulls: equal means every field was kept.
        assert (None if parsed is None else parsed.to_dict()) == (
            recorded.json if recorded.body else None
        )
        return
    error_class = expected_error_class(recorded.status, kirim_chat.errors)
    with pytest.raises(error_class) as raised:
        _send(call, recorded, detailed=False)
    error: Any = raised.value
    assert type(error) is error_class
    assert error.status_code == recorded.status
    envelope = recorded.json.get("error", {}) if recorded.body else {}
    assert (error.type, error.code, error.message, error.request_id) == (
        envelope.get("type"),
        envelope.get("code"),
        envelope.get("message"),
        recorded.header("x-request-id"),
    )


@pytest.mark.parametrize("path", recording_paths(), ids=recording_id)
def test_recording_replays_into_a_detailed_response(path: Path, call: Caller) -> None:
    recorded = load_recording(path)
    response = _send(call, recorded, detailed=True)
    assert response.status_code == recorded.status
    assert response.content == recorded.body
    assert response.request_id == recorded.header("x-request-id")
    if _is_error(recorded):
        # An error is not `parsed` (the success body); it is the error `sync` would raise, and
        # its body is the spec's error envelope, with known types as enum members.
        assert response.parsed is None
        assert type(response.error) is expected_error_class(recorded.status, kirim_chat.errors)
        envelope = kirim_chat.models.ErrorEnvelope.from_dict(recorded.json)
        assert isinstance(envelope.error.type_, kirim_chat.models.ErrorType)
        assert envelope.to_dict() == recorded.json
    elif recorded.body:
        assert response.parsed is not None
        assert response.parsed.to_dict() == recorded.json
    limit = recorded.header("x-ratelimit-limit")
    if limit is not None:
        assert response.rate_limit is not None
        assert response.rate_limit.limit == int(limit)


def test_every_account_status_parses_into_its_enum_member(call: Caller) -> None:
    accounts = _send(call, recording("listAccounts/200_status_all.yaml"), detailed=False)
    assert isinstance(accounts, AccountList)
    for account in accounts.data:
        assert isinstance(account.status, AccountStatus)


def test_onboarding_account_has_null_sender_id_and_name(call: Caller) -> None:
    accounts = _send(call, recording("listAccounts/200_status_all.yaml"), detailed=False)
    assert isinstance(accounts, AccountList)
    onboarding = [a for a in accounts.data if a.status is AccountStatus.ONBOARDING]
    assert len(onboarding) == 1
    assert onboarding[0].phone_number_id is None
    assert onboarding[0].name is None
    assert onboarding[0].phone_number == "+628555666777"
    assert accounts.has_more is False
    assert accounts.next_cursor is None


def test_vendor_example_reads_the_absent_envelope_fields_as_none(call: Caller) -> None:
    published = recording("listAccounts/200_vendor_published_example.yaml")
    accounts = _send(call, published, detailed=False)
    assert isinstance(accounts, AccountList)
    assert accounts.has_more is None
    assert accounts.next_cursor is None
    assert accounts.request_id is None
    assert accounts.to_dict() == published.json  # and they stay absent
    [account] = accounts.data
    assert account.phone_number_id == "106540352242922"
    assert account.name == "Customer Support"
    assert account.status is AccountStatus.CONNECTED


def test_rate_limit_error_carries_retry_after(call: Caller) -> None:
    with pytest.raises(RateLimitError) as raised:
        _send(call, recording("listAccounts/429_rate_limited.yaml"), detailed=False)
    assert raised.value.retry_after == 12.0


def test_invalid_request_error_names_the_parameter(call: Caller) -> None:
    with pytest.raises(InvalidRequestError) as raised:
        _send(call, recording("listAccounts/400_invalid_status.yaml"), detailed=False)
    assert raised.value.param == "status"


def test_authentication_error_carries_the_message(call: Caller) -> None:
    with pytest.raises(AuthenticationError) as raised:
        _send(call, recording("listAccounts/401_expired_key.yaml"), detailed=False)
    assert raised.value.message == "This API key has expired."


def test_broken_recording_raises_response_validation_error_naming_the_field(
    call: Caller,
) -> None:
    broken = load_recording(BROKEN_RECORDINGS / "200_account_without_status.yaml")
    with pytest.raises(kirim_chat.errors.ResponseValidationError) as raised:
        _send(call, broken, detailed=False)
    assert raised.value.reason == "AccountList.data[0]: Account: missing required field 'status'"
    assert raised.value.status_code == 200


# -- values the client refuses, in recordings of the server refusing them ----------------------


def _required_status_spec() -> dict[str, Any]:
    """The widgets spec with its listing's ``status`` enum made required: a value outside it
    can no longer be left out, nor sent through the typed argument."""
    spec = copy.deepcopy(WIDGETS_SPEC)
    [status] = spec["paths"]["/widgets"]["get"]["parameters"]
    status["required"] = True
    return spec


def _refusal(tmp_path: Path, spec: dict[str, Any], uri: str, status: int) -> Recording:
    body = json.dumps(error_body("invalid_request_error", "invalid_field_value")).encode()
    path = cassette.write(
        tmp_path / f"{status}.yaml",
        VcrRequest("GET", spec_server(spec) + uri, "", {"accept": "*/*"}),
        status,
        {"content-type": ["application/json"], "x-request-id": [REQUEST_ID]},
        body,
        {"source": cassette.BUILT_FROM_EXAMPLE, "reference": "a test's refusal"},
    )
    return load_recording(path, spec_server(spec))


@pytest.mark.parametrize(
    ("uri", "status", "error", "argument"),
    [
        # a required enum, out of it
        ("/widgets?status=bogus", 400, "InvalidRequestError", "status"),
        # a path value against its pattern
        ("/widgets/not-a-widget-id", 404, "NotFoundError", "widget_id"),
        # no value for a parameter that was optional when the response was recorded
        ("/widgets", 400, "InvalidRequestError", "status"),
    ],
)
def test_a_recorded_value_the_client_refuses_is_still_sent_as_recorded(
    scratch_packages: ScratchPackages,
    call: Caller,
    tmp_path: Path,
    uri: str,
    status: int,
    error: str,
    argument: str,
) -> None:
    spec = _required_status_spec()
    package = scratch_packages(spec)
    recorded = _refusal(tmp_path, spec, uri, status)
    replay = replay_for(recorded, spec, package)
    # The client is handed a value the spec accepts, which a client that checks its arguments
    # before sending lets through; the recorded one goes out all the same.
    [parameter] = [p for p in replay.operation.parameters if p["name"] == argument]
    given = getattr(replay.arguments[argument], "value", replay.arguments[argument])
    assert OAS31Validator(inline(spec, parameter["schema"])).is_valid(given), given
    with replaying(recorded) as played, pytest.raises(getattr(package.errors, error)) as raised:
        call(replay.module, client=replay.client, **replay.arguments)
    assert played.play_count == 1
    assert raised.value.status_code == status


def test_a_request_with_no_refused_value_is_sent_as_the_client_builds_it(
    scratch_packages: ScratchPackages, call: Caller, tmp_path: Path
) -> None:
    """Only a refused value makes the replay send the recorded URL itself: otherwise a
    recorded request the client would not build (here, a query parameter the spec does not
    have) is not answered."""
    spec = _required_status_spec()
    package = scratch_packages(spec)
    recorded = _refusal(tmp_path, spec, "/widgets?status=all&unknown=1", 400)
    replay = replay_for(recorded, spec, package)
    with replaying(recorded) as played, pytest.raises(CannotOverwriteExistingCassetteException):
        call(replay.module, client=replay.client, **replay.arguments)
    assert played.play_count == 0
