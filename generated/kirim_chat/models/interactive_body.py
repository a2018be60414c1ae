from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json

T = TypeVar("T", bound="InteractiveBody")


@_attrs_define
class InteractiveBody:
    """The main text of an interactive message."""

    text: str
    """ 1 to 1,024 characters. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["text"] = self.text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "InteractiveBody")
        try:
            r_text = src["text"]
        except KeyError:
            raise _json.missing("InteractiveBody", "text") from None
        if not (type(r_text) is str or isinstance(r_text, str)):
            raise _json.wrong_type("InteractiveBody.text", "string", r_text)

        f_text = r_text

        instance = cls(
            f_text,
        )

        return instance
