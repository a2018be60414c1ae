"""Walking a cursor-paginated listing, for the ``pages``/``apages`` functions that generation
gives every operation in the vendor's convention (a ``cursor`` parameter; a 200 body with
``data``, ``has_more`` and ``next_cursor``).

Generators, so a page is requested only when the caller asks for it; breaking out of the loop
sends nothing more.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

from . import errors
from ._response import Response
from .types import UNSET, Unset

P = TypeVar("P")
Cursor = str | Unset


def pages(fetch: Callable[[Cursor], Response[P]]) -> Iterator[Response[P]]:
    """``fetch(cursor)`` for the first page (no cursor), then for each next one."""
    cursor: Cursor = UNSET
    while True:
        response = fetch(cursor)
        response.body  # noqa: B018  # raises the page's error before anything is yielded
        yield response
        following = _next_cursor(response, cursor)
        if following is None:
            return
        cursor = following


async def apages(fetch: Callable[[Cursor], Awaitable[Response[P]]]) -> AsyncIterator[Response[P]]:
    """The async twin of ``pages``."""
    cursor: Cursor = UNSET
    while True:
        response = await fetch(cursor)
        response.body  # noqa: B018  # raises the page's error before anything is yielded
        yield response
        following = _next_cursor(response, cursor)
        if following is None:
            return
        cursor = following


def _next_cursor(response: Response[Any], sent: Cursor) -> str | None:
    """The cursor of the page after ``response``, or None when it is the last page."""
    body = response.body
    has_more = getattr(body, "has_more", UNSET)
    following = getattr(body, "next_cursor", UNSET)
    if has_more is False or following is None or isinstance(following, Unset):
        return None
    if following == sent:
        # Asking again with the same cursor would return the same page forever.
        raise errors.ResponseValidationError(
            "next_cursor repeats the cursor of the request, so the listing would never end",
            status_code=response.status_code,
            headers=response.headers,
            body=response.content,
        )
    return str(following)
