"""The small types generated code imports: UNSET for absent optional values, File for uploads,
Response for detailed calls."""

import io

import httpx

from tests.support.specs import WidgetsApi


def test_unset_is_falsy_and_reads_as_unset(api: WidgetsApi) -> None:
    types = api.package.types

    assert not types.UNSET
    assert bool(types.UNSET) is False
    assert repr(types.UNSET) == "UNSET"
    assert isinstance(types.UNSET, types.Unset)


def test_a_file_becomes_the_tuple_httpx_sends(api: WidgetsApi) -> None:
    payload = io.BytesIO(b"data")

    upload = api.package.types.File(payload=payload, file_name="a.txt", mime_type="text/plain")

    assert upload.to_tuple() == ("a.txt", payload, "text/plain")
    assert api.package.types.File(payload=payload).to_tuple() == (None, payload, None)


def test_responses_of_the_same_reply_are_equal_whichever_clock_dated_them(api: WidgetsApi) -> None:
    def response(now: float, content: bytes = b"{}") -> object:
        headers = httpx.Headers({"Retry-After": "Wed, 25 Nov 2026 12:00:00 GMT"})
        return api.package.types.Response(
            status_code=429, content=content, headers=headers, parsed=None, now=lambda: now
        )

    assert response(now=0.0) == response(now=1.0)
    assert response(now=0.0) != response(now=0.0, content=b"[]")


def test_an_error_status_starts_at_400(api: WidgetsApi) -> None:
    def error(status: int) -> object:
        return api.package.types.Response(
            status_code=status, content=b"", headers=httpx.Headers(), parsed=None
        ).error

    assert error(399) is None
    assert isinstance(error(400), api.errors.ApiStatusError)
