from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json

T = TypeVar("T", bound="ListSection")


@_attrs_define
class ListSection:
    """A titled group of rows."""

    title: str
    """ Up to 24 characters. """
    rows: list[ListRow]
    """ The rows; at most 10 across all sections of the message. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["title"] = self.title
        field_dict["rows"] = [item0.to_dict() for item0 in self.rows]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "ListSection")
        try:
            r_title = src["title"]
        except KeyError:
            raise _json.missing("ListSection", "title") from None
        if not (type(r_title) is str or isinstance(r_title, str)):
            raise _json.wrong_type("ListSection.title", "string", r_title)

        f_title = r_title

        try:
            r_rows = src["rows"]
        except KeyError:
            raise _json.missing("ListSection", "rows") from None
        if not (type(r_rows) is list or isinstance(r_rows, list)):
            raise _json.wrong_type("ListSection.rows", "array", r_rows)

        f_rows__list: list[ListRow] = []
        for f_rows__item_data in r_rows:
            if not (type(f_rows__item_data) is dict or isinstance(f_rows__item_data, Mapping)):
                raise _json.wrong_type(
                    f"ListSection.rows[{len(f_rows__list)}]", "object", f_rows__item_data
                )

            try:
                f_rows__item = ListRow.from_dict(f_rows__item_data)
            except _json.SchemaMismatch as exc:
                raise _json.within(f"ListSection.rows[{len(f_rows__list)}]", exc) from exc

            f_rows__list.append(f_rows__item)
        f_rows = f_rows__list

        instance = cls(
            f_title,
            f_rows,
        )

        return instance


# Imported below the class: models may refer to each other in a cycle.
from ..models.list_row import ListRow  # noqa: E402
