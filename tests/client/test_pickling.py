"""Errors that travel: every exception class copies and pickles with all its attributes, so a
typed error raised in a worker process (multiprocessing, celery) reaches the caller intact."""

import copy
import importlib
import inspect
import multiprocessing
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

from tests.support.specs import REQUEST_ID, WidgetsApi, error_body

# Everything an error may carry; each example below is compared on those it has.
ATTRIBUTES = (
    "args",
    "status_code",
    "type",
    "code",
    "message",
    "param",
    "request_id",
    "headers",
    "body",
    "retry_after",
    "rate_limit",
    "reason",
    "timestamp",
    "age",
    "tolerance",
)
HEADERS = {
    "X-Request-Id": REQUEST_ID,
    "X-RateLimit-Limit": "600",
    "X-RateLimit-Remaining": "0",
    "X-RateLimit-Reset": "1767225660",
    "Retry-After": "30",
}


def _examples(errors: Any) -> list[BaseException]:
    """One instance of every exception class, with every attribute it has set."""
    headers = httpx.Headers(HEADERS)
    request = httpx.Request("GET", "https://api.widgets.invalid/v1/widgets")
    statuses = [400, 401, 403, 404, 409, 418, 422, 429, 500, 520]
    body = error_body("some_error", "some_code", "Something specific.")
    body["error"]["param"] = "status"
    encoded = httpx.Response(200, json=body).content
    return [
        *(errors.status_error(status, headers, encoded, lambda: 0.0) for status in statuses),
        errors.connection_error(request, httpx.ConnectError("refused", request=request)),
        errors.connection_error(request, httpx.ReadTimeout("timed out", request=request)),
        errors.ResponseValidationError(
            "Widget.size: expected integer, got string",
            status_code=200,
            headers=headers,
            body=b'{"size": "big"}',
        ),
        errors.KirimError("plain"),
        errors.InvalidArgumentError("timeout must be a positive number of seconds"),
        errors.InvalidArgumentTypeError("timeout must be a number of seconds, got str"),
        errors.ClientClosedError("This AuthenticatedClient was closed"),
        errors.WebhookError("a delivery that must not be processed"),
        errors.MalformedSignatureHeaderError("the X-Kirim-Signature header is empty"),
        errors.InvalidSignatureError("no v1 signature of the delivery matches"),
        errors.SignatureExpiredError(timestamp=1716480000, age=-400.0, tolerance=300.0),
        errors.MalformedPayloadError("the body is not JSON"),
    ]


def _state(error: BaseException) -> dict[str, Any]:
    return {
        "class": type(error),
        "str": str(error),
        **{name: getattr(error, name) for name in ATTRIBUTES if hasattr(error, name)},
    }


def test_the_examples_cover_every_exception_class(api: WidgetsApi) -> None:
    classes = {
        value
        for value in vars(api.errors).values()
        if inspect.isclass(value) and issubclass(value, BaseException)
    }
    assert {type(error) for error in _examples(api.errors)} == classes - {
        api.package._json.SchemaMismatch  # internal to parsing, never raised to callers
    }


@pytest.mark.parametrize(
    "duplicate",
    [copy.copy, copy.deepcopy, lambda error: pickle.loads(pickle.dumps(error))],  # noqa: S301 (our own bytes),
    ids=["copy", "deepcopy", "pickle"],
)
def test_every_error_copies_and_pickles_with_all_its_attributes(
    api: WidgetsApi, duplicate: Callable[[BaseException], BaseException]
) -> None:
    for error in _examples(api.errors):
        twin = duplicate(error)

        assert twin is not error
        assert _state(twin) == _state(error)


def test_a_rate_limit_error_keeps_retry_after_and_rate_limit(api: WidgetsApi) -> None:
    error = api.errors.status_error(429, httpx.Headers(HEADERS), b"", lambda: 0.0)

    twin = pickle.loads(pickle.dumps(error))  # noqa: S301 (our own bytes)

    assert (twin.retry_after, twin.rate_limit.remaining, twin.rate_limit.reset) == (
        30.0,
        0,
        1767225660,
    )


def _list_widgets_in_worker(package_name: str, base_url: str) -> None:
    """Runs in a child process: a call that fails with AuthenticationError there."""
    package = importlib.import_module(package_name)
    operation = importlib.import_module(f"{package_name}.api.widgets.list_widgets")
    client = package.AuthenticatedClient(base_url=base_url, token="sk-worker-key-0001")
    operation.sync(client=client)


def test_an_error_raised_in_a_process_pool_worker_reaches_the_caller_typed(
    api: WidgetsApi, httpserver: HTTPServer
) -> None:
    body = error_body("authentication_error", "expired_api_key", "This API key has expired.")
    httpserver.expect_request("/v1/widgets").respond_with_json(
        body, status=401, headers={"X-Request-Id": "req_worker"}
    )
    # spawn, not fork: forking a process that runs the test server's threads is unsafe (and
    # Python 3.12 warns about it).
    context = multiprocessing.get_context("spawn")

    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        future = pool.submit(_list_widgets_in_worker, api.name, httpserver.url_for("/v1"))
        with pytest.raises(api.errors.AuthenticationError) as raised:
            future.result(timeout=60)

    error = raised.value
    assert (error.status_code, error.code, error.message, error.request_id) == (
        401,
        "expired_api_key",
        "This API key has expired.",
        "req_worker",
    )
    assert error.headers["x-request-id"] == "req_worker"
    assert error.body == httpserver.log[0][1].get_data()
