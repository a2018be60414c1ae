import datetime
import json
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

import httpx

from ... import _arguments, _pagination, errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client, RequestOptions
from ...models.message import Message
from ...models.message_list import MessageList
from ...models.message_status import MessageStatus
from ...types import UNSET, Response, Unset

_PHONE_NUMBER_ID_PATTERN = re.compile("^\\d{6,20}$", re.ASCII)
_CONVERSATION_ID_PATTERN = re.compile("^cnv_[0-9A-HJKMNP-TV-Z]{26}$", re.ASCII)


def _get_kwargs(
    phone_number_id: str,
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    status: MessageStatus | str | Unset = UNSET,
    direction: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.text(
        phone_number_id, "phone_number_id", pattern=_PHONE_NUMBER_ID_PATTERN, max_length=20
    )
    if not isinstance(limit, Unset):
        _arguments.number(limit, "limit", minimum=1, maximum=100)
    if not isinstance(cursor, Unset):
        _arguments.text(cursor, "cursor", min_length=1, max_length=1024)
    if not isinstance(conversation_id, Unset):
        _arguments.text(
            conversation_id, "conversation_id", pattern=_CONVERSATION_ID_PATTERN, max_length=30
        )
    if not isinstance(direction, Unset):
        _arguments.text(direction, "direction", max_length=32)
    if not isinstance(created_after, Unset):
        _arguments.text(created_after, "created_after", max_length=64)

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["conversation_id"] = conversation_id

    json_status: str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, MessageStatus):
        json_status = MessageStatus(status).value
    else:
        json_status = status
    params["status"] = json_status

    params["direction"] = direction

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{phone_number_id}/messages".format(
            phone_number_id=quote(str(phone_number_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageList | None:
    """The body of a documented success status in its model; ResponseValidationError when it
    does not match. None for any other status."""
    if response.status_code == 200:
        try:
            response_200 = MessageList.from_dict(json.loads(response.content))

            return response_200

        except PARSE_ERRORS as exc:
            raise errors.invalid_body(response, exc) from exc

    return None


def _undocumented(status_code: int) -> str | None:
    """Why a success status the spec does not list cannot give a body; None otherwise."""
    if status_code >= 400 or 200 <= status_code <= 200:
        return None
    return f"status {status_code} is not documented for list_messages"


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageList]:
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
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    status: MessageStatus | str | Unset = UNSET,
    direction: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[MessageList]:
    """List the messages of a WhatsApp account

    Returns the messages, inbound and outbound, of the account in the path, one page at a
    time: pass the previous page's `next_cursor` as `cursor` to get the next one, with the
    same filters (a cursor only works with the filters it was issued for).

    No reference page for this operation is stored. It is described from the pagination
    guide, which uses it as its example: the common `limit` and `cursor`, and the filters
    that guide names (`conversation_id`, `status`, `direction`, `created_after`); the
    exact set of filters is not confirmed. Items have the shape of `getMessage`. The
    statuses follow the API's conventions for lists. Calls count against the read bucket.

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        limit (int | Unset): Page size, from 1 to 100; 25 when left out. The vendor's reference
            pages print it as a string of digits; the pagination guide documents a number in this
            range, which is how it is described here (outside it the API answers 400 `invalid_limit`).
            When left out, the server applies its default: 25.
        cursor (str | Unset): The `next_cursor` of the previous page, passed back exactly as
            received; leave it out for the first page. Cursors are opaque, reject tampering (400
            `invalid_cursor`) and only work with the filters they were issued for.
        conversation_id (str | Unset): Only messages of this conversation (`cnv_...`).
        status (MessageStatus | str | Unset): Only messages in this delivery state. The pagination
            guide names the filter without listing its values; the known message states are named, and
            other values are passed through.
        direction (str | Unset): Only messages in this direction. The pagination guide names the
            filter without listing its values; the guides speak of inbound and outbound messages.
        created_after (datetime.datetime | Unset): Only resources created after this moment (RFC
            3339).
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
        Response[MessageList]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        limit=limit,
        cursor=cursor,
        conversation_id=conversation_id,
        status=status,
        direction=direction,
        created_after=created_after,
    )

    response = client.request(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    status: MessageStatus | str | Unset = UNSET,
    direction: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> MessageList:
    """List the messages of a WhatsApp account

    Returns the messages, inbound and outbound, of the account in the path, one page at a
    time: pass the previous page's `next_cursor` as `cursor` to get the next one, with the
    same filters (a cursor only works with the filters it was issued for).

    No reference page for this operation is stored. It is described from the pagination
    guide, which uses it as its example: the common `limit` and `cursor`, and the filters
    that guide names (`conversation_id`, `status`, `direction`, `created_after`); the
    exact set of filters is not confirmed. Items have the shape of `getMessage`. The
    statuses follow the API's conventions for lists. Calls count against the read bucket.

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        limit (int | Unset): Page size, from 1 to 100; 25 when left out. The vendor's reference
            pages print it as a string of digits; the pagination guide documents a number in this
            range, which is how it is described here (outside it the API answers 400 `invalid_limit`).
            When left out, the server applies its default: 25.
        cursor (str | Unset): The `next_cursor` of the previous page, passed back exactly as
            received; leave it out for the first page. Cursors are opaque, reject tampering (400
            `invalid_cursor`) and only work with the filters they were issued for.
        conversation_id (str | Unset): Only messages of this conversation (`cnv_...`).
        status (MessageStatus | str | Unset): Only messages in this delivery state. The pagination
            guide names the filter without listing its values; the known message states are named, and
            other values are passed through.
        direction (str | Unset): Only messages in this direction. The pagination guide names the
            filter without listing its values; the guides speak of inbound and outbound messages.
        created_after (datetime.datetime | Unset): Only resources created after this moment (RFC
            3339).
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
        MessageList
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        limit=limit,
        cursor=cursor,
        conversation_id=conversation_id,
        status=status,
        direction=direction,
        created_after=created_after,
        request_options=request_options,
    ).body


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    status: MessageStatus | str | Unset = UNSET,
    direction: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[MessageList]:
    """List the messages of a WhatsApp account

    Returns the messages, inbound and outbound, of the account in the path, one page at a
    time: pass the previous page's `next_cursor` as `cursor` to get the next one, with the
    same filters (a cursor only works with the filters it was issued for).

    No reference page for this operation is stored. It is described from the pagination
    guide, which uses it as its example: the common `limit` and `cursor`, and the filters
    that guide names (`conversation_id`, `status`, `direction`, `created_after`); the
    exact set of filters is not confirmed. Items have the shape of `getMessage`. The
    statuses follow the API's conventions for lists. Calls count against the read bucket.

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        limit (int | Unset): Page size, from 1 to 100; 25 when left out. The vendor's reference
            pages print it as a string of digits; the pagination guide documents a number in this
            range, which is how it is described here (outside it the API answers 400 `invalid_limit`).
            When left out, the server applies its default: 25.
        cursor (str | Unset): The `next_cursor` of the previous page, passed back exactly as
            received; leave it out for the first page. Cursors are opaque, reject tampering (400
            `invalid_cursor`) and only work with the filters they were issued for.
        conversation_id (str | Unset): Only messages of this conversation (`cnv_...`).
        status (MessageStatus | str | Unset): Only messages in this delivery state. The pagination
            guide names the filter without listing its values; the known message states are named, and
            other values are passed through.
        direction (str | Unset): Only messages in this direction. The pagination guide names the
            filter without listing its values; the guides speak of inbound and outbound messages.
        created_after (datetime.datetime | Unset): Only resources created after this moment (RFC
            3339).
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
        Response[MessageList]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        limit=limit,
        cursor=cursor,
        conversation_id=conversation_id,
        status=status,
        direction=direction,
        created_after=created_after,
    )

    response = await client.request_async(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    status: MessageStatus | str | Unset = UNSET,
    direction: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> MessageList:
    """List the messages of a WhatsApp account

    Returns the messages, inbound and outbound, of the account in the path, one page at a
    time: pass the previous page's `next_cursor` as `cursor` to get the next one, with the
    same filters (a cursor only works with the filters it was issued for).

    No reference page for this operation is stored. It is described from the pagination
    guide, which uses it as its example: the common `limit` and `cursor`, and the filters
    that guide names (`conversation_id`, `status`, `direction`, `created_after`); the
    exact set of filters is not confirmed. Items have the shape of `getMessage`. The
    statuses follow the API's conventions for lists. Calls count against the read bucket.

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        limit (int | Unset): Page size, from 1 to 100; 25 when left out. The vendor's reference
            pages print it as a string of digits; the pagination guide documents a number in this
            range, which is how it is described here (outside it the API answers 400 `invalid_limit`).
            When left out, the server applies its default: 25.
        cursor (str | Unset): The `next_cursor` of the previous page, passed back exactly as
            received; leave it out for the first page. Cursors are opaque, reject tampering (400
            `invalid_cursor`) and only work with the filters they were issued for.
        conversation_id (str | Unset): Only messages of this conversation (`cnv_...`).
        status (MessageStatus | str | Unset): Only messages in this delivery state. The pagination
            guide names the filter without listing its values; the known message states are named, and
            other values are passed through.
        direction (str | Unset): Only messages in this direction. The pagination guide names the
            filter without listing its values; the guides speak of inbound and outbound messages.
        created_after (datetime.datetime | Unset): Only resources created after this moment (RFC
            3339).
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
        MessageList
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            limit=limit,
            cursor=cursor,
            conversation_id=conversation_id,
            status=status,
            direction=direction,
            created_after=created_after,
            request_options=request_options,
        )
    ).body


