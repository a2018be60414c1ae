import json
from typing import Any

import httpx

from ... import errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client, RequestOptions
from ...models.health_envelope import HealthEnvelope
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/health",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HealthEnvelope | None:
    """The body of a documented success status in its model; ResponseValidationError when it
    does not match. None for any other status."""
    if response.status_code == 200:
        try:
            response_200 = HealthEnvelope.from_dict(json.loads(response.content))

            return response_200

        except PARSE_ERRORS as exc:
            raise errors.invalid_body(response, exc) from exc

    return None


def _undocumented(status_code: int) -> str | None:
    """Why a success status the spec does not list cannot give a body; None otherwise."""
    if status_code >= 400 or 200 <= status_code <= 200:
        return None
    return f"status {status_code} is not documented for get_health"


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HealthEnvelope]:
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
    client: AuthenticatedClient | Client,
    request_options: RequestOptions | None = None,
) -> Response[HealthEnvelope]:
    """Check that the API is up

    A liveness probe: answers 200 with status `ok` while the API is up. Kirim requires no
    API key here (the security requirement is the empty, anonymous one), so a monitor can
    call it without holding a secret.

    Only the 200 answer is documented by the vendor. The 401, 429 and 500 entries describe
    the API's common error envelope and are listed as on every operation; a 401 is not
    expected here.

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
        Response[HealthEnvelope]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs()

    response = client.request(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    request_options: RequestOptions | None = None,
) -> HealthEnvelope:
    """Check that the API is up

    A liveness probe: answers 200 with status `ok` while the API is up. Kirim requires no
    API key here (the security requirement is the empty, anonymous one), so a monitor can
    call it without holding a secret.

    Only the 200 answer is documented by the vendor. The 401, 429 and 500 entries describe
    the API's common error envelope and are listed as on every operation; a 401 is not
    expected here.

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
        HealthEnvelope
    """

    return sync_detailed(
        client=client,
        request_options=request_options,
    ).body


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    request_options: RequestOptions | None = None,
) -> Response[HealthEnvelope]:
    """Check that the API is up

    A liveness probe: answers 200 with status `ok` while the API is up. Kirim requires no
    API key here (the security requirement is the empty, anonymous one), so a monitor can
    call it without holding a secret.

    Only the 200 answer is documented by the vendor. The 401, 429 and 500 entries describe
    the API's common error envelope and are listed as on every operation; a 401 is not
    expected here.

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
        Response[HealthEnvelope]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs()

    response = await client.request_async(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    request_options: RequestOptions | None = None,
) -> HealthEnvelope:
    """Check that the API is up

    A liveness probe: answers 200 with status `ok` while the API is up. Kirim requires no
    API key here (the security requirement is the empty, anonymous one), so a monitor can
    call it without holding a secret.

    Only the 200 answer is documented by the vendor. The 401, 429 and 500 entries describe
    the API's common error envelope and are listed as on every operation; a 401 is not
    expected here.

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
        HealthEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            request_options=request_options,
        )
    ).body
