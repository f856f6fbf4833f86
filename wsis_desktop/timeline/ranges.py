"""The timeline's range actions: export a date range to PDF, or add it to the briefing pack.

The range is the one in view, or one the reader dragged out with Shift; the actions carry
it as two day-precision PartialDates, its first and last day (both included). Whoever owns
export and the briefing packs connects to the signals; the timeline only offers the range.

Signals:
    export_requested(PartialDate, PartialDate): "Export this range to PDF…" was chosen.
    add_requested(PartialDate, PartialDate): "Add this range to the briefing pack" was chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QTimer, Signal
from PySide6.QtWidgets import QMenu, QWidget

from wsis_desktop.store.dates import PartialDate, display_range
from wsis_desktop.timeline.scale import to_date

if TYPE_CHECKING:
    from wsis_desktop.timeline.canvas import TimelineCanvas


def tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def range_dates(start: float, end: float) -> tuple[PartialDate, PartialDate]:
    """``[start, end)`` in ordinal days as its first and last calendar day, both included."""
    first, last = to_date(start), to_date(max(end - 1e-6, start))
    return PartialDate(first.year, first.month, first.day), PartialDate(last.year, last.month, last.day)


class RangeMenu(QObject):
    """One menu for the context menu and the toolbar: the range, then what to do with it."""

    export_requested = Signal(object, object)
    add_requested = Signal(object, object)

    def __init__(self, canvas: TimelineCanvas, parent: QWidget) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self._picked: tuple[float, float] | None = None  # a Shift+dragged range, while offered
        self.menu = QMenu(parent)
        self.menu.setObjectName("timeline_range_menu")
        self._title = self.menu.addSection("")
        self.zoom = self.menu.addAction(tr("Zoom to this range"))
        self.export = self.menu.addAction(tr("Export this range to PDF…"))
        self.add = self.menu.addAction(tr("Add this range to the briefing pack"))
        self.zoom.triggered.connect(self._zoom)
        self.export.triggered.connect(lambda: self.export_requested.emit(*self.dates()))
        self.add.triggered.connect(lambda: self.add_requested.emit(*self.dates()))
        self.menu.aboutToShow.connect(self._refresh)
        self.menu.aboutToHide.connect(lambda: QTimer.singleShot(0, self._forget))  # after the action ran

    def days(self) -> tuple[float, float]:
        """The dragged range while its menu is up, else the visible one."""
        return self._picked if self._picked is not None else self._canvas.visible_range()

    def dates(self) -> tuple[PartialDate, PartialDate]:
        return range_dates(*self.days())

    def popup(self, where: QPoint, picked: tuple[float, float] | None = None) -> None:
        """Show the menu at ``where`` (global) for ``picked``, or for the visible range."""
        self._picked = picked
        self.menu.popup(where)

    def _refresh(self) -> None:
        first, last = self.dates()
        self._title.setText(display_range(first, last))
        self.zoom.setVisible(self._picked is not None)

    def _zoom(self) -> None:
        start, end = self.days()
        self._canvas.set_scale(self._canvas.scale.with_range(start, end))

    def _forget(self) -> None:
        self._picked = None
        self._canvas.clear_band()
