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

from .. import _json
from ..models.account_status import AccountStatus

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """A WhatsApp Business phone number connected to the organisation."""

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
    object_: Literal["account"] = "account"
    """ Resource type tag, always `account`. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["object"] = self.object_
        field_dict["phone_number_id"] = self.phone_number_id
        field_dict["phone_number"] = self.phone_number
        field_dict["name"] = self.name
        field_dict["status"] = (
            AccountStatus(self.status).value
            if isinstance(self.status, AccountStatus)
            else self.status
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "Account")
        try:
            r_object_ = src["object"]
        except KeyError:
            raise _json.missing("Account", "object") from None
        if r_object_ != "account":
            raise _json.wrong_value("Account.object", "'account'", r_object_)
        f_object_ = r_object_

        try:
            r_phone_number_id = src["phone_number_id"]
        except KeyError:
            raise _json.missing("Account", "phone_number_id") from None
        if not (
            type(r_phone_number_id) is str
            or r_phone_number_id is None
            or isinstance(r_phone_number_id, str)
        ):
            raise _json.wrong_type("Account.phone_number_id", "string or null", r_phone_number_id)

        f_phone_number_id = r_phone_number_id

        try:
            r_phone_number = src["phone_number"]
        except KeyError:
            raise _json.missing("Account", "phone_number") from None
        if not (
            type(r_phone_number) is str or r_phone_number is None or isinstance(r_phone_number, str)
        ):
            raise _json.wrong_type("Account.phone_number", "string or null", r_phone_number)

        f_phone_number = r_phone_number

        try:
            r_name = src["name"]
        except KeyError:
            raise _json.missing("Account", "name") from None
        if not (type(r_name) is str or r_name is None or isinstance(r_name, str)):
            raise _json.wrong_type("Account.name", "string or null", r_name)

        f_name = r_name

        try:
            r_status = src["status"]
        except KeyError:
            raise _json.missing("Account", "status") from None
        if not (type(r_status) is str or isinstance(r_status, str)):
            raise _json.wrong_type("Account.status", "string", r_status)

        f_status = cast(
            "AccountStatus | str", AccountStatus._value2member_map_.get(r_status, r_status)
        )

        instance = cls(
            f_phone_number_id,
            f_phone_number,
            f_name,
            f_status,
            f_object_,
        )

        if len(src) > 5:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "object",
                    "phone_number_id",
                    "phone_number",
                    "name",
                    "status",
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
            "object",
            "phone_number_id",
            "phone_number",
            "name",
            "status",
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
            "object",
            "phone_number_id",
            "phone_number",
            "name",
            "status",
        ):
            raise TypeError(f"{key!r} is a required field of Account; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: Account) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
