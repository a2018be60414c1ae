import json
from typing import Any, Literal

import httpx

from ... import _arguments, errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client, RequestOptions
from ...models.account_list import AccountList
from ...models.account_status_filter import AccountStatusFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: AccountStatusFilter | Literal["connected", "all"] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = _arguments.enum_value(AccountStatusFilter, status, "status")
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
) -> AccountList | None:
    """The body of a documented success status in its model; ResponseValidationError when it
    does not match. None for any other status."""
    if response.status_code == 200:
        try:
            response_200 = AccountList.from_dict(json.loads(response.content))

            return response_200

        except PARSE_ERRORS as exc:
            raise errors.invalid_body(response, exc) from exc

    return None


def _undocumented(status_code: int) -> str | None:
    """Why a success status the spec does not list cannot give a body; None otherwise."""
    if status_code >= 400 or 200 <= status_code <= 200:
        return None
    return f"status {status_code} is not documented for list_accounts"


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        undocumented=_undocumented(response.status_code),
        now=client._clock.time,
        elapsed=response.elapsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: AccountStatusFilter | Literal["connected", "all"] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[AccountList]:
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
        status (AccountStatusFilter | Literal["connected", "all"] | Unset): Which accounts to
            list. `connected` (the default) lists only accounts that can send messages now; `all` adds
            accounts that are onboarding or disconnected. When left out, the server applies its
            default: "connected".
        request_options (RequestOptions | None): Settings for this call only, over the client's:
            ``timeout``, ``total_timeout``, ``max_retries``, extra ``headers`` and ``query``
            parameters. None (the default) uses the client's. The call uses the client's
            connection pool either way.

    Raises:
        errors.ApiConnectionError: No response arrived, retries included (ApiTimeoutError when
            the request timed out).
        errors.ResponseValidationError: A success response does not match the spec.
        errors.InvalidArgumentError: An argument cannot be sent; nothing was.

    Returns:
        Response[AccountList]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = client.request(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: AccountStatusFilter | Literal["connected", "all"] | Unset = UNSET,
    request_options: RequestOptions | None = None,
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
        status (AccountStatusFilter | Literal["connected", "all"] | Unset): Which accounts to
            list. `connected` (the default) lists only accounts that can send messages now; `all` adds
            accounts that are onboarding or disconnected. When left out, the server applies its
            default: "connected".
        request_options (RequestOptions | None): Settings for this call only, over the client's:
            ``timeout``, ``total_timeout``, ``max_retries``, extra ``headers`` and ``query``
            parameters. None (the default) uses the client's. The call uses the client's
            connection pool either way.

    Raises:
        errors.ApiStatusError: The API answered with an error status. The subclass says which:
            InvalidRequestError, AuthenticationError, PermissionDeniedError, NotFoundError,
            ConflictError, RateLimitError or ApiServerError.
        errors.ApiConnectionError: No response arrived, retries included (ApiTimeoutError when
            the request timed out).
        errors.ResponseValidationError: A success response does not match the spec.
        errors.InvalidArgumentError: An argument cannot be sent; nothing was.

    Returns:
        AccountList
    """

    return sync_detailed(
        client=client,
        status=status,
        request_options=request_options,
    ).body


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: AccountStatusFilter | Literal["connected", "all"] | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[AccountList]:
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
        status (AccountStatusFilter | Literal["connected", "all"] | Unset): Which accounts to
            list. `connected` (the default) lists only accounts that can send messages now; `all` adds
            accounts that are onboarding or disconnected. When left out, the server applies its
            default: "connected".
        request_options (RequestOptions | None): Settings for this call only, over the client's:
            ``timeout``, ``total_timeout``, ``max_retries``, extra ``headers`` and ``query``
            parameters. None (the default) uses the client's. The call uses the client's
            connection pool either way.

    Raises:
        errors.ApiConnectionError: No response arrived, retries included (ApiTimeoutError when
            the request timed out).
        errors.ResponseValidationError: A success response does not match the spec.
        errors.InvalidArgumentError: An argument cannot be sent; nothing was.

    Returns:
        Response[AccountList]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = await client.request_async(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: AccountStatusFilter | Literal["connected", "all"] | Unset = UNSET,
    request_options: RequestOptions | None = None,
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
        status (AccountStatusFilter | Literal["connected", "all"] | Unset): Which accounts to
            list. `connected` (the default) lists only accounts that can send messages now; `all` adds
            accounts that are onboarding or disconnected. When left out, the server applies its
            default: "connected".
        request_options (RequestOptions | None): Settings for this call only, over the client's:
            ``timeout``, ``total_timeout``, ``max_retries``, extra ``headers`` and ``query``
            parameters. None (the default) uses the client's. The call uses the client's
            connection pool either way.

    Raises:
        errors.ApiStatusError: The API answered with an error status. The subclass says which:
            InvalidRequestError, AuthenticationError, PermissionDeniedError, NotFoundError,
            ConflictError, RateLimitError or ApiServerError.
        errors.ApiConnectionError: No response arrived, retries included (ApiTimeoutError when
            the request timed out).
        errors.ResponseValidationError: A success response does not match the spec.
        errors.InvalidArgumentError: An argument cannot be sent; nothing was.

    Returns:
        AccountList
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            request_options=request_options,
        )
    ).body
