from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="MetaContact")


@_attrs_define
class MetaContact:
    """A customer who wrote."""

    profile: MetaProfile | None = None
    """ A customer's WhatsApp profile. """
    wa_id: str | None = None
    """ The customer's WhatsApp id, their number in digits. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.profile is not None:
            field_dict["profile"] = self.profile.to_dict()
        if self.wa_id is not None:
            field_dict["wa_id"] = self.wa_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MetaContact")
        present = 0
        r_profile = src.get("profile", UNSET)
        f_profile: MetaProfile | None
        if r_profile is UNSET:
            f_profile = None
        else:
            present += 1
            if not (type(r_profile) is dict or isinstance(r_profile, Mapping)):
                raise _json.wrong_type("MetaContact.profile", "object", r_profile)

            try:
                f_profile = MetaProfile.from_dict(r_profile)
            except _json.SchemaMismatch as exc:
                raise _json.within("MetaContact.profile", exc) from exc

        r_wa_id = src.get("wa_id", UNSET)
        f_wa_id: str | None
        if r_wa_id is UNSET:
            f_wa_id = None
        else:
            present += 1
            if not (type(r_wa_id) is str or isinstance(r_wa_id, str)):
                raise _json.wrong_type("MetaContact.wa_id", "string", r_wa_id)

            f_wa_id = r_wa_id

        instance = cls(
            f_profile,
            f_wa_id,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "profile",
                    "wa_id",
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
            "profile",
            "wa_id",
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
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: MetaContact) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# The models this one holds: imported after the class, so that models holding each other
# import in any order, and once rather than on every call.
from ..models.meta_profile import MetaProfile  # noqa: E402
