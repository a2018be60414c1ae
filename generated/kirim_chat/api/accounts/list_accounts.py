from typing import Any, cast

import httpx

from ... import errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client
from ...models.account_list import AccountList
from ...models.account_status_filter import AccountStatusFilter
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: AccountStatusFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = AccountStatusFilter(status).value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountList | ErrorEnvelope | None:
    """The body in its documented model. A success body that does not match raises
    ResponseValidationError; an error body that does not match gives None."""
    if response.status_code == 200:
        try:
            response_200 = AccountList.from_dict(response.json())

            return response_200

        except PARSE_ERRORS as exc:
            raise errors.invalid_body(response, exc) from exc

    if response.status_code == 400:
        try:
            response_400 = ErrorEnvelope.from_dict(response.json())

            return response_400

        except PARSE_ERRORS:
            # Not the documented error shape (an HTML page from a proxy, say): no parsed body, and
            # the caller still has the status and the raw bytes.
            return None

    if response.status_code == 401:
        try:
            response_401 = ErrorEnvelope.from_dict(response.json())

            return response_401

        except PARSE_ERRORS:
            # Not the documented error shape (an HTML page from a proxy, say): no parsed body, and
            # the caller still has the status and the raw bytes.
            return None

    if response.status_code == 429:
        try:
            response_429 = ErrorEnvelope.from_dict(response.json())

            return response_429

        except PARSE_ERRORS:
            # Not the documented error shape (an HTML page from a proxy, say): no parsed body, and
            # the caller still has the status and the raw bytes.
            return None

    if response.status_code == 500:
        try:
            response_500 = ErrorEnvelope.from_dict(response.json())

            return response_500

        except PARSE_ERRORS:
            # Not the documented error shape (an HTML page from a proxy, say): no parsed body, and
            # the caller still has the status and the raw bytes.
            return None

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountList | ErrorEnvelope]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _unwrap(
    *, client: AuthenticatedClient | Client, response: Response[AccountList | ErrorEnvelope]
) -> AccountList:
    """The documented success body, or the typed error for any other status."""
    if response.status_code >= 400:
        raise errors.status_error(
            response.status_code, response.headers, response.content, client._clock.time
        )
    if response.status_code == 200:
        return cast(AccountList, response.parsed)
    raise errors.ResponseValidationError(
        "status {} is not documented for list_accounts".format(response.status_code),
        status_code=response.status_code,
        headers=response.headers,
        body=response.content,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: AccountStatusFilter | Unset = UNSET,
) -> Response[AccountList | ErrorEnvelope]:
    """List connected WhatsApp accounts

    Returns the WhatsApp accounts that belong to the organisation owning the API key.

    Each account's `phone_number_id` is the sender id: it is the value that goes into
    `{phone_number_id}` in the path-scoped endpoints such as
    `/v1/{phone_number_id}/messages`.

    By default only `connected` accounts are listed, because that is the only state in
    which the API accepts messages to send; pass `status=all` to include accounts that are
    still onboarding or have been disconnected.

    The result is not paginated: every matching account comes back in one response, and
    there are no `limit` or `cursor` parameters. Calls count against the read rate-limit
    bucket.

    Args:
        status (AccountStatusFilter | Unset): Which accounts a listing returns.

    Raises:
        errors.ApiConnectionError: No response arrived, retries included (ApiTimeoutError when
            the request timed out).
        errors.ResponseValidationError: A success response does not match the spec.

    Returns:
        Response[AccountList | ErrorEnvelope]: The final response whatever its status,
            with the body parsed into its documented model where it matches.
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: AccountStatusFilter | Unset = UNSET,
) -> AccountList:
    """List connected WhatsApp accounts

    Returns the WhatsApp accounts that belong to the organisation owning the API key.

    Each account's `phone_number_id` is the sender id: it is the value that goes into
    `{phone_number_id}` in the path-scoped endpoints such as
    `/v1/{phone_number_id}/messages`.

    By default only `connected` accounts are listed, because that is the only state in
    which the API accepts messages to send; pass `status=all` to include accounts that are
    still onboarding or have been disconnected.

    The result is not paginated: every matching account comes back in one response, and
    there are no `limit` or `cursor` parameters. Calls count against the read rate-limit
    bucket.

    Args:
        status (AccountStatusFilter | Unset): Which accounts a listing returns.

    Raises:
        errors.ApiStatusError: The API answered with an error status. The subclass says which:
            InvalidRequestError, AuthenticationError, PermissionDeniedError, NotFoundError,
            ConflictError, RateLimitError or ApiServerError.
        errors.ApiConnectionError: No response arrived, retries included (ApiTimeoutError when
            the request timed out).
        errors.ResponseValidationError: A success response does not match the spec.

    Returns:
        AccountList
    """

    response = sync_detailed(
        client=client,
        status=status,
    )
    return _unwrap(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: AccountStatusFilter | Unset = UNSET,
) -> Response[AccountList | ErrorEnvelope]:
    """List connected WhatsApp accounts

    Returns the WhatsApp accounts that belong to the organisation owning the API key.

    Each account's `phone_number_id` is the sender id: it is the value that goes into
    `{phone_number_id}` in the path-scoped endpoints such as
    `/v1/{phone_number_id}/messages`.

    By default only `connected` accounts are listed, because that is the only state in
    which the API accepts messages to send; pass `status=all` to include accounts that are
    still onboarding or have been disconnected.

    The result is not paginated: every matching account comes back in one response, and
    there are no `limit` or `cursor` parameters. Calls count against the read rate-limit
    bucket.

    Args:
        status (AccountStatusFilter | Unset): Which accounts a listing returns.

    Raises:
        errors.ApiConnectionError: No response arrived, retries included (ApiTimeoutError when
            the request timed out).
        errors.ResponseValidationError: A success response does not match the spec.

    Returns:
        Response[AccountList | ErrorEnvelope]: The final response whatever its status,
            with the body parsed into its documented model where it matches.
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = await client.request_async(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: AccountStatusFilter | Unset = UNSET,
) -> AccountList:
    """List connected WhatsApp accounts

    Returns the WhatsApp accounts that belong to the organisation owning the API key.

    Each account's `phone_number_id` is the sender id: it is the value that goes into
    `{phone_number_id}` in the path-scoped endpoints such as
    `/v1/{phone_number_id}/messages`.

    By default only `connected` accounts are listed, because that is the only state in
    which the API accepts messages to send; pass `status=all` to include accounts that are
    still onboarding or have been disconnected.

    The result is not paginated: every matching account comes back in one response, and
    there are no `limit` or `cursor` parameters. Calls count against the read rate-limit
    bucket.

    Args:
        status (AccountStatusFilter | Unset): Which accounts a listing returns.

    Raises:
        errors.ApiStatusError: The API answered with an error status. The subclass says which:
            InvalidRequestError, AuthenticationError, PermissionDeniedError, NotFoundError,
            ConflictError, RateLimitError or ApiServerError.
        errors.ApiConnectionError: No response arrived, retries included (ApiTimeoutError when
            the request timed out).
        errors.ResponseValidationError: A success response does not match the spec.

    Returns:
        AccountList
    """

    response = await asyncio_detailed(
        client=client,
        status=status,
    )
    return _unwrap(client=client, response=response)
