"""Text zoom shared by every pane: one step size, remembered in the settings."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from wsis_desktop.services.settings import ZOOM_MAX, ZOOM_MIN

#: Extra points of type in meeting mode, on top of the reader's own zoom.
MEETING_BOOST = 6


class Zoom(QObject):
    """Applies a point-size offset to registered widgets.

    Signals:
        changed(int): the reader's zoom level (not counting meeting mode).
    """

    changed = Signal(int)

    def __init__(self, level: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._level = level
        self._boost = 0
        self._widgets: list[tuple[QWidget, float]] = []

    @property
    def level(self) -> int:
        return self._level

    def register(self, widget: QWidget) -> None:
        self._widgets.append((widget, widget.font().pointSizeF()))
        self._apply_to(widget, self._widgets[-1][1])

    def zoom_in(self) -> None:
        self.set_level(self._level + 1)

    def zoom_out(self) -> None:
        self.set_level(self._level - 1)

    def reset(self) -> None:
        self.set_level(0)

    def set_level(self, level: int) -> None:
        level = max(ZOOM_MIN, min(ZOOM_MAX, level))
        if level != self._level:
            self._level = level
            self._apply()
            self.changed.emit(level)

    def set_meeting(self, on: bool) -> None:
        self._boost = MEETING_BOOST if on else 0
        self._apply()

    def _apply(self) -> None:
        for widget, base in self._widgets:
            self._apply_to(widget, base)

    def _apply_to(self, widget: QWidget, base: float) -> None:
        font = widget.font()
        font.setPointSizeF(max(5.0, base + self._level + self._boost))
        widget.setFont(font)
