"""Pydantic models equivalent to the generated AccountList/Account: the peer the bench compares.

Equivalent in what they check: required keys, JSON types, the ``object`` const, nullable
strings, an open ``status`` (a known value becomes the enum, any other string is kept), and
extra keys kept. Neither side checks patterns or lengths.
"""

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter


class AccountStatus(StrEnum):
    CONNECTED = "connected"
    DEGRADED = "degraded"
    DISCONNECTED = "disconnected"
    ONBOARDING = "onboarding"
    PENDING = "pending"


class Account(BaseModel):
    model_config = ConfigDict(extra="allow")

    object: Literal["account"]
    phone_number_id: str | None
    phone_number: str | None
    name: str | None
    # left_to_right: try the enum first, as the generated model does; pydantic's default
    # ("smart") would keep a plain str, since the JSON value is a str.
    status: AccountStatus | str = Field(union_mode="left_to_right")


class AccountList(BaseModel):
    model_config = ConfigDict(extra="allow")

    data: list[Account]
    has_more: bool | None = None
    next_cursor: str | None = None
    request_id: str | None = None


ACCOUNT_LIST = TypeAdapter(AccountList)
