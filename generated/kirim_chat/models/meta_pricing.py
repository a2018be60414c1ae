from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="MetaPricing")


@_attrs_define
class MetaPricing:
    """How Meta bills the message."""

    billable: bool | None = None
    """ Whether the message is billed. """
    pricing_model: str | None = None
    """ Meta's pricing model, such as `CBP`. """
    category: str | None = None
    """ The billing category, such as `user_initiated`. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.billable is not None:
            field_dict["billable"] = self.billable
        if self.pricing_model is not None:
            field_dict["pricing_model"] = self.pricing_model
        if self.category is not None:
            field_dict["category"] = self.category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MetaPricing")
        present = 0
        r_billable = src.get("billable", UNSET)
        f_billable: bool | None
        if r_billable is UNSET:
            f_billable = None
        else:
            present += 1
            if not (r_billable is True or r_billable is False):
                raise _json.wrong_type("MetaPricing.billable", "boolean", r_billable)

            f_billable = r_billable

        r_pricing_model = src.get("pricing_model", UNSET)
        f_pricing_model: str | None
        if r_pricing_model is UNSET:
            f_pricing_model = None
        else:
            present += 1
            if not (type(r_pricing_model) is str or isinstance(r_pricing_model, str)):
                raise _json.wrong_type("MetaPricing.pricing_model", "string", r_pricing_model)

            f_pricing_model = r_pricing_model

        r_category = src.get("category", UNSET)
        f_category: str | None
        if r_category is UNSET:
            f_category = None
        else:
            present += 1
            if not (type(r_category) is str or isinstance(r_category, str)):
                raise _json.wrong_type("MetaPricing.category", "string", r_category)

            f_category = r_category

        instance = cls(
            f_billable,
            f_pricing_model,
            f_category,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "billable",
                    "pricing_model",
                    "category",
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
            "billable",
            "pricing_model",
            "category",
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

    def _become(self, other: MetaPricing) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
