from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="InboundInteractive")


@_attrs_define
class InboundInteractive:
    """The button or list row a customer tapped."""

    type_: str | None = None
    """ Which kind of reply, such as `list_reply`. """
    id: str | None = None
    """ The identifier the business gave the button or row when sending it. """
    title: str | None = None
    """ The label the customer tapped. """
    description: str | None = None
    """ The row's description, when it had one. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not None:
            field_dict["type"] = self.type_
        if self.id is not None:
            field_dict["id"] = self.id
        if self.title is not None:
            field_dict["title"] = self.title
        if self.description is not None:
            field_dict["description"] = self.description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict
            if type(src_dict) is dict
            else _json.json_object(src_dict, "InboundInteractive")
        )
        present = 0
        r_type_ = src.get("type", UNSET)
        f_type_: str | None
        if r_type_ is UNSET:
            f_type_ = None
        else:
            present += 1
            if not (type(r_type_) is str or isinstance(r_type_, str)):
                raise _json.wrong_type("InboundInteractive.type", "string", r_type_)

            f_type_ = r_type_

        r_id = src.get("id", UNSET)
        f_id: str | None
        if r_id is UNSET:
            f_id = None
        else:
            present += 1
            if not (type(r_id) is str or isinstance(r_id, str)):
                raise _json.wrong_type("InboundInteractive.id", "string", r_id)

            f_id = r_id

        r_title = src.get("title", UNSET)
        f_title: str | None
        if r_title is UNSET:
            f_title = None
        else:
            present += 1
            if not (type(r_title) is str or isinstance(r_title, str)):
                raise _json.wrong_type("InboundInteractive.title", "string", r_title)

            f_title = r_title

        r_description = src.get("description", UNSET)
        f_description: str | None
        if r_description is UNSET:
            f_description = None
        else:
            present += 1
            if not (type(r_description) is str or isinstance(r_description, str)):
                raise _json.wrong_type("InboundInteractive.description", "string", r_description)

            f_description = r_description

        instance = cls(
            f_type_,
            f_id,
            f_title,
            f_description,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "type",
                    "id",
                    "title",
                    "description",
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
            "type",
            "id",
            "title",
            "description",
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
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: InboundInteractive) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
