from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="DocumentMessageRequest")


@_attrs_define
class DocumentMessageRequest:
    """Sends a document."""

    to: str
    """ The recipient's phone number in E.164 form, with the leading `+`. """
    document: DocumentById | DocumentByLink
    """ A document, given by `link` or by `id`, never both. """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    type_: Literal["document"] = "document"
    """ Always `document` for this variant. """
    recipient_type: Literal["individual"] | None = None
    """ Always `individual` when given. """
    context: ReplyContext | None = None
    """ Makes the message a reply: WhatsApp shows it quoting the earlier message. Documented in
    the OpenAPI document shipped with the vendor's SDK (3.8).
     """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["messaging_product"] = self.messaging_product
        field_dict["to"] = self.to
        field_dict["type"] = self.type_
        field_dict["document"] = (
            self.document.to_dict()
            if isinstance(self.document, DocumentByLink)
            else self.document.to_dict()
            if isinstance(self.document, DocumentById)
            else self.document
        )
        if self.recipient_type is not None:
            field_dict["recipient_type"] = self.recipient_type
        if self.context is not None:
            field_dict["context"] = self.context.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict
            if type(src_dict) is dict
            else _json.json_object(src_dict, "DocumentMessageRequest")
        )
        try:
            r_messaging_product = src["messaging_product"]
        except KeyError:
            raise _json.missing("DocumentMessageRequest", "messaging_product") from None
        if r_messaging_product != "whatsapp":
            raise _json.wrong_value(
                "DocumentMessageRequest.messaging_product", "'whatsapp'", r_messaging_product
            )
        f_messaging_product = r_messaging_product

        try:
            r_to = src["to"]
        except KeyError:
            raise _json.missing("DocumentMessageRequest", "to") from None
        if not (type(r_to) is str or isinstance(r_to, str)):
            raise _json.wrong_type("DocumentMessageRequest.to", "string", r_to)

        f_to = r_to

        try:
            r_type_ = src["type"]
        except KeyError:
            raise _json.missing("DocumentMessageRequest", "type") from None
        if r_type_ != "document":
            raise _json.wrong_value("DocumentMessageRequest.type", "'document'", r_type_)
        f_type_ = r_type_

        try:
            r_document = src["document"]
        except KeyError:
            raise _json.missing("DocumentMessageRequest", "document") from None

        def _parse_f_document(data: object) -> DocumentById | DocumentByLink:
            _failures: list[str] = []
            if type(data) is dict or isinstance(data, Mapping):
                try:
                    if not (type(data) is dict or isinstance(data, Mapping)):
                        raise _json.wrong_type("DocumentMessageRequest.document", "object", data)

                    try:
                        parsed_0 = DocumentByLink.from_dict(data)
                    except _json.SchemaMismatch as exc:
                        raise _json.within("DocumentMessageRequest.document", exc) from exc

                    return parsed_0
                except _json.SchemaMismatch as exc:
                    _failures.append(str(exc))
            if type(data) is dict or isinstance(data, Mapping):
                try:
                    if not (type(data) is dict or isinstance(data, Mapping)):
                        raise _json.wrong_type("DocumentMessageRequest.document", "object", data)

                    try:
                        parsed_1 = DocumentById.from_dict(data)
                    except _json.SchemaMismatch as exc:
                        raise _json.within("DocumentMessageRequest.document", exc) from exc

                    return parsed_1
                except _json.SchemaMismatch as exc:
                    _failures.append(str(exc))
            _where = "DocumentMessageRequest.document"
            _detail = "; ".join(failure.removeprefix(_where + ": ") for failure in _failures)
            raise _json.within(
                _where,
                _json.SchemaMismatch(
                    "expected DocumentByLink or DocumentById, got "
                    + _json.json_type_name(data)
                    + (f" ({_detail})" if _detail else "")
                ),
            )

        f_document = _parse_f_document(r_document)

        r_recipient_type = src.get("recipient_type", UNSET)
        f_recipient_type: Literal["individual"] | None
        if r_recipient_type is UNSET:
            f_recipient_type = None
        else:
            if r_recipient_type != "individual":
                raise _json.wrong_value(
                    "DocumentMessageRequest.recipient_type", "'individual'", r_recipient_type
                )
            f_recipient_type = r_recipient_type

        r_context = src.get("context", UNSET)
        f_context: ReplyContext | None
        if r_context is UNSET:
            f_context = None
        else:
            if not (type(r_context) is dict or isinstance(r_context, Mapping)):
                raise _json.wrong_type("DocumentMessageRequest.context", "object", r_context)

            try:
                f_context = ReplyContext.from_dict(r_context)
            except _json.SchemaMismatch as exc:
                raise _json.within("DocumentMessageRequest.context", exc) from exc

        instance = cls(
            f_to,
            f_document,
            f_messaging_product,
            f_type_,
            f_recipient_type,
            f_context,
        )

        return instance


# Imported below the class: models may refer to each other in a cycle.
from ..models.document_by_id import DocumentById  # noqa: E402
from ..models.document_by_link import DocumentByLink  # noqa: E402
from ..models.reply_context import ReplyContext  # noqa: E402
