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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that arrived as an explicit null (they read as None like absent ones),
    # so that to_dict() gives back exactly what was received.
    _null_keys: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        d = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "ErrorDetail")
        _present = 3
        _nulls: list[str] = []
        try:
            _type_ = d["type"]
        except KeyError:
            raise _json.missing("ErrorDetail", "type") from None
        if not (type(_type_) is str or isinstance(_type_, str)):
            raise _json.wrong_type("ErrorDetail.type", "string", _type_)

        type_ = cast("ErrorType | str", ErrorType._value2member_map_.get(_type_, _type_))

        try:
            _code = d["code"]
        except KeyError:
            raise _json.missing("ErrorDetail", "code") from None
        if not (type(_code) is str or isinstance(_code, str)):
            raise _json.wrong_type("ErrorDetail.code", "string", _code)

        code = _code

        try:
            _request_id = d["request_id"]
        except KeyError:
            raise _json.missing("ErrorDetail", "request_id") from None
        if not (type(_request_id) is str or isinstance(_request_id, str)):
            raise _json.wrong_type("ErrorDetail.request_id", "string", _request_id)

        request_id = _request_id

        _message = d.get("message", UNSET)
        message: str | None
        if _message is UNSET:
            message = None
        else:
            _present += 1
            if not (type(_message) is str or isinstance(_message, str)):
                raise _json.wrong_type("ErrorDetail.message", "string", _message)

            message = _message

        _param = d.get("param", UNSET)
        param: None | str
        if _param is UNSET:
            param = None
        else:
            _present += 1
            if _param is None:
                _nulls.append("param")
            if not (type(_param) is str or _param is None or isinstance(_param, str)):
                raise _json.wrong_type("ErrorDetail.param", "string or null", _param)

            param = _param

        error_detail = cls(
            type_,
            code,
            request_id,
            message,
            param,
        )

        if _nulls:
            error_detail._null_keys = tuple(_nulls)

        if len(d) > _present:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "type",
                    "code",
                    "request_id",
                    "message",
                    "param",
                }
            }
            error_detail.additional_properties = extra
        return error_detail

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
