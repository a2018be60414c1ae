from enum import StrEnum


class TemplateComponentType(StrEnum):
    BODY = "body"
    BUTTON = "button"
    HEADER = "header"

    def __str__(self) -> str:
        return str(self.value)
