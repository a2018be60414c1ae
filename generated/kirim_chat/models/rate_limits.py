from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json

T = TypeVar("T", bound="RateLimits")


@_attrs_define
class RateLimits:
    """The rate-limit tier of the organisation and its budgets per minute."""

    tier: str
    """ Name of the plan's rate-limit tier, such as the free default or Pro. """
    write_per_minute: int
    """ Capacity of the write bucket (POST, PUT, PATCH, DELETE), in requests per minute.
    The pages give no upper bound; the maximum here is the 32-bit range.
     """
    read_per_minute: int
    """ Capacity of the read bucket (GET, HEAD), in requests per minute. The pages give no
    upper bound; the maximum here is the 32-bit range.
     """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["tier"] = self.tier
        field_dict["write_per_minute"] = self.write_per_minute
        field_dict["read_per_minute"] = self.read_per_minute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "RateLimits")
        try:
            r_tier = src["tier"]
        except KeyError:
            raise _json.missing("RateLimits", "tier") from None
        if not (type(r_tier) is str or isinstance(r_tier, str)):
            raise _json.wrong_type("RateLimits.tier", "string", r_tier)

        f_tier = r_tier

        try:
            r_write_per_minute = src["write_per_minute"]
        except KeyError:
            raise _json.missing("RateLimits", "write_per_minute") from None
        if not (
            type(r_write_per_minute) is int
            or (isinstance(r_write_per_minute, int) and not isinstance(r_write_per_minute, bool))
        ):
            raise _json.wrong_type("RateLimits.write_per_minute", "integer", r_write_per_minute)

        f_write_per_minute = r_write_per_minute

        try:
            r_read_per_minute = src["read_per_minute"]
        except KeyError:
            raise _json.missing("RateLimits", "read_per_minute") from None
        if not (
            type(r_read_per_minute) is int
            or (isinstance(r_read_per_minute, int) and not isinstance(r_read_per_minute, bool))
        ):
            raise _json.wrong_type("RateLimits.read_per_minute", "integer", r_read_per_minute)

        f_read_per_minute = r_read_per_minute

        instance = cls(
            f_tier,
            f_write_per_minute,
            f_read_per_minute,
        )

        if len(src) > 3:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "tier",
                    "write_per_minute",
                    "read_per_minute",
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
            "tier",
            "write_per_minute",
            "read_per_minute",
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
            "tier",
            "write_per_minute",
            "read_per_minute",
        ):
            raise TypeError(f"{key!r} is a required field of RateLimits; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: RateLimits) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
