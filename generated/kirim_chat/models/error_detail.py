from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..models.error_type import ErrorType
from ..types import UNSET

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """What went wrong."""

    type_: ErrorType | str
    """ Broad category of the error. An open set; unknown values are kept. """
    code: str
    """ Stable machine-readable identifier to branch on, such as `expired_api_key` or
    `rate_limit_exceeded`.
     """
    request_id: str
    """ Identifier of the request; equals the `X-Request-Id` header. """
    message: str | None = None
    """ Human-readable explanation. Its wording may change; do not parse it. """
    param: None | str = None
    """ Pointer to the request field at fault, when there is one. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)
    # The optional fields that arrived as an explicit null (they read as None like absent ones),
    # so that to_dict() gives back exactly what was received.
    _null_keys: tuple[str, ...] = _attrs_field(
        kw_only=True, default=(), repr=False, eq=False, alias="_null_keys"
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = (
            ErrorType(self.type_).value if isinstance(self.type_, ErrorType) else self.type_
        )
        field_dict["code"] = self.code
        field_dict["request_id"] = self.request_id
        if self.message is not None:
            field_dict["message"] = self.message
        if self.param is not None or "param" in self._null_keys:
            field_dict["param"] = self.param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "ErrorDetail")
        present = 3
        nulls: list[str] = []
        try:
            r_type_ = src["type"]
        except KeyError:
            raise _json.missing("ErrorDetail", "type") from None
        if not (type(r_type_) is str or isinstance(r_type_, str)):
            raise _json.wrong_type("ErrorDetail.type", "string", r_type_)

        f_type_ = cast("ErrorType | str", ErrorType._value2member_map_.get(r_type_, r_type_))

        try:
            r_code = src["code"]
        except KeyError:
            raise _json.missing("ErrorDetail", "code") from None
        if not (type(r_code) is str or isinstance(r_code, str)):
            raise _json.wrong_type("ErrorDetail.code", "string", r_code)

        f_code = r_code

        try:
            r_request_id = src["request_id"]
        except KeyError:
            raise _json.missing("ErrorDetail", "request_id") from None
        if not (type(r_request_id) is str or isinstance(r_request_id, str)):
            raise _json.wrong_type("ErrorDetail.request_id", "string", r_request_id)

        f_request_id = r_request_id

        r_message = src.get("message", UNSET)
        f_message: str | None
        if r_message is UNSET:
            f_message = None
        else:
            present += 1
            if not (type(r_message) is str or isinstance(r_message, str)):
                raise _json.wrong_type("ErrorDetail.message", "string", r_message)

            f_message = r_message

        r_param = src.get("param", UNSET)
        f_param: None | str
        if r_param is UNSET:
            f_param = None
        else:
            present += 1
            if r_param is None:
                nulls.append("param")
            if not (type(r_param) is str or r_param is None or isinstance(r_param, str)):
                raise _json.wrong_type("ErrorDetail.param", "string or null", r_param)

            f_param = r_param

        instance = cls(
            f_type_,
            f_code,
            f_request_id,
            f_message,
            f_param,
        )

        if nulls:
            instance._null_keys = tuple(nulls)
        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "type",
                    "code",
                    "request_id",
                    "message",
                    "param",
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
            "code",
            "request_id",
            "message",
            "param",
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
            "type",
            "code",
            "request_id",
        ):
            raise TypeError(f"{key!r} is a required field of ErrorDetail; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: ErrorDetail) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
