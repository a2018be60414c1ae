from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json

T = TypeVar("T", bound="MetaEntry")


@_attrs_define
class MetaEntry:
    """The changes of one WhatsApp Business Account."""

    id: str
    """ The WhatsApp Business Account's id. """
    changes: list[MetaChange]
    """ What changed. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["changes"] = [item0.to_dict() for item0 in self.changes]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MetaEntry")
        try:
            r_id = src["id"]
        except KeyError:
            raise _json.missing("MetaEntry", "id") from None
        if not (type(r_id) is str or isinstance(r_id, str)):
            raise _json.wrong_type("MetaEntry.id", "string", r_id)

        f_id = r_id

        try:
            r_changes = src["changes"]
        except KeyError:
            raise _json.missing("MetaEntry", "changes") from None
        if not (type(r_changes) is list or isinstance(r_changes, list)):
            raise _json.wrong_type("MetaEntry.changes", "array", r_changes)

        f_changes__list: list[MetaChange] = []
        for f_changes__item_data in r_changes:
            if not (
                type(f_changes__item_data) is dict or isinstance(f_changes__item_data, Mapping)
            ):
                raise _json.wrong_type(
                    f"MetaEntry.changes[{len(f_changes__list)}]", "object", f_changes__item_data
                )

            try:
                f_changes__item = MetaChange.from_dict(f_changes__item_data)
            except _json.SchemaMismatch as exc:
                raise _json.within(f"MetaEntry.changes[{len(f_changes__list)}]", exc) from exc

            f_changes__list.append(f_changes__item)
        f_changes = f_changes__list

        instance = cls(
            f_id,
            f_changes,
        )

        if len(src) > 2:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "id",
                    "changes",
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
            "changes",
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
            "changes",
        ):
            raise TypeError(f"{key!r} is a required field of MetaEntry; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: MetaEntry) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# The models this one holds: imported after the class, so that models holding each other
# import in any order, and once rather than on every call.
from ..models.meta_change import MetaChange  # noqa: E402
