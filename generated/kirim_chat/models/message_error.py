from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="MessageError")


@_attrs_define
class MessageError:
    """Why Meta refused a send that Kirim had accepted."""

    code: str | None = None
    """ Stable identifier to branch on, such as `outside_24h_window`, `template_paused` or
    `recipient_not_on_whatsapp`.
     """
    message: str | None = None
    """ Human-readable explanation; its wording may change. """
    provider_code: int | None = None
    """ Meta's numeric error code. The pages give no upper bound; the maximum here is the
    32-bit range.
     """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.code is not None:
            field_dict["code"] = self.code
        if self.message is not None:
            field_dict["message"] = self.message
        if self.provider_code is not None:
            field_dict["provider_code"] = self.provider_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MessageError")
        present = 0
        r_code = src.get("code", UNSET)
        f_code: str | None
        if r_code is UNSET:
            f_code = None
        else:
            present += 1
            if not (type(r_code) is str or isinstance(r_code, str)):
                raise _json.wrong_type("MessageError.code", "string", r_code)

            f_code = r_code

        r_message = src.get("message", UNSET)
        f_message: str | None
        if r_message is UNSET:
            f_message = None
        else:
            present += 1
            if not (type(r_message) is str or isinstance(r_message, str)):
                raise _json.wrong_type("MessageError.message", "string", r_message)

            f_message = r_message

        r_provider_code = src.get("provider_code", UNSET)
        f_provider_code: int | None
        if r_provider_code is UNSET:
            f_provider_code = None
        else:
            present += 1
            if not (
                type(r_provider_code) is int
                or (isinstance(r_provider_code, int) and not isinstance(r_provider_code, bool))
            ):
                raise _json.wrong_type("MessageError.provider_code", "integer", r_provider_code)

            f_provider_code = r_provider_code

        instance = cls(
            f_code,
            f_message,
            f_provider_code,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "code",
                    "message",
                    "provider_code",
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
            "code",
            "message",
            "provider_code",
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

    def _become(self, other: MessageError) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
