from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="MetaConversation")


@_attrs_define
class MetaConversation:
    """Meta's conversation (its billing window) the message belongs to."""

    id: str | None = None
    """ Meta's id of the conversation. """
    origin: MetaConversationOrigin | None = None
    """ Who opened the conversation. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.origin is not None:
            field_dict["origin"] = self.origin.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MetaConversation")
        )
        present = 0
        r_id = src.get("id", UNSET)
        f_id: str | None
        if r_id is UNSET:
            f_id = None
        else:
            present += 1
            if not (type(r_id) is str or isinstance(r_id, str)):
                raise _json.wrong_type("MetaConversation.id", "string", r_id)

            f_id = r_id

        r_origin = src.get("origin", UNSET)
        f_origin: MetaConversationOrigin | None
        if r_origin is UNSET:
            f_origin = None
        else:
            present += 1
            if not (type(r_origin) is dict or isinstance(r_origin, Mapping)):
                raise _json.wrong_type("MetaConversation.origin", "object", r_origin)

            try:
                f_origin = MetaConversationOrigin.from_dict(r_origin)
            except _json.SchemaMismatch as exc:
                raise _json.within("MetaConversation.origin", exc) from exc

        instance = cls(
            f_id,
            f_origin,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "id",
                    "origin",
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
            "origin",
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

    def _become(self, other: MetaConversation) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# The models this one holds: imported after the class, so that models holding each other
# import in any order, and once rather than on every call.
from ..models.meta_conversation_origin import MetaConversationOrigin  # noqa: E402
