from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..models.webhook_delivery_status import WebhookDeliveryStatus
from ..types import UNSET

T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery:
    """One attempt, or series of attempts, to deliver an event to a subscription."""

    status: str | WebhookDeliveryStatus
    """ The delivery's state. An open set; unknown values are kept. """
    object_: Literal["webhook_delivery"] = "webhook_delivery"
    """ Resource type tag, always `webhook_delivery`. """
    id: str | None = None
    """ Kirim id of the delivery, `wbd_` followed by 26 Crockford base32 characters. """
    replayed_from: str | None = None
    """ The delivery this one replays. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["object"] = self.object_
        field_dict["status"] = (
            WebhookDeliveryStatus(self.status).value
            if isinstance(self.status, WebhookDeliveryStatus)
            else self.status
        )
        if self.id is not None:
            field_dict["id"] = self.id
        if self.replayed_from is not None:
            field_dict["replayed_from"] = self.replayed_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "WebhookDelivery")
        present = 2
        try:
            r_object_ = src["object"]
        except KeyError:
            raise _json.missing("WebhookDelivery", "object") from None
        if r_object_ != "webhook_delivery":
            raise _json.wrong_value("WebhookDelivery.object", "'webhook_delivery'", r_object_)
        f_object_ = r_object_

        try:
            r_status = src["status"]
        except KeyError:
            raise _json.missing("WebhookDelivery", "status") from None
        if not (type(r_status) is str or isinstance(r_status, str)):
            raise _json.wrong_type("WebhookDelivery.status", "string", r_status)

        f_status = cast(
            "str | WebhookDeliveryStatus",
            WebhookDeliveryStatus._value2member_map_.get(r_status, r_status),
        )

        r_id = src.get("id", UNSET)
        f_id: str | None
        if r_id is UNSET:
            f_id = None
        else:
            present += 1
            if not (type(r_id) is str or isinstance(r_id, str)):
                raise _json.wrong_type("WebhookDelivery.id", "string", r_id)

            f_id = r_id

        r_replayed_from = src.get("replayed_from", UNSET)
        f_replayed_from: str | None
        if r_replayed_from is UNSET:
            f_replayed_from = None
        else:
            present += 1
            if not (type(r_replayed_from) is str or isinstance(r_replayed_from, str)):
                raise _json.wrong_type("WebhookDelivery.replayed_from", "string", r_replayed_from)

            f_replayed_from = r_replayed_from

        instance = cls(
            f_status,
            f_object_,
            f_id,
            f_replayed_from,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "object",
                    "status",
                    "id",
                    "replayed_from",
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
            "object",
            "status",
            "id",
            "replayed_from",
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
            "object",
            "status",
        ):
            raise TypeError(f"{key!r} is a required field of WebhookDelivery; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: WebhookDelivery) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
