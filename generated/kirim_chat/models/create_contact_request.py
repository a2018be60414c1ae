from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="CreateContactRequest")


@_attrs_define
class CreateContactRequest:
    """The contact to create."""

    phone_number: str
    """ The contact's phone number; the vendor's examples use E.164 form. """
    name: str | None = None
    """ The contact's name. """
    email: None | str = None
    """ The contact's email address, or null. """
    metadata: ContactMetadata | None = None
    """ Your own key-value data about a contact, such as a CRM id. """
    # The optional fields that arrived as an explicit null (they read as None like absent ones),
    # so that to_dict() gives back exactly what was received.
    _null_keys: tuple[str, ...] = _attrs_field(
        kw_only=True, default=(), repr=False, eq=False, alias="_null_keys"
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["phone_number"] = self.phone_number
        if self.name is not None:
            field_dict["name"] = self.name
        if self.email is not None or "email" in self._null_keys:
            field_dict["email"] = self.email
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict
            if type(src_dict) is dict
            else _json.json_object(src_dict, "CreateContactRequest")
        )
        nulls: list[str] = []
        try:
            r_phone_number = src["phone_number"]
        except KeyError:
            raise _json.missing("CreateContactRequest", "phone_number") from None
        if not (type(r_phone_number) is str or isinstance(r_phone_number, str)):
            raise _json.wrong_type("CreateContactRequest.phone_number", "string", r_phone_number)

        f_phone_number = r_phone_number

        r_name = src.get("name", UNSET)
        f_name: str | None
        if r_name is UNSET:
            f_name = None
        else:
            if not (type(r_name) is str or isinstance(r_name, str)):
                raise _json.wrong_type("CreateContactRequest.name", "string", r_name)

            f_name = r_name

        r_email = src.get("email", UNSET)
        f_email: None | str
        if r_email is UNSET:
            f_email = None
        else:
            if r_email is None:
                nulls.append("email")
            if not (type(r_email) is str or r_email is None or isinstance(r_email, str)):
                raise _json.wrong_type("CreateContactRequest.email", "string or null", r_email)

            f_email = r_email

        r_metadata = src.get("metadata", UNSET)
        f_metadata: ContactMetadata | None
        if r_metadata is UNSET:
            f_metadata = None
        else:
            if not (type(r_metadata) is dict or isinstance(r_metadata, Mapping)):
                raise _json.wrong_type("CreateContactRequest.metadata", "object", r_metadata)

            try:
                f_metadata = ContactMetadata.from_dict(r_metadata)
            except _json.SchemaMismatch as exc:
                raise _json.within("CreateContactRequest.metadata", exc) from exc

        instance = cls(
            f_phone_number,
            f_name,
            f_email,
            f_metadata,
        )

        if nulls:
            instance._null_keys = tuple(nulls)
        return instance


# Imported below the class: models may refer to each other in a cycle.
from ..models.contact_metadata import ContactMetadata  # noqa: E402
