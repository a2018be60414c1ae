import json
import re
from typing import Any
from urllib.parse import quote

import httpx

from ... import _arguments, errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client, RequestOptions
from ...models.update_webhook_subscription_request import (
    UpdateWebhookSubscriptionRequest,
)
from ...models.webhook_subscription_envelope import WebhookSubscriptionEnvelope
from ...types import Response

_ID_PATTERN = re.compile("^wbs_[0-9A-HJKMNP-TV-Z]{26}$", re.ASCII)


def _get_kwargs(
    id: str,
    *,
    body: UpdateWebhookSubscriptionRequest,
) -> dict[str, Any]:
    _arguments.text(id, "id", pattern=_ID_PATTERN, max_length=30)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/webhook_subscriptions/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = _arguments.model_json(body, (UpdateWebhookSubscriptionRequest,))

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
    return f"status {status_code} is not documented for update_webhook_subscription"


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
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookSubscriptionRequest,
    request_options: RequestOptions | None = None,
) -> Response[WebhookSubscriptionEnvelope]:
    """Change a webhook subscription

    Changes a subscription's URL, description, events or status (pausing or resuming
    delivery); fields left out keep their value. The same change applied twice gives the
    same subscription, so this write takes no idempotency key.

    The reference page is cut before its answer and error sections. The body comes from
    its sample; the statuses the API accepts are not listed there (the sample sends
    `active`, and the API's tag speaks of pausing and resuming), so `status` is passed
    through as given. The answer follows the other updates of the API (the updated
    resource, 200), the error statuses the API's conventions, with 404 for an id that
    does not exist or belongs to another organisation. Calls count against the write
    bucket.

    Args:
        id (str): Kirim id of the webhook subscription, `wbs_` followed by 26 Crockford base32
            characters.
        body (UpdateWebhookSubscriptionRequest): The changes to make; fields left out keep their
            value.
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
        id=id,
        body=body,
    )

    response = client.request(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookSubscriptionRequest,
    request_options: RequestOptions | None = None,
) -> WebhookSubscriptionEnvelope:
    """Change a webhook subscription

    Changes a subscription's URL, description, events or status (pausing or resuming
    delivery); fields left out keep their value. The same change applied twice gives the
    same subscription, so this write takes no idempotency key.

    The reference page is cut before its answer and error sections. The body comes from
    its sample; the statuses the API accepts are not listed there (the sample sends
    `active`, and the API's tag speaks of pausing and resuming), so `status` is passed
    through as given. The answer follows the other updates of the API (the updated
    resource, 200), the error statuses the API's conventions, with 404 for an id that
    does not exist or belongs to another organisation. Calls count against the write
    bucket.

    Args:
        id (str): Kirim id of the webhook subscription, `wbs_` followed by 26 Crockford base32
            characters.
        body (UpdateWebhookSubscriptionRequest): The changes to make; fields left out keep their
            value.
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
        id=id,
        client=client,
        body=body,
        request_options=request_options,
    ).body


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookSubscriptionRequest,
    request_options: RequestOptions | None = None,
) -> Response[WebhookSubscriptionEnvelope]:
    """Change a webhook subscription

    Changes a subscription's URL, description, events or status (pausing or resuming
    delivery); fields left out keep their value. The same change applied twice gives the
    same subscription, so this write takes no idempotency key.

    The reference page is cut before its answer and error sections. The body comes from
    its sample; the statuses the API accepts are not listed there (the sample sends
    `active`, and the API's tag speaks of pausing and resuming), so `status` is passed
    through as given. The answer follows the other updates of the API (the updated
    resource, 200), the error statuses the API's conventions, with 404 for an id that
    does not exist or belongs to another organisation. Calls count against the write
    bucket.

    Args:
        id (str): Kirim id of the webhook subscription, `wbs_` followed by 26 Crockford base32
            characters.
        body (UpdateWebhookSubscriptionRequest): The changes to make; fields left out keep their
            value.
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
        id=id,
        body=body,
    )

    response = await client.request_async(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookSubscriptionRequest,
    request_options: RequestOptions | None = None,
) -> WebhookSubscriptionEnvelope:
    """Change a webhook subscription

    Changes a subscription's URL, description, events or status (pausing or resuming
    delivery); fields left out keep their value. The same change applied twice gives the
    same subscription, so this write takes no idempotency key.

    The reference page is cut before its answer and error sections. The body comes from
    its sample; the statuses the API accepts are not listed there (the sample sends
    `active`, and the API's tag speaks of pausing and resuming), so `status` is passed
    through as given. The answer follows the other updates of the API (the updated
    resource, 200), the error statuses the API's conventions, with 404 for an id that
    does not exist or belongs to another organisation. Calls count against the write
    bucket.

    Args:
        id (str): Kirim id of the webhook subscription, `wbs_` followed by 26 Crockford base32
            characters.
        body (UpdateWebhookSubscriptionRequest): The changes to make; fields left out keep their
            value.
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
            id=id,
            client=client,
            body=body,
            request_options=request_options,
        )
    ).body
