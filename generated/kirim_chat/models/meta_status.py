from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..models.meta_status_name import MetaStatusName
from ..types import UNSET

T = TypeVar("T", bound="MetaStatus")


@_attrs_define
class MetaStatus:
    """A new state of a message the organisation sent."""

    id: str
    """ Meta's id of a WhatsApp message (a "wamid"), as webhooks deliver it: `wamid.` followed
    by an opaque string.
     """
    status: MetaStatusName | str
    """ `sent`, `delivered`, `read`, or `failed` with `errors`. An open set; unknown
    values are kept.
     """
    timestamp: str
    """ When the message reached this state, in Unix seconds written as a string. """
    recipient_id: str
    """ The customer's WhatsApp number, in digits. """
    conversation: MetaConversation | None = None
    """ Meta's conversation (its billing window) the message belongs to. """
    pricing: MetaPricing | None = None
    """ How Meta bills the message. """
    errors: list[MetaError] | None = None
    """ Why the message failed; on `failed` statuses. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["status"] = (
            MetaStatusName(self.status).value
            if isinstance(self.status, MetaStatusName)
            else self.status
        )
        field_dict["timestamp"] = self.timestamp
        field_dict["recipient_id"] = self.recipient_id
        if self.conversation is not None:
            field_dict["conversation"] = self.conversation.to_dict()
        if self.pricing is not None:
            field_dict["pricing"] = self.pricing.to_dict()
        if self.errors is not None:
            field_dict["errors"] = [item0.to_dict() for item0 in self.errors]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MetaStatus")
        present = 4
        try:
            r_id = src["id"]
        except KeyError:
            raise _json.missing("MetaStatus", "id") from None
        if not (type(r_id) is str or isinstance(r_id, str)):
            raise _json.wrong_type("MetaStatus.id", "string", r_id)

        f_id = r_id

        try:
            r_status = src["status"]
        except KeyError:
            raise _json.missing("MetaStatus", "status") from None
        if not (type(r_status) is str or isinstance(r_status, str)):
            raise _json.wrong_type("MetaStatus.status", "string", r_status)

        f_status = cast(
            "MetaStatusName | str", MetaStatusName._value2member_map_.get(r_status, r_status)
        )

        try:
            r_timestamp = src["timestamp"]
        except KeyError:
            raise _json.missing("MetaStatus", "timestamp") from None
        if not (type(r_timestamp) is str or isinstance(r_timestamp, str)):
            raise _json.wrong_type("MetaStatus.timestamp", "string", r_timestamp)

        f_timestamp = r_timestamp

        try:
            r_recipient_id = src["recipient_id"]
        except KeyError:
            raise _json.missing("MetaStatus", "recipient_id") from None
        if not (type(r_recipient_id) is str or isinstance(r_recipient_id, str)):
            raise _json.wrong_type("MetaStatus.recipient_id", "string", r_recipient_id)

        f_recipient_id = r_recipient_id

        r_conversation = src.get("conversation", UNSET)
        f_conversation: MetaConversation | None
        if r_conversation is UNSET:
            f_conversation = None
        else:
            present += 1
            if not (type(r_conversation) is dict or isinstance(r_conversation, Mapping)):
                raise _json.wrong_type("MetaStatus.conversation", "object", r_conversation)

            try:
                f_conversation = MetaConversation.from_dict(r_conversation)
            except _json.SchemaMismatch as exc:
                raise _json.within("MetaStatus.conversation", exc) from exc

        r_pricing = src.get("pricing", UNSET)
        f_pricing: MetaPricing | None
        if r_pricing is UNSET:
            f_pricing = None
        else:
            present += 1
            if not (type(r_pricing) is dict or isinstance(r_pricing, Mapping)):
                raise _json.wrong_type("MetaStatus.pricing", "object", r_pricing)

            try:
                f_pricing = MetaPricing.from_dict(r_pricing)
            except _json.SchemaMismatch as exc:
                raise _json.within("MetaStatus.pricing", exc) from exc

        r_errors = src.get("errors", UNSET)
        f_errors: list[MetaError] | None
        if r_errors is UNSET:
            f_errors = None
        else:
            present += 1
            if not (type(r_errors) is list or isinstance(r_errors, list)):
                raise _json.wrong_type("MetaStatus.errors", "array", r_errors)

            f_errors__list: list[MetaError] = []
            for f_errors__item_data in r_errors:
                if not (
                    type(f_errors__item_data) is dict or isinstance(f_errors__item_data, Mapping)
                ):
                    raise _json.wrong_type(
                        f"MetaStatus.errors[{len(f_errors__list)}]", "object", f_errors__item_data
                    )

                try:
                    f_errors__item = MetaError.from_dict(f_errors__item_data)
                except _json.SchemaMismatch as exc:
                    raise _json.within(f"MetaStatus.errors[{len(f_errors__list)}]", exc) from exc

                f_errors__list.append(f_errors__item)
            f_errors = f_errors__list

        instance = cls(
            f_id,
            f_status,
            f_timestamp,
            f_recipient_id,
            f_conversation,
            f_pricing,
            f_errors,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "id",
                    "status",
                    "timestamp",
                    "recipient_id",
                    "conversation",
                    "pricing",
                    "errors",
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
            "status",
            "timestamp",
            "recipient_id",
            "conversation",
            "pricing",
            "errors",
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
            "status",
            "timestamp",
            "recipient_id",
        ):
            raise TypeError(f"{key!r} is a required field of MetaStatus; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: MetaStatus) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# The models this one holds: imported after the class, so that models holding each other
# import in any order, and once rather than on every call.
from ..models.meta_conversation import MetaConversation  # noqa: E402
from ..models.meta_error import MetaError  # noqa: E402
from ..models.meta_pricing import MetaPricing  # noqa: E402
