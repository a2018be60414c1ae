from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="WebhookSecret")


@_attrs_define
class WebhookSecret:
    """A signing secret of a webhook subscription, without its value."""

    id: str
    """ Kirim id of the secret, `sec_` followed by 26 Crockford base32 characters. """
    created_at: datetime.datetime | None = None
    """ When the secret was issued. """
    expires_at: datetime.datetime | None = None
    """ When the secret stops being used; null if it does not expire. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)
    # The optional fields that arrived as an explicit null (they read as None like absent ones),
    # so that to_dict() gives back exactly what was received.
    _null_keys: tuple[str, ...] = _attrs_field(
        kw_only=True, default=(), repr=False, eq=False, alias="_null_keys"
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        if self.created_at is not None:
            field_dict["created_at"] = _json.datetime_text(self.created_at)
        if self.expires_at is not None or "expires_at" in self._null_keys:
            field_dict["expires_at"] = (
                _json.datetime_text(self.expires_at)
                if isinstance(self.expires_at, datetime.datetime)
                else self.expires_at
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "WebhookSecret")
        present = 1
        nulls: list[str] = []
        try:
            r_id = src["id"]
        except KeyError:
            raise _json.missing("WebhookSecret", "id") from None
        if not (type(r_id) is str or isinstance(r_id, str)):
            raise _json.wrong_type("WebhookSecret.id", "string", r_id)

        f_id = r_id

        r_created_at = src.get("created_at", UNSET)
        f_created_at: datetime.datetime | None
        if r_created_at is UNSET:
            f_created_at = None
        else:
            present += 1
            if not (type(r_created_at) is str or isinstance(r_created_at, str)):
                raise _json.wrong_type("WebhookSecret.created_at", "string", r_created_at)

            f_created_at = _json.parse_datetime(r_created_at, "WebhookSecret.created_at")

        r_expires_at = src.get("expires_at", UNSET)
        f_expires_at: datetime.datetime | None
        if r_expires_at is UNSET:
            f_expires_at = None
        else:
            present += 1
            if r_expires_at is None:
                nulls.append("expires_at")
            if r_expires_at is None:
                f_expires_at = None
            else:
                if not (type(r_expires_at) is str or isinstance(r_expires_at, str)):
                    raise _json.wrong_type("WebhookSecret.expires_at", "string", r_expires_at)

                f_expires_at = _json.parse_datetime(r_expires_at, "WebhookSecret.expires_at")

        instance = cls(
            f_id,
            f_created_at,
            f_expires_at,
        )

        if nulls:
            instance._null_keys = tuple(nulls)
        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "id",
                    "created_at",
                    "expires_at",
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
            "created_at",
            "expires_at",
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
            raise TypeError(f"{key!r} is a required field of WebhookSecret; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: WebhookSecret) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
