from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="MessageEnvelope")


@_attrs_define
class MessageEnvelope:
    """One message."""

    data: Message
    """ A WhatsApp message, inbound or outbound. Besides the common fields, a message carries
    the fields of its `type`: `content` for text; `media_url`, `mime_type`, `caption` and
    `filename` for images, videos, audio, documents and stickers; `location`, `contacts`,
    `interactive`, `reaction` or `button` for those types. Only `id` is required (see the
    document description).
     """
    request_id: str | None = None
    """ Identifier of this request, equal to the `X-Request-Id` header. Optional: the vendor's
    examples leave it out although its schemas mark it required.
     """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = self.data.to_dict()
        if self.request_id is not None:
            field_dict["request_id"] = self.request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MessageEnvelope")
        present = 1
        try:
            r_data = src["data"]
        except KeyError:
            raise _json.missing("MessageEnvelope", "data") from None
        if not (type(r_data) is dict or isinstance(r_data, Mapping)):
            raise _json.wrong_type("MessageEnvelope.data", "object", r_data)

        try:
            f_data = Message.from_dict(r_data)
        except _json.SchemaMismatch as exc:
            raise _json.within("MessageEnvelope.data", exc) from exc

        r_request_id = src.get("request_id", UNSET)
        f_request_id: str | None
        if r_request_id is UNSET:
            f_request_id = None
        else:
            present += 1
            if not (type(r_request_id) is str or isinstance(r_request_id, str)):
                raise _json.wrong_type("MessageEnvelope.request_id", "string", r_request_id)

            f_request_id = r_request_id

        instance = cls(
            f_data,
            f_request_id,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "data",
                    "request_id",
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
            "data",
            "request_id",
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
        if key in ("data",):
            raise TypeError(f"{key!r} is a required field of MessageEnvelope; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: MessageEnvelope) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# Imported below the class: models may refer to each other in a cycle.
from ..models.message import Message  # noqa: E402
