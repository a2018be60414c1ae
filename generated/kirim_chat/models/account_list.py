from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, json_object, pop_optional, pop_required

if TYPE_CHECKING:
    from ..models.account import Account


T = TypeVar("T", bound="AccountList")


@_attrs_define
class AccountList:
    """The accounts matching the request, all in one response."""

    data: list[Account]
    """ The accounts, in no guaranteed order. """
    has_more: bool | Unset = UNSET
    """ Always false; the listing is not paginated. Optional, see the document description. """
    next_cursor: None | str | Unset = UNSET
    """ Always null; the listing is not paginated. Optional, see the document description. """
    request_id: str | Unset = UNSET
    """ Identifier of this request; equals the `X-Request-Id` header. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account import Account  # noqa: PLC0415

        d = json_object(src_dict, "AccountList")
        data = []
        _data = pop_required(d, "AccountList", "data", "array<object>")
        for data_item_data in _data:
            data_item = Account.from_dict(data_item_data)

            data.append(data_item)

        has_more = pop_optional(d, "AccountList", "has_more", "boolean")

        next_cursor = cast(
            "None | str | Unset", pop_optional(d, "AccountList", "next_cursor", "string|null")
        )

        request_id = pop_optional(d, "AccountList", "request_id", "string")

        account_list = cls(
            data=data,
            has_more=has_more,
            next_cursor=next_cursor,
            request_id=request_id,
        )

        account_list.additional_properties = d
        return account_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
