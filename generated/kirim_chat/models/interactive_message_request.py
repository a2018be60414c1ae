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

T = TypeVar("T", bound="InteractiveMessageRequest")


@_attrs_define
class InteractiveMessageRequest:
    """Sends an interactive message (a call-to-action button or a list)."""

    to: str
    """ The recipient's phone number in E.164 form, with the leading `+`. """
    interactive: CtaUrlInteractive | ListInteractive
    """ The interactive message, told apart by its `type`. """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    type_: Literal["interactive"] = "interactive"
    """ Always `interactive` for this variant. """
    recipient_type: Literal["individual"] | None = None
    """ Always `individual` when given. """
    context: ReplyContext | None = None
    """ Makes the message a reply: WhatsApp shows it quoting the earlier message. Documented in
    the OpenAPI document shipped with the vendor's SDK (3.8).
     """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["messaging_product"] = self.messaging_product
        field_dict["to"] = self.to
        field_dict["type"] = self.type_
        field_dict["interactive"] = (
            self.interactive.to_dict()
            if isinstance(self.interactive, CtaUrlInteractive)
            else self.interactive.to_dict()
            if isinstance(self.interactive, ListInteractive)
            else self.interactive
        )
        if self.recipient_type is not None:
            field_dict["recipient_type"] = self.recipient_type
        if self.context is not None:
            field_dict["context"] = self.context.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict
            if type(src_dict) is dict
            else _json.json_object(src_dict, "InteractiveMessageRequest")
        )
        try:
            r_messaging_product = src["messaging_product"]
        except KeyError:
            raise _json.missing("InteractiveMessageRequest", "messaging_product") from None
        if r_messaging_product != "whatsapp":
            raise _json.wrong_value(
                "InteractiveMessageRequest.messaging_product", "'whatsapp'", r_messaging_product
            )
        f_messaging_product = r_messaging_product

        try:
            r_to = src["to"]
        except KeyError:
            raise _json.missing("InteractiveMessageRequest", "to") from None
        if not (type(r_to) is str or isinstance(r_to, str)):
            raise _json.wrong_type("InteractiveMessageRequest.to", "string", r_to)

        f_to = r_to

        try:
            r_type_ = src["type"]
        except KeyError:
            raise _json.missing("InteractiveMessageRequest", "type") from None
        if r_type_ != "interactive":
            raise _json.wrong_value("InteractiveMessageRequest.type", "'interactive'", r_type_)
        f_type_ = r_type_

        try:
            r_interactive = src["interactive"]
        except KeyError:
            raise _json.missing("InteractiveMessageRequest", "interactive") from None

        def _parse_f_interactive(data: object) -> CtaUrlInteractive | ListInteractive:
            _failures: list[str] = []
            if type(data) is dict or isinstance(data, Mapping):
                try:
                    if not (type(data) is dict or isinstance(data, Mapping)):
                        raise _json.wrong_type(
                            "InteractiveMessageRequest.interactive", "object", data
                        )

                    try:
                        parsed_0 = CtaUrlInteractive.from_dict(data)
                    except _json.SchemaMismatch as exc:
                        raise _json.within("InteractiveMessageRequest.interactive", exc) from exc

                    return parsed_0
                except _json.SchemaMismatch as exc:
                    _failures.append(str(exc))
            if type(data) is dict or isinstance(data, Mapping):
                try:
                    if not (type(data) is dict or isinstance(data, Mapping)):
                        raise _json.wrong_type(
                            "InteractiveMessageRequest.interactive", "object", data
                        )

                    try:
                        parsed_1 = ListInteractive.from_dict(data)
                    except _json.SchemaMismatch as exc:
                        raise _json.within("InteractiveMessageRequest.interactive", exc) from exc

                    return parsed_1
                except _json.SchemaMismatch as exc:
                    _failures.append(str(exc))
            _where = "InteractiveMessageRequest.interactive"
            _detail = "; ".join(failure.removeprefix(_where + ": ") for failure in _failures)
            raise _json.within(
                _where,
                _json.SchemaMismatch(
                    "expected CtaUrlInteractive or ListInteractive, got "
                    + _json.json_type_name(data)
                    + (f" ({_detail})" if _detail else "")
                ),
            )

        f_interactive = _parse_f_interactive(r_interactive)

        r_recipient_type = src.get("recipient_type", UNSET)
        f_recipient_type: Literal["individual"] | None
        if r_recipient_type is UNSET:
            f_recipient_type = None
        else:
            if r_recipient_type != "individual":
                raise _json.wrong_value(
                    "InteractiveMessageRequest.recipient_type", "'individual'", r_recipient_type
                )
            f_recipient_type = r_recipient_type

        r_context = src.get("context", UNSET)
        f_context: ReplyContext | None
        if r_context is UNSET:
            f_context = None
        else:
            if not (type(r_context) is dict or isinstance(r_context, Mapping)):
                raise _json.wrong_type("InteractiveMessageRequest.context", "object", r_context)

            try:
                f_context = ReplyContext.from_dict(r_context)
            except _json.SchemaMismatch as exc:
                raise _json.within("InteractiveMessageRequest.context", exc) from exc

        instance = cls(
            f_to,
            f_interactive,
            f_messaging_product,
            f_type_,
            f_recipient_type,
            f_context,
        )

        return instance


# Imported below the class: models may refer to each other in a cycle.
from ..models.cta_url_interactive import CtaUrlInteractive  # noqa: E402
from ..models.list_interactive import ListInteractive  # noqa: E402
from ..models.reply_context import ReplyContext  # noqa: E402