def pages(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    status: MessageStatus | str | Unset = UNSET,
    direction: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Iterator[Response[MessageList]]:
    """Every page of the listing, in order, each fetched only when the previous one has been
    used: the detailed response, for ``body``, ``request_id`` and ``rate_limit`` per page.

    The first request sends no cursor; each next one sends the previous page's
    ``next_cursor`` as it came, with the same other arguments. The walk ends after a page
    whose ``has_more`` is false or whose ``next_cursor`` is null or absent. Each page is
    fetched with the client's retries and raises what ``sync`` raises; ``request_options``
    (see ``sync``) apply to each page's call.
    """

    return _pagination.pages(
        lambda cursor: sync_detailed(
            phone_number_id=phone_number_id,
            client=client,
            limit=limit,
            conversation_id=conversation_id,
            status=status,
            direction=direction,
            created_after=created_after,
            request_options=request_options,
            cursor=cursor,
        )
    )


def iterate(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    status: MessageStatus | str | Unset = UNSET,
    direction: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Iterator[Message]:
    """Every item of the listing, across pages, fetched lazily (see ``pages``): breaking out
    of the loop sends no further request. ``request_options`` apply to each page's call."""

    return (
        item
        for page in _pagination.pages(
            lambda cursor: sync_detailed(
                phone_number_id=phone_number_id,
                client=client,
                limit=limit,
                conversation_id=conversation_id,
                status=status,
                direction=direction,
                created_after=created_after,
                request_options=request_options,
                cursor=cursor,
            )
        )
        for item in page.body.data
    )


def apages(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    status: MessageStatus | str | Unset = UNSET,
    direction: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> AsyncIterator[Response[MessageList]]:
    """The async twin of ``pages``: ``async for page in apages(...)``; ``request_options``
    apply to each page's call."""

    return _pagination.apages(
        lambda cursor: asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            limit=limit,
            conversation_id=conversation_id,
            status=status,
            direction=direction,
            created_after=created_after,
            request_options=request_options,
            cursor=cursor,
        )
    )


def aiterate(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    status: MessageStatus | str | Unset = UNSET,
    direction: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> AsyncIterator[Message]:
    """The async twin of ``iterate``: ``async for item in aiterate(...)``; ``request_options``
    apply to each page's call."""

    return (
        item
        async for page in _pagination.apages(
            lambda cursor: asyncio_detailed(
                phone_number_id=phone_number_id,
                client=client,
                limit=limit,
                conversation_id=conversation_id,
                status=status,
                direction=direction,
                created_after=created_after,
                request_options=request_options,
                cursor=cursor,
            )
        )
        for item in page.body.data
    )
