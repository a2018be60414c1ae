"""The benchmark's report: one markdown table of side-by-side ratios (which also reads as plain
text), the regeneration steps' times, and the machine it ran on."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Row:
    section: str
    measure: str
    subject: str
    baseline: str
    subject_s: float
    baseline_s: float
    ratio: float
    goal: str = ""
    met: bool | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def overhead_s(self) -> float:
        return self.subject_s - self.baseline_s


def _duration(seconds: float) -> str:
    size = abs(seconds)
    if size >= 1:
        return f"{seconds:.2f} s"
    if size >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.1f} µs"


def markdown_table(header: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    """A GitHub-flavoured markdown table, padded so that it also reads as plain text."""
    table = [list(header), *[list(line) for line in body]]
    widths = [max(len(line[column]) for line in table) for column in range(len(header))]

    def render(line: Sequence[str]) -> str:
        cells = (cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        return "| " + " | ".join(cells) + " |"

    rule = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    return "\n".join([render(table[0]), rule, *map(render, table[1:])])


def format_report(rows: Sequence[Row], about: dict[str, Any]) -> str:
    verdict = {True: "yes", False: "**no**", None: ""}
    main = markdown_table(
        ("measure", "kirim_chat", "against", "time", "against", "diff", "ratio", "goal", "met"),
        [
            (
                f"{row.section}: {row.measure}",
                row.subject,
                row.baseline,
                _duration(row.subject_s),
                _duration(row.baseline_s),
                ("+" if row.subject_s >= row.baseline_s else "") + _duration(row.overhead_s),
                f"{row.ratio:.2f}x",
                row.goal,
                verdict[row.met],
            )
            for row in rows
        ],
    )
    parts = [main]
    steps = [row for row in rows if "steps_s" in row.extra]
    if steps:
        names = list(steps[0].extra["steps_s"])
        parts.append(
            markdown_table(
                ("operations", "generate", "check", *names),
                [
                    (
                        row.measure.split()[0],
                        _duration(row.extra["generate_s"]),
                        _duration(row.extra["check_s"]),
                        *(_duration(row.extra["steps_s"][name]) for name in names),
                    )
                    for row in steps
                ],
            )
        )
    parts.append("Machine: " + ", ".join(f"{key} {value}" for key, value in about.items()))
    return "\n\n".join(parts)
