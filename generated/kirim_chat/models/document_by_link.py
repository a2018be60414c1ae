from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="DocumentByLink")


@_attrs_define
class DocumentByLink:
    """A document WhatsApp fetches from a public HTTPS URL."""

    link: str
    """ Public HTTPS URL of the file, served with the right Content-Type. """
    caption: str | None = None
    """ Text shown under the document, up to 1,024 characters. """
    filename: str | None = None
    """ The file name the recipient sees. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["link"] = self.link
        if self.caption is not None:
            field_dict["caption"] = self.caption
        if self.filename is not None:
            field_dict["filename"] = self.filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "DocumentByLink")
        try:
            r_link = src["link"]
        except KeyError:
            raise _json.missing("DocumentByLink", "link") from None
        if not (type(r_link) is str or isinstance(r_link, str)):
            raise _json.wrong_type("DocumentByLink.link", "string", r_link)

        f_link = r_link

        r_caption = src.get("caption", UNSET)
        f_caption: str | None
        if r_caption is UNSET:
            f_caption = None
        else:
            if not (type(r_caption) is str or isinstance(r_caption, str)):
                raise _json.wrong_type("DocumentByLink.caption", "string", r_caption)

            f_caption = r_caption

        r_filename = src.get("filename", UNSET)
        f_filename: str | None
        if r_filename is UNSET:
            f_filename = None
        else:
            if not (type(r_filename) is str or isinstance(r_filename, str)):
                raise _json.wrong_type("DocumentByLink.filename", "string", r_filename)

            f_filename = r_filename

        instance = cls(
            f_link,
            f_caption,
            f_filename,
        )

        return instance
