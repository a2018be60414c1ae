from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json

T = TypeVar("T", bound="ListAction")


@_attrs_define
class ListAction:
    """The button that opens the list, and the list."""

    button: str
    """ Label of the button that opens the list, 1 to 20 characters. """
    sections: list[ListSection]
    """ The sections; together they hold at most 10 rows. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["button"] = self.button
        field_dict["sections"] = [item0.to_dict() for item0 in self.sections]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "ListAction")
        try:
            r_button = src["button"]
        except KeyError:
            raise _json.missing("ListAction", "button") from None
        if not (type(r_button) is str or isinstance(r_button, str)):
            raise _json.wrong_type("ListAction.button", "string", r_button)

        f_button = r_button

        try:
            r_sections = src["sections"]
        except KeyError:
            raise _json.missing("ListAction", "sections") from None
        if not (type(r_sections) is list or isinstance(r_sections, list)):
            raise _json.wrong_type("ListAction.sections", "array", r_sections)

        f_sections__list: list[ListSection] = []
        for f_sections__item_data in r_sections:
            if not (
                type(f_sections__item_data) is dict or isinstance(f_sections__item_data, Mapping)
            ):
                raise _json.wrong_type(
                    f"ListAction.sections[{len(f_sections__list)}]", "object", f_sections__item_data
                )

            try:
                f_sections__item = ListSection.from_dict(f_sections__item_data)
            except _json.SchemaMismatch as exc:
                raise _json.within(f"ListAction.sections[{len(f_sections__list)}]", exc) from exc

            f_sections__list.append(f_sections__item)
        f_sections = f_sections__list

        instance = cls(
            f_button,
            f_sections,
        )

        return instance


# Imported below the class: models may refer to each other in a cycle.
from ..models.list_section import ListSection  # noqa: E402
