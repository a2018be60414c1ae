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

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A person an account exchanges messages with."""

    id: str
    """ Kirim id of the contact, `ctc_` followed by 26 Crockford base32 characters. """
    object_: Literal["contact"] = "contact"
    """ Resource type tag, always `contact`. """
    phone_number: None | str = None
    """ The contact's phone number, usually in E.164 form. """
    name: None | str = None
    """ The contact's name, when known. """
    email: None | str = None
    """ The contact's email address, when known. """
    metadata: ContactMetadata | None = None
    """ Your own key-value data about the contact; null when unset. """
    whatsapp_account: WhatsappAccountSummary | None = None
    """ The connected WhatsApp account a contact or conversation belongs to. """
    created_at: datetime.datetime | None = None
    """ When the contact was created. """
    updated_at: datetime.datetime | None = None
    """ When the contact last changed. """
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
        if self.phone_number is not None or "phone_number" in self._null_keys:
            field_dict["phone_number"] = self.phone_number
        if self.name is not None or "name" in self._null_keys:
            field_dict["name"] = self.name
        if self.email is not None or "email" in self._null_keys:
            field_dict["email"] = self.email
        if self.metadata is not None or "metadata" in self._null_keys:
            field_dict["metadata"] = (
                self.metadata.to_dict()
                if isinstance(self.metadata, ContactMetadata)
                else self.metadata
            )
        if self.whatsapp_account is not None:
            field_dict["whatsapp_account"] = self.whatsapp_account.to_dict()
        if self.created_at is not None:
            field_dict["created_at"] = _json.datetime_text(self.created_at)
        if self.updated_at is not None:
            field_dict["updated_at"] = _json.datetime_text(self.updated_at)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "Contact")
        present = 2
        nulls: list[str] = []
        try:
            r_id = src["id"]
        except KeyError:
            raise _json.missing("Contact", "id") from None
        if not (type(r_id) is str or isinstance(r_id, str)):
            raise _json.wrong_type("Contact.id", "string", r_id)

        f_id = r_id

        try:
            r_object_ = src["object"]
        except KeyError:
            raise _json.missing("Contact", "object") from None
        if r_object_ != "contact":
            raise _json.wrong_value("Contact.object", "'contact'", r_object_)
        f_object_ = r_object_

        r_phone_number = src.get("phone_number", UNSET)
        f_phone_number: None | str
        if r_phone_number is UNSET:
            f_phone_number = None
        else:
            present += 1
            if r_phone_number is None:
                nulls.append("phone_number")
            if not (
                type(r_phone_number) is str
                or r_phone_number is None
                or isinstance(r_phone_number, str)
            ):
                raise _json.wrong_type("Contact.phone_number", "string or null", r_phone_number)

            f_phone_number = r_phone_number

        r_name = src.get("name", UNSET)
        f_name: None | str
        if r_name is UNSET:
            f_name = None
        else:
            present += 1
            if r_name is None:
                nulls.append("name")
            if not (type(r_name) is str or r_name is None or isinstance(r_name, str)):
                raise _json.wrong_type("Contact.name", "string or null", r_name)

            f_name = r_name

        r_email = src.get("email", UNSET)
        f_email: None | str
        if r_email is UNSET:
            f_email = None
        else:
            present += 1
            if r_email is None:
                nulls.append("email")
            if not (type(r_email) is str or r_email is None or isinstance(r_email, str)):
                raise _json.wrong_type("Contact.email", "string or null", r_email)

            f_email = r_email

        r_metadata = src.get("metadata", UNSET)
        f_metadata: ContactMetadata | None
        if r_metadata is UNSET:
            f_metadata = None
        else:
            present += 1
            if r_metadata is None:
                nulls.append("metadata")
            if r_metadata is None:
                f_metadata = None
            else:
                if not (type(r_metadata) is dict or isinstance(r_metadata, Mapping)):
                    raise _json.wrong_type("Contact.metadata", "object", r_metadata)

                try:
                    f_metadata = ContactMetadata.from_dict(r_metadata)
                except _json.SchemaMismatch as exc:
                    raise _json.within("Contact.metadata", exc) from exc

        r_whatsapp_account = src.get("whatsapp_account", UNSET)
        f_whatsapp_account: WhatsappAccountSummary | None
        if r_whatsapp_account is UNSET:
            f_whatsapp_account = None
        else:
            present += 1
            if not (type(r_whatsapp_account) is dict or isinstance(r_whatsapp_account, Mapping)):
                raise _json.wrong_type("Contact.whatsapp_account", "object", r_whatsapp_account)

            try:
                f_whatsapp_account = WhatsappAccountSummary.from_dict(r_whatsapp_account)
            except _json.SchemaMismatch as exc:
                raise _json.within("Contact.whatsapp_account", exc) from exc

        r_created_at = src.get("created_at", UNSET)
        f_created_at: datetime.datetime | None
        if r_created_at is UNSET:
            f_created_at = None
        else:
            present += 1
            if not (type(r_created_at) is str or isinstance(r_created_at, str)):
                raise _json.wrong_type("Contact.created_at", "string", r_created_at)

            f_created_at = _json.parse_datetime(r_created_at, "Contact.created_at")

        r_updated_at = src.get("updated_at", UNSET)
        f_updated_at: datetime.datetime | None
        if r_updated_at is UNSET:
            f_updated_at = None
        else:
            present += 1
            if not (type(r_updated_at) is str or isinstance(r_updated_at, str)):
                raise _json.wrong_type("Contact.updated_at", "string", r_updated_at)

            f_updated_at = _json.parse_datetime(r_updated_at, "Contact.updated_at")

        instance = cls(
            f_id,
            f_object_,
            f_phone_number,
            f_name,
            f_email,
            f_metadata,
            f_whatsapp_account,
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
                    "phone_number",
                    "name",
                    "email",
                    "metadata",
                    "whatsapp_account",
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
            "phone_number",
            "name",
            "email",
            "metadata",
            "whatsapp_account",
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
        ):
            raise TypeError(f"{key!r} is a required field of Contact; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: Contact) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# Imported below the class: models may refer to each other in a cycle.
from ..models.contact_metadata import ContactMetadata  # noqa: E402
from ..models.whatsapp_account_summary import WhatsappAccountSummary  # noqa: E402
