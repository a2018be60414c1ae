from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json

T = TypeVar("T", bound="ConversationAssignee")


@_attrs_define
class ConversationAssignee:
    """The team member a conversation is assigned to."""

    id: str
    """ Kirim id of the user, `usr_` followed by 26 Crockford base32 characters. """
    name: None | str
    """ The user's name, when known. """
    email: None | str
    """ The user's email address, when known. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["email"] = self.email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict
            if type(src_dict) is dict
            else _json.json_object(src_dict, "ConversationAssignee")
        )
        try:
            r_id = src["id"]
        except KeyError:
            raise _json.missing("ConversationAssignee", "id") from None
        if not (type(r_id) is str or isinstance(r_id, str)):
            raise _json.wrong_type("ConversationAssignee.id", "string", r_id)

        f_id = r_id

        try:
            r_name = src["name"]
        except KeyError:
            raise _json.missing("ConversationAssignee", "name") from None
        if not (type(r_name) is str or r_name is None or isinstance(r_name, str)):
            raise _json.wrong_type("ConversationAssignee.name", "string or null", r_name)

        f_name = r_name

        try:
            r_email = src["email"]
        except KeyError:
            raise _json.missing("ConversationAssignee", "email") from None
        if not (type(r_email) is str or r_email is None or isinstance(r_email, str)):
            raise _json.wrong_type("ConversationAssignee.email", "string or null", r_email)

        f_email = r_email

        instance = cls(
            f_id,
            f_name,
            f_email,
        )

        if len(src) > 3:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "id",
                    "name",
                    "email",
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
            "name",
            "email",
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
            "name",
            "email",
        ):
            raise TypeError(
                f"{key!r} is a required field of ConversationAssignee; it cannot be deleted"
            )
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: ConversationAssignee) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
