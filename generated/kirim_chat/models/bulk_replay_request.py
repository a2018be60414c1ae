from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json
from ..models.bulk_replay_status import BulkReplayStatus
from ..types import UNSET

T = TypeVar("T", bound="BulkReplayRequest")


@_attrs_define
class BulkReplayRequest:
    """Which deliveries of a subscription to replay."""

    subscription_id: str
    """ The subscription (`wbs_...`). """
    status: BulkReplayStatus | None = None
    """ Which exhausted deliveries to replay: those marked `failed` (the current pages' name)
    or `dead` (the older pages' name).
     """
    event_type: str | None = None
    """ Only deliveries of this event, such as `contact.created`. """
    created_after: datetime.datetime | None = None
    """ Only deliveries created after this moment. """
    created_before: datetime.datetime | None = None
    """ Only deliveries created before this moment. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["subscription_id"] = self.subscription_id
        if self.status is not None:
            field_dict["status"] = BulkReplayStatus(self.status).value
        if self.event_type is not None:
            field_dict["event_type"] = self.event_type
        if self.created_after is not None:
            field_dict["created_after"] = _json.datetime_text(self.created_after)
        if self.created_before is not None:
            field_dict["created_before"] = _json.datetime_text(self.created_before)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict if type(src_dict) is dict else _json.json_object(src_dict, "BulkReplayRequest")
        )
        try:
            r_subscription_id = src["subscription_id"]
        except KeyError:
            raise _json.missing("BulkReplayRequest", "subscription_id") from None
        if not (type(r_subscription_id) is str or isinstance(r_subscription_id, str)):
            raise _json.wrong_type("BulkReplayRequest.subscription_id", "string", r_subscription_id)

        f_subscription_id = r_subscription_id

        r_status = src.get("status", UNSET)
        f_status: BulkReplayStatus | None
        if r_status is UNSET:
            f_status = None
        else:
            if not (type(r_status) is str or isinstance(r_status, str)):
                raise _json.wrong_type("BulkReplayRequest.status", "string", r_status)

            try:
                f_status = BulkReplayStatus(r_status)
            except ValueError:
                raise _json.wrong_value(
                    "BulkReplayRequest.status", "one of failed, dead", r_status
                ) from None

        r_event_type = src.get("event_type", UNSET)
        f_event_type: str | None
        if r_event_type is UNSET:
            f_event_type = None
        else:
            if not (type(r_event_type) is str or isinstance(r_event_type, str)):
                raise _json.wrong_type("BulkReplayRequest.event_type", "string", r_event_type)

            f_event_type = r_event_type

        r_created_after = src.get("created_after", UNSET)
        f_created_after: datetime.datetime | None
        if r_created_after is UNSET:
            f_created_after = None
        else:
            if not (type(r_created_after) is str or isinstance(r_created_after, str)):
                raise _json.wrong_type("BulkReplayRequest.created_after", "string", r_created_after)

            f_created_after = _json.parse_datetime(
                r_created_after, "BulkReplayRequest.created_after"
            )

        r_created_before = src.get("created_before", UNSET)
        f_created_before: datetime.datetime | None
        if r_created_before is UNSET:
            f_created_before = None
        else:
            if not (type(r_created_before) is str or isinstance(r_created_before, str)):
                raise _json.wrong_type(
                    "BulkReplayRequest.created_before", "string", r_created_before
                )

            f_created_before = _json.parse_datetime(
                r_created_before, "BulkReplayRequest.created_before"
            )

        instance = cls(
            f_subscription_id,
            f_status,
            f_event_type,
            f_created_after,
            f_created_before,
        )

        return instance
