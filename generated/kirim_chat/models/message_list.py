from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="MessageList")


@_attrs_define
class MessageList:
    """One page of messages."""

    data: list[Message]
    """ The messages of this page, possibly none. """
    has_more: bool | None = None
    """ Whether at least one more page exists. Optional: the vendor's list examples leave it
    out although its schemas mark it required.
     """
    next_cursor: None | str = None
    """ Pass it as `cursor` to get the next page; null when there is none. Optional, as
    `has_more` is.
     """
    request_id: str | None = None
    """ Identifier of this request, equal to the `X-Request-Id` header. Optional: the vendor's
    examples leave it out although its schemas mark it required.
     """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)
    # The optional fields that arrived as an explicit null (they read as None like absent ones),
    # so that to_dict() gives back exactly what was received.
    _null_keys: tuple[str, ...] = _attrs_field(
        kw_only=True, default=(), repr=False, eq=False, alias="_null_keys"
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = [item0.to_dict() for item0 in self.data]
        if self.has_more is not None:
            field_dict["has_more"] = self.has_more
        if self.next_cursor is not None or "next_cursor" in self._null_keys:
            field_dict["next_cursor"] = self.next_cursor
        if self.request_id is not None:
            field_dict["request_id"] = self.request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "MessageList")
        present = 1
        nulls: list[str] = []
        try:
            r_data = src["data"]
        except KeyError:
            raise _json.missing("MessageList", "data") from None
        if not (type(r_data) is list or isinstance(r_data, list)):
            raise _json.wrong_type("MessageList.data", "array", r_data)

        f_data__list: list[Message] = []
        for f_data__item_data in r_data:
            if not (type(f_data__item_data) is dict or isinstance(f_data__item_data, Mapping)):
                raise _json.wrong_type(
                    f"MessageList.data[{len(f_data__list)}]", "object", f_data__item_data
                )

            try:
                f_data__item = Message.from_dict(f_data__item_data)
            except _json.SchemaMismatch as exc:
                raise _json.within(f"MessageList.data[{len(f_data__list)}]", exc) from exc

            f_data__list.append(f_data__item)
        f_data = f_data__list

        r_has_more = src.get("has_more", UNSET)
        f_has_more: bool | None
        if r_has_more is UNSET:
            f_has_more = None
        else:
            present += 1
            if not (r_has_more is True or r_has_more is False):
                raise _json.wrong_type("MessageList.has_more", "boolean", r_has_more)

            f_has_more = r_has_more

        r_next_cursor = src.get("next_cursor", UNSET)
        f_next_cursor: None | str
        if r_next_cursor is UNSET:
            f_next_cursor = None
        else:
            present += 1
            if r_next_cursor is None:
                nulls.append("next_cursor")
            if not (
                type(r_next_cursor) is str
                or r_next_cursor is None
                or isinstance(r_next_cursor, str)
            ):
                raise _json.wrong_type("MessageList.next_cursor", "string or null", r_next_cursor)

            f_next_cursor = r_next_cursor

        r_request_id = src.get("request_id", UNSET)
        f_request_id: str | None
        if r_request_id is UNSET:
            f_request_id = None
        else:
            present += 1
            if not (type(r_request_id) is str or isinstance(r_request_id, str)):
                raise _json.wrong_type("MessageList.request_id", "string", r_request_id)

            f_request_id = r_request_id

        instance = cls(
            f_data,
            f_has_more,
            f_next_cursor,
            f_request_id,
        )

        if nulls:
            instance._null_keys = tuple(nulls)
        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "data",
                    "has_more",
                    "next_cursor",
                    "request_id",
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
            "data",
            "has_more",
            "next_cursor",
            "request_id",
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
        if key in ("data",):
            raise TypeError(f"{key!r} is a required field of MessageList; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: MessageList) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# Imported below the class: models may refer to each other in a cycle.
from ..models.message import Message  # noqa: E402
