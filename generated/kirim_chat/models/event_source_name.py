from enum import StrEnum


class EventSourceName(StrEnum):
    KIRIM = "kirim"
    META = "meta"

    def __str__(self) -> str:
        return str(self.value)
