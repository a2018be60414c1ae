from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="ContactUpdate")


@_attrs_define
class ContactUpdate:
    """What `contact.updated` carries."""

    contact: Contact
    """ A person an account exchanges messages with. """
    changed_fields: list[str] | None = None
    """ The names of the contact's fields that changed, such as `name`. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["contact"] = self.contact.to_dict()
        if self.changed_fields is not None:
            field_dict["changed_fields"] = self.changed_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "ContactUpdate")
        present = 1
        try:
            r_contact = src["contact"]
        except KeyError:
            raise _json.missing("ContactUpdate", "contact") from None
        if not (type(r_contact) is dict or isinstance(r_contact, Mapping)):
            raise _json.wrong_type("ContactUpdate.contact", "object", r_contact)

        try:
            f_contact = Contact.from_dict(r_contact)
        except _json.SchemaMismatch as exc:
            raise _json.within("ContactUpdate.contact", exc) from exc

        r_changed_fields = src.get("changed_fields", UNSET)
        f_changed_fields: list[str] | None
        if r_changed_fields is UNSET:
            f_changed_fields = None
        else:
            present += 1
            if not (type(r_changed_fields) is list or isinstance(r_changed_fields, list)):
                raise _json.wrong_type("ContactUpdate.changed_fields", "array", r_changed_fields)

            for f_changed_fields__item in r_changed_fields:
                if not (
                    type(f_changed_fields__item) is str or isinstance(f_changed_fields__item, str)
                ):
                    raise _json.wrong_type(
                        f"ContactUpdate.changed_fields[{_json.index_of(r_changed_fields, f_changed_fields__item)}]",
                        "string",
                        f_changed_fields__item,
                    )
            f_changed_fields = r_changed_fields

        instance = cls(
            f_contact,
            f_changed_fields,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "contact",
                    "changed_fields",
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
            "contact",
            "changed_fields",
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
        if key in ("contact",):
            raise TypeError(f"{key!r} is a required field of ContactUpdate; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: ContactUpdate) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# The models this one holds: imported after the class, so that models holding each other
# import in any order, and once rather than on every call.
from ..models.contact import Contact  # noqa: E402
