from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json

T = TypeVar("T", bound="ReplyContext")


@_attrs_define
class ReplyContext:
    """Makes the message a reply: WhatsApp shows it quoting the earlier message. Documented in
    the OpenAPI document shipped with the vendor's SDK (3.8).

    """

    message_id: str
    """ Meta's id of a WhatsApp message (a "wamid"), as webhooks deliver it: `wamid.` followed
    by an opaque string.
     """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["message_id"] = self.message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "ReplyContext")
        try:
            r_message_id = src["message_id"]
        except KeyError:
            raise _json.missing("ReplyContext", "message_id") from None
        if not (type(r_message_id) is str or isinstance(r_message_id, str)):
            raise _json.wrong_type("ReplyContext.message_id", "string", r_message_id)

        f_message_id = r_message_id

        instance = cls(
            f_message_id,
        )

        return instance
