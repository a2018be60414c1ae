from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json

T = TypeVar("T", bound="CreateWebhookSecretRequest")


@_attrs_define
class CreateWebhookSecretRequest:
    """How long the new secret lasts."""

    expires_in_hours: int
    """ The expiry of the new secret, in hours. The pages give no upper bound; the maximum
    here is the 32-bit range.
     """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["expires_in_hours"] = self.expires_in_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict
            if type(src_dict) is dict
            else _json.json_object(src_dict, "CreateWebhookSecretRequest")
        )
        try:
            r_expires_in_hours = src["expires_in_hours"]
        except KeyError:
            raise _json.missing("CreateWebhookSecretRequest", "expires_in_hours") from None
        if not (
            type(r_expires_in_hours) is int
            or (isinstance(r_expires_in_hours, int) and not isinstance(r_expires_in_hours, bool))
        ):
            raise _json.wrong_type(
                "CreateWebhookSecretRequest.expires_in_hours", "integer", r_expires_in_hours
            )

        f_expires_in_hours = r_expires_in_hours

        instance = cls(
            f_expires_in_hours,
        )

        return instance
