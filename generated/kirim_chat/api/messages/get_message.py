import json
import re
from typing import Any
from urllib.parse import quote

import httpx

from ... import _arguments, errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client, RequestOptions
from ...models.message_envelope import MessageEnvelope
from ...types import Response

_PHONE_NUMBER_ID_PATTERN = re.compile("^\\d{6,20}$", re.ASCII)
_ID_PATTERN = re.compile("^msg_[0-9A-HJKMNP-TV-Z]{26}$", re.ASCII)


def _get_kwargs(
    phone_number_id: str,
    id: str,
) -> dict[str, Any]:
    _arguments.text(
        phone_number_id, "phone_number_id", pattern=_PHONE_NUMBER_ID_PATTERN, max_length=20
    )
    _arguments.text(id, "id", pattern=_ID_PATTERN, max_length=30)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{phone_number_id}/messages/{id}".format(
            phone_number_id=quote(str(phone_number_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageEnvelope | None:
    """The body of a documented success status in its model; ResponseValidationError when it
    does not match. None for any other status."""
    if response.status_code == 200:
        try:
            response_200 = MessageEnvelope.from_dict(json.loads(response.content))

            return response_200

        except PARSE_ERRORS as exc:
            raise errors.invalid_body(response, exc) from exc

    return None


def _undocumented(status_code: int) -> str | None:
    """Why a success status the spec does not list cannot give a body; None otherwise."""
    if status_code >= 400 or 200 <= status_code <= 200:
        return None
    return f"status {status_code} is not documented for get_message"


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageEnvelope]:
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
    phone_number_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
    request_options: RequestOptions | None = None,
) -> Response[MessageEnvelope]:
    """Fetch one message

    Returns one message of the account in the path by its Kirim id (`msg_...`): its
    delivery `status`, and for a send Meta refused, the `error` explaining why. Inbound
    messages carry the fields of their type (`content` for text, `media_url` for media,
    `location`, `contacts`, `interactive`, `reaction` or `button`).

    No reference page for this operation is stored: the shape comes from the
    receive-messages guide (which says webhook messages have this shape) and the
    failed-sends guides; the statuses follow the API's conventions, including 404 for an
    id that does not exist or belongs to another organisation. Calls count against the
    read bucket.

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        id (str): Kirim id of the message, `msg_` followed by 26 Crockford base32 characters.
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
        Response[MessageEnvelope]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        id=id,
    )

    response = client.request(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
    request_options: RequestOptions | None = None,
) -> MessageEnvelope:
    """Fetch one message

    Returns one message of the account in the path by its Kirim id (`msg_...`): its
    delivery `status`, and for a send Meta refused, the `error` explaining why. Inbound
    messages carry the fields of their type (`content` for text, `media_url` for media,
    `location`, `contacts`, `interactive`, `reaction` or `button`).

    No reference page for this operation is stored: the shape comes from the
    receive-messages guide (which says webhook messages have this shape) and the
    failed-sends guides; the statuses follow the API's conventions, including 404 for an
    id that does not exist or belongs to another organisation. Calls count against the
    read bucket.

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        id (str): Kirim id of the message, `msg_` followed by 26 Crockford base32 characters.
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
        MessageEnvelope
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        id=id,
        client=client,
        request_options=request_options,
    ).body


async def asyncio_detailed(
    phone_number_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
    request_options: RequestOptions | None = None,
) -> Response[MessageEnvelope]:
    """Fetch one message

    Returns one message of the account in the path by its Kirim id (`msg_...`): its
    delivery `status`, and for a send Meta refused, the `error` explaining why. Inbound
    messages carry the fields of their type (`content` for text, `media_url` for media,
    `location`, `contacts`, `interactive`, `reaction` or `button`).

    No reference page for this operation is stored: the shape comes from the
    receive-messages guide (which says webhook messages have this shape) and the
    failed-sends guides; the statuses follow the API's conventions, including 404 for an
    id that does not exist or belongs to another organisation. Calls count against the
    read bucket.

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        id (str): Kirim id of the message, `msg_` followed by 26 Crockford base32 characters.
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
        Response[MessageEnvelope]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        id=id,
    )

    response = await client.request_async(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
    request_options: RequestOptions | None = None,
) -> MessageEnvelope:
    """Fetch one message

    Returns one message of the account in the path by its Kirim id (`msg_...`): its
    delivery `status`, and for a send Meta refused, the `error` explaining why. Inbound
    messages carry the fields of their type (`content` for text, `media_url` for media,
    `location`, `contacts`, `interactive`, `reaction` or `button`).

    No reference page for this operation is stored: the shape comes from the
    receive-messages guide (which says webhook messages have this shape) and the
    failed-sends guides; the statuses follow the API's conventions, including 404 for an
    id that does not exist or belongs to another organisation. Calls count against the
    read bucket.

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        id (str): Kirim id of the message, `msg_` followed by 26 Crockford base32 characters.
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
        MessageEnvelope
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            id=id,
            client=client,
            request_options=request_options,
        )
    ).body
