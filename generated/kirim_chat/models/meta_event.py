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

T = TypeVar("T", bound="MetaEvent")


@_attrs_define
class MetaEvent:
    """A notification of Meta's WhatsApp Cloud API, which Kirim forwards exactly as Meta sent
    it (`X-Kirim-Source: meta`): the body of `message.received` and `message.status`. The
    fields Kirim's pages show are described; Meta's others are kept as received.

    """

    entry: list[MetaEntry]
    """ The WhatsApp Business Accounts concerned, each with its changes. """
    object_: Literal["whatsapp_business_account"] = "whatsapp_business_account"
    """ Always `whatsapp_business_account`. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["object"] = self.object_
        field_dict["entry"] = [item0.to_dict() for item0 in self.entry]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MetaEvent")
        try:
            r_object_ = src["object"]
        except KeyError:
            raise _json.missing("MetaEvent", "object") from None
        if r_object_ != "whatsapp_business_account":
            raise _json.wrong_value("MetaEvent.object", "'whatsapp_business_account'", r_object_)
        f_object_ = r_object_

        try:
            r_entry = src["entry"]
        except KeyError:
            raise _json.missing("MetaEvent", "entry") from None
        if not (type(r_entry) is list or isinstance(r_entry, list)):
            raise _json.wrong_type("MetaEvent.entry", "array", r_entry)

        f_entry__list: list[MetaEntry] = []
        for f_entry__item_data in r_entry:
            if not (type(f_entry__item_data) is dict or isinstance(f_entry__item_data, Mapping)):
                raise _json.wrong_type(
                    f"MetaEvent.entry[{len(f_entry__list)}]", "object", f_entry__item_data
                )

            try:
                f_entry__item = MetaEntry.from_dict(f_entry__item_data)
            except _json.SchemaMismatch as exc:
                raise _json.within(f"MetaEvent.entry[{len(f_entry__list)}]", exc) from exc

            f_entry__list.append(f_entry__item)
        f_entry = f_entry__list

        instance = cls(
            f_entry,
            f_object_,
        )

        if len(src) > 2:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "object",
                    "entry",
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
            "entry",
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
            "entry",
        ):
            raise TypeError(f"{key!r} is a required field of MetaEvent; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: MetaEvent) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# The models this one holds: imported after the class, so that models holding each other
# import in any order, and once rather than on every call.
from ..models.meta_entry import MetaEntry  # noqa: E402
