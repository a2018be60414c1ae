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

T = TypeVar("T", bound="ReadReceiptRequest")


@_attrs_define
class ReadReceiptRequest:
    """Marks an inbound message as read; only inbound messages can be marked."""

    message_id: str
    """ Meta's id of a WhatsApp message (a "wamid"), as webhooks deliver it: `wamid.` followed
    by an opaque string.
     """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    status: Literal["read"] = "read"
    """ Always `read` for a read receipt. """
    typing_indicator: TypingIndicator | None = None
    """ Shows the sender a typing bubble along with the read receipt. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["messaging_product"] = self.messaging_product
        field_dict["status"] = self.status
        field_dict["message_id"] = self.message_id
        if self.typing_indicator is not None:
            field_dict["typing_indicator"] = self.typing_indicator.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict
            if type(src_dict) is dict
            else _json.json_object(src_dict, "ReadReceiptRequest")
        )
        try:
            r_messaging_product = src["messaging_product"]
        except KeyError:
            raise _json.missing("ReadReceiptRequest", "messaging_product") from None
        if r_messaging_product != "whatsapp":
            raise _json.wrong_value(
                "ReadReceiptRequest.messaging_product", "'whatsapp'", r_messaging_product
            )
        f_messaging_product = r_messaging_product

        try:
            r_status = src["status"]
        except KeyError:
            raise _json.missing("ReadReceiptRequest", "status") from None
        if r_status != "read":
            raise _json.wrong_value("ReadReceiptRequest.status", "'read'", r_status)
        f_status = r_status

        try:
            r_message_id = src["message_id"]
        except KeyError:
            raise _json.missing("ReadReceiptRequest", "message_id") from None
        if not (type(r_message_id) is str or isinstance(r_message_id, str)):
            raise _json.wrong_type("ReadReceiptRequest.message_id", "string", r_message_id)

        f_message_id = r_message_id

        r_typing_indicator = src.get("typing_indicator", UNSET)
        f_typing_indicator: TypingIndicator | None
        if r_typing_indicator is UNSET:
            f_typing_indicator = None
        else:
            if not (type(r_typing_indicator) is dict or isinstance(r_typing_indicator, Mapping)):
                raise _json.wrong_type(
                    "ReadReceiptRequest.typing_indicator", "object", r_typing_indicator
                )

            try:
                f_typing_indicator = TypingIndicator.from_dict(r_typing_indicator)
            except _json.SchemaMismatch as exc:
                raise _json.within("ReadReceiptRequest.typing_indicator", exc) from exc

        instance = cls(
            f_message_id,
            f_messaging_product,
            f_status,
            f_typing_indicator,
        )

        return instance


# Imported below the class: models may refer to each other in a cycle.
from ..models.typing_indicator import TypingIndicator  # noqa: E402
