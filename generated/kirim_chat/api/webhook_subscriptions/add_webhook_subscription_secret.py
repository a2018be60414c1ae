import json
import re
from typing import Any
from urllib.parse import quote

import httpx

from ... import _arguments, errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client, RequestOptions
from ...models.create_webhook_secret_request import CreateWebhookSecretRequest
from ...models.webhook_secret_envelope import WebhookSecretEnvelope
from ...types import Response

_ID_PATTERN = re.compile("^wbs_[0-9A-HJKMNP-TV-Z]{26}$", re.ASCII)


def _get_kwargs(
    id: str,
    *,
    body: CreateWebhookSecretRequest,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    _arguments.text(id, "id", pattern=_ID_PATTERN, max_length=30)

    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = _arguments.idempotency_key(idempotency_key)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhook_subscriptions/{id}/secrets".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = _arguments.model_json(body, (CreateWebhookSecretRequest,))

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebhookSecretEnvelope | None:
    """The body of a documented success status in its model; ResponseValidationError when it
    does not match. None for any other status."""
    if response.status_code == 200:
        try:
            response_200 = WebhookSecretEnvelope.from_dict(json.loads(response.content))

            return response_200

        except PARSE_ERRORS as exc:
            raise errors.invalid_body(response, exc) from exc

    return None


def _undocumented(status_code: int) -> str | None:
    """Why a success status the spec does not list cannot give a body; None otherwise."""
    if status_code >= 400 or 200 <= status_code <= 200:
        return None
    return f"status {status_code} is not documented for add_webhook_subscription_secret"


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WebhookSecretEnvelope]:
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
    body: CreateWebhookSecretRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> Response[WebhookSecretEnvelope]:
    """Add a signing secret to a subscription (rotation)

    Issues a new signing secret for the subscription, with the expiry given in hours. While
    several secrets are active, Kirim signs each delivery with every one of them (one
    `v1=` signature each), so receivers can switch secrets without missing deliveries.

    The reference page is cut before its answer and error sections. The answer is
    described as a signing secret with the fields the subscription's secret list shows;
    the pages do not show the field that carries the new secret's value, which is kept as
    an extra field. The success status follows this document's convention (200), the
    error statuses the API's conventions, with 404 for an unknown subscription and 409
    and 422 for idempotency keys. Calls count against the write bucket.

    Args:
        id (str): Kirim id of the webhook subscription, `wbs_` followed by 26 Crockford base32
            characters.
        body (CreateWebhookSecretRequest): How long the new secret lasts.
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
        Response[WebhookSecretEnvelope]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: CreateWebhookSecretRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> WebhookSecretEnvelope:
    """Add a signing secret to a subscription (rotation)

    Issues a new signing secret for the subscription, with the expiry given in hours. While
    several secrets are active, Kirim signs each delivery with every one of them (one
    `v1=` signature each), so receivers can switch secrets without missing deliveries.

    The reference page is cut before its answer and error sections. The answer is
    described as a signing secret with the fields the subscription's secret list shows;
    the pages do not show the field that carries the new secret's value, which is kept as
    an extra field. The success status follows this document's convention (200), the
    error statuses the API's conventions, with 404 for an unknown subscription and 409
    and 422 for idempotency keys. Calls count against the write bucket.

    Args:
        id (str): Kirim id of the webhook subscription, `wbs_` followed by 26 Crockford base32
            characters.
        body (CreateWebhookSecretRequest): How long the new secret lasts.
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
        WebhookSecretEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        request_options=request_options,
    ).body


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: CreateWebhookSecretRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> Response[WebhookSecretEnvelope]:
    """Add a signing secret to a subscription (rotation)

    Issues a new signing secret for the subscription, with the expiry given in hours. While
    several secrets are active, Kirim signs each delivery with every one of them (one
    `v1=` signature each), so receivers can switch secrets without missing deliveries.

    The reference page is cut before its answer and error sections. The answer is
    described as a signing secret with the fields the subscription's secret list shows;
    the pages do not show the field that carries the new secret's value, which is kept as
    an extra field. The success status follows this document's convention (200), the
    error statuses the API's conventions, with 404 for an unknown subscription and 409
    and 422 for idempotency keys. Calls count against the write bucket.

    Args:
        id (str): Kirim id of the webhook subscription, `wbs_` followed by 26 Crockford base32
            characters.
        body (CreateWebhookSecretRequest): How long the new secret lasts.
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
        Response[WebhookSecretEnvelope]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.request_async(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: CreateWebhookSecretRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> WebhookSecretEnvelope:
    """Add a signing secret to a subscription (rotation)

    Issues a new signing secret for the subscription, with the expiry given in hours. While
    several secrets are active, Kirim signs each delivery with every one of them (one
    `v1=` signature each), so receivers can switch secrets without missing deliveries.

    The reference page is cut before its answer and error sections. The answer is
    described as a signing secret with the fields the subscription's secret list shows;
    the pages do not show the field that carries the new secret's value, which is kept as
    an extra field. The success status follows this document's convention (200), the
    error statuses the API's conventions, with 404 for an unknown subscription and 409
    and 422 for idempotency keys. Calls count against the write bucket.

    Args:
        id (str): Kirim id of the webhook subscription, `wbs_` followed by 26 Crockford base32
            characters.
        body (CreateWebhookSecretRequest): How long the new secret lasts.
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
        WebhookSecretEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            request_options=request_options,
        )
    ).body
