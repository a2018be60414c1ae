from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json

T = TypeVar("T", bound="CtaUrlParameters")


@_attrs_define
class CtaUrlParameters:
    """The button's label and target."""

    display_text: str
    """ The button label, 1 to 20 characters. """
    url: str
    """ The HTTPS URL the button opens. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["display_text"] = self.display_text
        field_dict["url"] = self.url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict if type(src_dict) is dict else _json.json_object(src_dict, "CtaUrlParameters")
        )
        try:
            r_display_text = src["display_text"]
        except KeyError:
            raise _json.missing("CtaUrlParameters", "display_text") from None
        if not (type(r_display_text) is str or isinstance(r_display_text, str)):
            raise _json.wrong_type("CtaUrlParameters.display_text", "string", r_display_text)

        f_display_text = r_display_text

        try:
            r_url = src["url"]
        except KeyError:
            raise _json.missing("CtaUrlParameters", "url") from None
        if not (type(r_url) is str or isinstance(r_url, str)):
            raise _json.wrong_type("CtaUrlParameters.url", "string", r_url)

        f_url = r_url

        instance = cls(
            f_display_text,
            f_url,
        )

        return instance
