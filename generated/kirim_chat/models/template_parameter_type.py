from enum import StrEnum


class TemplateParameterType(StrEnum):
    DOCUMENT = "document"
    IMAGE = "image"
    PAYLOAD = "payload"
    TEXT = "text"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
