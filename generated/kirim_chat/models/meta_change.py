from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json

T = TypeVar("T", bound="MetaChange")


@_attrs_define
class MetaChange:
    """One change, its kind and its content."""

    field: str
    """ The kind of change, `messages` for messages and their statuses. """
    value: MetaChangeValue
    """ The messages received, or the statuses of messages sent, by one connected number.
     """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["field"] = self.field
        field_dict["value"] = self.value.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MetaChange")
        try:
            r_field = src["field"]
        except KeyError:
            raise _json.missing("MetaChange", "field") from None
        if not (type(r_field) is str or isinstance(r_field, str)):
            raise _json.wrong_type("MetaChange.field", "string", r_field)

        f_field = r_field

        try:
            r_value = src["value"]
        except KeyError:
            raise _json.missing("MetaChange", "value") from None
        if not (type(r_value) is dict or isinstance(r_value, Mapping)):
            raise _json.wrong_type("MetaChange.value", "object", r_value)

        try:
            f_value = MetaChangeValue.from_dict(r_value)
        except _json.SchemaMismatch as exc:
            raise _json.within("MetaChange.value", exc) from exc

        instance = cls(
            f_field,
            f_value,
        )

        if len(src) > 2:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "field",
                    "value",
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
            "field",
            "value",
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
            "field",
            "value",
        ):
            raise TypeError(f"{key!r} is a required field of MetaChange; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: MetaChange) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# The models this one holds: imported after the class, so that models holding each other
# import in any order, and once rather than on every call.
from ..models.meta_change_value import MetaChangeValue  # noqa: E402
