from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="AssigneeChange")


@_attrs_define
class AssigneeChange:
    """Who a conversation is assigned to now, and who it was assigned to before."""

    user_id: None | str
    """ The user it is assigned to now, `usr_` followed by 26 Crockford base32 characters.
    Null is accepted too, though no page shows an unassignment.
     """
    team_id: str | None = None
    """ The team of the assignment. """
    previous_user_id: None | str = None
    """ The user it was assigned to before; null on its first assignment. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)
    # The optional fields that arrived as an explicit null (they read as None like absent ones),
    # so that to_dict() gives back exactly what was received.
    _null_keys: tuple[str, ...] = _attrs_field(
        kw_only=True, default=(), repr=False, eq=False, alias="_null_keys"
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["user_id"] = self.user_id
        if self.team_id is not None:
            field_dict["team_id"] = self.team_id
        if self.previous_user_id is not None or "previous_user_id" in self._null_keys:
            field_dict["previous_user_id"] = self.previous_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "AssigneeChange")
        present = 1
        nulls: list[str] = []
        try:
            r_user_id = src["user_id"]
        except KeyError:
            raise _json.missing("AssigneeChange", "user_id") from None
        if not (type(r_user_id) is str or r_user_id is None or isinstance(r_user_id, str)):
            raise _json.wrong_type("AssigneeChange.user_id", "string or null", r_user_id)

        f_user_id = r_user_id

        r_team_id = src.get("team_id", UNSET)
        f_team_id: str | None
        if r_team_id is UNSET:
            f_team_id = None
        else:
            present += 1
            if not (type(r_team_id) is str or isinstance(r_team_id, str)):
                raise _json.wrong_type("AssigneeChange.team_id", "string", r_team_id)

            f_team_id = r_team_id

        r_previous_user_id = src.get("previous_user_id", UNSET)
        f_previous_user_id: None | str
        if r_previous_user_id is UNSET:
            f_previous_user_id = None
        else:
            present += 1
            if r_previous_user_id is None:
                nulls.append("previous_user_id")
            if not (
                type(r_previous_user_id) is str
                or r_previous_user_id is None
                or isinstance(r_previous_user_id, str)
            ):
                raise _json.wrong_type(
                    "AssigneeChange.previous_user_id", "string or null", r_previous_user_id
                )

            f_previous_user_id = r_previous_user_id

        instance = cls(
            f_user_id,
            f_team_id,
            f_previous_user_id,
        )

        if nulls:
            instance._null_keys = tuple(nulls)
        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "user_id",
                    "team_id",
                    "previous_user_id",
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
            "user_id",
            "team_id",
            "previous_user_id",
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
        if key in ("user_id",):
            raise TypeError(f"{key!r} is a required field of AssigneeChange; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: AssigneeChange) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
