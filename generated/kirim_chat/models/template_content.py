from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import _json
from ..types import UNSET

T = TypeVar("T", bound="TemplateContent")


@_attrs_define
class TemplateContent:
    """Which approved template to send, and the values to fill in."""

    name: str
    """ Name of a template approved for the sending account. """
    language: str | TemplateLanguage
    """ The template's language: a plain code such as `id` or `en_US` (preferred), or the
    object form.
     """
    components: list[TemplateComponent] | None = None
    """ Values for the header, body and buttons. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["name"] = self.name
        field_dict["language"] = (
            self.language.to_dict()
            if isinstance(self.language, TemplateLanguage)
            else self.language
        )
        if self.components is not None:
            field_dict["components"] = [item0.to_dict() for item0 in self.components]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict if type(src_dict) is dict else _json.json_object(src_dict, "TemplateContent")
        try:
            r_name = src["name"]
        except KeyError:
            raise _json.missing("TemplateContent", "name") from None
        if not (type(r_name) is str or isinstance(r_name, str)):
            raise _json.wrong_type("TemplateContent.name", "string", r_name)

        f_name = r_name

        try:
            r_language = src["language"]
        except KeyError:
            raise _json.missing("TemplateContent", "language") from None

        def _parse_f_language(data: object) -> str | TemplateLanguage:
            _failures: list[str] = []
            if type(data) is str or isinstance(data, str):
                try:
                    if not (type(data) is str or isinstance(data, str)):
                        raise _json.wrong_type("TemplateContent.language", "string", data)

                    parsed_0 = data

                    return parsed_0
                except _json.SchemaMismatch as exc:
                    _failures.append(str(exc))
            if type(data) is dict or isinstance(data, Mapping):
                try:
                    if not (type(data) is dict or isinstance(data, Mapping)):
                        raise _json.wrong_type("TemplateContent.language", "object", data)

                    try:
                        parsed_1 = TemplateLanguage.from_dict(data)
                    except _json.SchemaMismatch as exc:
                        raise _json.within("TemplateContent.language", exc) from exc

                    return parsed_1
                except _json.SchemaMismatch as exc:
                    _failures.append(str(exc))
            _where = "TemplateContent.language"
            _detail = "; ".join(failure.removeprefix(_where + ": ") for failure in _failures)
            raise _json.within(
                _where,
                _json.SchemaMismatch(
                    "expected string or TemplateLanguage, got "
                    + _json.json_type_name(data)
                    + (f" ({_detail})" if _detail else "")
                ),
            )

        f_language = _parse_f_language(r_language)

        r_components = src.get("components", UNSET)
        f_components: list[TemplateComponent] | None
        if r_components is UNSET:
            f_components = None
        else:
            if not (type(r_components) is list or isinstance(r_components, list)):
                raise _json.wrong_type("TemplateContent.components", "array", r_components)

            f_components__list: list[TemplateComponent] = []
            for f_components__item_data in r_components:
                if not (
                    type(f_components__item_data) is dict
                    or isinstance(f_components__item_data, Mapping)
                ):
                    raise _json.wrong_type(
                        f"TemplateContent.components[{len(f_components__list)}]",
                        "object",
                        f_components__item_data,
                    )

                try:
                    f_components__item = TemplateComponent.from_dict(f_components__item_data)
                except _json.SchemaMismatch as exc:
                    raise _json.within(
                        f"TemplateContent.components[{len(f_components__list)}]", exc
                    ) from exc

                f_components__list.append(f_components__item)
            f_components = f_components__list

        instance = cls(
            f_name,
            f_language,
            f_components,
        )

        return instance


# Imported below the class: models may refer to each other in a cycle.
from ..models.template_component import TemplateComponent  # noqa: E402
from ..models.template_language import TemplateLanguage  # noqa: E402
