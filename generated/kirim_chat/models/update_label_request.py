from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json
from ..models.label_color import LabelColor
from ..types import UNSET

T = TypeVar("T", bound="UpdateLabelRequest")


@_attrs_define
class UpdateLabelRequest:
    """The changes to make; fields left out keep their value."""

    name: str | None = None
    """ The new name, 1 to 50 characters, unique within the team. """
    color: LabelColor | None = None
    """ The label colours the vendor lists. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        if self.name is not None:
            field_dict["name"] = self.name
        if self.color is not None:
            field_dict["color"] = LabelColor(self.color).value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict
            if type(src_dict) is dict
            else _json.json_object(src_dict, "UpdateLabelRequest")
        )
        r_name = src.get("name", UNSET)
        f_name: str | None
        if r_name is UNSET:
            f_name = None
        else:
            if not (type(r_name) is str or isinstance(r_name, str)):
                raise _json.wrong_type("UpdateLabelRequest.name", "string", r_name)

            f_name = r_name

        r_color = src.get("color", UNSET)
        f_color: LabelColor | None
        if r_color is UNSET:
            f_color = None
        else:
            if not (type(r_color) is str or isinstance(r_color, str)):
                raise _json.wrong_type("UpdateLabelRequest.color", "string", r_color)

            try:
                f_color = LabelColor(r_color)
            except ValueError:
                raise _json.wrong_value(
                    "UpdateLabelRequest.color",
                    "one of gray, red, orange, amber, yellow, lime, green, emerald, teal, sky, blue, violet, pink",
                    r_color,
                ) from None

        instance = cls(
            f_name,
            f_color,
        )

        return instance
