from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..models.meta_message_type_name import MetaMessageTypeName
from ..types import UNSET

T = TypeVar("T", bound="MetaMessage")


@_attrs_define
class MetaMessage:
    """A message a customer sent. Besides the common fields it carries one named after its
    `type`; `text` and `image` are described, the others are kept as Meta sent them.

    """

    from_: str
    """ The customer's WhatsApp number, in digits. """
    id: str
    """ Meta's id of a WhatsApp message (a "wamid"), as webhooks deliver it: `wamid.` followed
    by an opaque string.
     """
    timestamp: str
    """ When the customer sent it, in Unix seconds written as a string. """
    type_: MetaMessageTypeName | str
    """ The kind of message. An open set; unknown values are kept. """
    text: MetaText | None = None
    """ The text of a text message. """
    image: MetaMedia | None = None
    """ An image the customer sent. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["from"] = self.from_
        field_dict["id"] = self.id
        field_dict["timestamp"] = self.timestamp
        field_dict["type"] = (
            MetaMessageTypeName(self.type_).value
            if isinstance(self.type_, MetaMessageTypeName)
            else self.type_
        )
        if self.text is not None:
            field_dict["text"] = self.text.to_dict()
        if self.image is not None:
            field_dict["image"] = self.image.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MetaMessage")
        present = 4
        try:
            r_from_ = src["from"]
        except KeyError:
            raise _json.missing("MetaMessage", "from") from None
        if not (type(r_from_) is str or isinstance(r_from_, str)):
            raise _json.wrong_type("MetaMessage.from", "string", r_from_)

        f_from_ = r_from_

        try:
            r_id = src["id"]
        except KeyError:
            raise _json.missing("MetaMessage", "id") from None
        if not (type(r_id) is str or isinstance(r_id, str)):
            raise _json.wrong_type("MetaMessage.id", "string", r_id)

        f_id = r_id

        try:
            r_timestamp = src["timestamp"]
        except KeyError:
            raise _json.missing("MetaMessage", "timestamp") from None
        if not (type(r_timestamp) is str or isinstance(r_timestamp, str)):
            raise _json.wrong_type("MetaMessage.timestamp", "string", r_timestamp)

        f_timestamp = r_timestamp

        try:
            r_type_ = src["type"]
        except KeyError:
            raise _json.missing("MetaMessage", "type") from None
        if not (type(r_type_) is str or isinstance(r_type_, str)):
            raise _json.wrong_type("MetaMessage.type", "string", r_type_)

        f_type_ = cast(
            "MetaMessageTypeName | str",
            MetaMessageTypeName._value2member_map_.get(r_type_, r_type_),
        )

        r_text = src.get("text", UNSET)
        f_text: MetaText | None
        if r_text is UNSET:
            f_text = None
        else:
            present += 1
            if not (type(r_text) is dict or isinstance(r_text, Mapping)):
                raise _json.wrong_type("MetaMessage.text", "object", r_text)

            try:
                f_text = MetaText.from_dict(r_text)
            except _json.SchemaMismatch as exc:
                raise _json.within("MetaMessage.text", exc) from exc

        r_image = src.get("image", UNSET)
        f_image: MetaMedia | None
        if r_image is UNSET:
            f_image = None
        else:
            present += 1
            if not (type(r_image) is dict or isinstance(r_image, Mapping)):
                raise _json.wrong_type("MetaMessage.image", "object", r_image)

            try:
                f_image = MetaMedia.from_dict(r_image)
            except _json.SchemaMismatch as exc:
                raise _json.within("MetaMessage.image", exc) from exc

        instance = cls(
            f_from_,
            f_id,
            f_timestamp,
            f_type_,
            f_text,
            f_image,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "from",
                    "id",
                    "timestamp",
                    "type",
                    "text",
                    "image",
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
            "from",
            "id",
            "timestamp",
            "type",
            "text",
            "image",
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
            "from",
            "id",
            "timestamp",
            "type",
        ):
            raise TypeError(f"{key!r} is a required field of MetaMessage; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: MetaMessage) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# The models this one holds: imported after the class, so that models holding each other
# import in any order, and once rather than on every call.
from ..models.meta_media import MetaMedia  # noqa: E402
from ..models.meta_text import MetaText  # noqa: E402
