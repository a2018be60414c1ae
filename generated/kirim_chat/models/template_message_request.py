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

T = TypeVar("T", bound="TemplateMessageRequest")


@_attrs_define
class TemplateMessageRequest:
    """Sends an approved template, which works outside the 24-hour window."""

    to: str
    """ The recipient's phone number in E.164 form, with the leading `+`. """
    template: TemplateContent
    """ Which approved template to send, and the values to fill in. """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    type_: Literal["template"] = "template"
    """ Always `template` for this variant. """
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
        field_dict["template"] = self.template.to_dict()
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
            else _json.json_object(src_dict, "TemplateMessageRequest")
        )
        try:
            r_messaging_product = src["messaging_product"]
        except KeyError:
            raise _json.missing("TemplateMessageRequest", "messaging_product") from None
        if r_messaging_product != "whatsapp":
            raise _json.wrong_value(
                "TemplateMessageRequest.messaging_product", "'whatsapp'", r_messaging_product
            )
        f_messaging_product = r_messaging_product

        try:
            r_to = src["to"]
        except KeyError:
            raise _json.missing("TemplateMessageRequest", "to") from None
        if not (type(r_to) is str or isinstance(r_to, str)):
            raise _json.wrong_type("TemplateMessageRequest.to", "string", r_to)

        f_to = r_to

        try:
            r_type_ = src["type"]
        except KeyError:
            raise _json.missing("TemplateMessageRequest", "type") from None
        if r_type_ != "template":
            raise _json.wrong_value("TemplateMessageRequest.type", "'template'", r_type_)
        f_type_ = r_type_

        try:
            r_template = src["template"]
        except KeyError:
            raise _json.missing("TemplateMessageRequest", "template") from None
        if not (type(r_template) is dict or isinstance(r_template, Mapping)):
            raise _json.wrong_type("TemplateMessageRequest.template", "object", r_template)

        try:
            f_template = TemplateContent.from_dict(r_template)
        except _json.SchemaMismatch as exc:
            raise _json.within("TemplateMessageRequest.template", exc) from exc

        r_recipient_type = src.get("recipient_type", UNSET)
        f_recipient_type: Literal["individual"] | None
        if r_recipient_type is UNSET:
            f_recipient_type = None
        else:
            if r_recipient_type != "individual":
                raise _json.wrong_value(
                    "TemplateMessageRequest.recipient_type", "'individual'", r_recipient_type
                )
            f_recipient_type = r_recipient_type

        r_context = src.get("context", UNSET)
        f_context: ReplyContext | None
        if r_context is UNSET:
            f_context = None
        else:
            if not (type(r_context) is dict or isinstance(r_context, Mapping)):
                raise _json.wrong_type("TemplateMessageRequest.context", "object", r_context)

            try:
                f_context = ReplyContext.from_dict(r_context)
            except _json.SchemaMismatch as exc:
                raise _json.within("TemplateMessageRequest.context", exc) from exc

        instance = cls(
            f_to,
            f_template,
            f_messaging_product,
            f_type_,
            f_recipient_type,
            f_context,
        )

        return instance


# Imported below the class: models may refer to each other in a cycle.
from ..models.reply_context import ReplyContext  # noqa: E402
from ..models.template_content import TemplateContent  # noqa: E402
