import json
from typing import Any

import httpx

from ... import _arguments, errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client, RequestOptions
from ...models.create_webhook_subscription_request import (
    CreateWebhookSubscriptionRequest,
)
from ...models.webhook_subscription_envelope import WebhookSubscriptionEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CreateWebhookSubscriptionRequest,
    idempotency_key: str | None = None,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = _arguments.idempotency_key(idempotency_key)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhook_subscriptions",
    }

    _kwargs["json"] = _arguments.model_json(body, (CreateWebhookSubscriptionRequest,))

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebhookSubscriptionEnvelope | None:
    """The body of a documented success status in its model; ResponseValidationError when it
    does not match. None for any other status."""
    if response.status_code == 200:
        try:
            response_200 = WebhookSubscriptionEnvelope.from_dict(json.loads(response.content))

            return response_200

        except PARSE_ERRORS as exc:
            raise errors.invalid_body(response, exc) from exc

    return None


def _undocumented(status_code: int) -> str | None:
    """Why a success status the spec does not list cannot give a body; None otherwise."""
    if status_code >= 400 or 200 <= status_code <= 200:
        return None
    return f"status {status_code} is not documented for create_webhook_subscription"


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WebhookSubscriptionEnvelope]:
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
    body: CreateWebhookSubscriptionRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> Response[WebhookSubscriptionEnvelope]:
    """Subscribe an HTTPS endpoint to webhook events

    Creates a webhook subscription: Kirim will POST the chosen events to `url`, signed
    with the subscription's secrets. Subscriptions belong to the organisation and receive
    events from all its connected numbers; there is no `{phone_number_id}` in the path.
    Only HTTPS URLs are accepted. The answer carries the first signing secret in
    `initial_secret`, once: store it, it cannot be read again.

    No reference page for this operation is stored. The request comes from the current
    webhook and receive-messages guides; the fields of the answer from the older copy of
    the webhook guide, as the current one is cut before it. The success status follows
    this document's convention (200); 400 for a plain-HTTP URL comes from the older
    guide, the other statuses from the API's conventions, with 409 and 422 for
    idempotency keys. Calls count against the write bucket.

    Args:
        body (CreateWebhookSubscriptionRequest): The endpoint to deliver to and the events to
            deliver.
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
        Response[WebhookSubscriptionEnvelope]: The final response whatever its status:
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
    body: CreateWebhookSubscriptionRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> WebhookSubscriptionEnvelope:
    """Subscribe an HTTPS endpoint to webhook events

    Creates a webhook subscription: Kirim will POST the chosen events to `url`, signed
    with the subscription's secrets. Subscriptions belong to the organisation and receive
    events from all its connected numbers; there is no `{phone_number_id}` in the path.
    Only HTTPS URLs are accepted. The answer carries the first signing secret in
    `initial_secret`, once: store it, it cannot be read again.

    No reference page for this operation is stored. The request comes from the current
    webhook and receive-messages guides; the fields of the answer from the older copy of
    the webhook guide, as the current one is cut before it. The success status follows
    this document's convention (200); 400 for a plain-HTTP URL comes from the older
    guide, the other statuses from the API's conventions, with 409 and 422 for
    idempotency keys. Calls count against the write bucket.

    Args:
        body (CreateWebhookSubscriptionRequest): The endpoint to deliver to and the events to
            deliver.
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
        WebhookSubscriptionEnvelope
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
    body: CreateWebhookSubscriptionRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> Response[WebhookSubscriptionEnvelope]:
    """Subscribe an HTTPS endpoint to webhook events

    Creates a webhook subscription: Kirim will POST the chosen events to `url`, signed
    with the subscription's secrets. Subscriptions belong to the organisation and receive
    events from all its connected numbers; there is no `{phone_number_id}` in the path.
    Only HTTPS URLs are accepted. The answer carries the first signing secret in
    `initial_secret`, once: store it, it cannot be read again.

    No reference page for this operation is stored. The request comes from the current
    webhook and receive-messages guides; the fields of the answer from the older copy of
    the webhook guide, as the current one is cut before it. The success status follows
    this document's convention (200); 400 for a plain-HTTP URL comes from the older
    guide, the other statuses from the API's conventions, with 409 and 422 for
    idempotency keys. Calls count against the write bucket.

    Args:
        body (CreateWebhookSubscriptionRequest): The endpoint to deliver to and the events to
            deliver.
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
        Response[WebhookSubscriptionEnvelope]: The final response whatever its status:
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
    body: CreateWebhookSubscriptionRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> WebhookSubscriptionEnvelope:
    """Subscribe an HTTPS endpoint to webhook events

    Creates a webhook subscription: Kirim will POST the chosen events to `url`, signed
    with the subscription's secrets. Subscriptions belong to the organisation and receive
    events from all its connected numbers; there is no `{phone_number_id}` in the path.
    Only HTTPS URLs are accepted. The answer carries the first signing secret in
    `initial_secret`, once: store it, it cannot be read again.

    No reference page for this operation is stored. The request comes from the current
    webhook and receive-messages guides; the fields of the answer from the older copy of
    the webhook guide, as the current one is cut before it. The success status follows
    this document's convention (200); 400 for a plain-HTTP URL comes from the older
    guide, the other statuses from the API's conventions, with 409 and 422 for
    idempotency keys. Calls count against the write bucket.

    Args:
        body (CreateWebhookSubscriptionRequest): The endpoint to deliver to and the events to
            deliver.
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
        WebhookSubscriptionEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            request_options=request_options,
        )
    ).body
