import json
from typing import Any

import httpx

from ... import _arguments, errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client, RequestOptions
from ...models.create_label_request import CreateLabelRequest
from ...models.label_envelope import LabelEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CreateLabelRequest,
    idempotency_key: str | None = None,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = _arguments.idempotency_key(idempotency_key)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/labels",
    }

    _kwargs["json"] = _arguments.model_json(body, (CreateLabelRequest,))

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabelEnvelope | None:
    """The body of a documented success status in its model; ResponseValidationError when it
    does not match. None for any other status."""
    if response.status_code == 200:
        try:
            response_200 = LabelEnvelope.from_dict(json.loads(response.content))

            return response_200

        except PARSE_ERRORS as exc:
            raise errors.invalid_body(response, exc) from exc

    return None


def _undocumented(status_code: int) -> str | None:
    """Why a success status the spec does not list cannot give a body; None otherwise."""
    if status_code >= 400 or 200 <= status_code <= 200:
        return None
    return f"status {status_code} is not documented for create_label"


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LabelEnvelope]:
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
    body: CreateLabelRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> Response[LabelEnvelope]:
    """Create a label

    Creates a coloured label for tagging contacts and conversations. Labels belong to a
    team: an organisation with a single team may leave `team_id` out, one with several
    must give it. Names are unique within a team; a duplicate is refused with 400
    `invalid_field_value`.

    The reference page is cut inside its rate-limit section; 500 follows the API's
    conventions, and 409 and 422 its conventions for idempotency keys. The success status
    follows this document's convention (200). Calls count against the write bucket.

    Args:
        body (CreateLabelRequest): The label to create.
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
        Response[LabelEnvelope]: The final response whatever its status:
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
    body: CreateLabelRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> LabelEnvelope:
    """Create a label

    Creates a coloured label for tagging contacts and conversations. Labels belong to a
    team: an organisation with a single team may leave `team_id` out, one with several
    must give it. Names are unique within a team; a duplicate is refused with 400
    `invalid_field_value`.

    The reference page is cut inside its rate-limit section; 500 follows the API's
    conventions, and 409 and 422 its conventions for idempotency keys. The success status
    follows this document's convention (200). Calls count against the write bucket.

    Args:
        body (CreateLabelRequest): The label to create.
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
        LabelEnvelope
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
    body: CreateLabelRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> Response[LabelEnvelope]:
    """Create a label

    Creates a coloured label for tagging contacts and conversations. Labels belong to a
    team: an organisation with a single team may leave `team_id` out, one with several
    must give it. Names are unique within a team; a duplicate is refused with 400
    `invalid_field_value`.

    The reference page is cut inside its rate-limit section; 500 follows the API's
    conventions, and 409 and 422 its conventions for idempotency keys. The success status
    follows this document's convention (200). Calls count against the write bucket.

    Args:
        body (CreateLabelRequest): The label to create.
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
        Response[LabelEnvelope]: The final response whatever its status:
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
    body: CreateLabelRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> LabelEnvelope:
    """Create a label

    Creates a coloured label for tagging contacts and conversations. Labels belong to a
    team: an organisation with a single team may leave `team_id` out, one with several
    must give it. Names are unique within a team; a duplicate is refused with 400
    `invalid_field_value`.

    The reference page is cut inside its rate-limit section; 500 follows the API's
    conventions, and 409 and 422 its conventions for idempotency keys. The success status
    follows this document's convention (200). Calls count against the write bucket.

    Args:
        body (CreateLabelRequest): The label to create.
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
        LabelEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            request_options=request_options,
        )
    ).body
