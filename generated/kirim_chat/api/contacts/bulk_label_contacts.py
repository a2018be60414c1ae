import json
import re
from typing import Any
from urllib.parse import quote

import httpx

from ... import _arguments, errors
from ..._json import PARSE_ERRORS
from ...client import AuthenticatedClient, Client, RequestOptions
from ...models.bulk_label_request import BulkLabelRequest
from ...models.bulk_label_result_envelope import BulkLabelResultEnvelope
from ...types import Response

_PHONE_NUMBER_ID_PATTERN = re.compile("^\\d{6,20}$", re.ASCII)


def _get_kwargs(
    phone_number_id: str,
    *,
    body: BulkLabelRequest,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    _arguments.text(
        phone_number_id, "phone_number_id", pattern=_PHONE_NUMBER_ID_PATTERN, max_length=20
    )

    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = _arguments.idempotency_key(idempotency_key)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{phone_number_id}/contacts/bulk_label".format(
            phone_number_id=quote(str(phone_number_id), safe=""),
        ),
    }

    _kwargs["json"] = _arguments.model_json(body, (BulkLabelRequest,))

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkLabelResultEnvelope | None:
    """The body of a documented success status in its model; ResponseValidationError when it
    does not match. None for any other status."""
    if response.status_code == 200:
        try:
            response_200 = BulkLabelResultEnvelope.from_dict(json.loads(response.content))

            return response_200

        except PARSE_ERRORS as exc:
            raise errors.invalid_body(response, exc) from exc

    return None


def _undocumented(status_code: int) -> str | None:
    """Why a success status the spec does not list cannot give a body; None otherwise."""
    if status_code >= 400 or 200 <= status_code <= 200:
        return None
    return f"status {status_code} is not documented for bulk_label_contacts"


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkLabelResultEnvelope]:
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
    body: BulkLabelRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> Response[BulkLabelResultEnvelope]:
    """Attach or detach a label on many contacts

    Attaches a label to, or detaches it from, up to 1,000 contacts in one transaction.
    Contacts of another organisation, or of a team other than the label's, are skipped
    without failing the request; the answer counts them.

    The current reference page shows the request only as code samples. The limit of 1,000
    contacts and the answer come from the older copy of the page; the values of
    `operation` are those its title names. The success status follows this document's
    convention (200), the error statuses the older page's sections and the API's
    conventions, with 409 and 422 for idempotency keys. Calls count against the write
    bucket.

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        body (BulkLabelRequest): Which label to attach or detach, on which contacts.
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
        Response[BulkLabelResultEnvelope]: The final response whatever its status:
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
    body: BulkLabelRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> BulkLabelResultEnvelope:
    """Attach or detach a label on many contacts

    Attaches a label to, or detaches it from, up to 1,000 contacts in one transaction.
    Contacts of another organisation, or of a team other than the label's, are skipped
    without failing the request; the answer counts them.

    The current reference page shows the request only as code samples. The limit of 1,000
    contacts and the answer come from the older copy of the page; the values of
    `operation` are those its title names. The success status follows this document's
    convention (200), the error statuses the older page's sections and the API's
    conventions, with 409 and 422 for idempotency keys. Calls count against the write
    bucket.

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        body (BulkLabelRequest): Which label to attach or detach, on which contacts.
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
        BulkLabelResultEnvelope
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
    body: BulkLabelRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> Response[BulkLabelResultEnvelope]:
    """Attach or detach a label on many contacts

    Attaches a label to, or detaches it from, up to 1,000 contacts in one transaction.
    Contacts of another organisation, or of a team other than the label's, are skipped
    without failing the request; the answer counts them.

    The current reference page shows the request only as code samples. The limit of 1,000
    contacts and the answer come from the older copy of the page; the values of
    `operation` are those its title names. The success status follows this document's
    convention (200), the error statuses the older page's sections and the API's
    conventions, with 409 and 422 for idempotency keys. Calls count against the write
    bucket.

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        body (BulkLabelRequest): Which label to attach or detach, on which contacts.
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
        Response[BulkLabelResultEnvelope]: The final response whatever its status:
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
    body: BulkLabelRequest,
    idempotency_key: str | None = None,
    request_options: RequestOptions | None = None,
) -> BulkLabelResultEnvelope:
    """Attach or detach a label on many contacts

    Attaches a label to, or detaches it from, up to 1,000 contacts in one transaction.
    Contacts of another organisation, or of a team other than the label's, are skipped
    without failing the request; the answer counts them.

    The current reference page shows the request only as code samples. The limit of 1,000
    contacts and the answer come from the older copy of the page; the values of
    `operation` are those its title names. The success status follows this document's
    convention (200), the error statuses the older page's sections and the API's
    conventions, with 409 and 422 for idempotency keys. Calls count against the write
    bucket.

    Args:
        phone_number_id (str): Meta's WhatsApp Business phone number id of the connected account
            that sends, or owns, the resource: digits only. Each account in `GET /accounts` gives it
            as `phone_number_id`.
        body (BulkLabelRequest): Which label to attach or detach, on which contacts.
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
        BulkLabelResultEnvelope
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
