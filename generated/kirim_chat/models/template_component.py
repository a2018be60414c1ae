from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..models.template_component_type import TemplateComponentType
from ..types import UNSET

T = TypeVar("T", bound="TemplateComponent")


@_attrs_define
class TemplateComponent:
    """The parameters of one part of the template (one header per template; a button
    component per button index). Kirim forwards it to Meta unchanged, so Meta's other
    fields, such as a button's position, are accepted too.

    """

    type_: TemplateComponentType
    """ The parts of a template that take parameters. """
    parameters: list[TemplateParameter] | None = None
    """ The values, in order. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = TemplateComponentType(self.type_).value
        if self.parameters is not None:
            field_dict["parameters"] = [item0.to_dict() for item0 in self.parameters]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict if type(src_dict) is dict else _json.json_object(src_dict, "TemplateComponent")
        )
        present = 1
        try:
            r_type_ = src["type"]
        except KeyError:
            raise _json.missing("TemplateComponent", "type") from None
        if not (type(r_type_) is str or isinstance(r_type_, str)):
            raise _json.wrong_type("TemplateComponent.type", "string", r_type_)

        try:
            f_type_ = TemplateComponentType(r_type_)
        except ValueError:
            raise _json.wrong_value(
                "TemplateComponent.type", "one of header, body, button", r_type_
            ) from None

        r_parameters = src.get("parameters", UNSET)
        f_parameters: list[TemplateParameter] | None
        if r_parameters is UNSET:
            f_parameters = None
        else:
            present += 1
            if not (type(r_parameters) is list or isinstance(r_parameters, list)):
                raise _json.wrong_type("TemplateComponent.parameters", "array", r_parameters)

            f_parameters__list: list[TemplateParameter] = []
            for f_parameters__item_data in r_parameters:
                if not (
                    type(f_parameters__item_data) is dict
                    or isinstance(f_parameters__item_data, Mapping)
                ):
                    raise _json.wrong_type(
                        f"TemplateComponent.parameters[{len(f_parameters__list)}]",
                        "object",
                        f_parameters__item_data,
                    )

                try:
                    f_parameters__item = TemplateParameter.from_dict(f_parameters__item_data)
                except _json.SchemaMismatch as exc:
                    raise _json.within(
                        f"TemplateComponent.parameters[{len(f_parameters__list)}]", exc
                    ) from exc

                f_parameters__list.append(f_parameters__item)
            f_parameters = f_parameters__list

        instance = cls(
            f_type_,
            f_parameters,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "type",
                    "parameters",
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
            "parameters",
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
        if key in ("type",):
            raise TypeError(
                f"{key!r} is a required field of TemplateComponent; it cannot be deleted"
            )
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: TemplateComponent) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# Imported below the class: models may refer to each other in a cycle.
from ..models.template_parameter import TemplateParameter  # noqa: E402
