import json
from typing import Any

import httpx

from ... import _arguments, errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client, RequestOptions
from ...models.bulk_replay_request import BulkReplayRequest
from ...models.bulk_replay_result_envelope import BulkReplayResultEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: BulkReplayRequest,
    idempotency_key: str | None = None,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = _arguments.idempotency_key(idempotency_key)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhook_deliveries/bulk_replay",
    }

    _kwargs["json"] = _arguments.model_json(body, (BulkReplayRequest,))

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkReplayResultEnvelope | None:
    """The body of a documented success status in its model; ResponseValidationError when it
    does not match. None for any other status."""
    if response.status_code == 200:
        try:
            response_200 = BulkReplayResultEnvelope.from_dict(json.loads(response.content))

            return response_200

        except PARSE_ERRORS as exc:
            raise errors.invalid_body(response, exc) from exc

    return None


def _undocumented(status_code: int) -> str | None:
    """Why a success status the spec does not list cannot give a body; None otherwise."""
    if status_code >= 400 or 200 <= status_code <= 200:
        return None
    return f"status {status_code} is not documented for bulk_replay_webhook_deliveries"


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkReplayResultEnvelope]:
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
    body: BulkReplayRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> Response[BulkReplayResultEnvelope]:
    """Replay the failed deliveries of a subscription

    Replays every delivery of one subscription that matches the filters: by default those
    that exhausted their retries, optionally only one event type or a time window. At most
    1,000 deliveries are replayed per request; `capped` tells when more matched, and
    narrowing `created_after` / `created_before` walks through larger backlogs.

    The reference page is cut inside its not-found section; 429 and 500 follow the API's
    conventions, 409 and 422 its conventions for idempotency keys. The success status
    follows this document's convention (200). Calls count against the write bucket.

    Args:
        body (BulkReplayRequest): Which deliveries of a subscription to replay.
        idempotency_key (str | None): Makes retrying this write safe: the server acts on a key
            once and answers a repeat with its first answer. None (the default) sends a new
            random key per call, the same on every automatic retry; pass your own (1 to 255
            characters) to make a call you repeat yourself idempotent too.
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
        Response[BulkReplayResultEnvelope]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BulkReplayRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> BulkReplayResultEnvelope:
    """Replay the failed deliveries of a subscription

    Replays every delivery of one subscription that matches the filters: by default those
    that exhausted their retries, optionally only one event type or a time window. At most
    1,000 deliveries are replayed per request; `capped` tells when more matched, and
    narrowing `created_after` / `created_before` walks through larger backlogs.

    The reference page is cut inside its not-found section; 429 and 500 follow the API's
    conventions, 409 and 422 its conventions for idempotency keys. The success status
    follows this document's convention (200). Calls count against the write bucket.

    Args:
        body (BulkReplayRequest): Which deliveries of a subscription to replay.
        idempotency_key (str | None): Makes retrying this write safe: the server acts on a key
            once and answers a repeat with its first answer. None (the default) sends a new
            random key per call, the same on every automatic retry; pass your own (1 to 255
            characters) to make a call you repeat yourself idempotent too.
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
        BulkReplayResultEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        request_options=request_options,
    ).body


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkReplayRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> Response[BulkReplayResultEnvelope]:
    """Replay the failed deliveries of a subscription

    Replays every delivery of one subscription that matches the filters: by default those
    that exhausted their retries, optionally only one event type or a time window. At most
    1,000 deliveries are replayed per request; `capped` tells when more matched, and
    narrowing `created_after` / `created_before` walks through larger backlogs.

    The reference page is cut inside its not-found section; 429 and 500 follow the API's
    conventions, 409 and 422 its conventions for idempotency keys. The success status
    follows this document's convention (200). Calls count against the write bucket.

    Args:
        body (BulkReplayRequest): Which deliveries of a subscription to replay.
        idempotency_key (str | None): Makes retrying this write safe: the server acts on a key
            once and answers a repeat with its first answer. None (the default) sends a new
            random key per call, the same on every automatic retry; pass your own (1 to 255
            characters) to make a call you repeat yourself idempotent too.
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
        Response[BulkReplayResultEnvelope]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.request_async(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BulkReplayRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> BulkReplayResultEnvelope:
    """Replay the failed deliveries of a subscription

    Replays every delivery of one subscription that matches the filters: by default those
    that exhausted their retries, optionally only one event type or a time window. At most
    1,000 deliveries are replayed per request; `capped` tells when more matched, and
    narrowing `created_after` / `created_before` walks through larger backlogs.

    The reference page is cut inside its not-found section; 429 and 500 follow the API's
    conventions, 409 and 422 its conventions for idempotency keys. The success status
    follows this document's convention (200). Calls count against the write bucket.

    Args:
        body (BulkReplayRequest): Which deliveries of a subscription to replay.
        idempotency_key (str | None): Makes retrying this write safe: the server acts on a key
            once and answers a repeat with its first answer. None (the default) sends a new
            random key per call, the same on every automatic retry; pass your own (1 to 255
            characters) to make a call you repeat yourself idempotent too.
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
        BulkReplayResultEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            request_options=request_options,
        )
    ).body
