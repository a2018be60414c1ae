from __future__ import annotations

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

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """The API key a request was made with, as Kirim displays it. The key itself is never
    returned.

    """

    id: str
    """ Identifier of the key, `key_` followed by 26 Crockford base32 characters. """
    object_: Literal["api_key"] = "api_key"
    """ Resource type tag, always `api_key`. """
    label: str | None = None
    """ The name given to the key when it was issued. Optional. """
    last4: str | None = None
    """ The last four characters of the key, to tell keys apart. Optional. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["object"] = self.object_
        if self.label is not None:
            field_dict["label"] = self.label
        if self.last4 is not None:
            field_dict["last4"] = self.last4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "ApiKey")
        present = 2
        try:
            r_id = src["id"]
        except KeyError:
            raise _json.missing("ApiKey", "id") from None
        if not (type(r_id) is str or isinstance(r_id, str)):
            raise _json.wrong_type("ApiKey.id", "string", r_id)

        f_id = r_id

        try:
            r_object_ = src["object"]
        except KeyError:
            raise _json.missing("ApiKey", "object") from None
        if r_object_ != "api_key":
            raise _json.wrong_value("ApiKey.object", "'api_key'", r_object_)
        f_object_ = r_object_

        r_label = src.get("label", UNSET)
        f_label: str | None
        if r_label is UNSET:
            f_label = None
        else:
            present += 1
            if not (type(r_label) is str or isinstance(r_label, str)):
                raise _json.wrong_type("ApiKey.label", "string", r_label)

            f_label = r_label

        r_last4 = src.get("last4", UNSET)
        f_last4: str | None
        if r_last4 is UNSET:
            f_last4 = None
        else:
            present += 1
            if not (type(r_last4) is str or isinstance(r_last4, str)):
                raise _json.wrong_type("ApiKey.last4", "string", r_last4)

            f_last4 = r_last4

        instance = cls(
            f_id,
            f_object_,
            f_label,
            f_last4,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "id",
                    "object",
                    "label",
                    "last4",
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
            "label",
            "last4",
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
            raise TypeError(f"{key!r} is a required field of ApiKey; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: ApiKey) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
