from enum import StrEnum


class BulkLabelOperation(StrEnum):
    ATTACH = "attach"
    DETACH = "detach"

    def __str__(self) -> str:
        return str(self.value)
