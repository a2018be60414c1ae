from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="MediaById")


@_attrs_define
class MediaById:
    """Media already uploaded to Meta (see Meta's documentation); Kirim itself has no upload
    endpoint.

    """

    id: str
    """ Meta's id of the uploaded media. """
    caption: str | None = None
    """ Text shown under the media, up to 1,024 characters. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["id"] = self.id
        if self.caption is not None:
            field_dict["caption"] = self.caption

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MediaById")
        try:
            r_id = src["id"]
        except KeyError:
            raise _json.missing("MediaById", "id") from None
        if not (type(r_id) is str or isinstance(r_id, str)):
            raise _json.wrong_type("MediaById.id", "string", r_id)

        f_id = r_id

        r_caption = src.get("caption", UNSET)
        f_caption: str | None
        if r_caption is UNSET:
            f_caption = None
        else:
            if not (type(r_caption) is str or isinstance(r_caption, str)):
                raise _json.wrong_type("MediaById.caption", "string", r_caption)

            f_caption = r_caption

        instance = cls(
            f_id,
            f_caption,
        )

        return instance
