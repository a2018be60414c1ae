from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="MessageLocation")


@_attrs_define
class MessageLocation:
    """A location the customer shared."""

    latitude: float
    """ Degrees north. """
    longitude: float
    """ Degrees east. """
    name: str | None = None
    """ Name of the place, when given. """
    address: str | None = None
    """ Address of the place, when given. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["latitude"] = self.latitude
        field_dict["longitude"] = self.longitude
        if self.name is not None:
            field_dict["name"] = self.name
        if self.address is not None:
            field_dict["address"] = self.address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MessageLocation")
        present = 2
        try:
            r_latitude = src["latitude"]
        except KeyError:
            raise _json.missing("MessageLocation", "latitude") from None
        if not (
            type(r_latitude) is float
            or type(r_latitude) is int
            or (isinstance(r_latitude, (int, float)) and not isinstance(r_latitude, bool))
        ):
            raise _json.wrong_type("MessageLocation.latitude", "number", r_latitude)

        f_latitude = r_latitude

        try:
            r_longitude = src["longitude"]
        except KeyError:
            raise _json.missing("MessageLocation", "longitude") from None
        if not (
            type(r_longitude) is float
            or type(r_longitude) is int
            or (isinstance(r_longitude, (int, float)) and not isinstance(r_longitude, bool))
        ):
            raise _json.wrong_type("MessageLocation.longitude", "number", r_longitude)

        f_longitude = r_longitude

        r_name = src.get("name", UNSET)
        f_name: str | None
        if r_name is UNSET:
            f_name = None
        else:
            present += 1
            if not (type(r_name) is str or isinstance(r_name, str)):
                raise _json.wrong_type("MessageLocation.name", "string", r_name)

            f_name = r_name

        r_address = src.get("address", UNSET)
        f_address: str | None
        if r_address is UNSET:
            f_address = None
        else:
            present += 1
            if not (type(r_address) is str or isinstance(r_address, str)):
                raise _json.wrong_type("MessageLocation.address", "string", r_address)

            f_address = r_address

        instance = cls(
            f_latitude,
            f_longitude,
            f_name,
            f_address,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "latitude",
                    "longitude",
                    "name",
                    "address",
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
            "latitude",
            "longitude",
            "name",
            "address",
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
            "latitude",
            "longitude",
        ):
            raise TypeError(f"{key!r} is a required field of MessageLocation; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: MessageLocation) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
