"""Back and forward through the entities a reader has opened, like a browser."""

from __future__ import annotations

#: Older steps are forgotten beyond this many.
MAX_STEPS = 500


class History:
    """A list of visited entity ids with a cursor; visiting after going back drops the forward part."""

    def __init__(self) -> None:
        self._steps: list[str] = []
        self._at = -1
        self._browsing = False  # the current step came from stepping through the tree with arrow keys

    @property
    def current(self) -> str | None:
        return self._steps[self._at] if self._at >= 0 else None

    def visit(self, entity_id: str, browsing: bool = False) -> None:
        """Record a step; a run of ``browsing`` steps (arrow keys in the tree) keeps only its last one."""
        if entity_id == self.current:
            return
        replace = browsing and self._browsing and not self.can_go_forward()
        self._browsing = browsing
        if replace:
            self._steps[self._at] = entity_id
            return
        del self._steps[self._at + 1:]
        self._steps.append(entity_id)
        if len(self._steps) > MAX_STEPS:
            del self._steps[0]
        self._at = len(self._steps) - 1

    def can_go_back(self) -> bool:
        return self._at > 0

    def can_go_forward(self) -> bool:
        return self._at < len(self._steps) - 1

    def back(self) -> str | None:
        if not self.can_go_back():
            return None
        self._at -= 1
        self._browsing = False
        return self.current

    def forward(self) -> str | None:
        if not self.can_go_forward():
            return None
        self._at += 1
        self._browsing = False
        return self.current
