from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define

from .. import _json

T = TypeVar("T", bound="CtaUrlInteractive")


@_attrs_define
class CtaUrlInteractive:
    """A message with one labelled button that opens a URL, instead of a bare link."""

    body: InteractiveBody
    """ The main text of an interactive message. """
    action: CtaUrlAction
    """ The call-to-action button. """
    type_: Literal["cta_url"] = "cta_url"
    """ Always `cta_url` for this variant. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["type"] = self.type_
        field_dict["body"] = self.body.to_dict()
        field_dict["action"] = self.action.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict if type(src_dict) is dict else _json.json_object(src_dict, "CtaUrlInteractive")
        )
        try:
            r_type_ = src["type"]
        except KeyError:
            raise _json.missing("CtaUrlInteractive", "type") from None
        if r_type_ != "cta_url":
            raise _json.wrong_value("CtaUrlInteractive.type", "'cta_url'", r_type_)
        f_type_ = r_type_

        try:
            r_body = src["body"]
        except KeyError:
            raise _json.missing("CtaUrlInteractive", "body") from None
        if not (type(r_body) is dict or isinstance(r_body, Mapping)):
            raise _json.wrong_type("CtaUrlInteractive.body", "object", r_body)

        try:
            f_body = InteractiveBody.from_dict(r_body)
        except _json.SchemaMismatch as exc:
            raise _json.within("CtaUrlInteractive.body", exc) from exc

        try:
            r_action = src["action"]
        except KeyError:
            raise _json.missing("CtaUrlInteractive", "action") from None
        if not (type(r_action) is dict or isinstance(r_action, Mapping)):
            raise _json.wrong_type("CtaUrlInteractive.action", "object", r_action)

        try:
            f_action = CtaUrlAction.from_dict(r_action)
        except _json.SchemaMismatch as exc:
            raise _json.within("CtaUrlInteractive.action", exc) from exc

        instance = cls(
            f_body,
            f_action,
            f_type_,
        )

        return instance


# Imported below the class: models may refer to each other in a cycle.
from ..models.cta_url_action import CtaUrlAction  # noqa: E402
from ..models.interactive_body import InteractiveBody  # noqa: E402
