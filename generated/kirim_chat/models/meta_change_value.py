from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="MetaChangeValue")


@_attrs_define
class MetaChangeValue:
    """The messages received, or the statuses of messages sent, by one connected number."""

    messaging_product: str
    """ Always `whatsapp`. """
    metadata: MetaRecipient
    """ The connected number the change concerns. """
    contacts: list[MetaContact] | None = None
    """ The customers who wrote, with their profile names. """
    messages: list[MetaMessage] | None = None
    """ The messages received (`message.received`). """
    statuses: list[MetaStatus] | None = None
    """ The new states of messages sent (`message.status`). """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["messaging_product"] = self.messaging_product
        field_dict["metadata"] = self.metadata.to_dict()
        if self.contacts is not None:
            field_dict["contacts"] = [item0.to_dict() for item0 in self.contacts]
        if self.messages is not None:
            field_dict["messages"] = [item0.to_dict() for item0 in self.messages]
        if self.statuses is not None:
            field_dict["statuses"] = [item0.to_dict() for item0 in self.statuses]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MetaChangeValue")
        present = 2
        try:
            r_messaging_product = src["messaging_product"]
        except KeyError:
            raise _json.missing("MetaChangeValue", "messaging_product") from None
        if not (type(r_messaging_product) is str or isinstance(r_messaging_product, str)):
            raise _json.wrong_type(
                "MetaChangeValue.messaging_product", "string", r_messaging_product
            )

        f_messaging_product = r_messaging_product

        try:
            r_metadata = src["metadata"]
        except KeyError:
            raise _json.missing("MetaChangeValue", "metadata") from None
        if not (type(r_metadata) is dict or isinstance(r_metadata, Mapping)):
            raise _json.wrong_type("MetaChangeValue.metadata", "object", r_metadata)

        try:
            f_metadata = MetaRecipient.from_dict(r_metadata)
        except _json.SchemaMismatch as exc:
            raise _json.within("MetaChangeValue.metadata", exc) from exc

        r_contacts = src.get("contacts", UNSET)
        f_contacts: list[MetaContact] | None
        if r_contacts is UNSET:
            f_contacts = None
        else:
            present += 1
            if not (type(r_contacts) is list or isinstance(r_contacts, list)):
                raise _json.wrong_type("MetaChangeValue.contacts", "array", r_contacts)

            f_contacts__list: list[MetaContact] = []
            for f_contacts__item_data in r_contacts:
                if not (
                    type(f_contacts__item_data) is dict
                    or isinstance(f_contacts__item_data, Mapping)
                ):
                    raise _json.wrong_type(
                        f"MetaChangeValue.contacts[{len(f_contacts__list)}]",
                        "object",
                        f_contacts__item_data,
                    )

                try:
                    f_contacts__item = MetaContact.from_dict(f_contacts__item_data)
                except _json.SchemaMismatch as exc:
                    raise _json.within(
                        f"MetaChangeValue.contacts[{len(f_contacts__list)}]", exc
                    ) from exc

                f_contacts__list.append(f_contacts__item)
            f_contacts = f_contacts__list

        r_messages = src.get("messages", UNSET)
        f_messages: list[MetaMessage] | None
        if r_messages is UNSET:
            f_messages = None
        else:
            present += 1
            if not (type(r_messages) is list or isinstance(r_messages, list)):
                raise _json.wrong_type("MetaChangeValue.messages", "array", r_messages)

            f_messages__list: list[MetaMessage] = []
            for f_messages__item_data in r_messages:
                if not (
                    type(f_messages__item_data) is dict
                    or isinstance(f_messages__item_data, Mapping)
                ):
                    raise _json.wrong_type(
                        f"MetaChangeValue.messages[{len(f_messages__list)}]",
                        "object",
                        f_messages__item_data,
                    )

                try:
                    f_messages__item = MetaMessage.from_dict(f_messages__item_data)
                except _json.SchemaMismatch as exc:
                    raise _json.within(
                        f"MetaChangeValue.messages[{len(f_messages__list)}]", exc
                    ) from exc

                f_messages__list.append(f_messages__item)
            f_messages = f_messages__list

        r_statuses = src.get("statuses", UNSET)
        f_statuses: list[MetaStatus] | None
        if r_statuses is UNSET:
            f_statuses = None
        else:
            present += 1
            if not (type(r_statuses) is list or isinstance(r_statuses, list)):
                raise _json.wrong_type("MetaChangeValue.statuses", "array", r_statuses)

            f_statuses__list: list[MetaStatus] = []
            for f_statuses__item_data in r_statuses:
                if not (
                    type(f_statuses__item_data) is dict
                    or isinstance(f_statuses__item_data, Mapping)
                ):
                    raise _json.wrong_type(
                        f"MetaChangeValue.statuses[{len(f_statuses__list)}]",
                        "object",
                        f_statuses__item_data,
                    )

                try:
                    f_statuses__item = MetaStatus.from_dict(f_statuses__item_data)
                except _json.SchemaMismatch as exc:
                    raise _json.within(
                        f"MetaChangeValue.statuses[{len(f_statuses__list)}]", exc
                    ) from exc

                f_statuses__list.append(f_statuses__item)
            f_statuses = f_statuses__list

        instance = cls(
            f_messaging_product,
            f_metadata,
            f_contacts,
            f_messages,
            f_statuses,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "messaging_product",
                    "metadata",
                    "contacts",
                    "messages",
                    "statuses",
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
            "messaging_product",
            "metadata",
            "contacts",
            "messages",
            "statuses",
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
            "messaging_product",
            "metadata",
        ):
            raise TypeError(f"{key!r} is a required field of MetaChangeValue; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: MetaChangeValue) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# The models this one holds: imported after the class, so that models holding each other
# import in any order, and once rather than on every call.
from ..models.meta_contact import MetaContact  # noqa: E402
from ..models.meta_message import MetaMessage  # noqa: E402
from ..models.meta_recipient import MetaRecipient  # noqa: E402
from ..models.meta_status import MetaStatus  # noqa: E402
