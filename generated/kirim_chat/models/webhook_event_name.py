from enum import StrEnum


class WebhookEventName(StrEnum):
    CONTACT_CREATED = "contact.created"
    CONTACT_UPDATED = "contact.updated"
    CONVERSATION_ASSIGNED = "conversation.assigned"
    CONVERSATION_CLOSED = "conversation.closed"
    MESSAGE_CREATED = "message.created"
    MESSAGE_RECEIVED = "message.received"
    MESSAGE_STATUS = "message.status"
    MESSAGE_STATUS_UPDATED = "message.status_updated"

    def __str__(self) -> str:
        return str(self.value)
