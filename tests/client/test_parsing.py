"""Success bodies: what the spec allows parses (forward compatibly); what it forbids is typed."""

import json
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from kirim_chat import errors
from kirim_chat.api.accounts import list_accounts
from kirim_chat.models import Account, AccountList, AccountStatus
from tests.client.conftest import MakeClient
from tests.support.bodies import account, account_list
from tests.support.parity import Caller


def serve(httpserver: HTTPServer, body: Any) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_json(
        body, headers={"X-Request-Id": "req_01HXYZABCDEFGHJKMNPQRSTVWX"}
    )


def test_known_statuses_are_typed_members(
    httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    serve(httpserver, account_list(account(status="connected"), account(status="degraded")))

    result = call(list_accounts, client=make_client())

    assert [item.status for item in result.data] == [
        AccountStatus.CONNECTED,
        AccountStatus.DEGRADED,
    ]
    assert all(isinstance(item.status, AccountStatus) for item in result.data)


def test_an_unknown_status_is_kept_and_round_trips(
    httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    body = account_list(account(status="suspended"), account(status="connected"))
    serve(httpserver, body)

    result = call(list_accounts, client=make_client())

    suspended = result.data[0]
    assert suspended.status == "suspended"
    assert not isinstance(suspended.status, AccountStatus)
    assert result.to_dict() == body  # nothing lost, nothing rejected


def test_unknown_extra_fields_are_kept_at_every_level(
    httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    body = account_list(
        account(quality_rating="GREEN", verified_name="Kirim"), total=1, has_more=False
    )
    serve(httpserver, body)

    result = call(list_accounts, client=make_client())

    assert result.data[0]["quality_rating"] == "GREEN"
    assert result.data[0].additional_properties == {
        "quality_rating": "GREEN",
        "verified_name": "Kirim",
    }
    assert result["total"] == 1
    assert result.to_dict() == body


def test_the_vendors_published_example_parses_without_the_optional_envelope_fields(
    httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    serve(httpserver, account_list(account()))

    result = call(list_accounts, client=make_client())

    assert isinstance(result, AccountList)
    assert (result.has_more, result.next_cursor, result.request_id) == (None, None, None)
    assert result.data == [Account.from_dict(account())]
    assert result.to_dict() == account_list(account())  # absent stays absent


def test_an_onboarding_account_has_null_id_and_name(
    httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    serve(httpserver, account_list(account(phone_number_id=None, name=None, status="onboarding")))

    onboarding = call(list_accounts, client=make_client()).data[0]

    assert (onboarding.phone_number_id, onboarding.name) == (None, None)
    assert onboarding.status is AccountStatus.ONBOARDING


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (account_list(account(status=5)), "Account.status: expected string, got integer"),
        (account_list(account(name=["x"])), "Account.name: expected string or null, got array"),
        (account_list(account(object="user")), "Account.object: expected 'account', got 'user'"),
        ({"accounts": []}, "AccountList: missing required field 'data'"),
        (account_list(account(), has_more="no"), "AccountList.has_more: expected boolean"),
        ({"data": {}}, "AccountList.data: expected array, got object"),
        ({"data": [account(), "x"]}, "AccountList.data[1]: expected object, got string"),
        ([account()], "AccountList: expected object, got array"),
        (
            account_list({key: value for key, value in account().items() if key != "status"}),
            "Account: missing required field 'status'",
        ),
    ],
    ids=[
        "status-int",
        "name-list",
        "wrong-const",
        "no-data",
        "has-more-str",
        "data-object",
        "data-of-strings",
        "top-level-list",
        "missing-status",
    ],
)
def test_a_body_that_breaks_the_spec_raises_response_validation_error(
    httpserver: HTTPServer, make_client: MakeClient, call: Caller, body: Any, reason: str
) -> None:
    serve(httpserver, body)

    with pytest.raises(errors.ResponseValidationError) as raised:
        call(list_accounts, client=make_client())

    failure = raised.value
    assert reason in failure.reason
    assert failure.status_code == 200
    assert json.loads(failure.body) == body  # the body is kept for the caller
    assert "req_01HXYZABCDEFGHJKMNPQRSTVWX" in str(failure)


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"", "the body is empty"),
        (b'{"data": [', "the body is not JSON"),
        (b"<html>ok</html>", "the body is not JSON"),
        (b"\x80\x81 not text", "the body is not UTF-8 text"),
    ],
    ids=["empty", "truncated", "html", "binary"],
)
def test_a_success_body_that_is_not_json_raises_response_validation_error(
    httpserver: HTTPServer, make_client: MakeClient, call: Caller, payload: bytes, reason: str
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_data(payload, status=200)

    with pytest.raises(errors.ResponseValidationError) as raised:
        call(list_accounts, client=make_client())

    assert reason in raised.value.reason
    assert raised.value.body == payload


def test_the_detailed_call_raises_too_for_an_invalid_success_body(
    httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    serve(httpserver, {"accounts": []})

    with pytest.raises(errors.ResponseValidationError):
        call.detailed(list_accounts, client=make_client())


def test_an_undocumented_success_status_is_a_validation_error(
    httpserver: HTTPServer, make_client: MakeClient, call: Caller
) -> None:
    httpserver.expect_request("/v1/accounts").respond_with_data("", status=204)

    with pytest.raises(errors.ResponseValidationError, match="status 204 is not documented"):
        call(list_accounts, client=make_client())


def test_from_dict_on_its_own_raises_a_value_error_naming_the_field() -> None:
    with pytest.raises(ValueError, match=r"Account\.phone_number: expected string or null"):
        Account.from_dict(account(phone_number=628111222333))
