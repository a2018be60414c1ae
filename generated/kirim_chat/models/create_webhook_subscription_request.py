from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import _json
from ..models.webhook_event_name import WebhookEventName
from ..types import UNSET

T = TypeVar("T", bound="CreateWebhookSubscriptionRequest")


@_attrs_define
class CreateWebhookSubscriptionRequest:
    """The endpoint to deliver to and the events to deliver."""

    url: str
    """ The endpoint; HTTPS only, plain HTTP is refused. """
    events: list[str | WebhookEventName]
    """ The events to deliver. """
    description: str | None = None
    """ A note of your own about the subscription. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["url"] = self.url
        field_dict["events"] = [
            WebhookEventName(item0).value if isinstance(item0, WebhookEventName) else item0
            for item0 in self.events
        ]
        if self.description is not None:
            field_dict["description"] = self.description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict
            if type(src_dict) is dict
            else _json.json_object(src_dict, "CreateWebhookSubscriptionRequest")
        )
        try:
            r_url = src["url"]
        except KeyError:
            raise _json.missing("CreateWebhookSubscriptionRequest", "url") from None
        if not (type(r_url) is str or isinstance(r_url, str)):
            raise _json.wrong_type("CreateWebhookSubscriptionRequest.url", "string", r_url)

        f_url = r_url

        try:
            r_events = src["events"]
        except KeyError:
            raise _json.missing("CreateWebhookSubscriptionRequest", "events") from None
        if not (type(r_events) is list or isinstance(r_events, list)):
            raise _json.wrong_type("CreateWebhookSubscriptionRequest.events", "array", r_events)

        f_events__list: list[str | WebhookEventName] = []
        for f_events__item_data in r_events:
            if not (type(f_events__item_data) is str or isinstance(f_events__item_data, str)):
                raise _json.wrong_type(
                    f"CreateWebhookSubscriptionRequest.events[{len(f_events__list)}]",
                    "string",
                    f_events__item_data,
                )

            f_events__item = cast(
                "str | WebhookEventName",
                WebhookEventName._value2member_map_.get(f_events__item_data, f_events__item_data),
            )
            f_events__list.append(f_events__item)
        f_events = f_events__list

        r_description = src.get("description", UNSET)
        f_description: str | None
        if r_description is UNSET:
            f_description = None
        else:
            if not (type(r_description) is str or isinstance(r_description, str)):
                raise _json.wrong_type(
                    "CreateWebhookSubscriptionRequest.description", "string", r_description
                )

            f_description = r_description

        instance = cls(
            f_url,
            f_events,
            f_description,
        )

        return instance
