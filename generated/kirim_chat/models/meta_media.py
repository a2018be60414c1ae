from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="MetaMedia")


@_attrs_define
class MetaMedia:
    """An image the customer sent."""

    id: str
    """ Meta's id of the media. """
    mime_type: str | None = None
    """ The media's MIME type. """
    sha256: str | None = None
    """ The SHA-256 of the media's bytes. """
    caption: str | None = None
    """ The caption the customer wrote, when any. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        if self.mime_type is not None:
            field_dict["mime_type"] = self.mime_type
        if self.sha256 is not None:
            field_dict["sha256"] = self.sha256
        if self.caption is not None:
            field_dict["caption"] = self.caption

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MetaMedia")
        present = 1
        try:
            r_id = src["id"]
        except KeyError:
            raise _json.missing("MetaMedia", "id") from None
        if not (type(r_id) is str or isinstance(r_id, str)):
            raise _json.wrong_type("MetaMedia.id", "string", r_id)

        f_id = r_id

        r_mime_type = src.get("mime_type", UNSET)
        f_mime_type: str | None
        if r_mime_type is UNSET:
            f_mime_type = None
        else:
            present += 1
            if not (type(r_mime_type) is str or isinstance(r_mime_type, str)):
                raise _json.wrong_type("MetaMedia.mime_type", "string", r_mime_type)

            f_mime_type = r_mime_type

        r_sha256 = src.get("sha256", UNSET)
        f_sha256: str | None
        if r_sha256 is UNSET:
            f_sha256 = None
        else:
            present += 1
            if not (type(r_sha256) is str or isinstance(r_sha256, str)):
                raise _json.wrong_type("MetaMedia.sha256", "string", r_sha256)

            f_sha256 = r_sha256

        r_caption = src.get("caption", UNSET)
        f_caption: str | None
        if r_caption is UNSET:
            f_caption = None
        else:
            present += 1
            if not (type(r_caption) is str or isinstance(r_caption, str)):
                raise _json.wrong_type("MetaMedia.caption", "string", r_caption)

            f_caption = r_caption

        instance = cls(
            f_id,
            f_mime_type,
            f_sha256,
            f_caption,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "id",
                    "mime_type",
                    "sha256",
                    "caption",
                }
            }
            instance.additional_properties = extra
        return instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    @staticmethod
    def _is_declared(key: str) -> bool:
        return key in (
            "id",
            "mime_type",
            "sha256",
            "caption",
        )

    def __getitem__(self, key: str) -> Any:
        if key in self.additional_properties:
            return self.additional_properties[key]
        if not self._is_declared(key):
            raise KeyError(key)
        # The field's JSON value, as it read when it was an extra field; an optional field that
        # was not received is absent from to_dict(), hence a KeyError like any missing key.
        return self.to_dict()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if not self._is_declared(key):
            self.additional_properties[key] = value
            return
        # A JSON value for a declared field is checked and converted as from_dict does it.
        self._become(type(self).from_dict({**self.to_dict(), key: value}))

    def __delitem__(self, key: str) -> None:
        if not self._is_declared(key):
            del self.additional_properties[key]
            return
        if key not in self:
            raise KeyError(key)
        if key in ("id",):
            raise TypeError(f"{key!r} is a required field of MetaMedia; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: MetaMedia) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
