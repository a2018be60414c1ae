from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="TemplateLanguage")


@_attrs_define
class TemplateLanguage:
    """The object form of a template's language."""

    code: str
    """ Language code of the approved template, such as `id` or `en_US`. """
    policy: str | None = None
    """ Meta's language policy; Meta has deprecated it, prefer the plain code. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["code"] = self.code
        if self.policy is not None:
            field_dict["policy"] = self.policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict if type(src_dict) is dict else _json.json_object(src_dict, "TemplateLanguage")
        )
        try:
            r_code = src["code"]
        except KeyError:
            raise _json.missing("TemplateLanguage", "code") from None
        if not (type(r_code) is str or isinstance(r_code, str)):
            raise _json.wrong_type("TemplateLanguage.code", "string", r_code)

        f_code = r_code

        r_policy = src.get("policy", UNSET)
        f_policy: str | None
        if r_policy is UNSET:
            f_policy = None
        else:
            if not (type(r_policy) is str or isinstance(r_policy, str)):
                raise _json.wrong_type("TemplateLanguage.policy", "string", r_policy)

            f_policy = r_policy

        instance = cls(
            f_code,
            f_policy,
        )

        return instance
