from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="ListRow")


@_attrs_define
class ListRow:
    """One choice in a list."""

    id: str
    """ Your identifier of the row, 1 to 200 characters; WhatsApp sends it back when the
    customer picks the row.
     """
    title: str
    """ 1 to 24 characters. """
    description: str | None = None
    """ Up to 72 characters. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["id"] = self.id
        field_dict["title"] = self.title
        if self.description is not None:
            field_dict["description"] = self.description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "ListRow")
        try:
            r_id = src["id"]
        except KeyError:
            raise _json.missing("ListRow", "id") from None
        if not (type(r_id) is str or isinstance(r_id, str)):
            raise _json.wrong_type("ListRow.id", "string", r_id)

        f_id = r_id

        try:
            r_title = src["title"]
        except KeyError:
            raise _json.missing("ListRow", "title") from None
        if not (type(r_title) is str or isinstance(r_title, str)):
            raise _json.wrong_type("ListRow.title", "string", r_title)

        f_title = r_title

        r_description = src.get("description", UNSET)
        f_description: str | None
        if r_description is UNSET:
            f_description = None
        else:
            if not (type(r_description) is str or isinstance(r_description, str)):
                raise _json.wrong_type("ListRow.description", "string", r_description)

            f_description = r_description

        instance = cls(
            f_id,
            f_title,
            f_description,
        )

        return instance
