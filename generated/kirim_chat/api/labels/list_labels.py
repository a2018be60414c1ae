import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import _arguments, _pagination, errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client, RequestOptions
from ...models.label import Label
from ...models.label_list import LabelList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:
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
        "url": "/labels",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabelList | None:
    """The body of a documented success status in its model; ResponseValidationError when it
    does not match. None for any other status."""
    if response.status_code == 200:
        try:
            response_200 = LabelList.from_dict(json.loads(response.content))

            return response_200

        except PARSE_ERRORS as exc:
            raise errors.invalid_body(response, exc) from exc

    return None


def _undocumented(status_code: int) -> str | None:
    """Why a success status the spec does not list cannot give a body; None otherwise."""
    if status_code >= 400 or 200 <= status_code <= 200:
        return None
    return f"status {status_code} is not documented for list_labels"


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LabelList]:
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
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[LabelList]:
    """List labels

    Returns the organisation's labels, one page at a time.

    This operation is only mentioned by the vendor: the pagination guide names it as its
    example of a list outside the phone-scoped paths, and the SDK lists labels. No
    reference page exists, so it is described by the API's list convention (`limit`,
    `cursor`, the list envelope, 400 for a bad page size or cursor), with items shaped as
    the other label operations return them. Calls count against the read bucket.

    Args:
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
        Response[LabelList]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = client.request(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> LabelList:
    """List labels

    Returns the organisation's labels, one page at a time.

    This operation is only mentioned by the vendor: the pagination guide names it as its
    example of a list outside the phone-scoped paths, and the SDK lists labels. No
    reference page exists, so it is described by the API's list convention (`limit`,
    `cursor`, the list envelope, 400 for a bad page size or cursor), with items shaped as
    the other label operations return them. Calls count against the read bucket.

    Args:
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
        LabelList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        request_options=request_options,
    ).body


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[LabelList]:
    """List labels

    Returns the organisation's labels, one page at a time.

    This operation is only mentioned by the vendor: the pagination guide names it as its
    example of a list outside the phone-scoped paths, and the SDK lists labels. No
    reference page exists, so it is described by the API's list convention (`limit`,
    `cursor`, the list envelope, 400 for a bad page size or cursor), with items shaped as
    the other label operations return them. Calls count against the read bucket.

    Args:
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
        Response[LabelList]: The final response whatever its status:
            ``body`` is the success body (or raises as ``sync`` does), ``error`` the error.
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = await client.request_async(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> LabelList:
    """List labels

    Returns the organisation's labels, one page at a time.

    This operation is only mentioned by the vendor: the pagination guide names it as its
    example of a list outside the phone-scoped paths, and the SDK lists labels. No
    reference page exists, so it is described by the API's list convention (`limit`,
    `cursor`, the list envelope, 400 for a bad page size or cursor), with items shaped as
    the other label operations return them. Calls count against the read bucket.

    Args:
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
        LabelList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )
    ).body


def pages(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Iterator[Response[LabelList]]:
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
            client=client,
            limit=limit,
            request_options=request_options,
            cursor=cursor,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Iterator[Label]:
    """Every item of the listing, across pages, fetched lazily (see ``pages``): breaking out
    of the loop sends no further request. ``request_options`` apply to each page's call."""

    return (
        item
        for page in _pagination.pages(
            lambda cursor: sync_detailed(
                client=client,
                limit=limit,
                request_options=request_options,
                cursor=cursor,
            )
        )
        for item in page.body.data
    )


def apages(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> AsyncIterator[Response[LabelList]]:
    """The async twin of ``pages``: ``async for page in apages(...)``; ``request_options``
    apply to each page's call."""

    return _pagination.apages(
        lambda cursor: asyncio_detailed(
            client=client,
            limit=limit,
            request_options=request_options,
            cursor=cursor,
        )
    )


def aiterate(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> AsyncIterator[Label]:
    """The async twin of ``iterate``: ``async for item in aiterate(...)``; ``request_options``
    apply to each page's call."""

    return (
        item
        async for page in _pagination.apages(
            lambda cursor: asyncio_detailed(
                client=client,
                limit=limit,
                request_options=request_options,
                cursor=cursor,
            )
        )
        for item in page.body.data
    )
