from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json
from ..models.bulk_label_operation import BulkLabelOperation

T = TypeVar("T", bound="BulkLabelRequest")


@_attrs_define
class BulkLabelRequest:
    """Which label to attach or detach, on which contacts."""

    contact_ids: list[str]
    """ The contacts, at most 1,000. """
    label_id: str
    """ The label (`lbl_...`). """
    operation: BulkLabelOperation
    """ Whether to attach the label or detach it. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["contact_ids"] = self.contact_ids
        field_dict["label_id"] = self.label_id
        field_dict["operation"] = BulkLabelOperation(self.operation).value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict if type(src_dict) is dict else _json.json_object(src_dict, "BulkLabelRequest")
        )
        try:
            r_contact_ids = src["contact_ids"]
        except KeyError:
            raise _json.missing("BulkLabelRequest", "contact_ids") from None
        if not (type(r_contact_ids) is list or isinstance(r_contact_ids, list)):
            raise _json.wrong_type("BulkLabelRequest.contact_ids", "array", r_contact_ids)

        for f_contact_ids__item in r_contact_ids:
            if not (type(f_contact_ids__item) is str or isinstance(f_contact_ids__item, str)):
                raise _json.wrong_type(
                    f"BulkLabelRequest.contact_ids[{_json.index_of(r_contact_ids, f_contact_ids__item)}]",
                    "string",
                    f_contact_ids__item,
                )
        f_contact_ids = r_contact_ids

        try:
            r_label_id = src["label_id"]
        except KeyError:
            raise _json.missing("BulkLabelRequest", "label_id") from None
        if not (type(r_label_id) is str or isinstance(r_label_id, str)):
            raise _json.wrong_type("BulkLabelRequest.label_id", "string", r_label_id)

        f_label_id = r_label_id

        try:
            r_operation = src["operation"]
        except KeyError:
            raise _json.missing("BulkLabelRequest", "operation") from None
        if not (type(r_operation) is str or isinstance(r_operation, str)):
            raise _json.wrong_type("BulkLabelRequest.operation", "string", r_operation)

        try:
            f_operation = BulkLabelOperation(r_operation)
        except ValueError:
            raise _json.wrong_value(
                "BulkLabelRequest.operation", "one of attach, detach", r_operation
            ) from None

        instance = cls(
            f_contact_ids,
            f_label_id,
            f_operation,
        )

        return instance
