import json
import re
from typing import Any
from urllib.parse import quote

import httpx

from ... import _arguments, errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client, RequestOptions
from ...models.webhook_delivery_envelope import WebhookDeliveryEnvelope
from ...types import Response

_ID_PATTERN = re.compile("^wbd_[0-9A-HJKMNP-TV-Z]{26}$", re.ASCII)


def _get_kwargs(
    id: str,
    *,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    _arguments.text(id, "id", pattern=_ID_PATTERN, max_length=30)

    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = _arguments.idempotency_key(idempotency_key)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhook_deliveries/{id}/replay".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebhookDeliveryEnvelope | None:
    """The body of a documented success status in its model; ResponseValidationError when it
    does not match. None for any other status."""
    if response.status_code == 200:
        try:
            response_200 = WebhookDeliveryEnvelope.from_dict(json.loads(response.content))

            return response_200

        except PARSE_ERRORS as exc:
            raise errors.invalid_body(response, exc) from exc

    return None


def _undocumented(status_code: int) -> str | None:
    """Why a success status the spec does not list cannot give a body; None otherwise."""
    if status_code >= 400 or 200 <= status_code <= 200:
        return None
    return f"status {status_code} is not documented for replay_webhook_delivery"


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WebhookDeliveryEnvelope]:
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
    id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> Response[WebhookDeliveryEnvelope]:
    """Replay one webhook delivery

    Sends a delivery again to its subscription's URL, typically one that failed and waits
    in the dead-letter queue. The replay is a new delivery, pointing back to the original
    in `replayed_from`; the original is kept for the record.

    The reference page is cut after its first error section; 401, 429 and 500 follow the
    API's conventions, 404 its rule for unknown ids, 409 and 422 its conventions for
    idempotency keys (the idempotency guide names this operation). The success status
    follows this document's convention (200). Calls count against the write bucket.

    Args:
        id (str): Kirim id of the webhook delivery, `wbd_` followed by 26 Crockford base32
            characters.
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
        Response[WebhookDeliveryEnvelope]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        id=id,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> WebhookDeliveryEnvelope:
    """Replay one webhook delivery

    Sends a delivery again to its subscription's URL, typically one that failed and waits
    in the dead-letter queue. The replay is a new delivery, pointing back to the original
    in `replayed_from`; the original is kept for the record.

    The reference page is cut after its first error section; 401, 429 and 500 follow the
    API's conventions, 404 its rule for unknown ids, 409 and 422 its conventions for
    idempotency keys (the idempotency guide names this operation). The success status
    follows this document's convention (200). Calls count against the write bucket.

    Args:
        id (str): Kirim id of the webhook delivery, `wbd_` followed by 26 Crockford base32
            characters.
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
        WebhookDeliveryEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        idempotency_key=idempotency_key,
        request_options=request_options,
    ).body


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> Response[WebhookDeliveryEnvelope]:
    """Replay one webhook delivery

    Sends a delivery again to its subscription's URL, typically one that failed and waits
    in the dead-letter queue. The replay is a new delivery, pointing back to the original
    in `replayed_from`; the original is kept for the record.

    The reference page is cut after its first error section; 401, 429 and 500 follow the
    API's conventions, 404 its rule for unknown ids, 409 and 422 its conventions for
    idempotency keys (the idempotency guide names this operation). The success status
    follows this document's convention (200). Calls count against the write bucket.

    Args:
        id (str): Kirim id of the webhook delivery, `wbd_` followed by 26 Crockford base32
            characters.
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
        Response[WebhookDeliveryEnvelope]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        id=id,
        idempotency_key=idempotency_key,
    )

    response = await client.request_async(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> WebhookDeliveryEnvelope:
    """Replay one webhook delivery

    Sends a delivery again to its subscription's URL, typically one that failed and waits
    in the dead-letter queue. The replay is a new delivery, pointing back to the original
    in `replayed_from`; the original is kept for the record.

    The reference page is cut after its first error section; 401, 429 and 500 follow the
    API's conventions, 404 its rule for unknown ids, 409 and 422 its conventions for
    idempotency keys (the idempotency guide names this operation). The success status
    follows this document's convention (200). Calls count against the write bucket.

    Args:
        id (str): Kirim id of the webhook delivery, `wbd_` followed by 26 Crockford base32
            characters.
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
        WebhookDeliveryEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            idempotency_key=idempotency_key,
            request_options=request_options,
        )
    ).body
