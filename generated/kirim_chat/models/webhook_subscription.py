from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..models.webhook_event_name import WebhookEventName
from ..models.webhook_subscription_status import WebhookSubscriptionStatus
from ..types import UNSET

T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription:
    """Where Kirim delivers which webhook events, and the secrets it signs them with."""

    id: str
    """ Kirim id of the subscription, `wbs_` followed by 26 Crockford base32 characters. """
    object_: Literal["webhook_subscription"] = "webhook_subscription"
    """ Resource type tag, always `webhook_subscription`. """
    url: str | None = None
    """ The HTTPS endpoint deliveries go to. """
    status: str | WebhookSubscriptionStatus | None = None
    """ Whether deliveries are made: `active`, or a paused or disabled state (Kirim
    disables a subscription after many consecutive failed deliveries). An open set.
     """
    events: list[str | WebhookEventName] | None = None
    """ The events delivered. """
    secrets: list[WebhookSecret] | None = None
    """ The signing secrets, without their values; several during a rotation. """
    initial_secret: str | None = None
    """ The first signing secret (`whsec_...`), only in the answer to the creation and
    never again. Keep it out of logs.
     """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["object"] = self.object_
        if self.url is not None:
            field_dict["url"] = self.url
        if self.status is not None:
            field_dict["status"] = (
                WebhookSubscriptionStatus(self.status).value
                if isinstance(self.status, WebhookSubscriptionStatus)
                else self.status
            )
        if self.events is not None:
            field_dict["events"] = [
                WebhookEventName(item0).value if isinstance(item0, WebhookEventName) else item0
                for item0 in self.events
            ]
        if self.secrets is not None:
            field_dict["secrets"] = [item0.to_dict() for item0 in self.secrets]
        if self.initial_secret is not None:
            field_dict["initial_secret"] = self.initial_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict
            if type(src_dict) is dict
            else _json.json_object(src_dict, "WebhookSubscription")
        )
        present = 2
        try:
            r_id = src["id"]
        except KeyError:
            raise _json.missing("WebhookSubscription", "id") from None
        if not (type(r_id) is str or isinstance(r_id, str)):
            raise _json.wrong_type("WebhookSubscription.id", "string", r_id)

        f_id = r_id

        try:
            r_object_ = src["object"]
        except KeyError:
            raise _json.missing("WebhookSubscription", "object") from None
        if r_object_ != "webhook_subscription":
            raise _json.wrong_value(
                "WebhookSubscription.object", "'webhook_subscription'", r_object_
            )
        f_object_ = r_object_

        r_url = src.get("url", UNSET)
        f_url: str | None
        if r_url is UNSET:
            f_url = None
        else:
            present += 1
            if not (type(r_url) is str or isinstance(r_url, str)):
                raise _json.wrong_type("WebhookSubscription.url", "string", r_url)

            f_url = r_url

        r_status = src.get("status", UNSET)
        f_status: str | WebhookSubscriptionStatus | None
        if r_status is UNSET:
            f_status = None
        else:
            present += 1
            if not (type(r_status) is str or isinstance(r_status, str)):
                raise _json.wrong_type("WebhookSubscription.status", "string", r_status)

            f_status = cast(
                "str | WebhookSubscriptionStatus",
                WebhookSubscriptionStatus._value2member_map_.get(r_status, r_status),
            )

        r_events = src.get("events", UNSET)
        f_events: list[str | WebhookEventName] | None
        if r_events is UNSET:
            f_events = None
        else:
            present += 1
            if not (type(r_events) is list or isinstance(r_events, list)):
                raise _json.wrong_type("WebhookSubscription.events", "array", r_events)

            f_events__list: list[str | WebhookEventName] = []
            for f_events__item_data in r_events:
                if not (type(f_events__item_data) is str or isinstance(f_events__item_data, str)):
                    raise _json.wrong_type(
                        f"WebhookSubscription.events[{len(f_events__list)}]",
                        "string",
                        f_events__item_data,
                    )

                f_events__item = cast(
                    "str | WebhookEventName",
                    WebhookEventName._value2member_map_.get(
                        f_events__item_data, f_events__item_data
                    ),
                )
                f_events__list.append(f_events__item)
            f_events = f_events__list

        r_secrets = src.get("secrets", UNSET)
        f_secrets: list[WebhookSecret] | None
        if r_secrets is UNSET:
            f_secrets = None
        else:
            present += 1
            if not (type(r_secrets) is list or isinstance(r_secrets, list)):
                raise _json.wrong_type("WebhookSubscription.secrets", "array", r_secrets)

            f_secrets__list: list[WebhookSecret] = []
            for f_secrets__item_data in r_secrets:
                if not (
                    type(f_secrets__item_data) is dict or isinstance(f_secrets__item_data, Mapping)
                ):
                    raise _json.wrong_type(
                        f"WebhookSubscription.secrets[{len(f_secrets__list)}]",
                        "object",
                        f_secrets__item_data,
                    )

                try:
                    f_secrets__item = WebhookSecret.from_dict(f_secrets__item_data)
                except _json.SchemaMismatch as exc:
                    raise _json.within(
                        f"WebhookSubscription.secrets[{len(f_secrets__list)}]", exc
                    ) from exc

                f_secrets__list.append(f_secrets__item)
            f_secrets = f_secrets__list

        r_initial_secret = src.get("initial_secret", UNSET)
        f_initial_secret: str | None
        if r_initial_secret is UNSET:
            f_initial_secret = None
        else:
            present += 1
            if not (type(r_initial_secret) is str or isinstance(r_initial_secret, str)):
                raise _json.wrong_type(
                    "WebhookSubscription.initial_secret", "string", r_initial_secret
                )

            f_initial_secret = r_initial_secret

        instance = cls(
            f_id,
            f_object_,
            f_url,
            f_status,
            f_events,
            f_secrets,
            f_initial_secret,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "id",
                    "object",
                    "url",
                    "status",
                    "events",
                    "secrets",
                    "initial_secret",
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
            "object",
            "url",
            "status",
            "events",
            "secrets",
            "initial_secret",
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
            "id",
            "object",
        ):
            raise TypeError(
                f"{key!r} is a required field of WebhookSubscription; it cannot be deleted"
            )
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: WebhookSubscription) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# Imported below the class: models may refer to each other in a cycle.
from ..models.webhook_secret import WebhookSecret  # noqa: E402
