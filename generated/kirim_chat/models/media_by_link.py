from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="MediaByLink")


@_attrs_define
class MediaByLink:
    """Media WhatsApp fetches from a public HTTPS URL."""

    link: str
    """ Public HTTPS URL of the file, served with the right Content-Type. Images: JPG or
    PNG up to 5 MB; videos: MP4 (H.264 and AAC) or 3GPP up to 16 MB, with an audio
    track.
     """
    caption: str | None = None
    """ Text shown under the media, up to 1,024 characters. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["link"] = self.link
        if self.caption is not None:
            field_dict["caption"] = self.caption

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MediaByLink")
        try:
            r_link = src["link"]
        except KeyError:
            raise _json.missing("MediaByLink", "link") from None
        if not (type(r_link) is str or isinstance(r_link, str)):
            raise _json.wrong_type("MediaByLink.link", "string", r_link)

        f_link = r_link

        r_caption = src.get("caption", UNSET)
        f_caption: str | None
        if r_caption is UNSET:
            f_caption = None
        else:
            if not (type(r_caption) is str or isinstance(r_caption, str)):
                raise _json.wrong_type("MediaByLink.caption", "string", r_caption)

            f_caption = r_caption

        instance = cls(
            f_link,
            f_caption,
        )

        return instance
