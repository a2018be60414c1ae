from enum import StrEnum


class MetaMessageTypeName(StrEnum):
    AUDIO = "audio"
    BUTTON = "button"
    CONTACTS = "contacts"
    DOCUMENT = "document"
    IMAGE = "image"
    INTERACTIVE = "interactive"
    LOCATION = "location"
    REACTION = "reaction"
    TEXT = "text"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
