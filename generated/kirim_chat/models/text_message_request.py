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

T = TypeVar("T", bound="TextMessageRequest")


@_attrs_define
class TextMessageRequest:
    """Sends a text message."""

    to: str
    """ The recipient's phone number in E.164 form, with the leading `+`. """
    text: TextContent
    """ The text of a text message. """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    type_: Literal["text"] = "text"
    """ Always `text` for this variant. """
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
        field_dict["text"] = self.text.to_dict()
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
            else _json.json_object(src_dict, "TextMessageRequest")
        )
        try:
            r_messaging_product = src["messaging_product"]
        except KeyError:
            raise _json.missing("TextMessageRequest", "messaging_product") from None
        if r_messaging_product != "whatsapp":
            raise _json.wrong_value(
                "TextMessageRequest.messaging_product", "'whatsapp'", r_messaging_product
            )
        f_messaging_product = r_messaging_product

        try:
            r_to = src["to"]
        except KeyError:
            raise _json.missing("TextMessageRequest", "to") from None
        if not (type(r_to) is str or isinstance(r_to, str)):
            raise _json.wrong_type("TextMessageRequest.to", "string", r_to)

        f_to = r_to

        try:
            r_type_ = src["type"]
        except KeyError:
            raise _json.missing("TextMessageRequest", "type") from None
        if r_type_ != "text":
            raise _json.wrong_value("TextMessageRequest.type", "'text'", r_type_)
        f_type_ = r_type_

        try:
            r_text = src["text"]
        except KeyError:
            raise _json.missing("TextMessageRequest", "text") from None
        if not (type(r_text) is dict or isinstance(r_text, Mapping)):
            raise _json.wrong_type("TextMessageRequest.text", "object", r_text)

        try:
            f_text = TextContent.from_dict(r_text)
        except _json.SchemaMismatch as exc:
            raise _json.within("TextMessageRequest.text", exc) from exc

        r_recipient_type = src.get("recipient_type", UNSET)
        f_recipient_type: Literal["individual"] | None
        if r_recipient_type is UNSET:
            f_recipient_type = None
        else:
            if r_recipient_type != "individual":
                raise _json.wrong_value(
                    "TextMessageRequest.recipient_type", "'individual'", r_recipient_type
                )
            f_recipient_type = r_recipient_type

        r_context = src.get("context", UNSET)
        f_context: ReplyContext | None
        if r_context is UNSET:
            f_context = None
        else:
            if not (type(r_context) is dict or isinstance(r_context, Mapping)):
                raise _json.wrong_type("TextMessageRequest.context", "object", r_context)

            try:
                f_context = ReplyContext.from_dict(r_context)
            except _json.SchemaMismatch as exc:
                raise _json.within("TextMessageRequest.context", exc) from exc

        instance = cls(
            f_to,
            f_text,
            f_messaging_product,
            f_type_,
            f_recipient_type,
            f_context,
        )

        return instance


# Imported below the class: models may refer to each other in a cycle.
from ..models.reply_context import ReplyContext  # noqa: E402
from ..models.text_content import TextContent  # noqa: E402
