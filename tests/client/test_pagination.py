"""Cursor pagination, recognised from the vendor's convention with no annotation in the spec:
lazy iterators over items and over pages, sync and async."""

import asyncio
import json
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.client.conventions import label, op
from tests.support.clock import FakeClock
from tests.support.parity import Caller
from tests.support.specs import authenticated_client, error_body

PAGE_SIZE = 2


class Pages:
    """Serves a listing of ``total`` labels in pages, checking what each request sends."""

    def __init__(self, total: int, **page_fields: Any) -> None:
        self.total = total
        self.page_fields = page_fields
        self.requests: list[dict[str, str]] = []

    def __call__(self, request: Request) -> Response:
        self.requests.append(dict(request.args))
        start = int(request.args.get("cursor", "c/0").split("/")[1])  # "c/2": slashes kept as sent
        end = min(start + PAGE_SIZE, self.total)
        more = end < self.total
        body = {
            "data": [label(f"lbl_{index}") for index in range(start, end)],
            "has_more": more,
            "next_cursor": f"c/{end}" if more else None,
            **self.page_fields,
        }
        return Response(json.dumps(body), content_type="application/json")


def items(package: ModuleType, mode: str, take: int | None = None, **kwargs: Any) -> list[Any]:
    """Items of ``iterate`` (sync) or ``aiterate`` (async), stopping after ``take`` of them."""
    listing = op(package, "list_labels")
    if mode == "sync":
        taken = []
        for item in listing.iterate(**kwargs):
            taken.append(item)
            if len(taken) == take:
                break
        return taken

    async def collect() -> list[Any]:
        taken = []
        async for item in listing.aiterate(**kwargs):
            taken.append(item)
            if len(taken) == take:
                break
        return taken

    return asyncio.run(collect())


def pages(package: ModuleType, mode: str, **kwargs: Any) -> list[Any]:
    listing = op(package, "list_labels")
    if mode == "sync":
        return list(listing.pages(**kwargs))

    async def collect() -> list[Any]:
        return [page async for page in listing.apages(**kwargs)]

    return asyncio.run(collect())


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def fresh_client(
    conventions: ModuleType, httpserver: HTTPServer, clock: FakeClock
) -> Callable[[], Any]:
    """A new client per use: asyncio.run() closes its loop, and a pool belongs to its loop."""
    return lambda: authenticated_client(conventions, clock, base_url=httpserver.url_for("/v1"))


def test_every_item_across_pages_with_the_cursor_back_verbatim_and_filters_kept(
    conventions: ModuleType, httpserver: HTTPServer, fresh_client: Callable[[], Any], mode: str
) -> None:
    served = Pages(total=5)
    httpserver.expect_request("/v1/labels").respond_with_handler(served)

    got = items(conventions, mode, client=fresh_client(), limit=PAGE_SIZE, colour="red")

    assert [item.id for item in got] == [f"lbl_{index}" for index in range(5)]
    assert all(type(item).__name__ == "Label" for item in got)
    assert served.requests == [
        {"limit": "2", "colour": "red"},
        {"limit": "2", "colour": "red", "cursor": "c/2"},
        {"limit": "2", "colour": "red", "cursor": "c/4"},
    ]


def test_lazy_one_item_taken_is_one_request_and_breaking_out_sends_nothing_more(
    conventions: ModuleType, httpserver: HTTPServer, fresh_client: Callable[[], Any], mode: str
) -> None:
    served = Pages(total=10)
    httpserver.expect_request("/v1/labels").respond_with_handler(served)

    assert len(items(conventions, mode, take=1, client=fresh_client())) == 1
    assert len(served.requests) == 1

    assert len(items(conventions, mode, take=3, client=fresh_client(), limit=PAGE_SIZE)) == 3
    assert len(served.requests) == 1 + 2  # the third item is on the second page


def test_nothing_is_requested_before_the_first_item_is_asked_for(
    conventions: ModuleType, httpserver: HTTPServer, fresh_client: Callable[[], Any]
) -> None:
    httpserver.expect_request("/v1/labels").respond_with_handler(Pages(total=3))
    listing = op(conventions, "list_labels")

    listing.iterate(client=fresh_client())
    listing.pages(client=fresh_client())
    listing.aiterate(client=fresh_client())
    listing.apages(client=fresh_client())

    assert httpserver.log == []


@pytest.mark.parametrize(
    "last_page",
    [
        {"has_more": False, "next_cursor": "stale"},  # has_more wins over a leftover cursor
        {"has_more": True, "next_cursor": None},
        {"next_cursor": None},
        {},  # neither field: nothing says there is more
    ],
    ids=["has-more-false", "cursor-null", "cursor-null-no-has-more", "both-absent"],
)
def test_the_walk_stops_at_whichever_end_marker_comes_first(
    conventions: ModuleType,
    httpserver: HTTPServer,
    fresh_client: Callable[[], Any],
    mode: str,
    last_page: dict[str, Any],
) -> None:
    httpserver.expect_ordered_request("/v1/labels").respond_with_json(
        {"data": [label("lbl_a")], "has_more": True, "next_cursor": "n1"}
    )
    httpserver.expect_ordered_request("/v1/labels").respond_with_json(
        {"data": [label("lbl_b")], **last_page}
    )

    got = items(conventions, mode, client=fresh_client())

    assert [item.id for item in got] == ["lbl_a", "lbl_b"]
    assert len(httpserver.log) == 2


