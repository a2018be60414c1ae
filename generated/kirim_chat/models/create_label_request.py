from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json
from ..models.label_color import LabelColor
from ..types import UNSET

T = TypeVar("T", bound="CreateLabelRequest")


@_attrs_define
class CreateLabelRequest:
    """The label to create."""

    name: str
    """ 1 to 50 characters, unique within the team. """
    team_id: str | None = None
    """ The team the label belongs to, 1 to 64 characters. Required when the organisation
    has several teams; with a single team it may be left out.
     """
    color: LabelColor | None = None
    """ The label colours the vendor lists. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["name"] = self.name
        if self.team_id is not None:
            field_dict["team_id"] = self.team_id
        if self.color is not None:
            field_dict["color"] = LabelColor(self.color).value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict
            if type(src_dict) is dict
            else _json.json_object(src_dict, "CreateLabelRequest")
        )
        try:
            r_name = src["name"]
        except KeyError:
            raise _json.missing("CreateLabelRequest", "name") from None
        if not (type(r_name) is str or isinstance(r_name, str)):
            raise _json.wrong_type("CreateLabelRequest.name", "string", r_name)

        f_name = r_name

        r_team_id = src.get("team_id", UNSET)
        f_team_id: str | None
        if r_team_id is UNSET:
            f_team_id = None
        else:
            if not (type(r_team_id) is str or isinstance(r_team_id, str)):
                raise _json.wrong_type("CreateLabelRequest.team_id", "string", r_team_id)

            f_team_id = r_team_id

        r_color = src.get("color", UNSET)
        f_color: LabelColor | None
        if r_color is UNSET:
            f_color = None
        else:
            if not (type(r_color) is str or isinstance(r_color, str)):
                raise _json.wrong_type("CreateLabelRequest.color", "string", r_color)

            try:
                f_color = LabelColor(r_color)
            except ValueError:
                raise _json.wrong_value(
                    "CreateLabelRequest.color",
                    "one of gray, red, orange, amber, yellow, lime, green, emerald, teal, sky, blue, violet, pink",
                    r_color,
                ) from None

        instance = cls(
            f_name,
            f_team_id,
            f_color,
        )

        return instance
