"""A loopback stand-in for the API for programs that run on their own (the README's snippets):
``kirim_chat.testing.FakeKirim`` behind an HTTP server on 127.0.0.1.

So every operation of the package's spec is answered as the package's own stand-in answers it:
its first success example with the examples of its documented headers (so ``rate_limit`` and
``request_id`` are set as the real API sets them), lists walked to their last page, and a
request the spec refuses answered with the API's 400, so that a snippet sending one fails.
An operation added to the spec is served without a change here.
"""

import re

import httpx
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from kirim_chat.testing import FakeKirim

# Set by the HTTP server for the body it sends.
_FRAMING = frozenset({"content-length", "transfer-encoding", "connection"})


def serve_examples(httpserver: HTTPServer) -> str:
    """Answer every request to ``httpserver`` as FakeKirim does; the base URL to use."""
    kirim = FakeKirim()
    kirim.close()  # its client is not used: requests arrive over HTTP

    def answer(request: Request) -> Response:
        response = kirim.handle(
            httpx.Request(
                request.method,
                request.url,
                headers=list(request.headers.items()),
                content=request.get_data(),
            )
        )
        headers = [(k, v) for k, v in response.headers.items() if k.lower() not in _FRAMING]
        return Response(response.content, status=response.status_code, headers=headers)

    httpserver.expect_request(re.compile(".*")).respond_with_handler(answer)
    base_path = httpx.URL(kirim.client.base_url).path
    return httpserver.url_for(base_path)
