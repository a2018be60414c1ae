from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define

from .. import _json

T = TypeVar("T", bound="TypingIndicator")


@_attrs_define
class TypingIndicator:
    """Shows the sender a typing bubble along with the read receipt."""

    type_: Literal["text"] = "text"
    """ Always `text`. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["type"] = self.type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "TypingIndicator")
        try:
            r_type_ = src["type"]
        except KeyError:
            raise _json.missing("TypingIndicator", "type") from None
        if r_type_ != "text":
            raise _json.wrong_value("TypingIndicator.type", "'text'", r_type_)
        f_type_ = r_type_

        instance = cls(
            f_type_,
        )

        return instance
