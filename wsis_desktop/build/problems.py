"""What the build says when a source is wrong: file, id, field and the problem."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the sources, located as precisely as we can."""

    file: str
    id: str | None
    field: str | None
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where = [self.file, self.id or "-", self.field or "-"]
        prefix = "warning: " if self.warning else ""
        return f"{prefix}{': '.join(where)}: {self.message}"


class BuildFailed(Exception):
    """The sources have errors; nothing was written. ``problems`` lists them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if not p.warning]
        first = str(errors[0]) if errors else "unknown problem"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(f"{first}{more}")
