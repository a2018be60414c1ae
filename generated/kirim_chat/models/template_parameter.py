from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _json
from ..models.template_parameter_type import TemplateParameterType
from ..types import UNSET

T = TypeVar("T", bound="TemplateParameter")


@_attrs_define
class TemplateParameter:
    """One value filled into a template, in Meta's shape: header parameters are text or
    media, body parameters are text filled into `{{1}}`, `{{2}}`... in order, button
    parameters are text (quick reply) or a payload (URL or copy code). Kirim forwards it
    unchanged, so Meta's other fields are accepted too.

    """

    type_: str | TemplateParameterType
    """ The kind of value. An open set; Meta's other types are passed through. """
    text: str | None = None
    """ The text, for `type` text. """
    payload: str | None = None
    """ The payload, for `type` payload. """
    image: MediaById | MediaByLink | None = None
    """ An image, video or audio file, given by `link` or by `id`, never both. """
    video: MediaById | MediaByLink | None = None
    """ An image, video or audio file, given by `link` or by `id`, never both. """
    document: DocumentById | DocumentByLink | None = None
    """ A document, given by `link` or by `id`, never both. """
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = (
            TemplateParameterType(self.type_).value
            if isinstance(self.type_, TemplateParameterType)
            else self.type_
        )
        if self.text is not None:
            field_dict["text"] = self.text
        if self.payload is not None:
            field_dict["payload"] = self.payload
        if self.image is not None:
            field_dict["image"] = (
                self.image.to_dict()
                if isinstance(self.image, MediaByLink)
                else self.image.to_dict()
                if isinstance(self.image, MediaById)
                else self.image
            )
        if self.video is not None:
            field_dict["video"] = (
                self.video.to_dict()
                if isinstance(self.video, MediaByLink)
                else self.video.to_dict()
                if isinstance(self.video, MediaById)
                else self.video
            )
        if self.document is not None:
            field_dict["document"] = (
                self.document.to_dict()
                if isinstance(self.document, DocumentByLink)
                else self.document.to_dict()
                if isinstance(self.document, DocumentById)
                else self.document
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = (
            src_dict if type(src_dict) is dict else _json.json_object(src_dict, "TemplateParameter")
        )
        present = 1
        try:
            r_type_ = src["type"]
        except KeyError:
            raise _json.missing("TemplateParameter", "type") from None
        if not (type(r_type_) is str or isinstance(r_type_, str)):
            raise _json.wrong_type("TemplateParameter.type", "string", r_type_)

        f_type_ = cast(
            "str | TemplateParameterType",
            TemplateParameterType._value2member_map_.get(r_type_, r_type_),
        )

        r_text = src.get("text", UNSET)
        f_text: str | None
        if r_text is UNSET:
            f_text = None
        else:
            present += 1
            if not (type(r_text) is str or isinstance(r_text, str)):
                raise _json.wrong_type("TemplateParameter.text", "string", r_text)

            f_text = r_text

        r_payload = src.get("payload", UNSET)
        f_payload: str | None
        if r_payload is UNSET:
            f_payload = None
        else:
            present += 1
            if not (type(r_payload) is str or isinstance(r_payload, str)):
                raise _json.wrong_type("TemplateParameter.payload", "string", r_payload)

            f_payload = r_payload

        r_image = src.get("image", UNSET)
        f_image: MediaById | MediaByLink | None
        if r_image is UNSET:
            f_image = None
        else:
            present += 1

            def _parse_f_image(data: object) -> MediaById | MediaByLink:
                _failures: list[str] = []
                if type(data) is dict or isinstance(data, Mapping):
                    try:
                        if not (type(data) is dict or isinstance(data, Mapping)):
                            raise _json.wrong_type("TemplateParameter.image", "object", data)

                        try:
                            parsed_0 = MediaByLink.from_dict(data)
                        except _json.SchemaMismatch as exc:
                            raise _json.within("TemplateParameter.image", exc) from exc

                        return parsed_0
                    except _json.SchemaMismatch as exc:
                        _failures.append(str(exc))
                if type(data) is dict or isinstance(data, Mapping):
                    try:
                        if not (type(data) is dict or isinstance(data, Mapping)):
                            raise _json.wrong_type("TemplateParameter.image", "object", data)

                        try:
                            parsed_1 = MediaById.from_dict(data)
                        except _json.SchemaMismatch as exc:
                            raise _json.within("TemplateParameter.image", exc) from exc

                        return parsed_1
                    except _json.SchemaMismatch as exc:
                        _failures.append(str(exc))
                _where = "TemplateParameter.image"
                _detail = "; ".join(failure.removeprefix(_where + ": ") for failure in _failures)
                raise _json.within(
                    _where,
                    _json.SchemaMismatch(
                        "expected MediaByLink or MediaById, got "
                        + _json.json_type_name(data)
                        + (f" ({_detail})" if _detail else "")
                    ),
                )

            f_image = _parse_f_image(r_image)

        r_video = src.get("video", UNSET)
        f_video: MediaById | MediaByLink | None
        if r_video is UNSET:
            f_video = None
        else:
            present += 1

            def _parse_f_video(data: object) -> MediaById | MediaByLink:
                _failures: list[str] = []
                if type(data) is dict or isinstance(data, Mapping):
                    try:
                        if not (type(data) is dict or isinstance(data, Mapping)):
                            raise _json.wrong_type("TemplateParameter.video", "object", data)

                        try:
                            parsed_0 = MediaByLink.from_dict(data)
                        except _json.SchemaMismatch as exc:
                            raise _json.within("TemplateParameter.video", exc) from exc

                        return parsed_0
                    except _json.SchemaMismatch as exc:
                        _failures.append(str(exc))
                if type(data) is dict or isinstance(data, Mapping):
                    try:
                        if not (type(data) is dict or isinstance(data, Mapping)):
                            raise _json.wrong_type("TemplateParameter.video", "object", data)

                        try:
                            parsed_1 = MediaById.from_dict(data)
                        except _json.SchemaMismatch as exc:
                            raise _json.within("TemplateParameter.video", exc) from exc

                        return parsed_1
                    except _json.SchemaMismatch as exc:
                        _failures.append(str(exc))
                _where = "TemplateParameter.video"
                _detail = "; ".join(failure.removeprefix(_where + ": ") for failure in _failures)
                raise _json.within(
                    _where,
                    _json.SchemaMismatch(
                        "expected MediaByLink or MediaById, got "
                        + _json.json_type_name(data)
                        + (f" ({_detail})" if _detail else "")
                    ),
                )

            f_video = _parse_f_video(r_video)

        r_document = src.get("document", UNSET)
        f_document: DocumentById | DocumentByLink | None
        if r_document is UNSET:
            f_document = None
        else:
            present += 1

            def _parse_f_document(data: object) -> DocumentById | DocumentByLink:
                _failures: list[str] = []
                if type(data) is dict or isinstance(data, Mapping):
                    try:
                        if not (type(data) is dict or isinstance(data, Mapping)):
                            raise _json.wrong_type("TemplateParameter.document", "object", data)

                        try:
                            parsed_0 = DocumentByLink.from_dict(data)
                        except _json.SchemaMismatch as exc:
                            raise _json.within("TemplateParameter.document", exc) from exc

                        return parsed_0
                    except _json.SchemaMismatch as exc:
                        _failures.append(str(exc))
                if type(data) is dict or isinstance(data, Mapping):
                    try:
                        if not (type(data) is dict or isinstance(data, Mapping)):
                            raise _json.wrong_type("TemplateParameter.document", "object", data)

                        try:
                            parsed_1 = DocumentById.from_dict(data)
                        except _json.SchemaMismatch as exc:
                            raise _json.within("TemplateParameter.document", exc) from exc

                        return parsed_1
                    except _json.SchemaMismatch as exc:
                        _failures.append(str(exc))
                _where = "TemplateParameter.document"
                _detail = "; ".join(failure.removeprefix(_where + ": ") for failure in _failures)
                raise _json.within(
                    _where,
                    _json.SchemaMismatch(
                        "expected DocumentByLink or DocumentById, got "
                        + _json.json_type_name(data)
                        + (f" ({_detail})" if _detail else "")
                    ),
                )

            f_document = _parse_f_document(r_document)

        instance = cls(
            f_type_,
            f_text,
            f_payload,
            f_image,
            f_video,
            f_document,
        )

        if len(src) > present:
            extra = {
                key: value
                for key, value in src.items()
                if key
                not in {
                    "type",
                    "text",
                    "payload",
                    "image",
                    "video",
                    "document",
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
            "type",
            "text",
            "payload",
            "image",
            "video",
            "document",
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
        if key in ("type",):
            raise TypeError(
                f"{key!r} is a required field of TemplateParameter; it cannot be deleted"
            )
        self._become(type(self).from_dict({k: v for k, v in self.to_dict().items() if k != key}))

    def __contains__(self, key: str) -> bool:
        if key in self.additional_properties:
            return True
        return self._is_declared(key) and key in self.to_dict()

    def _become(self, other: TemplateParameter) -> None:
        """Take every field of ``other``: an edit by key goes through from_dict as a whole."""
        for field in type(self).__attrs_attrs__:
            setattr(self, field.name, getattr(other, field.name))


# Imported below the class: models may refer to each other in a cycle.
from ..models.document_by_id import DocumentById  # noqa: E402
from ..models.document_by_link import DocumentByLink  # noqa: E402
from ..models.media_by_id import MediaById  # noqa: E402
from ..models.media_by_link import MediaByLink  # noqa: E402
