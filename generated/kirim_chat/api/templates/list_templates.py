import json
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

import httpx

from ... import _arguments, _pagination, errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client, RequestOptions
from ...models.template import Template
from ...models.template_list import TemplateList
from ...types import UNSET, Response, Unset

_PHONE_NUMBER_ID_PATTERN = re.compile("^\\d{6,20}$", re.ASCII)


def _get_kwargs(
    phone_number_id: str,
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.text(
        phone_number_id, "phone_number_id", pattern=_PHONE_NUMBER_ID_PATTERN, max_length=20
    )
    if not isinstance(limit, Unset):
        _arguments.number(limit, "limit", minimum=1, maximum=100)
    if not isinstance(cursor, Unset):
        _arguments.text(cursor, "cursor", min_length=1, max_length=1024)

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{phone_number_id}/templates".format(
            phone_number_id=quote(str(phone_number_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TemplateList | None:
    """The body of a documented success status in its model; ResponseValidationError when it
    does not match. None for any other status."""
    if response.status_code == 200:
        try:
            response_200 = TemplateList.from_dict(json.loads(response.content))

            return response_200

        except PARSE_ERRORS as exc:
            raise errors.invalid_body(response, exc) from exc

    return None


def _undocumented(status_code: int) -> str | None:
    """Why a success status the spec does not list cannot give a body; None otherwise."""
    if status_code >= 400 or 200 <= status_code <= 200:
        return None
    return f"status {status_code} is not documented for list_templates"


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TemplateList]:
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
    request_options: RequestOptions | None = None,
) -> Response[TemplateList]:
    """List the message templates of a WhatsApp account

    Returns the Meta-approved (and pending or rejected) templates synced to Kirim for the
    account in the path, with their name, language and approval status: what a template
    send needs.

    No reference page for this operation is stored. It is described from the
    send-templates guide, with the API's list convention (`limit`, `cursor`, the list
    envelope) and its statuses for lists. The guide says each template also returns its
    parameterised body, under a field name the pages do not give; it is kept as an extra
    field. Calls count against the read bucket.

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
        Response[TemplateList]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.request(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> TemplateList:
    """List the message templates of a WhatsApp account

    Returns the Meta-approved (and pending or rejected) templates synced to Kirim for the
    account in the path, with their name, language and approval status: what a template
    send needs.

    No reference page for this operation is stored. It is described from the
    send-templates guide, with the API's list convention (`limit`, `cursor`, the list
    envelope) and its statuses for lists. The guide says each template also returns its
    parameterised body, under a field name the pages do not give; it is kept as an extra
    field. Calls count against the read bucket.

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
        TemplateList
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        limit=limit,
        cursor=cursor,
        request_options=request_options,
    ).body


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[TemplateList]:
    """List the message templates of a WhatsApp account

    Returns the Meta-approved (and pending or rejected) templates synced to Kirim for the
    account in the path, with their name, language and approval status: what a template
    send needs.

    No reference page for this operation is stored. It is described from the
    send-templates guide, with the API's list convention (`limit`, `cursor`, the list
    envelope) and its statuses for lists. The guide says each template also returns its
    parameterised body, under a field name the pages do not give; it is kept as an extra
    field. Calls count against the read bucket.

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
        Response[TemplateList]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.request_async(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> TemplateList:
    """List the message templates of a WhatsApp account

    Returns the Meta-approved (and pending or rejected) templates synced to Kirim for the
    account in the path, with their name, language and approval status: what a template
    send needs.

    No reference page for this operation is stored. It is described from the
    send-templates guide, with the API's list convention (`limit`, `cursor`, the list
    envelope) and its statuses for lists. The guide says each template also returns its
    parameterised body, under a field name the pages do not give; it is kept as an extra
    field. Calls count against the read bucket.

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
        TemplateList
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )
    ).body


def pages(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Iterator[Response[TemplateList]]:
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
            request_options=request_options,
            cursor=cursor,
        )
    )


def iterate(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Iterator[Template]:
    """Every item of the listing, across pages, fetched lazily (see ``pages``): breaking out
    of the loop sends no further request. ``request_options`` apply to each page's call."""

    return (
        item
        for page in _pagination.pages(
            lambda cursor: sync_detailed(
                phone_number_id=phone_number_id,
                client=client,
                limit=limit,
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
    request_options: RequestOptions | None = None,
) -> AsyncIterator[Response[TemplateList]]:
    """The async twin of ``pages``: ``async for page in apages(...)``; ``request_options``
    apply to each page's call."""

    return _pagination.apages(
        lambda cursor: asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            limit=limit,
            request_options=request_options,
            cursor=cursor,
        )
    )


def aiterate(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> AsyncIterator[Template]:
    """The async twin of ``iterate``: ``async for item in aiterate(...)``; ``request_options``
    apply to each page's call."""

    return (
        item
        async for page in _pagination.apages(
            lambda cursor: asyncio_detailed(
                phone_number_id=phone_number_id,
                client=client,
                limit=limit,
                request_options=request_options,
                cursor=cursor,
            )
        )
        for item in page.body.data
    )
