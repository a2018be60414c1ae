from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="ConversationClosedEvent")


@_attrs_define
class ConversationClosedEvent:
    """Kirim's envelope of `conversation.closed`."""

    id: str
    """ Kirim id of the event, `evt_` followed by 26 Crockford base32 characters; the delivery's
    `X-Kirim-Event-Id` repeats it. A retried delivery carries the same id.
     """
    created_at: datetime.datetime
    """ When the event happened. """
    data: ConversationClosure
    """ What `conversation.closed` carries. """
    type_: Literal["conversation.closed"] = "conversation.closed"
    """ Always `conversation.closed`. """
    livemode: bool | None = None
    """ False when a sandbox key caused the event. The older copy of the envelope has no such
    field, so it may be absent.
     """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type_
        field_dict["created_at"] = _json.datetime_text(self.created_at)
        field_dict["data"] = self.data.to_dict()
        if self.livemode is not None:
            field_dict["livemode"] = self.livemode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict
            if type(src_dict) is dict
            else _json.json_object(src_dict, "ConversationClosedEvent")
        )
        present = 4
        try:
            r_id = src["id"]
        except KeyError:
            raise _json.missing("ConversationClosedEvent", "id") from None
        if not (type(r_id) is str or isinstance(r_id, str)):
            raise _json.wrong_type("ConversationClosedEvent.id", "string", r_id)

        f_id = r_id

        try:
            r_type_ = src["type"]
        except KeyError:
            raise _json.missing("ConversationClosedEvent", "type") from None
        if r_type_ != "conversation.closed":
            raise _json.wrong_value(
                "ConversationClosedEvent.type", "'conversation.closed'", r_type_
            )
        f_type_ = r_type_

        try:
            r_created_at = src["created_at"]
        except KeyError:
            raise _json.missing("ConversationClosedEvent", "created_at") from None
        if not (type(r_created_at) is str or isinstance(r_created_at, str)):
            raise _json.wrong_type("ConversationClosedEvent.created_at", "string", r_created_at)

        f_created_at = _json.parse_datetime(r_created_at, "ConversationClosedEvent.created_at")

        try:
            r_data = src["data"]
        except KeyError:
            raise _json.missing("ConversationClosedEvent", "data") from None
        if not (type(r_data) is dict or isinstance(r_data, Mapping)):
            raise _json.wrong_type("ConversationClosedEvent.data", "object", r_data)

        try:
            f_data = ConversationClosure.from_dict(r_data)
        except _json.SchemaMismatch as exc:
            raise _json.within("ConversationClosedEvent.data", exc) from exc

        r_livemode = src.get("livemode", UNSET)
        f_livemode: bool | None
        if r_livemode is UNSET:
            f_livemode = None
        else:
            present += 1
            if not (r_livemode is True or r_livemode is False):
                raise _json.wrong_type("ConversationClosedEvent.livemode", "boolean", r_livemode)

            f_livemode = r_livemode

        instance = cls(
            f_id,
            f_created_at,
            f_data,
            f_type_,
            f_livemode,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "id",
                    "type",
                    "created_at",
                    "data",
                    "livemode",
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
            "type",
            "created_at",
            "data",
            "livemode",
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
            "type",
            "created_at",
            "data",
        ):
            raise TypeError(
                f"{key!r} is a required field of ConversationClosedEvent; it cannot be deleted"
            )
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: ConversationClosedEvent) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# The models this one holds: imported after the class, so that models holding each other
# import in any order, and once rather than on every call.
from ..models.conversation_closure import ConversationClosure  # noqa: E402
