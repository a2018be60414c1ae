from enum import StrEnum


class MessageType(StrEnum):
    AUDIO = "audio"
    BUTTON = "button"
    CONTACTS = "contacts"
    DOCUMENT = "document"
    IMAGE = "image"
    INTERACTIVE = "interactive"
    LOCATION = "location"
    REACTION = "reaction"
    STICKER = "sticker"
    TEMPLATE = "template"
    TEXT = "text"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
