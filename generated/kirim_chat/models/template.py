from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..models.template_status import TemplateStatus
from ..types import UNSET

T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """A WhatsApp message template synced from Meta."""

    name: str
    """ The template's name, as a template send gives it. """
    language: str
    """ The template's language code, such as `id` or `en_US`. """
    status: str | TemplateStatus
    """ Meta's review state; only `approved` templates can be sent. An open set; unknown
    values are kept.
     """
    id: str | None = None
    """ Kirim id of the template, `tmpl_` followed by 26 Crockford base32 characters. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["language"] = self.language
        field_dict["status"] = (
            TemplateStatus(self.status).value
            if isinstance(self.status, TemplateStatus)
            else self.status
        )
        if self.id is not None:
            field_dict["id"] = self.id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "Template")
        present = 3
        try:
            r_name = src["name"]
        except KeyError:
            raise _json.missing("Template", "name") from None
        if not (type(r_name) is str or isinstance(r_name, str)):
            raise _json.wrong_type("Template.name", "string", r_name)

        f_name = r_name

        try:
            r_language = src["language"]
        except KeyError:
            raise _json.missing("Template", "language") from None
        if not (type(r_language) is str or isinstance(r_language, str)):
            raise _json.wrong_type("Template.language", "string", r_language)

        f_language = r_language

        try:
            r_status = src["status"]
        except KeyError:
            raise _json.missing("Template", "status") from None
        if not (type(r_status) is str or isinstance(r_status, str)):
            raise _json.wrong_type("Template.status", "string", r_status)

        f_status = cast(
            "str | TemplateStatus", TemplateStatus._value2member_map_.get(r_status, r_status)
        )

        r_id = src.get("id", UNSET)
        f_id: str | None
        if r_id is UNSET:
            f_id = None
        else:
            present += 1
            if not (type(r_id) is str or isinstance(r_id, str)):
                raise _json.wrong_type("Template.id", "string", r_id)

            f_id = r_id

        instance = cls(
            f_name,
            f_language,
            f_status,
            f_id,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "name",
                    "language",
                    "status",
                    "id",
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
            "name",
            "language",
            "status",
            "id",
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
            "name",
            "language",
            "status",
        ):
            raise TypeError(f"{key!r} is a required field of Template; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: Template) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
