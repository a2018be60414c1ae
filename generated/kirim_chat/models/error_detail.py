from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_type import ErrorType
from ..types import UNSET, Unset, json_object, open_enum, pop_optional, pop_required

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
    message: str | Unset = UNSET
    """ Human-readable explanation. Its wording may change; do not parse it. """
    param: None | str | Unset = UNSET
    """ Pointer to the request field at fault, when there is one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, ErrorType):
            type_ = ErrorType(self.type_).value
        else:
            type_ = self.type_

        code = self.code

        request_id = self.request_id

        message = self.message

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "code": code,
                "request_id": request_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if param is not UNSET:
            field_dict["param"] = param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = json_object(src_dict, "ErrorDetail")
        type_ = open_enum(ErrorType, pop_required(d, "ErrorDetail", "type", "string|string"))

        code = pop_required(d, "ErrorDetail", "code", "string")

        request_id = pop_required(d, "ErrorDetail", "request_id", "string")

        message = pop_optional(d, "ErrorDetail", "message", "string")

        param = cast("None | str | Unset", pop_optional(d, "ErrorDetail", "param", "string|null"))

        error_detail = cls(
            type_=type_,
            code=code,
            request_id=request_id,
            message=message,
            param=param,
        )

        error_detail.additional_properties = d
        return error_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
