from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_status import AccountStatus
from ..types import json_object, open_enum, pop_required

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """A WhatsApp Business phone number connected to the organisation."""

    object_: Literal["account"]
    """ Resource type tag, always `account`. """
    phone_number_id: None | str
    """ Meta's WhatsApp Business phone number id, digits only (usually 15 to 17). It is the
    sender id in path-scoped endpoints. Null while onboarding has not finished.
     """
    phone_number: None | str
    """ The phone number in E.164 form. """
    name: None | str
    """ Display name of the account. Null until one is set. """
    status: AccountStatus | str
    """ Lifecycle state. Only `connected` accounts can send. This is an open set: values
    other than the named ones may appear and must be kept, not rejected.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        phone_number_id: None | str
        phone_number_id = self.phone_number_id

        phone_number: None | str
        phone_number = self.phone_number

        name: None | str
        name = self.name

        status: str
        if isinstance(self.status, AccountStatus):
            status = AccountStatus(self.status).value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "phone_number_id": phone_number_id,
                "phone_number": phone_number,
                "name": name,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = json_object(src_dict, "Account")
        object_ = cast("Literal['account']", pop_required(d, "Account", "object", "string"))
        if object_ != "account":
            raise ValueError(f"object must match const 'account', got '{object_}'")

        phone_number_id = cast(
            "None | str", pop_required(d, "Account", "phone_number_id", "string|null")
        )

        phone_number = cast("None | str", pop_required(d, "Account", "phone_number", "string|null"))

        name = cast("None | str", pop_required(d, "Account", "name", "string|null"))

        status = open_enum(AccountStatus, pop_required(d, "Account", "status", "string|string"))

        account = cls(
            object_=object_,
            phone_number_id=phone_number_id,
            phone_number=phone_number,
            name=name,
            status=status,
        )

        account.additional_properties = d
        return account

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
