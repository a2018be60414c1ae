from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json

T = TypeVar("T", bound="BulkLabelResult")


@_attrs_define
class BulkLabelResult:
    """The outcome of a bulk label change."""

    applied: int
    """ Contacts the change was applied to. """
    skipped_cross_org: int
    """ Contacts skipped because they belong to another organisation. """
    skipped_team_mismatch: int
    """ Contacts skipped because they belong to a team other than the label's. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["applied"] = self.applied
        field_dict["skipped_cross_org"] = self.skipped_cross_org
        field_dict["skipped_team_mismatch"] = self.skipped_team_mismatch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "BulkLabelResult")
        try:
            r_applied = src["applied"]
        except KeyError:
            raise _json.missing("BulkLabelResult", "applied") from None
        if not (
            type(r_applied) is int
            or (isinstance(r_applied, int) and not isinstance(r_applied, bool))
        ):
            raise _json.wrong_type("BulkLabelResult.applied", "integer", r_applied)

        f_applied = r_applied

        try:
            r_skipped_cross_org = src["skipped_cross_org"]
        except KeyError:
            raise _json.missing("BulkLabelResult", "skipped_cross_org") from None
        if not (
            type(r_skipped_cross_org) is int
            or (isinstance(r_skipped_cross_org, int) and not isinstance(r_skipped_cross_org, bool))
        ):
            raise _json.wrong_type(
                "BulkLabelResult.skipped_cross_org", "integer", r_skipped_cross_org
            )

        f_skipped_cross_org = r_skipped_cross_org

        try:
            r_skipped_team_mismatch = src["skipped_team_mismatch"]
        except KeyError:
            raise _json.missing("BulkLabelResult", "skipped_team_mismatch") from None
        if not (
            type(r_skipped_team_mismatch) is int
            or (
                isinstance(r_skipped_team_mismatch, int)
                and not isinstance(r_skipped_team_mismatch, bool)
            )
        ):
            raise _json.wrong_type(
                "BulkLabelResult.skipped_team_mismatch", "integer", r_skipped_team_mismatch
            )

        f_skipped_team_mismatch = r_skipped_team_mismatch

        instance = cls(
            f_applied,
            f_skipped_cross_org,
            f_skipped_team_mismatch,
        )

        if len(src) > 3:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "applied",
                    "skipped_cross_org",
                    "skipped_team_mismatch",
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
            "applied",
            "skipped_cross_org",
            "skipped_team_mismatch",
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
            "applied",
            "skipped_cross_org",
            "skipped_team_mismatch",
        ):
            raise TypeError(f"{key!r} is a required field of BulkLabelResult; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: BulkLabelResult) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
