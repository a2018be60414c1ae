from enum import StrEnum


class AccountStatus(StrEnum):
    CONNECTED = "connected"
    DEGRADED = "degraded"
    DISCONNECTED = "disconnected"
    ONBOARDING = "onboarding"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
