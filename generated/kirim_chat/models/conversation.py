from __future__ import annotations

import datetime
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
from ..models.conversation_status import ConversationStatus
from ..types import UNSET

T = TypeVar("T", bound="Conversation")


@_attrs_define
class Conversation:
    """A chat between an account and a contact."""

    id: str
    """ Kirim id of the conversation, `cnv_` followed by 26 Crockford base32 characters. """
    status: ConversationStatus | str
    """ The conversation's state. An open set; unknown values are kept. """
    object_: Literal["conversation"] = "conversation"
    """ Resource type tag, always `conversation`. """
    contact: ConversationContact | None = None
    """ The contact a conversation is with. """
    whatsapp_account: WhatsappAccountSummary | None = None
    """ The connected WhatsApp account a contact or conversation belongs to. """
    assignee: ConversationAssignee | None = None
    """ The team member a conversation is assigned to. """
    unread_count: int | None = None
    """ Messages not read yet. The pages give no upper bound; the maximum here is the
    32-bit range.
     """
    last_message_at: datetime.datetime | None = None
    """ When the last message was exchanged; null before any. """
    last_inbound_at: datetime.datetime | None = None
    """ When the contact last wrote; null if they never have. """
    created_at: datetime.datetime | None = None
    """ When the conversation was created. """
    updated_at: datetime.datetime | None = None
    """ When the conversation last changed. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)
    # The optional fields that arrived as an explicit null (they read as None like absent ones),
    # so that to_dict() gives back exactly what was received.
    _null_keys: tuple[str, ...] = _attrs_field(
        kw_only=True, default=(), repr=False, eq=False, alias="_null_keys"
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["object"] = self.object_
        field_dict["status"] = (
            ConversationStatus(self.status).value
            if isinstance(self.status, ConversationStatus)
            else self.status
        )
        if self.contact is not None:
            field_dict["contact"] = self.contact.to_dict()
        if self.whatsapp_account is not None:
            field_dict["whatsapp_account"] = self.whatsapp_account.to_dict()
        if self.assignee is not None:
            field_dict["assignee"] = self.assignee.to_dict()
        if self.unread_count is not None:
            field_dict["unread_count"] = self.unread_count
        if self.last_message_at is not None or "last_message_at" in self._null_keys:
            field_dict["last_message_at"] = (
                _json.datetime_text(self.last_message_at)
                if isinstance(self.last_message_at, datetime.datetime)
                else self.last_message_at
            )
        if self.last_inbound_at is not None or "last_inbound_at" in self._null_keys:
            field_dict["last_inbound_at"] = (
                _json.datetime_text(self.last_inbound_at)
                if isinstance(self.last_inbound_at, datetime.datetime)
                else self.last_inbound_at
            )
        if self.created_at is not None:
            field_dict["created_at"] = _json.datetime_text(self.created_at)
        if self.updated_at is not None:
            field_dict["updated_at"] = _json.datetime_text(self.updated_at)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "Conversation")
        present = 3
        nulls: list[str] = []
        try:
            r_id = src["id"]
        except KeyError:
            raise _json.missing("Conversation", "id") from None
        if not (type(r_id) is str or isinstance(r_id, str)):
            raise _json.wrong_type("Conversation.id", "string", r_id)

        f_id = r_id

        try:
            r_object_ = src["object"]
        except KeyError:
            raise _json.missing("Conversation", "object") from None
        if r_object_ != "conversation":
            raise _json.wrong_value("Conversation.object", "'conversation'", r_object_)
        f_object_ = r_object_

        try:
            r_status = src["status"]
        except KeyError:
            raise _json.missing("Conversation", "status") from None
        if not (type(r_status) is str or isinstance(r_status, str)):
            raise _json.wrong_type("Conversation.status", "string", r_status)

        f_status = cast(
            "ConversationStatus | str",
            ConversationStatus._value2member_map_.get(r_status, r_status),
        )

        r_contact = src.get("contact", UNSET)
        f_contact: ConversationContact | None
        if r_contact is UNSET:
            f_contact = None
        else:
            present += 1
            if not (type(r_contact) is dict or isinstance(r_contact, Mapping)):
                raise _json.wrong_type("Conversation.contact", "object", r_contact)

            try:
                f_contact = ConversationContact.from_dict(r_contact)
            except _json.SchemaMismatch as exc:
                raise _json.within("Conversation.contact", exc) from exc

        r_whatsapp_account = src.get("whatsapp_account", UNSET)
        f_whatsapp_account: WhatsappAccountSummary | None
        if r_whatsapp_account is UNSET:
            f_whatsapp_account = None
        else:
            present += 1
            if not (type(r_whatsapp_account) is dict or isinstance(r_whatsapp_account, Mapping)):
                raise _json.wrong_type(
                    "Conversation.whatsapp_account", "object", r_whatsapp_account
                )

            try:
                f_whatsapp_account = WhatsappAccountSummary.from_dict(r_whatsapp_account)
            except _json.SchemaMismatch as exc:
                raise _json.within("Conversation.whatsapp_account", exc) from exc

        r_assignee = src.get("assignee", UNSET)
        f_assignee: ConversationAssignee | None
        if r_assignee is UNSET:
            f_assignee = None
        else:
            present += 1
            if not (type(r_assignee) is dict or isinstance(r_assignee, Mapping)):
                raise _json.wrong_type("Conversation.assignee", "object", r_assignee)

            try:
                f_assignee = ConversationAssignee.from_dict(r_assignee)
            except _json.SchemaMismatch as exc:
                raise _json.within("Conversation.assignee", exc) from exc

        r_unread_count = src.get("unread_count", UNSET)
        f_unread_count: int | None
        if r_unread_count is UNSET:
            f_unread_count = None
        else:
            present += 1
            if not (
                type(r_unread_count) is int
                or (isinstance(r_unread_count, int) and not isinstance(r_unread_count, bool))
            ):
                raise _json.wrong_type("Conversation.unread_count", "integer", r_unread_count)

            f_unread_count = r_unread_count

        r_last_message_at = src.get("last_message_at", UNSET)
        f_last_message_at: datetime.datetime | None
        if r_last_message_at is UNSET:
            f_last_message_at = None
        else:
            present += 1
            if r_last_message_at is None:
                nulls.append("last_message_at")
            if r_last_message_at is None:
                f_last_message_at = None
            else:
                if not (type(r_last_message_at) is str or isinstance(r_last_message_at, str)):
                    raise _json.wrong_type(
                        "Conversation.last_message_at", "string", r_last_message_at
                    )

                f_last_message_at = _json.parse_datetime(
                    r_last_message_at, "Conversation.last_message_at"
                )

        r_last_inbound_at = src.get("last_inbound_at", UNSET)
        f_last_inbound_at: datetime.datetime | None
        if r_last_inbound_at is UNSET:
            f_last_inbound_at = None
        else:
            present += 1
            if r_last_inbound_at is None:
                nulls.append("last_inbound_at")
            if r_last_inbound_at is None:
                f_last_inbound_at = None
            else:
                if not (type(r_last_inbound_at) is str or isinstance(r_last_inbound_at, str)):
                    raise _json.wrong_type(
                        "Conversation.last_inbound_at", "string", r_last_inbound_at
                    )

                f_last_inbound_at = _json.parse_datetime(
                    r_last_inbound_at, "Conversation.last_inbound_at"
                )

        r_created_at = src.get("created_at", UNSET)
        f_created_at: datetime.datetime | None
        if r_created_at is UNSET:
            f_created_at = None
        else:
            present += 1
            if not (type(r_created_at) is str or isinstance(r_created_at, str)):
                raise _json.wrong_type("Conversation.created_at", "string", r_created_at)

            f_created_at = _json.parse_datetime(r_created_at, "Conversation.created_at")

        r_updated_at = src.get("updated_at", UNSET)
        f_updated_at: datetime.datetime | None
        if r_updated_at is UNSET:
            f_updated_at = None
        else:
            present += 1
            if not (type(r_updated_at) is str or isinstance(r_updated_at, str)):
                raise _json.wrong_type("Conversation.updated_at", "string", r_updated_at)

            f_updated_at = _json.parse_datetime(r_updated_at, "Conversation.updated_at")

        instance = cls(
            f_id,
            f_status,
            f_object_,
            f_contact,
            f_whatsapp_account,
            f_assignee,
            f_unread_count,
            f_last_message_at,
            f_last_inbound_at,
            f_created_at,
            f_updated_at,
        )

        if nulls:
            instance._null_keys = tuple(nulls)
        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "id",
                    "object",
                    "status",
                    "contact",
                    "whatsapp_account",
                    "assignee",
                    "unread_count",
                    "last_message_at",
                    "last_inbound_at",
                    "created_at",
                    "updated_at",
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
            "object",
            "status",
            "contact",
            "whatsapp_account",
            "assignee",
            "unread_count",
            "last_message_at",
            "last_inbound_at",
            "created_at",
            "updated_at",
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
            "object",
            "status",
        ):
            raise TypeError(f"{key!r} is a required field of Conversation; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: Conversation) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# Imported below the class: models may refer to each other in a cycle.
from ..models.conversation_assignee import ConversationAssignee  # noqa: E402
from ..models.conversation_contact import ConversationContact  # noqa: E402
from ..models.whatsapp_account_summary import WhatsappAccountSummary  # noqa: E402
