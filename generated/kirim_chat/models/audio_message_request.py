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

T = TypeVar("T", bound="AudioMessageRequest")


@_attrs_define
class AudioMessageRequest:
    """Sends an audio file."""

    to: str
    """ The recipient's phone number in E.164 form, with the leading `+`. """
    audio: MediaById | MediaByLink
    """ An image, video or audio file, given by `link` or by `id`, never both. """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    type_: Literal["audio"] = "audio"
    """ Always `audio` for this variant. """
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
        field_dict["audio"] = (
            self.audio.to_dict()
            if isinstance(self.audio, MediaByLink)
            else self.audio.to_dict()
            if isinstance(self.audio, MediaById)
            else self.audio
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
            else _json.json_object(src_dict, "AudioMessageRequest")
        )
        try:
            r_messaging_product = src["messaging_product"]
        except KeyError:
            raise _json.missing("AudioMessageRequest", "messaging_product") from None
        if r_messaging_product != "whatsapp":
            raise _json.wrong_value(
                "AudioMessageRequest.messaging_product", "'whatsapp'", r_messaging_product
            )
        f_messaging_product = r_messaging_product

        try:
            r_to = src["to"]
        except KeyError:
            raise _json.missing("AudioMessageRequest", "to") from None
        if not (type(r_to) is str or isinstance(r_to, str)):
            raise _json.wrong_type("AudioMessageRequest.to", "string", r_to)

        f_to = r_to

        try:
            r_type_ = src["type"]
        except KeyError:
            raise _json.missing("AudioMessageRequest", "type") from None
        if r_type_ != "audio":
            raise _json.wrong_value("AudioMessageRequest.type", "'audio'", r_type_)
        f_type_ = r_type_

        try:
            r_audio = src["audio"]
        except KeyError:
            raise _json.missing("AudioMessageRequest", "audio") from None

        def _parse_f_audio(data: object) -> MediaById | MediaByLink:
            _failures: list[str] = []
            if type(data) is dict or isinstance(data, Mapping):
                try:
                    if not (type(data) is dict or isinstance(data, Mapping)):
                        raise _json.wrong_type("AudioMessageRequest.audio", "object", data)

                    try:
                        parsed_0 = MediaByLink.from_dict(data)
                    except _json.SchemaMismatch as exc:
                        raise _json.within("AudioMessageRequest.audio", exc) from exc

                    return parsed_0
                except _json.SchemaMismatch as exc:
                    _failures.append(str(exc))
            if type(data) is dict or isinstance(data, Mapping):
                try:
                    if not (type(data) is dict or isinstance(data, Mapping)):
                        raise _json.wrong_type("AudioMessageRequest.audio", "object", data)

                    try:
                        parsed_1 = MediaById.from_dict(data)
                    except _json.SchemaMismatch as exc:
                        raise _json.within("AudioMessageRequest.audio", exc) from exc

                    return parsed_1
                except _json.SchemaMismatch as exc:
                    _failures.append(str(exc))
            _where = "AudioMessageRequest.audio"
            _detail = "; ".join(failure.removeprefix(_where + ": ") for failure in _failures)
            raise _json.within(
                _where,
                _json.SchemaMismatch(
                    "expected MediaByLink or MediaById, got "
                    + _json.json_type_name(data)
                    + (f" ({_detail})" if _detail else "")
                ),
            )

        f_audio = _parse_f_audio(r_audio)

        r_recipient_type = src.get("recipient_type", UNSET)
        f_recipient_type: Literal["individual"] | None
        if r_recipient_type is UNSET:
            f_recipient_type = None
        else:
            if r_recipient_type != "individual":
                raise _json.wrong_value(
                    "AudioMessageRequest.recipient_type", "'individual'", r_recipient_type
                )
            f_recipient_type = r_recipient_type

        r_context = src.get("context", UNSET)
        f_context: ReplyContext | None
        if r_context is UNSET:
            f_context = None
        else:
            if not (type(r_context) is dict or isinstance(r_context, Mapping)):
                raise _json.wrong_type("AudioMessageRequest.context", "object", r_context)

            try:
                f_context = ReplyContext.from_dict(r_context)
            except _json.SchemaMismatch as exc:
                raise _json.within("AudioMessageRequest.context", exc) from exc

        instance = cls(
            f_to,
            f_audio,
            f_messaging_product,
            f_type_,
            f_recipient_type,
            f_context,
        )

        return instance


# Imported below the class: models may refer to each other in a cycle.
from ..models.media_by_id import MediaById  # noqa: E402
from ..models.media_by_link import MediaByLink  # noqa: E402
from ..models.reply_context import ReplyContext  # noqa: E402
