from enum import StrEnum


class AccountStatusFilter(StrEnum):
    ALL = "all"
    CONNECTED = "connected"

    def __str__(self) -> str:
        return str(self.value)
