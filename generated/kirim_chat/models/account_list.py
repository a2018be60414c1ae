from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.account import Account


T = TypeVar("T", bound="AccountList")


@_attrs_define
class AccountList:
    """The accounts matching the request, all in one response."""

    data: list[Account]
    """ The accounts, in no guaranteed order. """
    has_more: bool | None = None
    """ Always false; the listing is not paginated. Optional, see the document description. """
    next_cursor: None | str = None
    """ Always null; the listing is not paginated. Optional, see the document description. """
    request_id: str | None = None
    """ Identifier of this request; equals the `X-Request-Id` header. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields that arrived as an explicit null (they read as None like absent ones),
    # so that to_dict() gives back exactly what was received.
    _null_keys: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        from ..models.account import Account  # noqa: PLC0415

        d = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "AccountList")
        _present = 1
        _nulls: list[str] = []
        try:
            _data = d["data"]
        except KeyError:
            raise _json.missing("AccountList", "data") from None
        if not (type(_data) is list or isinstance(_data, list)):
            raise _json.wrong_type("AccountList.data", "array", _data)

        data_list: list[Account] = []
        for data_item_data in _data:
            if not (type(data_item_data) is dict or isinstance(data_item_data, Mapping)):
                raise _json.wrong_type(
                    f"AccountList.data[{len(data_list)}]", "object", data_item_data
                )

            try:
                data_item = Account.from_dict(data_item_data)
            except _json.SchemaMismatch as exc:
                raise _json.within(f"AccountList.data[{len(data_list)}]", exc) from exc

            data_list.append(data_item)
        data = data_list

        _has_more = d.get("has_more", UNSET)
        has_more: bool | None
        if _has_more is UNSET:
            has_more = None
        else:
            _present += 1
            if not (_has_more is True or _has_more is False):
                raise _json.wrong_type("AccountList.has_more", "boolean", _has_more)

            has_more = _has_more

        _next_cursor = d.get("next_cursor", UNSET)
        next_cursor: None | str
        if _next_cursor is UNSET:
            next_cursor = None
        else:
            _present += 1
            if _next_cursor is None:
                _nulls.append("next_cursor")
            if not (
                type(_next_cursor) is str or _next_cursor is None or isinstance(_next_cursor, str)
            ):
                raise _json.wrong_type("AccountList.next_cursor", "string or null", _next_cursor)

            next_cursor = _next_cursor

        _request_id = d.get("request_id", UNSET)
        request_id: str | None
        if _request_id is UNSET:
            request_id = None
        else:
            _present += 1
            if not (type(_request_id) is str or isinstance(_request_id, str)):
                raise _json.wrong_type("AccountList.request_id", "string", _request_id)

            request_id = _request_id

        account_list = cls(
            data,
            has_more,
            next_cursor,
            request_id,
        )

        if _nulls:
            account_list._null_keys = tuple(_nulls)

        if len(d) > _present:
            extra = {
                key: value
                for key, value in d.items()
                if key
                not in {
                    "data",
                    "has_more",
                    "next_cursor",
                    "request_id",
                }
            }
            account_list.additional_properties = extra
        return account_list

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
            raise TypeError(f"{key!r} is a required field of AccountList; it cannot be deleted")
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: AccountList) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))
