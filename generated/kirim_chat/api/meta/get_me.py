import json
from typing import Any

import httpx

from ... import errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client, RequestOptions
from ...models.api_key_context_envelope import ApiKeyContextEnvelope
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKeyContextEnvelope | None:
    """The body of a documented success status in its model; ResponseValidationError when it
    does not match. None for any other status."""
    if response.status_code == 200:
        try:
            response_200 = ApiKeyContextEnvelope.from_dict(json.loads(response.content))

            return response_200

        except PARSE_ERRORS as exc:
            raise errors.invalid_body(response, exc) from exc

    return None


def _undocumented(status_code: int) -> str | None:
    """Why a success status the spec does not list cannot give a body; None otherwise."""
    if status_code >= 400 or 200 <= status_code <= 200:
        return None
    return f"status {status_code} is not documented for get_me"


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiKeyContextEnvelope]:
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
    request_options: RequestOptions | None = None,
) -> Response[ApiKeyContextEnvelope]:
    """Describe the calling API key

    Returns the organisation that owns the API key, the key itself (its label and last
    four characters, never the key) and the rate-limit tier with its per-minute budgets
    for writes and reads. Useful to check from a script that a key is valid.

    Calls count against the read rate-limit bucket.

    Args:
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
        Response[ApiKeyContextEnvelope]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs()

    response = client.request(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    request_options: RequestOptions | None = None,
) -> ApiKeyContextEnvelope:
    """Describe the calling API key

    Returns the organisation that owns the API key, the key itself (its label and last
    four characters, never the key) and the rate-limit tier with its per-minute budgets
    for writes and reads. Useful to check from a script that a key is valid.

    Calls count against the read rate-limit bucket.

    Args:
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
        ApiKeyContextEnvelope
    """

    return sync_detailed(
        client=client,
        request_options=request_options,
    ).body


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    request_options: RequestOptions | None = None,
) -> Response[ApiKeyContextEnvelope]:
    """Describe the calling API key

    Returns the organisation that owns the API key, the key itself (its label and last
    four characters, never the key) and the rate-limit tier with its per-minute budgets
    for writes and reads. Useful to check from a script that a key is valid.

    Calls count against the read rate-limit bucket.

    Args:
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
        Response[ApiKeyContextEnvelope]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs()

    response = await client.request_async(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    request_options: RequestOptions | None = None,
) -> ApiKeyContextEnvelope:
    """Describe the calling API key

    Returns the organisation that owns the API key, the key itself (its label and last
    four characters, never the key) and the rate-limit tier with its per-minute budgets
    for writes and reads. Useful to check from a script that a key is valid.

    Calls count against the read rate-limit bucket.

    Args:
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
        ApiKeyContextEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            request_options=request_options,
        )
    ).body
