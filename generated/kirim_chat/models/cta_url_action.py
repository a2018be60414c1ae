from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define

from .. import _json

T = TypeVar("T", bound="CtaUrlAction")


@_attrs_define
class CtaUrlAction:
    """The call-to-action button."""

    parameters: CtaUrlParameters
    """ The button's label and target. """
    name: Literal["cta_url"] = "cta_url"
    """ Always `cta_url`. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["name"] = self.name
        field_dict["parameters"] = self.parameters.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "CtaUrlAction")
        try:
            r_name = src["name"]
        except KeyError:
            raise _json.missing("CtaUrlAction", "name") from None
        if r_name != "cta_url":
            raise _json.wrong_value("CtaUrlAction.name", "'cta_url'", r_name)
        f_name = r_name

        try:
            r_parameters = src["parameters"]
        except KeyError:
            raise _json.missing("CtaUrlAction", "parameters") from None
        if not (type(r_parameters) is dict or isinstance(r_parameters, Mapping)):
            raise _json.wrong_type("CtaUrlAction.parameters", "object", r_parameters)

        try:
            f_parameters = CtaUrlParameters.from_dict(r_parameters)
        except _json.SchemaMismatch as exc:
            raise _json.within("CtaUrlAction.parameters", exc) from exc

        instance = cls(
            f_parameters,
            f_name,
        )

        return instance


# Imported below the class: models may refer to each other in a cycle.
from ..models.cta_url_parameters import CtaUrlParameters  # noqa: E402
