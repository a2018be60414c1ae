from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="MessageReaction")


@_attrs_define
class MessageReaction:
    """An emoji reaction to an earlier message."""

    target_message_id: str | None = None
    """ The message reacted to. """
    emoji: str | None = None
    """ The emoji; empty when the customer removed the reaction. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.target_message_id is not None:
            field_dict["target_message_id"] = self.target_message_id
        if self.emoji is not None:
            field_dict["emoji"] = self.emoji

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MessageReaction")
        present = 0
        r_target_message_id = src.get("target_message_id", UNSET)
        f_target_message_id: str | None
        if r_target_message_id is UNSET:
            f_target_message_id = None
        else:
            present += 1
            if not (type(r_target_message_id) is str or isinstance(r_target_message_id, str)):
                raise _json.wrong_type(
                    "MessageReaction.target_message_id", "string", r_target_message_id
                )

            f_target_message_id = r_target_message_id

        r_emoji = src.get("emoji", UNSET)
        f_emoji: str | None
        if r_emoji is UNSET:
            f_emoji = None
        else:
            present += 1
            if not (type(r_emoji) is str or isinstance(r_emoji, str)):
                raise _json.wrong_type("MessageReaction.emoji", "string", r_emoji)

            f_emoji = r_emoji

        instance = cls(
            f_target_message_id,
            f_emoji,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "target_message_id",
                    "emoji",
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
            "target_message_id",
            "emoji",
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

    def _become(self, other: MessageReaction) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