def _first_page_then_an_error(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/v1/labels").respond_with_json(
        {"data": [label("lbl_a"), label("lbl_b")], "has_more": True, "next_cursor": "n1"}
    )
    httpserver.expect_ordered_request("/v1/labels").respond_with_json(
        error_body("invalid_request_error", "invalid_cursor"), status=400
    )


def test_an_error_on_the_second_page_comes_after_the_first_pages_items(
    conventions: ModuleType, httpserver: HTTPServer, fresh_client: Callable[[], Any], mode: str
) -> None:
    _first_page_then_an_error(httpserver)
    seen: list[str] = []
    listing = op(conventions, "list_labels")

    async def walk_async() -> None:
        async for item in listing.aiterate(client=fresh_client()):
            seen.append(item.id)

    def walk() -> None:
        if mode == "sync":
            seen.extend(item.id for item in listing.iterate(client=fresh_client()))
        else:
            asyncio.run(walk_async())

    with pytest.raises(conventions.errors.InvalidRequestError) as raised:
        walk()

    assert seen == ["lbl_a", "lbl_b"]
    assert raised.value.code == "invalid_cursor"
    # The walk of pages raises there too, without handing out the error response as a page.
    _first_page_then_an_error(httpserver)
    walked: list[Any] = []

    async def walk_pages_async() -> None:
        async for page in listing.apages(client=fresh_client()):
            walked.append(page)

    def walk_pages() -> None:
        if mode == "sync":
            walked.extend(listing.pages(client=fresh_client()))
        else:
            asyncio.run(walk_pages_async())

    with pytest.raises(conventions.errors.InvalidRequestError):
        walk_pages()
    assert [page.status_code for page in walked] == [200]


def test_each_page_is_retried_like_any_call(
    conventions: ModuleType,
    httpserver: HTTPServer,
    fresh_client: Callable[[], Any],
    clock: FakeClock,
    mode: str,
) -> None:
    httpserver.expect_ordered_request("/v1/labels").respond_with_json(
        {"data": [label("lbl_a")], "has_more": True, "next_cursor": "n1"}
    )
    httpserver.expect_ordered_request("/v1/labels").respond_with_json({}, status=503)
    httpserver.expect_ordered_request("/v1/labels").respond_with_json(
        {"data": [label("lbl_b")], "has_more": False}
    )
    client = fresh_client().with_options(max_retries=1)

    got = items(conventions, mode, client=client)

    assert [item.id for item in got] == ["lbl_a", "lbl_b"]
    assert [request.args.get("cursor") for request, _ in httpserver.log] == [None, "n1", "n1"]
    assert clock.sleeps == [0.25]  # the one backoff, on the client's clock


def test_pages_give_each_pages_request_id_and_rate_limit(
    conventions: ModuleType, httpserver: HTTPServer, fresh_client: Callable[[], Any], mode: str
) -> None:
    for number, more in ((1, True), (2, False)):
        httpserver.expect_ordered_request("/v1/labels").respond_with_json(
            {"data": [label()], "has_more": more, "next_cursor": "n" if more else None},
            headers={"X-Request-Id": f"req_{number}", "X-RateLimit-Remaining": str(100 - number)},
        )

    walked = pages(conventions, mode, client=fresh_client())

    assert [page.request_id for page in walked] == ["req_1", "req_2"]
    assert [page.rate_limit.remaining for page in walked] == [99, 98]
    assert [len(page.body.data) for page in walked] == [1, 1]


def test_a_cursor_that_repeats_ends_the_walk_with_an_error_instead_of_a_loop(
    conventions: ModuleType, httpserver: HTTPServer, fresh_client: Callable[[], Any], mode: str
) -> None:
    httpserver.expect_request("/v1/labels").respond_with_json(
        {"data": [label()], "has_more": True, "next_cursor": "same"}
    )

    with pytest.raises(conventions.errors.ResponseValidationError, match="next_cursor repeats"):
        items(conventions, mode, client=fresh_client())

    assert len(httpserver.log) == 2


def test_an_empty_listing_is_one_request_and_no_items(
    conventions: ModuleType, httpserver: HTTPServer, fresh_client: Callable[[], Any], mode: str
) -> None:
    httpserver.expect_request("/v1/labels").respond_with_json(
        {"data": [], "has_more": False, "next_cursor": None}
    )

    assert items(conventions, mode, client=fresh_client()) == []
    assert len(httpserver.log) == 1


def test_operations_without_the_convention_get_no_iterator(conventions: ModuleType) -> None:
    for name in ("create_label", "delete_label", "rename_label", "send_text_message"):
        module = op(conventions, name)
        assert not hasattr(module, "iterate"), name
        assert not hasattr(module, "pages"), name


def test_the_accounts_listing_is_not_paginated() -> None:
    from kirim_chat.api.accounts import list_accounts

    assert not hasattr(list_accounts, "iterate")
    assert not hasattr(list_accounts, "aiterate")
    assert not hasattr(list_accounts, "pages")


def test_a_detailed_call_still_takes_the_cursor(
    conventions: ModuleType, httpserver: HTTPServer, client: Any, call: Caller
) -> None:
    httpserver.expect_request("/v1/labels", query_string="cursor=c%2F9").respond_with_json(
        {"data": [], "has_more": False}
    )

    page = call.detailed(op(conventions, "list_labels"), client=client, cursor="c/9")

    assert page.body.data == []
