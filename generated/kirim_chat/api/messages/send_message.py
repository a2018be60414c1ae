import json
import re
from typing import Any
from urllib.parse import quote

import httpx

from ... import _arguments, errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client, RequestOptions
from ...models.audio_message_request import AudioMessageRequest
from ...models.document_message_request import DocumentMessageRequest
from ...models.image_message_request import ImageMessageRequest
from ...models.interactive_message_request import InteractiveMessageRequest
from ...models.message_envelope import MessageEnvelope
from ...models.read_receipt_request import ReadReceiptRequest
from ...models.template_message_request import TemplateMessageRequest
from ...models.text_message_request import TextMessageRequest
from ...models.video_message_request import VideoMessageRequest
from ...types import Response

_PHONE_NUMBER_ID_PATTERN = re.compile("^\\d{6,20}$", re.ASCII)


def _get_kwargs(
    phone_number_id: str,
    *,
    body: AudioMessageRequest
    | DocumentMessageRequest
    | ImageMessageRequest
    | InteractiveMessageRequest
    | ReadReceiptRequest
    | TemplateMessageRequest
    | TextMessageRequest
    | VideoMessageRequest,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    _arguments.text(
        phone_number_id, "phone_number_id", pattern=_PHONE_NUMBER_ID_PATTERN, max_length=20
    )

    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = _arguments.idempotency_key(idempotency_key)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{phone_number_id}/messages".format(
            phone_number_id=quote(str(phone_number_id), safe=""),
        ),
    }

    _kwargs["json"] = _arguments.model_json(
        body,
        (
            TextMessageRequest,
            ImageMessageRequest,
            DocumentMessageRequest,
            VideoMessageRequest,
            AudioMessageRequest,
            TemplateMessageRequest,
            InteractiveMessageRequest,
            ReadReceiptRequest,
        ),
    )

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    return f"status {status_code} is not documented for send_message"


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
    *,
    client: AuthenticatedClient,
    body: AudioMessageRequest
    | DocumentMessageRequest
    | ImageMessageRequest
    | InteractiveMessageRequest
    | ReadReceiptRequest
    | TemplateMessageRequest
    | TextMessageRequest
    | VideoMessageRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> Response[MessageEnvelope]:
    """Send a WhatsApp message, or mark an inbound one as read

    One endpoint for two jobs, told apart by the body, as in Meta's WhatsApp Cloud API:

    * **Send**: a body with a `type` (`text`, `image`, `document`, `video`, `audio`,
      `template` or `interactive`) sends a message from the account in the path to `to`.
      Media go by `link` (a public HTTPS URL WhatsApp fetches) or by `id` (media uploaded
      to Meta beforehand), never both; Kirim has no upload endpoint. There is no `from`
      field: the sender is `{phone_number_id}`. Add `context.message_id` to reply to an
      earlier message. The send is acknowledged at once with `status: pending`; delivery
      happens afterwards, and a message Meta later refuses ends up `failed` with an
      `error` (read it back with `getMessage`, or follow the `message.status` webhook).
    * **Read receipt**: a body with `status: read` and the `message_id` (wamid) of an
      inbound message turns the sender's ticks blue; `typing_indicator` also shows a typing
      bubble, which WhatsApp hides after about 25 seconds or at the next outbound message.
      Marking a message already read answers the same 200 again without calling Meta.

    Calls count against the write rate-limit bucket. Pass an `Idempotency-Key` so that a
    retried send cannot be delivered twice.

    The vendor's pages print no success status; the current failed-sends guide says a send
    answers 200 (an older copy says 202), and this document uses 200. The reference page
    is cut after the text variant: the other variants come from the sending guides, the
    error statuses from the failed-sends and mark-as-read guides and from the API's
    idempotency conventions (409 and 422).

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        body (AudioMessageRequest | DocumentMessageRequest | ImageMessageRequest |
            InteractiveMessageRequest | ReadReceiptRequest | TemplateMessageRequest |
            TextMessageRequest | VideoMessageRequest): What to send: one of the outbound variants,
            told apart by `type`, or a read receipt, told apart by `status: read`. The variants accept
            only the fields the vendor's pages document (see the document description); template
            components are forwarded to Meta as they are.
        idempotency_key (str | None): Makes retrying this write safe: the server acts on a key
            once and answers a repeat with its first answer. None (the default) sends a new
            random key per call, the same on every automatic retry; pass your own (1 to 255
            characters) to make a call you repeat yourself idempotent too.
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
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: AudioMessageRequest
    | DocumentMessageRequest
    | ImageMessageRequest
    | InteractiveMessageRequest
    | ReadReceiptRequest
    | TemplateMessageRequest
    | TextMessageRequest
    | VideoMessageRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> MessageEnvelope:
    """Send a WhatsApp message, or mark an inbound one as read

    One endpoint for two jobs, told apart by the body, as in Meta's WhatsApp Cloud API:

    * **Send**: a body with a `type` (`text`, `image`, `document`, `video`, `audio`,
      `template` or `interactive`) sends a message from the account in the path to `to`.
      Media go by `link` (a public HTTPS URL WhatsApp fetches) or by `id` (media uploaded
      to Meta beforehand), never both; Kirim has no upload endpoint. There is no `from`
      field: the sender is `{phone_number_id}`. Add `context.message_id` to reply to an
      earlier message. The send is acknowledged at once with `status: pending`; delivery
      happens afterwards, and a message Meta later refuses ends up `failed` with an
      `error` (read it back with `getMessage`, or follow the `message.status` webhook).
    * **Read receipt**: a body with `status: read` and the `message_id` (wamid) of an
      inbound message turns the sender's ticks blue; `typing_indicator` also shows a typing
      bubble, which WhatsApp hides after about 25 seconds or at the next outbound message.
      Marking a message already read answers the same 200 again without calling Meta.

    Calls count against the write rate-limit bucket. Pass an `Idempotency-Key` so that a
    retried send cannot be delivered twice.

    The vendor's pages print no success status; the current failed-sends guide says a send
    answers 200 (an older copy says 202), and this document uses 200. The reference page
    is cut after the text variant: the other variants come from the sending guides, the
    error statuses from the failed-sends and mark-as-read guides and from the API's
    idempotency conventions (409 and 422).

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        body (AudioMessageRequest | DocumentMessageRequest | ImageMessageRequest |
            InteractiveMessageRequest | ReadReceiptRequest | TemplateMessageRequest |
            TextMessageRequest | VideoMessageRequest): What to send: one of the outbound variants,
            told apart by `type`, or a read receipt, told apart by `status: read`. The variants accept
            only the fields the vendor's pages document (see the document description); template
            components are forwarded to Meta as they are.
        idempotency_key (str | None): Makes retrying this write safe: the server acts on a key
            once and answers a repeat with its first answer. None (the default) sends a new
            random key per call, the same on every automatic retry; pass your own (1 to 255
            characters) to make a call you repeat yourself idempotent too.
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
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        request_options=request_options,
    ).body


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: AudioMessageRequest
    | DocumentMessageRequest
    | ImageMessageRequest
    | InteractiveMessageRequest
    | ReadReceiptRequest
    | TemplateMessageRequest
    | TextMessageRequest
    | VideoMessageRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> Response[MessageEnvelope]:
    """Send a WhatsApp message, or mark an inbound one as read

    One endpoint for two jobs, told apart by the body, as in Meta's WhatsApp Cloud API:

    * **Send**: a body with a `type` (`text`, `image`, `document`, `video`, `audio`,
      `template` or `interactive`) sends a message from the account in the path to `to`.
      Media go by `link` (a public HTTPS URL WhatsApp fetches) or by `id` (media uploaded
      to Meta beforehand), never both; Kirim has no upload endpoint. There is no `from`
      field: the sender is `{phone_number_id}`. Add `context.message_id` to reply to an
      earlier message. The send is acknowledged at once with `status: pending`; delivery
      happens afterwards, and a message Meta later refuses ends up `failed` with an
      `error` (read it back with `getMessage`, or follow the `message.status` webhook).
    * **Read receipt**: a body with `status: read` and the `message_id` (wamid) of an
      inbound message turns the sender's ticks blue; `typing_indicator` also shows a typing
      bubble, which WhatsApp hides after about 25 seconds or at the next outbound message.
      Marking a message already read answers the same 200 again without calling Meta.

    Calls count against the write rate-limit bucket. Pass an `Idempotency-Key` so that a
    retried send cannot be delivered twice.

    The vendor's pages print no success status; the current failed-sends guide says a send
    answers 200 (an older copy says 202), and this document uses 200. The reference page
    is cut after the text variant: the other variants come from the sending guides, the
    error statuses from the failed-sends and mark-as-read guides and from the API's
    idempotency conventions (409 and 422).

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        body (AudioMessageRequest | DocumentMessageRequest | ImageMessageRequest |
            InteractiveMessageRequest | ReadReceiptRequest | TemplateMessageRequest |
            TextMessageRequest | VideoMessageRequest): What to send: one of the outbound variants,
            told apart by `type`, or a read receipt, told apart by `status: read`. The variants accept
            only the fields the vendor's pages document (see the document description); template
            components are forwarded to Meta as they are.
        idempotency_key (str | None): Makes retrying this write safe: the server acts on a key
            once and answers a repeat with its first answer. None (the default) sends a new
            random key per call, the same on every automatic retry; pass your own (1 to 255
            characters) to make a call you repeat yourself idempotent too.
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
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.request_async(**kwargs, request_options=request_options)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: AudioMessageRequest
    | DocumentMessageRequest
    | ImageMessageRequest
    | InteractiveMessageRequest
    | ReadReceiptRequest
    | TemplateMessageRequest
    | TextMessageRequest
    | VideoMessageRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> MessageEnvelope:
    """Send a WhatsApp message, or mark an inbound one as read

    One endpoint for two jobs, told apart by the body, as in Meta's WhatsApp Cloud API:

    * **Send**: a body with a `type` (`text`, `image`, `document`, `video`, `audio`,
      `template` or `interactive`) sends a message from the account in the path to `to`.
      Media go by `link` (a public HTTPS URL WhatsApp fetches) or by `id` (media uploaded
      to Meta beforehand), never both; Kirim has no upload endpoint. There is no `from`
      field: the sender is `{phone_number_id}`. Add `context.message_id` to reply to an
      earlier message. The send is acknowledged at once with `status: pending`; delivery
      happens afterwards, and a message Meta later refuses ends up `failed` with an
      `error` (read it back with `getMessage`, or follow the `message.status` webhook).
    * **Read receipt**: a body with `status: read` and the `message_id` (wamid) of an
      inbound message turns the sender's ticks blue; `typing_indicator` also shows a typing
      bubble, which WhatsApp hides after about 25 seconds or at the next outbound message.
      Marking a message already read answers the same 200 again without calling Meta.

    Calls count against the write rate-limit bucket. Pass an `Idempotency-Key` so that a
    retried send cannot be delivered twice.

    The vendor's pages print no success status; the current failed-sends guide says a send
    answers 200 (an older copy says 202), and this document uses 200. The reference page
    is cut after the text variant: the other variants come from the sending guides, the
    error statuses from the failed-sends and mark-as-read guides and from the API's
    idempotency conventions (409 and 422).

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        body (AudioMessageRequest | DocumentMessageRequest | ImageMessageRequest |
            InteractiveMessageRequest | ReadReceiptRequest | TemplateMessageRequest |
            TextMessageRequest | VideoMessageRequest): What to send: one of the outbound variants,
            told apart by `type`, or a read receipt, told apart by `status: read`. The variants accept
            only the fields the vendor's pages document (see the document description); template
            components are forwarded to Meta as they are.
        idempotency_key (str | None): Makes retrying this write safe: the server acts on a key
            once and answers a repeat with its first answer. None (the default) sends a new
            random key per call, the same on every automatic retry; pass your own (1 to 255
            characters) to make a call you repeat yourself idempotent too.
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
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            request_options=request_options,
        )
    ).body
