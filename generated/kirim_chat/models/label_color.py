from enum import StrEnum


class LabelColor(StrEnum):
    AMBER = "amber"
    BLUE = "blue"
    EMERALD = "emerald"
    GRAY = "gray"
    GREEN = "green"
    LIME = "lime"
    ORANGE = "orange"
    PINK = "pink"
    RED = "red"
    SKY = "sky"
    TEAL = "teal"
    VIOLET = "violet"
    YELLOW = "yellow"

    def __str__(self) -> str:
        return str(self.value)
