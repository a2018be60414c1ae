from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="ListInteractive")


@_attrs_define
class ListInteractive:
    """A message that opens a list of up to 10 rows in titled sections, of which the customer
    picks one.

    """

    body: InteractiveBody
    """ The main text of an interactive message. """
    action: ListAction
    """ The button that opens the list, and the list. """
    type_: Literal["list"] = "list"
    """ Always `list` for this variant. """
    header: ListHeader | None = None
    """ An optional text header above a list message. """
    footer: InteractiveFooter | None = None
    """ Short text shown under an interactive message. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["type"] = self.type_
        field_dict["body"] = self.body.to_dict()
        field_dict["action"] = self.action.to_dict()
        if self.header is not None:
            field_dict["header"] = self.header.to_dict()
        if self.footer is not None:
            field_dict["footer"] = self.footer.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "ListInteractive")
        try:
            r_type_ = src["type"]
        except KeyError:
            raise _json.missing("ListInteractive", "type") from None
        if r_type_ != "list":
            raise _json.wrong_value("ListInteractive.type", "'list'", r_type_)
        f_type_ = r_type_

        try:
            r_body = src["body"]
        except KeyError:
            raise _json.missing("ListInteractive", "body") from None
        if not (type(r_body) is dict or isinstance(r_body, Mapping)):
            raise _json.wrong_type("ListInteractive.body", "object", r_body)

        try:
            f_body = InteractiveBody.from_dict(r_body)
        except _json.SchemaMismatch as exc:
            raise _json.within("ListInteractive.body", exc) from exc

        try:
            r_action = src["action"]
        except KeyError:
            raise _json.missing("ListInteractive", "action") from None
        if not (type(r_action) is dict or isinstance(r_action, Mapping)):
            raise _json.wrong_type("ListInteractive.action", "object", r_action)

        try:
            f_action = ListAction.from_dict(r_action)
        except _json.SchemaMismatch as exc:
            raise _json.within("ListInteractive.action", exc) from exc

        r_header = src.get("header", UNSET)
        f_header: ListHeader | None
        if r_header is UNSET:
            f_header = None
        else:
            if not (type(r_header) is dict or isinstance(r_header, Mapping)):
                raise _json.wrong_type("ListInteractive.header", "object", r_header)

            try:
                f_header = ListHeader.from_dict(r_header)
            except _json.SchemaMismatch as exc:
                raise _json.within("ListInteractive.header", exc) from exc

        r_footer = src.get("footer", UNSET)
        f_footer: InteractiveFooter | None
        if r_footer is UNSET:
            f_footer = None
        else:
            if not (type(r_footer) is dict or isinstance(r_footer, Mapping)):
                raise _json.wrong_type("ListInteractive.footer", "object", r_footer)

            try:
                f_footer = InteractiveFooter.from_dict(r_footer)
            except _json.SchemaMismatch as exc:
                raise _json.within("ListInteractive.footer", exc) from exc

        instance = cls(
            f_body,
            f_action,
            f_type_,
            f_header,
            f_footer,
        )

        return instance


# Imported below the class: models may refer to each other in a cycle.
from ..models.interactive_body import InteractiveBody  # noqa: E402
from ..models.interactive_footer import InteractiveFooter  # noqa: E402
from ..models.list_action import ListAction  # noqa: E402
from ..models.list_header import ListHeader  # noqa: E402
