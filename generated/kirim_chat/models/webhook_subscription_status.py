from enum import StrEnum


class WebhookSubscriptionStatus(StrEnum):
    ACTIVE = "active"

    def __str__(self) -> str:
        return str(self.value)
