from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="MetaRecipient")


@_attrs_define
class MetaRecipient:
    """The connected number the change concerns."""

    phone_number_id: str
    """ Meta's id of the connected number (digits only): the `phone_number_id` to reply or
    fetch media with.
     """
    display_phone_number: str | None = None
    """ The number, in digits. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["phone_number_id"] = self.phone_number_id
        if self.display_phone_number is not None:
            field_dict["display_phone_number"] = self.display_phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MetaRecipient")
        present = 1
        try:
            r_phone_number_id = src["phone_number_id"]
        except KeyError:
            raise _json.missing("MetaRecipient", "phone_number_id") from None
        if not (type(r_phone_number_id) is str or isinstance(r_phone_number_id, str)):
            raise _json.wrong_type("MetaRecipient.phone_number_id", "string", r_phone_number_id)

        f_phone_number_id = r_phone_number_id

        r_display_phone_number = src.get("display_phone_number", UNSET)
        f_display_phone_number: str | None
        if r_display_phone_number is UNSET:
            f_display_phone_number = None
        else:
            present += 1
            if not (type(r_display_phone_number) is str or isinstance(r_display_phone_number, str)):
                raise _json.wrong_type(
                    "MetaRecipient.display_phone_number", "string", r_display_phone_number
                )

            f_display_phone_number = r_display_phone_number

        instance = cls(
            f_phone_number_id,
            f_display_phone_number,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "phone_number_id",
                    "display_phone_number",
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
            "phone_number_id",
            "display_phone_number",
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
        if key in ("phone_number_id",):
            raise TypeError(f"{key!r} is a required field of MetaRecipient; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: MetaRecipient) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
