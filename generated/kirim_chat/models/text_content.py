from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="TextContent")


@_attrs_define
class TextContent:
    """The text of a text message."""

    body: str
    """ The text, 1 to 4,096 characters. """
    preview_url: bool | None = None
    """ Ask WhatsApp to show a preview of the first URL in `body`. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["body"] = self.body
        if self.preview_url is not None:
            field_dict["preview_url"] = self.preview_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "TextContent")
        try:
            r_body = src["body"]
        except KeyError:
            raise _json.missing("TextContent", "body") from None
        if not (type(r_body) is str or isinstance(r_body, str)):
            raise _json.wrong_type("TextContent.body", "string", r_body)

        f_body = r_body

        r_preview_url = src.get("preview_url", UNSET)
        f_preview_url: bool | None
        if r_preview_url is UNSET:
            f_preview_url = None
        else:
            if not (r_preview_url is True or r_preview_url is False):
                raise _json.wrong_type("TextContent.preview_url", "boolean", r_preview_url)

            f_preview_url = r_preview_url

        instance = cls(
            f_body,
            f_preview_url,
        )

        return instance
