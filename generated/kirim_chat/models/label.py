from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..models.label_color import LabelColor
from ..types import UNSET

T = TypeVar("T", bound="Label")


@_attrs_define
class Label:
    """A coloured tag for contacts and conversations, belonging to a team."""

    id: str
    """ Kirim id of the label, `lbl_` followed by 26 Crockford base32 characters. """
    color: LabelColor | str
    """ The label's colour. An open set; unknown values are kept. """
    object_: Literal["label"] = "label"
    """ Resource type tag, always `label`. """
    name: str | None = None
    """ The label's name, unique within its team. """
    team_id: str | None = None
    """ The team the label belongs to. """
    created_at: datetime.datetime | None = None
    """ When the label was created. """
    updated_at: datetime.datetime | None = None
    """ When the label last changed. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["object"] = self.object_
        field_dict["color"] = (
            LabelColor(self.color).value if isinstance(self.color, LabelColor) else self.color
        )
        if self.name is not None:
            field_dict["name"] = self.name
        if self.team_id is not None:
            field_dict["team_id"] = self.team_id
        if self.created_at is not None:
            field_dict["created_at"] = _json.datetime_text(self.created_at)
        if self.updated_at is not None:
            field_dict["updated_at"] = _json.datetime_text(self.updated_at)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "Label")
        present = 3
        try:
            r_id = src["id"]
        except KeyError:
            raise _json.missing("Label", "id") from None
        if not (type(r_id) is str or isinstance(r_id, str)):
            raise _json.wrong_type("Label.id", "string", r_id)

        f_id = r_id

        try:
            r_object_ = src["object"]
        except KeyError:
            raise _json.missing("Label", "object") from None
        if r_object_ != "label":
            raise _json.wrong_value("Label.object", "'label'", r_object_)
        f_object_ = r_object_

        try:
            r_color = src["color"]
        except KeyError:
            raise _json.missing("Label", "color") from None
        if not (type(r_color) is str or isinstance(r_color, str)):
            raise _json.wrong_type("Label.color", "string", r_color)

        f_color = cast("LabelColor | str", LabelColor._value2member_map_.get(r_color, r_color))

        r_name = src.get("name", UNSET)
        f_name: str | None
        if r_name is UNSET:
            f_name = None
        else:
            present += 1
            if not (type(r_name) is str or isinstance(r_name, str)):
                raise _json.wrong_type("Label.name", "string", r_name)

            f_name = r_name

        r_team_id = src.get("team_id", UNSET)
        f_team_id: str | None
        if r_team_id is UNSET:
            f_team_id = None
        else:
            present += 1
            if not (type(r_team_id) is str or isinstance(r_team_id, str)):
                raise _json.wrong_type("Label.team_id", "string", r_team_id)

            f_team_id = r_team_id

        r_created_at = src.get("created_at", UNSET)
        f_created_at: datetime.datetime | None
        if r_created_at is UNSET:
            f_created_at = None
        else:
            present += 1
            if not (type(r_created_at) is str or isinstance(r_created_at, str)):
                raise _json.wrong_type("Label.created_at", "string", r_created_at)

            f_created_at = _json.parse_datetime(r_created_at, "Label.created_at")

        r_updated_at = src.get("updated_at", UNSET)
        f_updated_at: datetime.datetime | None
        if r_updated_at is UNSET:
            f_updated_at = None
        else:
            present += 1
            if not (type(r_updated_at) is str or isinstance(r_updated_at, str)):
                raise _json.wrong_type("Label.updated_at", "string", r_updated_at)

            f_updated_at = _json.parse_datetime(r_updated_at, "Label.updated_at")

        instance = cls(
            f_id,
            f_color,
            f_object_,
            f_name,
            f_team_id,
            f_created_at,
            f_updated_at,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "id",
                    "object",
                    "color",
                    "name",
                    "team_id",
                    "created_at",
                    "updated_at",
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
            "object",
            "color",
            "name",
            "team_id",
            "created_at",
            "updated_at",
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
        if key in (
            "id",
            "object",
            "color",
        ):
            raise TypeError(f"{key!r} is a required field of Label; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: Label) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
