from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..models.message_status import MessageStatus
from ..models.message_type import MessageType
from ..types import UNSET

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A WhatsApp message, inbound or outbound. Besides the common fields, a message carries
    the fields of its `type`: `content` for text; `media_url`, `mime_type`, `caption` and
    `filename` for images, videos, audio, documents and stickers; `location`, `contacts`,
    `interactive`, `reaction` or `button` for those types. Only `id` is required (see the
    document description).

    """

    id: str
    """ Kirim id of the message, `msg_` followed by 26 Crockford base32 characters. """
    object_: Literal["message"] | None = None
    """ Resource type tag, always `message`. """
    type_: MessageType | str | None = None
    """ The kind of message. An open set; unknown values are kept. """
    status: MessageStatus | str | None = None
    """ Delivery state: `pending` once accepted, then `sent`, `delivered` and `read`, or
    `failed` with an `error`. Updates may arrive out of order. An open set.
     """
    message_id: str | None = None
    """ Meta's id of a WhatsApp message (a "wamid"), as webhooks deliver it: `wamid.` followed
    by an opaque string.
     """
    error: MessageError | None = None
    """ Why Meta refused a send that Kirim had accepted. """
    content: str | None = None
    """ The text of a text message. """
    media_url: str | None = None
    """ Where the media of an image, video, audio, document or sticker can be fetched. """
    mime_type: str | None = None
    """ The media's MIME type. """
    caption: str | None = None
    """ The media's caption. """
    filename: str | None = None
    """ The document's file name. """
    location: MessageLocation | None = None
    """ A location the customer shared. """
    contacts: list[SharedContact] | None = None
    """ The contact cards of a contacts message. """
    interactive: InboundInteractive | None = None
    """ The button or list row a customer tapped. """
    reaction: MessageReaction | None = None
    """ An emoji reaction to an earlier message. """
    button: MessageButton | None = None
    """ A quick-reply button of a template the customer tapped. """
    created_at: datetime.datetime | None = None
    """ When Kirim created the message. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        if self.object_ is not None:
            field_dict["object"] = self.object_
        if self.type_ is not None:
            field_dict["type"] = (
                MessageType(self.type_).value if isinstance(self.type_, MessageType) else self.type_
            )
        if self.status is not None:
            field_dict["status"] = (
                MessageStatus(self.status).value
                if isinstance(self.status, MessageStatus)
                else self.status
            )
        if self.message_id is not None:
            field_dict["message_id"] = self.message_id
        if self.error is not None:
            field_dict["error"] = self.error.to_dict()
        if self.content is not None:
            field_dict["content"] = self.content
        if self.media_url is not None:
            field_dict["media_url"] = self.media_url
        if self.mime_type is not None:
            field_dict["mime_type"] = self.mime_type
        if self.caption is not None:
            field_dict["caption"] = self.caption
        if self.filename is not None:
            field_dict["filename"] = self.filename
        if self.location is not None:
            field_dict["location"] = self.location.to_dict()
        if self.contacts is not None:
            field_dict["contacts"] = [item0.to_dict() for item0 in self.contacts]
        if self.interactive is not None:
            field_dict["interactive"] = self.interactive.to_dict()
        if self.reaction is not None:
            field_dict["reaction"] = self.reaction.to_dict()
        if self.button is not None:
            field_dict["button"] = self.button.to_dict()
        if self.created_at is not None:
            field_dict["created_at"] = _json.datetime_text(self.created_at)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "Message")
        present = 1
        try:
            r_id = src["id"]
        except KeyError:
            raise _json.missing("Message", "id") from None
        if not (type(r_id) is str or isinstance(r_id, str)):
            raise _json.wrong_type("Message.id", "string", r_id)

        f_id = r_id

        r_object_ = src.get("object", UNSET)
        f_object_: Literal["message"] | None
        if r_object_ is UNSET:
            f_object_ = None
        else:
            present += 1
            if r_object_ != "message":
                raise _json.wrong_value("Message.object", "'message'", r_object_)
            f_object_ = r_object_

        r_type_ = src.get("type", UNSET)
        f_type_: MessageType | str | None
        if r_type_ is UNSET:
            f_type_ = None
        else:
            present += 1
            if not (type(r_type_) is str or isinstance(r_type_, str)):
                raise _json.wrong_type("Message.type", "string", r_type_)

            f_type_ = cast(
                "MessageType | str", MessageType._value2member_map_.get(r_type_, r_type_)
            )

        r_status = src.get("status", UNSET)
        f_status: MessageStatus | str | None
        if r_status is UNSET:
            f_status = None
        else:
            present += 1
            if not (type(r_status) is str or isinstance(r_status, str)):
                raise _json.wrong_type("Message.status", "string", r_status)

            f_status = cast(
                "MessageStatus | str", MessageStatus._value2member_map_.get(r_status, r_status)
            )

        r_message_id = src.get("message_id", UNSET)
        f_message_id: str | None
        if r_message_id is UNSET:
            f_message_id = None
        else:
            present += 1
            if not (type(r_message_id) is str or isinstance(r_message_id, str)):
                raise _json.wrong_type("Message.message_id", "string", r_message_id)

            f_message_id = r_message_id

        r_error = src.get("error", UNSET)
        f_error: MessageError | None
        if r_error is UNSET:
            f_error = None
        else:
            present += 1
            if not (type(r_error) is dict or isinstance(r_error, Mapping)):
                raise _json.wrong_type("Message.error", "object", r_error)

            try:
                f_error = MessageError.from_dict(r_error)
            except _json.SchemaMismatch as exc:
                raise _json.within("Message.error", exc) from exc

        r_content = src.get("content", UNSET)
        f_content: str | None
        if r_content is UNSET:
            f_content = None
        else:
            present += 1
            if not (type(r_content) is str or isinstance(r_content, str)):
                raise _json.wrong_type("Message.content", "string", r_content)

            f_content = r_content

        r_media_url = src.get("media_url", UNSET)
        f_media_url: str | None
        if r_media_url is UNSET:
            f_media_url = None
        else:
            present += 1
            if not (type(r_media_url) is str or isinstance(r_media_url, str)):
                raise _json.wrong_type("Message.media_url", "string", r_media_url)

            f_media_url = r_media_url

        r_mime_type = src.get("mime_type", UNSET)
        f_mime_type: str | None
        if r_mime_type is UNSET:
            f_mime_type = None
        else:
            present += 1
            if not (type(r_mime_type) is str or isinstance(r_mime_type, str)):
                raise _json.wrong_type("Message.mime_type", "string", r_mime_type)

            f_mime_type = r_mime_type

        r_caption = src.get("caption", UNSET)
        f_caption: str | None
        if r_caption is UNSET:
            f_caption = None
        else:
            present += 1
            if not (type(r_caption) is str or isinstance(r_caption, str)):
                raise _json.wrong_type("Message.caption", "string", r_caption)

            f_caption = r_caption

        r_filename = src.get("filename", UNSET)
        f_filename: str | None
        if r_filename is UNSET:
            f_filename = None
        else:
            present += 1
            if not (type(r_filename) is str or isinstance(r_filename, str)):
                raise _json.wrong_type("Message.filename", "string", r_filename)

            f_filename = r_filename

        r_location = src.get("location", UNSET)
        f_location: MessageLocation | None
        if r_location is UNSET:
            f_location = None
        else:
            present += 1
            if not (type(r_location) is dict or isinstance(r_location, Mapping)):
                raise _json.wrong_type("Message.location", "object", r_location)

            try:
                f_location = MessageLocation.from_dict(r_location)
            except _json.SchemaMismatch as exc:
                raise _json.within("Message.location", exc) from exc

        r_contacts = src.get("contacts", UNSET)
        f_contacts: list[SharedContact] | None
        if r_contacts is UNSET:
            f_contacts = None
        else:
            present += 1
            if not (type(r_contacts) is list or isinstance(r_contacts, list)):
                raise _json.wrong_type("Message.contacts", "array", r_contacts)

            f_contacts__list: list[SharedContact] = []
            for f_contacts__item_data in r_contacts:
                if not (
                    type(f_contacts__item_data) is dict
                    or isinstance(f_contacts__item_data, Mapping)
                ):
                    raise _json.wrong_type(
                        f"Message.contacts[{len(f_contacts__list)}]",
                        "object",
                        f_contacts__item_data,
                    )

                try:
                    f_contacts__item = SharedContact.from_dict(f_contacts__item_data)
                except _json.SchemaMismatch as exc:
                    raise _json.within(f"Message.contacts[{len(f_contacts__list)}]", exc) from exc

                f_contacts__list.append(f_contacts__item)
            f_contacts = f_contacts__list

        r_interactive = src.get("interactive", UNSET)
        f_interactive: InboundInteractive | None
        if r_interactive is UNSET:
            f_interactive = None
        else:
            present += 1
            if not (type(r_interactive) is dict or isinstance(r_interactive, Mapping)):
                raise _json.wrong_type("Message.interactive", "object", r_interactive)

            try:
                f_interactive = InboundInteractive.from_dict(r_interactive)
            except _json.SchemaMismatch as exc:
                raise _json.within("Message.interactive", exc) from exc

        r_reaction = src.get("reaction", UNSET)
        f_reaction: MessageReaction | None
        if r_reaction is UNSET:
            f_reaction = None
        else:
            present += 1
            if not (type(r_reaction) is dict or isinstance(r_reaction, Mapping)):
                raise _json.wrong_type("Message.reaction", "object", r_reaction)

            try:
                f_reaction = MessageReaction.from_dict(r_reaction)
            except _json.SchemaMismatch as exc:
                raise _json.within("Message.reaction", exc) from exc

        r_button = src.get("button", UNSET)
        f_button: MessageButton | None
        if r_button is UNSET:
            f_button = None
        else:
            present += 1
            if not (type(r_button) is dict or isinstance(r_button, Mapping)):
                raise _json.wrong_type("Message.button", "object", r_button)

            try:
                f_button = MessageButton.from_dict(r_button)
            except _json.SchemaMismatch as exc:
                raise _json.within("Message.button", exc) from exc

        r_created_at = src.get("created_at", UNSET)
        f_created_at: datetime.datetime | None
        if r_created_at is UNSET:
            f_created_at = None
        else:
            present += 1
            if not (type(r_created_at) is str or isinstance(r_created_at, str)):
                raise _json.wrong_type("Message.created_at", "string", r_created_at)

            f_created_at = _json.parse_datetime(r_created_at, "Message.created_at")

        instance = cls(
            f_id,
            f_object_,
            f_type_,
            f_status,
            f_message_id,
            f_error,
            f_content,
            f_media_url,
            f_mime_type,
            f_caption,
            f_filename,
            f_location,
            f_contacts,
            f_interactive,
            f_reaction,
            f_button,
            f_created_at,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "id",
                    "object",
                    "type",
                    "status",
                    "message_id",
                    "error",
                    "content",
                    "media_url",
                    "mime_type",
                    "caption",
                    "filename",
                    "location",
                    "contacts",
                    "interactive",
                    "reaction",
                    "button",
                    "created_at",
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
            "type",
            "status",
            "message_id",
            "error",
            "content",
            "media_url",
            "mime_type",
            "caption",
            "filename",
            "location",
            "contacts",
            "interactive",
            "reaction",
            "button",
            "created_at",
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
        if key in ("id",):
            raise TypeError(f"{key!r} is a required field of Message; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: Message) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# Imported below the class: models may refer to each other in a cycle.
from ..models.inbound_interactive import InboundInteractive  # noqa: E402
from ..models.message_button import MessageButton  # noqa: E402
from ..models.message_error import MessageError  # noqa: E402
from ..models.message_location import MessageLocation  # noqa: E402
from ..models.message_reaction import MessageReaction  # noqa: E402
from ..models.shared_contact import SharedContact  # noqa: E402
