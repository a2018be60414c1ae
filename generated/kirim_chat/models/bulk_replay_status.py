from enum import StrEnum


class BulkReplayStatus(StrEnum):
    DEAD = "dead"
    FAILED = "failed"

    def __str__(self) -> str:
        return str(self.value)
