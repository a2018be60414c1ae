from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define

from .. import _json

T = TypeVar("T", bound="ListHeader")


@_attrs_define
class ListHeader:
    """An optional text header above a list message."""

    text: str
    """ 1 to 60 characters. """
    type_: Literal["text"] = "text"
    """ Always `text`; list headers are text only. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["type"] = self.type_
        field_dict["text"] = self.text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "ListHeader")
        try:
            r_type_ = src["type"]
        except KeyError:
            raise _json.missing("ListHeader", "type") from None
        if r_type_ != "text":
            raise _json.wrong_value("ListHeader.type", "'text'", r_type_)
        f_type_ = r_type_

        try:
            r_text = src["text"]
        except KeyError:
            raise _json.missing("ListHeader", "text") from None
        if not (type(r_text) is str or isinstance(r_text, str)):
            raise _json.wrong_type("ListHeader.text", "string", r_text)

        f_text = r_text

        instance = cls(
            f_text,
            f_type_,
        )

        return instance
