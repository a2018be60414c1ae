from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="ApiKeyContext")


@_attrs_define
class ApiKeyContext:
    """What the calling API key is and what it may do."""

    organization: Organization
    """ The organisation that owns an API key. """
    api_key: ApiKey
    """ The API key a request was made with, as Kirim displays it. The key itself is never
    returned.
     """
    rate_limits: RateLimits | None = None
    """ The rate-limit tier of the organisation and its budgets per minute. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["organization"] = self.organization.to_dict()
        field_dict["api_key"] = self.api_key.to_dict()
        if self.rate_limits is not None:
            field_dict["rate_limits"] = self.rate_limits.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "ApiKeyContext")
        present = 2
        try:
            r_organization = src["organization"]
        except KeyError:
            raise _json.missing("ApiKeyContext", "organization") from None
        if not (type(r_organization) is dict or isinstance(r_organization, Mapping)):
            raise _json.wrong_type("ApiKeyContext.organization", "object", r_organization)

        try:
            f_organization = Organization.from_dict(r_organization)
        except _json.SchemaMismatch as exc:
            raise _json.within("ApiKeyContext.organization", exc) from exc

        try:
            r_api_key = src["api_key"]
        except KeyError:
            raise _json.missing("ApiKeyContext", "api_key") from None
        if not (type(r_api_key) is dict or isinstance(r_api_key, Mapping)):
            raise _json.wrong_type("ApiKeyContext.api_key", "object", r_api_key)

        try:
            f_api_key = ApiKey.from_dict(r_api_key)
        except _json.SchemaMismatch as exc:
            raise _json.within("ApiKeyContext.api_key", exc) from exc

        r_rate_limits = src.get("rate_limits", UNSET)
        f_rate_limits: RateLimits | None
        if r_rate_limits is UNSET:
            f_rate_limits = None
        else:
            present += 1
            if not (type(r_rate_limits) is dict or isinstance(r_rate_limits, Mapping)):
                raise _json.wrong_type("ApiKeyContext.rate_limits", "object", r_rate_limits)

            try:
                f_rate_limits = RateLimits.from_dict(r_rate_limits)
            except _json.SchemaMismatch as exc:
                raise _json.within("ApiKeyContext.rate_limits", exc) from exc

        instance = cls(
            f_organization,
            f_api_key,
            f_rate_limits,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "organization",
                    "api_key",
                    "rate_limits",
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
            "organization",
            "api_key",
            "rate_limits",
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
            "organization",
            "api_key",
        ):
            raise TypeError(f"{key!r} is a required field of ApiKeyContext; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: ApiKeyContext) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# Imported below the class: models may refer to each other in a cycle.
from ..models.api_key import ApiKey  # noqa: E402
from ..models.organization import Organization  # noqa: E402
from ..models.rate_limits import RateLimits  # noqa: E402
