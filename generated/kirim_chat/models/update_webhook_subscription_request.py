from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import _json
from ..models.webhook_event_name import WebhookEventName
from ..models.webhook_subscription_status import WebhookSubscriptionStatus
from ..types import UNSET

T = TypeVar("T", bound="UpdateWebhookSubscriptionRequest")


@_attrs_define
class UpdateWebhookSubscriptionRequest:
    """The changes to make; fields left out keep their value."""

    url: str | None = None
    """ A new endpoint; HTTPS only. """
    description: str | None = None
    """ A new note of your own. """
    events: list[str | WebhookEventName] | None = None
    """ The new list of events, replacing the old one. """
    status: str | WebhookSubscriptionStatus | None = None
    """ `active` to deliver; the values that pause delivery are not listed on the pages,
    so any value is passed through.
     """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        if self.url is not None:
            field_dict["url"] = self.url
        if self.description is not None:
            field_dict["description"] = self.description
        if self.events is not None:
            field_dict["events"] = [
                WebhookEventName(item0).value if isinstance(item0, WebhookEventName) else item0
                for item0 in self.events
            ]
        if self.status is not None:
            field_dict["status"] = (
                WebhookSubscriptionStatus(self.status).value
                if isinstance(self.status, WebhookSubscriptionStatus)
                else self.status
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict
            if type(src_dict) is dict
            else _json.json_object(src_dict, "UpdateWebhookSubscriptionRequest")
        )
        r_url = src.get("url", UNSET)
        f_url: str | None
        if r_url is UNSET:
            f_url = None
        else:
            if not (type(r_url) is str or isinstance(r_url, str)):
                raise _json.wrong_type("UpdateWebhookSubscriptionRequest.url", "string", r_url)

            f_url = r_url

        r_description = src.get("description", UNSET)
        f_description: str | None
        if r_description is UNSET:
            f_description = None
        else:
            if not (type(r_description) is str or isinstance(r_description, str)):
                raise _json.wrong_type(
                    "UpdateWebhookSubscriptionRequest.description", "string", r_description
                )

            f_description = r_description

        r_events = src.get("events", UNSET)
        f_events: list[str | WebhookEventName] | None
        if r_events is UNSET:
            f_events = None
        else:
            if not (type(r_events) is list or isinstance(r_events, list)):
                raise _json.wrong_type("UpdateWebhookSubscriptionRequest.events", "array", r_events)

            f_events__list: list[str | WebhookEventName] = []
            for f_events__item_data in r_events:
                if not (type(f_events__item_data) is str or isinstance(f_events__item_data, str)):
                    raise _json.wrong_type(
                        f"UpdateWebhookSubscriptionRequest.events[{len(f_events__list)}]",
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

        r_status = src.get("status", UNSET)
        f_status: str | WebhookSubscriptionStatus | None
        if r_status is UNSET:
            f_status = None
        else:
            if not (type(r_status) is str or isinstance(r_status, str)):
                raise _json.wrong_type(
                    "UpdateWebhookSubscriptionRequest.status", "string", r_status
                )

            f_status = cast(
                "str | WebhookSubscriptionStatus",
                WebhookSubscriptionStatus._value2member_map_.get(r_status, r_status),
            )

        instance = cls(
            f_url,
            f_description,
            f_events,
            f_status,
        )

        return instance
